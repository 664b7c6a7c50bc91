"""Fill name slots from the glossary, in the grammatical form each slot asks for; formatting tags become formats.

Each tag names a formatting span of the source segment (:mod:`toolkit.slots`):
the pieces between an opening and its closing tag carry that span's format
(bold, a link with the source's address...); a code tag becomes a piece of
the source's code text, never translated; a break tag a ``"\n"`` piece, with
the spaces around it left out.

:func:`render` fills the slots of one translation as the memory stores them.
An edition applies its newsroom's house style on top (:class:`EditionNames`),
segment by segment in reading order:

- **first mentions**: an entity's first mention in the edition (titles and
  subheadings do not count unless the newsroom says so) takes the entry's
  ``first`` form (a title and the full name, an explanatory apposition), or,
  for the entry types the newsroom names, the full name where the
  translation has the short one; later mentions keep the form their slot
  asks for. Where the English already introduces the name (a title or role
  just before it, an apposition just after it), the translation does too, so
  only the full name is used. Words of the ``first`` form that the sentence
  already has beside the slot are not repeated.
- **annotations**: the entry's annotations of the kinds the newsroom
  switches on for the language (a legal note such as «(запрещена в РФ)»)
  follow the first mention, after a closing quotation mark, once.

Nothing here changes what the memory stores: the same translation renders
with the house style in an edition and without it in review files.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .document import Mention, Piece, RenderedName
from .formatting import BREAK, Format, Span
from .glossary.model import Entry, Glossary, Rendering
from .grammar import grammar_for
from .patterns import LazyPattern
from .problems import Problem
from .records import dataclass
from .slots import CLOSE, OPEN, Slot, Tag, Template


def _unrenderable(slot: Slot) -> Piece:
    # visible in every output, so a wrong name is never published silently
    return Piece(f"[?{slot.code}?]", slot.entry_id)


def _checked(slot: Slot, glossary: Glossary, language: str) -> tuple[Entry, Rendering] | Problem:
    """The slot's entry and rendering, or the problem that keeps it from being rendered."""
    if slot.entry_id not in glossary:
        return Problem("error", "unknown-entry", f"slot {slot.code} names no glossary entry")
    entry = glossary[slot.entry_id]
    rendering = entry.renderings.get(language)
    if rendering is None:
        return Problem(
            "error", "no-rendering", f"{entry.id} has no '{language}' rendering (add it at {entry.location})"
        )
    grammar = grammar_for(language)
    allowed = grammar.ADJECTIVE_TOKENS if slot.adjective else grammar.TOKENS
    unknown = [token for token in slot.tokens if token not in allowed]
    if unknown:
        shown = ", ".join(sorted(allowed)) or "none"
        what = "an adjective form" if slot.adjective else "form"
        return Problem(
            "error", "bad-form", f"slot {slot.code}: {what} {unknown[0]!r} is not a {language} form (allowed: {shown})"
        )
    if slot.adjective:
        if rendering.adjective is None:
            return Problem(
                "error",
                "no-adjective",
                f"slot {slot.code} asks for the adjective, but {entry.id} has no '{language}.adjective'",
            )
        if slot.short:
            return Problem("error", "bad-form", f"slot {slot.code}: a slot is the short form or the adjective")
        return entry, rendering
    reason = grammar.check_tokens(slot.tokens)
    if reason:
        return Problem("error", "bad-form", f"slot {slot.code}: {reason}")
    if slot.short and rendering.short is None:
        return Problem(
            "error",
            "no-short-form",
            f"slot {slot.code} asks for a short form, but {entry.id} has no '{language}.short'",
        )
    return entry, rendering


def render_slot(slot: Slot, glossary: Glossary, language: str) -> tuple[Piece, Problem | None]:
    """Render one slot, or return a visible marker and the reason it failed."""
    checked = _checked(slot, glossary, language)
    if isinstance(checked, Problem):
        return _unrenderable(slot), checked
    entry, rendering = checked
    grammar = grammar_for(language)
    if slot.adjective:
        assert rendering.adjective is not None  # checked above
        try:
            return Piece(grammar.inflect_adjective(rendering.adjective, slot.tokens), entry.id), None
        except ValueError as reason:
            return _unrenderable(slot), Problem("error", "no-adjective", f"slot {slot.code}: {reason}")
    return Piece(grammar.inflect(rendering.forms(slot.short), slot.tokens, rendering.pronounced), entry.id), None


