"""Helpers shared by the suggest tests of desk articles: an article from plain text, and what suggest offers
from it (each candidate's short form and type, or each stub's id)."""

from toolkit.glossary.stubs import build_stubs
from toolkit.glossary.suggest import find_candidates
from toolkit.read.text import parse_plain_text


def article(text, name="article"):
    return parse_plain_text(text, name)


def found(text, glossary, name="article"):
    """Each candidate as (name, short, type)."""
    return {c.name: (c.short, c.type) for c in find_candidates([article(text, name)], glossary)}


def in_sentence(sentence, glossary):
    return found("Title\n\n" + sentence, glossary)


def ids(text, glossary):
    candidates = find_candidates([article("Title\n\n" + text)], glossary)
    return {stub.name: stub.id for stub in build_stubs(candidates, glossary, languages=[])}
