"""A word of an English article that mixes Latin letters with Cyrillic or Greek look-alikes ("Irаn" with a Cyrillic
а, "Erdоgan" with a Cyrillic о, from a spoofed wire story, an OCR tool or a keyboard left on Russian) looks right
but is another word: the glossary does not find the name in it, and the model translates it as something unknown.
Each such word is a warning naming the file, the line and column of the word (in a paragraph over several lines,
its own line), the look-alike letters, never an error, and the text is kept as written (which letter was meant is
for the desk to say)."""

import pytest

from toolkit.read import read_document

CYRILLIC_A, CYRILLIC_O, GREEK_O, CYRILLIC_ES = "\u0430", "\u043e", "\u03bf", "\u0441"


@pytest.mark.parametrize(
    ("suffix", "text", "line"),
    [
        ("txt", f"Talks resumed\n\nPresident Erdogan visited Ir{CYRILLIC_A}n on Monday.\n", "3:27"),
        (
            "md",
            f"# Talks resumed\n\nThe talks went on.\n\nPresident Erdogan visited Ir{CYRILLIC_A}n on Monday.\n",
            "5:27",
        ),
        (
            "html",
            f"<html><body><h1>Talks resumed</h1>\n<p>President Erdogan\nvisited Ir{CYRILLIC_A}n on Monday.</p></body></html>\n",
            "3:9",
        ),
        ("txt", f"Talks resumed\n\nPresident Erdogan\nmet the envoy\nand visited Ir{CYRILLIC_A}n on Monday.\n", "5:13"),
        (
            "md",
            f"---\ntitle: Talks\n---\n\nPresident Erdogan met\n> the envoy, and **visited**\n> Ir{CYRILLIC_A}n on Monday.\n",
            "7:3",
        ),
    ],
    ids=["text", "markdown", "html", "text-over-lines", "markdown-after-front-matter"],
)
def test_a_word_mixing_latin_and_cyrillic_letters_is_a_warning_naming_file_line_and_letter(
    tmp_path, suffix, text, line
):
    path = tmp_path / f"story.{suffix}"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    (notice,) = [notice for notice in document.notices if "mixes" in notice]
    assert notice == (
        f"{path}:{line}: the word 'Ir{CYRILLIC_A}n' mixes Latin and Cyrillic letters (U+0430 CYRILLIC SMALL LETTER A): "
        "a look-alike letter typed or pasted in, so no glossary name or dictionary word is found in it; "
        "retype the word in one script"
    )
    (noted,) = [segment for segment in document.segments if segment.notes]
    assert f"Ir{CYRILLIC_A}n" in noted.text  # kept as written


def test_each_word_is_named_once_and_greek_look_alikes_too(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        f"Title\n\nErd{CYRILLIC_O}gan met Erd{CYRILLIC_O}gan and {CYRILLIC_ES}ouncil members in Ank{GREEK_O}ra.\n",
        encoding="utf-8",
    )
    (notice,) = read_document(path).notices
    assert notice.startswith(
        f"{path}:3:1: the words 'Erd{CYRILLIC_O}gan', '{CYRILLIC_ES}ouncil' and 'Ank{GREEK_O}ra' mix"
    )
    assert "Latin, Cyrillic and Greek letters" in notice
    assert (
        "U+043E CYRILLIC SMALL LETTER O, U+0441 CYRILLIC SMALL LETTER ES, U+03BF GREEK SMALL LETTER OMICRON" in notice
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin said «Путин встретился с Эрдоганом» on Monday.",  # a Russian quotation: words of one script
        "The dose was 5 μg, and the cell measured 3 μm.",  # the micro sign's Greek mu is a unit, not a look-alike
        "Putin's spokesman, Дмитрий Песков, spoke in Moscow.",
        "The π-bond and the α-helix were studied.",  # a Greek letter joined by a hyphen is a word of its own
        "Kyiv (Київ) and Athens (Αθήνα) signed.",
    ],
)
def test_words_of_one_script_each_are_not_reported(tmp_path, sentence):
    path = tmp_path / "story.txt"
    path.write_text(f"Title\n\n{sentence}\n", encoding="utf-8")
    assert read_document(path).notices == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Amyloid Aβ plaques and Aβ42 levels were measured.",  # amyloid beta
        "NF-κB signalling and TNFα, IFNγ and TGFβ1 levels rose.",  # cytokines and factors
        "ERα-positive tumours respond to PPARγ agonists and PKCδ inhibitors.",
        "γH2AX foci marked the breaks.",
        "The ΔT was 5 K, the ΔpH 0.3 and the ΔΨm fell.",  # differences and membrane potential
        "The absorption peaks at λmax = 450 nm and the photon carries hν.",
        "The resistivity is 2 Ωm and the pressure ρgh.",
        "Яndex, as its logo writes it, said so.",  # a stylised name: Я is no look-alike
    ],
)
def test_greek_symbols_in_science_copy_and_letters_that_look_like_no_other_are_not_reported(tmp_path, sentence):
    """Science copy glues Greek letters to Latin ones as symbols (Aβ, NF-κB, TNFα, ΔT, λmax): none looks like a
    Latin letter, so the word is what it seems and no one should retype it."""
    path = tmp_path / "story.txt"
    path.write_text(f"Title\n\n{sentence}\n", encoding="utf-8")
    assert read_document(path).notices == []


