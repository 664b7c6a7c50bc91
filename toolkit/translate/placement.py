"""Put the glossary's names back into machine output, as slots.

A model cannot be told to write a word, so after translation every source
mention must be found in the output and become one slot, which the glossary
then renders canonically. Two ways are tried, in order:

1. **Locate** (the model translated the plain sentence). For each name the
   source mentions, every output word is compared with every word of the
   name's renderings in every form (Russian cases, Arabic with proclitics and
   without the article, Turkish with suffixes glued on with or without the
   apostrophe), with its English spellings (a name left in Latin letters),
   with the common nouns models translate it as ("Turkey" as the bird), and,
   failing those, by a spelling-tolerant key whose tolerance grows with the
   word's length and which never takes a word more common in the language
   than the name. A name is the whole **run** of adjacent words that belong
   to it, particles (аль-, el-, бин) and the model's own first names and
   honorifics included, so replacing it leaves no debris; a run counts only
   if it holds the name's head word (the surname, the city). Where the name
   has more runs than the source has mentions, the run standing where the
   mention stands in the source wins.
2. **Placeholders** (for sentences where locating failed, left a form a
   guess or left debris). Each mention is replaced by a numbered placeholder
   ``[[1]]`` and the sentence is translated again; the parser repairs what
   models do to placeholders (spaces, punctuation, other digits, reordering,
   duplicates, glued endings). The two placements merge name by name
   (:meth:`NamePlacer.merge`): a name only the retry placed is spliced
   into the plain wording where the two translations agree word for word
   around it, so the model's wording of the plain sentence stays.

Each slot's form follows the source and the sentence: full or short as the
source mention is; the grammatical form read from every word of the run (ru
cases, tr suffixes, ar proclitics, fa ezafe) and, where the model's words do
not say it (a name left in Latin, an indeclinable short form, a bare
placeholder), from the words that govern it and from how the source relates
the mention to the words before it (a possessor, a modifier). What differs
between languages is asked of each language's ``grammar_for(language).NAMES``
(:mod:`toolkit.grammar.names`). A form that stays a guess is a warning; a
name that cannot be placed is an error. Both flag the segment: a wrong name is
never published silently.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import field, replace
from difflib import SequenceMatcher

from ..glossary.demonyms import DEMONYMS, english_adjectives
from ..glossary.loaded import LoadedForms
from ..glossary.loaded import normalised as loaded_normalised
from ..glossary.locate import (
    INVISIBLE_IN_WORD,
    allowed_edits,
    edit_distance,
    more_common_than,
    normalise,
    skeleton,
    visible,
    word_frequency,
)
from ..glossary.match import Matcher, Mention, _is_possessive, fold
from ..glossary.model import Entry, Glossary
from ..grammar import adjective_surface_forms, grammar_for
from ..grammar.arabic import TATWEEL
from ..grammar.common_nouns import GENERIC_SYNONYMS, ordinary_words
from ..grammar.common_nouns import translations as common_noun_translations
from ..grammar.names import (
    MAYBE_ADJECTIVE,
    SOURCES_ADJECTIVE,
    FormRead,
    NameGrammar,
    NameInSentence,
    PlacedBefore,
    WordRead,
)
from ..grammar.transliterate import transliterate
from ..languages import ARABIC_SCRIPT_RANGES
from ..localise import inside_any, verbatim_spans, western_digits
from ..patterns import LazyPattern
from ..problems import Problem
from ..records import dataclass
from ..slots import Part, Slot, Template

# A placeholder as sent: [[1]]. As received: any bracket pair (or none), spaces
# and stray punctuation inside, any digit system.
PLACEHOLDER_SENT = "[[{}]]"
#: the warning on a name put in place of the common word the model translated it as (see NamePlacer.merge)
COMMON_WORD_REPLACED = "name-from-common-word"
#: the warning on words beside a placed name that the source does not have (see NamePlacer._beside_names)
NAME_BESIDE = "name-beside"
#: voiced consonants as their voiceless pairs, for comparing transliterations (Cephet and Cebhet for Jabhat)
_UNVOICED = str.maketrans("bdgvzcj", "ptkfsçç")
# a name joined by a dash to the one before or after it (Иран-Турция, Россия — Турция, [[1]]-[[2]]): one
# compound, no subject of a verb of its own
_DASH_BEFORE = LazyPattern(r"(?:[^\W\d_]|\]\])\s*[-\u2010-\u2015\u2212]\s*$")
_DASH_AFTER = LazyPattern(r"\s*[-\u2010-\u2015\u2212]\s*(?:\[\[\s*\d+\s*\]\]|[^\W\d_])")
#: the warning on a verb that agrees with the model's words a name replaced, not with the name (see _agreement_left)
NAME_AGREEMENT = "name-agreement"
_OBLIQUE_CASES = frozenset({"gen", "dat", "acc", "ins", "prep", "loc"})
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_PLACEHOLDER = LazyPattern(
    rf"(?P<clitic>(?:[\u0648\u0641\u0628\u0644\u0643]{TATWEEL}*){{0,2}})"  # Arabic proclitics glued before it (لـ)
    rf"(?P<open>(?:[\[\{{⟦]\s*){{1,2}})[.,،;:]*\s*(?P<number>{_DIGIT}{{1,2}})\s*[.,،;:]*(?:\s*[\]\}}⟧]){{0,2}}"
    rf"(?P<ending>['’]?\u200c?[^\W\d_]{{1,5}}\b)?"
)
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
# a soft hyphen or zero-width space inside a word leaves it one word (Şem\u00adhani): see locate.visible
_WORD = LazyPattern(rf"[^\W_](?:[^\W_]|[{_MARKS}]|[{INVISIBLE_IN_WORD}](?=[^\W_]))*")
# a word with the Persian plural joined on by a ZWNJ (روس‌ها, ایرانی‌های), one word where a ZWNJ otherwise parts two
_WORD_WITH_PLURAL = LazyPattern(
    rf"[^\W_](?:[^\W_]|[{_MARKS}]|[{INVISIBLE_IN_WORD}](?=[^\W_]))*(?:\u200c(?:هایی|های|ها)(?![^\W_]))?"
)
_INVISIBLE = LazyPattern(f"[{INVISIBLE_IN_WORD}]")  # what visible() takes out of a word
_SUFFIXED_WORD = re.compile(rf"({_WORD.pattern})(?:['’][^\W\d_]+)?")  # Erdoğan'ın: the stem
_TOKEN = re.compile(rf"{_WORD.pattern}|[^\w\s]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# the whole word right before or after a name, only spaces between: its parts joined by a ZWNJ (جبهه‌ی), no
# punctuation, no digit (the word before may open a parenthesis or a quotation: "(Cephet el-Nusra")
_BARE_WORD_BEFORE = LazyPattern(r"(?:^|(?<=[\s(«“„\"]))((?:[^\W\d_]|\u200c)+(?:['’][^\W\d_]{1,3})?)(?:[ \u00a0]+|-)\Z")
_BARE_WORD_AFTER = LazyPattern(r"[ \u00a0]+((?:[^\W\d_]|\u200c)+)(?=[\s.,;:!?،؛؟»”)]|\Z)")
# Arabic-script letters glued before a word in Latin letters (وU, بWashington)
_GLUED_TO_LATIN = LazyPattern(
    rf"([{ARABIC_SCRIPT_RANGES}]{{1,3}})([0-9]*[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9]*)"
)
_LATIN_CODE = LazyPattern(r"[0-9]*[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9]*")  # Erdogan; a code: PS752
# what may stand between two words of one name; a dash of any kind glued between them is the name's hyphen
# as copy and models write it (Аль–Каида, Abu‑Dhabi with U+2011), one with spaces around it is punctuation
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_GLUED_END = re.compile(r"(?<=\w)[+#]+$")  # symbols a name glues after its last word: OPEC+, C#
_PLUS_WORDS = {"fa": "پلاس", "ar": "بلس", "ru": "плюс"}
_JOINERS = re.compile(r"[ \u00a0\u200c\-\u2010\u2011]+")
# particles of names copied in Latin letters (al-Assad, bin Hamad)
LATIN_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "ad", "as", "an", "ar", "at", "az", "ash", "de"})
_PERSONS = {"person", "nickname"}
_FUNCTION_WORDS = {"the", "of", "and", "de", "al", "el", "bin", "ibn"}  # may come twice in one English name


@dataclass
class PlacedName:
    mention: int  # index of the source mention this slot stands for
    slot: Slot
    doubt: str | None = None  # why the form is a guess, if it is
    translated: str | None = None  # the model's words it replaced, a translation of the name as a common word


@dataclass(frozen=True)
class _Piece:
    text: str
    entry_id: str | None


@dataclass(frozen=True)
class NameSpan:
    """Where placement found one mention's name in an output: its characters, its slot, a doubt on its form."""

    mention: int  # index of the source mention
    start: int
    end: int
    slot: Slot
    doubt: str | None = None


@dataclass(frozen=True)
class Variant:
    entry_id: str
    text: str


@dataclass
class Placement:
    template: Template | None
    errors: list[Problem] = field(default_factory=list)  # and warnings about the sentence as a whole
    names: list[PlacedName] = field(default_factory=list)  # in the template's slot order
    retried: bool = False  # the template is the placeholder retry's
    debris: int = 0  # words beside a name that repeat part of it (QA reports them)
    built: _Built | None = field(default=None, repr=False, compare=False)  # what the template was made from
    #: a name put in a place of the toolkit's choosing among several good ones (see _possessor_order_open): the
    #: model's own wording of it, where a retry gives one cleanly, is taken instead (see merge)
    order_open: bool = False

    @property
    def problems(self) -> list[Problem]:
        return self.errors + [
            Problem("warning", "name-form-uncertain", name.doubt) for name in self.names if name.doubt
        ]

    @property
    def complete(self) -> bool:
        return self.template is not None and not any(p.severity == "error" for p in self.problems)

    @property
    def settled(self) -> bool:
        """Every name placed, every form read, no debris, no name put in place of a common word the words
        around it may agree with: nothing a retry could improve."""
        return (
            self.complete
            and not self.debris
            and not any(name.doubt for name in self.names)
            and not any(problem.code in (COMMON_WORD_REPLACED, NAME_AGREEMENT) for problem in self.errors)
            and not self.order_open
            and not self.reworded
        )

    @property
    def reworded(self) -> bool:
        """Whether words of the model's beside a name were read as its wording of the name and replaced with it
        (إقليم كردستان for "Iraqi Kurdistan"), flagged: a retry whose placeholder stands beside the same words
        says they are the model's own (see merge)."""
        return self.built is not None and any(span.replaced for span in self.built.spans if span.slot is not None)

    def score(self) -> tuple[int, int]:
        """Lower is better: errors (and debris) first, then guessed forms and other warnings."""
        problems = self.problems
        return (
            sum(p.severity == "error" for p in problems) + self.debris,
            sum(p.severity == "warning" for p in problems),
        )


@dataclass(frozen=True)
class _Form:
    """One word of one of an entry's renderings (or of a word it is mistaken for)."""

    key: str  # normalised
    skeleton: str
    text: str
    short: bool | None  # None: not a glossary rendering (an English spelling, a common noun)
    from_end: int  # 0 for the rendering's last word (its head)
    forms: frozenset[str] | None  # the grammatical forms this written word stands for (ru cases); None: any
    kind: str  # "name", "latin" or "common"
    phrase: tuple[str, ...] = ()  # common nouns: every key of the phrase, which must all be there
    lower: bool = False  # written in lowercase in the rendering (no capital expected)
    alone: bool = False  # a common noun that stands for the whole name ("Turkey"), not one word of it
    span: int = 1  # rendering words this one covers: two where a model writes them as one (عبدالله, Ortadoğu)
    allowed: int = 0  # edits a misspelling of it may have

    def covers(self) -> range:
        """The positions (from the end) of the rendering words this written word stands for."""
        return range(self.from_end, self.from_end + self.span)


@dataclass
class _EntryForms:
    entry: Entry
    by_key: dict[str, list[_Form]]
    by_variant: dict[str, list[_Form]]  # other spellings of the same word (سورية for سوريا)
    by_latin: dict[str, list[_Form]]
    names: list[_Form]  # for fuzzy comparison
    names_by_length: dict[int, list[_Form]]  # the same, by the length of their spelling key
    heads: list[_Form]  # the last words of the renderings and of the common nouns (suffixes glue onto them)
    lowercase: bool  # some word of a rendering is written in lowercase (верховный лидер, рейс 752)
    by_position: dict[tuple[bool | None, int], list[_Form]]  # (short, position from the end) -> words
    lengths: dict[bool | None, int]  # words in the full (False) and short (True) rendering
    generic: dict[bool | None, frozenset[int]]  # positions (from the end) of a body's generic head word (تنظيم)
    wrong_phrases: frozenset[tuple[str, ...]]  # the normalised words of the renderings the house style rejects
    matched: dict[tuple[str, bool], _WordMatch | None] = field(default_factory=dict)  # words already compared
    candidates: dict[tuple[int, str], list[_Form]] = field(default_factory=dict)  # see fuzzy_candidates
    head_stems: list[tuple[_Form, tuple[str, ...]]] | None = None  # see NamePlacer._glued_suffix

    def distinctive(self, short: bool | None) -> set[int]:
        """The positions (from the end) of a rendering's words that are not a generic head word (جبهة of
        جبهة النصرة)."""
        return set(range(self.lengths.get(short, 1))) - self.generic.get(short, frozenset())

    def fuzzy_candidates(self, key: str) -> list[_Form]:
        """The rendering words a spelling key may be a misspelling of: lengths within their allowed
        edits, and for a key shorter than six letters the same first letter."""
        bucket = (len(key), key[:1] if len(key) < 6 else "")
        found = self.candidates.get(bucket)
        if found is None:
            found = self.candidates[bucket] = [
                form
                for length in range(len(key) - 2, len(key) + 3)
                for form in self.names_by_length.get(length, ())
                if abs(len(key) - len(form.skeleton)) <= form.allowed
                and (len(key) >= 6 or form.skeleton[:1] == key[:1])
            ]
        return found


@dataclass
class _ReadWords:
    """A text's words as every entry reads them (see NamePlacer._read_words), by word index."""

    visible: list[str]  # the word without invisible characters
    keys: list[str]  # its normalised form
    joined: list[str | None]  # its key and the next word's, run together, where one space parts the two
    stems: list[str | None]  # the name's key in it, read with the words around it (relative_stem)
    stemmed: list[int]  # the indexes of the words that have such a key (few, or none)


_VARIANT = 0.25  # the distance of another spelling of a name's word (سورية for سوريا)


@dataclass
class _WordMatch:
    forms: list[_Form]
    distance: float  # 0: exact
    proclitics: tuple[str, ...] = ()
    case: str | None = None  # a Turkish case suffix glued onto the word
    rest: str = ""  # letters after that suffix (Türkiyedeki: "ki")

    @property
    def kind(self) -> str:
        return self.forms[0].kind

    @property
    def head(self) -> bool:
        return any(f.alone if f.kind == "common" else f.from_end == 0 for f in self.forms)

    @property
    def derived(self) -> bool:
        """A word made from the name with a derivational suffix (İdlibli): a word of its own, no misspelling."""
        return self.case is None and bool(self.rest)

    @property
    def stands_alone(self) -> bool:
        """A common noun standing for the whole name (Turkey as "hindi"): never a word beside the name."""
        return all(f.kind == "common" and f.alone for f in self.forms)


@dataclass
class _Run:
    entry_id: str
    first: int  # word indexes, inclusive
    last: int
    matches: list[_WordMatch | None]  # None for particles
    start: int = 0  # characters
    end: int = 0
    inserted: tuple[int, ...] = ()  # words the model put inside the name (рейс *номер* 752)

    def narrowed(self, words: list[re.Match], first: int, last: int) -> _Run:
        """The run cut to its words ``first`` to ``last`` (counted within the run, inclusive)."""
        return replace(
            self,
            first=self.first + first,
            last=self.first + last,
            matches=self.matches[first : last + 1],
            start=words[self.first + first].start(),
            end=words[self.first + last].end(),
        )

    @property
    def rank(self) -> tuple:
        found = [m for m in self.matches if m]
        kinds = {m.kind for m in found}
        quality = (
            0
            if "name" in kinds and all(m.distance == 0 for m in found if m.kind == "name")
            else (1 if "latin" in kinds else 2 if "name" in kinds else 3)
        )
        return (quality, -(self.last - self.first), sum(m.distance for m in found), self.reversed_words)

    @property
    def reversed_words(self) -> int:
        """Pairs of words written in the reverse of the rendering's order ("Хаменеи Али" for Али Хаменеи): a
        first name there is more likely the next name's, shared by both (Хаменеи Али Шамхани)."""
        places = [{f.from_end for f in m.forms if f.kind == "name"} for m in self.matches if m]
        return sum(1 for a, b in itertools.pairwise(places) if a and b and max(a) < min(b))

    def without(self, taken: list[tuple[int, int]], words: list[re.Match]) -> _Run | None:
        """This run without the words at its edges that another run took, where what is left is whole words
        of the name with its head (its last word): "Хаменеи" of "Хаменеи Али" when "Али Шамхани" took Али.
        None where nothing of the kind is left."""
        first, last = self.first, self.last
        while first <= last and any(s <= words[first].start() < e for s, e in taken):
            first += 1
        while last >= first and any(s <= words[last].start() < e for s, e in taken):
            last -= 1
        if first > last or (first, last) == (self.first, self.last):
            return None
        matches = self.matches[first - self.first : last - self.first + 1]
        if any(s < words[last].end() and words[first].start() < e for s, e in taken):
            return None  # another run's words inside what is left
        found = [m for m in matches if m]
        if not found or not all(m.kind == "name" and m.distance == 0 for m in found) or not any(m.head for m in found):
            return None
        inserted = tuple(i for i in self.inserted if first <= i <= last)
        return replace(
            self,
            first=first,
            last=last,
            matches=matches,
            start=words[first].start(),
            end=words[last].end(),
            inserted=inserted,
        )


@dataclass(frozen=True)
class _Built:
    """The output, mentions and spans a placement's template was made from (so merging can splice)."""

    output: str
    mentions: list[Mention]
    spans: list[_Span]
    source: str
    slot_ranges: list[tuple[int, int]]  # where each of the template's slots stands in ``output``, in slot order


@dataclass(frozen=True)
class _Token:
    """A word or a punctuation mark of an output, or a whole name span (``mention`` set)."""

    key: str
    start: int
    end: int
    mention: int | None = None


@dataclass
class _Span:
    """A stretch of output that becomes one slot (or is deleted, when ``slot`` is None)."""

    start: int
    end: int
    slot: Slot | None
    mention: int = -1
    doubt: str | None = None
    context: NameInSentence | None = None  # the name as its form was read (for agreement with other names)
    translated: str | None = None  # the model's words it replaces, a translation of the name as a common word
    replaced: str | None = None  # the model's own words for more of the mention, before the name, replaced by it
    # text before the span changed with it, as (start, end, new text): the article of المدرب for مدرب روسيا,
    # the adjective of Иракский министр нефти for министр нефти Ирака
    edits: tuple[tuple[int, int, str], ...] = ()
    # the rendering's words the model's run lacks at its start and at its end, where the run that was read ends
    # on a word of the rendering that is not its edge (منطقة خفض for منطقة خفض التصعيد: (0, 1))
    unfinished: tuple[int, int] = (0, 0)
    # a possessor made of the model's adjective where the noun's phrase has more than one good place for it
    order_open: bool = False


# How common (Zipf) a word beside a name may be and still be read as the model's respelling of its short first name:
# in Arabic and Persian, whose sentences open with short verbs before the subject, a common word one letter from the
# first name is a verb (طار, طاف, تاب before أردوغان: 3.2-3.7); in Russian and Turkish the model's respelled first
# names themselves read as fairly common words (Але for Али: 3.3, Ale: 3.0), and a verb rarely stands there
_RESPELLED_FIRST_NAME_BELOW = {"ar": 3.0, "fa": 3.0}