def render(
    template: Template,
    glossary: Glossary,
    language: str,
    provisional: Glossary | None = None,
    *,
    spans: Sequence[Span] = (),
    source: str = "",
) -> tuple[list[Piece], list[RenderedName], list[Problem]]:
    """Every slot of ``template`` rendered: the pieces of text, the names as rendered, what went wrong.

    ``provisional`` holds the run's provisional entries (names no glossary
    entry covers yet): their slots render from it, as pieces marked provisional.
    ``spans`` and ``source`` are the source segment's formatting and text, which
    its tags name; without them, tags are left out.
    """
    pieces: list[Piece] = []
    names: list[RenderedName] = []
    problems: list[Problem] = []
    active: dict[int, Format] = {}
    suffixed: list[int] = []  # pieces of names with a suffix, under some format
    for part in template.parts:
        formats = frozenset(active.values())
        if isinstance(part, str):
            pieces.append(Piece(part, None, formats))
        elif isinstance(part, Tag):
            pieces += _tag(part, spans, source, active, formats)
        else:
            pending = provisional is not None and part.entry_id not in glossary and part.entry_id in provisional
            piece, problem = render_slot(part, provisional if pending and provisional else glossary, language)
            piece = Piece(_opening(piece.text, pieces, language), piece.entry_id, formats, provisional=pending)
            if formats and part.tokens and language in _SUFFIX_AFTER_APOSTROPHE:
                suffixed.append(len(pieces))
            pieces.append(piece)
            names.append(RenderedName(part.entry_id, part.code, piece.text, pending))
            if problem:
                problems.append(problem)
    if set_in_capitals(template, source):
        pieces, names = _names_in_capitals(pieces, names, language)
    pieces = _suffixes_outside_spans(pieces, suffixed)
    return _around_breaks(pieces) if spans else pieces, names, problems


def written_in_capitals(mention: Mention, glossary: Glossary) -> bool:
    """Whether the source sets a name in capitals that the glossary spells otherwise, as a dateline does (ANKARA,
    March 3; MOSCOW —): the edition writes it in capitals too, where its script has them. A name spelt in capitals
    anyway (NATO, US) is the glossary's to write."""
    letters = _cased_letters(mention.surface)
    if len(letters) < 2 or any(letter.islower() for letter in letters) or mention.entry_id not in glossary:
        return False
    spellings = glossary[mention.entry_id].spellings
    # the source's capitals must be one of the glossary's spellings in mixed case (ANKARA for Ankara): an
    # abbreviation it matched otherwise (U. S., USA) is no name set in capitals
    folded = mention.surface.casefold()
    return mention.surface not in spellings and any(spelling.casefold() == folded for spelling in spellings)


def _source_surface(spellings: Sequence[str], source: str, index: int) -> tuple[int, int] | None:
    """Where the English sentence ``source`` writes a name of ``spellings`` for the ``index``-th time (any case), as
    (start, end); None when it does not."""
    if not source:
        return None
    found = sorted(
        {
            match.span()
            for spelling in spellings
            if spelling
            for match in re.finditer(rf"(?<!\w){re.escape(spelling)}(?!\w)", source, re.IGNORECASE)
        }
    )
    return found[index] if 0 <= index < len(found) else None


# what follows a dateline's place: a comma before the date (ANKARA, March 3), a slash before another place
# (WASHINGTON/ANKARA), a dash (MOSCOW —)
_DATELINE_AFTER = LazyPattern(r",|/|[ \u00a0]+[-\u2013\u2014]")
_DATELINE_BEFORE = LazyPattern(r"[^\W\d_a-z]*(?:[ \u00a0][^\W\d_a-z]+)*/?")


def _in_a_dateline(entry: Entry, span: tuple[int, int], source: str, text: str) -> bool:
    """Whether a name not yet in the glossary, written at ``span`` of ``source``, is a place set in capitals in a
    line that is not (a dateline: ANKARA, March 3 (Reuters) -), so the edition writes its rendering ``text`` in
    capitals too: the name is in capitals in the English, at the start of the sentence or after other places in
    capitals, with a dateline's comma, slash or dash after it, and it is a place or written in small letters
    elsewhere. An abbreviation in capitals (BBC, UNICEF) is its rendering's to write (Би-би-си)."""
    start, end = span
    letters = _cased_letters(source[start:end])
    if len(letters) < 2 or any(letter.islower() for letter in letters) or not _cased_letters(text):
        return False
    if entry.type != "place" and not any(letter.islower() for spelling in entry.spellings for letter in spelling):
        return False
    return bool(_DATELINE_BEFORE.fullmatch(source[:start])) and bool(_DATELINE_AFTER.match(source, end))


