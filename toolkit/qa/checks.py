"""Quality checks on every translated segment.

Errors mean the edition must not be trusted as it is (a name missing or
wrong); warnings mean an editor should look. Each problem names the language,
the segment and what to do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ..document import TranslatedSegment
from ..glossary.model import Glossary
from ..grammar import grammar_for
from ..languages import english_name
from ..localise import LATIN_UNITS, addresses, arabic_quotations, reference_codes, verbatim_spans, western_digits
from ..memo import per_text
from ..patterns import LazyPattern
from ..problems import Problem
from ..translate.engines import ADAPTED, EXACT

if TYPE_CHECKING:
    from .kept import KeptFindings

_NUMBER = LazyPattern(r"\d+")
_BRACKETS = {"(": ")", "[": "]", "«": "»"}


def _numbers(text: str) -> Counter:
    """Numbers in any digit system, compared by value (١٣ == ۱۳ == 13)."""
    return Counter(_NUMBER.findall(western_digits(text)))


# a reviewed memory unit without the slot its English needs: stored before the glossary had the name (an entry
# added since), by another tool, or written by hand (a TMX edited in a text editor)
MEMORY_NAME_AS_TEXT = (
    "the memory unit {unit} holds the name as text, not as a glossary slot (stored before the glossary had "
    "this name, or its TMX edited by hand or by another tool): "
    "correct the sentence in a review edition, an XLIFF file or an exported TMX and bring it back with "
    "`toolkit memory import`, which turns names into slots"
)


def check_segment(
    segment: TranslatedSegment, glossary: Glossary, language: str, script: str, kept: KeptFindings | None = None
) -> list[Problem]:
    """Every check of a translated sentence but the untranslated text; the name checks' findings from ``kept``
    when an earlier run of the article checked the same sentence (:mod:`toolkit.qa.kept`)."""
    problems: list[Problem] = []

    def report(severity: str, code: str, message: str) -> None:
        problems.append(Problem(severity, code, message, language, segment.source.id))

    for note in segment.source.notes:  # characters the reader removed (invisible, bidi, control) or found (U+FFFD)
        report("warning", "source-characters", note)

    text = segment.text
    if not text.strip():
        report("error", "empty", "the translation is empty")

    wanted = Counter(mention.entry_id for mention in segment.mentions)
    placed = Counter(name.entry_id for name in segment.names if not name.provisional)  # glossary names only
    for entry_id, count in wanted.items():
        if placed[entry_id] < count:
            surface = next(m.surface for m in segment.mentions if m.entry_id == entry_id)
            report(
                "error",
                "name-missing",
                f"'{surface}' ({entry_id}) appears {count}x in the source but {placed[entry_id]}x in the translation"
                + (f": {MEMORY_NAME_AS_TEXT.format(unit=segment.reference)}" if segment.origin == EXACT else ""),
            )
    for entry_id, count in placed.items():
        if count > wanted[entry_id]:
            report(
                "warning",
                "name-extra",
                f"{entry_id} appears {count}x in the translation but {wanted[entry_id]}x in the source",
            )

    if segment.origin in (EXACT, ADAPTED):
        problems.extend(_verbatim_lost_in_memory(segment, language))

    for entry_id in placed:
        entry = glossary.entries.get(entry_id)
        rendering = entry.renderings.get(language) if entry else None
        for forbidden in rendering.forbidden if rendering else ():
            if forbidden in text:
                report("error", "forbidden-variant", f"{entry_id}: forbidden spelling {forbidden!r} is used")

    grammar = grammar_for(language)
    own = _without_source_runs(text, segment.source.text)
    if language == "fa":  # the Arabic a Persian text quotes is written in Arabic letters
        own = "".join(own[start:end] for start, end in _outside(arabic_quotations(own), len(own)))
    if any(letter in own for letter in grammar.FOREIGN_LETTERS):
        of = grammar.FOREIGN_LETTERS_OF
        report(
            "error",
            f"{of.lower()}-letters",
            f"{of} {' or '.join(grammar.FOREIGN_LETTERS)} in "
            f"{english_name(language)} text: use "
            f"{' and '.join(grammar.FOREIGN_LETTERS.values())}",
        )

    source_numbers, target_numbers = _numbers(segment.source.text), _numbers(text)
    if source_numbers != target_numbers:
        lost = sorted((source_numbers - target_numbers).elements())
        added = sorted((target_numbers - source_numbers).elements())
        detail = "; ".join(
            filter(None, [f"missing {', '.join(lost)}" if lost else "", f"added {', '.join(added)}" if added else ""])
        )
        report("warning", "numbers", f"numbers differ from the source ({detail})")

    outside_code = "".join(piece.text for piece in segment.pieces if not piece.code)
    for opening, closing in _BRACKETS.items():
        if outside_code.count(opening) != outside_code.count(closing):
            report("warning", "unpaired", f"unpaired {opening}{closing} in the translation")
    if outside_code.count('"') % 2:
        report("warning", "unpaired", 'unpaired " in the translation')
    names = (
        kept.names(segment, lambda: check_names(segment, glossary, language))
        if kept is not None
        else check_names(segment, glossary, language)
    )
    problems += [Problem(p.severity, p.code, p.message, language, segment.source.id) for p in names]
    return problems


# Untranslated text: an edition that still reads English is never ready to publish.

# What may stay in Latin letters inside Russian, Arabic or Persian text: addresses, handles, coordinates (35.9°N),
# and tokens that are codes rather than words (acronyms such as NATO or UNHCR, model numbers such as F-16 or
# COVID-19). An email
# address is tried only where a run of its characters starts: tried inside a word of 50,000 letters without an @,
# each position read the rest of the word, and the check took seconds per segment.
# So may the symbol of a unit after its number, in any digits and whatever direction marks stand between
# (500 m, 60–80 km/h, 51 °C, 2.3 GB): SI symbols are written in Latin letters in Arabic and Persian text too; and
# so may a symbol written against its number, as English copy writes a temperature (40°C, ۴۰°C): its C was a
# Latin word to add to the glossary in every Arabic, Persian and Russian edition of a weather story.
_UNIT_SYMBOL = (
    r"\d[\u2066-\u2069\u200e\u200f]*[ \u00a0]?[\u2066-\u2069\u200e\u200f]*(?:"
    + "|".join(re.escape(unit) for unit in sorted(LATIN_UNITS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_LATIN_EXEMPT_KINDS = (
    r"https?://\S+|www\.\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # a mail address
    r"|[@#]\w+"
    r"|\b(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|\b[A-Z]{1,4}(?:&[A-Z]{1,4})+(?![A-Za-z])"  # capitals joined by & (S&P, AT&T, M&A): acronyms, not S, P or T
    r"|°[\d.,\u066b′'″\" \u00a0]*[NSEW](?![A-Za-z])"  # a coordinate's hemisphere: 33.5°N, 33°30′N
    r"|\b[A-Za-z]+-?\d[\w-]*|\b\d+[A-Za-z]+\b|" + _UNIT_SYMBOL
)
_MAIL_ADDRESS = r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_LATIN_EXEMPT = LazyPattern(_LATIN_EXEMPT_KINDS)
# the same for a text without an @ (most), where no mail address can start: every other kind starts with a Latin
# letter, a digit, @, # or °, and a lookahead for one of them passes over the other places (most of an Arabic,
# Persian or Russian sentence) without trying each kind there: the same matches in half the time
_LATIN_EXEMPT_NO_MAIL = LazyPattern(r"(?=[A-Za-z\d°@#])(?:" + _LATIN_EXEMPT_KINDS.replace(_MAIL_ADDRESS, "", 1) + ")")
_LATIN_WORD = LazyPattern(r"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f'’]*[A-Za-z\u00c0-\u024f])?")
_ACRONYM = LazyPattern(r"[A-Z][A-Z0-9&]{1,6}s?")  # NATO, UNHCR, IRGC, NGOs
_WORD = LazyPattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SCRIPT_NAMES = {"Cyrl": "Cyrillic", "Arab": "Arabic"}
# a credit for a photo, a video or a graphic: its label, then whom it names, up to a bracket, a stop or the line's
# end (Photo: Safin Hamid/AFP; Picture: Reuters/Umit Bektas; (AP Photo/Vahid Salemi); Video by Jane Doe/EPA)
_CREDIT = LazyPattern(
    r"\b(?:Photo(?:graph)?s?|Pictures?|Images?|Videos?|Footage|Illustrations?|Graphics?|Credits?|Courtesy)"
    r"(?:\s*[:/]\s*|\s+(?:by|of)\s+(?=[A-Z]))(?P<names>[^()\[\]\n;.!?]+)"
)
# a credit names a few people and agencies: a longer run after its label is a sentence, not a credit
_CREDIT_WORDS = 8
# a credit line without a label, as wires and photo desks write it under a picture: capitalised names and agencies
# joined by slashes, a "via" or "for" between them, the whole line in brackets or not (REUTERS/Umit Bektas,
# Umit Bektas/Reuters, AFP/Getty Images, Safin Hamid/AFP via Getty Images, (AP Photo/Vahid Salemi)); it names a
# photo agency or a desk's word for a picture's source (Pool, Handout). Any word in capitals was taken for one, and a
# headline in title case (US/UK Talks Stall, EU/IMF Bailout Talks Collapse) left in English passed as a credit.
_CREDIT_GROUP = r"[A-Z][\w'’.\-]*(?:[ \u00a0]+(?:[A-Z][\w'’.\-]*|via|for|and|&))*"
_BARE_CREDIT = LazyPattern(rf"\(?[ \u00a0]*{_CREDIT_GROUP}(?:[ \u00a0]*/[ \u00a0]*{_CREDIT_GROUP})+[ \u00a0]*\)?\.?")
_PHOTO_SOURCES = frozenset(
    """
