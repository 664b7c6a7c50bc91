"""Proper-name candidates that no glossary entry covers.

A candidate is a run of capitalised words in running text (headlines are
title-cased, so title and subheadings are skipped) that no glossary mention
covers. Words that are capitalised for other reasons are left out: the first
word of a sentence (unless the same word is capitalised mid-sentence
elsewhere), titles and ranks (President, Gen.), nationality adjectives
(Syrian, Iranian), months and weekdays, and the pronoun I. Runs may hold
lowercase name particles (al, bin, of: "Chief of Staff", "Bashar al Assad").
A one-word candidate that ends a longer one ("Biden" after "Joe Biden") is
grouped with it as its short form.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .document import BlockKind, Document
from .glossary import Glossary
from .matcher import PARTICLES, Matcher, fold

TITLES = frozenset("""
president presidents prime minister ministers minister's defence defense foreign interior finance lieutenant
general gen generals chief emir ayatollah sheikh shaikh king queen prince princess crown secretary commander
colonel col major maj admiral brigadier captain capt sergeant mr mrs ms dr prof professor national security
intelligence deputy vice head director ambassador senator sen governor gov mayor spokesman spokeswoman
spokesperson pope cardinal bishop imam grand supreme leader chairman chairwoman speaker premier chancellor
marshal field officer army navy air force forces ministry department
""".split())
DEMONYMS = frozenset("""
afghan albanian algerian american arab arabian argentine argentinian armenian australian austrian azerbaijani
azeri bahraini belarusian belgian bosnian brazilian british bulgarian canadian chinese croatian cuban cypriot
czech danish dutch egyptian emirati english eritrean ethiopian european finnish french georgian german greek
gulf hungarian indian indonesian iranian iraqi irish israeli italian japanese jordanian kazakh kenyan korean
kurdish kuwaiti lebanese libyan lithuanian malaysian mexican moroccan norwegian omani pakistani palestinian
persian polish portuguese qatari romanian russian saudi scottish serbian slovak somali spanish sudanese
swedish swiss syrian tajik tunisian turkish turkmen ukrainian uzbek venezuelan vietnamese welsh western
eastern northern southern yemeni sunni shia shiite islamic muslim christian jewish
""".split())
NOT_NAMES = frozenset("i tv pm am ok the a an".split())


def _calendar_words() -> frozenset[str]:
    """English month and weekday names (CLDR, via babel)."""
    from babel import Locale

    english = Locale("en")
    names = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names.update(english.months[context][width].values())
            names.update(english.days[context][width].values())
    return frozenset(fold(name).rstrip(".") for name in names)

_ORGANISATION_WORDS = frozenset("""front party council ministry army organisation organization agency company
bank university movement brigade brigades group union house committee court""".split())
_PLACE_WORDS = frozenset("""palace square street airport base river sea mountains province region city valley
island islands gulf strait bay lake desert district county state republic""".split())
_CALENDAR: frozenset[str] = frozenset()
_TOKEN = re.compile(r"[^\W\d_][\w’'.\-]*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass
class Candidate:
    name: str
    count: int = 0
    contexts: list[str] = field(default_factory=list)
    shorter: list[str] = field(default_factory=list)  # one-word forms grouped under this name
    preceded_by_title: bool = False

    @property
    def guessed_type(self) -> str:
        if self.preceded_by_title:
            return "person"
        last = self.name.split()[-1].lower()
        if last in _ORGANISATION_WORDS or (self.name.isupper() and len(self.name) > 1):
            return "organisation"
        if last in _PLACE_WORDS or len(self.name.split()) == 1:
            return "place"
        return "person"

    @property
    def id(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", fold(self.name)).strip("-")


def _clean(word: str) -> str:
    return _POSSESSIVE.sub("", word.rstrip(".")) if not word.endswith("Gen.") else word


def _is_stop(word: str) -> bool:
    key = fold(_clean(word)).rstrip(".")
    if key.endswith("s") and key[:-1] in DEMONYMS:  # "Iranians"
        return True
    return (key in TITLES or key in DEMONYMS or key in NOT_NAMES or key in _CALENDAR
            or "-" in key and key.split("-")[0] in DEMONYMS)


def _candidates_in(text: str, covered: list[tuple[int, int]], mid_sentence_capitals: set[str]):
    """Yield (name, start, preceded_by_title) runs of capitalised words in one sentence."""
    tokens = [m for m in _TOKEN.finditer(text)]
    run: list = []
    title_before = False

    def flush():
        nonlocal run
        while run and (fold(run[-1].group()) in PARTICLES or _is_stop(run[-1].group())):
            run.pop()
        if run:
            start, end = run[0].start(), run[-1].end()
            name = _clean(text[start:end])
            if name:
                yield name, start, title_before
        run = []

    for index, token in enumerate(tokens):
        word = token.group()
        inside_mention = any(a <= token.start() < b for a, b in covered)
        sentence_initial = index == 0 or text[tokens[index - 1].end():token.start()].strip() in {"(", "‘", "“", '"', "'"}
        capitalised = word[0].isupper()
        if inside_mention:
            yield from flush()
            title_before = False
            continue
        if capitalised and sentence_initial and fold(_clean(word)) not in mid_sentence_capitals:
            yield from flush()
            title_before = _is_stop(word)
            continue
        if capitalised and not _is_stop(word):
            run.append(token)
        elif run and fold(word) in PARTICLES and index + 1 < len(tokens) and tokens[index + 1].group()[0].isupper():
            run.append(token)
        else:
            yield from flush()
            title_before = capitalised and _is_stop(word)
    yield from flush()


def suggest(document: Document, glossary: Glossary, matcher: Matcher | None = None) -> list[Candidate]:
    """Uncovered proper-name candidates in running text, most frequent first."""
    global _CALENDAR
    if not _CALENDAR:
        _CALENDAR = _calendar_words()
    matcher = matcher or Matcher(glossary)
    sentences = [s.text for b in document.blocks if b.kind is BlockKind.PARAGRAPH for s in b.segments]
    mid_sentence = {fold(_clean(m.group())) for s in sentences for i, m in enumerate(_TOKEN.finditer(s))
                    if i > 0 and m.group()[0].isupper()}
    found: dict[str, Candidate] = {}
    for sentence in sentences:
        covered = [(m.start, m.end) for m in matcher.find(sentence)]
        for name, start, titled in _candidates_in(sentence, covered, mid_sentence):
            candidate = found.setdefault(fold(name), Candidate(name))
            candidate.count += 1
            candidate.preceded_by_title |= titled
            if len(candidate.contexts) < 2:
                left, right = max(0, start - 50), min(len(sentence), start + len(name) + 50)
                candidate.contexts.append(("…" if left else "") + sentence[left:right] + ("…" if right < len(sentence) else ""))
    # group "Biden" under "Joe Biden"
    by_last_word = defaultdict(list)
    for key, candidate in found.items():
        if len(candidate.name.split()) > 1:
            by_last_word[fold(candidate.name.split()[-1])].append(candidate)
    for key in list(found):
        candidate = found[key]
        longer = by_last_word.get(key) if len(candidate.name.split()) == 1 else None
        if longer and len(longer) == 1:
            longer[0].shorter.append(candidate.name)
            longer[0].count += candidate.count
            longer[0].preceded_by_title |= candidate.preceded_by_title
            longer[0].contexts = (longer[0].contexts + candidate.contexts)[:2]
            del found[key]
    return sorted(found.values(), key=lambda c: (-c.count, c.name))


def yaml_stubs(candidates: list[Candidate], languages=("ar", "fa", "tr", "ru")) -> str:
    """Glossary entries to paste and complete; the renderings are left for an editor."""
    from .yamlfile import dump_inline

    lines = []
    for candidate in candidates:
        lines.append(f"# {candidate.count}x: " + " | ".join(candidate.contexts))
        lines.append(f"- id: {candidate.id}")
        lines.append(f"  type: {candidate.guessed_type}  # a guess: check it")
        english = {"name": candidate.name}
        if candidate.shorter:
            english["short"] = candidate.shorter[0]
        lines.append(f"  en: {dump_inline(english)}")
        lines += [f"  # {code}: {{name: ...}}" for code in languages]
        lines.append("")
    return "\n".join(lines)
