"""House style of names: first mentions, annotations, adjectives, joined Turkish suffixes, loaded forms, byline.

A names of its own (a person, an organisation with a legal note, a country
with its adjective, an institution) renders template by template through
EditionNames as an edition does: in reading order, headings apart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from toolkit.errors import UserError
from toolkit.glossary.load import check_glossary, load_glossary
from toolkit.glossary.match import Matcher
from toolkit.render import EditionNames, HouseStyle
from toolkit.settings import load_settings
from toolkit.slots import Template

ROOT = Path(__file__).resolve().parent.parent

GLOSSARY = """\
- id: fidan
  type: person
  en: {name: Hakan Fidan, short: Fidan}
  ar: {name: هاكان فيدان, short: فيدان, first: رئيس الاستخبارات التركية هاكان فيدان}
  fa: {name: هاکان فیدان, short: فیدان, first: هاکان فیدان، رئیس سازمان اطلاعات ترکیه،}
  tr: {name: Hakan Fidan, short: Fidan, first: MİT Başkanı Hakan Fidan}
  ru:
    name: {nom: Хакан Фидан, gen: Хакана Фидана, dat: Хакану Фидану, acc: Хакана Фидана, ins: Хаканом Фиданом, prep: Хакане Фидане}
    short: {nom: Фидан, gen: Фидана, dat: Фидану, acc: Фидана, ins: Фиданом, prep: Фидане}
    first: {nom: глава турецкой разведки Хакан Фидан, gen: главы турецкой разведки Хакана Фидана, dat: главе турецкой разведки Хакану Фидану, acc: главу турецкой разведки Хакана Фидана, ins: главой турецкой разведки Хаканом Фиданом, prep: главе турецкой разведки Хакане Фидане}

- id: suleimani
  type: person
  en: {name: Qassem Soleimani, short: Soleimani}
  ar: {name: قاسم سليماني, short: سليماني}
  fa: {name: قاسم سلیمانی, short: سلیمانی}
  tr: {name: Kasım Süleymani, short: Süleymani}
  ru:
    name: {nom: Касем Сулеймани, gen: Касема Сулеймани, dat: Касему Сулеймани, acc: Касема Сулеймани, ins: Касемом Сулеймани, prep: Касеме Сулеймани}
    short: Сулеймани
    indeclinable: true

- id: nusra
  type: organisation
  en: {name: al-Nusra Front}
  ar: {name: جبهة النصرة, annotations: {designated-terrorist: (المصنفة منظمة إرهابية)}}
  fa: {name: جبهه النصره}
  tr: {name: Nusra Cephesi, apostrophe: false}
  ru:
    name: Джебхат ан-Нусра
    indeclinable: true
    annotations: {banned-in-russia: (запрещена в РФ)}

- id: krg
  type: organisation
  en: {name: Kurdistan Regional Government}
  ar: {name: حكومة إقليم كردستان}
  fa: {name: حکومت اقلیم کردستان}
  tr: {name: Irak Kürt Bölgesel Yönetimi, apostrophe: false}
  ru:
    name: {nom: Правительство Курдистана, gen: Правительства Курдистана, dat: Правительству Курдистана, acc: Правительство Курдистана, ins: Правительством Курдистана, prep: Правительстве Курдистана}

- id: united-states
  type: place
  en: {name: United States, short: US}
  ar: {name: الولايات المتحدة الأمريكية, short: الولايات المتحدة, adjective: {nom: أمريكي, f: أمريكية, pl: أمريكيون, pl+obl: أمريكيين}}
  fa: {name: ایالات متحده آمریکا, short: آمریکا, adjective: آمریکایی}
  tr: {name: Amerika Birleşik Devletleri, short: ABD, pronounced: abede, adjective: Amerikan}
  ru:
    name: {nom: Соединенные Штаты, gen: Соединенных Штатов, dat: Соединенным Штатам, acc: Соединенные Штаты, ins: Соединенными Штатами, prep: Соединенных Штатах}
    short: США
    indeclinable: true
    adjective: {nom: американский, f: американская, pl: американские, pl+gen: американских, f+gen: американской}