reuters afp ap epa efe getty anadolu aa xinhua sputnik tass ria bloomberg shutterstock alamy zuma sipa dpa ansa
irna isna ilna wana tasnim mehr fars sana kcna yonhap kyodo jiji upi pti pa nurphoto sopa abaca imago bernama
antara wafa wam qna kuna ukrinform unian bta dha iha trt pool handout
""".split()
)


def _verbatim_lost_in_memory(segment: TranslatedSegment, language: str) -> list[Problem]:
    """What the source writes as it is (a footnote mark, an address, a handle, a hashtag, a coordinate) that a
    memory translation does not have (machine output has it written back, or reported, as it is translated)."""
    from ..translate.markers import run_kind, runs_missing

    problems = []
    for run in runs_missing(segment.source.text, segment.text):
        if run:
            problems.append(
                Problem(
                    "error",
                    "verbatim-lost",
                    f"the {run_kind(run)} '{run[:80]}' of the source is not in the memory unit {segment.reference}: "
                    "correct the sentence in a review edition and bring it back with `toolkit memory import`",
                    language,
                    segment.source.id,
                )
            )
    return problems


def _outside(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of a text of ``length`` characters outside ``spans`` (in order, not overlapping)."""
    starts = [0] + [end for _, end in spans]
    ends = [start for start, _ in spans] + [length]
    return list(zip(starts, ends))