def _as_the_source_cases(text: str, span: tuple[int, int], source: str, spellings: Sequence[str]) -> str:
    """A provisional rendering left in the English spelling (Reuters, in Latin letters) in the case the sentence
    writes it: the rendering chosen may come from a line in capitals (a photo credit, REUTERS/Umit Bektas), and
    the dateline's (Reuters) stays (Reuters)."""
    surface = source[span[0] : span[1]]
    folded = text.casefold()
    if folded == surface.casefold() and any(spelling.casefold() == folded for spelling in spellings):
        return surface
    return text


def _cased_letters(text: str) -> list[str]:
    return [character for character in text if character.lower() != character.upper()]


def set_in_capitals(template: Template, source: str) -> bool:
    """Whether a segment is set in capitals, as a headline may be (IRAN VOTES AS TURKEY WATCHES, İRAN SANDIK
    BAŞINDA): the English is words of capital letters, and so are the translation's own words around the names
    (a translation in sentence case, or one whose only words are names, says nothing of the sort)."""
    capitals = 0
    for character in source:  # most sentences: answered at their first small letter, not after every letter
        if character.lower() != character.upper():
            if character.islower():
                return False
            capitals += 1
    if capitals < 4 or len(source.split()) < 2:
        return False
    own = _cased_letters("".join(part for part in template.parts if isinstance(part, str)))
    return len(own) >= 2 and not any(letter.islower() for letter in own)


# a word Turkish writes as its own language does: a brand whose small first letter comes before a capital (iPhone,
# iOS, eBay) or one with a letter the Turkish alphabet lacks (Twitter, Wikipedia, Exxon); a Turkish firm's capital
# inside (DenizBank) is a Turkish word's
_FOREIGN_WORD = LazyPattern(r"[a-z]+[A-Z]\w*|\w*[qwxQWX]\w*")
_WORD_RUN = LazyPattern(r"\w+")


def in_capitals(text: str, language: str) -> str:
    """``text`` in capital letters, as ``language`` writes them (Turkish i -> İ, ı -> I); in Turkish, a foreign
    word keeps the capitals of its own language (IPHONE, TWITTER, not İPHONE, TWİTTER)."""
    if language != "tr":
        return text.upper()
    return _WORD_RUN.sub(
        lambda word: word.group().upper() if _FOREIGN_WORD.fullmatch(word.group()) else _turkish_upper(word.group()),
        text,
    )


def _turkish_upper(text: str) -> str:
    """``text`` in Turkish capitals: i -> İ, ı -> I."""
    return text.replace("i", "\u0130").upper()


def _names_in_capitals(
    pieces: list[Piece], names: list[RenderedName], language: str
) -> tuple[list[Piece], list[RenderedName]]:
    """The names of a segment set in capitals, in capitals too: pieces and names as the edition shows them."""
    pieces = [replace(p, text=in_capitals(p.text, language)) if p.entry_id is not None else p for p in pieces]
    return pieces, [replace(name, text=in_capitals(name.text, language)) for name in names]


# languages whose names take their case suffix after an apostrophe (Citizen Lab'dan)
_SUFFIX_AFTER_APOSTROPHE = frozenset({"tr"})
_APOSTROPHE_SUFFIX = LazyPattern(r"(?<=[^\s'’])['’][^\W\d_]+$")


def _suffixes_outside_spans(pieces: list[Piece], suffixed: Sequence[int]) -> list[Piece]:
    """A suffix after the apostrophe of a name that ends a link or an emphasis span stands outside it, as
    a Turkish reader writes it: [Citizen Lab](…)'dan, **Erdoğan**'ın. The name keeps its formats; the
    suffix keeps only those that go on past the name (a bold sentence stays bold). A suffix joined
    without an apostrophe (an institution's, Yönetiminin) is part of the word and stays inside."""
    for index in reversed(suffixed):
        piece = pieces[index]
        following = next((p for p in pieces[index + 1 :] if p.text), None)
        ending = piece.formats - (following.formats if following is not None else frozenset())
        suffix = _APOSTROPHE_SUFFIX.search(piece.text)
        if not ending or suffix is None:
            continue
        pieces[index : index + 1] = [
            replace(piece, text=piece.text[: suffix.start()]),
            Piece(suffix.group(), None, piece.formats - ending),
        ]
    return pieces


