"""An aid story with money, a coordinate, a handle, a hashtag and addresses, translated from a reviewed memory and
through a model, as a reader of each edition reads it: money in the locale's currency style, the rest as the
source writes it, one left-to-right run in Arabic and Persian, and no glossary name put inside an address."""

import pytest
from conftest import ROOT
from desk_runs import published_markdown
from tmx_files import desk_tmx

from toolkit import run
from toolkit.localise import LRI, NBSP, PDI

ARTICLE = """# Aid for the camp

The UN pledged $300 million and Britain £40m for the camp at 35.9°N 36.6°E.

Follow @OCHA_Syria and #Idlib, or write to press@ocha.org.
"""

REVIEWED = {
    "Aid for the camp": {"ru": "Помощь лагерю", "fa": "کمک به اردوگاه", "tr": "Kampa yardım", "ar": "مساعدات للمخيم"},
    "The UN pledged $300 million and Britain £40m for the camp at 35.9°N 36.6°E.": {
        "ru": "ООН обещала $300 млн, а Британия £40 млн для лагеря на 35.9°N 36.6°E.",
        "fa": "سازمان ملل $300 میلیون و بریتانیا £40 میلیون برای اردوگاه در 35.9°N 36.6°E وعده داد.",
        "tr": "BM 300 milyon $, İngiltere 40 milyon £ sözü verdi; kamp 35.9°N 36.6°E konumunda.",
        "ar": "تعهدت الأمم المتحدة بـ$300 مليون وبريطانيا بـ£40 مليون للمخيم عند 35.9°N 36.6°E.",
    },
    "Follow @OCHA_Syria and #Idlib, or write to press@ocha.org.": {
        "ru": "Следите за @OCHA_Syria и #Idlib или пишите на press@ocha.org.",
        "fa": "@OCHA_Syria و #Idlib را دنبال کنید یا به press@ocha.org بنویسید.",
        "tr": "@OCHA_Syria ve #Idlib hesaplarını takip edin ya da press@ocha.org adresine yazın.",
        "ar": "تابعوا @OCHA_Syria و#Idlib أو راسلوا press@ocha.org.",
    },
}


@pytest.fixture
def published(workspace):
    return published_markdown(workspace, "aid", ARTICLE, REVIEWED)


def test_money_reads_in_each_locale_s_currency_style(published):
    assert f"ООН обещала 300{NBSP}млн{NBSP}$, а Британия 40{NBSP}млн{NBSP}£" in published["ru"]
    assert f"BM $300{NBSP}milyon, İngiltere £40{NBSP}milyon" in published["tr"]
    assert f"سازمان ملل ${NBSP}۳۰۰{NBSP}میلیون و بریتانیا £{NBSP}۴۰{NBSP}میلیون" in published["fa"]
    assert f"بـ300{NBSP}مليون{NBSP}{LRI}US${PDI} وبريطانيا بـ40{NBSP}مليون{NBSP}{LRI}UK£{PDI}" in published["ar"]


def test_a_coordinate_keeps_the_source_s_notation_in_every_edition(published):
    assert "35.9°N 36.6°E" in published["ru"] and "35.9°N 36.6°E" in published["tr"]
    assert f"{LRI}35.9°N 36.6°E{PDI}" in published["fa"] and f"{LRI}35.9°N 36.6°E{PDI}" in published["ar"]


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_handles_hashtags_and_mail_addresses_are_one_left_to_right_run(published, code):
    shown = published[code].replace("\\", "")  # as Markdown shows it: its escapes (@OCHA\_Syria, \#Idlib) read
    for token in ("@OCHA_Syria", "#Idlib", "press@ocha.org"):
        assert f"{LRI}{token}{PDI}" in shown


def test_through_a_model_no_glossary_name_is_put_inside_an_address_or_handle(workspace):
    from toolkit.glossary.load import load_glossary
    from toolkit.pipeline import translate_document
    from toolkit.read.markdown import parse_markdown
    from toolkit.testing.faulty_engine import FaultyEngine
    from toolkit.translate.machine import MachineEngine

    glossary = load_glossary([ROOT / "glossaries"])
    text = "Syria said it, see https://example.com/Syria/Idlib, @The_Erdogan and www.syria.gov/Erdogan."
    document = parse_markdown(f"# Syria\n\n{text}\n", "links")
    for edition in translate_document(
        document, ["ru", "ar", "fa", "tr"], glossary, [MachineEngine(FaultyEngine(), glossary)]
    ):
        written = "".join(piece.text for piece in edition.blocks[1].pieces)
        for verbatim in ("https://example.com/Syria/Idlib", "@The_Erdogan", "www.syria.gov/Erdogan"):
            assert verbatim in written, (edition.language.code, written)
        # the name outside them is the glossary's
        assert not written.startswith("Syria"), (edition.language.code, written)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    from browser import require
    from rendered_pages import words

    require("soffice", "pdftoppm", "pdftotext")
    folder = tmp_path_factory.mktemp("notation")
    (folder / "aid.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "aid.tmx").write_text(desk_tmx(REVIEWED, "aid"), encoding="utf-8")
    result = run(
        [folder / "aid.md"], out_dir=folder / "output", languages=["fa", "ar"], kinds=["side-by-side"], preview=True
    )
    assert result.exit_code == 0, result.summary()
    found = {}
    for code in ("fa", "ar"):
        page = words(folder / "output" / "aid" / "preview" / f"aid.{code}.pdf")
        half = max(x_max for _, _, x_max, _ in page) / 2
        found[code] = [word for word in page if word[1] > half]  # the translation's column
    return found


def _x(found, word: str) -> float:
    """Where a word starts on the page; pdftotext gives a left-to-right word in its reading order."""
    for text, x_min, _, _ in found:
        if text == word:
            return x_min
    raise AssertionError(f"{word!r} not on the page as one word read left to right: {[w[0] for w in found]}")


@pytest.mark.render
@pytest.mark.parametrize("code", ["fa", "ar"])
def test_on_the_page_a_handle_hashtag_address_and_coordinate_read_left_to_right_whole(pages, code):
    found = pages[code]
    for token in ("@OCHA_Syria", "#Idlib", "press@ocha.org", "35.9°N", "36.6°E"):
        _x(found, token)
    assert _x(found, "35.9°N") < _x(found, "36.6°E"), "the pair reads latitude first, left to right"


@pytest.mark.render
def test_on_the_page_the_symbol_stands_where_each_locale_reads_it(pages):
    # Arabic reads the amount, then its currency: US$ to the left of 300 in a right-to-left line
    assert _x(pages["ar"], "US$") < _x(pages["ar"], "300")
    # Persian reads the symbol first: $ to the right of ۳۰۰
    assert _x(pages["fa"], "$") > _x(pages["fa"], "۳۰۰")
