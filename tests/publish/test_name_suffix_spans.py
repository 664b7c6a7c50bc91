"""A Turkish case suffix on a name that ends a link or an emphasis span stands outside the span, after the
apostrophe, as a Turkish reader writes it ([Citizen Lab](…)'dan, **Tahran**'da), in Markdown, HTML and
DOCX alike; a span that goes on past the name keeps the suffix inside."""

import io
import re
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn

from toolkit.formatting import BOLD, ITALIC, LINK, Format, Span
from toolkit.publish.docx import side_by_side_docx
from toolkit.publish.markup import html_inline, markdown_inline
from toolkit.render import EditionNames, HouseStyle, render
from toolkit.slots import Template

URL = "https://example.org/report"


def spans_of(source, *marked):
    """Spans over the source's words: (text, format) pairs, each found in ``source``."""
    return tuple(Span(source.index(text), source.index(text) + len(text), fmt) for text, fmt in marked)


CASES = [
    # (Turkish template, source, spans, Markdown)
    (
        "Rapor {#a1}{tehran:abl}{/a1} geldi.",
        "The report came from Tehran.",
        (("Tehran", Format(LINK, URL)),),
        f"Rapor [Tahran]({URL})'dan geldi.",
    ),
    (
        "Heyet {#b1}{tehran:loc}{/b1} görüştü.",
        "The delegation met in Tehran.",
        (("Tehran", Format(BOLD)),),
        "Heyet **Tahran**'da görüştü.",
    ),
    (
        "Açıklama {#i1}{putin:short+gen}{/i1} sözleriydi.",
        "The statement was Putin's words.",
        (("Putin", Format(ITALIC)),),
        "Açıklama *Putin*'in sözleriydi.",
    ),
    (
        # the link covers more than the name: the suffix is inside the span, which goes on
        "{#a1}{tehran:loc} görüşmeleri{/a1} sürüyor.",
        "Talks in Tehran go on.",
        (("Talks in Tehran", Format(LINK, URL)),),
        f"[Tahran'da görüşmeleri]({URL}) sürüyor.",
    ),
    (
        # a bold sentence with a linked name: the suffix leaves the link, stays bold
        "{#b1}Heyet {#a2}{tehran:dat}{/a2} gitti.{/b1}",
        "The delegation went to Tehran.",
        (("The delegation went to Tehran.", Format(BOLD)), ("Tehran", Format(LINK, URL))),
        f"**Heyet** [**Tahran**]({URL})**'a gitti.**",  # a link is outermost: the bold closes and reopens
    ),
]


@pytest.mark.parametrize(("template", "source", "marked", "markdown"), CASES)
def test_the_suffix_stands_outside_a_span_that_ends_with_the_name(glossary, template, source, marked, markdown):
    pieces, names, problems = render(Template.parse(template), glossary, "tr", spans=spans_of(source, *marked))
    assert not problems
    assert markdown_inline(pieces) == markdown
    text = "".join(piece.text for piece in pieces)
    assert names and all(name.text in text for name in names)  # the name as rendered is whole: Tahran'dan


@pytest.mark.parametrize(("template", "source", "marked", "markdown"), CASES)
def test_the_house_style_renderer_does_the_same(glossary, template, source, marked, markdown):
    rendering = EditionNames(glossary, "tr", HouseStyle())
    pieces, _, _ = rendering.render(Template.parse(template), source=source, spans=spans_of(source, *marked))
    assert markdown_inline(pieces) == markdown


def test_html_writes_the_suffix_after_the_closing_tag(glossary):
    source = "The report came from Tehran."
    pieces, _, _ = render(
        Template.parse("Rapor {#a1}{tehran:abl}{/a1} geldi."),
        glossary,
        "tr",
        spans=spans_of(source, ("Tehran", Format(LINK, URL))),
    )
    assert re.search(r'<a href="[^"]+">Tahran</a>\'dan geldi', html_inline(pieces).replace("&#x27;", "'"))


def test_the_name_piece_keeps_the_name_and_the_suffix_is_plain_text(glossary):
    source = "The report came from Tehran."
    pieces, _, _ = render(
        Template.parse("Rapor {#a1}{tehran:abl}{/a1} geldi."),
        glossary,
        "tr",
        spans=spans_of(source, ("Tehran", Format(LINK, URL))),
    )
    name = next(p for p in pieces if p.entry_id)
    after = pieces[pieces.index(name) + 1]
    assert (name.text, name.formats) == ("Tahran", frozenset({Format(LINK, URL)}))
    assert (after.text, after.entry_id, after.formats) == ("'dan", None, frozenset())


@pytest.mark.parametrize(
    ("template", "language", "text"),
    [
        ("Heyet {#b1}{tehran}{/b1} görüştü.", "tr", "Tahran"),  # no suffix: nothing moves
        ("Делегация {#b1}{tehran:prep}{/b1}.", "ru", "Тегеране"),  # a Russian ending is part of the word
        ("{#b1}{tehran:wa+bi}{/b1}", "ar", "وبطهران"),
    ],
)
def test_names_without_an_apostrophe_suffix_stay_whole(glossary, template, language, text):
    source = "The delegation met in Tehran."
    pieces, _, _ = render(
        Template.parse(template), glossary, language, spans=spans_of(source, ("Tehran", Format(BOLD)))
    )
    name = next(p for p in pieces if p.entry_id)
    assert name.text == text and name.formats == frozenset({Format(BOLD)})


def test_docx_keeps_the_suffix_outside_the_hyperlink(seed_editions, glossary):
    source = "The report came from Tehran."
    pieces, _, _ = render(
        Template.parse("Rapor {#a1}{tehran:abl}{/a1} geldi."),
        glossary,
        "tr",
        spans=spans_of(source, ("Tehran", Format(LINK, URL))),
    )
    edition = seed_editions["tr"]
    block = edition.blocks[1]
    segment = replace(block.segments[0], pieces=pieces, problems=[])
    edition = replace(
        edition,
        blocks=[edition.blocks[0], replace(block, segments=[segment, *block.segments[1:]]), *edition.blocks[2:]],
    )
    document = docx.Document(io.BytesIO(side_by_side_docx(edition)))
    (link,) = [
        link
        for link in document.element.body.iter(qn("w:hyperlink"))
        if "Tahran" in "".join(t.text for t in link.iter(qn("w:t")))
    ]
    assert "".join(t.text for t in link.iter(qn("w:t"))) == "Tahran"
    after = link.getnext()
    assert "".join(t.text for t in after.iter(qn("w:t"))) == "'dan"
