"""File names are input too: what they hold can neither break a message line, disguise a name, nor fail a batch.

Names come from reporters' laptops, Windows shares and zip files: bidi controls
(``evil\\u202etxt.md.txt`` shows as ``evildm.txt.txt``), line ends, bytes that
are not UTF-8, and the same accented name spelt in two Unicode forms.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from toolkit.cli import main
from toolkit.errors import UserError, shown_path

ARTICLE = "Talks in Ankara\n\nPutin met Erdogan on Monday.\n"


def translate(folder: Path, copy_models, *options: str):
    arguments = ["translate", str(folder), "--to", "ru", "--format", "md", "--project", str(ROOT)]
    arguments += ["--models-dir", str(copy_models.models_dir), "--out", str(folder.parent / "out"), *options]
    return CliRunner().invoke(main, arguments)


@pytest.mark.parametrize(
    "name, shown",
    [
        ("evil\u202etxt.md", "evil\\u202etxt.md"),  # RIGHT-TO-LEFT OVERRIDE
        ("isolate\u2067d", "isolate\\u2067d"),  # RIGHT-TO-LEFT ISOLATE
        ("two\nlines", "two\\nlines"),
        ("bell\x07", "bell\\x07"),
        ("escape\x1b[31mred", "escape\\x1b[31mred"),  # a terminal colour sequence
        ("line\u2028separator", "line\\u2028separator"),
    ],
)
def test_a_name_with_controls_is_escaped_in_every_message_and_the_article_still_runs(
    tmp_path, copy_models, name, shown
):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / f"{name}-empty.txt").write_text("", encoding="utf-8")
    result = translate(tmp_path / "news", copy_models)
    assert result.exit_code == 1, result.output  # the copy model's article is held back, the empty one failed
    assert name not in result.output
    assert f"{tmp_path / 'news' / shown}.txt: its output is named " in result.output
    assert f"failed: {tmp_path / 'news' / shown}-empty.txt: the article is empty\n" in result.output
    assert ": held back, not published" in result.output  # the article with that name was translated


def test_names_in_other_scripts_and_persian_joiners_are_printed_as_they_are():
    for name in ("café", "Şam", "Дамаск", "دمشق", "خامنه\u200cای", "emoji😀"):
        assert shown_path(Path("news") / f"{name}.txt") == f"news/{name}.txt"


def test_a_name_that_is_not_utf8_fails_alone_with_what_to_do(tmp_path, copy_models):
    news = tmp_path / "news"
    news.mkdir()
    (news / "good.txt").write_text(ARTICLE, encoding="utf-8")
    with open(os.path.join(os.fsencode(news), b"r\xe9sum\xe9.txt"), "wb") as handle:  # Latin-1, as a share wrote it
        handle.write(ARTICLE.encode("utf-8"))
    result = translate(news, copy_models)
    assert result.exit_code == 1, result.output
    assert (
        f"failed: {news}/r\\xe9sum\\xe9.txt: the file or folder name is not UTF-8 text\n"
        "  fix: rename it (it was named in another encoding, e.g. copied from a Windows share or unpacked from an "
        "old zip file)\n"
    ) in result.output
    assert "good: held back" in result.output and "bug in toolkit" not in result.output
    outcome = json.loads(translate(news, copy_models, "--json", "--force").stdout)
    assert [(article["source"], article["status"]) for article in outcome["articles"]] == [
        (f"{news}/good.txt", "held"),
        (f"{news}/r\\xe9sum\\xe9.txt", "failed"),
    ]


def test_a_missing_input_named_with_a_bidi_control_is_printed_escaped(tmp_path):
    result = CliRunner().invoke(main, ["translate", str(tmp_path / "a\u202eb.txt"), "--project", str(ROOT)])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {tmp_path}/a\\u202eb.txt: ")
    assert str(UserError("x", path="a\nb")) == "a\\nb: x"


def test_one_name_in_two_unicode_forms_is_a_clash_that_says_so(tmp_path, copy_models):
    news = tmp_path / "news"
    news.mkdir()
    composed, decomposed = unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café")
    (news / f"{composed}.txt").write_text(ARTICLE, encoding="utf-8")
    (news / f"{decomposed}.txt").write_text(ARTICLE, encoding="utf-8")
    result = translate(news, copy_models)
    assert result.exit_code == 1
    assert "is already taken by" in result.output
    assert (
        "  fix: the two names look the same but spell an accented letter differently (one letter, or a letter and "
        "a combining accent: copies made on a Mac and on Windows); keep one of the two files\n"
    ) in result.output


def test_the_index_and_the_report_show_a_bidi_control_in_a_name_escaped_and_the_manifest_keeps_it(
    tmp_path, copy_models
):
    news = tmp_path / "news"
    news.mkdir()
    (news / "report\u202etxt.exe.txt").write_text(ARTICLE, encoding="utf-8")  # shows as "reportexe.txt.txt"
    result = translate(news, copy_models, "--index")
    assert result.exit_code == 1, result.output
    out = tmp_path / "out"
    shown_pages = [*out.rglob("*.md"), *out.rglob("*.html")]
    assert shown_pages and not [page for page in shown_pages if "\u202e" in page.read_text(encoding="utf-8")]
    assert "(from a file named report\\u202etxt.exe)" in (out / "index.html").read_text(encoding="utf-8")
    report = (out / "report_txt.exe" / "report.md").read_text(encoding="utf-8")
    assert "/report\\\\u202etxt.exe.txt · generated" in report  # the \ itself escaped for Markdown
    manifest = json.loads((out / "report_txt.exe" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["renamed_from"] == "report\u202etxt.exe"  # for tools, the name as it is


@pytest.mark.parametrize("name", ["report\u202etxt.exe", "left\u2066\u202bto\u2069right", "c1\x85line\u2028end"])
def test_the_json_a_run_writes_holds_a_name_s_hidden_characters_as_escapes_and_reads_back_as_the_name(
    tmp_path, copy_models, name
):
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    result = translate(news, copy_models, "--json")
    assert result.exit_code == 1, result.output
    [folder] = [path for path in (tmp_path / "out").iterdir() if path.is_dir()]
    texts = {"stdout": result.stdout}
    texts.update({file: (folder / file).read_text(encoding="utf-8") for file in ("report.json", "manifest.json")})
    hidden = {"\u202e", "\u2066", "\u202b", "\u2069", "\x85", "\u2028"}
    for file, text in texts.items():
        assert not hidden & set(text), file
    for file in ("manifest.json", "report.json"):  # for tools, the name as it is
        assert json.loads(texts[file])["source"] == str(news / f"{name}.txt")
    summary = json.loads(result.stdout[result.stdout.index("{") :])
    assert name in json.dumps(summary, ensure_ascii=False)


@pytest.mark.parametrize(
    "stem, output",
    [
        ("CON", "CON_"),
        ("aux", "aux_"),
        ("Com1", "Com1_"),
        ("lpt9", "lpt9_"),
        ("nul.draft", "nul_.draft"),  # Windows takes NUL.draft.ru.md for the device too
        ("CON .draft", "CON_.draft"),
    ],
)
def test_a_windows_device_name_is_never_an_output_name(tmp_path, copy_models, stem, output):
    # a folder or file named CON (or CON.ru.md) cannot be copied to a Windows share: Windows opens the console
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
    result = translate(news, copy_models)
    assert result.exit_code == 1, result.output  # held back: the copy model
    assert f"{news / stem}.txt: its output is named {output!r} (Windows keeps the name for a device" in result.output
    folder = tmp_path / "out" / output
    assert (folder / f"{output}.ru.md").is_file()
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["renamed_from"] == stem


@pytest.mark.parametrize("stem, output", [("index.html", "index_.html"), ("INDEX.HTML", "INDEX_.HTML")])
def test_an_article_named_as_the_index_page_takes_another_folder_and_the_index_is_written(
    tmp_path, copy_models, stem, output
):
    # its folder OUT/index.html stood where the index page goes: "the index page could not be written", every run
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "other.md").write_text(ARTICLE, encoding="utf-8")
    result = translate(news, copy_models, "--index")
    assert result.exit_code == 1, result.output  # held back: the copy model
    assert f"{news / stem}.txt: its output is named {output!r} (the output folder keeps the name for its index " in (
        result.output
    )
    assert "index page could not be written" not in result.output
    out = tmp_path / "out"
    assert (out / "index.html").is_file() and (out / output / f"{output}.ru.md").is_file()
    assert f'href="{output}/{output}.ru.md"' in (out / "index.html").read_text(encoding="utf-8")
    assert json.loads((out / output / "manifest.json").read_text(encoding="utf-8"))["renamed_from"] == stem
    again = translate(news, copy_models, "--index")  # up to date: skipped, the index kept
    assert again.exit_code == 1 and "2 skipped" in again.output, again.output
    assert (out / "index.html").is_file()


def test_an_article_named_as_the_index_page_does_not_replace_an_index_already_there(tmp_path, copy_models):
    news = tmp_path / "news"
    news.mkdir()
    (news / "other.md").write_text(ARTICLE, encoding="utf-8")
    assert translate(news, copy_models, "--index").exit_code == 1
    (news / "index.html.md").write_text(ARTICLE, encoding="utf-8")
    result = translate(news, copy_models)  # the index page there is kept current
    assert "1 held back, 0 failed, 1 skipped" in result.output, result.output
    out = tmp_path / "out"
    assert "index_.html/index_.html.ru.md" in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", ["index", "index.htm", "index.html.old", "my index.html", "indexhtml"])
def test_names_near_the_index_page_s_are_kept(tmp_path, copy_models, stem):
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
    result = translate(news, copy_models, "--index")
    assert result.exit_code == 1, result.output
    assert "its output is named" not in result.output
    assert (tmp_path / "out" / stem / f"{stem}.ru.md").is_file() and (tmp_path / "out" / "index.html").is_file()


@pytest.mark.parametrize("stem", ["conference", "console", "auxiliary", "COM10", "nullify"])
def test_names_that_only_begin_like_a_device_are_kept(tmp_path, copy_models, stem):
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
    result = translate(news, copy_models)
    assert result.exit_code == 1, result.output
    assert "its output is named" not in result.output
    assert (tmp_path / "out" / stem / f"{stem}.ru.md").is_file()


@pytest.mark.parametrize("letter", ["😀", "𝔸", "中", "ش"])  # 4, 4, 3 and 2 bytes in UTF-8
def test_a_name_of_many_wide_letters_gives_file_names_within_255_bytes(tmp_path, copy_models, letter):
    # 62 emoji are 248 bytes: with ".ru.publish.docx" the edition's name was longer than a file name may be,
    # and the article failed with "free disk space"
    news = tmp_path / "news"
    news.mkdir()
    stem = letter * (250 // len(letter.encode("utf-8")))
    (news / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
    result = translate(news, copy_models, "--editions", "side-by-side,monolingual,review", "--format", "docx,md")
    assert result.exit_code == 1, result.output  # held back, not failed
    assert "1 held back, 0 failed" in result.output
    written = list((tmp_path / "out").rglob("*"))
    editions = sorted(path.name.split(".", 1)[1] for path in written if path.suffix in (".docx", ".md"))
    assert editions == ["md", "ru.docx", "ru.md", "ru.review.docx"]  # report.md, and the held-back editions
    assert max(len(path.name.encode("utf-8")) for path in written) <= 255 - 38  # room for a staging folder


@pytest.mark.parametrize(
    "stem, written",
    [
        ("evil\u202etxt.md", "evil_txt.md"),  # shows as "evildm.txt"
        ("bell\x07", "bell_"),
        ("CON", "CON_"),  # a Windows device
        ("index.html", "index_.html"),
    ],
)
def test_an_xliff_export_names_its_files_as_translate_names_the_article_s_output(tmp_path, stem, written):
    # the file was named after the raw stem: a control character or an override in a file name, printed raw
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "review"
    arguments = ["memory", "export", str(news / f"{stem}.txt"), "--format", "xliff", "--to", "ru", "--no-models"]
    result = CliRunner().invoke(main, [*arguments, "--out", str(out), "--glossary", str(ROOT / "glossaries")])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in out.iterdir()) == [f"{written}.ru.xlf"]
    assert result.stdout == f"{out / written}.ru.xlf\n"


def test_an_xliff_export_of_a_name_of_many_letters_gives_a_file_name_within_255_bytes(tmp_path):
    # "cannot write here: File name too long", with the fix to choose another --out folder
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{'ش' * 120}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "review"
    arguments = ["memory", "export", str(news / f"{'ش' * 120}.txt"), "--format", "xliff", "--to", "ru,ar"]
    result = CliRunner().invoke(
        main, [*arguments, "--no-models", "--out", str(out), "--glossary", str(ROOT / "glossaries")]
    )
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in out.iterdir())
    assert [name.rsplit(".", 2)[1:] for name in names] == [["ar", "xlf"], ["ru", "xlf"]]
    assert max(len(name.encode("utf-8")) for name in names) <= 255


def test_two_articles_an_xliff_export_would_write_to_one_file_are_a_wrong_request(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "wire").mkdir()
    (tmp_path / "desk" / "Talks.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "wire" / "talks.md").write_text(ARTICLE, encoding="utf-8")
    arguments = ["memory", "export", str(tmp_path / "desk" / "Talks.md"), str(tmp_path / "wire" / "talks.md")]
    arguments += ["--format", "xliff", "--to", "ru", "--no-models", "--out", str(tmp_path / "review")]
    result = CliRunner().invoke(main, [*arguments, "--glossary", str(ROOT / "glossaries")])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {tmp_path / 'wire' / 'talks.md'}: two inputs would both be written as talks.<lang>.xlf (names "
        "differing only in case or in characters unsafe in file names)\n  fix: rename one of the files\n"
    )
    assert not (tmp_path / "review").exists()
