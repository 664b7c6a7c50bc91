from pathlib import Path

import pytest

from toolkit.document import BlockKind
from toolkit.errors import UserError
from toolkit.read import check_english, read_document


def test_plain_text_keeps_title_subheadings_and_paragraphs(seed_document):
    kinds = [block.kind for block in seed_document.blocks]
    assert kinds[0] is BlockKind.TITLE
    assert kinds.count(BlockKind.HEADING) == 2
    assert kinds.count(BlockKind.PARAGRAPH) == 6
    assert seed_document.title == "Iran and Russia Host Frantic Diplomatic Talks on Syria and Middle East"
    assert seed_document.name == "article"


def test_markdown_headings_and_inline_markup(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "# Putin in *Ankara*\n\nPutin met **Erdogan**. They talked.\n\n## Next steps\n\nMore talks.\n", encoding="utf-8"
    )
    document = read_document(path)
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.TITLE, "Putin in Ankara"),
        (BlockKind.PARAGRAPH, "Putin met Erdogan. They talked."),
        (BlockKind.HEADING, "Next steps"),
        (BlockKind.PARAGRAPH, "More talks."),
    ]
    assert [s.id for s in document.segments] == ["1.1", "2.1", "2.2", "3.1", "4.1"]


def test_docx_styles_mark_title_and_headings(tmp_path):
    import docx

    source = docx.Document()
    source.add_heading("Talks in Tehran", level=0)
    source.add_paragraph("Putin met Erdogan. They talked.")
    source.add_heading("Aftermath", level=1)
    source.add_paragraph("Nothing changed.")
    path = tmp_path / "story.docx"
    source.save(path)
    document = read_document(path)
    assert [b.kind for b in document.blocks] == [
        BlockKind.TITLE,
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
    ]
    assert document.blocks[1].segments[1].text == "They talked."


