"""Name grammar per language, on the forms the seed editions use."""

import pytest

from toolkit.grammar import arabic, persian, russian, turkish


class TestTurkish:
    @pytest.mark.parametrize(
        "name, case, expected",
        [
            ("Erdoğan", "gen", "Erdoğan'ın"),
            ("Putin", "dat", "Putin'e"),
            ("Tahran", "loc", "Tahran'da"),
            ("Moskova", "dat", "Moskova'ya"),
            ("Irak", "loc", "Irak'ta"),
            ("Süleymani", "gen", "Süleymani'nin"),
            ("Esad", "acc", "Esad'ı"),
            ("Türkiye", "abl", "Türkiye'den"),
            ("Soçi", "ins", "Soçi'yle"),
            ("Fidan", "ins", "Fidan'la"),
            ("Hakan Fidan", "gen", "Hakan Fidan'ın"),
            ("Mamluk", "gen", "Mamluk'un"),
            ("Üsküdar", "gen", "Üsküdar'ın"),
            ("Gül", "gen", "Gül'ün"),
        ],
    )
    def test_suffix_follows_vowel_and_consonant_harmony(self, name, case, expected):
        assert turkish.inflect({"nom": name}, [case], None) == expected

    def test_pronunciation_hint_decides_harmony(self):
        assert turkish.inflect({"nom": "ABD"}, ["gen"], "abede") == "ABD'nin"
        assert turkish.inflect({"nom": "Washington"}, ["dat"], "Vaşington") == "Washington'a"

    def test_numbers_are_harmonised_as_said(self):
        assert turkish.inflect({"nom": "Uçuş 752"}, ["gen"], None) == "Uçuş 752'nin"

    def test_written_form_wins_over_the_rule(self):
        forms = {"nom": "Nusra Cephesi", "dat": "Nusra Cephesi'ne"}
        assert turkish.inflect(forms, ["dat"], None) == "Nusra Cephesi'ne"
        assert turkish.inflect(forms, ["gen"], None) == "Nusra Cephesi'nin"

    def test_one_case_per_name(self):
        assert turkish.check_tokens(["gen", "dat"]) == "a Turkish name takes one case suffix"


class TestArabic:
    def test_proclitics_join_the_name(self):
        assert arabic.inflect({"nom": "طهران"}, ["bi"], None) == "بطهران"
        assert arabic.inflect({"nom": "الأسد"}, ["wa"], None) == "والأسد"

    def test_lam_swallows_the_alef_of_the_article(self):
        assert arabic.inflect({"nom": "الأسد"}, ["li"], None) == "للأسد"
        assert arabic.inflect({"nom": "الولايات المتحدة"}, ["wa", "li"], None) == "وللولايات المتحدة"
        assert arabic.inflect({"nom": "إيران"}, ["li"], None) == "لإيران"

    def test_a_joining_proclitic_is_stretched_before_a_name_in_latin_letters(self):
        assert arabic.inflect({"nom": "Meta"}, ["li"], None) == "لـMeta"
        assert arabic.inflect({"nom": "Intel"}, ["wa", "bi"], None) == "وبـIntel"
        assert arabic.inflect({"nom": "Kaspersky Lab"}, ["ka"], None) == "كـKaspersky Lab"
        assert arabic.inflect({"nom": "Google"}, ["wa"], None) == "وGoogle"  # و joins no next letter
        assert arabic.inflect({"nom": "Google"}, ["fa"], None) == "فـGoogle"

    def test_a_proclitic_joins_a_name_opening_with_a_letter_of_any_arabic_script_block(self):
        extended_a = "\u08a4يكتور"  # Arabic Extended-A: feh with a dot below and three dots above
        assert arabic.inflect({"nom": extended_a}, ["li"], None) == "ل" + extended_a
        extended_b = "\u0886يكتور"  # Arabic Extended-B: thin yeh
        assert arabic.inflect({"nom": extended_b}, ["bi"], None) == "ب" + extended_b
        presentation_form = "\ufed7\ufe8e\ufeb3\ufee4\ufef2"  # قاسمي in presentation forms
        assert arabic.inflect({"nom": presentation_form}, ["bi"], None) == "ب" + presentation_form
        assert arabic.inflect({"nom": "طهران"}, ["li"], None) == "لطهران"  # an Arabic letter joins it

    def test_conjunction_before_preposition(self):
        assert arabic.check_tokens(["wa", "bi"]) is None
        assert arabic.check_tokens(["bi", "wa"]) == "write wa/fa before bi/li/ka (e.g. wa+bi)"
        assert arabic.check_tokens(["bi", "li"]) == "at most one of wa/fa and one of bi/li/ka"