def _exempt(text: str) -> str:
    """``text`` with what may stay in Latin letters blanked: addresses (bare ones too: afad.gov.tr), handles,
    acronyms with dots, coordinates, codes with digits and units after numbers, and reference codes (3 K 45/24,
    2 BvR 1234/20, A/RES/77/1, No. 12/2024: a register's or a document's letters, written as the source writes
    them, no English left and no name)."""
    if "." in text:
        text = _blanked(text, addresses(text))
    text = _blanked(text, reference_codes(text))
    return (_LATIN_EXEMPT if "@" in text else _LATIN_EXEMPT_NO_MAIL).sub(" ", text)


def _plain_text(segment: TranslatedSegment) -> str:
    """The translation without its rendered names (glossary renderings may be in any script) and inline code."""
    return "".join(" " if piece.entry_id or piece.code else piece.text for piece in segment.pieces)


def _source_words(segment: TranslatedSegment) -> tuple[str, ...]:
    """The source's words outside glossary names and inline code: what a translation must change."""
    left_out = tuple((m.start, m.end) for m in segment.mentions) + tuple(
        (s.start, s.end) for s in segment.source.spans if s.format.kind == "code"
    )
    return _words_outside(segment.source.text, left_out)


@per_text  # the same source in each language
def _words_outside(text: str, left_out: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    return tuple(_WORD.findall(_exempt(_blanked(text, list(left_out)))))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of the (start, end) spans, none overlapping, replaced by one space, the last first so
    that the earlier offsets still hold."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _camel_case(word: str) -> bool:
    """Whether a capital follows a small letter in ``word`` (iOS, eBay, TurkStream; not USA or North)."""
    return any(first.islower() and second.isupper() for first, second in pairwise(word))


# a name as a table's cell or a speaker's label holds it: up to four words, each with its capital, and no more
_NAME_WORDS = 4


def _a_name_as_written(source: str, words: Sequence[str]) -> bool:
    """Whether an English text a Latin-script translation leaves unchanged may be a name it keeps as written (a
    team in a results table, Trabzonspor, Manchester United): a few words, each capitalised, not a sentence."""
    return (
        0 < len(words) <= _NAME_WORDS
        and all(word[:1].isupper() for word in words)
        and not source.rstrip().endswith((".", "!", "?"))
    )


def _is_code(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word))