class NamePlacer:
    """Places one language's names in machine output; build once per run and language."""

    def __init__(self, glossary: Glossary, language: str, matcher: Matcher | None = None):
        self.glossary, self.language = glossary, language
        self.grammar = grammar_for(language)
        self.names = self.grammar.NAMES  # how this language spells, joins and inflects names
        self.english = matcher or Matcher(glossary)  # English spellings, in the source and copied by models
        self._forms: dict[str, _EntryForms] = {}
        self._word_readings: dict[str, tuple] = {}
        self._loaded_neutral: dict[str, list[int]] | None = None  # see _loaded_by_neutral
        self._spelling_words_read: dict[str, list[tuple[str, frozenset[str]]]] = {}  # see _spelling_words
        self._every_entry: _EveryEntry | None = None  # see _every_entry_read
        self._adjectives: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}

    # --- what each entry looks like in this language ----------------------------------------------

    def _entry_forms(self, entry_id: str) -> _EntryForms:
        if entry_id not in self._forms:
            self._forms[entry_id] = self._build_forms(self.glossary[entry_id])
        return self._forms[entry_id]

    def _build_forms(self, entry: Entry) -> _EntryForms:
        language, names = self.language, self.names
        rendering = entry.renderings.get(language)
        found: dict[tuple, frozenset[str] | None] = {}
        texts: dict[tuple, str] = {}

        def add(
            text: str,
            short: bool | None,
            kind: str,
            stands_for: frozenset[str] | None,
            phrase: tuple[str, ...] = (),
            alone: bool = False,
        ):
            words = [m.group() for m in _WORD.finditer(text)]
            written = [(position, 1, word) for position, word in enumerate(words)]
            if kind == "name":  # two words a model may write as one: عبد الله as عبدالله, Orta Doğu as Ortadoğu
                written += [
                    (position + 1, 2, words[position] + words[position + 1]) for position in range(len(words) - 1)
                ]
            for position, span, word in written:
                key = fold(word) if kind == "latin" else normalise(word, language)
                keys = [key]
                if names.ARTICLE and kind != "latin" and key.startswith(names.ARTICLE) and len(key) > 4:
                    keys.append(key[len(names.ARTICLE) :])  # the article a model leaves out: أسد for الأسد
                for variant in keys:
                    ident = (variant, short, len(words) - 1 - position, kind, phrase, word.islower(), alone, span)
                    known = found.get(ident, frozenset())
                    found[ident] = None if known is None or stands_for is None else known | stands_for
                    texts.setdefault(ident, word)

        if rendering is not None:
            for short, forms in ((False, rendering.full), (True, rendering.short)):
                if forms:
                    for text, stands_for in names.spelled_forms(forms):
                        add(text, short, "name", stands_for)
        for spelling in entry.spellings:
            add(spelling, None, "latin", None)
        whole = {fold(spelling) for spelling in entry.spellings}
        for word in {fold(w) for spelling in entry.spellings for w in re.findall(r"[^\W\d_]+", spelling)}:
            # a common noun is the name when it translates a whole spelling ("Turkey", "Fidan"); one
            # word of a longer name ("Front" of al-Nusra Front) only joins a run the name already has
            stands_alone = word in whole
            for noun in common_noun_translations(word, language):
                for case, text in ({"nom": noun} if isinstance(noun, str) else noun).items():
                    add(
                        text,
                        None,
                        "common",
                        None if isinstance(noun, str) else frozenset({case}),
                        tuple(normalise(w, language) for w in _WORD.findall(text)),
                        stands_alone,
                    )
        wrong_phrases = set()
        for text in self._wrong_renderings(entry):  # the whole phrase is the name, as a common noun may be
            phrase = tuple(normalise(w, language) for w in _WORD.findall(text))
            wrong_phrases.add(phrase)
            add(text, None, "common", names.phrase_forms(text), phrase, alone=True)
        by_key: dict[str, list[_Form]] = {}
        by_latin: dict[str, list[_Form]] = {}
        for ident, stands_for in found.items():
            key, short, from_end, kind, phrase, lower, alone, span = ident
            spelling_key = skeleton(texts[ident], language) if kind != "latin" else key
            form = _Form(
                key,
                spelling_key,
                texts[ident],
                short,
                from_end,
                frozenset(stands_for) if stands_for is not None else None,
                kind,
                phrase,
                lower,
                alone,
                span,
                allowed_edits(spelling_key, language),
            )
            (by_latin if kind == "latin" else by_key).setdefault(key, []).append(form)
        name_forms = [f for forms in by_key.values() for f in forms if f.kind == "name"]
        names_by_length: dict[int, list[_Form]] = {}
        for form in name_forms:
            names_by_length.setdefault(len(form.skeleton), []).append(form)
        by_variant: dict[str, list[_Form]] = {}
        for form in name_forms:
            for variant in self.names.spelling_variants(form.key):
                if variant not in by_key:
                    by_variant.setdefault(variant, []).append(form)
        by_position: dict[tuple[bool | None, int], list[_Form]] = {}
        for form in name_forms:
            by_position.setdefault((form.short, form.from_end), []).append(form)
        lengths: dict[bool | None, int] = {}
        for form in name_forms:
            lengths[form.short] = max(lengths.get(form.short, 0), form.from_end + form.span)
        if entry.type in ("award", "title"):
            self._feminine_heads(name_forms, lengths, by_key, by_variant)
        heads = [f for forms in by_key.values() for f in forms if f.from_end == 0]
        generic: dict[bool | None, frozenset[int]] = {}
        for form_of, length in lengths.items():
            positions = frozenset(
                f.from_end for f in name_forms if f.short == form_of and f.span == 1 and names.body_head(f.key)
            )
            if len(positions) < length:  # a name made of generic words only ("Islamic State") has none
                generic[form_of] = positions
        return _EntryForms(
            entry,
            by_key,
            by_variant,
            by_latin,
            name_forms,
            names_by_length,
            heads,
            any(form.lower for form in name_forms),
            by_position,
            lengths,
            generic,
            frozenset(wrong_phrases),
        )

    def _feminine_heads(
        self,
        name_forms: list[_Form],
        lengths: dict[bool | None, int],
        by_key: dict[str, list[_Form]],
        by_variant: dict[str, list[_Form]],
    ) -> None:
        """The head noun of a title or an award of several words, made feminine for the woman it is given to
        (بطلة الجمهورية for بطل الجمهورية, "a Champion of the Republic"), as another spelling of that word: the
        name is the glossary's, which the rendering keeps (see ``feminine_variants``)."""
        for form in name_forms:
            if form.span == 1 and lengths.get(form.short, 0) > 1 and form.from_end + 1 == lengths[form.short]:
                for variant in self.names.feminine_variants(form.key):
                    if variant not in by_key:
                        by_variant.setdefault(variant, []).append(form)

    def _wrong_renderings(self, entry: Entry) -> list[str]:
        """What models write for an entry that the house style rejects: its ``forbidden:`` spellings, and
        the shipped loaded forms whose neutral alternative is one of its renderings («رهبر معظم انقلاب» for
        «رهبر ایران»). A loaded form with a word of another entry's rendering in it is that entry's too
        («الإمام الخامنئي»), so it is not read as this one."""
        rendering = entry.renderings.get(self.language)
        if rendering is None:
            return []
        wrong = list(rendering.forbidden)
        own = {
            loaded_normalised(form["nom"], self.language)
            for form in (rendering.full, rendering.short, rendering.first)
            if form
        }
        loaded = self._loaded_by_neutral()
        for item in sorted({position for neutral in own for position in loaded.get(neutral, ())}):
            phrases = _shipped_loaded_forms().forms[item].loaded
            wrong += [phrase for phrase in phrases if not self._names_another(entry.id, phrase)]
        return list(dict.fromkeys(wrong))

    def _loaded_by_neutral(self) -> dict[str, list[int]]:
        """The positions of this language's shipped loaded forms in their list, by each neutral alternative
        normalised (built once, not once per entry)."""
        if self._loaded_neutral is None:
            self._loaded_neutral = {}
            for position, item in enumerate(_shipped_loaded_forms().forms):
                if item.language == self.language:
                    for neutral in {loaded_normalised(n, self.language) for n in item.neutral}:
                        self._loaded_neutral.setdefault(neutral, []).append(position)
        return self._loaded_neutral

    def _names_another(self, entry_id: str, phrase: str) -> bool:
        """Whether a word of the phrase (its article left out) is a word of another entry's rendering."""
        article = self.names.ARTICLE
        for word in _WORD.findall(phrase):
            key = normalise(word, self.language)
            keys = {key, key[len(article) :]} if article and key.startswith(article) else {key}
            if any(self._other_name(entry_id, [(k, ())]) for k in keys):
                return True
        return False

    # --- matching one output word ---------------------------------------------------------------------

    def _readings(self, word: str) -> tuple:
        """A word as every entry compares it (computed once per word): its normalised form, its readings
        with proclitics split off, an article the name does not have (الاسد for اسد) or an ezafe (مسکوی)
        taken away, each reading's spelling key, and whether it is written in Latin letters; then what
        :meth:`_compare` reads of it whatever the entry: Arabic-script letters glued before Latin ones (وU.S.;
        in a language not written in Latin letters), the word folded as English spellings are, and each
        reading's keys with a foreign name's last vowel in another script's letter (see ``_fuzzy``)."""
        return self._visible_readings(visible(word))

    def _visible_readings(self, word: str) -> tuple:
        """:meth:`_readings` of a word already without invisible characters."""
        found = self._word_readings.get(word)
        if found is None:
            if len(self._word_readings) > 20000:
                self._word_readings.clear()
            names = self.names
            key = normalise(word, self.language)
            starts = names.proclitic_readings(key) + [(loose, ()) for loose in names.loose_readings(key)]
            keys = [skeleton(rest, self.language) for rest, _ in starts]
            found = self._word_readings[word] = (
                key,
                starts,
                keys,
                bool(_LATIN_CODE.fullmatch(word)),
                None if names.LATIN_SCRIPT else _GLUED_TO_LATIN.fullmatch(word),
                fold(word),
                [
                    names.foreign_ending_keys(reading) if reading and not clitics else []
                    for (_, clitics), reading in zip(starts, keys)
                ],
            )
        return found

    def _match_word(self, forms: _EntryForms, word: str, capitalised: bool) -> _WordMatch | None:
        """How a word of the output reads as one of this entry's words (the same words recur from sentence to
        sentence: each is compared once)."""
        return self._match_visible(forms, visible(word), capitalised)

    def _match_visible(self, forms: _EntryForms, word: str, capitalised: bool) -> _WordMatch | None:
        """:meth:`_match_word` of a word already without invisible characters."""
        known = forms.matched.get((word, capitalised), False)
        if known is not False:
            return known  # type: ignore[return-value]
        if len(forms.matched) > 5000:
            forms.matched.clear()
        match = forms.matched[(word, capitalised)] = self._compare(forms, word, capitalised)
        return match

    def _compare(self, forms: _EntryForms, word: str, capitalised: bool) -> _WordMatch | None:
        names = self.names
        readings = self._word_readings.get(word) or self._visible_readings(word)  # read before: most words
        _, starts, keys, latin_letters, clitic_latin, folded, foreign = readings
        if latin_letters and not names.LATIN_SCRIPT:
            return self._latin(forms, word, capitalised, folded)
        if clitic_latin:  # a proclitic glued onto a name copied in Latin letters: وU.S., وWashington
            bare = ("LL", f"{names.ARTICLE}LL")  # the article the model wrote before it (الـU.S.) is the name's
            for rest, proclitics in names.proclitic_readings(normalise(clitic_latin[1], self.language) + "LL"):
                copied = self._latin(forms, clitic_latin[2], True) if rest in bare else None
                if copied:
                    return replace(copied, proclitics=proclitics)
            return None
        for rest, proclitics in starts:
            exact = forms.by_key.get(rest)
            if exact:
                return _WordMatch(exact, 0, proclitics)
        for rest, proclitics in starts:
            variant = forms.by_variant.get(rest)
            if variant and not any(names.derived_from(reading, f.key) for reading, _ in starts for f in variant):
                return _WordMatch(variant, _VARIANT, proclitics)
        if names.SUFFIXED_NAMES:
            glued = self._glued_suffix(forms, word, keys[0])
            if glued:
                return glued
        fuzzy = self._fuzzy(forms, word, starts, keys, capitalised, foreign)
        if fuzzy is None and names.LATIN_SCRIPT:  # an English spelling (Washington) is a word of the language too
            latin = forms.by_latin.get(folded)
            if latin:
                return _WordMatch(latin, 0)
        return fuzzy

    @staticmethod
    def _latin(forms: _EntryForms, word: str, capitalised: bool, folded: str | None = None) -> _WordMatch | None:
        """A word left in Latin letters: one of the entry's English spellings, or a near miss of one
        (Bagdad for Baghdad), capitalised as names are (``folded``: the word folded, where known)."""
        key = fold(word) if folded is None else folded
        exact = forms.by_latin.get(key)
        if exact:
            return _WordMatch(exact, 0)
        if not capitalised or len(key) < 5:
            return None
        close = [
            f
            for known, found in forms.by_latin.items()
            for f in found
            if len(known) >= 5 and known[0] == key[0] and edit_distance(key, known) <= allowed_edits(known)
        ]
        return _WordMatch(close, 1.0) if close else None

    def _glued_suffix(self, forms: _EntryForms, word: str, folded: str) -> _WordMatch | None:
        """A case suffix written straight onto the name, without the apostrophe: Ankaranın, Türkiyedeki,
        Erdoganın (the model's spelling of the name's last word, then a suffix its harmony allows; ``folded``:
        the word's spelling key)."""
        rendering = forms.entry.renderings.get(self.language)
        found: list[_Form] = []
        reading = None
        if forms.head_stems is None:  # each last word's key, and its keys softened: once per entry
            forms.head_stems = [(form, (form.skeleton, *self.names.softened(form.skeleton))) for form in forms.heads]
        for form, stems in forms.head_stems:
            stem = next((stem for stem in stems if len(folded) > len(stem) and folded.startswith(stem)), None)
            if stem is None:
                continue
            own = rendering if rendering is not None and form.kind == "name" else None
            said = (own.pronounced if own is not None else None) or form.text
            glued = self.names.glued_suffix(word, form.text, said, own.forms(bool(form.short)) if own else None)
            if glued and reading in (None, glued):
                found.append(form)  # the full and the short form's last word alike (Esad of Beşar Esad)
                reading = glued
        if reading is None:
            found, reading = self._glued_to_pronounced(forms, word, folded)
        if reading is None:
            return None
        # a derivational suffix (İdlibli) makes another word of the name: it ranks below the name
        return _WordMatch(found, 0 if reading[0] else 0.5, (), reading[0], reading[1])

    def _glued_to_pronounced(
        self, forms: _EntryForms, word: str, folded: str
    ) -> tuple[list[_Form], tuple[str | None, str] | None]:
        """A case suffix glued onto the name written as the glossary says it is pronounced, where that is a
        spelling of the language (Vaşingtonu for Washington, pronounced Vaşington): the model wrote the name as
        it is said. A pronunciation hint that is no capitalised word (ABD as "abede") is no spelling."""
        rendering = forms.entry.renderings.get(self.language)
        said = rendering.pronounced if rendering is not None else None
        if not said or " " in said or not said[:1].isupper() or not word[:1].isupper():
            return [], None
        stem = skeleton(said, self.language)
        if len(folded) <= len(stem) or not folded.startswith(stem):
            return [], None
        heads = [form for form in forms.heads if form.kind == "name" and form.from_end == 0]
        full = [form for form in heads if not form.short] or heads
        if not full:
            return [], None
        own = rendering.forms(bool(full[0].short)) if rendering is not None else None
        glued = self.names.glued_suffix(word, word[: len(said)], said, own)
        if glued is None or glued[0] is None:
            return [], None  # a derivational suffix on a spoken spelling is read as no name
        return full, glued

    def _after_another_names_word(self, output: str, words: list[re.Match], index: int) -> bool:
        """Whether a capitalised word stands right after another capitalised word that no glossary name has
        (Latin Amerika, Güney Amerika'ya, Латинской Америке): the two are another name, the continent, and
        the second is no word a model wrote for a glossary name (the United States as Amerika)."""
        word, before = words[index], words[index - 1]
        if not self.names.CASED or not word.group()[:1].isupper() or not before.group()[:1].isupper():
            return False
        if output[before.end() : word.start()] != " ":
            return False
        key = normalise(before.group(), self.language)
        if before.group()[1:2].islower() and _opens_sentence(output, before):
            # capitalised only as the sentence's first word (Ancak Amerika, Однако Америка): a region's word
            # alone makes another name there (Güney Amerika, Латинская Америка)
            return key.startswith(self.names.REGION_WORDS) if self.names.REGION_WORDS else False
        return key not in self._glossary_words()

    def _other_name(self, entry_id: str, starts) -> bool:
        """Whether a word, with any proclitic split off, is written exactly like a word of another entry."""
        name_words = self._glossary_words()
        return any(name_words.get(rest, {entry_id}) - {entry_id} for rest, _ in starts)

    def _glossary_words(self) -> dict[str, set[str]]:
        """Every word of every entry's renderings in this language, normalised, with the entries it is in."""
        return self._every_entry_read().name_words

    def _every_entry_read(self) -> _EveryEntry:
        """What this placer reads of every entry at once, when first needed: one pass over the glossary, kept on
        it for the other placers of its language (the engine's, the QA checks', the review import's)."""
        if self._every_entry is None:
            self._every_entry = _every_entry(self.glossary, self.language)
        return self._every_entry

    def _fuzzy(
        self, forms: _EntryForms, word: str, starts, keys: list[str], capitalised: bool, foreign: list[list[str]]
    ) -> _WordMatch | None:
        """The entry's words this one is a misspelling of (tolerance by length), or None (``foreign``: each
        key's ``foreign_ending_keys``, none for a reading with a proclitic)."""
        language = self.language
        best: list[_Form] = []
        best_distance = None
        proclitics: tuple[str, ...] = ()
        names = self.names
        lowercase_only = names.CASED and not capitalised  # a lowercase word in running text: no capitalised name
        if lowercase_only and not forms.lowercase:
            return None
        buckets = forms.candidates
        for (_rest, clitics), key in zip(starts, keys):
            if not key or (clitics and not names.NO_FUZZY_AFTER.isdisjoint(clitics)):
                continue
            candidates = buckets.get((len(key), key[:1] if len(key) < 6 else ""))  # fuzzy_candidates' own look-up
            for form in forms.fuzzy_candidates(key) if candidates is None else candidates:
                if lowercase_only and not form.lower:
                    continue
                allowed = form.allowed
                if allowed == 0 and key != form.skeleton:
                    continue
                distance = edit_distance(key, form.skeleton, allowed)  # above allowed: allowed + 1
                if distance > allowed and not self._same_consonants(key, form.skeleton):
                    continue
                distance = min(distance, allowed)
                if any(names.derived_from(reading, form.key) for reading, _ in starts):
                    continue  # an adjective or plural made from the name (إيراني, السورية) is not the name
                if (
                    best_distance is None
                    or distance < best_distance
                    or (distance == best_distance and self._doubled_proclitic(word, clitics, proclitics, form))
                ):
                    best, best_distance, proclitics = [form], distance, clitics
                elif distance == best_distance and form not in best:
                    best.append(form)
        if not best:  # a foreign name's last vowel in another script's letter (انقره for آنکارا): that name alone
            for others in foreign:
                for other in others:
                    best = [
                        form
                        for form in forms.names_by_length.get(len(other), ())
                        if form.skeleton == other
                        and not (lowercase_only and not form.lower)
                        and not any(names.derived_from(reading, form.key) for reading, _ in starts)
                    ]
                    if best:
                        best_distance = 1
                        break
                if best:
                    break
        if not best or best_distance is None:
            return None
        if more_common_than(word, best[0].text, language):
            return None  # an ordinary word of the language that looks like the name
        if all(names.letters_no_misspelling_adds(word, form.text) for form in best):
            return None  # رئيسا ("president") is no misspelt روسيا: a model does not add a hamza to a name
        if self._other_name(forms.entry.id, starts):
            return None  # another glossary name (Ирак is not a misspelt Иран)
        if proclitics and more_common_than(normalise(word, language), best[0].text, language):
            return None  # وكثيرا is "and much", not "and" + a misspelt name
        return _WordMatch(best, best_distance + 0.5, proclitics)

    def _doubled_proclitic(self, word: str, clitics: tuple[str, ...], chosen: tuple[str, ...], form: _Form) -> bool:
        """Whether a word read as a misspelt name both whole and after a proclitic, as near either way, is the
        proclitic and the name: «وواشنطون» is و + a misspelt واشنطن (the conjunction of "between Ankara and
        Washington"), not واشنطن alone, since the key drops a و inside a word and both readings look alike.
        Not where the name itself begins with the letters doubled (ووهان)."""
        if not clitics or chosen:
            return False
        key = normalise(word, self.language)
        return len(key) > 2 and key[0] == key[1] and not normalise(form.text, self.language).startswith(key[:2])

    def _same_consonants(self, key: str, known: str) -> bool:
        """A long name whose vowels alone differ, where a language's transliterations vary them
        (Hamenei ~ Hamaney): the same first letter and at least three consonants, all alike."""
        if len(key) < 6 or key[0] != known[0]:
            return False
        consonants = self.names.vowelless_key(key)
        return consonants is not None and len(consonants) >= 3 and consonants == self.names.vowelless_key(known)

    # --- mode 1: locate names in a plain translation ---------------------------------------------

    def locate(self, output: str, mentions: list[Mention], source: str = "") -> Placement:
        return self._template(output, mentions, self._located(output, mentions, source), mode="located", source=source)

    def _located(self, output: str, mentions: list[Mention], source: str) -> list[_Span]:
        words = list(_WORD.finditer(output))
        capitals = _capitals(output, words)
        read = self._read_words(output, words)
        runs: list[_Run] = []
        for entry_id in dict.fromkeys(m.entry_id for m in mentions):
            if entry_id in self.glossary:
                found = self._runs(output, words, self._entry_forms(entry_id), capitals, read)
                runs += self._without_the_sources_own_words(found, words, mentions, source)
        chosen = self._choose(runs, mentions, source, len(output), words)
        taken = [(run.start, run.end) for run in chosen.values()]
        spans: list[_Span] = []
        for index, run in sorted(chosen.items(), key=lambda item: item[1].start):
            if _short_of_a_word_by_word_mention(run, mentions[index]):
                continue  # "Курдистанском регионе [Ирака]": the model's wording goes on past the run
            head = self._wording_before(
                output, words, run, mentions[index], self._short(mentions[index], source), taken
            )
            replaced = None
            if head is not None:  # the model's own wording of the mention, from the name's first word on
                replaced = output[words[head].start() : run.start].strip()
                first = self._match_word(self._entry_forms(run.entry_id), words[head].group(), capitals[head])
                run = replace(
                    run,
                    first=head,
                    matches=[first, *[None] * (run.first - head - 1), *run.matches],
                    start=words[head].start(),
                )
            span = self._span_of_run(output, words, run, mentions, index, source, spans)
            span = self._origin_for_possessor(output, run, span, mentions[index], mentions, source)
            if not replaced and (span.start, span.end) == (run.start, run.end):
                replaced = self._generic_wording(output, words, run, mentions[index], source)
            spans.append(replace(span, replaced=replaced) if replaced else span)
        spans = self._agree_lists(spans)
        spans = self._beside_the_sources_adjectives(output, words, mentions, source, runs, spans)
        spans += self._hyphenated_adjective_pairs(output, words, mentions, source, spans)
        spans += self._adjective_spans(output, words, mentions, source, spans)
        spans = self._possessor_adjectives(output, self._possessor_words(output, words), mentions, spans, source)
        spans += self._reworded_spans(output, words, mentions, spans)
        return self._ruler_title_spans(output, words, mentions, spans, source)

    def _origin_for_possessor(
        self, output: str, run: _Run, span: _Span, mention: Mention, mentions: list[Mention], source: str
    ) -> _Span:
        """A possessor of a name ("Syria's Ali Mamlouk") the model wrote with a suffix of origin (Suriyeli Ali
        Memluk, "the Syrian Ali Mamlouk"): the word is the name in the case a possessor takes (Suriye'nin), a
        guess flagged until the retry's placeholder shows that case too (see merge)."""
        last = run.matches[-1] if run.matches else None
        if span.slot is None or span.slot.tokens or not mention.possessive or last is None or not last.derived:
            return span
        case = self.names.possessor_case_for_origin(last.rest)
        written = output[span.start : span.end + len(last.rest)]
        if case is None or output[span.end : span.end + len(last.rest)] != last.rest:
            return span
        if not any(re.fullmatch(r"['’]s?\s+", source[mention.end : m.start]) for m in mentions):
            # Türkiyeli Kürtler for "Turkey's Kurds": the thing possessed is no name, and as a common noun after
            # the genitive it needs the possessive suffix the model did not write (Türkiye'nin Kürtleri): the
            # model's words are a right reading and stay
            return span
        return replace(
            span,
            end=span.end + len(last.rest),
            slot=replace(span.slot, tokens=(case,)),
            doubt=f"'{written}' says where someone is from, the source has the possessive "
            f"'{mention.surface}': placed as the possessor; check it",
        )

    def _beside_the_sources_adjectives(
        self,
        output: str,
        words: list[re.Match],
        mentions: list[Mention],
        source: str,
        runs: list[_Run],
        spans: list[_Span],
    ) -> list[_Span]:
        """``spans`` with a doubt on a name the source also has its own adjective of outside the mentions ("a
        Russian jet", "Turkish-Russian ties" beside "Russia's ambassador"), which a model writes as the adjective
        (جنگنده روسی) or as the name itself (روابط ترکیه و روسیه, "Turkey and Russia's ties"), where the order
        of the entry's words (see :meth:`_in_order`) cannot make the span the mention's: the output has fewer of
        them than the source (one the model wrote was not read) and the span stands before or past every place
        the mention's can be; or as many, and where the mention's stands the output has an adjective, the mention
        being a possessor a model writes as one (السفير الروسي, "Russia's ambassador"). The sentence then goes
        to the retry, whose placeholder says where the mention stands (see :meth:`merge`)."""
        if not source:
            return spans
        doubted: dict[int, str] = {}
        for entry_id in {span.slot.entry_id for span in spans if span.slot is not None and not span.slot.adjective}:
            order = self._in_order(entry_id, words, runs, mentions, source)
            if order is None:
                continue
            events, ours = order
            fewer = len(events) - len(ours)
            for span in spans:
                if span.slot is None or span.slot.entry_id != entry_id or span.slot.adjective or span.doubt:
                    continue
                at = [n for n, (start, end, _) in enumerate(ours) if start < span.end and span.start < end]
                place = [n for n, (_, item) in enumerate(events) if item == span.mention]
                if not at or not place:
                    continue
                if fewer > 0:
                    misfit = not place[0] - fewer <= at[0] <= place[0]
                else:
                    misfit = (
                        fewer == 0 and at[0] != place[0] and not ours[place[0]][2] and mentions[span.mention].possessive
                    )
                if misfit:
                    adjective = next(item for _, item in events if isinstance(item, str))
                    doubted[id(span)] = (
                        f"'{output[span.start : span.end]}' was read as the mention, but it {SOURCES_ADJECTIVE} "
                        f"'{adjective}': check it"
                    )
        return [replace(span, doubt=doubted[id(span)]) if id(span) in doubted else span for span in spans]

    def _in_order(
        self,
        entry_id: str,
        words: list[re.Match],
        runs: Iterable[_Run | _Span],
        mentions: list[Mention],
        source: str,
    ) -> tuple[list[tuple[int, int | str]], list[tuple[int, int, bool]]] | None:
        """Where the source has the entry's English adjective outside its mentions ("Russian", "Iraqi"): the
        source's mentions and adjectives of the entry in order, as (start, the mention's index or the
        adjective), and the output's names of the entry (``runs``: its runs, or the spans placed) and words
        made from its name in order, as (start, end, whether a name); None where the source has no such
        adjective."""
        if entry_id not in self.glossary:
            return None
        own = _sources_adjectives(source, mentions, self.glossary[entry_id])
        if not own:
            return None
        events: list[tuple[int, int | str]] = [(m.start, i) for i, m in enumerate(mentions) if m.entry_id == entry_id]
        events = sorted(events + [(start, word) for start, word in own], key=lambda event: event[0])
        ours = sorted(
            {
                (run.start, run.end, True)
                for run in runs
                if (run.entry_id if isinstance(run, _Run) else run.slot and run.slot.entry_id) == entry_id
            }
        )
        ours += [
            (w.start(), w.end(), False)
            for w in words
            if not any(start <= w.start() < end for start, end, _ in ours) and self._made_from(entry_id, w.group())
        ]
        return events, sorted(ours)

    def _made_from(self, entry_id: str, word: str) -> bool:
        """Whether an output word is an adjective or plural made from the entry's name (روسی, الروسية), or
        one of the adjective's forms the glossary writes out."""
        rendering = self.glossary[entry_id].renderings.get(self.language)
        if rendering is None:
            return False
        names = {
            normalise(text, self.language)
            for text, _ in self.names.spelled_forms(rendering.full)
            if len(_WORD.findall(text)) == 1
        }
        key = normalise(word, self.language)
        return (
            self.names.made_from_name(word, names)
            or any(self.names.derived_from(key, name) for name in names)
            or any(keys == (key,) for keys, _ in self._adjective_forms(entry_id))
        )

    def _without_the_sources_own_words(
        self, runs: list[_Run], words: list[re.Match], mentions: list[Mention], source: str
    ) -> list[_Run]:
        """An entry's runs less those that are only the common noun its name is also a word for, where the source
        has its own ordinary words for that noun outside the mentions ("planted a sapling" beside Hakan Fidan:
        the fidan, саженец, نهال of the output is the sapling; "served turkey" in a sentence on Turkey). Only
        where the output has no more such runs than the source has such words: one more is the name translated.
        A word spelt like the name (fidan, المعلم: "teacher" and Muallem) is the noun in lowercase, and in a
        language without capitals wherever the source has its ordinary word."""
        if not runs:
            return runs
        counted, phrases = self._sources_nouns(runs[0].entry_id, mentions, source)
        if not counted:
            return runs
        forms = self._entry_forms(runs[0].entry_id)
        nouns = [
            run
            for run in runs
            if any(run.matches)
            and all(
                match is None or self._the_sources_noun(forms, words[index], phrases)
                for index, match in zip(range(run.first, run.last + 1), run.matches)
            )
        ]
        if not nouns or len(nouns) > counted:
            return runs
        return [run for run in runs if run not in nouns]

    def _sources_nouns(self, entry_id: str, mentions: list[Mention], source: str) -> tuple[int, set[tuple[str, ...]]]:
        """How many ordinary words outside the mentions the source has that models translate as the common
        nouns the entry's name is also a word for ("sapling" for Fidan), and those nouns' phrases."""
        if not source or entry_id not in self.glossary:
            return 0, set()
        counted = 0
        phrases: set[tuple[str, ...]] = set()
        outside: list[str] | None = None
        for word, ordinary in self._spelling_words(entry_id):
            if not ordinary:
                continue
            if outside is None:
                outside = _outside_mentions(source, mentions)
            here = sum(1 for w in outside if w in ordinary)
            if not here:
                continue
            counted += here
            for noun in common_noun_translations(word, self.language):
                for text in (noun,) if isinstance(noun, str) else noun.values():
                    phrases.add(tuple(normalise(w, self.language) for w in _WORD.findall(text)))
        return counted, phrases

    def _spelling_words(self, entry_id: str) -> list[tuple[str, frozenset[str]]]:
        """The words of the entry's English spellings, folded, each with the ordinary words models translate
        as the common nouns it is also a word for (see _sources_nouns): the same for every sentence, read once
        per entry."""
        found = self._spelling_words_read.get(entry_id)
        if found is None:
            spellings = self.glossary[entry_id].spellings
            words = {fold(w) for spelling in spellings for w in re.findall(r"[^\W\d_]+", spelling)}
            found = self._spelling_words_read[entry_id] = [(word, ordinary_words(word)) for word in words]
        return found

    def _the_sources_noun(self, forms: _EntryForms, word: re.Match, phrases: set[tuple[str, ...]]) -> bool:
        """Whether an output word reads as one of the ``phrases`` (see _sources_nouns) rather than as the name."""
        if not phrases:
            return False
        match = self._match_word(forms, word.group(), _capitalised(word.string, word))
        if match is None or not any(f.kind == "common" and f.phrase in phrases for f in match.forms):
            return False
        # a word both the name and the noun are written as: the noun where no capital tells them apart
        return all(f.kind == "common" for f in match.forms) or not self.names.CASED or word.group()[:1].islower()

    # --- adjectives made from names: "US forces" -> القوات الأمريكية, американские войска ----------------

    def _adjective_forms(self, entry_id: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The entry's adjective as printed, each as (normalised words, slot tokens after ``adj``), fewest
        tokens first; empty when the glossary gives this language no adjective for it."""
        if entry_id not in self._adjectives:
            rendering = self.glossary[entry_id].renderings.get(self.language)
            found = []
            if rendering is not None and rendering.adjective:
                for tokens, text in adjective_surface_forms(self.language, rendering.adjective):
                    keys = tuple(normalise(word, self.language) for word in _WORD.findall(text))
                    if keys:
                        found.append((keys, tokens))
            self._adjectives[entry_id] = found
        return self._adjectives[entry_id]

    @staticmethod
    def _adjective_at(
        read: list[tuple[str, str] | None],
        index: int,
        forms: list[tuple[tuple[str, ...], tuple[str, ...]]],
        keys_of: Callable[[str], tuple[str, str]],
    ) -> tuple[int, tuple[str, ...]] | None:
        """The adjective starting at word ``index``, as (its last word's index, slot tokens), ``read`` being
        each word of the output normalised with its spelling key (None for a word that cannot be one): written
        as the glossary writes one of its forms, or with its long vowels placed otherwise (الأميركية for
        الأمريكية: the same letters in another order, the same spelling key and first letters; never other
        letters, so the dual أمريكيان is not the plural أمريكيون)."""
        variant = None
        for keys, tokens in forms:
            words = read[index : index + len(keys)]
            if len(words) < len(keys) or any(
                w is None or _alef(w[0][:2]) != _alef(key[:2]) for w, key in zip(words, keys)
            ):
                continue
            if all(w[0] == key for w, key in zip(words, keys)):  # type: ignore[index]
                return index + len(keys) - 1, tokens
            if variant is None and all(
                w[0] == key  # type: ignore[index]
                or (sorted(w[0]) == sorted(key) and w[1] == keys_of(key)[1])  # type: ignore[index]
                or (len(key) > 4 and _alef(w[0]) == _alef(key))  # type: ignore[index]
                for w, key in zip(words, keys)
            ):
                variant = (index + len(keys) - 1, tokens)
        return variant

    def _adjective_spans(
        self, output: str, words: list[re.Match], mentions: list[Mention], source: str, spans: list[_Span]
    ) -> list[_Span]:
        """Adjective slots for the mentions no name was found for, whose entry has an adjective in this
        language and whose English mention modifies the word after it ("US forces", "a US base"; not a
        possessor, "the US's allies", "the allies of the US met", which _possessor_adjectives turns into
        the name where it can and which stays flagged elsewhere): where the translation has that adjective
        (and only that entry's), it is the mention, in the form written.
        Each mention takes the free adjective standing nearest where it stands in the source."""
        placed = {span.mention for span in spans}
        waiting = [
            i
            for i, m in enumerate(mentions)
            if i not in placed
            and _attributive(source, m)
            and not _possessor(source, m)
            and not _hyphen_joined(source, mentions, i)
            and m.entry_id in self.glossary
            and self._adjective_forms(m.entry_id)
        ]
        if not waiting:
            return []
        taken = [(span.start, span.end) for span in spans]
        known: dict[str, tuple[str, str]] = {}

        def keys_of(text: str) -> tuple[str, str]:
            if text not in known:
                known[text] = (normalise(text, self.language), skeleton(text, self.language))
            return known[text]

        # each word normalised once; a word joined to its neighbour by ZWNJ (آمریکایی‌ها, "Americans") is
        # part of another word
        read = [
            None
            if "\u200c" in (output[w.start() - 1 : w.start()] + output[w.end() : w.end() + 1])
            else keys_of(w.group())
            for w in words
        ]
        found: list[_Span] = []
        for index in waiting:
            by_start: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
            for form in self._adjective_forms(mentions[index].entry_id):  # indexed by their first letters
                by_start.setdefault(_alef(form[0][0][:2]), []).append(form)
            candidates = []
            position = 0
            while position < len(words):
                first = read[position]
                at = (
                    self._adjective_at(read, position, by_start.get(_alef(first[0][:2]), []), keys_of)
                    if first
                    else None
                )
                if at is None:
                    position += 1
                    continue
                start, end = words[position].start(), words[at[0]].end()
                if not any(start < other_end and other_start < end for other_start, other_end in taken):
                    where = abs(start / max(1, len(output)) - mentions[index].start / max(1, len(source)))
                    candidates.append((where, start, end, at[1]))
                position = at[0] + 1
            if candidates:
                _, start, end, tokens = min(candidates)
                taken.append((start, end))
                found.append(_Span(start, end, Slot(mentions[index].entry_id, False, tokens, adjective=True), index))
        return found

    def _entry_one_word_names(self, entry_id: str) -> set[str]:
        """The entry's one-word renderings in this language, normalised (إيران for Iran; none for the United
        States, الولايات المتحدة)."""
        rendering = self.glossary[entry_id].renderings.get(self.language)
        if rendering is None:
            return set()
        return {
            normalise(text, self.language)
            for text, _ in self.names.spelled_forms(rendering.full)
            if len(_WORD.findall(text)) == 1
        }

    def _stands_for(self, entry_id: str, word: str) -> bool:
        """Whether one output word is an adjective of the entry: made from its one-word name (الإيرانية from
        إيران) or one of the glossary's adjective forms (الأمريكية)."""
        key = normalise(word, self.language)
        if any(keys == (key,) for keys, _ in self._adjective_forms(entry_id)):
            return True
        names = self._entry_one_word_names(entry_id)
        return bool(names) and self.names.made_from_name(word, names)

    def _hyphenated_adjective_pairs(
        self, output: str, words: list[re.Match], mentions: list[Mention], source: str, spans: list[_Span]
    ) -> list[_Span]:
        """Name slots for a source's pair of names joined by a hyphen before a noun ("US-Iran contacts",
        "the Turkey-Qatar deal") that the model wrote as two relational adjectives joined by a hyphen after
        the noun (الاتصالات الأمريكية-الإيرانية), in a language whose grammar turns the adjective after a
        definite noun into the noun and the name (see ``possessor_construct``): the noun loses its article and
        both names follow it, joined as the source joins them (اتصالات الولايات المتحدة-إيران), as the same
        sentence's names written as names are (محادثات موسكو-طهران). Only where both words are the two
        mentions' adjectives, in the source's order, and the noun before them takes the construct; anything
        else stays as found (and flagged where a mention is left unplaced)."""
        placed = {span.mention for span in spans if span.slot is not None}
        taken = [(span.start, span.end) for span in spans]
        found: list[_Span] = []
        for first, second in itertools.pairwise(range(len(mentions))):
            one, other = mentions[first], mentions[second]
            if (
                first in placed
                or second in placed
                or source[one.end : other.start] != "-"
                or one.entry_id not in self.glossary
                or other.entry_id not in self.glossary
                or not _attributive(source, other)
            ):
                continue
            for at in range(1, len(words) - 1):
                left, right, noun = words[at], words[at + 1], words[at - 1]
                if (
                    output[left.end() : right.start()] != "-"
                    or output[noun.end() : left.start()] != " "
                    or output[right.end() : right.end() + 1] == "-"  # a chain of three: no pair of two
                    or any(_inside(w, taken) for w in (noun, left, right))
                    or not self._stands_for(one.entry_id, left.group())
                    or not self._stands_for(other.entry_id, right.group())
                ):
                    continue
                head = words[at - 2] if at >= 2 and output[words[at - 2].end() : noun.start()] == " " else None
                cut = None
                for adjective, entry_id in ((right, other.entry_id), (left, one.entry_id)):
                    names = self._entry_one_word_names(entry_id)
                    if names and cut is None:
                        cut = self.names.possessor_construct(
                            head.group() if head else None, noun.group(), adjective.group(), names
                        )
                if cut is None or (self.names.construct_ending(noun.group()) and _plural_noun(source[other.end :])):
                    continue  # المحادثتان الأمريكية-الإيرانية for "the US-Iran talks": never محادثتان
                edits = ((noun.start() + cut[0], noun.start() + cut[1], ""),)
                found.append(
                    _Span(
                        left.start(), left.end(), Slot(one.entry_id, self._short(one, source), ()), first, edits=edits
                    )
                )
                found.append(
                    _Span(right.start(), right.end(), Slot(other.entry_id, self._short(other, source), ()), second)
                )
                taken += [(noun.start(), right.end())]
                placed |= {first, second}
                break
        return found

    def _possessor_adjectives(
        self, output: str, words: list[re.Match], mentions: list[Mention], spans: list[_Span], source: str = ""
    ) -> list[_Span]:
        """``spans`` with name slots for the possessors no name was found for ("Russia's coach") where the
        model wrote the relational adjective after the noun instead (المدرب الروسي, "the Russian coach"), in a
        language whose grammar turns that into the noun and the name (مدرب روسيا; see ``possessor_construct``).
        Only where the output has no more words made from the name than the entry's mentions left unplaced,
        or where a language tells them by order: in Russian (``OWN_ADJECTIVES_IN_ORDER``) the source's own
        adjectives made from the English name ("a Russian jet", "Turkish-Russian ties") and the mentions
        together as many as the output's words, which then stand for them in the source's order
        ("российского самолета ... российского посла" for "a Russian jet ... Russia's ambassador": the second
        is the mention); in Arabic (``POSSESSOR_BY_ORDER``, :meth:`_possessors_in_order`) the one standing where
        the mention stands, flagged. Elsewhere which is the mention is not known and it stays flagged. And only
        where, taking the entry's names and adjectives in the order of its mentions, every adjective falls to a
        possessor ("Iraq's oil minister said Iraq ...": the name the first mention was given is the
        second's)."""
        placed = {span.mention for span in spans if span.slot is not None}
        by_entry: dict[str, list[int]] = {}
        for index, mention in enumerate(mentions):
            if mention.entry_id in self.glossary:
                by_entry.setdefault(mention.entry_id, []).append(index)
        taken = [(span.start, span.end) for span in spans]
        for entry_id, indexes in by_entry.items():
            unplaced = [i for i in indexes if i not in placed]
            rendering = self.glossary[entry_id].renderings.get(self.language)
            if not unplaced or rendering is None or not any(self._as_possessor(source, mentions[i]) for i in indexes):
                continue
            names = {
                normalise(text, self.language)
                for text, _ in self.names.spelled_forms(rendering.full)
                if len(_WORD.findall(text)) == 1
            }
            made = [i for i, w in enumerate(words) if names and self.names.made_from_name(w.group(), names)]
            by_order = len(made) > len(unplaced) and self.names.POSSESSOR_BY_ORDER
            if (
                len(made) <= len(unplaced)
                and not self.names.POSSESSOR_BY_ORDER
                and not self.names.OWN_ADJECTIVES_IN_ORDER
                and _adjectives_of_name(source, self.glossary[entry_id].spellings)
            ):
                continue  # "Iran's missiles hit the Iranian-made drones": which word is the mention is not known
            if len(made) > len(unplaced):
                if by_order:
                    made = self._possessors_in_order(entry_id, words, mentions, source, spans, unplaced, made)
                elif self.names.OWN_ADJECTIVES_IN_ORDER:
                    own_words = _adjectives_of_name(source, self.glossary[entry_id].spellings)
                    if len(made) != len(unplaced) + len(own_words):
                        continue
                    in_order = sorted([(at, None) for at in own_words] + [(mentions[i].start, i) for i in unplaced])
                    made = [at for at, (_, mention) in zip(made, in_order) if mention is not None]
            if not made or len(made) > len(unplaced):
                continue
            named = all(_possessum_named(source, mentions[i], mentions) for i in unplaced)
            plural = any(_possessum_plural(source, mentions[i]) for i in unplaced)
            chosen = [
                found
                for found in (self._possessor_at(output, words, at, names, taken, named, plural) for at in made)
                if found
            ]
            own = [span for span in spans if span.slot is not None and span.mention in indexes]
            if not chosen or len(own) + len(chosen) != len(indexes):
                continue
            order = sorted(
                [(span.start, span) for span in own] + [(word.start(), (word, cut)) for word, cut in chosen],
                key=lambda item: item[0],
            )
            if not all(
                self._as_possessor(source, mentions[index])
                for index, (_, item) in zip(indexes, order)
                if not isinstance(item, _Span)
            ):
                continue
            renumbered = {id(item): index for index, (_, item) in zip(indexes, order)}
            spans = [replace(span, mention=renumbered[id(span)]) if id(span) in renumbered else span for span in spans]
            for index, (_, item) in zip(indexes, order):
                if not isinstance(item, _Span):
                    word, (start, end, tokens, edits) = item
                    doubt = None
                    if by_order:  # the order is a guess a retry's placeholder confirms (see merge)
                        adjective = _sources_adjectives(source, mentions, self.glossary[entry_id])[0][1]
                        doubt = (
                            f"'{word.group()}' was read as the mention by the order of the words made from the "
                            f"name, but it {SOURCES_ADJECTIVE} '{adjective}': check it"
                        )
                    open_ = self._possessor_order_open(output, start, end)
                    spans.append(
                        _Span(start, end, Slot(entry_id, False, tokens), index, doubt, edits=edits, order_open=open_)
                    )
        return spans

    def _possessor_words(self, output: str, words: list[re.Match]) -> list[re.Match]:
        """The output's words as a possessor written as a word made from the name is read: in a language where a
        ZWNJ parts words, a plural joined on by one stays with its word (موضع روس‌ها, "the Russians' position",
        for "Russia's position": روس‌ها is the people's plural made from روسیه, not روس and ها)."""
        if not self.names.ZWNJ_SEPARATES or "\u200c" not in output:
            return words
        return list(_WORD_WITH_PLURAL.finditer(output))

    def _as_possessor(self, source: str, mention: Mention) -> bool:
        """Whether a mention is a possessor the language writes as the noun's (see ``_possessor``), or, where
        the language writes a noun's modifier so too (``MODIFIER_AS_POSSESSOR``), a name modifying the noun
        after it ("Qatar Airways": خطوط قطر; "Iran captain": قائد منتخب إيران)."""
        if _possessor(source, mention):
            return True
        if not self.names.MODIFIER_AS_POSSESSOR or _dash_or_hyphen_after(source, mention):
            return False
        if not _attributive(source, mention):
            return False
        # only a body, team, firm or office the name holds ("Qatar Airways", "the Iran captain", "a Baghdad
        # court"); a relation with it stays flagged ("the Iran deal": الاتفاق مع إيران, not اتفاق إيران)
        following = re.findall(r"[A-Za-z]+", source[mention.end : mention.end + 40])[:2]
        return bool(following) and (following[0][:1].isupper() or any(w.lower() in _HELD_NOUNS for w in following))

    def _possessors_in_order(
        self,
        entry_id: str,
        words: list[re.Match],
        mentions: list[Mention],
        source: str,
        spans: list[_Span],
        unplaced: list[int],
        made: list[int],
    ) -> list[int]:
        """Of the words made from the name (``made``, word indexes), those that stand where the unplaced
        mentions stand, where the source has adjectives of its own besides ("a Russian jet ... Russia's
        ambassador"): the source's mentions and adjectives of the entry in order, and the output's names and
        such words in order, as many of both, each unplaced mention's place holds one of ``made``. Empty where
        the order does not tell (fewer or more words than the source has, a name where the mention stands)."""
        sequence = self._in_order(entry_id, words, [span for span in spans if span.slot is not None], mentions, source)
        if sequence is None or len(sequence[0]) != len(sequence[1]):
            return []
        events, ours = sequence
        starts = {words[i].start(): i for i in made}
        chosen = []
        for n, (_, item) in enumerate(events):
            if item in unplaced:
                start, _, named = ours[n]
                if named or start not in starts:
                    return []
                chosen.append(starts[start])
        return chosen

    def _ruler_title_spans(
        self, output: str, words: list[re.Match], mentions: list[Mention], spans: list[_Span], source: str
    ) -> list[_Span]:
        """``spans`` and a slot for a person's mention no run was found for, where the model wrote a ruler's
        title and a country for the person ("Sheikh Tamim" as أمير قطر, امیر قطر: the emir of Qatar) in a
        language that joins the two as a construct (see ``RULER_TITLES``): the title, with its proclitic, and a
        place's name after it. Only for one such person and one such stretch, where the source gives no ruler's
        title of its own (then the model's title translates it), and flagged: which person the title stands for
        is the sentence's, not the glossary's. A mention of the country placed on the title's country moves to
        the same word written once more elsewhere, which no name took («امیر قطر ... که قطر می‌تواند»)."""
        titles = self.names.RULER_TITLES
        if not titles or not source or _RULERS_IN_SOURCE.search(source):
            return spans
        placed = {span.mention for span in spans if span.slot is not None}
        people = [
            index
            for index, mention in enumerate(mentions)
            if index not in placed
            and mention.entry_id in self.glossary
            and self.glossary[mention.entry_id].type == "person"
        ]
        if len(people) != 1:
            return spans
        taken = [(span.start, span.end) for span in spans]
        places = [entry.id for entry in self.glossary if entry.type == "place" and self.language in entry.renderings]
        found: list[tuple[re.Match, re.Match, tuple[str, ...]]] = []
        for title, place in itertools.pairwise(words):
            if output[title.end() : place.start()] != " " or _inside(title, taken):
                continue
            tokens = next(
                (
                    clitics
                    for rest, clitics in self.names.proclitic_readings(normalise(title.group(), self.language))
                    if rest in titles
                ),
                None,
            )
            if tokens is not None and any(self._country_word(entry_id, output, place) for entry_id in places):
                found.append((title, place, tokens))
        if len(found) != 1:
            return spans
        title, place, tokens = found[0]
        kept = spans
        if _inside(place, taken):
            moved = self._country_moved(output, words, spans, place)
            if moved is None:
                return spans
            kept = moved
        mention = mentions[people[0]]
        written = output[title.start() : place.end()]
        return [
            *kept,
            _Span(
                title.start(),
                place.end(),
                Slot(mention.entry_id, self._short(mention, source), tokens),
                people[0],
                doubt=f"'{written}' (a ruler's title and a country) stands where the source names "
                f"'{mention.surface}': placed as the name; check it is that person",
            ),
        ]

    def _country_word(self, entry_id: str, output: str, word: re.Match) -> bool:
        """Whether a word is a one-word place name of the entry, with no proclitic."""
        forms = self._entry_forms(entry_id)
        match = self._match_word(forms, word.group(), _capitalised(output, word))
        return (
            match is not None
            and not match.proclitics
            and any(f.kind == "name" and f.from_end == 0 and forms.lengths.get(f.short) == 1 for f in match.forms)
        )

    def _country_moved(
        self, output: str, words: list[re.Match], spans: list[_Span], place: re.Match
    ) -> list[_Span] | None:
        """``spans`` with the one placed exactly on ``place`` moved to the one other word written the same that
        no span holds; None where there is not exactly one such word, or the span holds more than the word."""
        here = [span for span in spans if (span.start, span.end) == (place.start(), place.end())]
        if len(here) != 1 or here[0].slot is None or here[0].edits or here[0].replaced:
            return None
        taken = [(span.start, span.end) for span in spans]
        others = [
            w for w in words if w.group() == place.group() and w.start() != place.start() and not _inside(w, taken)
        ]
        if len(others) != 1:
            return None
        other = others[0]
        return [replace(span, start=other.start(), end=other.end()) if span is here[0] else span for span in spans]

    def _reworded_spans(
        self, output: str, words: list[re.Match], mentions: list[Mention], spans: list[_Span]
    ) -> list[_Span]:
        """Slots for the mentions of names of several words no run was found for, where the model translated
        the name word by word in another grammatical shape (see ``reworded_name``: Анатолийским волком for
        Волк Анатолии): only where the output has exactly one such stretch of words for the entry."""
        placed = {span.mention for span in spans if span.slot is not None}
        taken = [(span.start, span.end) for span in spans]
        found: list[_Span] = []
        for index, mention in enumerate(mentions):
            if index in placed or mention.entry_id not in self.glossary:
                continue
            rendering = self.glossary[mention.entry_id].renderings.get(self.language)
            if rendering is None or len(rendering.full["nom"].split()) < 2:
                continue
            size = len(rendering.full["nom"].split())
            candidates = []
            for first in range(len(words) - size + 1):
                stretch = words[first : first + size]
                if any(_inside(w, taken) for w in stretch) or any(
                    output[a.end() : b.start()] != " " for a, b in itertools.pairwise(stretch)
                ):
                    continue
                tokens = self.names.reworded_name([w.group() for w in stretch], rendering.full)
                if tokens is not None:
                    candidates.append((stretch[0].start(), stretch[-1].end(), tokens))
            if len(candidates) == 1:
                start, end, tokens = candidates[0]
                found.append(_Span(start, end, Slot(mention.entry_id, False, tokens), index))
                taken.append((start, end))
        return found

    def _possessor_at(
        self,
        output: str,
        words: list[re.Match],
        at: int,
        names: set[str],
        taken: list[tuple[int, int]],
        named: bool = False,
        plural: bool = False,
    ) -> tuple[re.Match, tuple[int, int, tuple[str, ...], tuple[tuple[int, int, str], ...]]] | None:
        """The adjective at word ``at`` read as a possessor (see _possessor_adjectives): the adjective, and
        the slot's place, its tokens and the edits of the words around it; None where it is no possessor.
        ``named``: the source's possessed noun phrase is a name ("Iran's Quds Force"), whose own words keep
        their form. ``plural``: the source's possessed noun is a plural ("Russia's two envoys"), whose noun with
        a dual's ending and a singular adjective (المبعوثان الروسي) disagree and would lose the ending in the
        construct: no possessor there."""
        word = words[at]
        if _inside(word, taken):
            return None
        noun = words[at - 1] if at else None
        if noun is not None and output[noun.end() : word.start()] == " " and not _inside(noun, taken):
            if self.names.possessor_after_noun(
                noun.group(), word.group(), output[word.end() :], names
            ) and not self._made_from_any_name(noun.group()):  # موشک‌های ایرانی -> موشک‌های ایران
                return word, (word.start(), word.end(), (), ())
            head = words[at - 2] if at >= 2 and output[words[at - 2].end() : noun.start()] == " " else None
            cut = self.names.possessor_construct(head.group() if head else None, noun.group(), word.group(), names)
            if cut is not None and plural and self.names.construct_ending(noun.group()):
                return None  # المبعوثان الروسي for "Russia's two envoys": never مبعوثان روسيا
            preposition = self.names.possessor_preposition(head.group() if head else None, noun.group())
            if cut is not None and named and preposition:  # فيلق القدس الإيراني -> فيلق القدس في إيران
                return word, (word.start(), word.end(), (), ((word.start(), word.start(), preposition + " "),))
            if cut is not None:  # المدرب الروسي -> مدرب روسيا
                return word, (word.start(), word.end(), (), ((noun.start() + cut[0], noun.start() + cut[1], ""),))
            if head is not None and not _inside(head, taken) and not self._made_from_any_name(noun.group()):
                spaced = at >= 3 and output[words[at - 3].end() : head.start()] == " "
                opening = words[at - 3].group() if spaced else None
                cut = self.names.possessor_over_adjective(opening, head.group(), noun.group(), word.group(), names)
                within = self.names.possessor_beside_adjective(opening, head.group(), noun.group()) if named else None
                if cut is not None and within:
                    # جهاز المخابرات الوطنية التركية for "Turkey's National Intelligence Organisation": made a
                    # construct with the name (جهاز مخابرات تركيا الوطنية) the head's adjective would read as the
                    # name's; the name goes after it with في, the model's words kept (see possessor_beside_adjective)
                    return word, (word.start(), word.end(), (), ((word.start(), word.start(), within + " "),))
                if cut is not None:  # البنك المركزي التركي -> بنك تركيا المركزي
                    moved = (
                        (head.start() + cut[0], head.start() + cut[1], ""),
                        (head.end(), head.end(), " "),
                        (noun.end(), word.end(), ""),
                    )
                    return word, (head.end(), head.end(), (), moved)
        following: list[re.Match] = []
        for after in words[at + 1 : at + 5]:
            if output[(following[-1] if following else word).end() : after.start()] != " " or _inside(after, taken):
                break
            following.append(after)
        in_place = self.names.possessor_in_place(word.group(), [w.group() for w in following], names)
        if in_place is not None:  # Türk Merkez Bankası -> Türkiye Merkez Bankası
            return word, (word.start(), word.end(), in_place, ())
        if _in_compound(output, word.start(), word.end()):
            return None  # an adjective that is part of a hyphenated word (ирано-иракский) is no possessor
        compounds = _compound_words(output, words, at + 1, taken, 3)
        size = self.names.possessor_before_noun(
            word.group(), [output[first.start() : last.end()] for first, last in compounds], names
        )
        if not size:
            return None
        opens = not output[: word.start()].strip() or re.search(r"[.!?«\"“„(:]\s*$", output[: word.start()])
        if word.group()[:1].isupper() and not opens:
            return None  # a capitalised adjective inside a sentence is part of a name (Иракский Курдистан)
        first, last = compounds[0][0], compounds[size - 1][1]
        # the name follows the whole noun phrase: after a hyphenated noun (премьер-министр Ирака), never inside
        # it, and after the noun's own name in quotation marks (силами «Кудс» Ирана)
        end = last.end() + (_quoted_name_length(output[last.end() :]) or _code_length(output[last.end() :]))
        edits = [(word.start(), first.start(), "")]
        if word.group()[:1].isupper():  # Иракский министр нефти -> Министр нефти Ирака
            edits.append((first.start(), first.start() + 1, first.group()[:1].upper()))
        edits.append((end, end, " "))
        return word, (end, end, ("gen",), tuple(edits))

    def _made_from_any_name(self, word: str) -> bool:
        """Whether a word is made from the one-word name of any entry (التركية in العلاقات التركية الروسية)."""
        return self.names.made_from_name(word, self._every_entry_read().one_word_names)

    def name_spans(self, output: str, mentions: list[Mention], source: str = "") -> list[NameSpan]:
        """Where the mentions' names stand in a plain output and the form each is in, read as :meth:`locate`
        reads them (the words beside a name that repeat it taken in), without building a template: for a
        caller that puts names into text of its own (the provisional names of :mod:`toolkit.translate.provisional`).
        Mentions it cannot find are left out, and so are words inside what is written as it is (an address,
        a handle: a provisional AFAD is not the afad of afad.gov.tr)."""
        spans = self._absorb_debris(output, self._located(output, mentions, source))
        verbatim = verbatim_spans(output) if spans else []
        return [
            NameSpan(span.mention, span.start, span.end, span.slot, span.doubt)
            for span in sorted(spans, key=lambda s: s.start)
            if span.slot is not None
            and not span.edits  # a name that rewrites the words before it: not in place
            and not inside_any(verbatim, span.start, span.end)
        ]

    def _read_words(self, output: str, words: list[re.Match]) -> _ReadWords:
        """What :meth:`_runs` reads of a text's words whatever the entry (read once per text, not once per
        entry the sentence mentions)."""
        if _INVISIBLE.search(output) is None:  # most texts: no word holds an invisible character to take out
            seen = [word.group() for word in words]
        else:
            seen = [visible(word.group()) for word in words]
        readings, read = self._word_readings.get, self._visible_readings
        keys = [(readings(word) or read(word))[0] for word in seen]
        joined: list[str | None] = [None] * len(words)
        for index in range(len(words) - 1):
            if output[words[index].end() : words[index + 1].start()] == " ":
                joined[index] = keys[index] + keys[index + 1]
        stems: list[str | None]
        if type(self.names).relative_stem is NameGrammar.relative_stem:  # a language that reads no such suffix
            stems = [None] * len(words)
        else:
            relative_stem = self.names.relative_stem
            stems = [relative_stem(key, output, word.start(), word.end()) for word, key in zip(words, keys)]
        return _ReadWords(seen, keys, joined, stems, [index for index, stem in enumerate(stems) if stem])

    def _runs(
        self, output: str, words: list[re.Match], forms: _EntryForms, capitals: list[bool], read: _ReadWords
    ) -> list[_Run]:
        """Every stretch of adjacent words that is this entry's name as the model wrote it (``capitals``:
        whether each word is capitalised, or opens a sentence; ``read``: the words as :meth:`_read_words`
        reads them)."""
        matched, compare = forms.matched, self._compare
        matches: list[_WordMatch | None] = []
        for word, capital in zip(read.visible, capitals):  # _match_visible, inlined (one call per word it compares)
            known = matched.get((word, capital), False)
            if known is False:
                if len(matched) > 5000:
                    matched.clear()
                known = matched[(word, capital)] = compare(forms, word, capital)
            matches.append(known)  # type: ignore[arg-type]
        if forms.wrong_phrases:
            matches = _whole_wrong_phrases(forms.wrong_phrases, matches)
        found = [index for index in range(1, len(words)) if matches[index] is not None]  # most words are none
        for index in found:  # Latin Amerika, Латинская Америка: another name's last word
            match = matches[index]
            if (
                match is not None
                and matches[index - 1] is None
                and any(f.kind == "common" and f.alone for f in match.forms)
                and not any(f.kind == "name" and f.from_end == 0 for f in match.forms)  # Sayın Fidan: the name
                and self._after_another_names_word(output, words, index)
            ):
                matches[index] = None
        for index in found:  # the ezafe ی of عمده‌ی is that word's, not a name's beside it
            if (
                matches[index] is not None
                and matches[index - 1] is None
                and _glued_to_word_before(output, words[index])
            ):
                matches[index] = None
        for index in range(len(words) - 1):  # one word of the rendering written as two (عبد الله for عبدالله)
            joined = read.joined[index]  # None unless one space parts the two words
            if matches[index] is None and matches[index + 1] is None and joined is not None:
                written = forms.by_key.get(joined)
                if written and all(f.kind == "name" for f in written):
                    matches[index] = matches[index + 1] = _WordMatch(written, 0)
        for index in read.stemmed:  # the name with a suffix only the words around it tell (عراقی که)
            stem = read.stems[index]
            if matches[index] is None:
                written = forms.by_key.get(stem)  # type: ignore[arg-type]
                if written and all(f.kind == "name" for f in written):
                    matches[index] = _WordMatch(written, 0)
        particles = self.names.PARTICLES | LATIN_PARTICLES
        not_repeated = _FUNCTION_WORDS | particles  # words a name may hold twice
        links = self._links(output, words, matches)
        runs: list[_Run] = []
        index = 0
        while index < len(words):
            if matches[index] is None:
                index += 1
                continue
            first = last = index
            seen = {read.keys[index]}
            inserted: list[int] = []
            cursor = index + 1
            while cursor < len(words) and (
                _joined(output, words[cursor - 1], words[cursor]) or cursor in links or cursor - 1 in links
            ):
                key = read.keys[cursor]
                match = matches[cursor]
                if cursor in links:  # Anadolu'*nun* Kurdu: the suffix joining two words of the name is the name's
                    cursor += 1
                    continue
                if match is not None and (match.proclitics or (key in seen and key not in not_repeated)):
                    break  # a proclitic starts a new name; a repeated word is another mention
                if not self.names.LATIN_SCRIPT and {_script(words[cursor]), _script(words[cursor - 1])} == {
                    "latin",
                    "own",
                }:
                    break  # "قاعدة Al Udeid": a name copied in Latin letters is no part of the model's word before it
                if match is not None and self._other_word(match, matches[first : last + 1], forms.wrong_phrases):
                    break  # "Hamis Perşembe": the whole name, then Thursday (the word Khamis translates as)
                if match is not None and _head_again(matches[last], match):
                    break  # "Nusra Cephesi cephe hattı": the name ended at its head; the same noun again is a word
                    # of the sentence (or the model's leftover, which the placement weighs and flags later)
                if match is None and key not in particles:
                    inside = self._inside_name(forms, words, matches, last, cursor, output)
                    if inside is None:
                        break
                    if inside == "inserted":
                        inserted.append(cursor)
                seen.add(key)
                cursor += 1
                if match is not None:
                    last = cursor - 1
            # a particle the model wrote before the name (аль-Асад, el-Esad) belongs to it; an English
            # one only when hyphened to it ("hem de Tahran": de is Turkish "too")
            while first > 0 and matches[first - 1] is None and _joined(output, words[first - 1], words[first]):
                particle = normalise(words[first - 1].group(), self.language)
                hyphened = any(dash in output[words[first - 1].end() : words[first].start()] for dash in _HYPHENS)
                if not (particle in self.names.PARTICLES or (hyphened and particle in particles)):
                    break
                first -= 1
            # the model's own spelling of a first name, standing where the rendering has one (Тайеп, حقان); not
            # before a word that carries a proclitic (المنزل العائلي لمملوك): it opens the name, and its phrase
            while (
                first > 0
                and (opening := matches[first]) is not None
                and not opening.proclitics
                and _joined(output, words[first - 1], words[first])
                and matches[first - 1] is None
            ):
                neighbour = self._by_position(forms, words[first - 1], output, matches[first], +1)
                if neighbour is None:
                    break
                matches[first - 1] = neighbour
                first -= 1
            while last + 1 < len(words) and _joined(output, words[last], words[last + 1]) and matches[last + 1] is None:
                neighbour = self._by_position(forms, words[last + 1], output, matches[last], -1)
                if neighbour is None:
                    break
                matches[last + 1] = neighbour
                last += 1
            if inserted and not self._whole(forms, [matches[i] for i in range(first, last + 1)]):
                # a word inside a name only when the name is otherwise whole: else the run ends before it
                first = max(inserted) + 1
                inserted = []
            run = _Run(
                forms.entry.id,
                first,
                last,
                [matches[i] for i in range(first, last + 1)],
                words[first].start(),
                words[last].end(),
                tuple(inserted),
            )
            if self._valid(run, forms, output):
                runs.append(run)
            index = last + 1
        return runs

    def _links(self, output: str, words: list[re.Match], matches: list[_WordMatch | None]) -> set[int]:
        """The suffixes, each a word of its own after an apostrophe, that join one word of a name to the
        name's next word in another construction of the same name (Anadolu'nun Kurdu for Anadolu Kurdu: see
        ``links_name_words``): the word before is a word of a rendering, the word after (capitalised where
        names are) that rendering's next word."""
        links = set()
        for index in range(1, len(words) - 1):
            left, right = matches[index - 1], matches[index + 1]
            if (
                matches[index] is not None
                or left is None
                or right is None
                or left.kind != "name"
                or right.kind != "name"
                or left.case
                or right.proclitics
                or output[words[index - 1].end() : words[index].start()] not in ("'", "’")
                or output[words[index].end() : words[index + 1].start()] != " "
                or (self.names.CASED and not _capitalised(output, words[index + 1]))
                or not self.names.links_name_words(words[index - 1].group(), words[index].group())
            ):
                continue
            if any(
                f.kind == g.kind == "name" and f.short == g.short and f.from_end == g.from_end + g.span
                for f in left.forms
                for g in right.forms
            ):
                links.add(index)
        return links

    @staticmethod
    def _whole(forms: _EntryForms, run: list[_WordMatch | None]) -> bool:
        """Whether the words of a run make up one of the entry's renderings whole (full or short)."""
        for short, length in forms.lengths.items():
            covered = {
                p for m in run if m for f in m.forms if f.kind == "name" and f.short == short for p in f.covers()
            }
            if covered >= set(range(length)):
                return True
        return False

    @staticmethod
    def _other_word(match: _WordMatch, run: list[_WordMatch | None], wrong: frozenset[tuple[str, ...]]) -> bool:
        """Whether a word beside a run is an ordinary word rather than more of the name: a common noun
        that stands for the whole name ("Perşembe" for Khamis) after the name's own head word, or the
        name's own words after such a noun. The words of one of the entry's ``wrong`` renderings are one
        phrase, whatever else they match."""
        found = [m for m in run if m]
        phrases = {f.phrase for f in match.forms if f.kind == "common" and f.phrase in wrong}
        if phrases and found and all(any(f.kind == "common" and f.phrase in phrases for f in m.forms) for m in found):
            return False  # the run so far begins the same wrong rendering: «верховный» of «верховный лидер»
        if match.stands_alone:
            return any(m.head and m.kind != "common" for m in found)
        return bool(found) and all(m.stands_alone for m in found)

    def _inside_name(
        self,
        forms: _EntryForms,
        words: list[re.Match],
        matches: list[_WordMatch | None],
        last: int,
        gap: int,
        output: str,
    ) -> str | None:
        """Whether the unknown word at ``gap``, between two words of one rendering, belongs to the name:
        it stands where the rendering has a word the model spelled its own way (Али *Абдулла* Аюб), or
        the model put it inside a name that is otherwise whole (الرحلة *رقم* 752, рейс *номер* 752; the
        run is checked for that once complete). Particles may follow it (Тамим *Иванович* бен Хамад)."""
        particles = self.names.PARTICLES | LATIN_PARTICLES

        def particle(index: int) -> bool:
            return matches[index] is None and self._readings(words[index].group())[0] in particles

        after = gap + 1
        if (
            after >= len(words)
            or not _joined(output, words[gap], words[after])
            or not all(particle(index) for index in range(last + 1, gap))
        ):
            return None
        while after + 1 < len(words) and particle(after) and _joined(output, words[after], words[after + 1]):
            after += 1
        left, right = matches[last], matches[after]
        if left is None or right is None or left.kind != "name" or right.kind != "name" or right.proclitics:
            return None
        word = words[gap]
        between = {
            f.from_end - (g.from_end + g.span)
            for f in left.forms
            for g in right.forms
            if f.kind == g.kind == "name" and f.short == g.short
        }
        if 1 in between and (_capitalised(output, word) or not self.names.CASED):
            return "respelled"
        if 0 in between and after > gap + 1:
            between.add(1)  # a particle stands for the rendering's word there
        if not between & {0, 1} or self._other_name(forms.entry.id, [(normalise(word.group(), self.language), ())]):
            return None
        return "inserted"

    def _by_position(
        self, forms: _EntryForms, word: re.Match, output: str, inner: _WordMatch | None, step: int
    ) -> _WordMatch | None:
        """The word beside a run, read as the name's next word the model spelled its own way.

        Its place makes it likely, so the tolerance is wider than for a word
        found alone (a third of its letters, whatever the first letter).
        """
        if inner is None or inner.kind != "name" or (self.names.CASED and not _capitalised(output, word)):
            return None
        text = visible(word.group())
        key = skeleton(text, self.language)
        # one word beside the run stands for one word of the rendering, never for two written as one
        # ("PS752" after "рейса" is no "рейс752": that would read the case again from "рейс")
        wanted = [
            f
            for form in inner.forms
            for f in forms.by_position.get(
                (form.short, form.from_end + form.span if step > 0 else form.from_end - 1), []
            )
            if f.span == 1
        ]
        tolerance = self.names.position_tolerance
        close = [
            f
            for f in wanted
            if (len(f.skeleton) >= 4 and edit_distance(key, f.skeleton) <= tolerance(f.skeleton))
            or (
                len(f.skeleton) < 4
                and key[:1] == f.skeleton[:1]
                and edit_distance(key, f.skeleton) <= 1
                and word_frequency(text, self.language) < _RESPELLED_FIRST_NAME_BELOW.get(self.language, 4.0)
            )
        ]  # a short first name respelled, a rare word: طار ("flew") before أردوغان is no طيب
        if not close or more_common_than(text, close[0].text, self.language):
            return None
        return _WordMatch(close, 1.0)

    def _valid(self, run: _Run, forms: _EntryForms, output: str) -> bool:
        found = [m for m in run.matches if m]
        if (
            self.names.CASED
            and found
            and run.matches[-1] is not None
            and run.matches[-1].distance > 0
            and output[run.end : run.end + 1] in tuple(_HYPHENS)
            and output[run.end + 1 : run.end + 2].islower()
        ):
            # a word spelt near the name, first part of a hyphenated word (Ирако-иранская): the stem of a
            # compound adjective, no name (the name itself so joined, İran-destekli, stays the name)
            return False
        if any(m.derived and any(f.kind == "common" for f in m.forms) for m in found):
            return False  # a word models write for the name, made another word (Amerikalı: "American")

        def covered(short: bool | None) -> set[int]:
            return {p for m in found for f in m.forms if f.kind == "name" and f.short == short for p in f.covers()}

        # a body's name spelled right but for its generic head word (النصرة, "Nusra" of "Nusra Cephesi"):
        # the name as a one-word rendering would be, written in full by the slot
        bare_body = (
            bool(found)
            and all(m.kind == "name" and m.distance == 0 for m in found)
            and any(forms.generic.get(short) and covered(short) >= forms.distinctive(short) for short in forms.lengths)
        )
        if (
            not bare_body
            and len(found) == 1
            and found[0].kind == "name"
            and all(forms.lengths.get(f.short, 1) > f.span for f in found[0].forms if f.kind == "name")
        ):
            # one word alone is a name of several words only if it is spelled right and is no common
            # word: "جمهور" is not "قهرمان جمهوری", "الأمريكية" (American) not "الولايات المتحدة الأمريكية";
            # unless it is also a word models write for the whole name (Amerika: Amerika Birleşik Devletleri)
            word = output[run.start : run.end]
            alone = any(f.kind == "common" and f.alone for f in found[0].forms)
            if not alone and (
                found[0].distance > 0
                or (word_frequency(word, self.language) >= 3.5 and not self._bare_of_its_title(forms, found[0]))
            ):
                return False
            # nor, where names are capitalised, one of its capitalised words written in lowercase: «nişanını»
            # (its order), «ordusu» (its army), «gücü» are the common nouns Liyakat Nişanı, Devrim Muhafızları
            # Ordusu and Kudüs Gücü end in, never the name cut to its head
            opening = _WORD.match(output, run.start)
            if (
                not alone
                and self.names.CASED
                and opening is not None
                and opening.group()[:1].islower()
                and not _capitalised(output, opening)
                and not any(f.lower for f in found[0].forms if f.kind == "name")
            ):
                return False
        if (
            len(found) == 1
            and found[0].kind == "name"
            and found[0].distance == _VARIANT
            and self.names.qualifies_noun_before(output[: run.start], output[run.start : run.end])
        ):
            return False  # طائرات مسيرة تركية: the adjective made from Turkey, spelt like a variant of it
        if not bare_body and not any(m.head for m in found):
            # without its head, a run is still the name when it holds most of one rendering's words
            # ("ایالات متحده" of "ایالات متحده آمریکا")
            for short, length in forms.lengths.items():
                if length > 2 and len(covered(short)) >= max(2, (2 * length + 2) // 3):
                    return True
            if not _word_by_word(found):
                return False
        if all(m.kind == "latin" for m in found):  # a name copied in English: one whole spelling of it
            keys = {f.key for m in found for f in m.forms}
            if not any(set(_latin_words(spelling)) <= keys for spelling in forms.entry.spellings):
                return False
        for match in found:
            if match.kind == "common":  # every word of one of the common noun's phrases must be there
                phrases = {f.phrase for f in match.forms if f.kind == "common"}
                keys = {f.key for m in found for f in m.forms if f.kind == "common"}
                if not any(set(phrase) <= keys | {k[2:] for k in keys} for phrase in phrases):
                    return False
        return True

    def _bare_of_its_title(self, forms: _EntryForms, match: _WordMatch) -> bool:
        """Whether a word is all of a rendering but the title before it (تميم of «الشيخ تميم»): the model
        left the title out, and a given name that is common as a word (تميم) is still the name there; the
        slot writes the title back."""
        rendering = forms.entry.renderings.get(self.language)
        if rendering is None:
            return False
        for form in match.forms:
            if form.kind != "name" or form.from_end != 0 or form.span != 1:
                continue
            words = _WORD.findall(rendering.forms(bool(form.short))["nom"])
            if len(words) == 2 and self.names.honorific(words[:1]):
                return True
        return False

    def _choose(
        self, runs: list[_Run], mentions: list[Mention], source: str, length: int, words: list[re.Match]
    ) -> dict[int, _Run]:
        """Give each mention a run: the best runs first, as many per entry as the source has mentions,
        without overlaps; among equally good runs, the one standing where the mention stands. A run whose edge
        word a better one took keeps the rest where that is the name with its head: a first name two persons
        share stands between their names (Хаменеи Али Шамхани), and goes to the one it comes first in."""
        where: dict[str, list[float]] = {}
        for mention in mentions:
            where.setdefault(mention.entry_id, []).append(mention.start / max(1, len(source)))
        # where the source also has the entry's own adjective ("Turkey's army entered Iraq; the Iraqi army
        # withdrew") and the output as many of the entry's words as the source, in order: the mentions' runs
        # stand where the mentions stand in that order (Irak'a ...; Irak ordusu)
        in_order: dict[str, set[int]] = {}
        for entry_id in where:
            sequence = self._in_order(entry_id, words, runs, mentions, source)
            if sequence is not None and len(sequence[0]) == len(sequence[1]):
                events, ours = sequence
                in_order[entry_id] = {
                    ours[n][0] for n, (_, item) in enumerate(events) if not isinstance(item, str) and ours[n][2]
                }

        def order(run: _Run) -> tuple:
            offset = min(abs(run.start / max(1, length) - w) for w in where[run.entry_id])
            # in a language written with capitals, a name's word in lowercase ("çok ırak": far) is more
            # likely an ordinary word than the same name capitalised elsewhere in the sentence
            lowercase = (
                self.names.CASED
                and not _capitalised(words[run.first].string, words[run.first])
                and not any(f.lower for m in run.matches if m for f in m.forms)  # рейс 752: lowercase as written
            )
            out_of_order = run.entry_id in in_order and run.start not in in_order[run.entry_id]
            return (*run.rank, lowercase, out_of_order, offset)

        accepted: list[_Run] = []
        for run in sorted(runs, key=order):
            if sum(r.entry_id == run.entry_id for r in accepted) >= len(where[run.entry_id]):
                continue
            if any(run.start < other.end and other.start < run.end for other in accepted):
                rest = run.without([(other.start, other.end) for other in accepted], words)
                if rest is not None:
                    accepted.append(rest)
            else:
                accepted.append(run)
        chosen: dict[int, _Run] = {}
        for entry_id in where:
            wanted = [i for i, m in enumerate(mentions) if m.entry_id == entry_id]
            have = sorted((r for r in accepted if r.entry_id == entry_id), key=lambda r: r.start)
            for index, run in zip(wanted, have):
                chosen[index] = run
        return chosen

    def _span_of_run(
        self,
        output: str,
        words: list[re.Match],
        run: _Run,
        mentions: list[Mention],
        index: int,
        source: str,
        before: list[_Span],
    ) -> _Span:
        mention = mentions[index]
        entry = self.glossary[run.entry_id]
        short = self._short(mention, source)
        run = _trim_other_form(run, words, short)
        run = self._trim_words_the_mention_lacks(run, words, mention, source)
        run = self._trim_the_sources_own_generic(run, words, mention, source)
        run = self._trim_the_mentions_own_generic(run, words, mention)
        if short and run.inserted:  # "امیر سرتیپ حاتمی" for "Hatami": the words before the insertion are a rank
            first = max(run.inserted) + 1
            run = replace(
                run, first=first, matches=run.matches[first - run.first :], start=words[first].start(), inserted=()
            )
        start, end = run.start, run.end
        found = [m for m in run.matches if m]
        end += _abbreviation_dot(output, words, run)  # U.S.: the abbreviation's own dot goes with it
        english = _LATIN_WORD.fullmatch(words[run.last].group()) and _is_possessive(output, end)
        possessive = _possessive_tail(output, end) if english else ""
        if possessive:  # a name the model copied with its English possessive: a genitive
            end += len(possessive)
            if "gen" in self.grammar.TOKENS:
                return _Span(start, end, Slot(entry.id, short, ("gen",)), index, None)
        words_read = tuple(
            _word_read(output[words[i].start() : words[i].end()], match)
            for i, match in zip(range(run.first, run.last + 1), run.matches)
            if match
        )
        forms = self._entry_forms(entry.id)
        covered = {p for m in found for f in m.forms if f.kind == "name" and bool(f.short) == short for p in f.covers()}
        partial = not covered >= set(range(forms.lengths.get(short, 1)))
        context = self._in_sentence(
            output,
            start,
            end,
            entry,
            short,
            before,
            words=words_read,
            partial=partial,
            **_source_relation(mentions, index, source),
            preposition=_source_preposition(source, mentions, index),
        )
        read = self.names.read_name(context)
        rest = re.match(r"[^\W\d_]+", output[read.end :]) if read.end > start else None
        rendering = entry.renderings.get(self.language)
        said = (rendering.pronounced or rendering.forms(short)["nom"]) if rendering is not None else ""
        edits: tuple[tuple[int, int, str], ...] = ()
        if rest and output[read.end - 1 : read.end].isalpha() and self.names.apostrophe_before(said, rest.group()):
            # "Rusyası" for "Putin's Russia": the inflection glued on goes after the apostrophe (Rusya'sı)
            edits = ((read.end, read.end + 1, "'" + output[read.end]),)
        return _Span(
            read.start,
            read.end,
            Slot(entry.id, short, read.tokens),
            index,
            read.doubt,
            context,
            self._translated(entry, short, output[run.start : run.end], found),
            edits=edits,
            unfinished=_unfinished(run, forms, short) if partial else (0, 0),
        )

    def _generic_translations(self, english: Iterable[str]) -> set[str]:
        """The output's words (normalised) that translate the generic words of these English spellings."""
        return set().union(*(_generic_translations_of(spelling, self.language) for spelling in english))

    def _unmentioned_generic(self, run: _Run, mention: Mention) -> tuple[int, int]:
        """How many words at each edge of a run are translated generic words that translate no word of this
        mention (the إقليم of إقليم كردستان for "Iraqi Kurdistan"; for "Kurdistan Region" it is the name's)."""
        mentioned = self._generic_translations([mention.surface])

        def unmentioned(match: _WordMatch | None) -> bool:
            return (
                match is not None
                and all(f.kind == "common" and not f.alone for f in match.forms)
                and not any(f.key in mentioned for f in match.forms)
            )

        first, last = 0, len(run.matches) - 1
        while first < last and unmentioned(run.matches[first]):
            first += 1
        while last > first and unmentioned(run.matches[last]):
            last -= 1
        return first, len(run.matches) - 1 - last

    def _generic_wording(
        self, output: str, words: list[re.Match], run: _Run, mention: Mention, source: str = ""
    ) -> str | None:
        """The translated generic words a run holds that translate no word of the mention, where they were
        taken with the name (إقليم كردستان for "Iraqi Kurdistan": the region's own name, or the model's word
        before a name it left unfinished): for the editor to check."""
        before, after = self._unmentioned_generic(run, mention)
        if not (before or after) or self._whole_variant(run, mention, before, after, source):
            return None
        edges = [words[run.first + i].group() for i in range(before)]
        edges += [words[run.last - i].group() for i in reversed(range(after))]
        return " ".join(edges)

    def _trim_words_the_mention_lacks(
        self, run: _Run, words: list[re.Match], mention: Mention, source: str = ""
    ) -> _Run:
        """Leave out of a run whose rendering is whole without them the translated generic words at its edges
        that translate no word of the mention: the إقليم of إقليم كردستان العراق for "Iraqi Kurdistan" is
        the model's own word beside the name, and stays. Where the name is not whole without them (إقليم
        كردستان), they are the model's wording of it, taken with it (see _located)."""
        before, after = self._unmentioned_generic(run, mention)
        if not (before or after) or not self._whole_without(run, before, after):
            return run
        if self._whole_variant(run, mention, before, after, source):
            return run
        return run.narrowed(words, before, len(run.matches) - 1 - after)

    def _trim_the_sources_own_generic(
        self, run: _Run, words: list[re.Match], mention: Mention, source: str = ""
    ) -> _Run:
        """Leave out of a run the translated generic words at its edges that a word of the source's own outside
        the mention translates, where the rendering is complete without them: "the wrestling champion received
        the Champion of the Republic medal" as «Güreş şampiyonu Cumhuriyet Kahramanı madalyasını aldı» has the
        name whole, and şampiyonu is the source's "champion", not a word of the name (without the name's own
        words beside it, Cumhuriyet Şampiyonu, it is the model's wording of the name and is replaced)."""
        if not source or mention.entry_id not in self.glossary:
            return run

        def generic(match: _WordMatch | None) -> bool:
            return match is not None and all(f.kind == "common" and not f.alone for f in match.forms)

        if not run.matches or not (generic(run.matches[0]) or generic(run.matches[-1])):
            return run  # no translated generic word at either edge: the source's words need not be read
        outside = fold(source[: mention.start] + " " + source[mention.end :])
        sources = self._generic_translations(
            stem for word in re.findall(r"[^\W\d_]+", outside) for stem in (word, word[:-1])
        )
        if not sources:
            return run

        def own(match: _WordMatch | None) -> bool:
            return generic(match) and any(f.key in sources for f in match.forms)  # type: ignore[union-attr]

        first, last = 0, len(run.matches) - 1
        while first < last and own(run.matches[first]):
            first += 1
        while last > first and own(run.matches[last]):
            last -= 1
        if (first, last) == (0, len(run.matches) - 1):
            return run
        if not self._covers_a_rendering(run.matches[first : last + 1], mention.entry_id):
            return run
        return run.narrowed(words, first, last)

    def _covers_a_rendering(self, matches: list[_WordMatch | None], entry_id: str) -> bool:
        """Whether these word matches hold every word of the entry's full or short rendering."""
        covered = {at for m in matches if m is not None for f in m.forms if f.kind == "name" for at in f.covers()}
        rendering = self.glossary[entry_id].renderings.get(self.language)
        sizes = (
            [len(_WORD.findall(forms["nom"])) for forms in (rendering.full, rendering.short) if forms]
            if rendering
            else []
        )
        return any(covered >= set(range(size)) for size in sizes)

    def _trim_the_mentions_own_generic(self, run: _Run, words: list[re.Match], mention: Mention) -> _Run:
        """Leave out of a run the translated generic words before the name that translate a generic word of
        the mention's own spelling the rendering has no word for, where the rest of the run is the whole
        rendering: "the Kurdistan Region of Iraq" as «إقليم كردستان العراق» holds the name whole, and إقليم is
        the model's translation of the source's "Region", a head noun the name follows (replaced, the
        sentence would lose a word the source has). Without the rendering whole after it (إقليم كردستان for
        "Kurdistan Region") the word is the model's wording of the name and is replaced; a generic word for a
        mention that has none ("Iraqi Kurdistan" as إقليم كردستان العراق) is another spelling's wording (see
        _whole_variant). Arabic and Persian only, where such a head noun stands before the name it governs."""
        if self.language not in ("ar", "fa") or mention.entry_id not in self.glossary or len(run.matches) < 2:
            return run
        mentioned = self._generic_translations([mention.surface])
        if not mentioned:
            return run

        def own(match: _WordMatch | None) -> bool:
            return (
                match is not None
                and all(f.kind == "common" and not f.alone for f in match.forms)
                and any(f.key in mentioned for f in match.forms)
            )

        first = 0
        while first < len(run.matches) - 1 and own(run.matches[first]):
            first += 1
        if not first or not self._covers_a_rendering(run.matches[first:], mention.entry_id):
            return run
        return run.narrowed(words, first, len(run.matches) - 1)

    @staticmethod
    def _whole_without(run: _Run, before: int, after: int) -> bool:
        """Whether a run is the name with its head without its first ``before`` and last ``after`` words."""
        return any(m is not None and m.head for m in run.matches[before : len(run.matches) - after])

    def _whole_variant(self, run: _Run, mention: Mention, before: int, after: int, source: str) -> bool:
        """Whether the generic words at a run's edges that the mention lacks, around the whole rendering,
        translate the generic words of another of the entry's own spellings: إقليم كردستان العراق for
        "Iraqi Kurdistan" is the entry's "Kurdistan Region of Iraq" translated, the model's wording of the
        name, replaced whole by the rendering as a regional name of the place is (no word of it is the
        model's own beside the name). Not where the source has such a word of its own outside the mention
        ("the region of Iraqi Kurdistan", "the Iraqi Kurdistan region", "Iraqi Kurdistan province": see
        ``GENERIC_SYNONYMS``): the model's word translates it."""
        if not self._whole_without(run, before, after) or mention.entry_id not in self.glossary:
            return False
        own = self._generic_translations(self.glossary[mention.entry_id].spellings)
        outside = fold(source[: mention.start] + " " + source[mention.end :]) if source else ""
        sources = self._generic_translations(
            stem
            for word in re.findall(r"[^\W\d_]+", outside)
            for stem in (word, word[:-1], GENERIC_SYNONYMS.get(word, word))
        )
        edges = [*run.matches[:before], *run.matches[len(run.matches) - after :]]
        return all(
            match is not None
            and any(f.key in own for f in match.forms)
            and not any(f.key in sources for f in match.forms)
            for match in edges
        )

    def _translated(self, entry: Entry, short: bool, written: str, found: list[_WordMatch]) -> str | None:
        """The model's words, where they translate the name as a common word ("Turkey" as the bird, الديك
        الرومي) that the words agreeing with it do not agree with as they do with the name; None for a name
        the model wrote, or a rendering the house style rejects (верховный лидер: the same title)."""
        forms = self._entry_forms(entry.id)
        if not found or not all(
            all(f.kind == "common" for f in match.forms)
            and any(f.phrase not in forms.wrong_phrases for f in match.forms)
            for match in found
        ):
            return None
        phrases = {f.phrase for match in found for f in match.forms}  # the common noun as read, proclitics off
        rendering = entry.renderings[self.language].forms(short)["nom"]
        for word in {fold(w) for spelling in entry.spellings for w in re.findall(r"[^\W\d_]+", spelling)}:
            for noun in common_noun_translations(word, self.language):
                texts = [noun] if isinstance(noun, str) else list(noun.values())
                if any(tuple(normalise(w, self.language) for w in _WORD.findall(t)) in phrases for t in texts):
                    dictionary = noun if isinstance(noun, str) else noun["nom"]
                    if self.names.agrees_alike(dictionary, rendering, entry.type in _PERSONS):
                        return None
        return written

    def _in_sentence(
        self, output: str, start: int, end: int, entry: Entry, short: bool, before: list[_Span], **known
    ) -> NameInSentence:
        """What the grammar needs to read the form of a name standing at ``start:end``."""
        forms = entry.renderings[self.language].forms(short)
        placed = tuple(
            PlacedBefore(
                s.start,
                s.end,
                s.slot.tokens,
                self.glossary[s.slot.entry_id].type in _PERSONS,
                s.doubt is None,
                self.glossary[s.slot.entry_id].renderings[self.language].forms(s.slot.short),
            )
            for s in before
            if s.slot is not None
        )
        known.setdefault("after", output[end:])
        known.setdefault("award", entry.type == "award")
        return NameInSentence(output, start, end, forms, forms["nom"], entry.type in _PERSONS, before=placed, **known)

    def _short(self, mention: Mention, source: str) -> bool:
        """Full or short as the source mention is; a first name the matcher did not know ("Hasan
        Rouhani") still makes the mention full."""
        entry = self.glossary[mention.entry_id]
        rendering = entry.renderings.get(self.language)
        if rendering is None or rendering.short is None:
            return False
        if not mention.short:
            return False
        full_words = [fold(w) for w in re.findall(r"[^\W\d_]+", entry.name)]
        short_words = [fold(w) for w in re.findall(r"[^\W\d_]+", mention.surface)]
        missing = [w for w in full_words if w not in short_words]
        before = (
            [fold(w) for w in re.findall(r"[^\W\d_]+", source[: mention.start])][-len(missing) :] if missing else []
        )
        return not (
            missing
            and len(before) == len(missing)
            and all(edit_distance(a, b) <= allowed_edits(b) for a, b in zip(before, missing))
        )

    # --- mode 2: placeholders ----------------------------------------------------------------------

    @staticmethod
    def mask(source: str, mentions: list[Mention]) -> str:
        """The source with each mention (and its possessive) replaced by a numbered placeholder (numbered past
        any the sentence's own text seems to hold: :func:`placeholder_numbers`)."""
        parts, position = [], 0
        for number, mention in zip(placeholder_numbers(source, len(mentions)), mentions):
            parts.append(source[position : mention.start])
            parts.append(PLACEHOLDER_SENT.format(number))
            position = mention.end + (len(_possessive_tail(source, mention.end)) if mention.possessive else 0)
            position += _abbreviation_own_dot(source, mention.start, position)  # "the U.S. and": [[1]] and
        parts.append(source[position:])
        return "".join(parts)

    def restore(self, output: str, mentions: list[Mention], source: str = "") -> Placement:
        """Turn placeholders in machine output back into slots, repairing what models do to them."""
        spans: list[_Span] = []
        seen: set[int] = set()
        problems: list[Problem] = []
        numbers = placeholder_numbers(source, len(mentions))
        offset = numbers[0] - 1 if numbers else 0
        for match in _PLACEHOLDER.finditer(output):
            number = int(western_digits(match.group("number"))) - offset
            if not 1 <= number <= len(mentions):
                if number + offset in text_numbers(source):  # "[1]" of the sentence's own text: text
                    continue
                if match.group("open").count("[") + match.group("open").count("{") > 1:
                    problems.append(
                        Problem(
                            "warning",
                            "placeholder-unknown",
                            f"the model invented placeholder {match.group().strip()!r}; removed",
                        )
                    )
                    spans.append(_Span(match.start(), match.end(), None))
                continue
            if number in seen:
                problems.append(
                    Problem(
                        "warning",
                        "placeholder-duplicated",
                        f"the model repeated {mentions[number - 1].surface!r}; the copy was removed",
                    )
                )
                spans.append(_Span(match.start(), match.end(), None))
                continue
            seen.add(number)
            spans.append(self._span_of_placeholder(output, match, mentions, number - 1, source, spans))
        spans = self._agree_lists(spans)
        placement = self._template(output, mentions, spans, mode="placeholders", source=source)
        placement.errors = problems + placement.errors
        return placement

    def _span_of_placeholder(
        self, output: str, match: re.Match, mentions: list[Mention], index: int, source: str, before: list[_Span]
    ) -> _Span:
        mention = mentions[index]
        entry = self.glossary[mention.entry_id]
        short = self._short(mention, source)
        clitic, ending = match.group("clitic").rstrip(TATWEEL), match.group("ending") or ""
        start, end = match.start() + len(clitic), match.end() - len(ending)  # a tatweel after the clitic goes
        context = self._in_sentence(
            output,
            start,
            end,
            entry,
            short,
            before,
            clitic=clitic,
            ending=ending,
            after=_after_copies(output[end:], match.group("number")),
            **_source_relation(mentions, index, source),
            preposition=_source_preposition(source, mentions, index),
        )
        read = self.names.read_placeholder(context)
        return _Span(read.start, read.end, Slot(entry.id, short, read.tokens), index, read.doubt, context)

    # --- shared -----------------------------------------------------------------------------------

    def _agree_lists(self, spans: list[_Span]) -> list[_Span]:
        """The forms of names read one by one, made to agree where they stand in one coordinated list."""
        read = [
            (span, span.slot, span.context)
            for span in sorted(spans, key=lambda s: s.start)
            if span.slot is not None and span.context is not None
        ]
        if len(read) < 2:
            return spans
        agreed = self.names.agree_lists(
            [(context, FormRead(slot.tokens, span.start, span.end, span.doubt)) for span, slot, context in read]
        )
        changed = {
            id(span): replace(span, slot=replace(slot, tokens=form.tokens), doubt=form.doubt)
            for (span, slot, _), form in zip(read, agreed)
        }
        return [changed.get(id(span), span) for span in spans]

    def _template(self, output: str, mentions: list[Mention], spans: list[_Span], mode: str, source: str) -> Placement:
        """Build the template from the spans; name what is left unplaced; guard against debris."""
        placed = {span.mention for span in spans if span.slot is not None}
        problems = []
        for index, mention in enumerate(mentions):
            if index not in placed:
                problems.append(
                    Problem(
                        "error",
                        "name-unplaced",
                        f"'{mention.surface}' ({mention.entry_id}) could not be found in the machine translation "
                        f"({mode}); check this sentence by hand",
                    )
                )
        located, spans = spans, self._absorb_debris(output, spans, mentions, source)
        problems += self._stutters_removed(output, located, spans)
        spans, leftovers = self._leftover_words_taken(output, spans, mentions)
        problems += leftovers
        spans, state_forms = self._state_forms_taken(output, spans, mentions, source)
        problems += state_forms
        spans, containing = self._containing_name_after(output, spans, mentions)
        problems += containing
        unfinished = self._rest_of_unfinished_term(output, located, spans, mentions)
        problems += unfinished
        problems += [
            Problem("warning", "name-form-uncertain", doubt)
            for doubt in filter(None, (self._head_beside(output, span) for span in spans))
        ]
        glosses, beside = self._beside_names(output, spans, mentions, source)
        edits = {(a, b): text for span in spans if span.slot is not None for a, b, text in span.edits}
        glosses += list(edits)
        problems += beside
        if self.names.AGREES_WITH_NOUNS:
            problems += [
                Problem(
                    "warning",
                    COMMON_WORD_REPLACED,
                    f"the model translated '{mentions[span.mention].surface}' as a common word ('{span.translated}'), "
                    "which the name replaced: words that agree with it (a verb, an adjective) may need another "
                    "form for the name; check them",
                )
                for span in spans
                if span.slot is not None and span.translated
            ]
        problems += self._agreement_left(output, spans, mentions)
        parts: list = []
        names: list[PlacedName] = []
        slot_ranges: list[tuple[int, int]] = []
        position = 0
        for span in sorted(spans, key=lambda s: s.start):
            if span.start < position:
                continue
            if span.slot is None and re.match(r"\s*[.,;:!?،؛؟)»”]", output[span.end :]):
                span = replace(span, start=len(output[position : span.start].rstrip()) + position)
            parts.append(_without(output, position, span.start, glosses, edits))
            if span.slot is not None:
                parts.append(span.slot)
                names.append(PlacedName(span.mention, span.slot, span.doubt, span.translated))
                slot_ranges.append((span.start, span.end))
            position = span.end
        parts.append(_without(output, position, len(output), glosses, edits))
        # a tatweel the model stretched into a name ("لـ", "تهرانـ") goes, and so does an invisible character
        # copy left at its edge (Erdoğan\u200b); letters glued before a name that the orthography writes
        # apart are written apart (بمسکو: به مسکو)
        for index, part in enumerate(parts):
            if isinstance(part, Slot):
                if index and isinstance(parts[index - 1], str):
                    glued = re.search(r"(?:^|(?<=\s))([^\W\d_]+)$", parts[index - 1])
                    apart = self.names.detached(glued.group(1)) if glued else None
                    if glued and apart:
                        parts[index - 1] = parts[index - 1][: glued.start(1)] + apart
                if index and isinstance(parts[index - 1], str):
                    parts[index - 1] = parts[index - 1].rstrip(TATWEEL + INVISIBLE_IN_WORD)
                if index + 1 < len(parts) and isinstance(parts[index + 1], str):
                    parts[index + 1] = parts[index + 1].lstrip(TATWEEL + INVISIBLE_IN_WORD)
        template = _collapsed(parts)
        return Placement(
            template,
            problems,
            names,
            debris=len(self._repeated(template)) + len(unfinished),
            built=_Built(output, mentions, spans, source, slot_ranges),
            order_open=any(span.order_open for span in spans if span.slot is not None),
        )

    def _agreement_left(self, output: str, spans: list[_Span], mentions: list[Mention]) -> list[Problem]:
        """A warning for each place or body put over the model's own words for it as a subject where the
        verb or short adjective after them agrees with those words but not with the name («Америка
        отвергла план» placed as «США отвергла план»: США takes отвергли). The sentence is left as the model
        wrote it, flagged for an editor (or replaced by a clean retry, see merge)."""
        problems = []
        for span in spans:
            slot = span.slot
            if slot is None or slot.adjective or set(slot.tokens) & _OBLIQUE_CASES:
                continue
            entry = self.glossary[slot.entry_id]
            rendering = entry.renderings.get(self.language)
            if rendering is None or entry.type in _PERSONS or span.translated:
                continue  # a person's name of another gender is no case; a common word is flagged already
            shown = rendering.forms(slot.short)["nom"]
            full = rendering.forms(False)["nom"]
            written = output[span.start : span.end].strip()
            if not written or written.lower() in (shown.lower(), full.lower()):
                continue  # the model wrote the name itself: its verb is its own
            if _DASH_BEFORE.search(output[: span.start]) or _DASH_AFTER.match(output[span.end :]):
                continue  # "газопроводе Иран-Турция остановил": a pair named by its ends, the verb its noun's
            verb = self.names.agreement_left(written, full if shown.isupper() else shown, output[span.end :])
            if verb:
                problems.append(
                    Problem(
                        "warning",
                        NAME_AGREEMENT,
                        f"'{verb}' agrees with the model's '{written}', not with '{shown}' put in its place "
                        f"('{mentions[span.mention].surface}'): check the agreement",
                    )
                )
        return problems

    def _shown(self, slot: Slot) -> str:
        """The slot as the published sentence shows it."""
        rendering = self.glossary[slot.entry_id].renderings[self.language]
        if slot.adjective and rendering.adjective:
            return self.grammar.inflect_adjective(rendering.adjective, slot.tokens)
        return self.grammar.inflect(rendering.forms(slot.short), slot.tokens, rendering.pronounced)

    def _repeated(self, template: Template) -> list[tuple[str, str]]:
        """Words the published sentence would show beside a name that repeat part of it (what QA calls
        name-repeated), or that are words of another person's name in it (the model swapped two first names):
        a placement that leaves them is worse than one that does not."""
        pieces = []
        for part in template.parts:
            if isinstance(part, Slot):
                pieces.append(_Piece(self._shown(part), part.entry_id))
            elif isinstance(part, str):
                pieces.append(_Piece(part, None))
        return repeated_beside_names(pieces, self.language) + [
            (word, name) for word, name, _ in fused_beside_names(pieces, self.glossary, self.language)
        ]

    def _absorb_debris(
        self, output: str, spans: list[_Span], mentions: list[Mention] | None = None, source: str = ""
    ) -> list[_Span]:
        """Take into a slot the words beside it that are pieces of the same name ("Владимир [[2]]"), but not
        the translation of the source's own ordinary word spelt like it ("[[1]] المعلم" for "Muallem thanked
        the teacher")."""
        taken = [(s.start, s.end) for s in spans]
        words = list(_WORD.finditer(output))
        result = []
        for span in spans:
            if span.slot is None or span.slot.adjective:  # an adjective is one word of its own, never a name's
                result.append(span)
                continue
            forms = self._entry_forms(span.slot.entry_id)
            phrases = self._sources_nouns(span.slot.entry_id, mentions or [], source)[1]
            start, end = span.start, span.end
            # a name that carries a proclitic (لروسيا) opens its phrase: the word before it is none of its pieces
            # but the sentence's own (رئيسا لروسيا, "president of Russia")
            before = [] if self._opens_with_proclitic(span.slot) else [w for w in words if w.end() <= start]
            while (
                before
                and _joined(output, before[-1], None, start)
                and not _inside(before[-1], taken)
                and not _part_of_a_longer_word(output, before[-1])
                and self._is_name_piece(forms, before[-1], output, span.slot.short)
                and not self._the_sources_noun(forms, before[-1], phrases)
            ):
                start = before.pop().start()
            after = [w for w in words if w.start() >= end]
            while (
                after
                and _joined(output, None, after[0], end)
                and not _inside(after[0], taken)
                and not _part_of_a_longer_word(output, after[0])
                and self._is_name_piece(forms, after[0], output, span.slot.short)
                and not self._the_sources_noun(forms, after[0], phrases)
                # "تنظيم القاعدة قاعدة [العديد]": in Arabic, a noun right before another name is in
                # construct with it (the base of Al Udeid), the sentence's own word
                and not (self.names.ARTICLE and _right_before_taken(output, after[0], taken))
            ):
                end = after.pop(0).end()
            start, end = self._across_inner_quotes(output, span.slot, forms, phrases, words, taken, start, end)
            end += self._glued_after(span.slot.entry_id, output, end)
            result.append(replace(span, start=start, end=end))
        return result

    def _across_inner_quotes(
        self,
        output: str,
        slot: Slot,
        forms: _EntryForms,
        phrases: set[tuple[str, ...]],
        words: list[re.Match],
        taken: list[tuple[int, int]],
        start: int,
        end: int,
    ) -> tuple[int, int]:
        """The bounds of a name of several words the model split with quotation marks, quoting a part of it
        (Джебхат «ан-Нусрой», «Джебхат» ан-Нусрой): the word outside the quotes, a piece of the same name, and
        both marks are taken into the slot, which writes the rendering whole; a name quoted whole, or a quoted
        name beside a word of another, is left as it is."""
        opening = _INNER_QUOTE_OPENING.search(output, 0, start)
        closing = _INNER_QUOTE_CLOSING.match(output, end)
        if opening is not None and closing is not None and _QUOTE_PAIRS.get(opening.group(1)) == closing.group():
            # Джебхат «[ан-Нусрой]»: a piece before the opening mark
            word = next((w for w in reversed(words) if w.end() <= opening.start(1)), None)
            if (
                word is not None
                and re.fullmatch(r"[ \u00a0]+", output[word.end() : opening.start(1)])
                and self._quoted_piece(output, slot, forms, phrases, word, taken)
            ):
                return word.start(), closing.end()
        opening_here = start > 0 and output[start - 1] in _QUOTE_PAIRS
        after_close = _INNER_QUOTE_AFTER.match(output, end)
        if opening_here and after_close is not None and _QUOTE_PAIRS[output[start - 1]] == after_close.group(1):
            # «[Джебхат]» ан-Нусрой: a piece after the closing mark
            word = next((w for w in words if w.start() >= after_close.end()), None)
            if (
                word is not None
                and word.start() == after_close.end()
                and self._quoted_piece(output, slot, forms, phrases, word, taken)
            ):
                return start - 1, word.end()
        closed_before = _INNER_QUOTE_CLOSED_BEFORE.search(output, 0, start)
        if closed_before is not None:
            # «Джебхат» [ан-Нусра]: a quoted piece before the name found
            word = next((w for w in reversed(words) if w.end() <= closed_before.start(1)), None)
            if (
                word is not None
                and word.end() == closed_before.start(1)
                and word.start() > 0
                and _QUOTE_PAIRS.get(output[word.start() - 1]) == closed_before.group(1)
                and self._quoted_piece(output, slot, forms, phrases, word, taken)
            ):
                return word.start() - 1, end
        opened_after = _INNER_QUOTE_OPENED_AFTER.match(output, end)
        if opened_after is not None:
            # [Nusra] “Cephesi”: a quoted piece after the name found
            word = next((w for w in words if w.start() >= opened_after.end()), None)
            closes = word.end() if word is not None else 0
            if (
                word is not None
                and word.start() == opened_after.end()
                and output[closes : closes + 1] == _QUOTE_PAIRS[opened_after.group(1)]
                and self._quoted_piece(output, slot, forms, phrases, word, taken)
            ):
                return start, closes + 1
        return start, end

    def _quoted_piece(
        self,
        output: str,
        slot: Slot,
        forms: _EntryForms,
        phrases: set[tuple[str, ...]],
        word: re.Match,
        taken: list[tuple[int, int]],
    ) -> bool:
        """Whether a word beside a quotation mark inside a name is a piece of that name, not placed already."""
        return (
            not _inside(word, taken)
            and not _part_of_a_longer_word(output, word)
            and self._is_name_piece(forms, word, output, slot.short)
            and not self._the_sources_noun(forms, word, phrases)
        )

    def _containing_name_after(
        self, output: str, spans: list[_Span], mentions: list[Mention]
    ) -> tuple[list[_Span], list[Problem]]:
        """A name the placed one holds, written again right after it, that the source does not mention there:
        the model's own "of Iraq" left behind the region it translated as "Kurdistan of Iraq" («в Иракском
        Курдистане Ирака» for "in Iraqi Kurdistan"). In the form of a possessor (a genitive; in Arabic and
        Persian, where a name after a name is its possessor, as written) it is taken into the slot and goes; in
        any other form it may start a phrase of its own, so it stays and the sentence is flagged. Returns the
        spans and the warnings."""
        taken = [(s.start, s.end) for s in spans]
        placed = {span.mention for span in spans if span.slot is not None}
        result: list[_Span] = []
        problems: list[Problem] = []
        for span in spans:
            slot = span.slot
            word = _WORD.search(output, span.end) if slot is not None and not slot.adjective else None
            held = None
            if (
                slot is not None
                and word is not None
                and re.fullmatch(r"[ \u00a0]+", output[span.end : word.start()])
                and not _inside(word, taken)
                and not _part_of_a_longer_word(output, word)
            ):
                held = self._held_name(slot.entry_id, word.group())
            unplaced = held is not None and any(
                mention.entry_id == held[0] and index not in placed for index, mention in enumerate(mentions)
            )
            if slot is None or word is None or held is None or unplaced:
                result.append(span)
                continue
            if held[1]:
                result.append(replace(span, end=word.end()))
                continue
            result.append(span)
            problems.append(
                Problem(
                    "warning",
                    NAME_BESIDE,
                    f"'{word.group()}' after '{self._shown(slot)}' names again what the name holds and the "
                    "source does not say there: remove it if it is the model's repetition; check the sentence",
                )
            )
        return result, problems

    def _rest_of_unfinished_term(
        self, output: str, located: list[_Span], spans: list[_Span], mentions: list[Mention]
    ) -> list[Problem]:
        """A warning for each name of several words the model wrote only part of, where the word beside that
        part, on the side of the words it lacks, is a word of the model's own and no word that links phrases:
        the model's wording of the rest of the name («منطقة خفض التوتر» for منطقة خفض التصعيد, «منطقه‌ی کاهش
        خشونت» for منطقه‌ی کاهش تنش, «çatışma Azaltma Bölgesi» for Gerginliği Azaltma Bölgesi). The rendering
        is placed whole, so the word is left beside it («منطقة خفض التصعيد التوتر»); it may also be a word the
        sentence needs (an adjective, a verb's noun), so it is not removed: the placement counts it as debris
        (a clean placeholder retry is taken instead) and the sentence is flagged if it stays. A person's name
        is not asked: a title stands beside the part of a name a model writes (الوزير المعلم). Words missing
        inside the name are no concern here; nor is an edge a word was taken into since the run was read
        (``located``): the model's word for the rest, read as such (see _leftover_words_taken)."""
        taken = [(s.start, s.end) for s in spans if s.slot is not None]
        problems = []
        for found, span in zip(located, spans):
            slot = span.slot
            if slot is None or slot.adjective or span.unfinished == (0, 0) or not 0 <= span.mention < len(mentions):
                continue
            if self.glossary[slot.entry_id].type in _PERSONS:
                continue
            lacks_start = span.unfinished[0] if span.start == found.start else 0
            lacks_end = span.unfinished[1] if span.end == found.end else 0
            word = None
            if lacks_end:
                word = _BARE_WORD_AFTER.match(output, span.end)
            elif lacks_start:
                word = _BARE_WORD_BEFORE.search(output, 0, span.start)
            if word is None or _inside(word, taken) or self.names.links_phrases(word.group(1)):
                continue
            written = output[span.start : span.end].strip()
            problems.append(
                Problem(
                    "warning",
                    NAME_BESIDE,
                    f"'{word.group(1)}' beside '{written}', which the model wrote for part of "
                    f"'{mentions[span.mention].surface}' and which was placed as '{self._shown(slot)}', may be the "
                    "model's own word for the rest of the name: remove it if so; check the sentence",
                )
            )
        return problems

    def _held_name(self, entry_id: str, word: str) -> tuple[str, bool] | None:
        """The entry a word is a form of, where the entry's English name is part of this entry's (Iraq in
        "Iraqi Kurdistan", "Kurdistan Region of Iraq"), and whether the form is the possessor's (a genitive, or
        the name itself in a language without cases)."""
        held = self.__dict__.setdefault("_held", {})
        if entry_id not in held:
            entry = self.glossary[entry_id]
            english = [entry.name, *entry.variants, *([entry.short] if entry.short else [])]
            found: dict[str, tuple[str, bool]] = {}
            for other in self.glossary.entries.values():
                rendering = other.renderings.get(self.language)
                if other.id == entry_id or rendering is None or other.type != entry.type:
                    continue
                names = [other.name, *([other.short] if other.short else [])]
                if not any(
                    re.search(rf"\b{re.escape(name)}(?:i|n|ian)?\b", text) for name in names for text in english
                ):
                    continue
                for forms in rendering.form_sets():
                    for key, text in forms.items():
                        if " " not in text:
                            found.setdefault(text, (other.id, key == "gen" or not self.names.CASED))
            held[entry_id] = found
        return held[entry_id].get(word)

    def _opens_with_proclitic(self, slot: Slot) -> bool:
        """Whether the name as placed carries a proclitic (Arabic و ف ب ل ك): the word it is glued to begins a
        phrase, so the word before it is no piece of the name (a piece would carry the proclitic: لعلي مملوك);
        it governs the name (رئيسا لروسيا, مستشارا لخامنئي) or is the sentence's own (سرا لسوريا)."""
        return not set(slot.tokens).isdisjoint(self.names.CONTEXT_TOKENS)

    def _glued_after(self, entry_id: str, output: str, end: int) -> int:
        """How many characters of a symbol the name's renderings glue after their last word ("ОПЕК+", "C#")
        the output writes right after the name found, to be taken into it: the slot writes them itself."""
        entry = self.glossary[entry_id]
        rendering = entry.renderings.get(self.language)
        texts = list(entry.spellings)
        if rendering is not None:
            texts += [text for forms in rendering.form_sets() for text in forms.values()]
        glued = {found.group() for text in texts if (found := _GLUED_END.search(text))}
        for symbols in sorted(glued, key=len, reverse=True):
            after = end + len(symbols)
            if output.startswith(symbols, end) and (after == len(output) or not output[after].isalnum()):
                return len(symbols)
        plus = _PLUS_WORDS.get(self.language)  # the plus said as a word: «اوپک پلاس»
        if plus and "+" in glued and (said := re.match(rf"[ \u00a0]{plus}(?![^\W\d_])", output[end:])):
            return said.end()
        return 0

    def _stutters_removed(self, output: str, located: list[_Span], absorbed: list[_Span]) -> list[Problem]:
        """A word taken into a name that is the same as the name's word beside it ("جبهة جبهة النصرة"):
        usually the model's stutter, but it can be an ordinary word the sentence needs ("the front line of
        the Nusra Front": خط جبهة جبهة النصرة), so the sentence is marked for a look, never changed silently."""
        problems = []
        for found, taken in zip(located, absorbed):
            name = output[found.start : found.end]
            name_words = _WORD.findall(name)
            before = _WORD.findall(output[taken.start : found.start])
            after = _WORD.findall(output[found.end : taken.end])
            repeats = []
            if before and name_words and self._same_word(before[-1], name_words[0]):
                repeats.append(before[-1])
            if after and name_words and self._same_word(after[0], name_words[-1]):
                repeats.append(after[0])
            problems += [
                Problem(
                    "warning",
                    "name-beside",
                    f"'{word}' written twice beside '{name}' was taken as the model's repetition and removed: "
                    f"check that the sentence did not need the word",
                )
                for word in repeats
            ]
        return problems

    def _leftover_words_taken(
        self, output: str, spans: list[_Span], mentions: list[Mention]
    ) -> tuple[list[_Span], list[Problem]]:
        """The model's own words for part of a name, left beside the placed rendering, taken into its slot:
        a word that is the rendering's edge word in another form (its head noun again after it, "yolcu uçağı
        uçak"; its first word with an ezafe before it, "جبهه‌ی جبهه النصره"), or a transliteration of a word of
        the source mention the rendering translates ("Cebhet" for "Jabhat" before "Nusra Cephesi"). Each is
        removed with a warning: it might be a word the sentence needs."""
        taken = [(s.start, s.end) for s in spans]
        result, problems = [], []
        for span in spans:
            if span.slot is None or span.slot.adjective or not 0 <= span.mention < len(mentions):
                result.append(span)
                continue
            rendering = self.glossary[span.slot.entry_id].renderings[self.language].forms(span.slot.short)["nom"]
            name_words = _WORD.findall(rendering)
            source_words = [w for w in _LATIN_WORD.findall(mentions[span.mention].surface) if len(w) > 3]
            if not name_words:
                result.append(span)
                continue
            start, end = span.start, span.end
            before = _BARE_WORD_BEFORE.search(output, 0, span.start)
            if (
                before
                and not _inside(before, taken)
                and not self._opens_with_proclitic(span.slot)
                and self._leftover(before.group(1), name_words[0], source_words[:1])
            ):
                start = before.start(1)
            after = _BARE_WORD_AFTER.match(output, span.end)
            slot = span.slot
            if after and not _inside(after, taken):
                if (
                    self._leftover(after.group(1), name_words[-1], source_words[-1:])
                    and not self.names.opens_phrase(output[after.end(1) :])
                    and not (self.names.ARTICLE and _right_before_taken(output, after, taken, group=1))
                ):  # (not "تنظيم القاعدة قاعدة [العديد]": a noun right before another name is in construct with it)
                    end = after.end(1)
                elif not slot.tokens and (case := self.names.case_on_bare_head(after.group(1), rendering)):
                    end, slot = after.end(1), replace(slot, tokens=(case,))  # uçak*ta*: the case goes on the name
            if (start, end) != (span.start, span.end):
                left = " ".join(
                    w for w in (output[start : span.start].strip(" -\u00a0"), output[span.end : end].strip()) if w
                )
                problems.append(
                    Problem(
                        "warning",
                        NAME_BESIDE,
                        f"'{left}' beside '{self._shown(slot)}' was read as the model's own word for part of "
                        f"'{mentions[span.mention].surface}' and removed: check that the sentence did not need it",
                    )
                )
            result.append(replace(span, start=start, end=end, slot=slot))
        return result, problems

    def _state_forms_taken(
        self, output: str, spans: list[_Span], mentions: list[Mention], source: str
    ) -> tuple[list[_Span], list[Problem]]:
        """A state's official long form the model wrote where the source gives the country's short name
        («روسيا الاتحادية», «جمهوری اسلامی ایران», «Irak Cumhuriyeti'ne», «в Республике Ирак» for "Russia", "Iran",
        "to Iraq", "in Iraq"): its words around the name are taken into the slot, which takes the case or
        proclitic they carry, so the glossary's rendering stands alone in the form the sentence needs. Where the
        source gives a long form itself ("the Russian Federation", "the Islamic Republic") the model's words
        stay. Where words may agree with the long form's head noun, the sentence is flagged (see
        ``NameGrammar.state_form``). Returns the spans and the warnings."""
        own = _STATE_IN_SOURCE.search(source) is not None
        taken = [(s.start, s.end) for s in spans]
        result, problems = [], []
        for span in spans:
            slot = span.slot
            if (
                slot is None
                or slot.adjective
                or not 0 <= span.mention < len(mentions)
                or self.glossary[slot.entry_id].type != "place"
                or span.edits  # a possessor the model wrote as an adjective, its noun rewritten around it
                or span.translated
            ):
                result.append(span)
                continue
            before = _words_joined_before(output, span.start, taken)
            after = _words_joined_after(output, span.end, taken)
            text_before = output[: before[0].start()] if before else output[: span.start]
            form = self.names.state_form([w.group() for w in before], [w.group() for w in after], text_before)
            if form is None or not (form.before or form.after):
                result.append(span)
                continue
            if (
                form.after
                and self.names.SUFFIXED_NAMES
                and (slot.tokens or re.search(r"['’]", output[span.start : span.end]))
            ):
                result.append(span)  # "Türkiye'nin Cumhuriyeti'nin": a name with its own case is the head's possessor
                continue
            if own:
                # the source's own long form: the model's words stay, the name after the head in apposition
                # in the nominative as written (Республика Ирак, not Республика Ирака)
                nominative = self.glossary[slot.entry_id].renderings[self.language].forms(slot.short)["nom"]
                if form.apposition and self._same_word(output[span.start : span.end], nominative):
                    span = replace(span, slot=replace(slot, tokens=()), doubt=None)
                result.append(span)
                continue
            start = before[-form.before].start() if form.before else span.start
            end = after[form.after - 1].end() if form.after else span.end
            if form.tokens is not None:
                slot = replace(slot, tokens=form.tokens)
            result.append(replace(span, start=start, end=end, slot=slot, doubt=None if form.tokens else span.doubt))
            if form.check:
                problems.append(Problem("warning", NAME_AGREEMENT, f"{form.check} ('{self._shown(slot)}'): check it"))
        return result, problems

    def _leftover(self, word: str, name_word: str, source_words: list[str]) -> bool:
        """Whether a word beside a name repeats the rendering's edge word, or transliterates the source
        mention's edge word (in a language written with capitals, only a capitalised word: a name's)."""
        word = re.split(r"['’]", word)[0]  # Cebhetü'n-: the Arabic article the model transliterated with it
        if len(word) < 3:
            return False
        if self.names.letters_no_misspelling_adds(word, name_word):
            return False  # رئيسا ("president") before روسيا: an ordinary word, not the model's copy of the name
        if self.names.same_word_beside(word, name_word):
            return True
        if self.names.CASED and not word[:1].isupper():
            return False
        consonants = self._consonants(word)
        if consonants is None or len(consonants) < 3:
            return False
        # a transliteration may voice or unvoice a consonant the source has (Cephet, Cebhet for Jabhat)
        return any(
            (theirs := self._consonants(transliterate(source, self.language))) is not None
            and theirs.translate(_UNVOICED) == consonants.translate(_UNVOICED)
            for source in source_words
        )

    def _consonants(self, word: str) -> str | None:
        """A word's spelling key without vowels, where the language has one or its key is in Latin letters."""
        key = self.names.spelling_key(word)
        vowelless = self.names.vowelless_key(key)
        if vowelless is not None:
            return vowelless
        return re.sub(r"[aeiouy]", "", key) if key.isascii() and key.isalpha() else None

    def _same_word(self, one: str, other: str) -> bool:
        return normalise(one, self.language) == normalise(other, self.language)

    def _head_beside(self, output: str, span: _Span) -> str | None:
        """Why to check a body's name whose rendering has a generic head word where the model wrote another
        one beside it ("Nusra Cephesi örgütü", "منظمة تنظيم القاعدة"): the two may say the same twice. The
        model's word stays: placement changes nothing outside the name."""
        if span.slot is None or span.slot.adjective:
            return None
        forms = self._entry_forms(span.slot.entry_id)
        short = span.slot.short
        generic, length = forms.generic.get(short, frozenset()), forms.lengths.get(short, 1)
        rendering = self.glossary[span.slot.entry_id].renderings[self.language].forms(short)["nom"]
        heads = [normalise(w, self.language) for w in _WORD.findall(rendering)]
        beside = []
        if length - 1 in generic:  # the rendering opens with its head word: the model's word before it
            before = re.search(rf"({_WORD.pattern})[\s«\"“„]+$", output[: span.start])
            beside.append((before.group(1) if before else "", heads[0]))
        if 0 in generic:  # the rendering ends with it: the model's word after it
            after = re.match(rf"[\s»\"”]+({_WORD.pattern})", output[span.end :])
            beside.append((after.group(1) if after else "", heads[-1]))
        for word, head in beside:
            key = normalise(word, self.language)
            if word and self.names.body_head(key) and not key.startswith(head[:4]):
                shown = self.grammar.inflect(
                    self.glossary[span.slot.entry_id].renderings[self.language].forms(short), span.slot.tokens, None
                )
                return f"'{word}' beside '{shown}', whose rendering has its own head word: one may be one too many"
        return None

    def _beside_names(
        self, output: str, spans: list[_Span], mentions: list[Mention], source: str
    ) -> tuple[list[tuple[int, int]], list[Problem]]:
        """Words the model put beside a placed name that the source does not have there: a gloss of the
        name in parentheses (Айн-эль-Асад («Львиный источник»)), removed; a cleric's rank before a person's name
        the source gives no title (аятоллы Хаменеи for "Khamenei"), removed; a title before a rendering that has
        its own (эмир шейх Тамим for "Sheikh Tamim"), removed; another title or honorific before
        a person's name (Шейх Тамим for "Tamim"), and a capitalised word standing where the name has
        its first name but is not that first name (Хафез аль-Асад for "Bashar al-Assad"), left for an
        editor. Each is a warning: the house style decides titles, and only an editor can say who is meant.
        Returns the character ranges to remove and the warnings."""
        taken = [(s.start, s.end) for s in spans if s.slot is not None]
        cuts: list[tuple[int, int]] = []
        problems: list[Problem] = []
        for span in spans:
            if span.slot is None or span.slot.adjective or not 0 <= span.mention < len(mentions):
                continue
            mention, entry = mentions[span.mention], self.glossary[span.slot.entry_id]
            shown = self._shown(span.slot)
            gloss = _gloss_after(output, span.end, taken)
            if gloss is not None and output.count("(") > source.count("(") and not _gloss_after(source, mention.end):
                aside = output[gloss[0] : gloss[1]].strip()
                if self._reads_as_gloss(aside, entry, mention):
                    cuts.append(gloss)
                    message = f"removed '{aside}' after '{shown}': a gloss of the name the source does not have"
                else:
                    message = f"'{aside}' after '{shown}' is not in the source: check whether it belongs"
                problems.append(Problem("warning", NAME_BESIDE, message + "; check the sentence"))
            if span.replaced:
                problems.append(
                    Problem(
                        "warning",
                        NAME_BESIDE,
                        f"the model's words '{span.replaced}' before the name were read as its own wording of "
                        f"'{mention.surface}' and replaced by '{shown}': check the sentence",
                    )
                )
            if entry.type not in _PERSONS:
                continue
            before = list(_WORD.finditer(output, max(0, span.start - 80), span.start))
            written: list[re.Match] = []
            end = span.start
            for word in reversed(before[-3:]):  # the words right before the name, only spaces (or ZWNJ) between
                if not re.fullmatch(r"[ \u00a0\u200c]+", output[word.end() : end]):
                    break
                if _inside(word, taken) or self._in_rendering(entry, word.group()):
                    break
                written.insert(0, word)
                end = word.start()
            words = [word.group() for word in written[-2:]]  # a title is one or two words
            if not words:
                continue
            rank = self.names.clerical_rank([word.group() for word in written])  # آية الله العظمى: three
            if (
                rank
                and self._after_title(output, written[-rank].start(), spans)
                and not _source_gives_rank(source, mention)
            ):
                # "Supreme Leader Ali Khamenei" as المرشد الأعلى آية الله علي خامنئي: the title the source gives is
                # placed, and the model's rank between it and the name is its own, removed as well
                cuts.append((written[-rank].start(), span.start))
                continue
            if self._opens_with_title(shown) and not _source_has_title(source, mention, own=False):
                stacked = self.names.title_before(words)
                styled = len(_WORD.findall(output[span.start : span.end])) > len(_WORD.findall(shown))
                if stacked and styled:
                    # "Sheikh Tamim" as эмир Тамим бин Хамад: the model's title and more of the name, its styling
                    # of the full name, which the short form replaces whole; the rendering carries the title the
                    # source gives in the mention, and the model's before it is one too many, removed
                    cuts.append((written[-stacked].start(), span.start))
                    continue
                if stacked or self.names.honorific(words):
                    # the model's title beside the short name it wrote itself (Эмир Тамим, Emir Şeyh Temim), or
                    # with a proclitic on it (والأمير): the house style decides, flagged, never cut
                    problems.append(
                        Problem(
                            "warning",
                            NAME_BESIDE,
                            f"'{' '.join(words)}' before '{shown}': the name's rendering has its own title; keep "
                            "the model's only if the house style does",
                        )
                    )
                    continue
            if _source_has_title(source, mention):
                continue
            rank = rank or self._office_title(written, mentions)
            if rank:
                # "обращением аятоллы Хаменеи" for "a message from Khamenei": a cleric's rank the source does not
                # give and the glossary's rendering does not hold is the model's own deference, removed
                cuts.append((written[-rank].start(), span.start))
            elif self.names.honorific(words) or self.names.title_before(words):
                problems.append(
                    Problem(
                        "warning",
                        NAME_BESIDE,
                        f"'{' '.join(words)}' before '{shown}': a title the source does not give "
                        f"'{mention.surface}'; keep it only if the house style does",
                    )
                )
            elif self._stray_first_name(output, span, before[-1], entry):
                problems.append(
                    Problem(
                        "warning",
                        NAME_BESIDE,
                        f"'{before[-1].group()}' before '{shown}' stands where the name has its first name, "
                        f"and the source gives '{mention.surface}': the model may name someone else; check who "
                        "is meant",
                    )
                )
        return cuts, problems

    def _opens_with_title(self, shown: str) -> bool:
        """Whether a placed rendering opens with a title of its own (шейх Тамим, الشيخ تميم, شیخ تمیم, Şeyh
        Temim)."""
        opening = _WORD.findall(shown)[:2]
        return any(self.names.honorific(opening[:count]) for count in (1, 2) if count <= len(opening))

    def _after_title(self, output: str, start: int, spans: list[_Span]) -> bool:
        """Whether a placed title of the glossary (the Supreme Leader) ends right before ``start``, only spaces
        between, or the comma of an apposition ("the Supreme Leader, Ali Khamenei": رهبر معظم انقلاب، آیت‌الله
        علی خامنه‌ای, where the rank after the comma is the model's as much as right after the title)."""
        return any(
            span.slot is not None
            and span.slot.entry_id in self.glossary
            and self.glossary[span.slot.entry_id].type == "title"
            and span.end <= start
            and _TITLE_TO_RANK.fullmatch(output[span.end : start]) is not None
            for span in spans
        )

    def _wording_before(
        self, output: str, words: list[re.Match], run: _Run, mention: Mention, short: bool, taken: list[tuple[int, int]]
    ) -> int | None:
        """Where the model's own wording of a name of several words begins (a word index), when it wrote the
        name's first word, then its words for more of the source mention than the house form keeps, and the
        run found the rest after them ("Ukraine International Airlines Flight 752" as لرحلة الخطوط الجوية
        الأوكرانية الدولية 752, о рейсе Международных авиалиний Украины 752: the house form alone would
        say رحلة, рейс twice); None if the words before the run are not that."""
        rendering = self.glossary[run.entry_id].renderings.get(self.language)
        if rendering is None:
            return None
        length = len(_WORD.findall(rendering.forms(short)["nom"]))
        extra = len([w for w in _WORD.findall(mention.surface) if fold(w) not in LATIN_PARTICLES]) - length
        if length < 2 or extra < 1:
            return None

        def opens_name(match: _WordMatch | None) -> bool:
            return match is not None and any(
                f.kind == "name" and bool(f.short) == short and f.from_end + f.span == length for f in match.forms
            )

        if any(opens_name(match) for match in run.matches):
            return None  # the run has the name's first word already
        forms = self._entry_forms(run.entry_id)
        index = run.first
        for _ in range(extra + 2):  # a word of the mention may take two in the translation (Airlines: الخطوط الجوية)
            previous = index - 1
            if (
                previous < 0
                or not re.fullmatch(r"[ \u00a0\u200c]+", output[words[previous].end() : words[index].start()])
                or _inside(words[previous], taken)
            ):
                return None
            if opens_name(self._match_word(forms, words[previous].group(), _capitalised(output, words[previous]))):
                return previous
            index = previous
        return None

    def _reads_as_gloss(self, parenthesised: str, entry: Entry, mention: Mention) -> bool:
        """Whether words in parentheses after a name read as a gloss of it, which goes: quoted (Айн-эль-Асад
        («Львиный источник»)), the English name copied in Latin letters (عين الأسد (Ain al-Asad)), or, where
        names are capitalised, every word capitalised like a name (Ayn el-Esad'daki (Aslan Pınarı)). Other
        words stay, flagged: words of the sentence (по данным ООН), an abbreviation or a source credit (ТАСС,
        РИА Новости, BM, AP), Latin words that are not the name's."""
        inner = parenthesised.strip("() ")
        if re.fullmatch(r"[«\"“„].*[»\"”]", inner):
            return True
        words = _WORD.findall(inner)
        if not words:
            return False
        if not self.names.LATIN_SCRIPT and all(_LATIN_WORD.fullmatch(word) for word in words):
            english = {fold(w) for text in (mention.surface, *entry.spellings) for w in _LATIN_WORD.findall(text)}
            return all(fold(word) in english for word in words)
        if any(len(word) > 1 and word.isupper() for word in words):
            return False  # an abbreviation (НАТО, BM) or an agency's name: no gloss of the name
        return self.names.CASED and all(
            word[:1].isupper() or normalise(word, self.language) in self.names.PARTICLES | LATIN_PARTICLES
            for word in words
        )

    def _office_title(self, written: list[re.Match], mentions: list[Mention]) -> int:
        """How many of the words right before a person's name (``written``) are a title the glossary has as an
        entry of its own (the Supreme Leader: المرشد الأعلى, رهبر ایران, Dini Lider, верховный руководитель),
        written whole, in a form the glossary forbids, or by its first word alone (المرشد): where the source
        neither gives the person a title nor mentions that one, it is the model's own, removed as a cleric's
        rank is. 0 where they are none."""
        keys = tuple(normalise(word.group(), self.language) for word in written)
        mentioned = {mention.entry_id for mention in mentions}
        return max(
            (
                size
                for entry_id, title in self._every_entry_read().titles
                if entry_id not in mentioned
                for size in {len(title), 1}
                if size <= len(keys) and keys[-size:] == title[:size]
            ),
            default=0,
        )

    def _in_rendering(self, entry: Entry, word: str) -> bool:
        """Whether a word is a word of the entry's own rendering, full, short or as the house style introduces
        it (Emir of Emir Hatemi; генерал of «иранский генерал Касем Сулеймани»)."""
        rendering = entry.renderings.get(self.language)
        key = normalise(word, self.language)
        every = (rendering.full, rendering.short, rendering.first) if rendering else ()
        texts = [text for forms in every if forms for text in forms.values()]
        return any(key == normalise(w, self.language) for text in texts for w in _WORD.findall(text))

    def _stray_first_name(self, output: str, span: _Span, word: re.Match, entry: Entry) -> bool:
        """Whether the capitalised word right before a person's full name, which the model wrote without
        its first name, is a rare word standing for another first name (Хафез of Хафез аль-Асад)."""
        if not self.names.CASED or span.slot is None or span.slot.short or span.context is None:
            return False
        if not span.context.partial or not word.group()[:1].isupper():
            return False
        governed = self.names.governed_forms(output[: word.start()], person=True)
        if governed is not None and not set(span.slot.tokens or ("nom",)) & set(governed):
            return False  # a preposition's object in another case than the name (в Латакии Асад): no first name
        text = visible(word.group())
        return word_frequency(text, self.language) < 3.0 and not self._other_name(entry.id, self._readings(text)[1])

    def _is_name_piece(self, forms: _EntryForms, word: re.Match, output: str, short: bool) -> bool:
        match = self._match_word(forms, word.group(), _capitalised(output, word))
        return (
            match is not None
            and match.kind != "common"
            and not match.proclitics
            and not (not short and all(f.kind == "name" and f.short for f in match.forms))
        )  # the short form's honorific

    def variants(self, text: str, entry_ids: Iterable[str], source: str = "") -> list[Variant]:
        """Names of these entries left in the text in another spelling than the glossary's (QA). Where the
        ``source`` has the entry's own English adjective ("a Russian jet"), a word spelt as the adjective
        without its article (طائرة روسية) is that adjective, no spelling of the name."""
        words = list(_WORD.finditer(text))
        capitals = _capitals(text, words)
        read = self._read_words(text, words)
        found = []
        for entry_id in dict.fromkeys(entry_ids):
            if entry_id not in self.glossary or self.language not in self.glossary[entry_id].renderings:
                continue
            adjectives: bool | None = None  # whether the source has the entry's adjective: read for a one-word run
            for run in self._runs(text, words, self._entry_forms(entry_id), capitals, read):
                if run.first == run.last:
                    if adjectives is None:
                        adjectives = bool(source) and bool(_sources_adjectives(source, [], self.glossary[entry_id]))
                    if adjectives and self._adjective_without_article(entry_id, words[run.first]):
                        continue
                if any(m and m.kind == "name" and m.distance > 0 and not m.derived for m in run.matches):
                    found.append(Variant(entry_id, text[run.start : run.end]))
        return found

    def _adjective_without_article(self, entry_id: str, word: re.Match) -> bool:
        """Whether a word is spelt as the adjective made from the entry's name, once given the article
        (روسية: الروسية), in a language whose adjectives take one."""
        article = self.names.ARTICLE
        return bool(article) and self._made_from(entry_id, f"{article}{word.group()}")

    def _carried(self, good: Slot, bare: Slot) -> tuple[str, ...]:
        """The form read in one output, for a bare name of the other; tokens that belong to the words
        around the name (Arabic proclitics) stay as the other output has them."""
        bound = self.names.CONTEXT_TOKENS
        return tuple(t for t in good.tokens if t not in bound) + tuple(t for t in bare.tokens if t in bound)

    def merge(self, plain: Placement, retry: Placement) -> Placement:
        """The plain and the placeholder placement merged, name by name.

        A retry re-translates the whole sentence: its wording is taken only
        when it places every name where the plain one does not, or places them
        all with no word repeated beside a name where the plain one repeats
        one, or places them all cleanly (no error, no warning) and words the
        sentence as the plain one does, but for a few words, where the plain
        one had to put a name in place of the common word the model translated
        it as ("Turkey" as the bird, الديك الرومي يحذر): the plain wording's verb
        and adjectives may agree with that word, the retry's were written for
        the name (تحذر); or likewise where the plain one took words of the
        model's beside a name as its wording of the name (اقلیم کردستان for
        "Iraqi Kurdistan"), and the retry keeps them beside the placeholder
        (اقلیم [[1]]): they are the model's own. Otherwise that sentence stays
        flagged, with a warning naming the words replaced. When neither places every name, the sentence
        is flagged either way and the model's own wording of the plain sentence
        stays (a masked sentence is translated worse: other synonyms, a head
        noun lost).
        Whichever wording is kept, a name whose form
        is a guess there takes the form the other output showed for the same
        mention, if that one is not a guess ("в Тегеране" read in the plain
        output for a bare "в [[2]]"; "[[2]]'yi" for a compound whose head
        could be nominative or accusative).
        """
        if retry.template is None or plain.template is None:
            return plain if retry.template is None else retry
        plain = self._splice(plain, retry)
        unplaced = [sum(p.code == "name-unplaced" for p in placement.errors) for placement in (plain, retry)]
        translated = any(problem.code in (COMMON_WORD_REPLACED, NAME_AGREEMENT) for problem in plain.errors)
        misread, unconfirmed = self._misread_adjectives(plain, retry)
        better = unplaced[1] == 0 and (
            unplaced[0] > 0
            or retry.score()[0] < plain.score()[0]
            or (translated and retry.score() == (0, 0) and self._same_sentence(plain, retry))
            or (bool(misread) and retry.score() == (0, 0))
            or self._own_order(plain, retry)
            or (plain.reworded and retry.score() == (0, 0) and self._same_sentence(plain, retry))
        )
        better = better and not self._drops_words(plain, retry)
        base, other = (retry, plain) if better else (plain, retry)
        # a form is carried only where the other output placed every mention of that name: otherwise
        # which mention it stood for is itself a guess
        placed = Counter(name.slot.entry_id for name in other.names)
        wanted = Counter(name.slot.entry_id for name in base.names)
        known = {
            name.mention: name
            for name in other.names
            if not name.doubt and placed[name.slot.entry_id] >= wanted[name.slot.entry_id]
        }
        # the plain output's own wording of a name, its form itself a guess: still the model's word, where the
        # retry has only a bare placeholder's guess for the same mention
        doubted = {
            name.mention: name
            for name in other.names
            if name.doubt and base is retry and placed[name.slot.entry_id] >= wanted[name.slot.entry_id]
        }
        endings = self._endings_replaced(plain, retry) if base is retry else {}
        names = []
        for name in base.names:
            good = known.get(name.mention)
            own = doubted.get(name.mention)
            if (
                good is None
                and own is not None
                and name.doubt
                and own.slot.entry_id == name.slot.entry_id
                and own.slot.adjective == name.slot.adjective
                and own.slot.short == name.slot.short
            ):
                # "в Багдад" in the plain output for a bare "в [[2]]": the retry does not change the form the
                # model wrote itself (the doubt stays, the plain output's)
                names.append(replace(name, slot=replace(name.slot, tokens=own.slot.tokens), doubt=own.doubt))
                continue
            if good is None and name.doubt and not name.slot.tokens and name.mention in endings:
                # the retry's bare placeholder is a guess; the model's own wording of the name in the plain
                # output had the case (Irak Kürdistanı'nın başkenti): the name takes it
                name = PlacedName(name.mention, replace(name.slot, tokens=endings[name.mention]), None)
            if good is None or good.slot.entry_id != name.slot.entry_id:
                names.append(name)
                continue
            if good.slot.adjective != name.slot.adjective and not name.doubt:
                # one output wrote the glossary's adjective (US drone as американским беспилотником), the other the
                # name (беспилотником США): each is the model's own wording, and which the sentence wants is a
                # choice of words for an editor, flagged, not settled by the wording kept
                written = "adjective" if good.slot.adjective else "name"
                names.append(
                    replace(
                        name,
                        doubt=f"the model's other translation wrote the {written} here: the two disagree on "
                        f"the form of this name; check it",
                    )
                )
                continue
            carried = self._carried(good.slot, name.slot)
            if name.doubt and base is plain and name.mention in unconfirmed:
                names.append(name)  # the other output put the name elsewhere: whether this word is it stays a doubt
            elif name.doubt:
                name = PlacedName(name.mention, replace(name.slot, tokens=carried), None)
            elif (
                carried != name.slot.tokens
                and good.slot.short == name.slot.short
                and other.score()[0] <= base.score()[0]
            ):  # an output with debris or errors is no witness
                shown = self.grammar.inflect(
                    self.glossary[name.slot.entry_id].renderings[self.language].forms(name.slot.short), carried, None
                )
                name = replace(
                    name,
                    doubt=f"'{shown}' in the model's other translation: the two disagree on "
                    f"the form of this name; check it",
                )
            names.append(name)
        if base is plain and names == plain.names:
            return plain
        slots = iter(names)
        assert base.template is not None
        parts = tuple(next(slots).slot if isinstance(part, Slot) else part for part in base.template.parts)
        template = Template(parts)
        return Placement(template, base.errors, names, retried=base is retry, debris=len(self._repeated(template)))

    def _drops_words(self, plain: Placement, retry: Placement) -> bool:
        """Whether the retry's placeholder stands alone where the plain output, which did not place that mention, a
        possessor in the source, has more words than the English mention has: "Турецкая сборная проиграла" where
        the retry has "[[1]] проиграла" for "Turkey's national team lost". Besides its wording of the possessor
        (турецкая), the plain output has the possessed noun there (сборная), which the retry lost; its wording is
        not taken for that. (A name the model wrote as words of its own, турецкий лидер for Erdogan, is no
        possessor: the retry's placeholder stands for all of them.)"""
        if plain.built is None or retry.built is None:
            return False
        mentions = plain.built.mentions
        # an entry some of whose mentions the plain output did not place (which of them is itself a guess)
        placed = Counter(mentions[span.mention].entry_id for span in plain.built.spans if span.slot is not None)
        short = {mention.entry_id for mention in mentions} - {
            entry for entry, count in placed.items() if count >= sum(m.entry_id == entry for m in mentions)
        }
        ours = _tokens(plain.built.output, plain.built.spans, self._shown)
        theirs = _tokens(retry.built.output, retry.built.spans, self._shown)
        kept = {normalise(retry.built.output[t.start : t.end], self.language) for t in theirs if t.mention is None}
        alignment = SequenceMatcher(None, [t.key for t in ours], [t.key for t in theirs], autojunk=False)
        if alignment.ratio() < 0.5:
            return False  # the retry words the sentence otherwise: no word-by-word witness
        for tag, i1, i2, j1, j2 in alignment.get_opcodes():
            if tag == "delete" and self._possessum_deleted(plain, ours[i1:i2], theirs, j1, mentions, kept):
                return True
            index = theirs[j1].mention if tag == "replace" and j2 - j1 == 1 else None
            if (
                index is None
                or not 0 <= index < len(mentions)
                or mentions[index].entry_id not in short
                or not mentions[index].possessive  # "Erdogan" as турецкий лидер: the model's wording of the name
            ):
                continue
            region = ours[i1:i2]
            if any(t.mention is not None for t in region):
                continue
            words = [plain.built.output[t.start : t.end] for t in region if _WORD.fullmatch(t.key)]
            entry = mentions[index].entry_id
            # a word of the sentence's own: no spelling of the name, no word made from it, not a short particle
            own = [
                word
                for word in words
                if len(word) >= 4
                and not self._kin(entry, normalise(word, self.language))
                and not self._made_from(entry, word)
            ]
            if not own or len(words) <= len(re.findall(r"[^\W_]+", mentions[index].surface)):
                continue
            if any(normalise(word, self.language) in kept for word in own):
                continue  # "Патрули [[1]] и [[2]]": the retry has the word elsewhere
            # the possessed noun goes after a possessor with suffixes (Turkish), before it elsewhere: a word beside
            # the placeholder on that side may be it ("тренер [[3]]" for "Qatar's coach": сборной was the model's)
            beside = theirs[j2] if self.names.SUFFIXED_NAMES and j2 < len(theirs) else None
            if not self.names.SUFFIXED_NAMES and j1 > 0:
                beside = theirs[j1 - 1]
            if beside is None or not _WORD.fullmatch(beside.key) or beside.mention is not None:
                return True
        return False

    def _possessum_deleted(
        self,
        plain: Placement,
        region: list[_Token],
        theirs: list[_Token],
        at: int,
        mentions: list[Mention],
        kept: set[str],
    ) -> bool:
        """Whether words of the plain output the retry left out stood on the possessed noun's side of a
        possessor's placeholder: before it where the noun goes first («تیم ملی ترکیه», «Сборная России» where
        the retry has "[[1]] روز سه‌شنبه", "[[1]] во вторник"), after it where the possessor takes suffixes
        (Türkiye milli takımı, the retry "[[1]] Ankara'da"). The plain output placed that name or not, the
        retry lost the noun (every word of the sentence's own there, none of them kept elsewhere in the retry)."""
        assert plain.built is not None
        side = at - 1 if self.names.SUFFIXED_NAMES else at
        if not 0 <= side < len(theirs) or any(t.mention is not None for t in region):
            return False
        index = theirs[side].mention
        if index is None or not 0 <= index < len(mentions) or not mentions[index].possessive:
            return False
        entry = mentions[index].entry_id
        words = [plain.built.output[t.start : t.end] for t in region if _WORD.fullmatch(t.key)]
        own = [
            word
            for word in words
            if len(word) >= 3
            and not self._kin(entry, normalise(word, self.language))
            and not self._made_from(entry, word)
        ]
        return bool(own) and len(own) == len(words) and not any(normalise(w, self.language) in kept for w in own)

    def _endings_replaced(self, plain: Placement, retry: Placement) -> dict[int, tuple[str, ...]]:
        """The case endings the plain output wrote on its own wording of a name it did not place, where the
        retry has that name's placeholder among the same words (a wording of the region the house renders
        otherwise: Irak Kürdistanı'nın where the retry has "[[2]] başkenti"), by mention: the words on both sides
        of it are the same, the plain stretch no longer than the English mention, with a word akin to the
        name, and ending in a case after an apostrophe (see ``case_of_ending``)."""
        if plain.built is None or retry.built is None:
            return {}
        placed = {span.mention for span in plain.built.spans if span.slot is not None}
        ours = _tokens(plain.built.output, plain.built.spans, self._shown)
        theirs = _tokens(retry.built.output, retry.built.spans, self._shown)
        alignment = SequenceMatcher(None, [t.key for t in ours], [t.key for t in theirs], autojunk=False)
        if alignment.ratio() < 0.5:
            return {}
        opcodes = alignment.get_opcodes()
        found: dict[int, tuple[str, ...]] = {}
        for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
            index = theirs[j1].mention if tag == "replace" and j2 - j1 == 1 else None
            if index is None or index in placed or not 0 <= index < len(plain.built.mentions):
                continue
            if any(opcodes[n][0] != "equal" for n in (number - 1, number + 1) if 0 <= n < len(opcodes)):
                continue
            region = ours[i1:i2]
            if len(region) < 3 or region[-2].key not in "'’" or any(t.mention is not None for t in region):
                continue
            mention = plain.built.mentions[index]
            words = [plain.built.output[t.start : t.end] for t in region[:-2] if _WORD.fullmatch(t.key)]
            if len(words) != len(region) - 2 or len(words) > len(re.findall(r"[^\W_]+", mention.surface)):
                continue
            if not any(self._kin(mention.entry_id, normalise(word, self.language)) for word in words):
                continue
            ending = self.names.case_of_ending(plain.built.output[region[-1].start : region[-1].end])
            if ending:
                found[index] = ending
        return found

    def _misread_adjectives(self, plain: Placement, retry: Placement) -> tuple[set[int], set[int]]:
        """The mentions the plain output gave a word that may be an adjective rather than the name (طائرة
        روسية, "a Russian jet", read as Russia; an adjective the order of the words made from the name chose)
        which the retry does not confirm, its placeholder not standing among the same words; and of those,
        the ones where the retry words the sentence otherwise alike, its placeholder elsewhere (ومقتل سفير
        [[2]], "Russia's ambassador"): there the word was the source's own adjective, and the retry's wording
        is the one that names the mention where it stands."""
        doubted = {
            name.mention
            for name in plain.names
            if name.doubt and (MAYBE_ADJECTIVE in name.doubt or SOURCES_ADJECTIVE in name.doubt)
        }
        if not doubted or plain.built is None or retry.built is None:
            return set(), doubted
        ours = _tokens(plain.built.output, plain.built.spans, self._shown)
        theirs = _tokens(retry.built.output, retry.built.spans, self._shown)
        alignment = SequenceMatcher(None, [t.key for t in ours], [t.key for t in theirs], autojunk=False)
        confirmed = {  # the placeholder where the name is, among the same words (not a lone match elsewhere)
            ours[i1 + offset].mention
            for tag, i1, i2, _j1, _j2 in alignment.get_opcodes()
            if tag == "equal" and i2 - i1 >= 2
            for offset in range(i2 - i1)
        }
        unconfirmed = doubted - confirmed
        alike = alignment.ratio() >= 0.6 and {t.mention for t in ours if t.mention is not None} == {
            t.mention for t in theirs if t.mention is not None
        }
        return (unconfirmed if alike else set()), unconfirmed

    def _possessor_order_open(self, output: str, start: int, end: int) -> bool:
        """Whether a possessor made of the model's adjective, put at ``start:end``, stands in a noun phrase
        with more than one good place for it (see ``possessor_order_open``): the noun is the last word before
        it."""
        noun = re.search(r"([^\W\d_]+)[ \u00a0]*$", output[:start])
        return noun is not None and self.names.possessor_order_open(
            output[: noun.start(1)], noun.group(1), output[end:]
        )

    def _own_order(self, plain: Placement, retry: Placement) -> bool:
        """Whether the retry is the model's own wording of a name the plain placement put in a place of its
        choosing among several good ones (агентство России по туризму for «российское агентство по туризму»,
        where the retry writes агентство по туризму [[1]]): the retry places every name cleanly, as the same
        names (no adjective for a name, none for another), words the sentence as the plain one does, but for a
        few words, and puts each such name where the language lets a possessor stand (not after an Arabic
        definite noun: «صادرات النفط [[1]]» is no construct)."""
        if not plain.order_open or plain.built is None or retry.built is None or retry.score() != (0, 0):
            return False
        ours = {(n.mention, n.slot.entry_id, n.slot.short, n.slot.adjective) for n in plain.names}
        if ours != {(n.mention, n.slot.entry_id, n.slot.short, n.slot.adjective) for n in retry.names}:
            return False
        chosen = {span.mention for span in plain.built.spans if span.slot is not None and span.order_open}
        output = retry.built.output
        if not all(
            self.names.possessor_may_follow(output[: span.start])
            for span in retry.built.spans
            if span.slot is not None and span.mention in chosen
        ):
            return False
        return self._same_sentence(plain, retry)

    def _same_sentence(self, plain: Placement, retry: Placement) -> bool:
        """Whether the retry is the plain translation but for a few words: its names in the same order, and
        most words the same (a verb's ending, not another sentence: a retry that rewords or reorders the
        sentence is no better witness of the words a name needs than the model's own wording)."""
        if plain.built is None or retry.built is None:
            return False
        ours = _tokens(plain.built.output, plain.built.spans, self._shown)
        theirs = _tokens(retry.built.output, retry.built.spans, self._shown)
        if [t.mention for t in ours if t.mention is not None] != [t.mention for t in theirs if t.mention is not None]:
            return False
        alignment = SequenceMatcher(None, [t.key for t in ours], [t.key for t in theirs], autojunk=False)
        return alignment.ratio() >= 0.7

    def _kin(self, entry_id: str, word: str) -> bool:
        """Whether a word shares its stem with a word of the entry's renderings, spellings or the common
        nouns it is translated as (Курдистанский, إقليم كردستان, الزعيم الأعلى, أردوجان)."""

        def stem(key: str) -> str:
            key = key[2:] if key.startswith("ال") and len(key) > 4 else key
            return key[:4]

        forms = self._entry_forms(entry_id)
        ours = stem(normalise(word, self.language))
        return any(stem(key) == ours for key in (*forms.by_key, *forms.by_latin) if len(stem(key)) == len(ours))

    def _splice(self, plain: Placement, retry: Placement) -> Placement:
        """The plain translation with the names only the retry placed put where the two differ by them alone.

        Where the two translations agree word for word on both sides of a placeholder, the words the
        plain one has in its place are its rendering of that mention ("إقليم كردستان" where the retry
        has "[[2]]", "أردوجان" for "[[2]]"): they become the slot, in the form the retry's placeholder
        reads in the same context, and the model's own wording of the rest of the sentence stays. A
        stretch with more words than the English mention, or with no word akin to the name, or holding
        punctuation (but the apostrophe before a suffix) or another name, is no such rendering; nothing is
        spliced where the two translations mostly differ.
        """
        if plain.built is None or retry.built is None:
            return plain
        placed = {span.mention for span in plain.built.spans if span.slot is not None}
        wanted = {
            span.mention: span for span in retry.built.spans if span.slot is not None and span.mention not in placed
        }
        if not wanted:
            return plain
        ours = _tokens(plain.built.output, plain.built.spans, self._shown)
        theirs = _tokens(retry.built.output, retry.built.spans, self._shown)
        alignment = SequenceMatcher(None, [t.key for t in ours], [t.key for t in theirs], autojunk=False)
        if alignment.ratio() < 0.5:
            return plain
        opcodes = alignment.get_opcodes()
        spliced: list[_Span] = []
        for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
            if tag != "replace" or j2 - j1 != 1:
                continue
            index = theirs[j1].mention
            if index is None or index not in wanted or not theirs[j1].key.startswith("\x00"):
                continue
            if any(opcodes[n][0] != "equal" for n in (number - 1, number + 1) if 0 <= n < len(opcodes)):
                continue
            mention = plain.built.mentions[index]
            region = ours[i1:i2]
            words = [
                t for n, t in enumerate(region) if _WORD.fullmatch(t.key) and not (n and region[n - 1].key in "'’")
            ]
            glued = all(
                t.key in "'’" and 0 < n < len(region) - 1 for n, t in enumerate(region) if not _WORD.fullmatch(t.key)
            )  # a suffix after an apostrophe: Bölgesi'nden
            if (
                len(words) > len(re.findall(r"[^\W_]+", mention.surface))
                or not glued
                or any(t.mention is not None for t in region)
                or not any(self._kin(mention.entry_id, t.key) for t in words)
            ):
                continue
            span = wanted[index]
            spliced.append(_Span(region[0].start, region[-1].end, span.slot, span.mention, span.doubt))
        if not spliced:
            return plain
        built = plain.built
        return self._template(built.output, built.mentions, built.spans + spliced, mode="located", source=built.source)


# --- helpers -------------------------------------------------------------------------------------


def _whole_wrong_phrases(
    wrong: frozenset[tuple[str, ...]], matches: list[_WordMatch | None]
) -> list[_WordMatch | None]:
    """The word matches with a wrong rendering's words kept only where the whole phrase stands, in order:
    «آیت‌الله خامنه‌ای» is no part of «حضرت آیت‌الله خامنه‌ای» written without its first word."""

    def at(index: int, phrase: tuple[str, ...], position: int) -> bool:
        match = matches[index]
        return match is not None and any(
            f.kind == "common" and f.phrase == phrase and f.from_end == len(phrase) - 1 - position for f in match.forms
        )

    whole: set[tuple[int, tuple[str, ...]]] = set()
    for phrase in wrong:
        for start in range(len(matches) - len(phrase) + 1):
            if all(at(start + position, phrase, position) for position in range(len(phrase))):
                whole.update((start + position, phrase) for position in range(len(phrase)))
    kept: list[_WordMatch | None] = []
    for index, match in enumerate(matches):
        if match is not None:
            forms = [
                f
                for f in match.forms
                if not (f.kind == "common" and f.phrase in wrong and (index, f.phrase) not in whole)
            ]
            match = replace(match, forms=forms) if forms else None
        kept.append(match)
    return kept


@dataclass(frozen=True)
class _EveryEntry:
    """What the placer reads of every entry of the glossary in one language."""

    name_words: dict[str, set[str]]  # every word of the renderings, normalised, with the entries it is in
    one_word_names: set[str]  # every one-word spelling of a name, normalised
    titles: list[tuple[str, tuple[str, ...]]]  # every written form of the titles (renderings, forbidden forms)


def _every_entry(glossary: Glossary, language: str) -> _EveryEntry:
    """The glossary's entries read in one pass for a language, kept on the glossary object while its entries are
    the same objects (entries are frozen), as the matcher is (:mod:`toolkit.glossary.built`)."""
    entries = tuple(glossary.entries.values())
    kept: dict[str, tuple[tuple[Entry, ...], _EveryEntry]] = glossary.__dict__.setdefault("_placement_reads", {})
    remembered = kept.get(language)
    if remembered is not None and len(remembered[0]) == len(entries) and all(map(operator.is_, remembered[0], entries)):
        return remembered[1]
    names = grammar_for(language).NAMES
    read = _EveryEntry({}, set(), [])
    for entry in entries:
        rendering = entry.renderings.get(language)
        if rendering is None:
            continue
        for forms in filter(None, (rendering.full, rendering.short)):
            for text in set(forms.values()):
                for word in _WORD.findall(text):
                    read.name_words.setdefault(normalise(word, language), set()).add(entry.id)
        read.one_word_names.update(
            normalise(text, language)
            for text, _ in names.spelled_forms(rendering.full)
            if len(_WORD.findall(text)) == 1
        )
        if entry.type == "title":  # (entry, normalised words) of each written form
            texts = [text for forms in rendering.form_sets() for text in forms.values()] + list(rendering.forbidden)
            for text in dict.fromkeys(texts):
                title = tuple(normalise(word, language) for word in _WORD.findall(text))
                if title:
                    read.titles.append((entry.id, title))
    kept[language] = (entries, read)
    return read


@functools.cache
def _shipped_loaded_forms() -> LoadedForms:
    """The toolkit's list of loaded forms, read once."""
    return LoadedForms.read()


def _tokens(output: str, spans: list[_Span], shown: Callable[[Slot], str]) -> list[_Token]:
    """The words and punctuation of an output, each name span one token with the letters glued to it
    (a proclitic, a case ending) taken in; ``shown`` renders a slot. A span with letters glued to it that
    its rendering does not show ("[[2]]si" for a Türkiye'si) has no key another output can share."""
    named = []
    for span in sorted((s for s in spans if s.slot is not None), key=lambda s: s.start):
        start, end = span.start, span.end
        while start > 0 and (output[start - 1].isalpha() or output[start - 1] == TATWEEL):
            start -= 1
        if glued := re.match(r"['’]?[^\W\d_]+", output[end:]):  # a case ending, a suffix after an apostrophe
            end += glued.end()
        assert span.slot is not None
        text = shown(span.slot)
        shows_glued = text.startswith(output[start : span.start].rstrip(TATWEEL)) and text.endswith(
            output[span.end : end]
        )
        named.append(_Token(f"\x00{span.mention}" if shows_glued else f"\x01{span.mention}", start, end, span.mention))
    tokens: list[_Token] = []
    position = 0
    for name in [*named, None]:
        stop = len(output) if name is None else name.start
        tokens += [_Token(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(output, position, stop)]
        if name is not None:
            tokens.append(name)
            position = max(position, name.end)
    return tokens


def text_numbers(source: str) -> set[int]:
    """The numbers a sentence's own text writes as a model's output placeholder would be read: ``[1]``,
    ``{2}``, ``[[3]]`` (a footnote mark, a citation, a template of the article's)."""
    return {int(western_digits(match.group("number"))) for match in _PLACEHOLDER.finditer(source)} if source else set()


def placeholder_numbers(source: str, count: int) -> list[int]:
    """The numbers of a sentence's ``count`` placeholders as sent to a model: 1, 2, 3... unless its own text
    holds one of them as a placeholder would be read ("see [1]"); then counted on from past it, so what the
    text says is never taken for a name (at most 99: the numbers a model's output is read with)."""
    taken = text_numbers(source)
    offset = 0
    while any(offset + number in taken for number in range(1, count + 1)) and offset + count < 99:
        offset += 1
    return [offset + number for number in range(1, count + 1)]


def _collapsed(parts: list[Part]) -> Template:
    """The template of text and slots with its whitespace collapsed, as ``" ".join(text.split())`` would: each
    run of whitespace one space, none at either end. The model's text stays text, braces and all."""
    joined = Template.joined(parts).parts
    collapsed: list[Part] = []
    for index, part in enumerate(joined):
        if isinstance(part, str):
            part = _WHITESPACE.sub(" ", part)
            if index == 0:
                part = part.lstrip(" ")
            if index == len(joined) - 1:
                part = part.rstrip(" ")
        collapsed.append(part)
    return Template.joined(collapsed)


_WHITESPACE = re.compile(r"\s+")


def _after_copies(rest: str, number: str) -> str:
    """The text after a placeholder, past copies of it the model doubled ("[[1]] [[1]], ...")."""
    copy = re.compile(rf"\s*(?:[\[\{{⟦]\s*){{1,2}}{re.escape(number)}\s*(?:[\]\}}⟧]\s*){{1,2}}")
    while (doubled := copy.match(rest)) is not None:
        rest = rest[doubled.end() :]
    return rest


def _trim_other_form(run: _Run, words: list[re.Match], short: bool) -> _Run:
    """Leave out of a full name's run the words only its short form has, at the edges: the
    honorific of "الشيخ تميم" stays before "تميم بن حمد آل ثاني", as a reviewer writes it."""

    def foreign(match: _WordMatch | None) -> bool:
        return match is not None and not short and all(f.kind == "name" and f.short for f in match.forms)

    first, last = 0, len(run.matches) - 1
    while first < last and foreign(run.matches[first]):
        first += 1
    while last > first and foreign(run.matches[last]):
        last -= 1
    if (first, last) == (0, len(run.matches) - 1):
        return run
    return run.narrowed(words, first, last)


# English words before a name that modify it (a new Middle East, war-torn Syria): adjectives by their form
_ADJECTIVE = LazyPattern(
    r"[a-z]+-[a-z]+|[a-z]+(?:ed|al|ic|ive|ous|ful|less|ern|ian|ish|ese|ary|ible|able)|"
    r"new|old|great|greater|whole|entire|modern|free|rich|poor|neighbouring|neighboring|"
    r"warring|ruling|emerging|rising"
)
# nouns with an adjective's ending ("a signal Ankara noticed", "the deal Iran signed"): a name after one is the
# subject of a clause that describes the noun, not a noun the word modifies
_NOUNS_LIKE_ADJECTIVES = frozenset(
    """signal signals deal deals proposal proposals approval arrival refusal removal withdrawal trial trials
festival capital journal survival dismissal renewal disposal appeal appeals goal goals seal tribunal scandal
terminal hospital canal ritual arsenal denial betrayal reversal referral memorial interval portal animal
need needs speed seed creed feed greed topic music panic logic clinic traffic critic critics tactic tactics
republic mechanic motive objective directive initiative representative detective incentive narrative
secretary summary boundary dictionary adversary adversaries emissary emissaries missionary anniversary
itinerary commentary documentary library salary guardian historian politician technician physician pattern
concern concerns lantern table cable bible handful wish dish""".split()
)
# adjectives of direction: translated as a noun the name follows (northern Syria: شمال سوریه), no modifier after it
_DIRECTION = LazyPattern(
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|centr)(?:ern|al)?(?:most)?|"
    r"(?:north|south)-?(?:east|west)ern|(?:upper|lower|inner|outer|far)"
)
# an adjective compounded with a hyphen, in lowercase ("post-war", "war-torn"): a modifier wherever it stands,
# as no verb is written so ("said post-war Syria"; "and attacked Syria" is a verb)
_COMPOUND_ADJECTIVE = re.compile(r"[a-z]+-[a-z]+")
_TIME_COMPOUND = re.compile(r"(?:post|pre)-[a-z]+|postwar|prewar")
# what stands before such an adjective: an article, a possessive, a preposition (not "and": "and attacked Syria")
_DETERMINER = LazyPattern(
    r"(?:a|an|the|this|that|its|their|his|her|our|of|in|on|at|to|from|for|with|by|into|"
    r"across|over|under|about)"
)
# a modifier after the name: "the Middle East of today", "Syria of tomorrow"
_MODIFIER_AFTER = re.compile(r"\s+of\s+(?:today|tomorrow|yesterday|the\s+future|the\s+past)\b", re.IGNORECASE)


# words after an English name that show it is not modifying a noun: verbs, conjunctions, prepositions
_NOT_MODIFIED = frozenset(
    """a an the and or but nor is are was were be been has have had will would can could
should may might must shall did does do not said says say told tells to of in on at for with by from as than that
which who whom whose also if so because while when where after before since until into over under about against
between through during without within along across via per vs versus""".split()
)


def _adjectives_of_name(source: str, spellings: tuple[str, ...]) -> list[int]:
    """Where the source has adjectives made from one of a name's English spellings (Russian, Turkish-Russian
    for Russia; Turkish for Turkey; Iraqi for Iraq): a capitalised word, or a part of one joined by hyphens,
    that is one of the name's adjectives (see :func:`english_adjectives`); the name itself and its possessive
    are none."""
    adjectives = {
        adjective for name in spellings if " " not in name and len(name) >= 4 for adjective in english_adjectives(name)
    }
    return [word.start() for word in re.finditer(r"[A-Z][A-Za-z]*", source) if fold(word.group()) in adjectives]


# nouns of a state's rule: a name modifying one ("the Tehran government", "the Damascus regime") is its
# possessor, as "Tehran's government" is
_RULE_NOUNS = re.compile(r"(?:government|regime|administration|authorities|leadership|cabinet)s?", re.IGNORECASE)


def _possessor(source: str, mention: Mention) -> bool:
    """Whether an English mention is the possessor of a noun: a possessive ("Iraq's minister"), the name
    after "of" that modifies nothing after it and is no list's first ("the allies of the US met", "the bases
    of Russia in Syria"), or a name modifying a noun of a state's rule ("the Tehran government", "the Iran
    regime"). A model writes such a possessor as the relational adjective (тегеранское правительство,
    американские союзники) where the house writes the name's genitive (правительство Тегерана)."""
    if mention.possessive:
        return True
    if (
        _OF_BEFORE.search(source[max(0, mention.start - 40) : mention.start])
        and not _attributive(source, mention)
        and not _NAMES_LIST_GOES_ON.match(source[mention.end :])
    ):
        # not the first of a list of names ("the presidents of Russia and Turkey": each has its own); "three
        # citizens of Russia and two of Iran" goes on with a noun phrase of its own
        return True
    following = re.match(r"\s+([A-Za-z]+)\b", source[mention.end :])
    return following is not None and bool(_RULE_NOUNS.fullmatch(following.group(1)))


def _possessum_named(source: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether what a possessive mention possesses is a name of two words or more: capitalised words after
    it, none a title and none another mention ("Iran's Quds Force", "Turkey's Grand National Assembly"; not
    "Iran's Foreign Minister Zarif", "Russia's Putin")."""
    if not mention.possessive:
        return False
    start = mention.end + len(_possessive_tail(source, mention.end))
    run = re.match(r"\s+((?:[A-Z][A-Za-z-]*\s+)+[A-Z][A-Za-z-]*)\b", source[start:])
    if run is None or any(fold(word) in _SOURCE_TITLES for word in run.group(1).split()):
        return False
    return not any(start <= other.start < start + run.end() for other in mentions)


def _plural_noun(text: str) -> bool:
    """Whether the noun phrase opening ``text`` (up to three lowercase words) is a plural or a pair: "two" or
    "both" in it, or a word in -s that is no -ss, -us or -is ("envoys", "talks"; not "press", "status")."""
    words = re.match(r"(?:\s+[a-z][a-z-]*){1,3}", text)
    if words is None:
        return False
    phrase: list[str] = []
    for word in words.group().split():
        if phrase and (word in _NOT_MODIFIED or word in _SUBJECT_VERBS or word in _IRREGULAR_PAST or _past(word)):
            break  # the noun phrase ends at its verb or a preposition ("Iraq's parliament voted days later")
        phrase.append(word)
    return any(
        word in ("two", "both") or (word.endswith("s") and not word.endswith(("ss", "us", "is"))) for word in phrase
    )


def _past(word: str) -> bool:
    """Whether a word after a noun reads as a verb in the past: -ed ("voted", "agreed"), or an irregular past
    (see _PAST_VERBS)."""
    return word in _PAST_VERBS or (len(word) > 4 and word.endswith("ed"))


def _possessum_plural(source: str, mention: Mention) -> bool:
    """Whether the noun an English possessor possesses is a plural or a pair: the words after "'s" ("Russia's
    two envoys"), or the noun before "of" ("the envoys of Russia", "the two presidents of Russia")."""
    if mention.possessive:
        return _plural_noun(re.sub(r"^['’]s?", "", source[mention.end :]))
    found = re.search(
        r"(?:\b(two|both)\s+)?\b([a-z]+)\s+of\s+(?:the\s+)?$", source[max(0, mention.start - 60) : mention.start]
    )
    return found is not None and (
        found.group(1) is not None or (found.group(2).endswith("s") and not found.group(2).endswith(("ss", "us", "is")))
    )


# verbs in the past a name is the subject of, not a modifier ("the allies of the US met"): irregular ones
# that are no nouns; a regular one ends in -ed (see _verb_after)
_PAST_VERBS = frozenset(
    """met told held won lost sent took gave made struck fought began came went saw rose kept brought bought
sold led spoke wrote paid ran sought threw stood became got knew thought chose broke found built spent withdrew
overtook forgave swore""".split()
)


def _verb_after(text: str) -> bool:
    """Whether the word opening ``text`` (after spaces) is a verb in the past: one of _PAST_VERBS, or a word
    in -ed that is not a participle before a noun ("welcomed the deal", "warned."; not "armed forces")."""
    found = re.match(r"\s+([a-z]+)\b(\s+[a-z][a-z-]*)?", text)
    if found is None:
        return False
    word, after = found.group(1), (found.group(2) or "").strip()
    if word in _PAST_VERBS:
        return True
    return len(word) > 4 and word.endswith("ed") and (not after or after in _NOT_MODIFIED)


# English nouns of a body, team, firm or office a name used as their modifier holds ("the Iran captain", "a
# Baghdad court"), which a construct with the name says (قائد منتخب إيران, محكمة بغداد)
_HELD_NOUNS = frozenset(
    "team squad side captain coach federation league club airline carrier bank court judiciary government army "
    "military navy police parliament ministry embassy consulate council agency company firm".split()
)


def _dash_or_hyphen_after(source: str, mention: Mention) -> bool:
    """Whether a hyphen or a dash joins the mention to the word after it ("Iran-Turkey border", "US-made"): a
    pair's member or a compound, no plain modifier."""
    return (
        re.match(r"\s*[-\u2010-\u2015]", source[mention.end :]) is not None
        or source[mention.start - 1 : mention.start] == "-"
    )


def _attributive(source: str, mention: Mention) -> bool:
    """Whether an English mention modifies the word after it, as a name used as an adjective does ("US
    forces", "a US-made drone"): a word follows it that is no verb, conjunction or preposition."""
    if mention.possessive or _verb_after(source[mention.end :]):
        return False
    following = re.match(r"(?:\s+|-)([A-Za-z][A-Za-z-]*)", source[mention.end :])
    return bool(following) and following.group(1).lower() not in _NOT_MODIFIED  # type: ignore[union-attr]


# a noun's possessor given with "of" ("the allies of the US", "troops of Iran"), the name itself after it
_OF_BEFORE = re.compile(r"[a-z]\s+of\s+(?:the\s+)?$")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:the\s+)?[A-Z]|(?:,\s*)?(?:and|or)\b)")
# a ruler's title in an English source: the model's title for a person then translates it
_RULERS_IN_SOURCE = re.compile(
    r"\b(?:emir|emirs|amir|king|kings|queen|president|presidents|sultan|shah|monarch|ruler)\b", re.I
)
# the same where the member after "and"/"or" is a name (capitalised, after "the" or not)
_NAMES_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:the\s+)?[A-Z]|(?:,\s*)?(?:and|or)\s+(?:the\s+)?[A-Z])")


def _hyphen_joined(source: str, mentions: list[Mention], index: int) -> bool:
    """Whether an English mention is joined by a hyphen to the mention before or after it ("the Iran-Iraq
    war", "Russia-Turkey talks", "a Turkey-Russia-Iran summit"): the names of the parties to something, which
    the edition names; a model's pair of adjectives for them (الحرب الإيرانية العراقية, Rus-Türk) is no
    mention (see ``_hyphenated_adjective_pairs``)."""
    mention = mentions[index]
    before = mentions[index - 1] if index else None
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    return (before is not None and source[before.end : mention.start] == "-") or (
        after is not None and source[mention.end : after.start] == "-"
    )


def _source_relation(mentions: list[Mention], index: int, source: str) -> dict[str, bool]:
    """How the source mention relates to the words around it: a possessor ("Putin's" in "Putin's Russia"), a
    recipient after a noun ("a warning to Erdoğan"),
    and whether something modifies it: a possessor before it (a mention, "today's Middle East"), an adjective
    ("a new Middle East", "Modern Turkey" opening the sentence, and a compound with a hyphen whatever stands
    before it: "said post-war Syria", "rebuild war-torn Syria"; not one of direction, "northern Syria", which
    becomes a noun before the name), "of today" after it."""
    mention = mentions[index]
    before = source[: mention.start]
    possessed = any(
        other.possessive and re.fullmatch(r"['’]s?\s+", source[other.end : mention.start])
        for other in mentions
        if other.end <= mention.start
    )
    possessed = possessed or bool(re.search(r"[^\W\d_]['’]s?\s+$", before))  # today's Middle East
    words = re.findall(r"[\w'’-]+", before[-80:])
    opening = bool(re.search(r"(?:^|[.!?:;\"“«]\s*)[\w'’-]+\s+$", before))  # the sentence's first word
    adjective = (
        bool(words)
        and bool(_ADJECTIVE.fullmatch(words[-1].lower()))
        and not _DIRECTION.fullmatch(words[-1].lower())
        and words[-1].lower() not in _NOUNS_LIKE_ADJECTIVES
        and (
            opening
            or bool(_COMPOUND_ADJECTIVE.fullmatch(words[-1]))
            or (len(words) >= 2 and bool(_DETERMINER.fullmatch(words[-2].lower())))
        )
    )
    after = source[mention.end + (len(_possessive_tail(source, mention.end)) if mention.possessive else 0) :]
    given = not mention.possessive and _source_given(before, after)
    return {
        "possessor": mention.possessive,
        # "a Moscow think tank", "the Moscow talks": after an article or a determiner, modifying the noun after it
        "attributive": bool(_DETERMINER_BEFORE.search(before)) and _attributive(source, mention),
        "modified": possessed or adjective or bool(_MODIFIER_AFTER.match(after)),
        # "post-war Syria", "pre-revolution Iran": a modifier of time, which Persian writes after the name
        "time_modifier": bool(words) and bool(_TIME_COMPOUND.fullmatch(words[-1].lower())),
        # "a threat to Iran's security": what is addressed to is the possessed noun, the mention its possessor
        "recipient": not mention.possessive and bool(_RECIPIENT.search(before)),
        "given": given,
        "given_before_bare_noun": given and _source_given_before_bare_noun(before, after),
        "verb_object": _source_verb_object(before, after) or _source_list_object(before, after),
        "compared": bool(_COMPARED_BEFORE.search(before)) and not _OWN_VERB_AFTER.match(after),
        "closes_opening": _closes_opening_phrase(before, source[mention.end :]),
        "agent": bool(_AGENT_BEFORE.search(before)) or bool(_AGENT_COMPOUND.match(after)),
        "subject": not mention.possessive and _source_subject(before, after),
        "direction": _source_direction(source, mentions, index),
    }


# English words before "to" that make it no direction: "close to", "next to", "in addition to", "according to",
# "due to", a likeness or comparison; the posts held in a place ("ambassador to Iran": посол в Иране); and the
# nouns whose "to" names a receiver ("an offer to Tehran", "a threat to Iraq": предложение Тегерану)
_NOT_DIRECTION_BEFORE_TO = frozenset(
    """close closer closest next near nearer addition according due thanks owing prior similar compared
    comparable relative ambassador ambassadors envoy envoys representative representatives emissary emissaries
    consul consuls attache attaché attaches delegate delegates mission missions embassy ambassadorship
    accredited posted exposed linked tied loyal visitor visitors
    offer offers proposal proposals warning warnings threat threats answer answers reply replies response
    responses challenge appeal appeals ultimatum gift gifts aid loan loans help support signal concession
    concessions""".split()
)


def _source_direction(source: str, mentions: list[Mention], index: int) -> bool:
    """Whether the mention (or the first member of the list it closes, "to Iran and Syria") stands right after
    a "to" of direction: "went from the United States to Iran", "moved its embassy to Jerusalem"; not "close to
    Tehran", "in addition to Iraq", "ambassador to Iran", "special envoy to Syria" (see
    ``_NOT_DIRECTION_BEFORE_TO``)."""
    while index and _SOURCE_LIST_JOIN.fullmatch(source[mentions[index - 1].end : mentions[index].start]):
        index -= 1
    words = re.findall(r"[A-Za-z\u00c0-\u024f]+", source[: mentions[index].start][-80:])
    while words and (words[-1].lower() in _FOCUS_WORDS or words[-1].lower() == "the"):
        words.pop()
    if len(words) < 2 or words[-1].lower() != "to":
        return False
    return words[-2].lower() not in _NOT_DIRECTION_BEFORE_TO


# an auxiliary or modal an inverted subject follows ("as did Qatar", "neither has Iran", "nor will Turkey")
_AUXILIARIES = "did|does|do|has|have|had|is|are|was|were|will|would|can|could|should|shall|may|might|must"
_INVERTED_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?:neither|nor|so|as|than)\s+(?:{_AUXILIARIES})\s+(?:the\s+)?$", re.IGNORECASE
)
_MEMBER = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# what may follow a subject mention before its verb: the rest of its list, its last member after and/or/nor ("Qatar
# or Turkey", "Iran, Iraq and Syria"; a comma alone may open an apposition: "Erdogan's aide, Kalin said"), and
# adverbs ("also", "twice", "reportedly")
_SUBJECT_LIST_TAIL = LazyPattern(
    rf"(?:(?:\s*,\s*{_MEMBER})*\s*,?\s+(?:and|or|nor)\s+{_MEMBER})?"
    r"(?:\s+(?:also|too|then|now|still|again|already|never|not|once|twice|both|all|alone|[a-z]+ly))*\s+([a-z]+)\b"
)
# the verbs a subject's clause may open with: an auxiliary or modal, a past form, a verb of saying
_SUBJECT_VERBS = frozenset(
    {*_AUXILIARIES.split("|"), "said", "says", "told", "tells", "wants", "plans", "needs", "lacks", "requires"}
    # irregular pasts of verbs with no object, or none the name could be ("Erdogan spoke", "Fidan flew to Baghdad")
    | set(
        """spoke went came flew became began wrote ran rose fell grew knew thought spent lost sold built stood withdrew
        got heard felt sat broke understood undertook oversaw swore""".split()
    )
)
_PASSIVE_BE = frozenset("is are was were be been being".split())
# present verbs a plural subject (a list joined by "and") opens its clause with: "Moscow and Ankara say"; only
# verbs that are no plural noun after a name ("the Moscow and Ankara talks" has none of them)
_PLURAL_PRESENT_VERBS = frozenset(
    "say agree insist deny want hope fear believe argue accuse reject oppose support back demand urge remain "
    "refuse continue claim warn".split()
)


