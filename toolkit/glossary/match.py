"""Find glossary mentions in English text.

Matching is on words, leftmost and longest first ("Ain al Assad" wins over
"Assad"), and forgiving in the ways English press copy varies: case
("al Nusra"/"Al Nusra"), hyphen or space ("al-Nusra"), diacritics
("Erdoğan"/"Erdogan"), curly or straight apostrophes. A possessive ending
("Erdogan's", "Assad’s") is noted on the mention, not swallowed by it.
It is not forgiving where that would invent names: a capitalised word of the
glossary must be capitalised in the text ("turkey" is not Turkey), and an
all-capitals spelling matches only in capitals ("US" is not "us").

Names match as whole tokens, with the symbols glued to them: "C++" needs its
"++" and never matches the "C" of "Section C", and "C" does not match inside
"C++", "#C" or "AT&T". Sentence punctuation after a name (. ! ?) is not
part of it ("U.S." also matches "U.S"). Invisible characters (zero-width
spaces and joiners, soft hyphens, bidi controls) are ignored on both sides,
so "Erdo\u200bgan" is Erdogan; mentions keep their offsets in the text as
given.

The glossary's spellings go into a word trie once, so matching costs one walk
per word of text whatever the size of the glossary.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from ..document import Document, Mention
from ..formatting import CODE, Span
from ..localise import inside_any, verbatim_spans
from ..read.characters import INVISIBLE
from .model import Glossary

_WORD = re.compile(r"[^\W_]+")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_GAP_SPACES = " \u00a0" + _DASHES
_APOSTROPHES = "'\u2019\u02bc\u2018"
# symbols that glue to a word and make another token of it: C++, C#, AT&T, #tag, @handle, $ticker
GLUE = frozenset("+#@&*=^~|<>$%")
_WEAK_ENDINGS = ".!?"  # sentence punctuation: never required after a name, never part of its span
# lowercase particles of Arabic and European names that English copy capitalises at will
PARTICLES = frozenset("al el bin ibn bint ad as ash an ar at az de del der di du la le van von the of".split())


@functools.lru_cache(maxsize=1 << 16)  # the words of news copy recur: most are folded once per run
def fold(word: str) -> str:
    """Case- and diacritic-free form of a word: 'Erdoğan' -> 'erdogan'."""
    if word.isascii():  # most words of English copy: no letter decomposes, none is a combining mark
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _gap(text: str) -> str:
    """What separates two words, with spaces and dashes counted as one kind."""
    if text == " ":
        return text  # by far the most common gap
    return text.strip(_GAP_SPACES) or " "


class _Spelling(NamedTuple):  # a tuple, so that a built trie can be cached (toolkit.glossary.built)
    entry_id: str
    words: tuple[str, ...]  # as written in the glossary
    gaps: tuple[str, ...]
    short: bool
    prefix: str = ""  # symbols glued before the first word (".NET": ".")
    suffix: str = ""  # symbols glued after the last word, required ("C++": "++")


def _split(spelling: str) -> tuple[list[re.Match], list[str]]:
    words = list(_WORD.finditer(spelling))
    gaps = [_gap(spelling[a.end() : b.start()]) for a, b in itertools.pairwise(words)]
    return words, gaps


def _glued(spelling: str, words: list[re.Match]) -> tuple[str, str]:
    """The symbols a stripped spelling glues to its first and last word: ("", "++") for "C++"."""
    if not words:
        return "", ""
    before, after = spelling[: words[0].start()], spelling[words[-1].end() :]
    prefix = before.split()[-1] if before.strip() and not before[-1].isspace() else ""
    suffix = after.split()[0] if after.strip() and not after[0].isspace() else ""
    return prefix, suffix.rstrip(_WEAK_ENDINGS)


def visible(spelling: str) -> str:
    """A spelling without invisible characters (zero-width spaces, soft hyphens, bidi controls)."""
    return INVISIBLE.sub("", spelling)


def spelling_key(spelling: str) -> tuple:
    """What the matcher sees of a spelling: two spellings with one key are the same name."""
    spelling = visible(spelling).strip()
    words, gaps = _split(spelling)
    return tuple(fold(word.group()) for word in words), tuple(gaps), *_glued(spelling, words)


class Matcher:
    """Finds mentions of a glossary's entries; build once, use on many texts."""

    def __init__(self, glossary: Glossary):
        self._trie: dict = {}
        for entry in glossary:
            name_length = len(_WORD.findall(entry.name))
            for spelling in entry.spellings:
                spelling = visible(spelling).strip()
                words, gaps = _split(spelling)
                if not words:
                    continue
                node = self._trie
                for word in words:
                    node = node.setdefault(fold(word.group()), {})
                short = entry.short is not None and len(words) < name_length
                node.setdefault(None, []).append(
                    _Spelling(entry.id, tuple(w.group() for w in words), tuple(gaps), short, *_glued(spelling, words))
                )
        for node in self._nodes(self._trie):  # spellings with glued symbols first: "C++" before "C"
            if None in node:
                node[None].sort(key=lambda spelling: -len(spelling.prefix + spelling.suffix))

    def plain_trie(self) -> dict:
        """The word trie as builtins only (nested dicts, tuples), for :meth:`from_plain_trie`."""

        def plain(node: dict) -> dict:
            return {
                key: [tuple(spelling) for spelling in child] if key is None else plain(child)
                for key, child in node.items()
            }

        return plain(self._trie)

    @classmethod
    def from_plain_trie(cls, trie: dict) -> Matcher:
        """A matcher from the trie :meth:`plain_trie` gave (its spellings made tuples of their fields)."""
        matcher = cls.__new__(cls)
        for node in cls._nodes(trie):
            if None in node:
                node[None] = [_Spelling._make(spelling) for spelling in node[None]]
        matcher._trie = trie
        return matcher

    @classmethod
    def _nodes(cls, node: dict):
        stack = [node]
        while stack:
            current = stack.pop()
            yield current
            stack.extend(child for key, child in current.items() if key is not None)

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, leftmost and longest first; offsets index ``text`` as given. A name inside
        a web or mail address, a social handle or hashtag or a coordinate (https://x.org/Syria, @The_Erdogan) is
        no mention: those are written as they are."""
        mentions = self._find_visible(text)
        if not mentions:
            return mentions
        spans = verbatim_spans(text)
        return [m for m in mentions if not inside_any(spans, m.start, m.end)]

    def _find_visible(self, text: str) -> list[Mention]:
        if not INVISIBLE.search(text):
            return self._find(text)
        kept = [index for index, character in enumerate(text) if not INVISIBLE.match(character)]
        shown = "".join(text[index] for index in kept)
        mentions = []
        for mention in self._find(shown):
            start, end = kept[mention.start], kept[mention.end - 1] + 1
            mentions.append(replace(mention, start=start, end=end, surface=text[start:end]))
        return mentions

    def _find(self, text: str) -> list[Mention]:
        words = list(_WORD.finditer(text))
        folded = [fold(w.group()) for w in words]
        mentions: list[Mention] = []
        trie = self._trie
        index = 0
        while index < len(words):
            if folded[index] not in trie:  # most words open no spelling
                index += 1
                continue
            best: tuple[int, _Spelling] | None = None
            node = trie
            for end in range(index, len(words)):
                following = node.get(folded[end])
                if following is None:
                    break
                node = following
                for spelling in node.get(None, ()):
                    if self._fits(spelling, words[index : end + 1], text):
                        best = (end, spelling)
                        break
            if best is None:
                index += 1
                continue
            end, spelling = best
            start_char = words[index].start() - len(spelling.prefix)
            end_char = words[end].end() + len(spelling.suffix)
            mentions.append(
                Mention(
                    entry_id=spelling.entry_id,
                    start=start_char,
                    end=end_char,
                    surface=text[start_char:end_char],
                    short=spelling.short,
                    possessive=_is_possessive(text, end_char),
                )
            )
            index = end + 1
        return mentions

    @staticmethod
    def _fits(spelling: _Spelling, found: list[re.Match], text: str) -> bool:
        gaps = [_gap(text[a.end() : b.start()]) for a, b in itertools.pairwise(found)]
        if tuple(gaps) != spelling.gaps:
            return False
        start, end = found[0].start() - len(spelling.prefix), found[-1].end() + len(spelling.suffix)
        if (
            start < 0
            or text[start : found[0].start()] != spelling.prefix
            or text[found[-1].end() : end] != spelling.suffix
        ):
            return False
        before, after = text[start - 1 : start] if start else "", text[end : end + 1]
        if before in GLUE or after in GLUE or (spelling.suffix and after.isalnum()):
            return False  # the token goes on: "C" in "C++", "C++" in "C++11", "Erdogan" in "#Erdogan"
        for wanted, match in zip(spelling.words, found):
            actual = match.group()
            if len(wanted) > 1 and wanted.isupper():
                if fold(actual) != fold(wanted) or not actual.isupper():
                    return False
            elif wanted[0].isupper() and actual[0].islower() and fold(wanted) not in PARTICLES:
                return False
        return True


def _is_possessive(text: str, end: int) -> bool:
    rest = text[end : end + 3]
    if len(rest) >= 2 and rest[0] in _APOSTROPHES and rest[1] == "s":
        return len(rest) == 2 or not rest[2].isalnum()
    if rest[:1] and rest[0] in _APOSTROPHES and text[end - 1 : end] == "s":
        return len(rest) == 1 or not rest[1].isalnum()
    return False


def outside_code(mentions: Iterable[Mention], spans: Sequence[Span]) -> tuple[Mention, ...]:
    """The mentions that are not inside inline code (code is never translated, so a name in it is no name)."""
    code = [(span.start, span.end) for span in spans if span.format.kind == CODE]
    return tuple(m for m in mentions if not any(start < m.end and m.start < end for start, end in code))


def match_document(document: Document, matcher: Matcher) -> Document:
    """Match: the glossary names of every source sentence, found once per matcher.

    A document this matcher has matched already keeps its mentions (a batch
    matches before it asks the memory what the engine will need); another
    matcher, another glossary perhaps, matches afresh.
    """
    if document.matched_by is not matcher:
        for segment in document.segments:
            segment.mentions = outside_code(matcher.find(segment.text), segment.spans)
        document.matched_by = matcher
    return document