def _without_source_runs(text: str, source: str) -> str:
    """``text`` without the runs it writes as the source does (a hashtag, an address: :func:`verbatim_spans`), whose
    letters are the source's to choose (#ایران_آزاد in an Arabic edition is a Persian hashtag, rightly)."""
    if "#" not in text and "@" not in text and "." not in text:
        return text
    kept, position = [], 0
    for start, end in verbatim_spans(text):
        if text[start:end] in source:
            kept.append(text[position:start])
            position = end
    return "".join(kept) + text[position:]


@per_text  # the same source in each language
def _credit_names(source: str) -> frozenset[str]:
    """The capitalised words of the source's credits (Safin, Hamid, Reuters, Getty, Images): people and agencies
    a translation keeps in Latin letters. The credit's label (Photo, Picture) and its small words (via) are not."""
    names: set[str] = set()
    line = source.strip()
    if _BARE_CREDIT.fullmatch(line):
        words = _LATIN_WORD.findall(line)
        sources = (part.casefold() for word in words for part in word.split("-"))  # EPA-EFE
        if len(words) <= _CREDIT_WORDS and any(source in _PHOTO_SOURCES for source in sources):
            return frozenset(words)  # the whole line is a credit, kept as written: its "via" too
    for match in _CREDIT.finditer(source):
        words = _LATIN_WORD.findall(match["names"])
        if len(words) <= _CREDIT_WORDS:
            names.update(word for word in words if word[:1].isupper())
    return frozenset(names)


def check_untranslated(segment: TranslatedSegment, language: str, script: str) -> list[Problem]:
    """English left in a translation: the source unchanged, Latin words in a non-Latin script, English words in tr.

    Glossary names are left out (their renderings come from the glossary), and
    so are addresses, handles, acronyms and codes such as F-16; a source with
    nothing else to translate (a heading that is only a name) is never flagged.
    """
    problems: list[Problem] = []

    def report(severity: str, code: str, message: str) -> None:
        problems.append(Problem(severity, code, message, language, segment.source.id))

    name = english_name(language)
    source_words = _source_words(segment)
    credited = _credit_names(segment.source.text)
    translatable = [word for word in source_words if not _is_code(word) and word not in credited]
    plain = _plain_text(segment)
    target_words = [word.casefold() for word in _WORD.findall(_exempt(plain))]
    if translatable and target_words == [word.casefold() for word in source_words]:
        if script != "Latn" or not _a_name_as_written(segment.source.text, source_words):
            report("error", "untranslated", f"the {name} text is the English source unchanged: it was not translated")
            return problems
        report(
            "warning",
            "untranslated",
            f"the {name} text is the English source unchanged: a name kept as written? If it is one, add it to the "
            "glossary (toolkit glossary add); if not, translate it",
        )

    if script in _SCRIPT_NAMES:
        # the names in a credit stay as the source writes them, where the rest of its line is translated
        latin = [word for word in _LATIN_WORD.findall(_exempt(plain)) if not _is_code(word) and word not in credited]
        if latin:
            shown = ", ".join(dict.fromkeys(latin[:8])) + (" ..." if len(latin) > 8 else "")
            word_count = len([word for word in _WORD.findall(plain) if word not in credited]) or 1
            # a brand written with a capital inside (iOS, iPhone, eBay, macOS, TurkStream) is a name kept in Latin
            # letters, not English left: neither a word in small letters nor one of many Latin words
            kept = [word for word in latin if _camel_case(word)]
            if (
                any(word[0].islower() and word not in kept for word in latin)
                or (len(latin) - len(kept)) * 2 >= word_count
            ):
                report(
                    "error",
                    "untranslated",
                    f"English left in the {name} text, which is written in {_SCRIPT_NAMES[script]} script: {shown}",
                )
            else:
                report(
                    "warning",
                    "latin-words",
                    f"Latin-script words in the {name} text: {shown}; if they are names, add them to the "
                    "glossary (toolkit glossary suggest)",
                )
    else:  # a Latin-script language: English words its grammar knows it never has
        grammar = grammar_for(language)
        words = [word.casefold() for word in _WORD.findall(plain)]
        english = [word for word in words if word in grammar.ENGLISH_ONLY_WORDS]
        small = [word for word in words if word in grammar.ENGLISH_RARE_WORDS]
        if english or len(small) >= 2:
            found = ", ".join(dict.fromkeys(english + small))
            report("error", "untranslated", f"English words left in the {name} text: {found}")
    return problems


