"""Arabic letters in Persian text, from one table (languages.PERSIAN_FOR_ARABIC): yeh ي, kaf ك and alef maksura ى.

Each use takes what its purpose needs: the Persian edition is published with all three as Persian ی and ک; names
are compared with all three read as Persian; a glossary rendering or a checked translation is an error for ي and
ك only, which a reader sees as Arabic, not for ى, which at a word's end looks like Persian ی and which publishing
and matching already read as ی."""

import textwrap

import pytest

from toolkit.document import Piece, Segment, TranslatedSegment
from toolkit.glossary.lint import lint
from toolkit.glossary.load import load_glossary
from toolkit.grammar import persian
from toolkit.languages import PERSIAN_FOR_ARABIC, language
from toolkit.localise import Localiser
from toolkit.qa.checks import check_segment


def published(code, text):
    return "".join(piece.text for piece in Localiser(language(code)).localise([Piece(text)]))


@pytest.mark.parametrize(
    "typed, persian_text",
    [
        ("موسى گفت", "موسی گفت"),
        ("مصطفى و عيسى آمدند", "مصطفی و عیسی آمدند"),
        ("حتى يك روز", "حتی یک روز"),
        ("كرمانشاه", "کرمانشاه"),
    ],
)
def test_the_persian_edition_is_published_with_persian_yeh_and_kaf(typed, persian_text):
    assert published("fa", typed) == persian_text


def test_the_arabic_edition_keeps_its_alef_maksura_yeh_and_kaf():
    assert published("ar", "قال مصطفى إن على الجميع") == "قال مصطفى إن على الجميع"


@pytest.mark.parametrize("written", ["موسى", "موسي", "موسی"])
def test_names_compare_alef_maksura_and_arabic_yeh_as_persian_yeh(written):
    names = persian.NAMES
    assert names.normalise(written) == names.normalise("موسی") == "موسی"
    assert names.spelling_key(written) == names.spelling_key("موسی")


def test_every_arabic_letter_of_the_table_reads_as_its_persian_letter_when_compared():
    for arabic, persian_letter in PERSIAN_FOR_ARABIC.items():
        assert persian.NAMES.normalise(f"ب{arabic}ب") == f"ب{persian_letter}ب"


def translated(source, text):
    return TranslatedSegment(
        source=Segment("1.1", source),
        mentions=[],
        origin="memory",
        reference="test",
        code=text,
        pieces=[Piece(text)],
        names=[],
    )


def test_a_checked_persian_translation_with_alef_maksura_is_no_error_but_with_arabic_yeh_is(glossary):
    with_maksura = check_segment(translated("Mustafa came.", "مصطفى آمد."), glossary, "fa", "Arab")
    assert "arabic-letters" not in [problem.code for problem in with_maksura]
    with_yeh = check_segment(translated("Ali came.", "علي آمد."), glossary, "fa", "Arab")
    assert ("error", "arabic-letters") in [(problem.severity, problem.code) for problem in with_yeh]


def glossary_with_persian(tmp_path, rendering):
    path = tmp_path / "people.yaml"
    path.write_text(
        textwrap.dedent(f"""\
            - id: mustafa
              type: person
              en: {{name: Mustafa Salimi}}
              fa: {{name: {rendering}}}
            """),
        encoding="utf-8",
    )
    loaded = load_glossary([path])
    return [problem for problem in [*loaded.findings, *lint(loaded, ["fa"])] if problem.code == "script"]


def test_a_persian_glossary_rendering_with_alef_maksura_is_no_script_error(tmp_path):
    assert glossary_with_persian(tmp_path, "مصطفى سلیمی") == []


@pytest.mark.parametrize("rendering", ["مصطفی سليمي", "مصطفی سلیمی كرد"])
def test_a_persian_glossary_rendering_with_arabic_yeh_or_kaf_is_a_script_error(tmp_path, rendering):
    (finding,) = glossary_with_persian(tmp_path, rendering)
    assert "Arabic ي/ك in Persian" in finding.message
    assert finding.severity == "error"
