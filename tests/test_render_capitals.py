"""A headline set in capitals (IRAN VOTES AS TURKEY WATCHES) keeps its capitals where a name stands: the name is
written in capitals too, with the language's own capital letters (Turkish İ for i), not in the glossary's case in
the middle of a capitalised line (İran SANDIK BAŞINDA, Иран ГОЛОСУЕТ)."""

import pytest

from toolkit.render import EditionNames, HouseStyle, render
from toolkit.slots import Template


def _text(pieces) -> str:
    return "".join(piece.text for piece in pieces)


@pytest.mark.parametrize(
    "language, stored, source, shown",
    [
        (
            "tr",
            "{iran} SANDIK BAŞINDA, {turkey} İZLİYOR",
            "IRAN VOTES AS TURKEY WATCHES",
            "İRAN SANDIK BAŞINDA, TÜRKİYE İZLİYOR",
        ),
        ("tr", "{turkey:gen} SÖYLEDİKLERİ", "WHAT TURKEY SAID", "TÜRKİYE'NİN SÖYLEDİKLERİ"),
        ("tr", "{tehran:loc} GERGİN BEKLEYİŞ", "TENSE WAIT IN TEHRAN", "TAHRAN'DA GERGİN BEKLEYİŞ"),
        ("tr", "{erdogan:short+dat} TEPKİ", "ANGER AT ERDOGAN", "ERDOĞAN'A TEPKİ"),
        (
            "ru",
            "{iran} ГОЛОСУЕТ, {turkey} НАБЛЮДАЕТ",
            "IRAN VOTES AS TURKEY WATCHES",
            "ИРАН ГОЛОСУЕТ, ТУРЦИЯ НАБЛЮДАЕТ",
        ),
        ("ru", "ЧТО СКАЗАЛА {turkey}", "WHAT TURKEY SAID", "ЧТО СКАЗАЛА ТУРЦИЯ"),
        ("ru", "ВСТРЕЧА С {putin:short+ins}", "MEETING WITH PUTIN", "ВСТРЕЧА С ПУТИНЫМ"),
    ],
)
def test_a_name_in_a_headline_set_in_capitals_is_in_capitals(glossary, language, stored, source, shown):
    template = Template.parse(stored)
    pieces, names, problems = render(template, glossary, language, source=source)
    assert problems == []
    assert _text(pieces) == shown
    edition = EditionNames(glossary, language, HouseStyle())
    pieces, names, problems = edition.render(template, heading=True, source=source)
    assert _text(pieces) == shown
    assert all(name.text.isupper() for name in names)  # as the edition shows them


@pytest.mark.parametrize(
    "language, stored, source, shown",
    [
        # the translator set the headline in sentence case: the names keep theirs
        ("tr", "{turkey:gen} söyledikleri", "WHAT TURKEY SAID", "Türkiye'nin söyledikleri"),
        ("ru", "Что сказала {turkey}", "WHAT TURKEY SAID", "Что сказала Турция"),
        # an English line in sentence case beside an acronym the translation writes in capitals
        ("ru", "{iran}: МАГАТЭ", "Iran: IAEA", "Иран: МАГАТЭ"),
        ("tr", "{iran} ve NATO", "Iran and NATO", "İran ve NATO"),
        # a line of capitals the translation writes with no words of its own: nothing tells its case
        ("ru", "{iran}, {turkey}", "IRAN, TURKEY", "Иран, Турция"),
    ],
)
def test_a_name_elsewhere_keeps_the_glossary_s_case(glossary, language, stored, source, shown):
    pieces, _, _ = render(Template.parse(stored), glossary, language, source=source)
    assert _text(pieces) == shown


def test_arabic_and_persian_headlines_are_unchanged(glossary):
    for language, stored, shown in (("ar", "{iran} تصوت", "إيران تصوت"), ("fa", "{iran} رأی می‌دهد", "ایران رأی می‌دهد")):
        pieces, _, _ = render(Template.parse(stored), glossary, language, source="IRAN VOTES")
        assert _text(pieces) == shown


BRANDS = """\
- id: iphone
  type: organisation
  en: {name: iPhone}
  tr: {name: iPhone}
  ru: {name: iPhone, indeclinable: true}
- id: ebay
  type: organisation
  en: {name: eBay}
  tr: {name: eBay}
- id: denizbank
  type: organisation
  en: {name: DenizBank}
  tr: {name: DenizBank}
- id: twitter
  type: organisation
  en: {name: Twitter}
  tr: {name: Twitter}
- id: wikipedia
  type: organisation
  en: {name: Wikipedia}
  tr: {name: Wikipedia}
- id: izmir
  type: place
  en: {name: Izmir}
  tr: {name: İzmir}
- id: ali-babacan
  type: person
  en: {name: Ali Babacan}
  tr: {name: Ali Babacan}
"""


