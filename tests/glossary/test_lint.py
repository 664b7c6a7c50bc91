"""Each lint rule: a bad glossary file and the exact message an editor sees."""

import textwrap

import pytest

from toolkit.glossary.load import check_glossary as check

ENTRY = """\
- id: fidan
  type: person
  en: {name: Hakan Fidan, short: Fidan, variants: [H. Fidan]}
  ar: {name: هاكان فيدان, short: فيدان}
  fa: {name: هاکان فیدان, short: فیدان}
  tr: {name: Hakan Fidan, short: Fidan}
  ru: {name: Хакан Фидан, short: Фидан, indeclinable: true}
"""


def findings(tmp_path, text, name="people.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    _, found = check([tmp_path])
    return [str(f).replace(str(path), "FILE") for f in found]


def test_clean_entry_has_no_findings(tmp_path):
    assert findings(tmp_path, ENTRY) == []


def test_project_glossaries_are_clean():
    _, found = check(["glossaries"])
    assert [str(f) for f in found] == []


@pytest.mark.parametrize(
    "old, new, expected",
    [
        # wrong script
        (
            "ru: {name: Хакан Фидан,",
            "ru: {name: Hakan Фидан,",
            "FILE:7:14: error: fidan: ru.name contains Latin letters: 'Hakan Фидан'\n"
            "  fix: write the Cyrillic rendering, or check for look-alike letters",
        ),
        (
            "ru: {name: Хакан Фидан,",
            "ru: {name: Хакaн Фидан,",  # Latin a inside a Cyrillic word
            "FILE:7:14: error: fidan: ru.name mixes Latin and Cyrillic letters in 'Хакaн'\n"
            "  fix: retype the word in one alphabet (look-alikes such as a/а, e/е, o/о, c/с, p/р)",
        ),
        (
            "fa: {name: هاکان فیدان,",
            "fa: {name: هاكان فيدان,",
            "FILE:5:14: error: fidan: fa.name uses Arabic ي/ك in Persian: 'هاكان فيدان'\n"
            "  fix: use Persian ی (U+06CC) and ک (U+06A9)",
        ),
        (
            "ar: {name: هاكان فيدان,",
            "ar: {name: هاکان فیدان,",
            "FILE:4:14: error: fidan: ar.name uses Persian ی/ک in Arabic: 'هاکان فیدان'\n"
            "  fix: use Arabic ي (U+064A) and ك (U+0643)",
        ),
        (
            "ar: {name: هاكان فيدان,",
            "ar: {name: Hakan فيدان,",
            "FILE:4:14: error: fidan: ar.name contains Latin letters: 'Hakan فيدان'\n"
            "  fix: write the Arabic-script rendering, or check for look-alike letters",
        ),
        # spaces and invisible characters
        (
            "tr: {name: Hakan Fidan,",
            "tr: {name: 'Hakan Fidan ',",
            "FILE:6:14: error: fidan: tr.name has leading or trailing spaces: 'Hakan Fidan '\n"
            "  fix: remove the spaces at the start and end",
        ),
        (
            "tr: {name: Hakan Fidan,",
            "tr: {name: Hakan  Fidan,",
            "FILE:6:14: error: fidan: tr.name has a double space: 'Hakan  Fidan'\n  fix: use single spaces",
        ),
        (
            "tr: {name: Hakan Fidan,",
            "tr: {name: Hakan\u200bFidan,",
            "FILE:6:14: error: fidan: tr.name contains an invisible zero-width space (U+200B)\n"
            "  fix: delete it (retype the word if you cannot see it)",
        ),
        (
            "ar: {name: هاكان فيدان,",
            "ar: {name: هاكان \u200fفيدان,",
            "FILE:4:14: error: fidan: ar.name contains an invisible right-to-left mark (U+200F)\n"
            "  fix: delete it (retype the word if you cannot see it)",
        ),
        # ZWNJ
        (
            "ar: {name: هاكان فيدان,",
            "ar: {name: هاكان فيد\u200cان,",
            "FILE:4:14: error: fidan: ar.name contains a zero-width non-joiner (U+200C), which only Persian uses\n"
            "  fix: delete it",
        ),
        (
            "fa: {name: هاکان فیدان,",
            "fa: {name: هاکان \u200cفیدان,",
            "FILE:5:14: error: fidan: fa.name has a zero-width non-joiner at the edge of a word\n"
            "  fix: delete it: a ZWNJ belongs between two letters of one word",
        ),
        (
            "fa: {name: هاکان فیدان,",
            "fa: {name: هاکان فی\u200c\u200cدان,",
            "FILE:5:14: error: fidan: fa.name has two zero-width non-joiners in a row\n  fix: keep one",
        ),
        (
            "fa: {name: هاکان فیدان,",
            "fa: {name: هاکان فید\u200cان,",
            "FILE:5:14: warning: fidan: fa.name has a zero-width non-joiner after د, a letter that never joins "
            "(it does nothing there)\n  fix: delete it",
        ),
        # Turkish dotted and dotless i
        (
            "tr: {name: Hakan Fidan,",
            "tr: {name: Hakan FIdan,",
            "FILE:6:14: error: fidan: tr.name: capital I/İ inside 'FIdan'\n  fix: use the lowercase ı or i",
        ),
        (
            "tr: {name: Hakan Fidan,",
            "tr: {name: HAKAN FiDAN,",
            "FILE:6:14: error: fidan: tr.name: lowercase ı/i inside the capitals of 'FiDAN'\n  fix: use I or İ",
        ),
        (
            "tr: {name: Hakan Fidan,",
            "tr: {name: Hakan Fidi\u0307n,",
            "FILE:6:14: error: fidan: tr.name has a combining dot above (a sign of lowercasing İ the English way): "
            "'Hakan Fidi\u0307n'\n  fix: write i or İ directly",
        ),
        (
            "tr: {name: Hakan Fidan,",
            "tr: {name: Hakan Idlib,",
            "FILE:6:14: warning: fidan: tr.name: 'Idlib' starts with dotless I before front vowels\n"
            "  fix: write İdlib if the word is said with i (İdlib, İzmir)",
        ),
        # forbidden variants and missing languages
        (
            "tr: {name: Hakan Fidan, short: Fidan}",
            "tr: {name: Hakan Fidan, short: Fidan, forbidden: [Fidan]}",
            "FILE:6:34: error: fidan: tr.short 'Fidan' is also listed as forbidden\n"
            "  fix: remove it from one of the two lists",
        ),
        (
            "  ar: {name: هاكان فيدان, short: فيدان}\n",
            "",
            "FILE:1:3: error: fidan: has no 'ar' rendering\n  fix: add ar: {name: ...} to the entry",
        ),
        (
            "tr: {name: Hakan Fidan, short: Fidan}",
            "tr: {name: Hakan Fidan}",
            "FILE:6:7: warning: fidan: has an English short form ('Fidan') but no 'tr.short'\n"
            "  fix: add short: ... under tr",
        ),
    ],
)
def test_rule(tmp_path, old, new, expected):
    assert old in ENTRY
    assert findings(tmp_path, ENTRY.replace(old, new)) == [expected]


RU_LINE = "  ru: {name: Хакан Фидан, short: Фидан, indeclinable: true}\n"


@pytest.mark.parametrize(
    "note, shown",
    [
        ("Met\\vFidan", "the control character U+000B"),  # XML cannot hold it: TBX export ended in a traceback
        ("Met\\x01Fidan", "the control character U+0001"),
        ("Met\\uFFFEFidan", "the control character U+FFFE"),
        ("Met \\u202eFidan", "an invisible RTL override (U+202E)"),
    ],
)
def test_a_note_with_a_character_other_tools_refuse_is_an_error_at_the_note(tmp_path, note, shown):
    text = ENTRY.replace(RU_LINE, RU_LINE + f'  note: "{note}"\n')
    assert findings(tmp_path, text) == [
        f"FILE:8:9: error: fidan: note contains {shown}\n  fix: delete it (retype the word if you cannot see it)"
    ]


def test_a_note_over_several_lines_with_tabs_and_persian_joiners_is_fine(tmp_path):
    text = ENTRY.replace(RU_LINE, RU_LINE + '  note: "Foreign minister.\\n\\tSee: هاکان\u200cفیدان"\n')
    assert findings(tmp_path, text) == []


def test_one_spelling_claimed_by_two_entries(tmp_path):
    other = ENTRY.replace("id: fidan", "id: fidan-junior").replace("variants: [H. Fidan]", "variants: [Fidan]")
    other = other.replace("short: Fidan, ", "")
    result = findings(tmp_path, ENTRY + other.replace("en: {name: Hakan Fidan,", "en: {name: Hakan Fidan Jr,"))
    assert result == [
        "FILE:10:41: error: fidan-junior: the spelling 'Fidan' is also claimed by fidan (FILE:1:3)\n"
        "  fix: keep the spelling in one entry only"
    ]


COMMON_FIX = (
    "  fix: write the name as articles spell it (a one-word name in capitals, such as US, is kept), or remove "
    "this spelling"
)


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "en: {name: Hakan Fidan, short: Fidan,",
            "en: {name: Hakan Fidan, short: The,",
            "FILE:3:34: error: fidan: en.short 'The' is a common English word, which nearly every sentence holds: "
            "each would be taken for this name",
        ),
        (
            "variants: [H. Fidan]",
            "variants: [H. Fidan, A]",
            "FILE:3:62: error: fidan: en.variants.1 'A' is a common English word, which nearly every sentence "
            "holds: each would be taken for this name",
        ),
        (
            "variants: [H. Fidan]",
            "variants: [H. Fidan, of]",
            "FILE:3:62: error: fidan: en.variants.1 'of' is a common English word, which nearly every sentence "
            "holds: each would be taken for this name",
        ),
        (
            "en: {name: Hakan Fidan,",
            "en: {name: It,",
            "FILE:3:14: error: fidan: en.name 'It' is a common English word, which nearly every sentence holds: "
            "each would be taken for this name",
        ),
    ],
    ids=["a short form The", "a one-letter variant A", "a preposition", "a pronoun as the name"],
)
def test_an_english_spelling_that_is_one_common_word_is_refused(tmp_path, old, new, expected):
    found = findings(tmp_path, ENTRY.replace(old, new))
    assert [f for f in found if "common English word" in f] == [f"{expected}\n{COMMON_FIX}"]


@pytest.mark.parametrize(
    "old, new",
    [
        ("variants: [H. Fidan]", "variants: [H. Fidan, US]"),  # a name in capitals, though 'us' is a pronoun
        ("variants: [H. Fidan]", "variants: [H. Fidan, IT]"),
        ("variants: [H. Fidan]", "variants: [H. Fidan, X]"),  # a one-letter name that is no common word
        ("variants: [H. Fidan]", "variants: [H. Fidan, The Hague]"),  # a common word inside a longer name
        ("short: Fidan,", "short: May,"),  # a surname that is also a verb
    ],
    ids=["US", "IT", "X", "The Hague", "May"],
)
def test_a_name_in_capitals_or_of_several_words_is_no_common_word(tmp_path, old, new):
    assert not [f for f in findings(tmp_path, ENTRY.replace(old, new)) if "common English word" in f]