"""


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    folder = tmp_path_factory.mktemp("house-style")
    (folder / "names.yaml").write_text(GLOSSARY, encoding="utf-8")
    loaded = load_glossary([folder])
    assert not loaded.errors, loaded.errors
    return loaded


def edition(glossary, language, style: HouseStyle | None = None, enabled=True):
    """Renders segments of one edition in order: (template, heading, English) -> (text, problem codes)."""
    rendering = EditionNames(glossary, language, style or HouseStyle(), enabled=enabled)
    matcher = Matcher(glossary)

    def render(template: str, heading: bool = False, english: str = "") -> tuple[str, list[str]]:
        pieces, _, problems = rendering.render(
            Template.parse(template), heading=heading, source=english, mentions=matcher.find(english) if english else ()
        )
        return "".join(piece.text for piece in pieces), [problem.code for problem in problems]

    return render


# --- first mentions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, first, later",
    [
        ("ar", "{fidan:short} في أنقرة.", "رئيس الاستخبارات التركية هاكان فيدان في أنقرة."),
        ("tr", "{fidan:short} Ankara'da.", "MİT Başkanı Hakan Fidan Ankara'da."),
        ("ru", "{fidan:short} в Анкаре.", "Глава турецкой разведки Хакан Фидан в Анкаре."),
    ],
)
def test_the_first_mention_takes_the_entry_first_form_and_later_mentions_their_own(names, language, first, later):
    render = edition(names, language)
    assert render(first, english="Fidan in Ankara.") == (later, [])
    short = names["fidan"].renderings[language].short["nom"]
    assert render(first, english="Fidan in Ankara.")[0].startswith(short)  # introduced once per edition


def test_a_persian_apposition_drops_its_closing_comma_before_the_sentence_punctuation(names):
    render = edition(names, "fa")
    assert (
        render("دیدار با {fidan:short}.", english="A meeting with Fidan.")[0]
        == "دیدار با هاکان فیدان، رئیس سازمان اطلاعات ترکیه."
    )
    render = edition(names, "fa")
    assert render("{fidan:short} گفت.", english="Fidan said.")[0] == "هاکان فیدان، رئیس سازمان اطلاعات ترکیه، گفت."


def test_a_first_mention_keeps_the_case_and_the_proclitic_its_slot_asks_for(names):
    assert (
        edition(names, "ru")("встреча {fidan:short+gen}.", english="Fidan's meeting.")[0]
        == "встреча главы турецкой разведки Хакана Фидана."
    )
    assert (
        edition(names, "ru")("с {fidan:short+ins}.", english="with Fidan.")[0]
        == "с главой турецкой разведки Хаканом Фиданом."
    )
    assert (
        edition(names, "tr")("{fidan:short+gen} sözleri.", english="Fidan's words.")[0]
        == "MİT Başkanı Hakan Fidan'ın sözleri."
    )
    assert (
        edition(names, "ar")("والتقى {fidan:short+wa+bi} الوزير.", english="And with Fidan.")[0]
        == "والتقى وبرئيس الاستخبارات التركية هاكان فيدان الوزير."
    )


def test_a_russian_slot_without_a_case_takes_it_from_the_preposition_or_keeps_its_form_with_a_warning(names):
    full = HouseStyle(full_name_first=frozenset({"person"}))
    render = edition(names, "ru", full)
    assert (
        render("после убийства {suleimani:short} в Багдаде.", english="After Soleimani's killing.")[0]
        == "после убийства Сулеймани в Багдаде."
    )  # "убийства" governs nothing the grammar knows: unchanged
    render = edition(names, "ru", full)  # "о" takes the prepositional or the accusative: which is not known
    assert render("говорили о {suleimani:short}.", english="They spoke about Soleimani.") == (
        "говорили о Сулеймани.",
        ["first-mention-form"],
    )
    render = edition(names, "ru", full)
    text, codes = render("Встреча с {suleimani:short}.", english="A meeting with Soleimani.")
    assert text == "Встреча с Касемом Сулеймани." and codes == []


def test_headings_do_not_count_as_a_first_mention_unless_the_newsroom_says_so(names):
    render = edition(names, "tr")
    assert render("{fidan:short} Ankara'da", heading=True, english="Fidan in Ankara")[0] == "Fidan Ankara'da"
    assert render("{fidan:short} konuştu.", english="Fidan spoke.")[0] == "MİT Başkanı Hakan Fidan konuştu."
    render = edition(names, "tr", HouseStyle(headings_count=True))
    assert (
        render("{fidan:short} Ankara'da", heading=True, english="Fidan in Ankara")[0]
        == "MİT Başkanı Hakan Fidan Ankara'da"
    )
    assert render("{fidan:short} konuştu.", english="Fidan spoke.")[0] == "Fidan konuştu."


def test_a_name_the_english_introduces_itself_takes_the_full_name_not_the_first_form(names):
    render = edition(names, "tr")
    assert (
        render("Türk istihbarat şefi {fidan} konuştu.", english="Turkish intelligence chief Hakan Fidan spoke.")[0]
        == "Türk istihbarat şefi Hakan Fidan konuştu."
    )
    render = edition(names, "ar")
    assert (
        render("{fidan:short}، رئيس الاستخبارات، تحدث.", english="Fidan, the intelligence chief, spoke.")[0]
        == "هاكان فيدان، رئيس الاستخبارات، تحدث."
    )


def test_words_the_translation_already_writes_beside_the_slot_are_not_repeated(names):
    render = edition(names, "ar")
    assert (
        render("قال رئيس الاستخبارات التركية {fidan:short}.", english="Fidan said.")[0]
        == "قال رئيس الاستخبارات التركية هاكان فيدان."
    )


def test_people_are_introduced_by_their_full_name_where_the_newsroom_asks_and_not_otherwise(names):
    assert edition(names, "fa")("{suleimani:short} کشته شد.", english="Soleimani was killed.")[0] == "سلیمانی کشته شد."
    render = edition(names, "fa", HouseStyle(full_name_first=frozenset({"person"})))
    assert render("{suleimani:short} کشته شد.", english="Soleimani was killed.")[0] == "قاسم سلیمانی کشته شد."
    assert render("{suleimani:short} کشته شد.", english="Soleimani was killed.")[0] == "سلیمانی کشته شد."


def test_without_house_style_every_slot_renders_as_stored(names):
    render = edition(names, "ru", HouseStyle(annotations=frozenset({"banned-in-russia"})), enabled=False)
    assert render("{fidan:short} и {nusra}.", english="Fidan and al-Nusra Front.")[0] == "Фидан и Джебхат ан-Нусра."


# --- annotations -------------------------------------------------------------------------------------


def test_an_annotation_follows_the_first_mention_only_when_its_kind_is_switched_on(names):
    banned = HouseStyle(annotations=frozenset({"banned-in-russia"}))
    render = edition(names, "ru", banned)
    assert (
        render("Боевики {nusra} отступили.", english="al-Nusra Front fighters retreated.")[0]
        == "Боевики Джебхат ан-Нусра (запрещена в РФ) отступили."
    )
    assert (
        render("Позиции {nusra} пали.", english="al-Nusra Front positions fell.")[0] == "Позиции Джебхат ан-Нусра пали."
    )
    off = edition(names, "ru")
    assert (
        off("Боевики {nusra} отступили.", english="al-Nusra Front fighters retreated.")[0]
        == "Боевики Джебхат ан-Нусра отступили."
    )
    other = edition(names, "ar", banned)  # the Arabic note is of another kind
    assert "(" not in other("مقاتلو {nusra}.", english="al-Nusra Front fighters.")[0]
    arabic = edition(names, "ar", HouseStyle(annotations=frozenset({"designated-terrorist"})))
    assert (
        arabic("مقاتلو {nusra}.", english="al-Nusra Front fighters.")[0]
        == "مقاتلو جبهة النصرة (المصنفة منظمة إرهابية)."
    )


def test_an_annotation_follows_a_closing_quotation_mark_and_warns_inside_brackets(names):
    banned = HouseStyle(annotations=frozenset({"banned-in-russia"}))
    assert (
        edition(names, "ru", banned)("группировка «{nusra}» ушла", english="the al-Nusra Front left")[0]
        == "группировка «Джебхат ан-Нусра» (запрещена в РФ) ушла"
    )
    assert edition(names, "ru", banned)("{nusra}", english="al-Nusra Front")[0] == "Джебхат ан-Нусра (запрещена в РФ)"
    text, codes = edition(names, "ru", banned)("(бывшая {nusra}) ушла", english="(formerly al-Nusra Front) left")
    assert text == "(бывшая Джебхат ан-Нусра (запрещена в РФ)) ушла" and "annotation-placement" in codes


def test_headings_carry_no_annotation_and_the_body_still_does(names):
    render = edition(names, "ru", HouseStyle(annotations=frozenset({"banned-in-russia"})))
    assert (
        render("Наступление {nusra:gen}", heading=True, english="al-Nusra Front advance")[0]
        == "Наступление Джебхат ан-Нусра"
    )
    assert "(запрещена в РФ)" in render("Позиции {nusra} пали.", english="al-Nusra Front positions fell.")[0]


def test_the_seed_russian_edition_prints_the_legal_note_once_per_organisation_when_switched_on(
    tmp_path, seed_document, memory
):
    from toolkit.glossary.load import load_glossary as load
    from toolkit.pipeline import translate_document
    from toolkit.translate.engines import MemoryEngine

    seed_glossary = load([ROOT / "glossaries"])
    settings_file = tmp_path / "newsroom.yaml"
    settings_file.write_text("languages:\n  ru:\n    annotations: [banned-in-russia]\n", encoding="utf-8")
    (on,) = translate_document(
        seed_document,
        ["ru"],
        seed_glossary,
        [MemoryEngine(memory, seed_glossary)],
        settings=load_settings(settings_file),
    )
    text = " ".join(segment.text for segment in on.segments)
    assert text.count("(запрещена в РФ)") == 2  # al-Nusra Front and al-Qaeda, each at its first mention
    assert "ан-Нусра» (запрещена в РФ)" in text or "ан-Нусра (запрещена в РФ)" in text
    (off,) = translate_document(seed_document, ["ru"], seed_glossary, [MemoryEngine(memory, seed_glossary)])
    assert "запрещена" not in " ".join(segment.text for segment in off.segments)


# --- adjectives made from names -------------------------------------------------------------------------


def test_an_adjective_slot_renders_the_agreeing_form_with_the_article_and_proclitics(names):
    assert (
        edition(names, "ar")("القوات {united-states:adj+f+al} المنتشرة", english="US forces")[0]
        == "القوات الأمريكية المنتشرة"
    )
    assert edition(names, "ar")("الجنود {united-states:adj+pl+obl+al}", english="US soldiers")[0] == "الجنود الأمريكيين"
    assert edition(names, "ar")("{united-states:adj+li+al}", english="US")[0] == "للأمريكي"
    assert (
        edition(names, "ru")("из {united-states:adj+pl+gen} военных", english="of US troops")[0]
        == "из американских военных"
    )
    # an adjective opening the sentence is capitalised, as any word there is
    assert edition(names, "ru")("{united-states:adj+pl+gen} военных", english="US troops")[0] == "Американских военных"
    assert edition(names, "fa")("نیروهای {united-states:adj}", english="US forces")[0] == "نیروهای آمریکایی"
    assert edition(names, "tr")("{united-states:adj} güçleri", english="US forces")[0] == "Amerikan güçleri"


def test_an_adjective_is_never_a_first_mention(names):
    render = edition(names, "ru", HouseStyle(full_name_first=frozenset({"place"})))
    assert render("{united-states:adj+pl} военные", english="US troops")[0] == "Американские военные"
    assert render("в {united-states:short+prep}", english="in the US")[0] == "в Соединенных Штатах"


@pytest.mark.parametrize(
    "language, slot, code",
    [
        ("ru", "{united-states:adj+n+dat}", "no-adjective"),  # a form the editor has not written out
        ("tr", "{united-states:adj+gen}", "bad-form"),  # Turkish adjectives take no suffix
        ("ar", "{united-states:adj+obl}", "no-adjective"),  # obl without pl
        ("ru", "{fidan:adj}", "no-adjective"),  # no adjective at all
        ("ar", "{united-states:adj+short}", "bad-form"),  # the short form or the adjective, not both
    ],
)
def test_an_adjective_slot_that_cannot_be_rendered_is_marked_with_its_reason(names, language, slot, code):
    text, codes = edition(names, language)(slot, english="US")
    assert text.startswith("[?") and code in codes


# --- Turkish institutions: suffixes joined ---------------------------------------------------------------


def test_turkish_institutions_take_their_suffixes_without_an_apostrophe(names):
    render = edition(names, "tr")
    assert render("{krg:gen} başkenti", heading=True, english="the KRG")[0] == "Irak Kürt Bölgesel Yönetiminin başkenti"
    assert render("{krg:dat}", heading=True)[0] == "Irak Kürt Bölgesel Yönetimine"
    assert render("{krg:loc}", heading=True)[0] == "Irak Kürt Bölgesel Yönetiminde"
    assert render("{nusra:acc}", heading=True)[0] == "Nusra Cephesini"
    assert render("{fidan:short+gen}", heading=True)[0] == "Fidan'ın"  # a person keeps the apostrophe


def test_apostrophe_is_only_for_turkish_and_only_true_or_false(tmp_path):
    for block, message in (
        ("  ru: {name: Хезболла, indeclinable: true, apostrophe: false}", "take no suffixes after an apostrophe"),
        ("  tr: {name: Hizbullah, apostrophe: maybe}", "must be true or false"),
    ):
        path = tmp_path / "bad.yaml"
        path.write_text("- id: x\n  type: organisation\n  en: {name: Hezbollah}\n" + block + "\n", encoding="utf-8")
        (error,) = load_glossary([path]).errors
        assert message in error.message and error.location.line == 4


# --- lint: deferential and loaded forms -------------------------------------------------------------------


def check(tmp_path, blocks: str, newsroom: str | None = None):
    path = tmp_path / "titles.yaml"
    path.write_text(blocks, encoding="utf-8")
    own = None
    if newsroom is not None:
        own = tmp_path / "loaded.yaml"
        own.write_text(newsroom, encoding="utf-8")
    _, findings = check_glossary([path], ["ar", "fa", "tr", "ru"], own)
    return [f for f in findings if f.code == "loaded-form"]


LEADER = """\
- id: supreme-leader
  type: title
  en: {name: Supreme Leader}
  ar: {name: %s}
  fa: {name: %s}
  tr: {name: %s}
  ru: {name: %s, indeclinable: true}
