"""An HTML article (a CMS export) in a folder of articles: found, translated from the memory and published with
its structure, as the Markdown and DOCX articles beside it are."""

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import ROOT
from tmx_files import desk_tmx

from toolkit import run
from toolkit.batch.inputs import collect_inputs
from toolkit.cli import main
from toolkit.errors import UserError
from toolkit.read import read_document

PAGE = """<!doctype html><html><head><title>Site name</title>
<meta property="article:published_time" content="2026-03-14T09:45:00+03:00"></head>
<body><nav><a href="/">Home</a></nav>
<article>
<h1>Quake hits the east</h1>
<p>The quake struck at <strong>04:17</strong>, the <a href="https://www.example.org/afad">agency</a> said.</p>
<ol start="3"><li>Schools are closed.</li><li>Roads are open.</li></ol>
</article>
<footer>Copyright 2026 Example News</footer></body></html>
"""

RUSSIAN = {
    "Quake hits the east": "Землетрясение на востоке",
    # the memory's inline codes: the bold (span 1) and the link (span 2) of the source
    "The quake struck at 04:17, the agency said.": (
        'Землетрясение произошло в <bpt i="1" x="1" type="bold">{#b1}</bpt>04:17<ept i="1">{/b1}</ept>, '
        'сообщило <bpt i="2" x="2" type="link">{#a2}</bpt>агентство<ept i="2">{/a2}</ept>.'
    ),
    "Schools are closed.": "Школы закрыты.",
    "Roads are open.": "Дороги открыты.",
}


def test_an_html_article_in_a_folder_is_published_with_its_title_date_list_and_link(workspace):
    news = workspace / "news"
    news.mkdir()
    (news / "quake.html").write_text(PAGE, encoding="utf-8")
    (news / "quake.tmx").write_text(
        desk_tmx({english: {"ru": russian} for english, russian in RUSSIAN.items()}, "quake"), encoding="utf-8"
    )
    result = run([news], languages=["ru"], formats=["md"], settings=ROOT / "newsroom.yaml")
    assert result.exit_code == 0, [(a.reason, a.errors) for a in result.articles]
    assert [article.name for article in result.articles] == ["quake"]
    edition = (workspace / "output" / "quake" / "quake.ru.publish.md").read_text(encoding="utf-8")
    assert "# Землетрясение на востоке" in edition
    assert "14 марта 2026" in edition  # the page's own date
    assert "**04:17**" in edition and "[агентство](https://www.example.org/afad)" in edition
    assert "3. Школы закрыты.\n4. Дороги открыты." in edition
    assert "Home" not in edition and "Copyright" not in edition and "Site name" not in edition


def test_a_run_into_the_articles_own_folder_never_reads_back_its_index_or_previews_as_articles(workspace):
    news = workspace / "news"
    news.mkdir()
    (news / "quake.html").write_text(PAGE, encoding="utf-8")
    (news / "quake.tmx").write_text(
        desk_tmx({english: {"ru": russian} for english, russian in RUSSIAN.items()}, "quake"), encoding="utf-8"
    )
    first = run([news], languages=["ru"], formats=["md"], out_dir=news, settings=ROOT / "newsroom.yaml")
    assert (news / "index.html").is_file() and (news / "quake" / "preview" / "quake.ru.html").is_file()
    # an editor copies a preview and the index beside the articles, to mail them
    shutil.copy(news / "quake" / "preview" / "quake.ru.html", news / "quake-preview.html")
    shutil.copy(news / "index.html", news / "editions.htm")
    again = run([news], languages=["ru"], formats=["md"], out_dir=news, settings=ROOT / "newsroom.yaml")
    assert [article.name for article in first.articles] == [article.name for article in again.articles] == ["quake"]
    assert collect_inputs([news]) == [news / "quake.html"]