def _source_subject(before: str, after: str) -> bool:
    """Whether the source makes the mention the subject of an active verb of its own: the verb after it, past the
    other members of its list and adverbs ("Fidan has visited", "Either Qatar or Turkey will host", "Iran
    reportedly sent"), an auxiliary, a past form in -ed, an irregular past or a verb of saying; or an auxiliary
    before it that inverts the subject ("as did Qatar", "neither did Qatar", "nor has Iran"). Not a passive's
    subject ("Iraq is being pressed", "Iran was hit", "Turkey will be asked"): a translation may make it an object."""
    if _INVERTED_SUBJECT.search(before[-40:]):
        return True
    found = _SUBJECT_LIST_TAIL.match(after)
    if found is None:
        return False
    verb = found.group(1)
    joined = re.search(r"\s(?:and)\s", found.group(0)) is not None
    if joined and verb in _PLURAL_PRESENT_VERBS:
        return True  # "Moscow and Ankara both say", "Iran and Iraq agree": a list's present verb
    if verb not in _SUBJECT_VERBS and not verb.endswith("ed") and verb not in _IRREGULAR_PAST:
        return False
    if verb in _PASSIVE_BE or verb in _AUXILIARIES.split("|"):
        words = re.findall(r"[A-Za-z]+", after[found.end() : found.end() + 60])
        while words and (words[0] in _ADVERBS_AFTER_AUXILIARY or words[0].endswith("ly") or words[0] == "not"):
            words = words[1:]
        passive = verb in _PASSIVE_BE
        while words and words[0] in _PASSIVE_BE:  # "will be", "has been", "is being"
            words, passive = words[1:], True
        if passive and words and (words[0].endswith(("ed", "en")) or words[0] in _IRREGULAR_PAST):
            return False  # "is being pressed", "has been sent", "will be held"
    return True