def test_wrong_encoding_names_file_line_and_fix(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Title\n\nErdo\xf0an met Putin.\n".encode("latin-1"))
    with pytest.raises(UserError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:3:5: not valid UTF-8 (byte 0xf0 at offset 11)")
    assert "save the file as UTF-8" in message


def test_unsupported_type_and_missing_file_are_user_errors(tmp_path):
    with pytest.raises(UserError, match=r"unsupported file type '\.pdf'"):
        read_document(tmp_path / "story.pdf")
    with pytest.raises(UserError, match="file not found"):
        read_document(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    "name, ending, meant",
    [("story.txt.", "'.'", "story.txt"), ("story.md ", "' '", "story.md"), ("Story.DOCX. .", "'. .'", "Story.DOCX")],
)
def test_a_name_ending_after_its_extension_is_named_with_the_name_it_was_meant_to_have(tmp_path, name, ending, meant):
    # "unsupported file type '(none)'" told to "give a .txt, .md... file" of a file that looks like one
    path = tmp_path / name
    path.write_text("Talks\n\nPutin met Erdogan.\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_document(path)
    assert caught.value.message == (
        f"the file name ends in {ending} after its {Path(meant).suffix} (its type is read from the very end of the name)"
    )
    assert caught.value.fix == f"rename it {meant!r}"


@pytest.mark.parametrize("name", [".txt", ".md", ".HTML"])
def test_a_file_named_only_by_an_extension_is_named_as_such(tmp_path, name):
    path = tmp_path / name
    path.write_text("Talks\n\nPutin met Erdogan.\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_document(path)
    assert caught.value.message == (
        f"the file is named {name!r}, an extension alone: a hidden file with no name, not a {name} article"
    )
    assert caught.value.fix == f"rename it with a name before the extension, e.g. article{name}"


@pytest.mark.parametrize("name", ["story.pdf", "story.txt.bak", "story", "story.", "story.txt~"])
def test_other_names_are_still_an_unsupported_type(tmp_path, name):
    path = tmp_path / name
    path.write_text("Talks\n", encoding="utf-8")
    with pytest.raises(UserError, match="unsupported file type"):
        read_document(path)


def test_empty_article_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(UserError, match="the article is empty"):
        read_document(path)


def test_broken_docx_is_a_user_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(
        UserError, match=r"not a DOCX file \(not a zip archive; cut short, or another format renamed .docx\)"
    ):
        read_document(path)


@pytest.mark.parametrize(
    "text",
    [
        "A Title\n\nFirst paragraph here.\n\nSecond paragraph here.\n",  # Unix
        "A Title\r\n\r\nFirst paragraph here.\r\n\r\nSecond paragraph here.\r\n",  # Windows
        "A Title\r\rFirst paragraph here.\r\rSecond paragraph here.\r",  # classic Mac, some exports
        "A Title\n   \nFirst paragraph here.\n\t \nSecond paragraph here.\n",  # blank lines holding spaces or tabs
        "A Title\u2029First paragraph here.\u2029Second paragraph here.",  # Unicode paragraph separators
        "A Title\r\n\nFirst paragraph here.\r\u00a0\rSecond paragraph here.",  # all mixed in one file
    ],
)
def test_plain_text_paragraphs_are_found_whatever_the_line_ends(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8", newline="")
    document = read_document(path)
    assert [(block.kind, [segment.text for segment in block.segments]) for block in document.blocks] == [
        (BlockKind.TITLE, ["A Title"]),
        (BlockKind.PARAGRAPH, ["First paragraph here."]),
        (BlockKind.PARAGRAPH, ["Second paragraph here."]),
    ]


def test_plain_text_blocks_start_on_the_line_an_editor_shows(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("A Title\r\r  \rFirst line of a paragraph\u2028and its second line.\r\rLast one.", newline="")
    document = read_document(path)
    assert [block.line for block in document.blocks] == [1, 4, 7]
    assert document.blocks[1].segments[0].text == "First line of a paragraph and its second line."


def test_a_paragraph_separator_ends_its_line_so_later_blocks_keep_the_lines_an_editor_shows(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("A Title\n\nFirst paragraph.\u2029Second paragraph.\n\nThird paragraph.\n", encoding="utf-8")
    document = read_document(path)
    assert [(block.line, block.segments[0].text) for block in document.blocks] == [
        (1, "A Title"),
        (3, "First paragraph."),
        (4, "Second paragraph."),
        (6, "Third paragraph."),
    ]


@pytest.mark.parametrize(
    "row",
    [
        "- District {i}: Candidate Name {i}, {votes} votes",  # a bulleted list
        "District {i}\tCandidate Name {i}\t{votes}",  # a table of tab-separated columns
        "District {i} Candidate Name {i} {votes} votes",
    ],
)
def test_a_plain_text_list_of_many_lines_without_full_stops_is_read_line_by_line(tmp_path, row):
    # its lines would join into one sentence longer than any sentence, and the article was refused
    rows = [row.format(i=i, votes=i * 37) for i in range(400)]
    path = tmp_path / "results.txt"
    path.write_text("Results by district\n\nThe count ended on Sunday.\n" + "\n".join(rows) + "\n", encoding="utf-8")
    document = read_document(path)
    assert [(b.kind, b.text, b.line) for b in document.blocks[:4]] == [
        (BlockKind.TITLE, "Results by district", 1),
        (BlockKind.PARAGRAPH, "The count ended on Sunday.", 3),
        (BlockKind.PARAGRAPH, " ".join(rows[0].split()), 4),  # a line of a paragraph, never a subheading
        (BlockKind.PARAGRAPH, " ".join(rows[1].split()), 5),
    ]
    assert [" ".join(r.split()) for r in rows] == [b.text for b in document.blocks[2:]]


def test_a_short_plain_text_list_is_still_one_paragraph(tmp_path):
    path = tmp_path / "results.txt"
    path.write_text("Results\n\n- Tehran 40 votes\n- Ankara 37 votes\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ["Results", "- Tehran 40 votes - Ankara 37 votes"]


def test_one_line_longer_than_any_sentence_is_still_refused(tmp_path):
    path = tmp_path / "results.txt"
    path.write_text("Results\n\nFirst line\n" + "word " * 2_500 + "\nLast line\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_document(path)
    assert caught.value.message == "segment 3.1 is 12,499 characters long, more than the 10,000 a sentence may be"


def _results(count: int) -> list[str]:
    return [f"District {i} Candidate Name {i} {i * 37} votes" for i in range(count)]


def test_a_word_paragraph_of_many_shift_enter_lines_is_a_sentence_of_each_line(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Results", 0)
    paragraph = document.add_paragraph()
    for row in _results(400):
        paragraph.add_run(row)
        paragraph.add_run().add_break()
    document.save(tmp_path / "results.docx")
    segments = read_document(tmp_path / "results.docx").blocks[1].segments
    assert [segment.text for segment in segments] == _results(400)
    assert all(span.format.kind == "break" for segment in segments for span in segment.spans)


@pytest.mark.parametrize("separator", ["<br>", "<br/>\n"])
def test_an_html_paragraph_of_many_br_lines_is_a_sentence_of_each_line(tmp_path, separator):
    path = tmp_path / "results.html"
    path.write_text("<h1>Results</h1><p>" + separator.join(_results(400)) + "</p>", encoding="utf-8")
    assert [segment.text for segment in read_document(path).blocks[1].segments] == _results(400)


def test_a_short_paragraph_of_lines_keeps_its_breaks_inside_its_sentence(tmp_path):
    path = tmp_path / "results.html"
    path.write_text("<h1>Results</h1><p>" + "<br>".join(_results(3)) + "</p>", encoding="utf-8")
    assert [segment.text for segment in read_document(path).blocks[1].segments] == [" ".join(_results(3))]


def test_a_long_sentence_without_line_breaks_is_still_refused(tmp_path):
    path = tmp_path / "results.html"
    path.write_text("<h1>Results</h1><p>" + " ".join(_results(400)) + "</p>", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_document(path)
    assert caught.value.message.startswith("segment 2.1 is 17,076 characters long")


@pytest.mark.parametrize(
    "name, text, shown",
    [
        (
            "story.txt",
            "محادثات في أنقرة\n\nالتقى وزير الخارجية نظيره التركي في أنقرة يوم الاثنين لبحث الوضع في سوريا.\n",
            "100% of its letters are in the Arabic script",
        ),
        (
            "story.md",
            "# مذاکرات در تهران\n\nوزیر امور خارجه روز دوشنبه در تهران با همتای خود دیدار کرد و درباره Iran و "
            "Russia سخن گفت.\n",
            "88% of its letters are in the Arabic script",
        ),
        (
            "story.html",
            "<h1>Переговоры в Москве</h1><p>Министр иностранных дел встретился с коллегой в понедельник.</p>",
            "100% of its letters are in the Cyrillic script",
        ),
        (  # a Russian story's own quotations do not count, and the story around them is Russian
            "story.txt",
            "Переговоры в Москве\n\nМинистр заявил: «Мы готовы к диалогу», — и покинул зал заседаний в понедельник.\n",
            "100% of its letters are in the Cyrillic script",
        ),
        (
            "story.txt",
            "北京会谈\n\n外交部长星期一在北京会见了他的同行。\n",
            "100% of its letters are Chinese or Japanese",
        ),
    ],
)
def test_an_article_in_another_language_given_as_english_fails_saying_so(tmp_path, name, text, shown):
    # an en->tr model given Russian writes fluent nonsense that QA cannot tell from a translation
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = read_document(path)  # a reader reads any language: a run translates from English
    with pytest.raises(UserError) as caught:
        check_english(document, path)
    assert caught.value.message.startswith("the article is not in English: ")
    assert shown in caught.value.message
    assert caught.value.fix.startswith("give the English original")


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Ankara\n\nProtesters chanted «الشعب يريد إسقاط النظام» and «Долой войну» outside the embassy.\n",
        "Talks in Tehran\n\nThe minister, Abbas Araghchi (عباس عراقچی), met Sergei Lavrov (Сергей Лавров).\n",
        "العنوان\n\nThe minister said «مرحبا» to reporters in Ankara on Monday.\n",
        "Erdoğan, Şahin ve Çavuşoğlu\n\nThe Turkish names keep their letters: Erdoğan met Çavuşoğlu in İzmir.\n",
        "Talks\n\nYes.\n",  # too few letters to judge
        # a statement quoted in full, longer than the English around it
        'Kremlin statement\n\nThe ministry said on Friday:\n\n"Министерство иностранных дел Российской Федерации '
        'выражает глубокую обеспокоенность продолжающейся эскалацией и призывает стороны к сдержанности."\n\n'
        "«Российская сторона готова содействовать урегулированию конфликта на основе международного права.»\n",
        "Slogans\n\nThey chanted “الموت لأمريكا، الموت لإسرائيل، اللعنة على اليهود، النصر للإسلام” and "
        "„Долой войну, долой мобилизацию, свободу политзаключённым“ at the rally.\n",
    ],
)
def test_english_articles_quoting_other_scripts_are_read(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    check_english(document, path)
    assert document.segments


def _docx(path, title: str, paragraph: str) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    document.add_paragraph(paragraph)
    document.save(path)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx"])
def test_names_typed_with_combining_accents_are_read_composed_and_found_in_the_glossary(tmp_path, glossary, suffix):
    # a Mac, or a page copied from the web, writes "ğ" as "g" and a combining breve: the glossary's Erdoğan,
    # written composed, was not found in the sentence, and the engine rendered the name as it liked
    import unicodedata

    from toolkit.glossary.match import Matcher

    title = "Talks in " + unicodedata.normalize("NFD", "Türkiye")
    sentence = unicodedata.normalize("NFD", "Recep Tayyip Erdoğan met Mevlüt Çavuşoğlu in İzmir.")
    path = tmp_path / f"story{suffix}"
    if suffix == ".docx":
        _docx(path, title, sentence)
    elif suffix == ".html":
        path.write_text(f"<h1>{title}</h1><p><b>{sentence}</b></p>", encoding="utf-8")
    else:
        path.write_text(f"{'# ' if suffix == '.md' else ''}{title}\n\n{sentence}\n", encoding="utf-8")
    segments = read_document(path).segments
    assert [segment.text for segment in segments] == [
        unicodedata.normalize("NFC", "Talks in Türkiye"),
        unicodedata.normalize("NFC", "Recep Tayyip Erdoğan met Mevlüt Çavuşoğlu in İzmir."),
    ]
    assert [mention.entry_id for mention in Matcher(glossary).find(segments[1].text)][:1] == ["erdogan"]


@pytest.mark.parametrize(
    "line",
    [
        '"I did not take a single lira," he said, adding: "The charges are \'political\'."',
        "He told the judges: \u201cI did not take a single lira.\u201d",
        "\u201cWho will pay for this?\u201d she asked the crowd, \u201cwho?\u201d",
        "The minister said: \u2018Never again!\u2019",
        "Turnout was 78.1% (down 6.4 points from 2019.)",
        "The count went on overnight\u2026",
        '"We will be back..."',
    ],
)
def test_a_plain_text_line_ending_in_a_full_stop_inside_quotes_or_brackets_is_a_paragraph(tmp_path, line):
    # the sentence's own punctuation stands before its closing quotation mark or bracket: a quotation a reporter
    # gives a line of its own was read as a subheading, and every edition set it as a heading
    path = tmp_path / "court.txt"
    path.write_text(f"Court jails ex-minister\n\nThe court ruled on Monday.\n\n{line}\n\nThe appeal is due.\n")
    assert [b.kind for b in read_document(path).blocks] == [
        BlockKind.TITLE,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]


@pytest.mark.parametrize(
    "line",
    ["\u2018Not a single lira\u2019", '"A message from the voters"', "What the verdict means (and what it does not)"],
)
def test_a_plain_text_headline_in_quotes_or_with_brackets_is_still_a_subheading(tmp_path, line):
    path = tmp_path / "court.txt"
    path.write_text(f"Court jails ex-minister\n\nThe court ruled on Monday.\n\n{line}\n\nThe appeal is due.\n")
    assert [b.kind for b in read_document(path).blocks][2] is BlockKind.HEADING


def _docx_with_code(path, paragraph: str, code: str, block: str) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_heading("Talks in Ankara", level=0)
    text = document.add_paragraph(paragraph + " ")
    run = text.add_run(code)
    run.font.name = "Courier New"
    run.font.size = Pt(10)
    text.add_run(" was run.")
    styles = document.styles
    if "HTML Preformatted" not in [style.name for style in styles]:
        from docx.enum.style import WD_STYLE_TYPE

        styles.add_style("HTML Preformatted", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(block, style="HTML Preformatted")
    document.save(path)


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_code_keeps_its_characters_as_written_while_the_prose_around_it_is_composed(tmp_path, suffix):
    # a command or a string in code is the bytes it is: composing "e" and U+0301 into "é" inside
    # `cafe\u0301` changes what a reader copies out of the edition (another file name, another hash)
    import unicodedata

    decomposed_code = "grep cafe\u0301 --name=Tu\u0308rkiye"
    block = "print('Tu\u0308rkiye')  # e\u0301"
    prose = "The minister in Tu\u0308rkiye said the command"
    path = tmp_path / f"story{suffix}"
    if suffix == ".md":
        path.write_text(
            f"# Talks in Ankara\n\n{prose} `{decomposed_code}` was run.\n\n```\n{block}\n```\n", encoding="utf-8"
        )
    elif suffix == ".html":
        path.write_text(
            f"<h1>Talks in Ankara</h1><p>{prose} <code>{decomposed_code}</code> was run.</p><pre>{block}</pre>",
            encoding="utf-8",
        )
    else:
        _docx_with_code(path, prose, decomposed_code, block)
    document = read_document(path)
    sentence = next(segment for segment in document.segments if "minister" in segment.text)
    assert sentence.text.startswith(unicodedata.normalize("NFC", prose))
    codes = [span.format.target for span in sentence.spans if span.format.kind == "code"]
    assert codes == [decomposed_code]
    assert decomposed_code in sentence.text
    verbatim = [block.verbatim.rstrip("\n") for block in document.blocks if getattr(block, "verbatim", None)]
    assert verbatim == [block]
