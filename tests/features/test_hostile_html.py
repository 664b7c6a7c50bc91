"""Hostile file names, titles, text and settings in every HTML page the toolkit writes, opened in Chromium.

Each page is loaded in headless Chromium with alert/confirm/prompt replaced
by recorders (injected through the DevTools protocol, before any page script
could run); the test then asserts that no script ran and that the hostile
values are on the page as text, not as elements. The pages forbid script by
their Content-Security-Policy as well, so the DOM checks are what prove the
escaping itself. report.md and the side-by-side Markdown are rendered the way
a Markdown viewer with raw HTML on would (markdown-it, html=True, no CSP).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser import DevTools, require_browser
from conftest import ROOT

pytestmark = pytest.mark.render

HOSTILE_STEMS = [
    "b --><img src=x onerror=alert(1)><!--",
    '"><svg onload=alert(2)>',
    "<body onload=alert(3)> & 'quotes'",
]
ARTICLE = """<script>window.pwned=1</script> Talks & "quotes" <img src=x onerror=alert(4)>

Erdogan said </td></tr></table><script>alert(5)</script> and <!-- a comment --> and [click](javascript:alert(6)).
"""
HOSTILE_FONT = "x}</style><script>alert(7)</script>"
RECORDERS = """
window.__dialogs = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__dialogs.push([name, ...args.map(String)]); };
}
"""
FACTS = """(() => ({
  dialogs: window.__dialogs,
  pwned: typeof window.pwned,
  scripts: document.querySelectorAll('script').length,
  handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))
              .filter(name => name.startsWith('on')),
  injected: document.querySelectorAll('img[src="x"], svg, iframe, object, embed, body body').length,
  javascriptLinks: [...document.querySelectorAll('a[href]')].filter(a => a.href.startsWith('javascript:')).length,
  text: document.body ? document.body.innerText : '',
}))()"""


def load(tools: DevTools, url: str) -> dict:
    """Open ``url`` with the dialog recorders in place first; the page's facts once it has loaded."""
    target = tools.call("Target.createTarget", url="about:blank")["targetId"]
    session = tools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    tools.call("Page.enable", session)
    tools.call("Page.addScriptToEvaluateOnNewDocument", session, source=RECORDERS)
    tools.events.clear()
    tools.call("Page.navigate", session, url=url)
    tools.wait_for("Page.loadEventFired")
    return tools.evaluate(session, FACTS)


def assert_no_script_ran(facts: dict, page: Path) -> None:
    assert facts["dialogs"] == [], page
    assert facts["pwned"] == "undefined", page
    assert facts["scripts"] == 0, page
    assert facts["handlers"] == [], page
    assert facts["injected"] == 0, page
    assert facts["javascriptLinks"] == 0, page


