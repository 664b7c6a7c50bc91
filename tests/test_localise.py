import pytest

from toolkit.document import Piece
from toolkit.formatting import CODE, Format
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


def test_a_name_with_initials_is_one_left_to_right_run():
    # apart, "J.D." and "Vance" would be two neutrals of the right-to-left line, shown as "Vance J.D."
    assert localise("ar", "قال J.D. Vance إن") == f"قال {LRI}J.D. Vance{PDI} إن"
    assert localise("fa", "ارتش U.S. Army امروز") == f"ارتش {LRI}U.S. Army{PDI} امروز"
    # a full stop after a word that is no initial ends its run, and so does one before an Arabic word
    assert localise("fa", "خبرگزاری Reuters. Then") == f"خبرگزاری {LRI}Reuters{PDI}. {LRI}Then{PDI}"


def marked(code, pieces):
    """The texts of ``pieces`` (text, or (text, name id)) as a right-to-left edition writes them."""
    written = Localiser(language(code)).localise(
        [Piece(*piece) if isinstance(piece, tuple) else Piece(piece) for piece in pieces]
    )
    return [piece.text for piece in written]


@pytest.mark.parametrize(
    ("code", "pieces", "expected"),
    [
        # two names in Latin letters side by side: one run, or the line shows "Pro iPad"
        (
            "fa",
            ["مدل‌های ", ("iPad", "ipad"), " ", ("Pro", "pro"), " 10 را"],
            ["مدل‌های ", f"{LRI}iPad", " ", "Pro", f" ۱۰{PDI} را"],
        ),
        (
            "ar",
            ["من ", ("Energy", "energy"), " ", ("Aspects", "aspects"), "، التي"],
            ["من ", f"{LRI}Energy", " ", f"Aspects{PDI}", "، التي"],
        ),
        # a name and the words after it in one piece
        ("ar", ["و", ("iPhone", "iphone"), " X كهاتف"], ["و", f"{LRI}iPhone", f" X{PDI} كهاتف"]),
        # a bold or linked word beside plain Latin words
        ("fa", ["از ", "Citizen", " Lab گفت"], ["از ", f"{LRI}Citizen", f" Lab{PDI} گفت"]),
        # an Arabic word between them parts them
        ("ar", [("Apple", "apple"), " و", ("Google", "google")], [f"{LRI}Apple{PDI}", " و", f"{LRI}Google{PDI}"]),
    ],
)
def test_a_latin_phrase_over_several_pieces_is_one_left_to_right_run(code, pieces, expected):
    assert marked(code, pieces) == expected


def test_inline_code_and_an_address_keep_their_own_runs_beside_latin_words():
    localised = Localiser(language("ar")).localise(
        [Piece("شغّل "), Piece("make all", formats=frozenset({Format(CODE)})), Piece(" في Terminal أو www.x.org اليوم")]
    )
    assert [piece.text for piece in localised] == [
        "شغّل ",
        f"{LRI}make all{PDI}",
        f" في {LRI}Terminal{PDI} أو {LRI}www.x.org{PDI} اليوم",
    ]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("ar", "نشر البيان على afad.gov.tr.", f"نشر البيان على {LRI}afad.gov.tr{PDI}."),
        ("fa", "در citizenlab.ca/2023/09/blast بخوانید", f"در {LRI}citizenlab.ca/2023/09/blast{PDI} بخوانید"),
        ("ar", "وفق موقع TankerTrackers.com، ارتفعت", f"وفق موقع {LRI}TankerTrackers.com{PDI}، ارتفعت"),
        # its digits and punctuation are the address's, in any edition
        (
            "ru",
            "Данные на tass.ru/ekonomika/123,456 и kremlin.ru.",
            "Данные на tass.ru/ekonomika/123,456 и kremlin.ru.",
        ),
        ("tr", "Ayrıntılar aa.com.tr'de.", "Ayrıntılar aa.com.tr'de."),
    ],
)
def test_a_bare_web_address_is_written_as_it_is(code, text, expected):
    assert localise(code, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the U.S. and St.Petersburg",  # capitals: abbreviations and names, no domains
        "e.g. this, i.e. that",
        "version 1.2.3 and 3.5.tr",  # a domain's first part has a letter
    ],
)
def test_abbreviations_and_numbers_are_no_web_addresses(text):
    from toolkit.localise import addresses

    assert addresses(text) == []


# a hang guard only (speed is measured in bench/, never in a timed test): read in linear time, these inputs
# take a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "a." * 10_000,
        ("ab-" * 20 + "c.") * 300,
        "abc.def" * 3_000,
        "a" + "-" * 20_000,
        "a" * 20_000 + ".com",
        "ab.cd." * 3_333 + "1",
        "x.y/" * 5_000,
    ],
)
def test_bare_web_addresses_are_found_in_linear_time(text):
    from toolkit.localise import addresses

    assert addresses(text) == []  # no real domain ends any of them