# what stands before a word that opens a sentence: nothing, or the end of a sentence, then opening quotation
# marks and brackets (a quotation opens a sentence of its own, also after a colon), or the dash that opens
# direct speech
_OPENS_SENTENCE = LazyPattern(r"(?:^(?:[—–]\s*)?|[.!?…][»\"”’)]*\s+|:\s*(?=[«“„\"]))[«“„\"‘'(\[]*\s*$")
# private-use characters a caller writes into a template for its formatting tags (the XLIFF export does) are not
# text: a name after one opens its sentence as it does in the edition
_TAG_MARKS = LazyPattern("[\U000f0000-\U000ffffd]")
_SPACES = LazyPattern(r"\s+")


# a full stop after an abbreviation the editions write inside sentences (в 2020 г., проф., т. е.; Dr., Prof.) does
# not end the sentence: "В 2020 г. иранский генерал" goes on in lowercase
_AFTER_ABBREVIATION = LazyPattern(
    r"(?:^|[\s(«“„\"])(?:гг?|т\.\s?[неп]|им|ул|проф|акад|ген|св|см|ср|р-н|Dr|Prof|Doç|Yrd|Av|Sn|bkz|St)\.\s*[«“„\"‘'(\[]*$",
    re.IGNORECASE,
)


def _opening(text: str, before: Sequence[Piece], language: str = "") -> str:
    """A slot's text, capitalised where it opens a sentence: an adjective («Американские войска»), a name
    whose rendering starts with a particle («Фон Вебер», "Von der Leyen"), a first mention that opens with
    a title («Иранский генерал Касем Сулеймани»). Written in lowercase, they are right inside a sentence."""
    if not text[:1].islower() or _capital_inside_first_word(text):
        return text  # most names: nothing to read in the sentence before them
    # a run of spaces as one: the patterns below would read a long run again from each of its characters
    written = _SPACES.sub(" ", _TAG_MARKS.sub("", _text(before)))
    if _OPENS_SENTENCE.search(written) and not _AFTER_ABBREVIATION.search(written):
        first = "İ" if language == "tr" and text[0] == "i" else text[0].upper()
        return first + text[1:]
    return text


_FIRST_WORD = LazyPattern(r"[^\W\d_]+")


def _capital_inside_first_word(text: str) -> bool:
    """Whether the first word has a capital after its lowercase first letter (iPhone, eBay, iOS): a name written
    so on purpose, which a sentence does not change. A particle joined by a hyphen or apostrophe is a word of its
    own (аль-Багдади, d'Estaing), so it still takes the sentence's capital."""
    first = _FIRST_WORD.match(text)
    return first is not None and any(character.isupper() for character in first.group()[1:])


def _tag(
    part: Tag, spans: Sequence[Span], source: str, active: dict[int, Format], formats: frozenset[Format]
) -> list[Piece]:
    """A formatting tag: opens or closes its span's format in ``active``; a break or inline code is a piece."""
    span = spans[part.number - 1] if 0 < part.number <= len(spans) else None
    if span is None:
        return []
    if part.role == OPEN:
        active[part.number] = span.format
    elif part.role == CLOSE:
        active.pop(part.number, None)
    elif span.format.kind == BREAK:
        return [Piece("\n", None, formats)]
    else:  # inline code, or a link shown as its address: the source's own text
        return [Piece(source[span.start : span.end], None, formats | {span.format})]
    return []


def _around_breaks(pieces: list[Piece]) -> list[Piece]:
    """Without the spaces either side of a line break (it stands for them), and without empty pieces."""
    result: list[Piece] = []
    for index, piece in enumerate(pieces):
        text = piece.text
        if piece.entry_id is None and not piece.code:
            if index + 1 < len(pieces) and pieces[index + 1].text == "\n":
                text = text.rstrip(" ")
            if result and result[-1].text == "\n":
                text = text.lstrip(" ")
        if text or piece.entry_id:
            result.append(piece if text == piece.text else replace(piece, text=text))
    return result