@pytest.fixture(scope="module")
def brands(tmp_path_factory):
    from toolkit.glossary.load import load_glossary

    path = tmp_path_factory.mktemp("brands") / "brands.yaml"
    path.write_text(BRANDS, encoding="utf-8")
    return load_glossary([path])


@pytest.mark.parametrize(
    "stored, source, shown",
    [
        # a brand written with a capital inside is a foreign word: its i is the English I, not the Turkish İ
        ("{iphone} SATIŞTA", "IPHONE ON SALE", "IPHONE SATIŞTA"),
        ("{iphone:gen} FİYATI DÜŞTÜ", "IPHONE PRICE FALLS", "IPHONE'UN FİYATI DÜŞTÜ"),
        ("{ebay} İLE {twitter} YASAKLANDI", "EBAY AND TWITTER BANNED", "EBAY İLE TWITTER YASAKLANDI"),
        # a word with a letter the Turkish alphabet lacks (q, w, x) is written as its own language writes it
        ("{wikipedia} ERİŞİME AÇILDI", "WIKIPEDIA UNBLOCKED", "WIKIPEDIA ERİŞİME AÇILDI"),
        # Turkish words and names keep the Turkish capitals
        ("{izmir:loc} YANGIN", "FIRE IN IZMIR", "İZMİR'DE YANGIN"),
        ("{ali-babacan} KONUŞTU", "ALI BABACAN SPEAKS", "ALİ BABACAN KONUŞTU"),
        ("{denizbank} SATILDI", "DENIZBANK SOLD", "DENİZBANK SATILDI"),
    ],
)
def test_a_foreign_brand_in_a_turkish_headline_set_in_capitals_keeps_its_own_capitals(brands, stored, source, shown):
    pieces, _, _ = render(Template.parse(stored), brands, "tr", source=source)
    assert _text(pieces) == shown


def test_a_brand_in_a_russian_headline_set_in_capitals_is_in_capitals(brands):
    pieces, _, _ = render(Template.parse("ЦЕНЫ НА {iphone} УПАЛИ"), brands, "ru", source="IPHONE PRICES FALL")
    assert _text(pieces) == "ЦЕНЫ НА IPHONE УПАЛИ"


def _dateline(glossary, language, stored, source, entry_id, surface):
    from toolkit.document import Mention

    start = source.index(surface)
    mention = Mention(entry_id, start, start + len(surface), surface, False)
    edition = EditionNames(glossary, language, HouseStyle())
    pieces, names, problems = edition.render(Template.parse(stored), source=source, mentions=[mention])
    assert problems == []
    return _text(pieces), names


@pytest.mark.parametrize(
    "language, stored, source, entry_id, surface, shown",
    [
        # a dateline's city, in capitals in the source, in capitals in the edition, in the language's own letters
        (
            "ru",
            "{ankara}, 3 марта (Reuters) — Переговоры начались.",
            "ANKARA, March 3 (Reuters) - Talks opened.",
            "ankara",
            "ANKARA",
            "АНКАРА, 3 марта (Reuters) — Переговоры начались.",
        ),
        (
            "ru",
            "{moscow} — Переговоры завершились.",
            "MOSCOW — Talks ended.",
            "moscow",
            "MOSCOW",
            "МОСКВА — Переговоры завершились.",
        ),
        (
            "tr",
            "{moscow} — Görüşmeler sona erdi.",
            "MOSCOW — Talks ended.",
            "moscow",
            "MOSCOW",
            "MOSKOVA — Görüşmeler sona erdi.",
        ),
        (
            "tr",
            "{tehran} (AP) — Görüşmeler sona erdi.",
            "TEHRAN (AP) — Talks ended.",
            "tehran",
            "TEHRAN",
            "TAHRAN (AP) — Görüşmeler sona erdi.",
        ),
        # Arabic and Persian have no capitals: the name is the glossary's
        ("ar", "{ankara} — انتهت المحادثات.", "ANKARA — Talks ended.", "ankara", "ANKARA", "أنقرة — انتهت المحادثات."),
        (
            "fa",
            "{ankara} — گفت‌وگوها پایان یافت.",
            "ANKARA — Talks ended.",
            "ankara",
            "ANKARA",
            "آنکارا — گفت‌وگوها پایان یافت.",
        ),
    ],
)
def test_a_name_the_source_sets_in_capitals_keeps_them(glossary, language, stored, source, entry_id, surface, shown):
    text, names = _dateline(glossary, language, stored, source, entry_id, surface)
    assert text == shown
    assert [name.text for name in names] == [shown.split(" ")[0].rstrip(",")]