@pytest.fixture(scope="module")
def hostile_output(tmp_path_factory):
    """A run over articles with hostile names and content, with hostile fonts, and a hostile neighbour."""
    from toolkit import run
    from toolkit.glossary.load import load_glossary
    from toolkit.settings import LanguageSettings, Settings
    from toolkit.testing.faulty_engine import FaultyEngine
    from toolkit.translate.machine import MachineEngine

    root = ROOT
    work = tmp_path_factory.mktemp("hostile")
    inputs = []
    for number, stem in enumerate(HOSTILE_STEMS):
        path = work / "news" / f"{stem}.{'md' if number == 1 else 'txt'}"
        path.parent.mkdir(exist_ok=True)
        path.write_text(ARTICLE if number != 1 else "# " + ARTICLE, encoding="utf-8")
        inputs.append(path)
    broken = work / "news" / "<img src=x onerror=alert(15)>.txt"  # an empty article: it fails, named on the index
    broken.write_text("\n", encoding="utf-8")
    inputs.append(broken)
    out = work / "output"
    neighbour = out / "neighbour"
    neighbour.mkdir(parents=True)
    (neighbour / "neighbour.ar.md").write_text("an edition", encoding="utf-8")
    (neighbour / "manifest.json").write_text(
        json.dumps(
            {
                "format": 1,
                "article": "neighbour",
                "source": "<img src=x onerror=alert(8)>",
                "title": "</h2><script>alert(9)</script>",
                "renamed_from": "--><svg onload=alert(10)>",
                "written": "<b onmouseover=alert(11)>",
                "languages": {
                    "ar": {
                        "title": "<img src=x onerror=alert(12)>",
                        "status": "needs-review",
                        "errors": 1,
                        "warnings": 0,
                        "reasons": ["<script>alert(13)</script>"],
                        "files": ["neighbour.ar.md"],
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    # settings as a program could build them, past the settings file's own checks
    settings = Settings(
        latin_font=HOSTILE_FONT,
        languages={
            **Settings().languages,
            "ar": LanguageSettings('"; } body { background: url(javascript:alert(14)) } .x { "'),
        },
    )
    glossary = load_glossary([root / "glossaries"])
    result = run(
        inputs,
        languages=["ar", "ru"],
        formats=["md"],
        kinds=["side-by-side", "monolingual"],
        index=True,
        settings=settings,
        glossary_paths=[root / "glossaries"],
        memory_paths=[],
        out_dir=out,
        engines=[MachineEngine(FaultyEngine(), glossary)],
    )
    # copied English: held back, but every page made; the empty article failed
    assert [a.status for a in result.articles] == ["held"] * 3 + ["failed"]
    return out


@pytest.fixture(scope="module")
def tools(tmp_path_factory):
    devtools = DevTools(require_browser(), tmp_path_factory.mktemp("profile"))
    yield devtools
    devtools.close()


def test_no_script_runs_on_the_index_page(hostile_output, tools):
    facts = load(tools, (hostile_output / "index.html").as_uri())
    assert_no_script_ran(facts, hostile_output / "index.html")
    text = facts["text"]
    assert '<script>window.pwned=1</script> Talks & "quotes" <img src=x onerror=alert(4)>' in text
    assert "b --__img src=x onerror=alert(1)__!--" in text  # the safe name, shown as text
    assert "(from a file named b --><img src=x onerror=alert(1)><!--)" in text
    assert "</h2><script>alert(9)</script>" in text and "<script>alert(13)</script>" in text
    assert "<img src=x onerror=alert(15)>.txt: the article is empty" in text  # the failure, shown as text


def test_no_script_runs_on_any_side_by_side_preview(hostile_output, tools):
    pages = sorted(hostile_output.glob("*/preview/*.html"))
    assert len(pages) == 6
    for page in pages:
        facts = load(tools, page.as_uri())
        assert_no_script_ran(facts, page)
        if not page.name.startswith("___svg"):  # (the Markdown reader keeps the text of an article, not its HTML)
            assert "Erdogan said </td></tr></table><script>alert(5)</script> and <!-- a comment -->" in facts["text"]


def test_no_script_runs_in_the_reports_and_markdown_editions_rendered_as_html(hostile_output, tools, tmp_path):
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"html": True})
    sources = sorted(hostile_output.glob("*/report.md")) + sorted(hostile_output.glob("*/*.md"))
    assert len(sources) > 6
    for number, source in enumerate(sources):
        page = tmp_path / f"{number}.html"
        page.write_text(
            "<!doctype html><meta charset=utf-8><body>" + renderer.render(source.read_text("utf-8")), encoding="utf-8"
        )
        assert_no_script_ran(load(tools, page.as_uri()), source)


def test_the_pages_css_holds_the_hostile_font_names_as_strings(hostile_output):
    index = (hostile_output / "index.html").read_text(encoding="utf-8")
    style = index[index.index("<style>") : index.index("</style>")]
    assert "<" not in style[1:] and "javascript:alert" not in style.replace("\\", "")
    assert '"x\\7d \\3c \\2f style\\3e \\3c script\\3e alert\\28 7\\29 \\3c \\2f script\\3e "' in style