@pytest.mark.parametrize(
    ("word", "letter"),
    [
        ("\u039fbama", "U+039F GREEK CAPITAL LETTER OMICRON"),  # Οbama
        ("\u0420utin", "U+0420 CYRILLIC CAPITAL LETTER ER"),  # Рutin
        ("M\u043escow", "U+043E CYRILLIC SMALL LETTER O"),  # Mоscow
        ("\u041c\u043e\u0441\u043a\u0432a", "U+0061 LATIN SMALL LETTER A"),  # Москвa: a Latin a in a Russian word
        ("\u0410\u03b8\u03ae\u03bd\u03b1", "U+0410 CYRILLIC CAPITAL LETTER A"),  # Аθήνα: Cyrillic А in a Greek word
        ("\u0391\u03b8\u03aev\u03b1", "U+0076 LATIN SMALL LETTER V"),  # Αθήvα: a Latin v for ν
        ("KYIV\u0399", "U+0399 GREEK CAPITAL LETTER IOTA"),  # capitals: a Greek Ι for I
    ],
)
def test_look_alikes_are_reported_in_whichever_script_the_word_is(tmp_path, word, letter):
    path = tmp_path / "story.txt"
    path.write_text(f"Title\n\nThe visit to {word} went ahead.\n", encoding="utf-8")
    (notice,) = read_document(path).notices
    assert f"the word '{word}' mixes" in notice and f"({letter})" in notice


def test_words_of_one_sentence_on_several_lines_are_each_named_at_their_own_line(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        f"# Talks\n\nPresident Erd{CYRILLIC_O}gan met\nthe envoy and visited\nIr{CYRILLIC_A}n and Ank{GREEK_O}ra.\n",
        encoding="utf-8",
    )
    notices = read_document(path).notices
    assert [notice.split(": the word")[0] for notice in notices] == [f"{path}:3:11", f"{path}:5:1"]
    assert f"'Erd{CYRILLIC_O}gan' mixes" in notices[0]
    assert f"'Ir{CYRILLIC_A}n' and 'Ank{GREEK_O}ra' mix" in notices[1]


def test_the_same_word_in_two_sentences_of_a_paragraph_is_found_at_each_line(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        f"Title\n\nTalks in Ir{CYRILLIC_A}n went on.\nThe envoy left\nIr{CYRILLIC_A}n on Monday.\n", encoding="utf-8"
    )
    assert [notice.split(": the word")[0] for notice in read_document(path).notices] == [
        f"{path}:3:10",
        f"{path}:5:1",
    ]


def test_a_word_written_with_a_character_reference_is_placed_at_its_paragraph_and_the_rest_at_theirs(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(
        "<html><body><h1>Talks</h1>\n<p>The envoy met\nofficials in Ir&#1072;n and\n"
        f"in Ank{GREEK_O}ra.</p></body></html>\n",
        encoding="utf-8",
    )
    notices = read_document(path).notices
    assert [notice.split(": the word")[0] for notice in notices] == [f"{path}:2", f"{path}:4:4"]


def test_a_docx_word_is_named_at_its_paragraph(tmp_path):
    import docx

    path = tmp_path / "story.docx"
    document = docx.Document()
    document.add_heading("Talks", level=1)
    document.add_paragraph(f"President Erdogan visited Ir{CYRILLIC_A}n.")
    document.save(str(path))
    (notice,) = read_document(path).notices
    assert notice.startswith(f"{path}: paragraph 2: the word 'Ir{CYRILLIC_A}n' mixes")
