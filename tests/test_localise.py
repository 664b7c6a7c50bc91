import pytest

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import Localiser


def localise(code, text, digits="cldr"):
    return "".join(p.text for p in Localiser(language(code), digits).localise([Piece(text)]))


def test_digits_follow_cldr_default_numbering():
    assert localise("fa", "در سال 2018") == "در سال ۲۰۱۸"
    assert localise("ar", "عام 2018") == "عام 2018"
    assert localise("ru", "в 2018 году") == "в 2018 году"


def test_newsroom_may_choose_native_or_western_digits():
    assert localise("ar", "عام 2018", digits="native") == "عام ٢٠١٨"
    assert localise("fa", "سال 2018", digits="latn") == "سال 2018"


def test_quotes_become_the_locale_marks():
    assert localise("ru", 'так называемой "зоны"') == "так называемой «зоны»"
    assert localise("tr", '"Anadolu Kurdu"') == "“Anadolu Kurdu”"
    assert localise("fa", '"گرگ"') == "«گرگ»"


def test_quote_pairs_span_pieces_of_one_segment():
    pieces = Localiser(language("ru")).localise([Piece('с "'), Piece("Волком", "wolf"), Piece('" Анатолии')])
    assert "".join(p.text for p in pieces) == "с «Волком» Анатолии"
    assert pieces[1].entry_id == "wolf"


def test_arabic_script_punctuation_but_not_inside_numbers():
    assert localise("ar", "طهران, موسكو; لماذا?") == "طهران، موسكو؛ لماذا؟"
    assert localise("ar", "1,000") == "1,000"
    assert localise("tr", "Tahran, Moskova") == "Tahran, Moskova"


def test_western_digits_reads_every_script_s_decimal_digits_and_leaves_everything_else():
    from toolkit.localise import western_digits

    assert western_digits("۱۳۹۸ و ٢٠٢٠ and १२ or ๓") == "1398 و 2020 and 12 or 3"
    assert western_digits("Мосul 2020, «12», ½ ² Ⅻ") == "Мосul 2020, «12», ½ ² Ⅻ"  # not decimal digits: kept
    assert western_digits("") == "" and western_digits("plain 42") == "plain 42"


LRI, PDI = "\u2066", "\u2069"


def test_a_web_address_in_right_to_left_text_is_one_left_to_right_run_written_as_it_is():
    assert (
        localise("ar", "اقرأ البيان على https://example.com/statement?id=3&lang=ar, ثم علّق.")
        == f"اقرأ البيان على {LRI}https://example.com/statement?id=3&lang=ar{PDI}، ثم علّق."
    )
    assert localise("fa", "نشانی www.example.ir/news/2024 است؟") == f"نشانی {LRI}www.example.ir/news/2024{PDI} است؟"


def test_an_address_keeps_its_own_digits_and_punctuation_while_the_sentence_takes_the_locale_s():
    assert (
        localise("fa", "در سال 2024 به press2024@example.org نامه بنویسید; یا https://x.org/a?p=7")
        == f"در سال ۲۰۲۴ به {LRI}press2024@example.org{PDI} نامه بنویسید؛ یا {LRI}https://x.org/a?p=7{PDI}"
    )
    assert localise("ar", "الرقم 3 في https://x.org/٣", digits="native") == f"الرقم ٣ في {LRI}https://x.org/٣{PDI}"


def test_the_sentence_s_closing_punctuation_and_brackets_stay_outside_the_address():
    assert (
        localise("ar", "(انظر https://en.wikipedia.org/wiki/Idlib_(city)).")
        == f"(انظر {LRI}https://en.wikipedia.org/wiki/Idlib_(city){PDI})."
    )
    assert localise("fa", '"https://x.org/a"') == f"«{LRI}https://x.org/a{PDI}»"


def test_addresses_in_left_to_right_editions_are_left_as_they_are():
    assert localise("ru", 'см. "https://example.com/a?b=1,2"') == "см. «https://example.com/a?b=1,2»"
    assert localise("tr", "yaz: basin@example.com.tr.") == "yaz: basin@example.com.tr."


def test_codes_in_latin_letters_keep_western_digits_and_are_one_left_to_right_run():
    assert localise("fa", "سطح CO2 و 13 فروند F-16 در 2024") == f"سطح {LRI}CO2{PDI} و ۱۳ فروند {LRI}F-16{PDI} در ۲۰۲۴"
    assert localise("ar", "شبكات 5G وطائرات A320", digits="native") == f"شبكات {LRI}5G{PDI} وطائرات {LRI}A320{PDI}"
    assert localise("fa", "واکسن COVID-۱۹") == f"واکسن {LRI}COVID-19{PDI}"  # the model's Persian digits, made 0-9


@pytest.mark.timeout(20)  # the hang guard: read in quadratic time, each took minutes
@pytest.mark.parametrize("run", ["a-" * 100_000, "1-a" * 70_000, "user.name" * 25_000, "a%" * 100_000])
def test_a_paragraph_that_is_one_long_run_of_code_or_address_characters_is_localised_in_one_reading(run):
    # a pasted table or a hostile article: no space, nothing that ends it
    assert localise("fa", f"متن {run} پایان").startswith("متن ")


@pytest.mark.timeout(20)  # the hang guard: each digit of a long number began a new reading of the rest of it
@pytest.mark.parametrize("code", ["ar", "fa", "ru", "tr"])
def test_a_very_long_number_is_localised_in_one_reading(code):
    number = "7" * 200_000
    localised = localise(code, f"x {number} y", digits="native")
    assert len(localised) < 2 * len(number)  # every digit once, however the edition writes it


@pytest.mark.timeout(20)
def test_an_address_followed_by_a_long_run_of_closing_brackets_is_read_once():
    run = "https://example.org/a" + "(" * 200_000 + "b" + ")" * 200_000
    assert localise("fa", f"متن {run} پایان").endswith(" پایان")


def test_a_dotted_abbreviation_keeps_its_own_last_dot_inside_its_isolate():
    # mid-sentence the dot is the abbreviation's: outside, the bidi algorithm would show it on the far side
    assert localise("ar", "قال مبعوث U.N. إن الهدنة صامدة") == f"قال مبعوث {LRI}U.N.{PDI} إن الهدنة صامدة"
    assert localise("fa", "دیدار با J.D. ونس") == f"دیدار با {LRI}J.D.{PDI} ونس"
    # the dot that ends the sentence is its full stop, and a word's dot (Apple.) is never an abbreviation's
    assert localise("ar", "التقى مع U.N.") == f"التقى مع {LRI}U.N{PDI}."
    assert localise("ar", "شركة Apple. ثم") == f"شركة {LRI}Apple{PDI}. ثم"