# what makes the mention a passive's agent: "by" before it ("proposed by Washington", "backed by both Iran"), or a
# past participle joined to it by a hyphen ("Washington-proposed", "Iran-backed", "Qatar-brokered")
_AGENT_BEFORE = LazyPattern(
    r"(?<![\w'’-])by\s+(?:(?:only|both|either|even|mainly|chiefly)\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,?\s+(?:and|or)\s+(?:the\s+)?)?$"
)
_AGENT_COMPOUND = re.compile(r"[-\u2010\u2011][a-z]+(?:ed|en|wn|ld|lt|nt|ght|id|un)(?![\w-])")


def _closes_opening_phrase(before: str, after: str) -> bool:
    """Whether the mention ends a prepositional phrase that opens the sentence and a comma closes ("Beyond
    Idlib, Russia and Turkey also disagree", "Apart from Moscow, Ankara ..."): what follows the comma is the
    main clause, not more objects of the preposition; not where the list goes on to the phrase's end ("In
    Iran, Iraq and Syria, protests ...")."""
    opening = _OPENING_PHRASE.search(before)
    if opening is None or opening.group(1).lower() not in _OPENING_PREPOSITIONS:
        return False
    return re.match(r"\s*,\s*[A-Z]", after) is not None and not _list_goes_on_to_no_verb(after)