# --- House style: first mentions and annotations ------------------------------------------------------------


@dataclass(frozen=True)
class HouseStyle:
    """What a newsroom asks of the names in one language's editions (from its settings)."""

    annotations: frozenset[str] = frozenset()  # annotation kinds printed after a first mention
    full_name_first: frozenset[str] = frozenset()  # entry types introduced by their full name
    headings_count: bool = False  # a name in a title or subheading is its first mention

    @classmethod
    def of(cls, settings, language: str) -> HouseStyle:
        """The house style ``settings`` (:class:`toolkit.settings.Settings`) give ``language``."""
        return cls(
            frozenset(settings.language(language).annotations),
            frozenset(settings.first_mention_full_name),
            settings.first_mention_in_headings,
        )


class EditionNames:
    """Renders the segments of one edition in reading order, with the newsroom's house style.

    It remembers which entries the edition has introduced, so make one per
    article and language, and render every segment through it in order.
    Not ``enabled``, it renders every slot as :func:`render` does.
    """

    def __init__(
        self,
        glossary: Glossary,
        language: str,
        style: HouseStyle,
        enabled: bool = True,
        provisional: Glossary | None = None,
    ):
        self.glossary, self.language, self.style, self.enabled = glossary, language, style, enabled
        self.provisional = provisional  # the run's provisional entries: rendered as they are, marked
        self.grammar = grammar_for(language)
        self.introduced: set[str] = set()

    def render(
        self,
        template: Template,
        *,
        heading: bool = False,
        source: str = "",
        mentions: Sequence[Mention] = (),
        spans: Sequence[Span] = (),
    ) -> tuple[list[Piece], list[RenderedName], list[Problem]]:
        """One segment: its pieces, names and problems. ``heading`` for a title or subheading; ``source`` and
        ``mentions`` are the English sentence and its glossary mentions (to see what it introduces), ``spans``
        its formatting (as :func:`render` takes them)."""
        pieces: list[Piece] = []
        names: list[RenderedName] = []
        problems: list[Problem] = []
        seen: Counter[str] = Counter()
        active: dict[int, Format] = {}
        pending: str | None = None  # an annotation waiting for the text after its name
        suffixed: list[int] = []  # pieces of names with a suffix, under some format
        parts = template.parts
        for index, part in enumerate(parts):
            formats = frozenset(active.values())
            if isinstance(part, str):
                if pending is not None:
                    pieces += _annotated(part, pending, _text(pieces), formats)
                    pending = None
                else:
                    pieces.append(Piece(part, None, formats))
                continue
            if isinstance(part, Tag):
                pieces += _tag(part, spans, source, active, formats)
                continue
            mention = _nth_mention(mentions, part.entry_id, seen[part.entry_id])
            seen[part.entry_id] += 1
            if (
                self.provisional is not None
                and part.entry_id not in self.glossary
                and part.entry_id in self.provisional
            ):  # no house style for a name not yet in the glossary
                if pending is not None:
                    pieces.append(Piece(" " + pending))
                    pending = None
                piece, problem = render_slot(part, self.provisional, self.language)
                text = _opening(piece.text, pieces, self.language)
                entry = self.provisional[part.entry_id]
                surface = _source_surface(entry.spellings, source, seen[part.entry_id] - 1)
                if surface is not None:
                    text = _as_the_source_cases(text, surface, source, entry.spellings)
                    text = in_capitals(text, self.language) if _in_a_dateline(entry, surface, source, text) else text
                if formats and part.tokens and self.language in _SUFFIX_AFTER_APOSTROPHE:
                    suffixed.append(len(pieces))
                pieces.append(Piece(text, piece.entry_id, formats, provisional=True))
                names.append(RenderedName(part.entry_id, part.code, text, True))
                problems += [problem] if problem else []
                continue
            before = _text(pieces)
            after = next((p for p in parts[index + 1 : index + 2] if isinstance(p, str)), "")
            piece, problem, annotation = self._slot(part, heading, before, after, source, mention)
            text = _opening(piece.text, pieces, self.language)
            if mention is not None and written_in_capitals(mention, self.glossary):
                text = in_capitals(text, self.language)
            piece = replace(piece, text=text, formats=formats)
            if formats and part.tokens and self.language in _SUFFIX_AFTER_APOSTROPHE:
                suffixed.append(len(pieces))
            pieces.append(piece)
            names.append(RenderedName(part.entry_id, part.code, piece.text))
            problems += [problem] if problem else []
            if annotation is not None:
                warning = _placement_warning(before, after, annotation, piece.text)
                problems += [warning] if warning else []
                if index + 1 < len(parts) and isinstance(parts[index + 1], str):
                    pending = annotation
                else:
                    pieces.append(Piece(" " + annotation))
        if set_in_capitals(template, source):
            pieces, names = _names_in_capitals(pieces, names, self.language)
        pieces = _suffixes_outside_spans(pieces, suffixed)
        return _around_breaks(pieces) if spans else pieces, names, problems

    def _slot(
        self,
        slot: Slot,
        heading: bool,
        before: str,
        after: str,
        source: str,
        mention: Mention | None,
    ) -> tuple[Piece, Problem | None, str | None]:
        """The slot rendered, a problem, and the annotation to print after it (None: none)."""
        checked = _checked(slot, self.glossary, self.language)
        if (
            not self.enabled
            or isinstance(checked, Problem)
            or slot.adjective
            or slot.entry_id in self.introduced
            or (heading and not self.style.headings_count)
        ):
            piece, problem = render_slot(slot, self.glossary, self.language)
            return piece, problem, None
        self.introduced.add(slot.entry_id)
        entry, rendering = checked
        introduced = mention is not None and introduced_in_source(source, mention)
        chosen = rendering.first if rendering.first and not introduced else None
        if chosen is None and slot.short and (entry.type in self.style.full_name_first or rendering.first):
            chosen = rendering.full
        problem = None
        if chosen is None:
            piece = Piece(
                self.grammar.inflect(rendering.forms(slot.short), slot.tokens, rendering.pronounced), entry.id
            )
        else:
            tokens = self._tokens(slot, rendering, chosen, before, entry)
            if tokens is None:
                piece = Piece(
                    self.grammar.inflect(rendering.forms(slot.short), slot.tokens, rendering.pronounced), entry.id
                )
                problem = Problem(
                    "warning",
                    "first-mention-form",
                    f"'{piece.text}' is the first mention of {entry.id}, but the form its "
                    f"introduction needs is not known, so it stays as it is: write the case in the "
                    f"slot (e.g. {Slot(slot.entry_id, slot.short, ('gen',)).code})",
                )
            else:
                text = self.grammar.inflect(chosen, tokens, rendering.pronounced)
                if chosen is rendering.first:
                    name = self.grammar.inflect(rendering.full, tokens, rendering.pronounced)
                    text = _without_repeats(text, name, before, after)
                piece = Piece(text, entry.id)
        annotations = [text for kind, text in rendering.annotations.items() if kind in self.style.annotations]
        annotation = " ".join(annotations) if annotations else None
        if annotation is not None and _stripped_start(after).startswith(annotation):
            annotation = None  # the translation prints it already (a reviewed edition brought back)
        return piece, problem, annotation

    def _tokens(
        self,
        slot: Slot,
        rendering: Rendering,
        chosen: Mapping[str, str],
        before: str,
        entry: Entry,
    ) -> tuple[str, ...] | None:
        """The slot's tokens for the forms chosen, or None when they cannot say which form: a Russian slot
        of an indeclinable name carries no case (Сулеймани), but the full name declines (Касема Сулеймани)."""
        usual = rendering.forms(slot.short)
        if slot.tokens or not self.grammar.REQUIRES_ALL_FORMS or len(usual) > 1 or len(chosen) == 1:
            return slot.tokens
        governed = self.grammar.NAMES.governed_forms(before, person=entry.type in ("person", "nickname"))
        if governed and len(governed) == 1:
            return (governed[0],) if governed[0] != "nom" else ()
        return None