# --- Names: what placement may have missed ---------------------------------------------------------
#
# These checks read the finished segment (whatever its origin) and catch a name placed badly or
# a variant left in the text. Their warnings, like every error, mark the segment in the editions.

NAME_REVIEW_CODES = frozenset(
    {
        "name-form-uncertain",
        "name-from-common-word",
        "name-agreement",
        "name-beside",
        "name-unsourced",
        "name-variant",
        "name-lowercase",
        "name-case-governor",
        "name-extra",
        "placeholder-duplicated",
        "placeholder-unknown",
        "first-mention-form",
        "annotation-placement",
        "name-provisional-unfound",
    }
)


# formatting the translation lost or that was repaired by a guess: an editor checks it too
FORMAT_REVIEW_CODES = frozenset({"emphasis-lost", "format-repaired"})
# a reviewed translation the memory holds but could not read: an editor sees the machine's text instead of it
MEMORY_REVIEW_CODES = frozenset({"memory-unit-unreadable", "memory-unit-unreviewed"})
REVIEW_CODES = NAME_REVIEW_CODES | FORMAT_REVIEW_CODES | MEMORY_REVIEW_CODES


def marked_for_review(segment: TranslatedSegment) -> bool:
    """Whether the editions mark this segment: any error, or a warning about its names or formatting."""
    return any(p.severity == "error" or p.code in REVIEW_CODES for p in segment.problems)


def review_reasons(segment: TranslatedSegment) -> list[Problem]:
    """The name and formatting warnings that make an editor check a segment that has no error."""
    return [p for p in segment.problems if p.severity == "warning" and p.code in REVIEW_CODES]


def check_names(segment: TranslatedSegment, glossary: Glossary, language: str) -> list[Problem]:
    """Every name check, in order: repeated words, unsourced names, variants, capitals, Russian cases."""
    return [
        *_repeated_beside_names(segment, language),
        *_fused_beside_names(segment, glossary, language),
        *_unsourced_names(segment, glossary, language),
        *_variants_left(segment, glossary, language),
        *_lowercase_after_names(segment, language),
        *_case_against_governor(segment, glossary, language),
    ]


def _repeated_beside_names(segment: TranslatedSegment, language: str) -> list[Problem]:
    from ..translate.placement import repeated_beside_names

    return [
        Problem("error", "name-repeated", f"'{word}' beside '{name}' repeats part of the name: remove the model's copy")
        for word, name in repeated_beside_names(segment.pieces, language)
    ]


def _fused_beside_names(segment: TranslatedSegment, glossary: Glossary, language: str) -> list[Problem]:
    from ..translate.placement import fused_beside_names

    return [
        Problem(
            "warning",
            "name-beside",
            f"'{word}' beside '{name}' is a word of '{other}', another name in the sentence: the model may have "
            f"mixed the two names; check who is meant",
        )
        for word, name, other in fused_beside_names(segment.pieces, glossary, language)
    ]


_NAMED_TYPES_TO_SOURCE = {"person", "organisation", "event", "nickname", "award", "title", "term"}


def _unsourced_names(segment: TranslatedSegment, glossary: Glossary, language: str) -> list[Problem]:
    """A glossary rendering in the text where the source mentions no such name.

    Places are left out: "Turkish President" is rightly "Президент Турции".
    """
    wanted = Counter(mention.entry_id for mention in segment.mentions)
    shown = Counter(piece.entry_id for piece in segment.pieces if piece.entry_id)
    problems = []
    cased = grammar_for(language).NAMES.CASED
    for found in _locator(glossary, language).find(_text_outside_names(segment)):
        entry = glossary.entries.get(found.entry_id)
        if entry is None or entry.type not in _NAMED_TYPES_TO_SOURCE:
            continue
        if (cased and found.surface[:1].islower() and _capitalised_name(entry, language)) or _sources_own_word(
            entry, found.surface, segment, language
        ):
            continue  # "bir fidan dikti": the sapling, not Hakan Fidan
        shown[found.entry_id] += 1
        if shown[found.entry_id] > wanted[found.entry_id]:
            problems.append(
                Problem(
                    "warning",
                    "name-unsourced",
                    f"'{found.surface}' ({found.entry_id}) stands in the translation but the "
                    f"source does not mention it here",
                )
            )
    return problems