# the sentence's first words before a mention: a preposition, at most two more words, an article
_OPENING_PHRASE = LazyPattern(r"(?:^|[.!?:;\"“«]\s*)([A-Za-z]+)(?:\s+[a-z]+){0,2}\s+(?:the\s+)?$")
_OPENING_PREPOSITIONS = frozenset(
    "beyond besides apart aside despite unlike like except excluding including amid amidst after before during "
    "alongside beside near outside inside across around behind following regarding concerning in on at from "
    "with without against for over under between among about towards toward through".split()
)


# an article or determiner right before a mention
_DETERMINER_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:a|an|the|this|that|its|their|his|her|our|one)\s+$", re.IGNORECASE)


# what compares a mention with another in the same role ("Iran, like Turkey,", "with Iran, as with Turkey")
_COMPARED_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?:(?:un)?like|as\s+well\s+as|as(?:\s+(?:with|in|to|for|from|against|on|at|by))?)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a verb of the mention's own after it: "as Turkey did", "as Turkey has done" (its subject, not compared)
_OWN_VERB_AFTER = LazyPattern(
    r"(?:['’]s?)?\s+(?:did|does|do|has|have|had|is|was|were|are|will|would|can|could|[a-z]+ed)\b"
)


# words a verb's base form follows ("did not mention Erdogan", "to meet Putin", "will visit Moscow")
_BEFORE_BASE_FORM = frozenset(
    "not never to did does do will would could can should must may might shall cannot once even".split()
)
# past forms and participles without -ed that take an object in news copy ("met Erdogan", "has seen Assad")
_IRREGULAR_PAST = frozenset(
    """met told sent left led saw sought fought brought bought won beat hit struck kept held took gave made let
put chose caught paid threw drove shot found overthrew seen given taken chosen driven beaten thrown overthrown
shaken forgiven drawn drew shook""".split()
)
# pronouns a present verb's base form follows as its subject ("they back Assad", "we urge Ankara")
_PLURAL_SUBJECTS = frozenset("i we you they".split())
# forms of "be" an -ing form of a verb follows in the progressive ("is urging Ankara", "has been courting Tehran")
_BE_FORMS = frozenset("is are was were be been being am".split())
# adverbs between an auxiliary and its verb ("will soon meet Erdogan", "has repeatedly accused Iran"); and any in -ly
_ADVERBS_AFTER_AUXILIARY = frozenset(
    "not never soon still also again already now yet ever further once even just only then".split()
)
# verbs that take a clause, not an object: the name after one opens that clause ("says Iran lost", "hopes Qatar
# will"), in the present and the progressive
_CLAUSE_VERBS = (
    "say",
    "think",
    "believ",
    "hop",
    "fear",
    "argu",
    "claim",
    "insist",
    "not",
    "add",
    "know",
    "suggest",
    "show",
    "mean",
    "seem",
    "feel",
    "assum",
    "expect",
    "reckon",
    "suspect",
    "doubt",
    "understand",
    "realis",
    "realiz",
    "acknowledg",
    "admit",
    "deni",
    "deny",
    "predict",
    "estimat",
    "report",
    "confirm",
    "announc",
    "stress",
    "explain",
    "indicat",
    "ensur",
    "becom",
    "remain",
)
# words that are no verb of whose object a name could be: articles, pronouns, prepositions, conjunctions, and
# adverbs and prepositions ending as a verb's present does ("flew towards Erbil", "always Iran")
_NO_VERB = _NOT_MODIFIED | frozenset(
    """only just even also this its their his her our my your towards toward afterwards besides backwards
forwards upwards downwards onwards always perhaps sometimes whereas thus nevertheless nonetheless""".split()
)
# what may stand before a verb in the present as its subject: not a preposition or an article ("during talks
# Erdogan", "the rebels Assad")
_NOT_BEFORE_PRESENT = _NO_VERB | frozenset("during despite amid among including like unlike near".split())