class TestPersian:
    def test_ezafe_is_written_only_after_vowels(self):
        assert persian.inflect({"nom": "آنکارا"}, ["ez"], None) == "آنکارای"
        assert persian.inflect({"nom": "مسکو"}, ["ez"], None) == "مسکوی"
        assert persian.inflect({"nom": "ترکیه"}, ["ez"], None) == "ترکیه\u200cی"
        assert persian.inflect({"nom": "تهران"}, ["ez"], None) == "تهران"

    def test_zwnj_inside_names_is_kept(self):
        assert persian.inflect({"nom": "علی خامنه\u200cای"}, [], None) == "علی خامنه\u200cای"


class TestRussian:
    def test_case_forms_come_from_the_glossary(self):
        forms = {
            "nom": "Мамлюк",
            "gen": "Мамлюка",
            "dat": "Мамлюку",
            "acc": "Мамлюка",
            "ins": "Мамлюком",
            "prep": "Мамлюке",
        }
        assert russian.inflect(forms, ["ins"], None) == "Мамлюком"
        assert russian.inflect(forms, [], None) == "Мамлюк"

    def test_indeclinable_names_stay_the_same(self):
        assert russian.inflect({"nom": "Сулеймани"}, ["gen"], None) == "Сулеймани"


def test_seed_editions_are_grammatical_in_context(seed_editions):
    text = {code: {s.source.id: s.text for s in e.segments} for code, e in seed_editions.items()}
    # ru: agent of a passive in the instrumental; "in" + prepositional; "to" + accusative
    assert "президентами Путиным и Эрдоганом" in text["ru"]["6.2"]
    assert text["ru"]["2.1"].startswith("В Тегеране и Москве")
    assert "в Тегеран прилетела" in text["ru"]["4.4"]
    assert "влиятельного генерала Али Мамлюка" in text["ru"]["4.4"]
    # tr: "Erdoğan's saviour": genitive after an apostrophe
    assert "Erdoğan'ın" in text["tr"]["9.1"]
    # ar: "and Moscow" takes the proclitic و
    assert "وموسكو" in text["ar"]["2.1"]
    # fa: Persian letters and ZWNJ, never Arabic ي/ك
    assert "خامنه\u200cای" in text["fa"]["4.1"]
    assert not any(ch in "يك" for ch in "".join(text["fa"].values()))


@pytest.mark.parametrize(
    "language, segment, phrase",
    [
        # Russian: "in" + prepositional, "to" + accusative, agent of a passive in the instrumental
        ("ru", "2.1", "В Тегеране и Москве"),
        ("ru", "4.4", "в Тегеран прилетела"),
        ("ru", "6.2", "президентами Путиным и Эрдоганом"),
        # Turkish: ablative and dative of motion, genitive before "da", genitive of possession
        ("tr", "5.3", "Tahran'dan Moskova'ya uçtu"),
        ("tr", "4.4", "Tahran'a geldi"),
        ("tr", "5.3", "Fidan'ın da katıldığı"),
        ("tr", "9.1", "Erdoğan'ın kurtarıcısı"),
        # Arabic: the conjunction and the preposition joined to the name
        ("ar", "6.2", "الرئيسان بوتين وأردوغان"),
        ("ar", "1.1", "إيران وروسيا"),
        ("ar", "2.2", "بإقليم كردستان العراق"),
        # Persian: names in ezafe chains and with ZWNJ kept
        ("fa", "4.4", "وارد تهران شد"),
        ("fa", "6.2", "پوتین و اردوغان"),
        ("fa", "4.1", "خامنه\u200cای"),
    ],
)
def test_names_in_the_seed_editions_take_the_grammar_of_their_sentence(seed_editions, language, segment, phrase):
    text = {s.source.id: s.text for s in seed_editions[language].segments}[segment]
    assert phrase in text


@pytest.mark.parametrize(
    "suffix, case",
    [
        ("ın", "gen"),
        ("nin", "gen"),
        ("yı", "acc"),
        ("e", "dat"),
        ("ya", "dat"),
        ("ta", "loc"),
        ("den", "abl"),
        ("yle", "ins"),
        ("la", "ins"),
        ("dır", None),
    ],
)
def test_turkish_suffixes_are_read_back_into_cases(suffix, case):
    assert turkish.case_of_suffix(suffix) == case


@pytest.mark.parametrize(
    "word, name, added",
    [
        ("رئيسا", "روسيا", True),  # "president", whose key is روسيا's
        ("رئيسيا", "روسيا", True),  # "main"
        ("العائلي", "علي", True),  # "family", not a spelling of the first name
        ("ايران", "إيران", False),  # the name's hamza dropped: a misspelling still
        ("خامنئى", "خامنئي", False),  # the name has its own hamza
        ("سورية", "سوريا", False),
    ],
)
def test_arabic_misspellings_of_a_name_add_no_hamza(word, name, added):
    assert arabic.NAMES.letters_no_misspelling_adds(word, name) is added