def test_a_name_spelt_in_capitals_anyway_or_in_running_text_keeps_the_glossary_s_case(glossary):
    # the US is spelt in capitals in English: the glossary says how Russian writes it
    text, _ = _dateline(glossary, "ru", "{united-states:short} ответили.", "The US replied.", "united-states", "US")
    assert text == "США ответили."
    text, _ = _dateline(glossary, "tr", "{united-states:short} yanıt verdi.", "The US replied.", "united-states", "US")
    assert text == "ABD yanıt verdi."
    # an abbreviation the matcher read as the name (U. S.) is no name set in capitals
    text, _ = _dateline(glossary, "tr", "{united-states} yanıt verdi.", "The U. S. replied.", "united-states", "U. S.")
    assert text == "Amerika Birleşik Devletleri yanıt verdi."
    # the same city in running text keeps the glossary's case
    text, _ = _dateline(glossary, "ru", "Переговоры в {moscow:prep}.", "Talks in Moscow.", "moscow", "Moscow")
    assert text == "Переговоры в Москве."


# --- names not yet in the glossary (provisional renderings) --------------------------------------------------------

_PROVISIONAL = """\
- id: khartoum
  type: place
  en: {name: Khartoum, variants: [KHARTOUM]}
  tr: {name: Hartum}
  ru: {name: Хартум, indeclinable: true}
- id: diyarbakir
  type: place
  en: {name: DIYARBAKIR}
  tr: {name: Diyarbakır}
  ru: {name: Диярбакыр, indeclinable: true}
- id: reuters
  type: organisation
  en: {name: REUTERS, variants: [Reuters]}
  tr: {name: REUTERS}
  ru: {name: REUTERS, indeclinable: true}
- id: bbc
  type: organisation
  en: {name: BBC}
  tr: {name: BBC}
  ru: {name: Би-би-си, indeclinable: true}
"""


@pytest.fixture(scope="module")
def provisional(tmp_path_factory):
    from toolkit.glossary.load import load_glossary

    path = tmp_path_factory.mktemp("provisional") / "provisional.yaml"
    path.write_text(_PROVISIONAL, encoding="utf-8")
    entries = load_glossary([path])
    assert not entries.errors, entries.errors
    return entries


def _provisional_text(glossary, provisional, language, stored, source):
    pieces, names, _ = EditionNames(glossary, language, HouseStyle(), provisional=provisional).render(
        Template.parse(stored), source=source
    )
    assert all(name.provisional for name in names)
    return _text(pieces)


@pytest.mark.parametrize(
    "language, stored, source, shown",
    [
        (
            "ru",
            "{khartoum}, 3 марта ({reuters}) — Армия заявила.",
            "KHARTOUM, March 3 (Reuters) - The army said.",
            "ХАРТУМ, 3 марта (Reuters) — Армия заявила.",
        ),
        (
            "tr",
            "{khartoum}, 3 Mart ({reuters}) - Ordu açıkladı.",
            "KHARTOUM, March 3 (Reuters) - The army said.",
            "HARTUM, 3 Mart (Reuters) - Ordu açıkladı.",
        ),
        # a place named only in the dateline, in capitals: Turkish capitals with their dotted İ
        ("tr", "{diyarbakir}, 5 Mayıs - Polis açıkladı.", "DIYARBAKIR, May 5 - Police said.", "DİYARBAKIR, 5 Mayıs"),
        ("ru", "{diyarbakir} — Полиция заявила.", "DIYARBAKIR — Police said.", "ДИЯРБАКЫР — Полиция заявила."),
        # a second place after a slash
        (
            "ru",
            "{khartoum}/{diyarbakir}, 3 марта — Армия заявила.",
            "KHARTOUM/DIYARBAKIR, March 3 - The army said.",
            "ХАРТУМ/ДИЯРБАКЫР, 3 марта",
        ),
    ],
)
def test_a_provisional_name_in_a_dateline_set_in_capitals_is_in_capitals(
    glossary, provisional, language, stored, source, shown
):
    assert shown in _provisional_text(glossary, provisional, language, stored, source)


@pytest.mark.parametrize(
    "language, stored, source, shown",
    [
        # in running text the rendering keeps its case
        ("ru", "Чиновники в {khartoum} рады.", "Officials in KHARTOUM are glad.", "Чиновники в Хартум рады."),
        # an abbreviation in capitals is its rendering's to write, in a dateline's place too
        ("ru", "{bbc}, 3 марта — Сообщила служба.", "BBC, March 3 - The service said.", "Би-би-си, 3 марта"),
        ("ru", "Об этом сообщила {bbc}.", "The BBC said so.", "Об этом сообщила Би-би-си."),
        # a rendering left in the English spelling follows the sentence's case: the credit line's capitals stay there
        ("ru", "{reuters}/Umit Bektas", "REUTERS/Umit Bektas", "REUTERS/Umit Bektas"),
        ("tr", "Haberi {reuters} verdi.", "Reuters reported it.", "Haberi Reuters verdi."),
    ],
)
def test_a_provisional_name_elsewhere_keeps_its_rendering_s_case(
    glossary, provisional, language, stored, source, shown
):
    assert shown in _provisional_text(glossary, provisional, language, stored, source)