# what makes a name after a verb the subject of a clause or an infinitive of its own ("expected Erdogan to win",
# "warned Iran would pay", "feared Turkey was next"), no object of that verb; "to" and a noun phrase is a
# preposition ("invited Turkey to the talks"), and after a verb that asks someone to act the name is its
# object ("urged Ankara to act")
_SUBJECT_OF_WHAT_FOLLOWS = LazyPattern(
    r"(?:['’]s?)?\s+(?:to(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z\d])\b)|would|will|was|were|is"
    r"|are|had|has|have|could|can|should|might|must|may|did|does|do)\b",
)
# verbs that ask or make someone act: the name after one, before "to" and a verb, is still their object
_OBJECT_BEFORE_INFINITIVE = (
    "urg",
    "ask",
    "invit",
    "persuad",
    "forc",
    "press",
    "pressur",
    "push",
    "encourag",
    "allow",
    "order",
    "warn",
    "advis",
    "convinc",
    "compel",
    "prompt",
    "told",
    "tell",
    "lobb",
    "beg",
    "implor",
    "challeng",
    "permit",
    "oblig",
    "enabl",
)


def _without_quote_opening_at_verb(before: str) -> str:
    """The English before a mention without the opening quotation mark glued to the verb right before it, where
    a word stands before the mark: 'Muallem had "thanked Iran': the quotation goes on its subject's sentence,
    and the mention is the verb's object as without the mark. A closing mark ('"We won," said Erdogan', 'won"
    said') is glued to the word before it, and stays."""
    return re.sub(r"(?<=[A-Za-z])(\s+)[\"“‘']([a-z]+\s+)$", r"\1\2", before)


