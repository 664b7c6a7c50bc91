"""An HTML article (a CMS export) in a folder of articles: found, translated from the memory and published with
its structure, as the Markdown and DOCX articles beside it are."""

from xml.sax.saxutils import escape

from conftest import ROOT

from toolkit import run

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


def _memory() -> str:
    units = "".join(
        f'<tu tuid="quake:{n}"><tuv xml:lang="en"><seg>{escape(en)}</seg></tuv>'
        f'<tuv xml:lang="ru"><seg>{ru if "<bpt" in ru else escape(ru)}</seg></tuv></tu>'
        for n, (en, ru) in enumerate(RUSSIAN.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="desk" creationtoolversion="1"'
        f' segtype="sentence" o-tmf="desk" adminlang="en" srclang="en" datatype="plaintext"/><body>{units}</body></tmx>'
    )


def test_an_html_article_in_a_folder_is_published_with_its_title_date_list_and_link(workspace):
    news = workspace / "news"
    news.mkdir()
    (news / "quake.html").write_text(PAGE, encoding="utf-8")
    (news / "quake.tmx").write_text(_memory(), encoding="utf-8")
    result = run([news], languages=["ru"], formats=["md"], settings=ROOT / "newsroom.yaml")
    assert result.exit_code == 0, [(a.reason, a.errors) for a in result.articles]
    assert [article.name for article in result.articles] == ["quake"]
    edition = (workspace / "output" / "quake" / "quake.ru.publish.md").read_text(encoding="utf-8")
    assert "# Землетрясение на востоке" in edition
    assert "14 марта 2026" in edition  # the page's own date
    assert "**04:17**" in edition and "[агентство](https://www.example.org/afad)" in edition
    assert "3. Школы закрыты.\n4. Дороги открыты." in edition
    assert "Home" not in edition and "Copyright" not in edition and "Site name" not in edition