def _text(pieces: Sequence[Piece]) -> str:
    return "".join(piece.text for piece in pieces)


def _nth_mention(mentions: Sequence[Mention], entry_id: str, index: int) -> Mention | None:
    found = [mention for mention in mentions if mention.entry_id == entry_id]
    return found[index] if index < len(found) else None


# closing quotation marks an annotation follows ("«Джебхат ан-Нусра» (запрещена в РФ)"); ASCII " is a closing
# mark when it ends a quotation the slot stands in
_CLOSING = "»”“’"


def _closing_marks(text_before: str, after: str) -> int:
    """How many characters at the start of ``after`` close quotations the name stands in."""
    count = 0
    inside_ascii = text_before.count('"') % 2 == 1
    for character in after:
        if character in _CLOSING or (character == '"' and inside_ascii):
            inside_ascii = inside_ascii and character != '"'
            count += 1
        else:
            break
    return count


def _annotated(
    after: str,
    annotation: str,
    text_before: str,
    formats: frozenset[Format] = frozenset(),
) -> list[Piece]:
    """The text after a first mention with its annotation put in, after any closing quotation marks."""
    closing = _closing_marks(text_before, after)
    return [
        piece
        for piece in (
            Piece(after[:closing], None, formats),
            Piece(" " + annotation),
            Piece(after[closing:], None, formats),
        )
        if piece.text
    ]


