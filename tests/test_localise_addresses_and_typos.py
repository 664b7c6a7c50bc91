"""An address is written as it is only when it is one: a scheme, www., a mail address, or a name ending in a real
top-level domain (a generic one or a country's), with or without a path. A file's name with a known extension is
written as it is too, as code. Two words a typo joined with a full stop (stopped.we, e.g.the, said.in) are text: the
model translates them, the locale's digits and punctuation apply, and a Latin word left in them is flagged."""

import pytest

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import LRI, PDI, Localiser, addresses, verbatim_runs
from toolkit.translate.markers import runs_missing


def found(text):
    return [text[start:end] for start, end in addresses(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The talks stopped.we said no more.",
        "Bring the notes, e.g.the minutes.",
        "The minister said.in the end it failed.",
        "That was the end.it was over.",
        "He left early.so the vote waited.",
        "Ask Mr.Smith and St.Petersburg officials about the U.S. plan.",
    ],
)
def test_two_words_a_typo_joined_with_a_full_stop_are_no_address(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Figures at afad.gov.tr show it.", "afad.gov.tr"),
        ("TankerTrackers.com counted the ships.", "TankerTrackers.com"),
        ("The Kremlin posted on kremlin.ru today.", "kremlin.ru"),
        ("Read it at bbc.co.uk/news now.", "bbc.co.uk/news"),
        ("The link cnn.it/3xYzQ spread.", "cnn.it/3xYzQ"),
        ("Watch youtu.be/dQw4w9 again.", "youtu.be/dQw4w9"),
        ("Join t.me/news_channel for updates.", "t.me/news_channel"),
        ("Serbia's b92.rs reported it.", "b92.rs"),
        ("Write to press@mfa.gov.in today.", "press@mfa.gov.in"),
        ("See www.gov.it for the rules.", "www.gov.it"),
    ],
)
def test_an_address_with_a_real_domain_a_path_a_scheme_or_www_is_kept(text, address):
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Run script.py to rebuild it.", "script.py"),
        ("The data is in budget_2024.xlsx now.", "budget_2024.xlsx"),
        ("Download report-final.pdf and read it.", "report-final.pdf"),
        ("Open results.csv in a spreadsheet.", "results.csv"),
    ],
)
def test_a_file_s_name_with_a_known_extension_is_written_as_it_is(text, name):
    assert found(text) == [name]


def test_a_typo_is_text_the_model_sees_and_a_file_s_name_is_hidden_from_it_and_kept():
    source = "The talks stopped.we said, see budget_2024.xlsx."
    assert [source[start:end] for start, end in verbatim_runs(source)] == ["budget_2024.xlsx"]
    # a translation that dropped the typo's words is no lost run; one that dropped the file's name is
    assert runs_missing(source, "Переговоры прекратились, мы сказали, см. budget_2024.xlsx.") == []
    assert runs_missing(source, "Переговоры прекратились, мы сказали.") == ["budget_2024.xlsx"]


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_in_right_to_left_text_a_file_s_name_is_one_left_to_right_run_with_its_own_digits(code):
    text = "".join(p.text for p in Localiser(language(code)).localise([Piece("الملف budget_2024.xlsx جاهز")]))
    assert f"{LRI}budget_2024.xlsx{PDI}" in text


# a hang guard only (speed is measured in bench/, never in a timed test): read in linear time, these inputs
# take a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "hostile",
    ["a" * 20_000, "a." * 10_000, "x.pdf" * 4_000, "stopped.it " * 1_800, ("a" * 99 + ".") * 200, "_" * 20_000],
)
def test_twenty_thousand_characters_of_dotted_words_are_read_in_linear_time(hostile):
    text = hostile[:20_000]
    assert verbatim_runs(text) == []  # no file name, address or code among them


@pytest.mark.parametrize(
    "text",
    [
        "See https://en.wikipedia.org/wiki/Idlib_(city) and ftp://files.example.org/a.txt.",
        "sftp://host/x and http://10.0.0.1:8080/path?q=1,2 or https://пример.рф/путь",
        "www.é-news.com, www.-odd.org and www.gov.it/rules",
        "Mail press@mfa.gov.in, a.b+c@x-y.co.uk or «info@iran.ir».",
        "afad.gov.tr, bbc.co.uk/news, cnn.it/3xYzQ, t.me/news_channel, b92.rs, xn--p1ai.xn--p1ai",
        "script.py, budget_2024.xlsx, report-final.pdf, archive.7z, track.mp3, a.tar.gz",
        "طالع الموقع www.aljazeera.net أو راسل news@bbc.co.uk، وشاهد https://t.me/x؟",
    ],
)
def test_every_address_holds_what_the_quick_scan_before_the_address_pattern_looks_for(text):
    from toolkit.localise import _ADDRESS, _ADDRESS_HINT

    matches = list(_ADDRESS.finditer(text))
    assert matches
    for match in matches:  # else a text holding only that address would be passed over
        assert _ADDRESS_HINT.search(match.group()), match.group()


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Russia held talks in Tehran on Monday. They ended late.",
        "Россия и Турция договорились. Переговоры продолжатся.",
        "Fiyatlar %12 arttı; 3,5 milyon kişi etkilendi.",
        "The U.S . plan, 2 . 5 %, a @ sign alone: and :// nothing else",
    ],
)
def test_sentences_and_stray_signs_without_an_address_have_none(text):
    from toolkit.localise import _ADDRESS

    assert found(text) == [] == [m.group() for m in _ADDRESS.finditer(text)]