"""


def test_lint_warns_of_the_deferential_titles_with_the_neutral_alternative(tmp_path):
    found = check(tmp_path, LEADER % ("قائد الثورة الإسلامية", "رهبر معظم انقلاب", "Esad rejimi", "верховный лидер"))
    assert {finding.message.split()[0] for finding in found} == {"ar.name", "fa.name", "tr.name", "ru.name"}
    assert all(finding.severity == "warning" for finding in found)
    fixes = {finding.message.split()[0]: finding.fix for finding in found}
    assert "«رهبر جمهوری اسلامی ایران» or «رهبر ایران»" in fixes["fa.name"]
    assert "«верховный руководитель»" in fixes["ru.name"]
    assert "«المرشد الأعلى الإيراني»" in fixes["ar.name"]
    assert "«Suriye hükümeti»" in fixes["tr.name"]


def test_lint_compares_whole_words_across_letter_variants_and_case(tmp_path):
    # Arabic-letter ي/ك in a Persian form, capitals in Russian: still found; a word that merely contains one is not
    found = check(tmp_path, LEADER % ("المرشد الأعلى", "رهبر معظم", "Dini Lider", "Верховный Лидер"))
    assert {finding.message.split()[0] for finding in found} == {"fa.name", "ru.name"}
    assert not check(tmp_path, LEADER % ("المرشد الأعلى", "رهبر ایران", "Dini Lider", "лидерство верховное"))


def test_the_neutral_seed_glossary_has_no_loaded_forms():
    _, findings = check_glossary([ROOT / "glossaries"])
    assert [f for f in findings if f.code == "loaded-form"] == []


def test_a_newsroom_adds_its_own_loaded_forms_and_allows_shipped_ones(tmp_path):
    own = "ru:\n  - loaded: верховный лидер\n    allowed: true\ntr:\n  - loaded: Dini Lider\n    neutral: İran lideri\n"
    found = check(tmp_path, LEADER % ("المرشد الأعلى", "رهبر ایران", "Dini Lider", "верховный лидер"), own)
    assert [finding.message.split()[0] for finding in found] == ["tr.name"]
    assert "«İran lideri»" in found[0].fix


@pytest.mark.parametrize(
    "text, message, line",
    [
        ("xx:\n  - loaded: a\n    neutral: b\n", "unknown language 'xx'", 1),
        ("ru:\n  - loaded: лидер\n", "neutral: must be a text or a list", 2),
        ("ru:\n  - loaded: лидер\n    neutral: руководитель\n    why: [a]\n", "why: must be a text", 4),
        ("ru:\n  - loaded: лидер\n    neutral: руководитель\n    weight: 3\n", "unknown key 'weight'", 4),
    ],
)
def test_a_bad_newsroom_list_is_one_located_error(tmp_path, text, message, line):
    with pytest.raises(UserError, match=message) as raised:
        check(tmp_path, LEADER % ("المرشد الأعلى", "رهبر ایران", "Dini Lider", "лидер"), text)
    assert raised.value.line == line


# --- settings and the byline --------------------------------------------------------------------------------


def settings_from(tmp_path, text):
    path = tmp_path / "newsroom.yaml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


@pytest.mark.parametrize(
    "text, message",
    [
        ("languages:\n  ru:\n    annotations: [Banned In Russia]\n", "is not an annotation kind"),
        ("languages:\n  ru:\n    annotations: 3\n", "is not a list of annotation kinds"),
        ("style:\n  first_mention_full_name: [people]\n", "'people' is not one of the entry types"),
        ("style:\n  first_mention_in_headings: sometimes\n", "first_mention_in_headings"),
        ("style:\n  loaded_forms: missing.yaml\n", "'missing.yaml' is not a file"),
        ("languages:\n  tr:\n    byline: 'Çeviri: {translator}'\n", "unknown placeholder {translator}"),
        ("languages:\n  tr:\n    byline: 'Çeviri {'\n", "unbalanced braces"),
    ],
)
def test_bad_house_style_settings_are_refused_at_their_line(tmp_path, text, message):
    with pytest.raises(UserError, match=message) as raised:
        settings_from(tmp_path, text)
    assert raised.value.line == text.count("\n")


def test_house_style_settings_are_read(tmp_path):
    (tmp_path / "ours.yaml").write_text("fa: []\n", encoding="utf-8")
    settings = settings_from(
        tmp_path,
        "style:\n  first_mention_in_headings: true\n  first_mention_full_name: "
        "[person, organisation]\n  loaded_forms: ours.yaml\nlanguages:\n  ru:\n"
        "    annotations: [banned-in-russia]\n    byline: 'Перевод: {{редакция}}'\n",
    )
    assert settings.first_mention_in_headings and settings.first_mention_full_name == ("person", "organisation")
    assert settings.loaded_forms == tmp_path / "ours.yaml"
    assert HouseStyle.of(settings, "ru").annotations == {"banned-in-russia"}
    assert HouseStyle.of(settings, "fa").annotations == frozenset()


def test_the_byline_stands_under_the_title_escaped_in_markdown_and_styled_in_docx(tmp_path, seed_editions):
    import io

    import docx

    from toolkit.publish.monolingual import Front, monolingual_docx, monolingual_markdown

    settings = settings_from(
        tmp_path, "languages:\n  tr:\n    byline: 'Çeviri: *Haber* <b>Merkezi</b> {{x}}'\n  ru:\n    byline: ''\n"
    )
    turkish = Front.of(seed_editions["tr"], settings, date(2020, 1, 17))
    assert turkish.byline == "Çeviri: *Haber* <b>Merkezi</b> {x}"
    markdown = monolingual_markdown(seed_editions["tr"], turkish)
    assert "<b>" not in markdown and "\\*Haber\\*" in markdown
    lines = markdown.splitlines()
    title = next(index for index, line in enumerate(lines) if line.startswith("# "))
    assert "Haber" in lines[title + 2] and "17" in lines[title + 4]  # byline, then the date line
    document = docx.Document(io.BytesIO(monolingual_docx(seed_editions["tr"], turkish, settings)))
    bylines = [p.text for p in document.paragraphs if p.style.name == "Byline"]
    assert bylines == ["Çeviri: *Haber* <b>Merkezi</b> {x}"]
    russian = Front.of(seed_editions["ru"], settings, date(2020, 1, 17))
    assert russian.byline == "" and "Byline" not in [
        p.style.name
        for p in docx.Document(io.BytesIO(monolingual_docx(seed_editions["ru"], russian, settings))).paragraphs
    ]


def test_glossary_check_warns_with_the_newsroom_list_of_the_project(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from toolkit.cli import main

    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "titles.yaml").write_text(
        LEADER % ("المرشد الأعلى", "رهبر ایران", "Dini Lider", "верховный лидер"), encoding="utf-8"
    )
    (tmp_path / "ours.yaml").write_text("tr:\n  - loaded: Dini Lider\n    neutral: İran lideri\n", encoding="utf-8")
    (tmp_path / "newsroom.yaml").write_text("style:\n  loaded_forms: ours.yaml\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["glossary", "check"])
    assert result.exit_code == 1, result.output
    assert result.output.count("a deferential or loaded form") == 2
    assert "«верховный руководитель»" in result.output and "«İran lideri»" in result.output
    assert result.output.endswith("0 errors, 2 warnings\n")


def test_annotations_never_go_back_into_the_memory_with_a_reviewed_text(names):
    from toolkit.translate.reviewed import without_annotations

    reviewed = 'в том числе "Джебхат ан-Нусра" (запрещена в РФ) — ответвление'
    assert without_annotations(reviewed, names, "ru") == 'в том числе "Джебхат ан-Нусра" — ответвление'
    assert without_annotations("مقاتلو جبهة النصرة (المصنفة منظمة إرهابية).", names, "ar") == "مقاتلو جبهة النصرة."
    assert without_annotations("(запрещена в РФ)", names, "ar") == "(запрещена в РФ)"  # another language's note


def test_the_review_edition_shows_the_text_as_stored_and_the_editions_to_publish_the_house_style(
    tmp_path, seed_document, memory
):
    from toolkit.glossary.load import load_glossary as load
    from toolkit.pipeline import translate_document
    from toolkit.translate.engines import MemoryEngine

    seed_glossary = load([ROOT / "glossaries"])
    settings = settings_from(
        tmp_path,
        "style:\n  first_mention_full_name: [person]\nlanguages:\n  ru:\n    annotations: [banned-in-russia]\n",
    )
    (russian,) = translate_document(
        seed_document, ["ru"], seed_glossary, [MemoryEngine(memory, seed_glossary)], settings=settings
    )
    changed = [segment for segment in russian.segments if segment.stored_pieces is not None]
    assert {segment.source.id for segment in changed} >= {"2.1", "4.1"}  # Soleimani, the Supreme Leader
    for segment in changed:
        stored = "".join(piece.text for piece in segment.as_stored)
        assert "запрещена" not in stored and stored != segment.text
    untouched = next(segment for segment in russian.segments if segment.source.id == "8.3")
    assert untouched.stored_pieces is None and untouched.as_stored is untouched.pieces


def test_a_provisional_name_renders_as_chosen_and_marked_with_no_house_style(names, tmp_path):
    (tmp_path / "provisional.yaml").write_text(
        "- id: zarif\n  type: person\n  en: {name: Javad Zarif, short: Zarif}\n"
        "  ar: {name: جواد ظريف, short: ظريف}\n  fa: {name: جواد ظریف, short: ظریف}\n"
        "  tr: {name: Cevad Zarif, short: Zarif}\n  ru: {name: Джавад Зариф, short: Зариф, indeclinable: true}\n",
        encoding="utf-8",
    )
    provisional = load_glossary([tmp_path / "provisional.yaml"])
    rendering = EditionNames(names, "tr", HouseStyle(full_name_first=frozenset({"person"})), provisional=provisional)
    pieces, rendered, problems = rendering.render(
        Template.parse("{zarif:short} ve {fidan:short} görüştü."),
        source="Zarif and Fidan met.",
        mentions=Matcher(names).find("Zarif and Fidan met."),
    )
    assert "".join(piece.text for piece in pieces) == "Zarif ve MİT Başkanı Hakan Fidan görüştü."
    assert [piece.provisional for piece in pieces if piece.entry_id] == [True, False]
    assert [name.provisional for name in rendered] == [True, False] and problems == []


@pytest.mark.parametrize(
    "template, english, text",
    [
        ("{fidan:short} в Анкаре.", "Fidan in Ankara.", "Глава турецкой разведки Хакан Фидан в Анкаре."),
        ("Встреча прошла. {fidan:short} уехал.", "It went. Fidan left.", "Встреча прошла. Глава турецкой"),
        ("Помощник сказал: «{fidan:short} приедет».", "They said: 'Fidan will come'.", "сказал: «Глава турецкой"),
        ("— {fidan:short} приедет, — сказал он.", "'Fidan will come,' he said.", "— Глава турецкой"),
        ("Они приехали — {fidan:short} и другие.", "They came: Fidan and others.", "— глава турецкой"),
        ("Встреча с {fidan:short+ins} прошла.", "The meeting with Fidan went.", "Встреча с главой турецкой"),
        ("Он сказал, что {fidan:short} уехал.", "He said Fidan left.", "Он сказал, что глава турецкой"),
        # a full stop after an abbreviation does not end the sentence
        ("В 2020 г. {fidan:short} посетил Анкару.", "In 2020 Fidan visited Ankara.", "В 2020 г. глава турецкой"),
        ("Об этом сообщил т. н. {fidan:short}.", "The so-called Fidan said so.", "т. н. глава турецкой"),
        ("Он приехал (см. {fidan:short+acc}).", "He came (see Fidan).", "(см. главу турецкой"),
    ],
)
def test_a_first_mention_that_opens_a_sentence_opens_with_a_capital_and_one_inside_it_does_not(
    names, template, english, text
):
    rendered, problems = edition(names, "ru")(template, english=english)
    assert text in rendered and problems == []


def _provisional_renderer(names, path: Path):
    """``rendered(language, template)``: the template's text with the provisional entries written at ``path``."""
    provisional = load_glossary([path])
    assert not provisional.errors, provisional.errors

    def rendered(language: str, template: str) -> str:
        pieces, _, _ = EditionNames(names, language, HouseStyle(), provisional=provisional).render(
            Template.parse(template)
        )
        return "".join(piece.text for piece in pieces)

    return rendered


