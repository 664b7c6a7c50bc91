"""Which stretches of a right-to-left translation the DOCX writer sets as left-to-right runs: an isolated or
marked span that holds no Arabic-script letter (its Arabic-Indic and Persian digits and signs may stand in it),
or a Latin word."""

import pytest

from toolkit.publish import word


def spans(text: str) -> list[str]:
    return [match.group() for match in word._LTR_SPAN.finditer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قال \u2066Reuters\u2069 أمس", ["\u2066Reuters\u2069"]),
        ("نسبة \u2066٢٫٥٪\u2069 فقط", ["\u2066٢٫٥٪\u2069"]),  # Arabic-Indic digits and signs stay in the span
        ("عدد \u2066۱۲\u2069 نفر", ["\u2066۱۲\u2069"]),  # Persian digits too
        ("\u200e+3\u200e درجة", ["\u200e+3\u200e"]),
        ("\u2066ab ت\u2069", ["ab"]),  # an Arabic letter inside: no span, the Latin word alone
        ("\u2066ab \u0870\u2069", ["ab"]),  # a letter of Arabic Extended-B is a letter of the script too
        ("\u2066ab \ufeb3\u2069", ["ab"]),  # and a presentation form copied from a PDF
    ],
)
def test_an_isolated_span_is_left_to_right_only_without_arabic_script_letters(text, expected):
    assert spans(text) == expected


def test_ranges_less_some_characters_keep_the_rest_of_every_range():
    kept = word._ranges_without("\u0600-\u06ff\u0870-\u089f", "\u0660-\u0669\u066a-\u066c")
    allowed = {chr(c) for c in range(0x0600, 0x0700)} | {chr(c) for c in range(0x0870, 0x08A0)}
    inside = {chr(c) for a, b in zip(kept[::3], kept[2::3]) for c in range(ord(a), ord(b) + 1)}
    assert inside == allowed - {chr(c) for c in range(0x0660, 0x066D)}