def _capitalised_name(entry, language: str) -> bool:
    """Whether the entry's rendering is written with a capital (Fidan; not верховный руководитель, a title)."""
    rendering = entry.renderings.get(language)
    return rendering is not None and rendering.forms(False)["nom"][:1].isupper()


def _sources_own_word(entry, surface: str, segment: TranslatedSegment, language: str) -> bool:
    """Whether a rendering found in the text is also the common noun of an ordinary word the source has ("Muallem
    thanked the teacher": المعلم)."""
    from ..glossary.locate import normalise
    from ..glossary.match import fold
    from ..grammar.common_nouns import ordinary_words, translations

    source = {fold(w) for w in re.findall(r"[^\W\d_]+", segment.source.text)}
    written = " ".join(normalise(w, language) for w in surface.split())
    for word in {fold(w) for spelling in entry.spellings for w in re.findall(r"[^\W\d_]+", spelling)}:
        if not ordinary_words(word) & source:
            continue
        for noun in translations(word, language):
            texts = (noun,) if isinstance(noun, str) else noun.values()
            if any(" ".join(normalise(w, language) for w in text.split()) == written for text in texts):
                return True
    return False


def _variants_left(segment: TranslatedSegment, glossary: Glossary, language: str) -> list[Problem]:
    """A spelling of a glossary name that is not the canonical one: forbidden, English, or another
    transliteration of a name the sentence mentions."""
    text = _text_outside_names(segment)
    problems = []
    placed = {name.entry_id for name in segment.names}
    mentioned = {mention.entry_id for mention in segment.mentions}
    for entry_id, forbidden in _forbidden_index(glossary, language).find(text):
        if entry_id in placed:  # placed entries: see the forbidden-variant check above
            continue
        if forbidden[:1].islower() and entry_id not in mentioned:
            # a forbidden phrase of common words («верховный лидер») can name someone else (another country's
            # leader): it is this entry's wrong rendering only where the source mentions the entry
            continue
        problems.append(Problem("error", "forbidden-variant", f"{entry_id}: forbidden spelling {forbidden!r} is used"))
    for mention in _english_matcher(glossary).find(text):
        rendering = glossary[mention.entry_id].renderings.get(language)
        canonical = {rendering.full["nom"], *(rendering.short or {}).values()} if rendering else set()
        if mention.surface not in canonical:
            problems.append(
                Problem(
                    "error",
                    "name-variant",
                    f"'{mention.surface}' ({mention.entry_id}) is left in English spelling: "
                    f"use the glossary's rendering",
                )
            )
    if segment.mentions:
        placer = _placer(glossary, language)
        for variant in placer.variants(text, [m.entry_id for m in segment.mentions], segment.source.text):
            problems.append(
                Problem(
                    "warning",
                    "name-variant",
                    f"'{variant.text}' looks like another spelling of {variant.entry_id}: use the glossary's rendering",
                )
            )
    return problems


_SENTENCE_START = LazyPattern(r"(?:^|[.!?…]\s+|[.!?…][»\"”)]\s+)$")


def _lowercase_after_names(segment: TranslatedSegment, language: str) -> list[Problem]:
    """A sentence that starts in lowercase because of a name: the name opens it, or ends the sentence
    before a lowercase word (in languages written with capitals)."""
    from ..grammar import grammar_for

    if not grammar_for(language).NAMES.CASED:
        return []
    problems = []
    before = ""
    for index, piece in enumerate(segment.pieces):
        if piece.entry_id and piece.text[:1].islower() and _SENTENCE_START.search(before):
            problems.append(
                Problem("warning", "name-lowercase", f"'{piece.text}' opens a sentence in lowercase: capitalise it")
            )
        if piece.entry_id and index + 1 < len(segment.pieces):
            after = segment.pieces[index + 1].text
            following = re.match(r"[.!?…]\s+([^\W\d_])", after)
            if following is not None and following.group(1).islower():
                problems.append(
                    Problem("warning", "name-lowercase", f"the sentence after '{piece.text}' starts in lowercase")
                )
        before += piece.text
    return problems