def test_a_provisional_name_opening_with_a_particle_is_capitalised_only_where_it_opens_a_sentence(names, tmp_path):
    (tmp_path / "provisional.yaml").write_text(
        "- id: weber\n  type: person\n  en: {name: Hans-Peter von Weber, short: von Weber}\n"
        "  tr: {name: Hans-Peter von Weber, short: von Weber}\n"
        "  ru:\n    name: {nom: Ханс-Петер фон Вебер, gen: Ханса-Петера фон Вебера, dat: Хансу-Петеру фон Веберу,"
        " acc: Ханса-Петера фон Вебера, ins: Хансом-Петером фон Вебером, prep: Хансе-Петере фон Вебере}\n"
        "    short: {nom: фон Вебер, gen: фон Вебера, dat: фон Веберу, acc: фон Вебера, ins: фон Вебером,"
        " prep: фон Вебере}\n"
        "- id: ibn-rushd\n  type: person\n  en: {name: Ibn Rushd}\n  tr: {name: ibn Rüşd}\n",
        encoding="utf-8",
    )
    rendered = _provisional_renderer(names, tmp_path / "provisional.yaml")

    assert rendered("ru", "{weber:short} и другие выступили.") == "Фон Вебер и другие выступили."
    assert rendered("ru", "Они встретились с {weber:short+ins}.") == "Они встретились с фон Вебером."
    assert rendered("tr", "Toplantı bitti. {weber:short} konuştu.") == "Toplantı bitti. Von Weber konuştu."
    assert rendered("tr", "{ibn-rushd:gen} kitabı.") == "İbn Rüşd'ün kitabı."
    assert rendered("tr", "Toplantıda Prof. {weber:short} konuştu.") == "Toplantıda Prof. von Weber konuştu."
    assert rendered("ru", "По словам проф. {weber:short+gen}, всё идёт по плану.") == (
        "По словам проф. фон Вебера, всё идёт по плану."
    )