def test_a_page_saved_with_its_resources_is_one_article_the_files_folder_beside_it_is_not(tmp_path):
    (tmp_path / "Quake hits the east.html").write_text(PAGE, encoding="utf-8")
    resources = tmp_path / "Quake hits the east_files"
    resources.mkdir()
    (resources / "ad-frame.html").write_text("<p>Buy now, only $9.99.</p>", encoding="utf-8")
    (resources / "comments.htm").write_text("<p>First!</p>", encoding="utf-8")
    # a folder merely named so, with no page beside it, is the newsroom's own
    (tmp_path / "archive_files").mkdir()
    (tmp_path / "archive_files" / "old.md").write_text("# Old\n\nText.\n", encoding="utf-8")
    assert collect_inputs([tmp_path]) == [tmp_path / "Quake hits the east.html", tmp_path / "archive_files" / "old.md"]


def test_a_page_the_toolkit_wrote_given_by_name_fails_alone_and_says_what_it_is(workspace):
    first = run(
        [workspace / "seeds" / "article.txt"], languages=["tr"], formats=["md"], settings=ROOT / "newsroom.yaml"
    )
    assert first.exit_code == 0
    index = workspace / "output" / "index.html"
    with pytest.raises(UserError, match="a page the toolkit wrote"):
        read_document(index)
    with pytest.raises(UserError, match="a page the toolkit wrote"):
        read_document(workspace / "output" / "article" / "preview" / "article.tr.html")


def _seed_as_page(charset: str) -> bytes:
    from html import escape

    title, *paragraphs = [p for p in (ROOT / "seeds" / "article.txt").read_text("utf-8").split("\n") if p.strip()]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<html><head>\n<meta charset="{charset}">\n</head><body>\n<h1>{escape(title)}</h1>\n{body}\n</body></html>'
    ).encode()


def test_a_page_declaring_an_encoding_no_browser_knows_is_published_with_a_warning_naming_file_and_line(
    workspace,
):
    news = workspace / "news"
    news.mkdir()
    (news / "talks.html").write_bytes(_seed_as_page("utf8mb4"))
    result = CliRunner().invoke(
        main, ["translate", "news", "--to", "ar", "--memory", "seeds/article.tmx", "--out", "out"]
    )
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "no browser knows" in line]
    assert said == [
        "warning: news/talks.html:2: the page declares the encoding 'utf8mb4', which no browser knows: it was read "
        "as UTF-8, which it is; check that no letter is wrong; fix: correct the page's <meta charset> to the "
        "encoding it is saved in (utf-8, windows-1256, koi8-r, iso-8859-9...), or save the page as UTF-8 and "
        'declare <meta charset="utf-8">'
    ]
    report = json.loads((workspace / "out" / "talks" / "report.json").read_text("utf-8"))
    assert [(f["rule"], f["severity"], f["line"]) for f in report["source_findings"]] == [
        ("source-encoding", "warning", 2)
    ]


def test_a_page_declaring_an_unknown_encoding_that_is_not_utf8_fails_alone_and_the_run_goes_on(workspace):
    news = workspace / "news"
    news.mkdir()
    (news / "talks.html").write_bytes(_seed_as_page("utf8mb4"))
    (news / "cp1256.html").write_bytes(
        '<html><head>\n<meta charset="arabic-1256">\n</head><body>\n<p>قال الوزير.</p></body></html>'.encode("cp1256")
    )
    result = CliRunner().invoke(
        main, ["translate", "news", "--to", "ar", "--memory", "seeds/article.tmx", "--out", "out"]
    )
    assert result.exit_code == 1, result.output
    assert (
        "failed: news/cp1256.html:4: the page declares the encoding 'arabic-1256' (line 2), which no browser "
        "knows, and it is not valid UTF-8 either (byte 0xde at offset 59)\n  fix: correct the page's <meta charset>"
    ) in result.output
    assert "Traceback" not in result.output
    assert (workspace / "out" / "talks" / "talks.ar.md").exists()
