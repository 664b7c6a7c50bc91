"""Newsroom settings: one YAML file, documented defaults, located errors."""

import io
import re
from dataclasses import fields, replace
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from toolkit.errors import UserError
from toolkit.languages import language
from toolkit.publish.word import Faces
from toolkit.settings import LANGUAGE_KEYS, SECTIONS, Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent


def settings_from(tmp_path, text):
    path = tmp_path / "newsroom.yaml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


def error_from(tmp_path, text) -> UserError:
    with pytest.raises(UserError) as caught:
        settings_from(tmp_path, text)
    return caught.value


def test_no_file_means_the_defaults(tmp_path):
    settings = load_settings(folder=tmp_path)
    assert settings == Settings()
    assert settings.editions == ("side-by-side",) and not settings.index and not settings.preview
    faces = Faces.from_settings(settings)  # the fonts the editions use
    assert [faces.font(language(code)) for code in ("en", "ar", "fa", "tr", "ru")] == [
        "Noto Serif",
        "Noto Naskh Arabic",
        "Vazirmatn",
        "Noto Serif",
        "Noto Serif",
    ]
    assert settings.language("fa").calendar == "persian" and settings.language("ar").calendar == "gregorian"


def test_the_file_in_the_working_directory_is_found(tmp_path, monkeypatch):
    (tmp_path / "newsroom.yaml").write_text("layout:\n  page: Letter\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.page == "Letter" and settings.path == Path("newsroom.yaml")


def test_an_empty_file_and_partial_sections_keep_the_other_defaults(tmp_path):
    assert settings_from(tmp_path, "# nothing yet\n").languages == Settings().languages
    settings = settings_from(tmp_path, "languages:\n  ar:\n    digits: native\n")
    assert settings.language("ar").digits == "native"
    assert settings.language("ar").font == "Noto Naskh Arabic"
    assert settings.language("fa") == Settings().language("fa")


def test_the_project_file_is_valid_and_changes_only_what_it_says(tmp_path):
    project = load_settings(ROOT / "newsroom.yaml")
    assert project.editions == ("side-by-side", "monolingual") and project.index
    assert project.first_mention_full_name == ("person",) and not project.first_mention_in_headings
    defaults = Settings()
    for item in fields(Settings):
        if item.name not in ("editions", "index", "path", "first_mention_full_name", "languages"):
            assert getattr(project, item.name) == getattr(defaults, item.name), item.name
    # per language: the house style (Arabic «…», a byline, the Russian legal note) and nothing else
    assert project.language("ar").quote_marks == ("«", "»")
    assert project.language("ru").annotations == ("banned-in-russia",)
    for code, chosen in project.languages.items():
        assert chosen.byline
        assert replace(chosen, quotes="cldr", byline="", annotations=()) == defaults.language(code), code


def test_readme_documents_every_key_with_its_default():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    reference = readme.split("### Settings reference", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `([a-z_.<>]+)` \| ([^|]+) \|", reference, re.MULTILINE))
    defaults = Settings()
    for section, keys in SECTIONS.items():
        for key, attribute in keys.items():
            value = getattr(defaults, attribute)
            shown = (
                "[" + ", ".join(value) + "]"
                if isinstance(value, tuple)
                else str(value).lower()
                if isinstance(value, bool)
                else str(value)
            )
            assert f"{section}.{key}" in rows, f"{section}.{key} is not in README's settings reference"
            assert f"`{shown}`" in rows[f"{section}.{key}"], (section, key, shown)
    for key in LANGUAGE_KEYS:
        assert f"languages.<lang>.{key}" in rows, key
        for code, chosen in defaults.languages.items():
            value = getattr(chosen, key)
            shown = "[" + ", ".join(value) + "]" if isinstance(value, tuple) else value
            assert shown in reference, (code, key)


def test_unknown_keys_name_file_line_and_a_fix(tmp_path):
    error = error_from(tmp_path, "publish:\n  index: true\n  previews: true\n")
    assert (error.path.name, error.line, error.column) == ("newsroom.yaml", 3, 3)
    assert "unknown key 'previews' in publish" in error.message
    assert "did you mean 'preview'?" in error.fix
    error = error_from(tmp_path, "languages:\n  de:\n    font: Noto Serif\n")
    assert (error.line, "unknown key 'de' in languages") == (2, error.message)
    assert "ar, fa, tr, ru" in error.fix
    assert error_from(tmp_path, "fonts:\n  ar: Amiri\n").line == 1


@pytest.mark.parametrize(
    "text, line, message, fix",
    [
        ("languages:\n  ar:\n    digits: arabic\n", 3, "digits: 'arabic' is not allowed", "cldr, native, latn"),
        ("languages:\n  ar:\n    calendar: persian\n", 3, "Persian (Solar Hijri) calendar is for fa", "gregorian"),
        ("languages:\n  ru:\n    quotes: '<<>'\n", 3, "neither cldr nor a pair of marks", "«»"),
        ("languages:\n  ru:\n    quotes: '«ab»'\n", 3, "neither cldr nor a pair of marks", "«»„“"),
        ("languages:\n  tr:\n    source_line: 'From {source}'\n", 3, "unknown placeholder {source}", "{title}"),
        ("languages:\n  tr:\n    font: ''\n", 3, "is not a text", "non-empty"),
        ('layout:\n  latin_font: "Noto\\x01Serif"\n', 2, "has a control character", "remove it"),
        ('languages:\n  ar:\n    source_line: "From\\x0b{title}"\n', 3, "has a control character", "remove it"),
        ('languages:\n  ru:\n    quotes: "\\x01\\x02"\n', 3, "neither cldr nor a pair of marks", "«»"),
        ("publish:\n  editions: [web]\n", 2, "is not a list of edition kinds", "side-by-side, monolingual"),
        ("publish:\n  preview: yes please\n", 2, "is not true or false", "true or false"),
        ("publish:\n  preview_dpi: 1000\n", 2, "is not a whole number from 30 to 300", "30 to 300"),
        ("layout:\n  page: A5\n", 2, "'A5' is not allowed", "A4, Letter"),
        ("layout: A4\n", 1, "layout must be a mapping", "key: value"),
        ("typography:\n  direction_marks: rlm\n", 2, "'rlm' is not allowed", "isolates, marks, none"),
        # a list or a mapping where one word is expected is an error like any other, never a crash
        ("layout:\n  page: [A4]\n", 2, "['A4'] is not allowed", "A4, Letter"),
        ("layout:\n  page: {A4: yes}\n", 2, "{'A4': 'yes'} is not allowed", "A4, Letter"),
        ("typography:\n  date_format: [long]\n", 2, "['long'] is not allowed", "long, full"),
        ("typography:\n  arabic_italics: {bold: 1}\n", 2, "is not allowed", "bold, plain"),
        ("languages:\n  fa:\n    calendar: [persian]\n", 3, "['persian'] is not allowed", "gregorian, persian"),
        ("languages:\n  ar:\n    digits: [native]\n", 3, "['native'] is not allowed", "cldr, native, latn"),
        # {title} is written as it is: a width, an alignment or a conversion would be ignored, so it is refused
        ("languages:\n  tr:\n    source_line: 'From {title:>999999999}'\n", 3, "{title:>999999999} formats", "{title}"),
        ("languages:\n  ru:\n    byline: 'By {title!r}'\n", 3, "{title!r} formats the title", "{title} alone"),
        ("languages:\n  ar:\n    source_line: '{title!s:^40}'\n", 3, "{title!s:^40} formats", "{title} alone"),
    ],
)
def test_bad_values_name_file_line_and_a_fix(tmp_path, text, line, message, fix):
    error = error_from(tmp_path, text)
    assert error.line == line and message in error.message and fix in error.fix, str(error)


def test_texts_keep_joiners_marks_and_no_break_spaces(tmp_path):
    line = "ترجمه\u200cشده از انگلیسی.\u00a0عنوان اصلی: \u200e{title}"
    settings = settings_from(tmp_path, f'languages:\n  fa:\n    source_line: "{line}"\n')
    assert settings.language("fa").source_line == line


@pytest.mark.parametrize(
    "key, written, name",
    [
        ("byline", "Translated by the desk\u202e 2024", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("byline", "\u202bترجمة فريق التحرير", "U+202B RIGHT-TO-LEFT EMBEDDING"),
        ("source_line", "Перевод с английского.\u202d {title}", "U+202D LEFT-TO-RIGHT OVERRIDE"),
        ("source_line", "{title}\u200b", "U+200B ZERO WIDTH SPACE"),
        ("byline", "\ufeffÇeviri: Haber Merkezi", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("quotes", "\u202e\u202c", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ],
)
def test_a_bidi_override_or_an_invisible_space_in_a_text_is_refused_by_name(tmp_path, key, written, name):
    # printed in every edition to publish: an override reverses the byline's words and spills into the next line
    error = error_from(tmp_path, f'languages:\n  ar:\n    {key}: "{written}"\n')
    assert error.line == 3 and f"holds an invisible {name}" in error.message, str(error)
    assert error.fix.startswith("delete it (retype the text around it if you cannot see it)")


def test_isolates_and_direction_marks_in_a_byline_are_kept(tmp_path):
    byline = "ترجمة فريق التحرير عن \u2066Reuters\u2069\u200f"
    settings = settings_from(tmp_path, f'languages:\n  ar:\n    byline: "{byline}"\n')
    assert settings.language("ar").byline == byline


def test_yaml_mistakes_are_located_too(tmp_path):
    assert error_from(tmp_path, "layout:\n\tpage: A4\n").line == 2
    error = error_from(tmp_path, "layout:\n  page: A4\n  page: Letter\n")
    assert "duplicate key 'page'" in error.message and error.line == 3


def test_a_given_file_must_exist(tmp_path):
    with pytest.raises(UserError, match="settings file not found"):
        load_settings(tmp_path / "missing.yaml")


def test_settings_change_the_editions(seed_editions, tmp_path):
    from wordxml import run_properties

    from toolkit.publish.docx import side_by_side_docx

    settings = settings_from(
        tmp_path, "layout:\n  page: Letter\n  latin_font: Gentium\nlanguages:\n  ar:\n    font: Amiri\n"
    )
    document = docx.Document(io.BytesIO(side_by_side_docx(seed_editions["ar"], settings)))
    assert round(document.sections[0].page_width.cm, 2) == 21.59
    paragraph = document.tables[0].rows[1].cells[1].paragraphs[0]
    fonts = run_properties(document, paragraph, paragraph.runs[0])["rFonts"]  # through the run's style
    assert (fonts["cs"], fonts["ascii"]) == ("Amiri", "Gentium")


def test_digits_and_quotes_come_from_the_settings(seed_document, glossary, memory, tmp_path):
    from toolkit.pipeline import translate_document
    from toolkit.translate.engines import MemoryEngine

    settings = settings_from(tmp_path, "languages:\n  ar:\n    digits: native\n  ru:\n    quotes: '„“'\n")
    ar, ru = translate_document(seed_document, ["ar", "ru"], glossary, [MemoryEngine(memory)], settings=settings)
    arabic = " ".join(s.text for s in ar.segments)
    assert "١٣" in arabic and "13" not in arabic
    russian = " ".join(s.text for s in ru.segments)
    assert "„Волком Анатолии“" in russian and "«" not in russian
    (overridden,) = translate_document(
        seed_document, ["ar"], glossary, [MemoryEngine(memory)], settings=settings.with_digits("latn")
    )
    assert "13" in " ".join(s.text for s in overridden.segments)


def test_cli_reports_a_bad_settings_file_in_one_line(workspace):
    from toolkit.cli import main

    (workspace / "newsroom.yaml").write_text("languages:\n  fa:\n    digits: persian\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.startswith("error: newsroom.yaml:3:5: digits: 'persian' is not allowed")
    assert not (workspace / "output").exists()
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--settings", "desk.yaml"])
    assert result.exit_code == 2 and "desk.yaml: settings file not found" in result.output
    # without --settings the run takes the project's newsroom.yaml, found up from the working folder, not ./ only
    assert "leave out --settings to use the project's newsroom.yaml or the defaults" in result.output


def test_font_names_cannot_break_out_of_a_style_sheet(tmp_path):
    import pytest

    from toolkit.errors import UserError
    from toolkit.settings import load_settings

    path = tmp_path / "newsroom.yaml"
    for hostile in ("x}</style><script>alert(1)</script>", 'Noto"; background: url(x)', "a\\\\3c b", "x{y}"):
        path.write_text(f"layout:\n  latin_font: '{hostile}'\n", encoding="utf-8")
        with pytest.raises(UserError) as caught:
            load_settings(path)
        assert caught.value.line == 2 and "is not a font name" in caught.value.message
    path.write_text(f"layout:\n  latin_font: {'Noto' * 2500}\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_settings(path)
    assert (
        caught.value.message
        == "latin_font: 'NotoNotoNotoNotoNotoNotoNotoNotoNotoNotoNotoNotoN...' (10,000 characters) is not a font name"
    )
    path.write_text(
        "languages:\n  fa:\n    font: B Nazanin (FaNum) 2.0\n  ar:\n    font: Noto Naskh Arabic\n", encoding="utf-8"
    )
    assert Faces.from_settings(load_settings(path)).font(language("fa")) == "B Nazanin (FaNum) 2.0"


def test_italics_in_arabic_script_are_bold_or_plain(tmp_path):
    assert Settings().arabic_italics == "bold"
    assert settings_from(tmp_path, "typography:\n  arabic_italics: plain\n").arabic_italics == "plain"
    error = error_from(tmp_path, "typography:\n  arabic_italics: slanted\n")
    assert error.line == 2 and "bold, plain" in (error.fix or "")


@pytest.mark.parametrize(
    "text, line, shown",
    [
        # a value of 100,000 list items was printed whole: a message of 900 KB
        ("languages:\n  ru:\n    font: [" + ",".join(["Arial"] * 100_000) + "]\n", 3, "font: ['Arial', 'Arial', "),
        ("layout:\n  page: {" + ", ".join(f"A{i}: yes" for i in range(50_000)) + "}\n", 2, "page: {'A0': 'yes', "),
        ("publish:\n  editions: [" + ",".join(["web"] * 100_000) + "]\n", 2, "editions: ['web', 'web', "),
        ("publish:\n  preview: " + "y" * 300_000 + "\n", 2, "preview: 'yyyyy"),
        ("languages:\n  ar:\n    annotations: [" + "X" * 300_000 + "]\n", 3, "annotations: 'XXXX"),
        ('? "' + "k" * 300_000 + '"\n: 1\n', 1, "unknown key 'kkkk"),
    ],
)
def test_a_huge_value_is_quoted_in_a_bounded_message_that_still_says_what_it_is(tmp_path, text, line, shown):
    error = error_from(tmp_path, text)
    assert error.line == line and shown in error.message, str(error)[:300]
    assert len(error.message) < 200 and len(error.fix) < 300
    assert error.message.count("...") == 1


def test_a_long_text_with_an_apostrophe_is_quoted_with_the_quote_it_opens_with(tmp_path):
    # Python quotes a text holding an apostrophe in double quotes: the cut text closed with a single one
    error = error_from(tmp_path, "publish:\n  preview: " + "Editor's choice, " * 20 + "\n")
    assert "preview: \"Editor's choice, " in error.message
    assert ' ..." is not true or false' in error.message, error.message


@pytest.mark.parametrize(
    "value, ends",
    [
        ("Reporter's desk, " * 10, ' ..."'),
        ("Ankara " * 20, " ...'"),
        (b"Sochi " * 20, " ...'"),
        (["Vazirmatn"] * 30, " ...]"),
        ({f"A{number}": "yes" for number in range(30)}, " ...}"),
        (("Tahoma",) * 30, " ...)"),
        (7 * 10**70, " ..."),  # a number has no closing quote
        (-(10**75), " ..."),
    ],
)
def test_a_quoted_value_cut_short_ends_as_its_kind_of_value_does(value, ends):
    from toolkit.errors import quoted

    shown = quoted(value)
    assert len(shown) <= 60 and shown.endswith(ends), shown
    assert shown.count("...") == 1