def _source_verb_object(before: str, after: str = "") -> bool:
    """Whether the English puts the mention right after a verb as its direct object: a past form or participle
    after a word ("Muallem never mentioned Erdogan", "Qatar met Erdogan", "has accused Iran", "has seen
    Assad"), a present form in -s after a word that may be its subject ("Putin supports Assad", "Moscow backs
    Tehran"), an -ing form after "be" ("is urging Ankara", "has been courting Tehran"), or a base form after a
    modal, "to" or "not", adverbs between ("did not mention Erdogan", "to meet Putin", "will soon meet
    Erdogan", "won't back Assad"). Not a verb that takes a clause ("says Iran lost"), nor a name that is the
    subject of what follows it ("expected Erdogan to win"; "urged Ankara to act" keeps its object); not after a
    comma or a quote ("...," said Erdogan: the subject, inverted), nor a participle after an article or joined
    by a hyphen ("the embattled Assad", "Iran-backed")."""
    tokens = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", _without_quote_opening_at_verb(before[-80:]))
    while tokens and tokens[-1].lower() in _FOCUS_WORDS:
        tokens.pop()
    if len(tokens) < 2 or not tokens[-1].islower() or tokens[-1] in _NO_VERB:
        return False
    verb = tokens[-1]
    if _SUBJECT_OF_WHAT_FOLLOWS.match(after) and not (
        re.match(r"\s+to\s+[a-z]", after) and verb.startswith(_OBJECT_BEFORE_INFINITIVE)
    ):
        return False
    auxiliary = len(tokens) - 2
    while auxiliary > 0 and (tokens[auxiliary] in _ADVERBS_AFTER_AUXILIARY or tokens[auxiliary].endswith("ly")):
        auxiliary -= 1
    previous = tokens[auxiliary].lower()
    if not tokens[-2].isalpha() or tokens[-2].lower() in _DETERMINER_WORDS:
        return False
    if previous == "t" and auxiliary > 1 and tokens[auxiliary - 1] in "'’":
        previous = "not"  # won't, didn't, can't
    if previous in _BEFORE_BASE_FORM or (previous in _PLURAL_SUBJECTS and auxiliary == len(tokens) - 2):
        return not verb.endswith(("ly", "ing")) and not verb.startswith(_CLAUSE_VERBS)
    if verb.endswith("ing"):
        return previous in _BE_FORMS and not verb.startswith(_CLAUSE_VERBS)
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
        possessive = previous == "s" and auxiliary > 0 and tokens[auxiliary - 1] in "'’"  # "Iran's allies Assad"
        return (
            not verb.startswith(_CLAUSE_VERBS)
            and previous not in _NOT_BEFORE_PRESENT
            and previous not in _BE_FORMS
            and not possessive
        )
    return verb.endswith("ed") or verb in _IRREGULAR_PAST


_DETERMINER_WORDS = frozenset("a an the this that these those its their his her our my your".split())


# one member of a list of names in the source, glossary names or not: capitalised words, "of" between them
# ("Damascus", "the United Arab Emirates", "the Gulf of Oman")
_SOURCE_MEMBER = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}"
# the members of such a list before a mention, joined by commas and ending in "and"/"or" or a comma
_SOURCE_MEMBERS_BEFORE = LazyPattern(
    rf"(?:{_SOURCE_MEMBER}\s*,\s*)*{_SOURCE_MEMBER}\s*(?:,\s*(?:and|or)\s+|(?:and|or)\s+|,\s*)(?:the\s+)?$"
)
# what may follow the last member of an object list: punctuation, the end, a number, an adverb in -ly, or one
# of these words; any other word may be a verb whose subject the member is ("... and Russia warned", "and Iraq
# drew with Qatar"), which makes "and" join a clause
_AFTER_OBJECT_LIST = frozenset(
    """in on at of for with from to by over during after before since until into within without under about
against across between through via amid among last this that next earlier later again twice once too also as
while when where which who whose but and or then yesterday today tomorrow recently""".split()
)


def _list_ends(rest: str) -> bool:
    """Whether what follows a list in the source ends it as an object list (see _AFTER_OBJECT_LIST)."""
    word = re.match(r"\s*([A-Za-z]+)", rest)
    if not word or not re.match(r"\s+[A-Za-z]", rest):
        return True  # punctuation, a number or the end
    text = word.group(1)
    return text.islower() and (text in _AFTER_OBJECT_LIST or text.endswith("ly"))


def _source_list_object(before: str, after: str) -> bool:
    """Whether the mention is a later member of a list the source makes a verb's direct object, its other
    members names or not ("visited Damascus, Beirut and Moscow", "sanctioned Iraq, Syria or Iran", "visited
    Damascus, Moscow and Beirut"): the words before the list's first member read as a verb's object, and no
    verb follows the mention whose subject it would be ("criticised Damascus and Russia warned ..."); a
    member joined by a comma alone only where the list goes on to its end after it."""
    tail = before[-200:]
    found = _SOURCE_MEMBERS_BEFORE.search(tail)
    if not found:
        return False
    if not re.search(r"(?:and|or)\s+(?:the\s+)?$", found.group()) and not _SOURCE_LIST_GOES_ON.match(after):
        return False
    rest = _past_list_items(after)  # the members after it, to what follows the list
    return _list_ends(rest) and _source_verb_object(tail[: found.start()], rest)


# a noun and "to" right before a mention: what it is addressed to ("a warning to Erdoğan", "his letter to Putin")
_RECIPIENT = LazyPattern(r"\b(?:a|an|the|his|her|its|their|this|that)\s+(?:[a-z]+\s+)?[a-z]+\s+to\s+$", re.IGNORECASE)


# English verbs of giving, offering and proposing, in every form, whose receiver a translation puts in the dative
_GIVING_VERB = (
    r"(?:give|gives|gave|given|giving|offer|offers|offered|offering|grant|grants|granted|granting|send|sends|sent|"
    r"sending|promise|promises|promised|promising|lend|lends|lent|lending|sell|sells|sold|selling|hand|hands|"
    r"handed|handing|pay|pays|paid|paying|award|awards|awarded|awarding|propose|proposes|proposed|proposing|"
    r"pledge|pledges|pledged|pledging|transfer|transfers|transferred|transferring)"
)
# the members of a list before the mention, back to its first ("to Russia and [Iran]", "offered Iraq and [Syria]")
_LIST_MEMBERS_BEFORE = (
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))*"
)
# right after the verb, its receiver before what is given ("offered Iraq a similar sum"), adverbs between
_GIVEN_RIGHT_AFTER = LazyPattern(
    rf"(?<![\w'’-]){_GIVING_VERB}\s+(?:(?:also|reportedly|formally|officially|again|already|[a-z]+ly)\s+)?"
    rf"{_LIST_MEMBERS_BEFORE}$"
)
# after "to", past the verb's own object of up to six words and no punctuation ("send its proposals to [Russia]")
_GIVEN_AFTER_TO = LazyPattern(
    rf"(?<![\w'’-]){_GIVING_VERB}(?:\s+[a-z0-9$€£][\w'’$€£.-]*){{1,6}}\s+to\s+(?:the\s+)?{_LIST_MEMBERS_BEFORE}$"
)
# what is given, after the receiver of a verb of giving: a determiner, a quantity or a number opening a noun phrase,
# or a pronoun of quantity standing for one ("offered Iraq nothing", "gave Syria no guarantees", "any money")
_WHAT_IS_GIVEN = LazyPattern(
    r"\s+(?:(?:a|an|the|its|his|her|their|some|another|more|further|new|fresh|additional|no|any|several|many|much|"
    r"enough|nothing|something|anything|everything)(?![\w'’-])|[$€£]|\d)",
    re.IGNORECASE,
)


# what is given with no determiner, after the receiver: a bare noun phrase ("promised Iraq help", "gave Turkey
# assurances", "sent Syria humanitarian aid"), its first word lower case and the next, if any, a word too
_BARE_GIVEN = LazyPattern(r"\s+([a-z][a-z'’-]*)(?:\s+([a-z][a-z'’-]*))?")
# first words that open no noun phrase of what is given: a verb of a clause the receiver is the subject of
# ("promised Iraq would get help"), a preposition or particle ("handed Iraq over", "offered Iran as a
# mediator"), a conjunction or pronoun
_NOT_GIVEN_FIRST = frozenset(
    "would will could should can may might must shall is was were are be been being has had have did does do "
    "gets got receives received needs needed wants wanted remains stays keeps becomes became agrees agreed "
    "accepts accepted says said to in on at of for with from by into onto over about against after before "
    "during since until under back out up down off away as and or but if when while because so than it he she "
    "they we you who which whose whom what where there here not never also".split()
)
# words in -ing that are nouns of what is given ("offered Iraq training", "promised Syria funding")
_GIVEN_IN_ING = frozenset("training funding financing backing housing shipping lending clothing bedding".split())
# a determiner or an object pronoun after a word: that word is a verb ("promised Iraq gets the money")
_OBJECT_OPENER = frozenset("a an the its his her their this that these those it them him us".split())


def _bare_noun_given(after: str) -> bool:
    """Whether a bare noun phrase, what is given, follows a receiver in the source ("help", "assurances",
    "economic incentives"): not a verb, a preposition or a pronoun; a word in -ed or -ing only as an adjective
    before its noun ("limited support", "armed drones") or a noun in -ing of what is given ("training")."""
    found = _BARE_GIVEN.match(after)
    if found is None:
        return False
    first, second = found.group(1).lower(), (found.group(2) or "").lower()
    if first in _NOT_GIVEN_FIRST or first.endswith("ly") or second in _OBJECT_OPENER:
        return False
    if first.endswith("ing") and first not in _GIVEN_IN_ING:
        return False
    if first.endswith("ed"):
        return bool(second) and second not in _NOT_GIVEN_FIRST and not second.endswith("ed")
    return True


def _source_given(before: str, after: str) -> bool:
    """Whether the source makes the mention the receiver of a verb of giving, offering or proposing: right after
    the verb and before what is given ("Qatar offered Iraq a similar sum", "granted Syria a loan", "promised Iraq
    help", "gave Turkey assurances"), or after "to"
    past the verb's own object ("will send its proposals to Russia and Iran", "gave a loan to Syria"); a later
    member of a list joined by and/or, a comma, too. Russian puts such a receiver in the dative."""
    tail = before[-160:]
    if _GIVEN_AFTER_TO.search(tail):
        return True
    if not _GIVEN_RIGHT_AFTER.search(tail):
        return False
    rest = _past_list_items(after)
    return bool(_WHAT_IS_GIVEN.match(rest)) or _bare_noun_given(rest)


def _source_given_before_bare_noun(before: str, after: str) -> bool:
    """Whether the source makes the mention a receiver only by the bare noun phrase after it ("promised Iraq help"),
    which the mention may modify instead ("sold Erbil oil to Turkey", "sent Tehran diplomats home"); not a
    receiver after "to" ("sold oil to Syria and Iraq last year") or before a determiner ("offered Iraq a loan")."""
    tail = before[-160:]
    if _GIVEN_AFTER_TO.search(tail) or not _GIVEN_RIGHT_AFTER.search(tail):
        return False
    rest = _past_list_items(after)
    return not _WHAT_IS_GIVEN.match(rest) and _bare_noun_given(rest)


# English prepositions whose object is never the subject of the sentence's verb in a translation ("answered
# to Assad", "met with Fidan"); not "by", whose agent a translation often makes the subject
_OBJECT_PREPOSITIONS = frozenset(
    "to with against for from about into onto toward towards upon of on at in over under without between among via "
    "through".split()
)
# focus words that may stand between the preposition and the name ("answered only to Assad", "to only Assad"), and
# the first word of "both ... and", "either ... or" ("warned both Ankara and Tehran")
_FOCUS_WORDS = frozenset("only just even also solely mainly chiefly directly personally both either".split())


# what joins a mention to the one before it in one list ("towards Iran and Syria", "with Iran, Iraq or Syria")
_SOURCE_LIST_JOIN = LazyPattern(r"\s*(?:,\s*(?:and|or)\s+|and\s+|or\s+)(?:the\s+)?", re.IGNORECASE)


# a list going on after a mention joined to the one before it by a comma ("in Syria, Iraq and the region")
_SOURCE_LIST_GOES_ON = LazyPattern(r"\s*(?:,\s*)?(?:and|or)\s|\s*,\s*[A-Za-z]", re.IGNORECASE)