def _stripped_start(after: str) -> str:
    return after.lstrip('"»”“’ ')


def _placement_warning(before: str, after: str, annotation: str, name: str) -> Problem | None:
    """A warning where the annotation lands inside brackets or right before another bracket."""
    inside = before.count("(") > before.count(")") or before.count("[") > before.count("]")
    beside = _stripped_start(after).startswith(("(", "["))
    if not inside and not beside:
        return None
    where = "inside brackets" if inside else "just before a bracket"
    return Problem(
        "warning",
        "annotation-placement",
        f"the annotation {annotation!r} after '{name}' stands {where}: check that the sentence reads well",
    )


_COMMAS = (",", "\u060c")  # , and the Arabic-script ،
_PUNCTUATION = set(".,;:!?)]»”\u060c\u061b\u061f")


def _without_repeats(first: str, name: str, before: str, after: str) -> str:
    """The first-mention form without the words the sentence already has beside the slot: a title the
    translation writes before it ("رئیس‌جمهور" + "رئیس‌جمهور سوریه بشار اسد"), an apposition after it."""
    at = first.find(name)
    if at < 0:
        return first
    prefix, suffix = first[:at], first[at + len(name) :]
    prefix_words, before_words = prefix.split(), before.split()
    overlap = next(
        (
            size
            for size in range(min(len(prefix_words), len(before_words)), 0, -1)
            if [w.casefold() for w in before_words[-size:]] == [w.casefold() for w in prefix_words[:size]]
        ),
        0,
    )
    if overlap:
        kept = prefix_words[overlap:]
        prefix = " ".join(kept) + (" " if kept else "")
    if suffix.strip() and after.lstrip().startswith(suffix.strip()):
        suffix = ""
    elif suffix.endswith(_COMMAS) and (not after.strip() or after.lstrip()[:1] in _PUNCTUATION):
        suffix = suffix[:-1]  # an apposition's closing comma before the sentence's own punctuation
    return prefix + name + suffix


# --- What the English already says about a name --------------------------------------------------------------

_ENGLISH_WORD = LazyPattern(r"[A-Za-z][A-Za-z.'’-]*")
_ARTICLES = {"the", "a", "an"}


def introduced_in_source(source: str, mention: Mention) -> bool:
    """Whether the English introduces the name itself: a title or role word among the few words before it
    ("President Hassan Rouhani", "the intelligence chief, Hakan Fidan", "presidents Putin and Erdogan"), a
    possessive just before it ("Iran's Supreme Leader"), or an apposition just after it ("al-Nusra Front
    (Syria's version of al-Qaeda)", "Fidan, the head of ...")."""
    from .glossary.suggest import ROLE_NOUNS

    sentence_start = max(source.rfind(mark, 0, mention.start) for mark in (". ", "! ", "? ", "; "))
    before = source[max(sentence_start + 1, 0) : mention.start]
    words = [word.rstrip(".").casefold() for word in _ENGLISH_WORD.findall(before)]
    if words and re.search(r"['’]s\s*$", before):
        return True
    for word in reversed([word for word in words if word not in _ARTICLES][-4:]):
        if word.removesuffix("'s").removesuffix("’s") in ROLE_NOUNS:
            return True
    after = source[mention.end :]
    return bool(re.match(r"\s*[(\[]|\s*[,–—-]\s*(?:the|a|an|its|his|her|their)\s", after))