def _case_against_governor(segment: TranslatedSegment, glossary: Glossary, language: str) -> list[Problem]:
    """A name in a form the words before it do not allow (Russian: "у Соединенные Штаты")."""
    from ..grammar import grammar_for
    from ..slots import Template

    names = grammar_for(language).NAMES
    if not any(piece.entry_id for piece in segment.pieces):
        return []
    slots = iter(Template.parse(segment.code).slots)
    problems = []
    before = ""
    placed: list[tuple[int, int]] = []
    persons: list[tuple[int, int]] = []
    for index, piece in enumerate(segment.pieces):
        if piece.entry_id:
            slot = next(slots, None)
            entry = glossary.entries.get(piece.entry_id)
            rendering = entry.renderings.get(language) if entry else None
            person = bool(entry and entry.type in ("person", "nickname"))
            governed = names.governed_forms(
                before,
                person=person,
                names=placed,
                persons=persons,
                nominative=rendering.full["nom"] if rendering is not None else "",
                after="".join(p.text for p in segment.pieces[index + 1 :]),
            )
            placed.append((len(before), len(before) + len(piece.text)))
            if person:
                persons.append(placed[-1])
            if slot is not None and not slot.adjective and governed and rendering is not None:
                # the slot's own forms, or those of the name's first mention (the full name, an introduction)
                allowed = {forms.get(case, forms["nom"]) for forms in rendering.form_sets() for case in governed}
                if piece.text not in allowed:
                    problems.append(
                        Problem(
                            "warning",
                            "name-case-governor",
                            f"'{piece.text}' after '{before.split()[-1]}' should be {' or '.join(sorted(allowed))}",
                        )
                    )
        before += piece.text
    return problems


def _text_outside_names(segment: TranslatedSegment) -> str:
    """The segment's text with rendered names blanked out (positions kept)."""
    return "".join(" " * len(piece.text) if piece.entry_id else piece.text for piece in segment.pieces)


_CACHE: dict[tuple[int, str, str], tuple[Glossary, object]] = {}


def _cached(glossary: Glossary, kind: str, language: str, build):
    key = (id(glossary), kind, language)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not glossary:
        if len(_CACHE) > 32:
            _CACHE.clear()
        hit = _CACHE[key] = (glossary, build())
    return hit[1]


class ForbiddenIndex:
    """A language's forbidden spellings, indexed by their first characters: finding those a text contains
    costs a look-up per character of the text, not a pass over the whole glossary (100,000 entries)."""

    PREFIX = 3

    def __init__(self, glossary: Glossary, language: str):
        self._by_prefix: dict[str, list[tuple[int, str, str]]] = {}
        self._short: list[tuple[int, str, str]] = []  # spellings shorter than the prefix: tried one by one
        order = 0
        for entry in glossary:
            rendering = entry.renderings.get(language)
            for forbidden in rendering.forbidden if rendering is not None else ():
                spelling = (order, entry.id, forbidden)
                order += 1
                if len(forbidden) < self.PREFIX:
                    self._short.append(spelling)
                else:
                    self._by_prefix.setdefault(forbidden[: self.PREFIX], []).append(spelling)

    def find(self, text: str) -> list[tuple[str, str]]:
        """(entry id, forbidden spelling) for each spelling found in ``text``, in glossary order, each once."""
        found = {spelling for spelling in self._short if spelling[2] in text}
        if self._by_prefix:
            for start in range(len(text) - self.PREFIX + 1):
                for spelling in self._by_prefix.get(text[start : start + self.PREFIX], ()):
                    if text.startswith(spelling[2], start):
                        found.add(spelling)
        return [(entry_id, forbidden) for _, entry_id, forbidden in sorted(found)]


def _forbidden_index(glossary: Glossary, language: str) -> ForbiddenIndex:
    return _cached(glossary, "forbidden", language, lambda: ForbiddenIndex(glossary, language))


def _locator(glossary: Glossary, language: str):
    from ..glossary.locate import TargetLocator

    return _cached(glossary, "locator", language, lambda: TargetLocator(glossary, language))


def _english_matcher(glossary: Glossary):
    from ..glossary.built import matcher_for  # the run's matcher, cached with the glossary's parse

    return _cached(glossary, "matcher", "en", lambda: matcher_for(glossary))


def _placer(glossary: Glossary, language: str):
    from ..translate.placement import NamePlacer

    return _cached(glossary, "placer", language, lambda: NamePlacer(glossary, language, _english_matcher(glossary)))