_SOURCE_LIST_ITEM = LazyPattern(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?[A-Za-z][\w'’-]*", re.IGNORECASE)
# a list item of several words that is plainly no verb phrase: a name of capitalised words, after an adjective
# or not ("the wider Middle East"), or a number or quantifier and its noun ("three entities", "several armed
# groups"); tried before the one-word item, so that the list's end is read after the whole item
_SOURCE_LIST_PHRASE = LazyPattern(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?"
    r"(?:(?:[a-z][\w'’-]*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}"
    r"|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|some|other|various|dozens|its|their)"
    r"(?:\s+(?:of\s+)?[A-Za-z][\w'’-]*){1,2})"
    r"(?=(?i:\s*(?:[.,;:!?)]|$|(?:in|on|at|of|for|with|from|to|by|and|but|as)\b)))"
)
# what may end a list in the source: punctuation, the end, a preposition or a conjunction opening what follows
_SOURCE_LIST_END = LazyPattern(r"\s*(?:[.,;:!?)]|$|(?:in|on|at|of|for|with|from|to|by|and|but|as)\b)", re.IGNORECASE)


def _list_goes_on_to_no_verb(after: str) -> bool:
    """Whether a list goes on after a mention and plainly ends ("in Syria, Iraq and the region, ...", "in
    Moscow, Ankara and Tehran."): not where a word that may be its verb follows it ("In Idlib, Turkey and Russia
    disagree", "After talks in Moscow, Turkey and Iran agreed" open the main clause with its subjects)."""
    if not _SOURCE_LIST_GOES_ON.match(after):
        return False
    return bool(_SOURCE_LIST_END.match(_past_list_items(after)))


def _past_list_items(after: str) -> str:
    """What follows the members of a source list after a mention, each member one word or a phrase that is
    plainly no verb phrase (see _SOURCE_LIST_PHRASE)."""
    while item := _SOURCE_LIST_PHRASE.match(after) or _SOURCE_LIST_ITEM.match(after):
        after = after[item.end() :]
    return after


# a preposition, then capitalised names that are no mentions (one to three words each) in a list a mention ends:
# "to China and [Iraq]", "with Beijing, New Delhi or [Moscow]"
_LISTED_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_AFTER_LISTED_NAMES = LazyPattern(
    rf"(?<![\w'’-])([A-Za-z]+)\s+{_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*\s*,?\s+(?:and|or)\s+(?:the\s+)?$"
)


def _source_preposition(source: str, mentions: list[Mention], index: int) -> str:
    """The English preposition the mention is the object of ("answered only to Assad", "talks with Fidan"),
    past focus words and an article, or "": whatever case the translation gives the name, it is no subject. A
    list's later members, joined by "and" or "or" (or by a comma, the list going on), share its first member's
    ("towards Iran and Syria", "in Syria, Iraq and the region")."""
    mention = mentions[index]
    between = source[mentions[index - 1].end : mention.start] if index else ""
    if index and (
        _SOURCE_LIST_JOIN.fullmatch(between)
        or (re.fullmatch(r"\s*,\s*", between) and _list_goes_on_to_no_verb(source[mention.end :]))
    ):
        return _source_preposition(source, mentions, index - 1)
    listed = _AFTER_LISTED_NAMES.search(source[: mention.start][-120:])
    after = source[mention.end :]
    # the list ends at the mention or goes on: not "to China and Iran's president", "to China and Turkey buys"
    ends = _SOURCE_LIST_END.match(after) or _list_goes_on_to_no_verb(after)
    if listed and listed.group(1).lower() in _OBJECT_PREPOSITIONS and ends:
        return listed.group(1).lower()  # "oil sales to China and Iraq": a name the glossary lacks opens the list
    words = re.findall(r"[A-Za-z]+", source[: mention.start][-60:])
    while words and (words[-1].lower() in _FOCUS_WORDS or words[-1].lower() == "the"):
        words.pop()
    preposition = words[-1].lower() if words and words[-1].lower() in _OBJECT_PREPOSITIONS else ""
    before_in = words[-2].lower() if len(words) > 1 else ""
    if preposition == "in" and (before_in.startswith(_MOTION_BEFORE_IN) or before_in in _MOTION_WORDS_BEFORE_IN):
        if before_in.endswith(_NOUN_OF_WHERE_ENDINGS) and not before_in.startswith(_NOUN_OF_WHERE_INTO):
            return preposition  # "deliveries in Syria", "deployment in Iraq": where they take place
        return "into"  # "arrived in Tehran", "invested in Turkey": where something goes, not where it is
    return preposition


# English words of motion, investment or belief before "in": the name after it is where something goes
_MOTION_BEFORE_IN = (
    "arriv",
    "return",
    "travel",
    "deploy",
    "deliver",
    "transfer",
    "evacuat",
    "relocat",
    "invest",
    "believ",
    "interven",
    "interfer",
    "pour",
    "dropp",
    "crash",
)
# the endings of the nouns of those words ("deliveries", "deployment", "evacuation"): "in" after one is where it takes
# place ("arms deliveries in Syria", поставки в Сирии), but for an investment or an intervention, where it goes
_NOUN_OF_WHERE_ENDINGS = ("ery", "eries", "ment", "ments", "tion", "tions")
_NOUN_OF_WHERE_INTO = ("invest", "interven", "interfer")
_MOTION_WORDS_BEFORE_IN = frozenset(
    """came come comes coming went go goes going gone fled flee flees flew fly flies flying flown sent send sends
sending put puts fell fall falls landed land lands landing head heads headed heading move moves moved moving
brought bring brings ship ships shipped drop drops""".split()
)


def _word_read(text: str, match: _WordMatch) -> WordRead:
    """One word of a run, as the grammar reads it."""
    stands_for = [f.forms for f in match.forms]
    forms = None if any(f is None for f in stands_for) else frozenset[str]().union(*filter(None, stands_for))
    return WordRead(
        visible(text), forms, match.proclitics, match.case, match.rest, match.kind == "latin", match.kind == "common"
    )


def _unfinished(run: _Run, forms: _EntryForms, short: bool) -> tuple[int, int]:
    """The rendering's words a run in the rendering's order lacks before its first word and after its last, where
    the run's edge word is a word of the rendering itself: not a common noun that translates the name's words, nor
    a particle (the Аль of Аль-Удейд, which stands for the Эль of Эль-Удейд). None in a run that holds a common noun
    for a word of the name: the model translated a spelling word by word (اقلیم کردستان for "Kurdistan Region",
    whose words the rendering کردستان عراق says otherwise), and wrote all of it; nor where the words lacked are a
    body's generic head word (النصرة for جبهة النصرة)."""
    if not run.matches or run.reversed_words or run.matches[0] is None or run.matches[-1] is None:
        return (0, 0)
    if any(match is not None and all(f.kind == "common" for f in match.forms) for match in run.matches):
        return (0, 0)

    def positions(match: _WordMatch | None, form: bool) -> set[int]:
        return {p for f in match.forms if f.kind == "name" and f.short == form for p in f.covers()} if match else set()

    other = not short  # the whole other form, written for this one (الولايات المتحدة, the short form, for the full)
    if other in forms.lengths and set().union(*(positions(m, other) for m in run.matches)) >= set(
        range(forms.lengths[other])
    ):
        return (0, 0)
    first, last = positions(run.matches[0], short), positions(run.matches[-1], short)
    length = forms.lengths.get(short, 1)
    before, after = (length - 1 - max(first) if first else 0, min(last) if last else 0)
    # a body's generic head word left out is no part missing (النصرة for جبهة النصرة: the name is whole without it)
    generic = forms.generic.get(short, frozenset())
    if set(range(length - before, length)) <= generic:
        before = 0
    if set(range(after)) <= generic:
        after = 0
    return (before, after)


def _latin_words(spelling: str) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W\d_]+", spelling) if fold(w) not in LATIN_PARTICLES]


# one Latin letter: a letter of a dotted abbreviation (U.S.; as a model may write it, u.s., U. S.)
_INITIAL = re.compile(r"[A-Za-z]")
# the first letter of one, an Arabic proclitic or article glued before it (وU.S., الـU.S.)
_GLUED_INITIAL = re.compile(rf"[{ARABIC_SCRIPT_RANGES}]{{0,4}}[A-Za-z]")
# what may follow a sentence's full stop to the end of the text: closing quotes and brackets, spaces
_SENTENCE_END = re.compile(r"[\s\u200e\u200f\u2066-\u2069\"'»”’)\]]*\Z")


def _abbreviation_dot(text: str, words: list[re.Match], run: _Run) -> int:
    """The length of the full stop of a dotted abbreviation copied in Latin letters (U.S.) right after a
    run that ends in one: 1 where the dot is the abbreviation's own, 0 where there is none or it also ends
    the sentence ("... введены U.S."), where it stays as the sentence's full stop."""
    if run.last == run.first:
        return 0
    return _abbreviation_own_dot(text, words[run.first].start(), words[run.last].end())


def _abbreviation_own_dot(text: str, start: int, end: int) -> int:
    """1 where ``text[start:end]`` is a dotted abbreviation in Latin letters without its final dot (U.S) and
    that dot follows, not ending the sentence; else 0."""
    if not (re.search(r"[A-Za-z]\. ?[A-Za-z]\Z", text[start:end]) and text[end : end + 1] == "."):
        return 0
    return 0 if _SENTENCE_END.match(text, end + 1) else 1


def _sources_adjectives(source: str, mentions: list[Mention], entry: Entry) -> list[tuple[int, str]]:
    """Where the source has, outside its mentions, a word of nationality made from the entry's English name
    ("Russian", "Turkish-Russian", "Iraqis" beside Russia, Turkey, Iraq: one of its adjectives, see
    :func:`english_adjectives`, or their plural), as (its start, the word)."""
    adjectives = {
        adjective
        for spelling in entry.spellings
        if re.fullmatch(r"[A-Z][a-z]{3,}", spelling)  # one word of four letters or more: Iran, Russia
        for adjective in english_adjectives(spelling)
    }
    if not adjectives:
        return []
    found = []
    for word in re.finditer(r"[A-Z][a-z]+", source):
        key = fold(word.group())
        singular = key[:-1] if key.endswith("s") else key
        if any(form in adjectives and form in DEMONYMS for form in (key, singular)) and not any(
            m.start <= word.start() < m.end for m in mentions
        ):
            found.append((word.start(), word.group()))
    return found


def _outside_mentions(source: str, mentions: list[Mention]) -> list[str]:
    """The source's words outside its mentions, folded."""
    kept, at = [], 0
    for mention in sorted(mentions, key=lambda m: m.start):
        kept.append(source[at : mention.start])
        at = max(at, mention.end)
    kept.append(source[at:])
    return [fold(w) for w in re.findall(r"[^\W\d_]+", " ".join(kept))]


_OPENERS = frozenset('.!?…:;«»"“”()[]—–-')


def _opens_sentence(text: str, word: re.Match) -> bool:
    """Whether a word stands first in its sentence (or after an opening mark or a colon)."""
    before = word.start() - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before < 0 or text[before] in _OPENERS


def _capitalised(text: str, word: re.Match) -> bool:
    """Capitalised, or at the start of a sentence (where every word is)."""
    if word.group()[:1].isupper():
        return True
    before = word.start() - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before < 0 or text[before] in _OPENERS


def _capitals(text: str, words: list[re.Match]) -> list[bool]:
    """:func:`_capitalised` of each of a text's words, in one pass."""
    found: list[bool] = []
    append = found.append
    for word in words:
        start = word.start()
        if text[start].isupper():  # the word's first letter (a word is never empty)
            append(True)
            continue
        before = start - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        append(before < 0 or text[before] in _OPENERS)
    return found


# the alef with madda or hamza written as the bare alef, as Persian and Arabic spellings of one word differ in it
# (امریکایی for آمریکایی, امريكية for أمريكية)
_ALEF_FORMS = str.maketrans("آأإٱ", "اااا")


def _alef(text: str) -> str:
    return text.translate(_ALEF_FORMS)


# the English words of a state's long form: where the source has one, the model's long form is the source's (and
# "Islamic State" is a group's name: «Irak İslam Devleti», «دولة العراق الإسلامية»)
_STATE_IN_SOURCE = LazyPattern(r"\b(?:Republic|Federation|Kingdom|Emirate|Sultanate|State)\b")
# the words a long form may have on either side of a name, joined to it by spaces (or a ZWNJ, Persian)
_STATE_WORDS = 3


def _words_joined_before(output: str, start: int, taken: list[tuple[int, int]]) -> list[re.Match]:
    """The few words right before ``start``, in order, each joined to the next (and the last to ``start``) by
    spaces or a ZWNJ only, none inside a span taken."""
    words: list[re.Match] = []
    for word in reversed(list(_WORD.finditer(output, max(0, start - 60), start))[-_STATE_WORDS:]):
        if not re.fullmatch(r"[ \u00a0\u200c]+", output[word.end() : start]) or _inside(word, taken):
            break
        words.insert(0, word)
        start = word.start()
    return words


def _words_joined_after(output: str, end: int, taken: list[tuple[int, int]]) -> list[re.Match]:
    """The few words right after ``end``, in order, with a suffix after an apostrophe (Cumhuriyeti'ne), joined by
    spaces only, none inside a span taken."""
    words: list[re.Match] = []
    while len(words) < _STATE_WORDS:
        word = _SUFFIXED_WORD.match(output, end + len(output[end:]) - len(output[end:].lstrip(" \u00a0")))
        if word is None or word.start() == end or _inside(word, taken):
            break
        words.append(word)
        end = word.end()
    return words


def _right_before_taken(output: str, word: re.Match, taken: list[tuple[int, int]], group: int = 0) -> bool:
    """Whether a word (``group`` of its match) stands right before another name's span, only spaces between."""
    end = word.end(group)
    return any(start >= end and not output[end:start].strip() for start, _ in taken)


def _script(word: re.Match) -> str:
    """How a word of the output is written: "latin" (a proclitic glued on aside: وU.S.), "code" (letters and
    digits: PS752, which a name of the language's own script may hold: рейс PS752), or "own"."""
    text = word.group()
    if any(character.isdigit() for character in text):
        return "code"
    return "latin" if _LATIN_WORD.search(text) else "own"


# what may stand between a placed title and a cleric's rank before the name: spaces, or an apposition's comma
_TITLE_TO_RANK = LazyPattern(r"[ \u00a0\u200c]*[,،]?[ \u00a0\u200c]+")
# the quotation marks a model may put around a part of a name, opening to closing
_QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”", '"': '"'}
# an opening mark right before a name found (spaces allowed after it), a closing one right after it
_INNER_QUOTE_OPENING = LazyPattern(r"([«„“\"])[ \u00a0]*\Z")
_INNER_QUOTE_CLOSING = LazyPattern(r"[»“”\"]")
# a closing mark right after a name found, then spaces before the next word
_INNER_QUOTE_AFTER = LazyPattern(r"([»“”\"])[ \u00a0]+")
# a closing mark and spaces right before a name found; spaces and an opening mark right after one
_INNER_QUOTE_CLOSED_BEFORE = LazyPattern(r"([»“”\"])[ \u00a0]+\Z")
_INNER_QUOTE_OPENED_AFTER = LazyPattern(r"[ \u00a0]+([«„“\"])")


def _joined(text: str, left: re.Match | None, right: re.Match | None, at: int | None = None) -> bool:
    """Whether two words are only spaces or a hyphen apart (parts of one name can be)."""
    start = left.end() if left is not None else at
    end = right.start() if right is not None else at
    gap = visible(text[start:end])  # a soft hyphen beside the hyphen (Аль-\u00adКаида) changes nothing
    if len(gap) == 1 and gap in _HYPHENS:
        return True
    if gap in ("'", "\u2019") and right is not None and right.group() == "s" and left is not None:
        return True  # a firm's name written with 's (Moody's, McDonald's): its words, if the name's
    if gap in (".", ". ") and left is not None and right is not None:  # the letters of U.S., U. S., u.s.: one
        return bool(  # abbreviation, its letters in one case
            _GLUED_INITIAL.fullmatch(left.group())
            and _INITIAL.fullmatch(right.group())
            and left.group()[-1].isupper() == right.group().isupper()
        )
    return bool(gap) and bool(_JOINERS.fullmatch(gap)) and gap.count("-") <= 1


_GLOSS = LazyPattern(r"['’]?[^\W\d_]{0,6}(\s*\(\s*[«\"“„]?[^()\d\n«»\"“”„]{2,60}[»\"”]?\s*\))")
# English words that give a person a title or a role where they stand before the name
_SOURCE_TITLES = frozenset(
    """ayatollah grand hojatoleslam sheikh sheik shaikh emir amir king queen prince princess crown imam mufti
cleric president vice premier prime minister chancellor general lieutenant colonel brigadier major admiral marshal
commander chief leader supreme speaker secretary envoy ambassador spokesman spokeswoman head director adviser
advisor mr mrs ms dr sir lord mayor governor senator""".split()
)


def _gloss_after(text: str, end: int, taken: Iterable[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """Where a parenthesised phrase without digits follows a name (a suffix glued to the name may stand
    between them: Esad'daki (Aslan Pınarı)), as a range from the space before it to its closing
    parenthesis; None if none does or another name is inside it."""
    match = _GLOSS.match(text, end)
    if match is None or any(match.start(1) < b and a < match.end(1) for a, b in taken):
        return None
    return match.start(1), match.end(1)


def _source_has_title(source: str, mention: Mention, own: bool = True) -> bool:
    """Whether the English source gives the person a title or role in the mention, just before it
    ("Sheikh Tamim", "Ayatollah Khamenei", "Iran's supreme leader, Khamenei") or in apposition right after
    it ("Erdogan, the Turkish president,"), or another capitalised word before it ("Iran's Khamenei").
    With ``own`` false, the mention's own words ("Sheikh" of "Sheikh Tamim") are left out: only a title
    outside it counts."""
    before = source[max(0, mention.start - 60) : mention.start]
    # a quotation closed before the name is no part of its phrase: '"... leave Iraq," Khamenei said'
    words = re.findall(r"[A-Za-z]+(?:['’][A-Za-z]+)?", re.split(r"[.;:!?()\[\]\"“”«»]", before)[-1])[-3:]
    inside = re.findall(r"[A-Za-z]+", mention.surface) if own else []
    titles = [fold(re.split("['’]", word)[0]) for word in words + inside]
    if any(title in _SOURCE_TITLES for title in titles):
        return True
    sentence_start = not re.search(r"[A-Za-z]", before[: before.rfind(words[-1])]) if words else True
    right_before = bool(words) and before.rstrip().endswith(words[-1])  # "Iran's Khamenei", not "Iraq, Khamenei"
    if right_before and words[-1][:1].isupper() and not sentence_start:
        return True
    return _appositive_title(source[mention.end : mention.end + 80])


_SOURCE_RANKS = frozenset("ayatollah ayatollahs hojatoleslam hojjatoleslam hojatolislam cleric clerics".split())


def _source_gives_rank(source: str, mention: Mention) -> bool:
    """Whether the English source gives the person a cleric's rank, just before the mention ("Grand Ayatollah
    Ali al-Sistani", "Supreme Leader Ayatollah Ali Khamenei", "the cleric Khamenei"), in it, or in apposition
    right after it ("Khamenei, an ayatollah since 1989,"): then the model's آية الله, аятолла is the source's."""
    before = source[max(0, mention.start - 60) : mention.start]
    words = re.findall(r"[A-Za-z]+", re.split(r"[.;:!?()\[\]]", before)[-1])[-4:]
    apposition = re.match(
        r"\s*[,(\u2013\u2014]\s*([^,;:.()\u2013\u2014]{1,70})", source[mention.end : mention.end + 80]
    )
    after = re.findall(r"[A-Za-z]+", apposition.group(1))[:5] if apposition else []
    if after and fold(after[0]) in _CLAUSE_OPENERS:
        after = []
    return any(fold(word) in _SOURCE_RANKS for word in words + re.findall(r"[A-Za-z]+", mention.surface) + after)


# words that open another clause after a comma, not an apposition to the name before it
_CLAUSE_OPENERS = frozenset(
    "and but or nor so yet which whose while whereas as after before when since because if".split()
)


def _appositive_title(after: str) -> bool:
    """Whether the English after a mention gives the person a role in apposition, between commas or
    dashes ("Erdogan, Turkey's president, said", "Khamenei, the supreme leader"): a translation may put
    that title before the name (Президент Турции Эрдоган)."""
    apposition = re.match(r"\s*[,(\u2013\u2014]\s*([^,;:.()\u2013\u2014]{1,70})", after)
    if apposition is None:
        return False
    words = re.findall(r"[A-Za-z]+(?:['’][A-Za-z]+)?", apposition.group(1))[:5]
    if not words or fold(words[0]) in _CLAUSE_OPENERS:
        return False  # "Putin met Erdogan, and the president said": another clause, no apposition
    return any(fold(re.split("['’]", word)[0]) in _SOURCE_TITLES for word in words)


def _without(
    text: str, start: int, end: int, cuts: list[tuple[int, int]], edits: dict[tuple[int, int], str] | None = None
) -> str:
    """``text[start:end]`` with the ranges in ``cuts`` taken out, or replaced by their text in ``edits``. A
    text put in at a slot's place (a space before a name put after its noun) goes before the slot, once: not
    again at the start of the text after it."""
    kept, position = [], start
    for a, b in sorted(cuts):
        if a == b == start > 0:
            continue
        if a >= position and b <= end:
            kept.append(text[position:a] + (edits or {}).get((a, b), ""))
            position = b
    return "".join(kept) + text[position:end]


def _short_of_a_word_by_word_mention(run: _Run, mention: Mention) -> bool:
    """Whether a run without the rendering's head, read as the mention translated word by word, has fewer
    words than the mention: the rest of the model's wording of it lies outside the run."""
    found = [m for m in run.matches if m]
    if any(m.head for m in found) or not _word_by_word(found):
        return False
    english = [w for w in re.findall(r"[^\W\d_]+", fold(mention.surface)) if w not in _LINKING_WORDS]
    return len(found) < len(english)


# English words inside a name that a translation word by word does not render as words of their own
_LINKING_WORDS = frozenset("of the al el ad ar as an at bin ibn and".split())


def _word_by_word(found: list[_WordMatch]) -> bool:
    """Whether a run is an English spelling of the name translated word by word: a word of the rendering
    beside the model's translation of a generic word of that spelling ("Kurdistan Region": اقلیم کردستان,
    إقليم كردستان, регион Курдистан), each word of the run one or the other."""
    return (
        len(found) >= 2
        and any(m.kind == "name" for m in found)
        and any(m.kind == "common" and not any(f.alone for f in m.forms) for m in found)
    )


def _part_of_a_longer_word(text: str, word: re.Match) -> bool:
    """Whether a word is joined by a zero-width non-joiner to the word before or after it: the ezafe ی of
    عمده‌ی, the plural ها of کشور‌ها belong to that word, never to a name beside it."""
    return _glued_to_word_before(text, word) or text[word.end() : word.end() + 1] == "\u200c"


def _glued_to_word_before(text: str, word: re.Match) -> bool:
    return word.start() > 0 and text[word.start() - 1] == "\u200c"


def _inside(word: re.Match, taken: list[tuple[int, int]]) -> bool:
    return any(word.start() < b and a < word.end() for a, b in taken)


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` of ``text`` is joined by a hyphen to a word before or after it
    (премьер-министр, ирано-иракский)."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    return (len(before) == 2 and before[1] in _HYPHENS and before[0].isalpha()) or (
        len(after) == 2 and after[0] in _HYPHENS and after[1].isalpha()
    )


def _compound_words(
    text: str, words: list[re.Match], index: int, taken: list[tuple[int, int]], limit: int = 4
) -> list[tuple[re.Match, re.Match]]:
    """The words from ``words[index]`` on that follow one another with one space between them, each as its
    first and last part: the parts of a word joined by hyphens (премьер-министр, вице-президент, штаб-квартира)
    are one word. It stops at other punctuation and at a name already placed (``taken``)."""
    found: list[tuple[re.Match, re.Match]] = []
    end = words[index - 1].end() if index else 0
    while (
        len(found) < limit
        and index < len(words)
        and text[end : words[index].start()] == " "
        and not _inside(words[index], taken)
    ):
        first = words[index]
        while (
            index + 1 < len(words)
            and len(text[words[index].end() : words[index + 1].start()]) == 1
            and text[words[index].end()] in _HYPHENS
            and not _inside(words[index + 1], taken)
        ):
            index += 1
        found.append((first, words[index]))
        end = words[index].end()
        index += 1
    return found


# a quoted name right after a noun, its apposition (силами «Кудс», операции «Источник мира»): capitalised, of up
# to five words, closed in the same sentence
_QUOTED_NAME = LazyPattern(r" ?[«\"“„][^\W\d_][^«»\"“”„.!?;:]{0,58}[»\"”“]")


def _quoted_name_length(after: str) -> int:
    """How many characters at the start of ``after`` are the quoted name of the noun before it (see
    ``_QUOTED_NAME``), 0 where none follows."""
    match = _QUOTED_NAME.match(after)
    if match is None:
        return 0
    inside = match.group().strip()[1:-1]
    return len(match.group()) if inside[:1].isupper() and len(inside.split()) <= 5 else 0


# a model or type code after a noun (системы С-400, истребителей F-35, рейса PS752, Су-35С): letters and digits
# with a hyphen or none, at least one digit, the code's own
_CODE_AFTER = LazyPattern(r"[ \u00a0](?=[^\W_]+(?:-[^\W_]+)*-?\d)[^\W_]+(?:-[^\W_]+)*(?![\w-])")
# a number, a range of numbers, or a number with a case ending (2020, 2019-2020, 2020-го, 1990-х, 24-го, 3-я):
# a year, a date or a count, no code
_NUMBER_WITH_ENDING = LazyPattern(r"\d+(?:-\d+)*(?:-[а-яё]{1,4})?")


def _code_length(after: str) -> int:
    """How many characters at the start of ``after`` are a code naming the noun before it («системы С-400»,
    «истребителей F-35»): the noun's own name, which a possessor follows (системы С-400 России), 0 where none
    follows. A number alone, a range of them or a number with a case ending (a count, a year, a date: бюджет
    2020-го года, армия 1990-х) is none."""
    match = _CODE_AFTER.match(after)
    if match is None or _NUMBER_WITH_ENDING.fullmatch(match.group().strip()):
        return 0
    return len(match.group())


def _possessive_tail(text: str, end: int) -> str:
    match = re.match(r"['’]s?", text[end:])
    return match.group() if match else ""


_GAP = re.escape(_HYPHENS) + INVISIBLE_IN_WORD  # what may stand between a name and a copy of its word
# the word that ends a text before a name, and the one that opens a text after it, a gap apart (see below)
_WORD_BEFORE_GAP = LazyPattern(rf"(?<![^\W_])(?<!\u200c)({_SUFFIXED_WORD.pattern})[ \u00a0{_GAP}]+$")
_GAP_BEFORE_WORD = LazyPattern(rf"[ \u00a0{_GAP}]+({_SUFFIXED_WORD.pattern})")


def repeated_beside_names(pieces, language: str) -> list[tuple[str, str]]:
    """Words beside a rendered name that repeat one of its words (the model's copy of a name or of a
    part of it): pairs of (the word outside, the name)."""
    found = []
    names = grammar_for(language).NAMES
    for index, piece in enumerate(pieces):
        if piece.entry_id is None:
            continue
        name_keys = [skeleton(w, language) for w in _SUFFIXED_WORD.findall(piece.text)]
        # only text outside names: a name right beside another may share a word with it (علي مملوك علي شمخاني)
        before = pieces[index - 1].text if index > 0 and pieces[index - 1].entry_id is None else ""
        after = pieces[index + 1].text if index + 1 < len(pieces) and pieces[index + 1].entry_id is None else ""
        neighbours = [
            # any dash: Аль–; not the end of a word joined by a ZWNJ (the ای of نامه‌ای is no word of its own);
            # from a word's start only, so a long word is read once
            _WORD_BEFORE_GAP.search(before),
            _GAP_BEFORE_WORD.match(after),
        ]
        for neighbour in filter(None, neighbours):
            suffixed = _SUFFIXED_WORD.match(neighbour.group(1))
            if suffixed is None:
                continue
            raw = suffixed.group(1)
            if names.letters_no_misspelling_adds(raw, piece.text):
                continue  # رئيسا روسيا, "the two presidents of Russia": an ordinary word, no copy of the name
            key = skeleton(raw, language)
            if len(key) >= 2 and any(_echoes(key, name, language, raw) for name in name_keys):
                found.append((neighbour.group(1), piece.text))
    return found


def fused_beside_names(pieces, glossary: Glossary, language: str) -> list[tuple[str, str, str]]:
    """Words right beside a rendered person's name that are words of another person's name in the same
    sentence ("Хакан Али Мамлюк ... Хакан Фидан": the model swapped their first names): (the word, the
    name it stands beside, the other name). A word of the name's own rendering is a repeat, not this."""
    people = {
        piece.entry_id
        for piece in pieces
        if piece.entry_id in glossary
        and glossary[piece.entry_id].type in _PERSONS
        and language in glossary[piece.entry_id].renderings
    }
    if len(people) < 2:
        return []
    words_of = {entry_id: _rendering_keys(glossary[entry_id], language) for entry_id in people}
    names = grammar_for(language).NAMES
    cased = names.CASED
    found = []
    for index, piece in enumerate(pieces):
        if piece.entry_id not in people:
            continue
        before = pieces[index - 1].text if index > 0 and pieces[index - 1].entry_id is None else ""
        opening = _WORD.findall(piece.text)[:2]
        if any(names.honorific(opening[:count]) for count in (1, 2)):
            # "Emir Şeyh Temim" beside "Emir Hatemi": a word before an honorific is a title, no first name
            before = ""
        after = pieces[index + 1].text if index + 1 < len(pieces) and pieces[index + 1].entry_id is None else ""
        neighbours = [
            # from a word's start only, so a long word is read once (from each of its letters, a word of 10,000
            # letters beside a name took seconds)
            re.search(rf"(?<![^\W_])({_WORD.pattern})[ \u00a0]+$", before),
            re.match(rf"[ \u00a0]+({_WORD.pattern})", after),
        ]
        for neighbour in filter(None, neighbours):
            key = normalise(neighbour.group(1), language)
            if key in words_of[piece.entry_id] or (cased and not neighbour.group(1)[:1].isupper()):
                continue
            for other in sorted(people - {piece.entry_id}):
                if key in words_of[other]:
                    shown = glossary[other].renderings[language].forms(False)["nom"]
                    found.append((neighbour.group(1), piece.text, shown))
                    break
    return found


def _rendering_keys(entry: Entry, language: str) -> frozenset[str]:
    """The normalised words of every form of an entry's renderings in a language (particles left out:
    аль, бин are every name's)."""
    rendering = entry.renderings.get(language)
    every = (rendering.full, rendering.short) if rendering else ()  # not a first mention's titles (генерал)
    particles = grammar_for(language).NAMES.PARTICLES
    keys = {
        normalise(word, language) for forms in every if forms for text in forms.values() for word in _WORD.findall(text)
    }
    return frozenset(key for key in keys if len(key) > 2 and key not in particles)


def _echoes(word: str, name: str, language: str, raw: str) -> bool:
    if word == name:
        return True
    shorter, longer = sorted((word, name), key=len)
    if (
        len(shorter) >= 2
        and len(longer) - len(shorter) == 1
        and longer.startswith(shorter)
        and word_frequency(raw, language) < 4.5
    ):
        return True  # a short name cut or lengthened by a letter (عل beside علي), not a common word (إلى)
    return (
        min(len(word), len(name)) >= 5
        and word[0] == name[0]
        and edit_distance(word, name) <= allowed_edits(name, language)
    )


def _head_again(previous: _WordMatch | None, match: _WordMatch) -> bool:
    """Whether a word after a run's head word can only be that head word again, as the rendering's or as
    the common noun it is mistaken for: the run, which ends at its head, has ended (a rendering never holds
    its head noun twice)."""

    def positions(word: _WordMatch, kinds: tuple[str, ...]) -> set[int]:
        return {p for f in word.forms if f.kind in kinds for p in f.covers()}

    return (
        previous is not None
        and previous is not match  # one word of the rendering written as two (خاور میانه) matches once
        and positions(previous, ("name",)) == {0}
        and positions(match, ("name", "common")) == {0}
    )


@functools.lru_cache(maxsize=65536)
def _generic_translations_of(spelling: str, language: str) -> frozenset[str]:
    """The words (normalised) of ``language`` that translate the generic words of one English spelling or word:
    the same words whatever sentence asks, so each is looked up once per process (a sentence asks for every word
    of its source around each name)."""
    return frozenset(
        normalise(word, language)
        for word_en in re.findall(r"[^\W\d_]+", fold(spelling))
        for noun in common_noun_translations(word_en, language)
        for text in ((noun,) if isinstance(noun, str) else noun.values())
        for word in _WORD.findall(text)
    )