# a hang guard only (speed is measured in bench/, never in a timed test): read in linear time, these inputs
# take a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    ["J. " * 7_000, "A.B. " * 4_000, "ب A" * 7_000, "iPad " * 4_000],
)
def test_left_to_right_runs_over_pieces_are_found_in_linear_time(text):
    pieces = [Piece(text[i : i + 1000], "name" if i % 2000 else None) for i in range(0, len(text), 1000)]
    localised = "".join(piece.text for piece in Localiser(language("fa")).localise(pieces))
    assert localised.replace(LRI, "").replace(PDI, "") == text  # only isolates added, the text whole


@pytest.mark.parametrize(
    "written, published",
    [
        ("كتاب علي را خواندم.", "کتاب علی را خواندم."),  # Arabic kaf and yeh from an Arabic keyboard or a model
        ("او به كرمانشاه رفت و در آنجا ماند.", "او به کرمانشاه رفت و در آنجا ماند."),
        ("مصطفى گفت حتى يك روز كافي نيست.", "مصطفی گفت حتی یک روز کافی نیست."),  # alef maksura: ی in Persian
        ("می‌خواهيم", "می‌خواهیم"),  # the zero-width non-joiner kept
    ],
)
def test_persian_is_written_with_persian_kaf_and_yeh(written, published):
    assert localise("fa", written) == published


def test_persian_letters_stay_arabic_where_the_text_is_written_as_it_is():
    # a hashtag and inline code are as their author wrote them
    assert localise("fa", "برچسب #سوريا در علي") == "برچسب #سوريا در علی"
    pieces = Localiser(language("fa")).localise([Piece("کد "), Piece("علي", formats=frozenset({Format(CODE)}))])
    assert "علي" in pieces[1].text


@pytest.mark.parametrize(
    "written, published",
    [
        # a slogan, a verse and a statement quoted in Arabic: Arabic letters, as quoted
        ("شعار «كلنا فداك يا نصر الله» سر دادند.", "شعار «كلنا فداك يا نصر الله» سر دادند."),
        ('آیه‌ی "إِنَّ اللَّهَ مَعَ الصَّابِرِينَ" را خواند.', "آیه‌ی «إِنَّ اللَّهَ مَعَ الصَّابِرِينَ» را خواند."),
        ("بیانیه نوشت: «هذه المرحلة الجديدة في المنطقة».", "بیانیه نوشت: «هذه المرحلة الجديدة في المنطقة»."),
        # the Persian words around it are Persian, typed on an Arabic keyboard or not
        ("مردم «لا شرقية ولا غربية» را فرياد زدند.", "مردم «لا شرقية ولا غربية» را فریاد زدند."),
        # a Persian quotation typed on an Arabic keyboard is Persian: its own letters and words say so
        ("او گفت «يك روز كافي نيست».", "او گفت «یک روز کافی نیست»."),
        ("او گفت «تيم مصطفى شب رسيد».", "او گفت «تیم مصطفی شب رسید»."),
        ("او گفت «این كار را در ايران كرديم».", "او گفت «این کار را در ایران کردیم»."),
        # ... with the signs and small words Persian writes too: tanwin on an adverb, shadda, یا "or", کل "whole"
        ("او گفت «لطفاً به ما كمك كنيد».", "او گفت «لطفاً به ما کمک کنید»."),
        ("او گفت «حتماً فردا مي آيد».", "او گفت «حتماً فردا می آید»."),
        ('او گفت "امروز يا فردا".', "او گفت «امروز یا فردا»."),
        ("او گفت «كل مردم آمدند».", "او گفت «کل مردم آمدند»."),
        ("او گفت «اوّل وزير آمد».", "او گفت «اوّل وزیر آمد»."),
        ("او گفت «فوراً با مدير تماس بگيريد».", "او گفت «فوراً با مدیر تماس بگیرید»."),
    ],
)
def test_an_arabic_quotation_in_persian_keeps_its_arabic_letters(written, published):
    assert localise("fa", written) == published


def test_arabic_keeps_its_kaf_and_yeh():
    assert localise("ar", "كتاب علي ومصطفى") == "كتاب علي ومصطفى"


@pytest.mark.parametrize(
    ("day", "written"),
    [
        ((1, 1, 1), "۱ ژانویهٔ ۱"),  # once written '۱۱ دی -۶۲۱', a Solar Hijri year below one
        ((621, 1, 1), "۱ ژانویهٔ ۶۲۱"),  # once '۱۱ دی -۱'
        ((622, 3, 20), "۲۰ مارس ۶۲۲"),  # the last day before the era: once '۲۹ اسفند ۰'
    ],
)
def test_a_persian_date_line_before_the_solar_hijri_era_is_written_in_the_gregorian_calendar(day, written):
    from datetime import date

    assert Localiser(language("fa")).format_date(date(*day), "persian") == written


@pytest.mark.parametrize(
    ("day", "written"),
    [((622, 3, 21), "۱ فروردین ۱"), ((2026, 11, 29), "۸ آذر ۱۴۰۵"), ((9999, 12, 31), "۱۰ دی ۹۳۷۸")],
)
def test_a_persian_date_line_from_the_era_on_is_solar_hijri(day, written):
    from datetime import date

    assert Localiser(language("fa")).format_date(date(*day), "persian") == written
