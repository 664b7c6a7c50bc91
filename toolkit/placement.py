"""Put the glossary's names back into machine output, as slots.

A model cannot be told to write a word, so after translation every source
mention must be found in the output and become one slot, which the glossary
then renders canonically. Two ways are tried, in order:

1. **Locate** (the model translated the plain sentence). The model's
   rendering of each name is found by, in turn: the glossary's renderings in
   any form (:mod:`toolkit.locate`; case endings, Turkish suffixes, Arabic
   proclitics, spelling variants), the English spellings (a name the model
   copied), and a transliteration-aware fuzzy match (a name the model spelled
   its own way: "Мамлук" for "Мамлюк"). The grammatical ending the model chose
   is kept as the slot's form.
2. **Placeholders** (for sentences where locating failed: a name translated
   as a common noun, or mangled past recognition). Each mention is replaced
   by a numbered placeholder ``[[1]]`` and the sentence is translated again.
   Placeholders come back in every state real models leave them in: spaced,
   punctuated, with Arabic-Indic or Persian digits, reordered, duplicated or
   dropped. The parser accepts all of them, keeps the first copy of a
   duplicate, and reads an ending glued to a placeholder (Turkish 'ın,
   Russian -ом, Arabic proclitics) as the slot's form.

Whatever cannot be placed with confidence is reported: the segment is
flagged in the QA report and marked in the editions. A wrong name is never
published silently.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from .edition import Problem
from .glossary import Entry, Glossary
from .grammar import arabic, grammar_for, russian, turkish
from .localise import western_digits
from .locate import TargetLocator, normalise
from .matcher import Matcher, Mention
from .slots import Slot, Template

# A placeholder as sent: [[1]]. As received: any bracket pair (or none), spaces
# and stray punctuation inside, any digit system.
PLACEHOLDER_SENT = "[[{}]]"
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_PLACEHOLDER = re.compile(
    rf"(?P<clitic>[\u0648\u0641\u0628\u0644\u0643]{{0,2}})"  # Arabic proclitics glued before it
    rf"(?P<open>(?:[\[\{{⟦]\s*){{1,2}})[.,،;:]*\s*(?P<number>{_DIGIT}{{1,2}})\s*[.,،;:]*(?:\s*[\]\}}⟧]){{0,2}}"
    rf"(?P<ending>['’]?[^\W\d_]{{1,4}}\b)?"
)


@dataclass
class Placement:
    template: Template | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.template is not None and not any(p.severity == "error" for p in self.problems)


@dataclass(frozen=True)
class _Found:
    entry_id: str
    start: int
    end: int
    tokens: tuple[str, ...]


class NamePlacer:
    """Places one language's names in machine output; build once per run and language."""

    def __init__(self, glossary: Glossary, language: str, matcher: Matcher | None = None):
        self.glossary, self.language = glossary, language
        self.grammar = grammar_for(language)
        self.locator = TargetLocator(glossary, language)
        self.english = matcher or Matcher(glossary)  # English spellings the model copied

    # --- mode 1: locate names in a plain translation -------------------------------------------

    def locate(self, output: str, mentions: list[Mention]) -> Placement:
        wanted = [m.entry_id for m in mentions]
        found = [_Found(m.entry_id, m.start, m.end, self._valid(m.tokens)) for m in self.locator.find(output)]
        taken = [(f.start, f.end) for f in found]
        for mention in self.english.find(output):  # names the model copied in Latin letters
            if not _overlaps(mention.start, mention.end, taken):
                tokens = ("gen",) if mention.possessive and "gen" in self.grammar.TOKENS else ()
                end = mention.end + (len(_possessive_tail(output, mention.end)) if mention.possessive else 0)
                found.append(_Found(mention.entry_id, mention.start, end, tokens))
                taken.append((mention.start, end))
        missing = _missing(wanted, [f.entry_id for f in found])
        for entry_id in dict.fromkeys(missing):
            for fuzzy in self._fuzzy(output, self.glossary[entry_id], taken):
                found.append(fuzzy)
                taken.append((fuzzy.start, fuzzy.end))
        return self._template(output, mentions, found, mode="located")

    def _fuzzy(self, output: str, entry: Entry, taken: list[tuple[int, int]]) -> list[_Found]:
        """Words that are this entry's rendering spelled another way (one edit per five letters).

        The last word of the rendering is matched first (it carries the case
        ending); the words before it extend the match while they match too,
        so "Али Мамлоук" is one name, not "Али" followed by a name.
        """
        rendering = entry.renderings.get(self.language)
        if rendering is None:
            return []
        output_words = list(re.finditer(r"[^\W\d_][^\W_'’]*", output))
        results = []
        for forms in filter(None, (rendering.full, rendering.short)):
            name_words = forms["nom"].split()
            stem = _skeleton(name_words[-1], self.language)
            if len(stem) < 3:
                continue
            for index, match in enumerate(output_words):
                if _overlaps(match.start(), match.end(), taken):
                    continue
                candidate = _skeleton(match.group(), self.language)
                if not any(_close(candidate[: len(candidate) - cut] if cut else candidate, stem)
                           for cut in range(4)):  # the model's case ending, if any
                    continue
                start = match.start()
                for back, name_word in enumerate(reversed(name_words[:-1]), 1):
                    if index - back < 0:
                        break
                    before = output_words[index - back]
                    if output[before.end():start].strip() or not _close(
                            _skeleton(before.group(), self.language), _skeleton(name_word, self.language)):
                        break
                    start = before.start()
                results.append(_Found(entry.id, start, match.end(), self._ending_form(match.group(), forms)))
                taken.append((start, match.end()))
        return results

    def _ending_form(self, word: str, forms) -> tuple[str, ...]:
        """The case the model chose, read from how its word ends compared with the stored forms."""
        if self.language == "ru" and len(forms) > 1:
            nominative = forms["nom"].split()[-1].lower()
            best: tuple[str, ...] = ()
            longest = 0
            for case in ("gen", "dat", "acc", "ins", "prep"):
                form = forms[case].split()[-1].lower()
                ending = form[len(os.path.commonprefix([nominative, form])):]
                if ending and word.lower().endswith(ending) and len(ending) > longest:
                    best, longest = (case,), len(ending)
            return best
        if self.language == "tr" and ("'" in word or "’" in word):
            case = turkish.case_of_suffix(re.split(r"['’]", word, maxsplit=1)[1])
            return (case,) if case else ()
        return ()

    # --- mode 2: placeholders --------------------------------------------------------------------

    @staticmethod
    def mask(source: str, mentions: list[Mention]) -> str:
        """The source with each mention (and its possessive) replaced by a numbered placeholder."""
        parts, position = [], 0
        for number, mention in enumerate(mentions, 1):
            parts.append(source[position : mention.start])
            parts.append(PLACEHOLDER_SENT.format(number))
            position = mention.end + (len(_possessive_tail(source, mention.end)) if mention.possessive else 0)
        parts.append(source[position:])
        return "".join(parts)

    def restore(self, output: str, mentions: list[Mention]) -> Placement:
        """Turn placeholders in machine output back into slots, repairing what models do to them."""
        found: list[_Found] = []
        seen: set[int] = set()
        problems: list[Problem] = []
        for match in _PLACEHOLDER.finditer(output):
            number = int(western_digits(match.group("number")))
            if not 1 <= number <= len(mentions):
                if match.group("open").count("[") + match.group("open").count("{") > 1:
                    problems.append(Problem("warning", "placeholder-unknown",
                                            f"the model invented placeholder {match.group().strip()!r}; removed"))
                    found.append(_Found("", match.start(), match.end(), ()))
                continue
            if number in seen:
                problems.append(Problem("warning", "placeholder-duplicated",
                                        f"the model repeated {mentions[number - 1].surface!r}; the copy was removed"))
                found.append(_Found("", match.start(), match.end(), ()))
                continue
            seen.add(number)
            clitic, ending = match.group("clitic"), match.group("ending") or ""
            tokens, used_clitic, used_ending = self._glued_form(clitic, ending)
            start = match.start() if used_clitic else match.start() + len(clitic)
            end = match.end() if used_ending else match.end() - len(ending)
            found.append(_Found(mentions[number - 1].entry_id, start, end, tokens))
        placement = self._template(output, mentions, [f for f in found if f.entry_id], mode="placeholders",
                                   deleted=[(f.start, f.end) for f in found if not f.entry_id])
        placement.problems = problems + placement.problems
        return placement

    def _glued_form(self, clitic: str, ending: str) -> tuple[tuple[str, ...], bool, bool]:
        """Tokens from letters a model glued to a placeholder; whether the clitic and the ending were read."""
        tokens: list[str] = []
        used_clitic = used_ending = False
        if self.language == "ar" and clitic:
            letters = {letter: token for token, letter in arabic.PROCLITICS.items()}
            tokens = [letters[ch] for ch in clitic]
            used_clitic = arabic.check_tokens(tokens) is None
            if not used_clitic:
                tokens = []
        if self.language == "tr" and ending[:1] in ("'", "’"):
            case = turkish.case_of_suffix(ending[1:])
            if case:
                tokens, used_ending = [case], True
        elif self.language == "ru" and ending and ending[0] not in "'’":
            case = russian.GLUED_ENDINGS.get(ending.lower())
            if case:  # an indeclinable name keeps its one form: the ending goes either way
                tokens, used_ending = [case], True
        return tuple(tokens), used_clitic, used_ending

    # --- shared -----------------------------------------------------------------------------------

    def _valid(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        tokens = tuple(t for t in tokens if t in self.grammar.TOKENS)
        return tokens if self.grammar.check_tokens(tokens) is None else ()

    def _template(self, output: str, mentions: list[Mention], found: list[_Found], mode: str,
                  deleted: list[tuple[int, int]] | None = None) -> Placement:
        """Assign found spans to source mentions (in order, per entry) and build the template."""
        by_entry: dict[str, list[Mention]] = {}
        for mention in mentions:
            by_entry.setdefault(mention.entry_id, []).append(mention)
        spans: list[tuple[int, int, Slot | None]] = [(a, b, None) for a, b in deleted or []]
        for item in sorted(found, key=lambda f: f.start):
            queue = by_entry.get(item.entry_id)
            if not queue:
                continue  # a glossary name the source does not mention here: ordinary text
            mention = queue.pop(0)
            spans.append((item.start, item.end, Slot(item.entry_id, mention.short, self._valid(item.tokens))))
        problems = []
        for entry_id, left in by_entry.items():
            for mention in left:
                problems.append(Problem(
                    "error", "name-unplaced",
                    f"'{mention.surface}' ({entry_id}) could not be found in the machine translation "
                    f"({mode}); check this sentence by hand"))
        parts: list = []
        position = 0
        for start, end, slot in sorted(spans, key=lambda s: s[0]):
            if start < position:
                continue
            parts.append(output[position:start])
            if slot is not None:
                parts.append(slot)
            position = end
        parts.append(output[position:])
        text = "".join(p.code if isinstance(p, Slot) else p.replace("{", "(").replace("}", ")") for p in parts)
        return Placement(Template.parse(" ".join(text.split())), problems)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _possessive_tail(text: str, end: int) -> str:
    match = re.match(r"['’]s?", text[end:])
    return match.group() if match else ""


def _missing(wanted: list[str], found: list[str]) -> list[str]:
    pool = list(found)
    missing = []
    for entry_id in wanted:
        if entry_id in pool:
            pool.remove(entry_id)
        else:
            missing.append(entry_id)
    return missing


_TRANSLITERATE_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "iu",
    "я": "ia", "ь": "", "ъ": "",
})


def _skeleton(word: str, language: str) -> str:
    """A spelling-tolerant key: Cyrillic in Latin letters, Arabic script without vowels and variants."""
    word = normalise(word, language)
    if language == "ru":
        return word.translate(_TRANSLITERATE_TO_LATIN)
    if language in ("ar", "fa"):
        return "".join(ch for ch in word if ch not in "اويیى")
    return word


def _close(found: str, wanted: str) -> bool:
    """Spelled alike: at most one edit per five letters (one for short words)."""
    return bool(found) and _edit_distance(found, wanted) <= max(1, len(wanted) // 5)


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