def test_a_name_written_with_a_capital_inside_its_first_word_is_kept_as_written_where_it_opens_a_sentence(
    names, tmp_path
):
    (tmp_path / "provisional.yaml").write_text(
        "- id: ebay\n  type: organisation\n  en: {name: eBay}\n  tr: {name: eBay}\n"
        "  ru: {name: eBay, indeclinable: true}\n"
        "- id: iphone\n  type: organisation\n  en: {name: iPhone}\n  tr: {name: iPhone}\n"
        "- id: baghdadi\n  type: person\n  en: {name: al-Baghdadi}\n"
        "  ru: {name: аль-Багдади, indeclinable: true}\n",
        encoding="utf-8",
    )
    rendered = _provisional_renderer(names, tmp_path / "provisional.yaml")

    assert rendered("tr", "{ebay} satışları açıkladı.") == "eBay satışları açıkladı."
    assert rendered("tr", "Fiyatlar düştü. {iphone} pahalı.") == "Fiyatlar düştü. iPhone pahalı."
    assert rendered("ru", "Акции выросли. {ebay} сообщила о прибыли.") == "Акции выросли. eBay сообщила о прибыли."
    # a particle before a hyphen is a word of its own, and still opens the sentence with a capital
    assert rendered("ru", "{baghdadi} погиб.") == "Аль-Багдади погиб."
    assert rendered("ru", "Сообщили, что {baghdadi} погиб.") == "Сообщили, что аль-Багдади погиб."


