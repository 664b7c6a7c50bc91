"""Target text with names as slots, ``"встреча с {mamlouk:short+ins}"``, and formatting as tags.

A reviewed translation stores every proper name as a slot that says *which*
entry and *which form*: ``short`` (the short rendering) or ``adj`` (the
adjective made from the name: "US forces" -> ``القوات {united-states:adj+f+al}``),
and grammatical tokens, joined by ``+``.
The glossary fills the slot at render time, so an editor's fix to a rendering
reaches every edition without redoing any translation.

Inline formatting is a :class:`Tag` that names the source's formatting span
by its number (:mod:`toolkit.formatting`): ``{#b1}`` opens bold span 1 and
``{/b1}`` closes it; ``{#a2}...{/a2}`` is link 2 (its URL is the source's);
``{#code3/}`` stands for inline code 3 (its text is the source's, never
translated) and ``{#br4/}`` for a line break. A name inside bold stays a slot
inside the tags: ``{#b1}{putin:short}{/b1}``. Slot ids start with a letter or
digit, so ``{#`` and ``{/`` never begin a slot. A brace of the text itself is
written ``{{`` in a template's code, so text that only looks like a slot or a
tag (``{id}`` in an article, a memory unit or a model's output) is never read
as one.
"""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.patterns import LazyPattern

from .records import dataclass

# tokens that choose which of an entry's renderings a slot shows; the others are grammatical forms
_SELECTORS = ("short", "adj")
SLOT = LazyPattern(r"\{(?P<id>[a-z0-9][a-z0-9-]*)(?::(?P<form>[a-z]+(?:\+[a-z]+)*))?\}")
TAG = LazyPattern(r"\{(?P<role>[#/])(?P<name>b|i|u|s|a|code|br)(?P<number>[1-9][0-9]{0,3})(?P<alone>/?)\}")
# a brace of the text that parsing would read otherwise than as itself: the start of a code, or of "{{"
_READ_AS_CODE = LazyPattern(f"\\{{(?=\\{{|{SLOT.pattern[2:]}|{TAG.pattern[2:]})")
_TEMPLATE_CODE_OR_BRACE = LazyPattern(f"(?P<brace>\\{{\\{{)|{SLOT.pattern}|{TAG.pattern}")
OPEN, CLOSE, STANDALONE = "open", "close", "standalone"


@dataclass(frozen=True)
class Slot:
    entry_id: str
    short: bool = False
    tokens: tuple[str, ...] = ()
    adjective: bool = False  # the adjective made from the name (American, الأمريكية), not the name itself

    @property
    def code(self) -> str:
        """The slot as written in a template: ``{id}``, ``{id:short+gen}`` or ``{id:adj+f+al}``."""
        form = (["short"] if self.short else []) + (["adj"] if self.adjective else []) + list(self.tokens)
        return "{" + self.entry_id + (":" + "+".join(form) if form else "") + "}"


@dataclass(frozen=True)
class Tag:
    """Where a formatting span of the source opens or closes (or, for code and breaks, stands) in a translation.

    ``number`` is the span's number in its source segment; ``name`` its
    tag name (``b``, ``i``, ``u``, ``s``, ``a``, ``code``, ``br``).
    """

    number: int
    name: str
    role: str  # OPEN, CLOSE or STANDALONE

    @property
    def code(self) -> str:
        if self.role == CLOSE:
            return f"{{/{self.name}{self.number}}}"
        return f"{{#{self.name}{self.number}{'/' if self.role == STANDALONE else ''}}}"


Part = str | Slot | Tag


@dataclass(frozen=True)
class Template:
    """A target segment: text with name slots and formatting tags, in reading order."""

    parts: tuple[Part, ...]

    @classmethod
    def parse(cls, text: str) -> Template:
        """A template from its code (:attr:`code`): ``{{`` is a brace of the text, never the start of a code."""
        parts: list[Part] = []
        position = 0
        for match in _TEMPLATE_CODE_OR_BRACE.finditer(text):
            if match.start() > position:
                parts.append(text[position : match.start()])
            if match.group("brace") is not None:
                parts.append("{")
            elif match.group("id") is not None:
                tokens = tuple((match.group("form") or "").split("+")) if match.group("form") else ()
                parts.append(
                    Slot(
                        match.group("id"),
                        "short" in tokens,
                        tuple(t for t in tokens if t not in _SELECTORS),
                        adjective="adj" in tokens,
                    )
                )
            else:
                role = CLOSE if match.group("role") == "/" else STANDALONE if match.group("alone") else OPEN
                parts.append(Tag(int(match.group("number")), match.group("name"), role))
            position = match.end()
        if position < len(text):
            parts.append(text[position:])
        return cls.joined(parts) if "{{" in text else cls(tuple(parts))

    @classmethod
    def joined(cls, parts: Iterable[Part]) -> Template:
        """A template of ``parts`` as built piece by piece: empty text left out, neighbouring text joined."""
        joined: list[Part] = []
        for part in parts:
            if isinstance(part, str):
                if not part:
                    continue
                if joined and isinstance(joined[-1], str):
                    joined[-1] += part
                    continue
            joined.append(part)
        return cls(tuple(joined))

    @property
    def slots(self) -> list[Slot]:
        return [part for part in self.parts if isinstance(part, Slot)]

    @property
    def tags(self) -> list[Tag]:
        return [part for part in self.parts if isinstance(part, Tag)]

    def without_tags(self) -> Template:
        """The template with its formatting left out (neighbouring text joined)."""
        parts: list[Part] = []
        for part in self.parts:
            if isinstance(part, Tag):
                continue
            if isinstance(part, str) and parts and isinstance(parts[-1], str):
                parts[-1] += part
            else:
                parts.append(part)
        return Template(tuple(parts))

    @property
    def code(self) -> str:
        """The template as one string, slots and tags as their codes; a brace of the text that would otherwise
        be read as the start of a code is written ``{{``, so text that merely looks like one (``{id}``,
        ``{#b1}`` in an article or a memory) stays text when the code is parsed again (:meth:`parse`); any
        other brace is written as it is."""
        written = []
        for index, part in enumerate(self.parts):
            if isinstance(part, str):
                code_follows = index + 1 < len(self.parts)  # a slot's or tag's code, which starts with a brace
                part = _READ_AS_CODE.sub("{{", part + ("{" if code_follows else ""))[: -1 if code_follows else None]
                written.append(part)
            else:
                written.append(part.code)
        return "".join(written)