def test_a_first_mention_in_bold_keeps_its_format_and_the_note_stands_outside_it(names):
    from toolkit.formatting import Format, Span

    english = "al-Nusra Front fighters retreated."
    bold = Format("bold")
    rendering = EditionNames(names, "ru", HouseStyle(annotations=frozenset({"banned-in-russia"})))
    pieces, _, _ = rendering.render(
        Template.parse("Боевики {#b1}{nusra}{/b1} отступили."),
        source=english,
        mentions=Matcher(names).find(english),
        spans=(Span(0, 14, bold),),
    )
    assert "".join(piece.text for piece in pieces) == "Боевики Джебхат ан-Нусра (запрещена в РФ) отступили."
    assert [piece.text for piece in pieces if bold in piece.formats] == ["Джебхат ан-Нусра"]


@pytest.mark.timeout(20)  # the hang guard: the sentence-start check read a run of spaces in quadratic time
def test_a_long_run_of_spaces_before_a_name_is_read_once(names):
    render = edition(names, "ru")
    rendered, _ = render("Он уехал." + " " * 100_000 + "А {fidan:short} остался.", english="But Fidan stayed.")
    assert rendered.endswith("А глава турецкой разведки Хакан Фидан остался.")


@pytest.mark.parametrize("outside", ["../elsewhere/forms.yaml", "{folder}/../elsewhere/forms.yaml", "link/forms.yaml"])
def test_a_loaded_forms_file_outside_the_settings_folder_is_refused(tmp_path, outside):
    """A settings file that came with a shared project must not make `glossary check` read (and quote) any file
    the user can read: the loaded-forms file lies beside it or below it."""
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    project.mkdir()
    elsewhere.mkdir()
    (elsewhere / "forms.yaml").write_text("fa: []\n", encoding="utf-8")
    (project / "link").symlink_to(elsewhere)
    with pytest.raises(UserError, match="is outside the folder of this settings file") as raised:
        settings_from(project, f"style:\n  loaded_forms: {outside.format(folder=project)}\n")
    assert raised.value.line == 2 and "beside the settings file" in (raised.value.fix or "")
    (project / "lists").mkdir()
    (project / "lists" / "forms.yaml").write_text("fa: []\n", encoding="utf-8")
    assert settings_from(project, "style:\n  loaded_forms: lists/forms.yaml\n").loaded_forms == (
        project / "lists" / "forms.yaml"
    )
