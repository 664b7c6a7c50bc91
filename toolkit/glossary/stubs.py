"""Glossary entries to approve, for names no entry covers yet (``toolkit glossary suggest``).

A stub is a glossary entry as an editor would write it, pre-filled with what
the run knows: an id unique in the glossary, the guessed type, the English
spellings met, and per language the provisional rendering the run chose from
machine output, with its grammatical forms for Russian and Turkish from the
proposed-forms code (:mod:`toolkit.glossary.forms`). What the run does not know
is never invented: a language without machine output is a comment saying so,
and a form the rules are unsure of is followed by a ``# check`` line.
``toolkit glossary add`` refuses an entry while any ``# check`` line or
missing language remains, so approving a stub is a deliberate act.

Counts, contexts, the reasons for the type guess and the glossary names inside
a name are comments above each entry; ``--json`` gives the same as data.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import field
from pathlib import Path

from toolkit.patterns import LazyPattern

from ..errors import UserError
from ..languages import ARABIC_SCRIPT_RANGES, TARGET_LANGUAGES, english_name, script
from ..problems import Location, Problem
from ..records import dataclass
from ..yamlfile import dump_inline
from .family_first import family_name_first
from .match import fold, spelling_key
from .model import ENTRY_TYPES, Entry, Glossary, Rendering
from .suggest import NAME_PARTICLES, PERSON_PARTICLES, Candidate

# the languages whose forms the toolkit proposes (toolkit.grammar.proposals.LANGUAGES, which a run writing no stub
# does not import)
_FORMS_LANGUAGES = ("ru", "tr")

MAX_RENDERING_LENGTH = 200
MAX_ID_LENGTH = 48
_PARTICLES = NAME_PARTICLES | PERSON_PARTICLES  # words a name may write joined to the next (ابومحمد)
# particles as Russian, Arabic and Persian write them, which open a part of a name and never end one
_PARTICLES_IN_TARGET_SCRIPTS = frozenset(
    "аль ал ас аш ат ад аз ан ар эль бин ибн абу фон ван дер де ди дю да ла ле بن ابن أبو ابو ال".split()
)
DOUBT_MARK = "# check"  # the start of a comment line that `toolkit glossary add` refuses until deleted
_ARABIC_SCRIPT = LazyPattern(f"[{ARABIC_SCRIPT_RANGES}]")


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


# per script: whether a letter belongs to it, and what to say of a model's output that is not all in it
_SCRIPT_LETTERS = {
    "Arab": (lambda ch: bool(_ARABIC_SCRIPT.match(ch)), "the model's output is not all in Arabic script"),
    "Cyrl": (_cyrillic, "the model's output is not all in Cyrillic"),
}


@dataclass(frozen=True)
class Doubt:
    """Something an editor must check before approving: named, with the other candidate where there is one."""

    field: str  # "ru.name", "ar.short"...; empty when the reason names it
    reason: str
    cases: tuple[str, ...] = ()
    alternative: Mapping[str, str] = dataclasses.field(default_factory=dict)
    in_forms_block: bool = False  # already written as a '# check' line by the proposed-forms report

    def comment(self) -> str:
        cases = f" {', '.join(self.cases)}" if self.cases else ""
        text = f"{DOUBT_MARK} {self.field}{cases}: {self.reason}" if self.field else f"{DOUBT_MARK}: {self.reason}"
        if self.alternative:
            text += "; otherwise " + ", ".join(f"{case} {form}" for case, form in self.alternative.items())
        return text

    def as_dict(self) -> dict:
        return {
            "field": self.field,
            "cases": list(self.cases),
            "reason": self.reason,
            "alternative": dict(self.alternative),
        }


@dataclass
class ProposedRendering:
    """One language of a stub: the provisional rendering and what follows from it, or why there is none."""

    language: str
    provisional: str | None  # the run's provisional rendering, as given
    name: str | None = None  # the rendering proposed for approval (None: nothing usable)
    short: str | None = None
    short_from_name: bool = False  # the short rendering was cut from the name, by position
    forms: dict[str, dict[str, str]] | None = None  # ru/tr: {"name": {case: form}, "short": {...}}
    indeclinable: bool = False
    yaml_lines: list[str] = field(default_factory=list)  # the language block, indented for an entry
    doubts: list[Doubt] = field(default_factory=list)
    missing: str | None = None  # why there is no rendering to approve
    unfound: bool = False  # none because the run searched the model's output for the name and did not find it
    copied: bool = False  # none because a test copy model wrote the language's output: it copies the English

    def as_dict(self) -> dict:
        return {
            "provisional": self.provisional,
            "name": self.name,
            "short": self.short,
            "short_from_name": self.short_from_name,
            "forms": self.forms,
            "indeclinable": self.indeclinable if self.forms else None,
            "doubts": [d.as_dict() for d in self.doubts],
            "missing": self.missing,
        }


@dataclass
class Stub:
    """A glossary entry to approve, for one candidate."""

    candidate: Candidate
    id: str
    type: str
    name: str
    short: str | None
    variants: list[str]
    renderings: dict[str, ProposedRendering]
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (spelling, the glossary entry that has it)
    people_inside: list[str] = field(default_factory=list)  # ids of glossary people whose names it contains

    @property
    def spellings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([self.name] + ([self.short] if self.short else []) + self.variants))


def build_stubs(
    candidates: Iterable[Candidate],
    glossary: Glossary,
    provisional: Mapping[str, Mapping[str, str]] | None = None,
    languages: Iterable[str] = TARGET_LANGUAGES,
    searched: Iterable[str] = (),
    copied: Iterable[str] = (),
) -> list[Stub]:
    """One stub per candidate.

    ``provisional`` maps a candidate's name (``Candidate.name``) to its
    provisional rendering per language (language -> text; an empty text or a
    missing language means there is no machine output for it). ``searched``
    are the languages whose machine output a run searched for every name: there,
    a name without a rendering was not found in the output (translated, or
    spelt in a way no look recognises), which its stub says. ``copied`` are the
    languages a test copy model translated: its output copies the English, so
    it has no rendering to propose, which the stub says rather than "no machine
    output".
    """
    searched, copied = set(searched), set(copied)
    provisional = provisional or {}
    wanted = set(languages)
    languages = [code for code in TARGET_LANGUAGES if code in wanted]  # in the glossary's order
    claimed = {spelling_key(s): entry.id for entry in glossary for s in entry.spellings}
    taken = set(glossary.entries)
    stubs = []
    for candidate in candidates:
        spellings = [candidate.name] + ([candidate.short] if candidate.short else []) + list(candidate.variants)
        kept, left_out = [], []
        for spelling in spellings:
            owner = claimed.get(spelling_key(spelling))
            (left_out.append((spelling, owner)) if owner else kept.append(spelling))
        if not kept or kept[0] != candidate.name:
            continue  # the glossary has the name itself: nothing to add
        short = candidate.short if candidate.short in kept else None
        variants = [v for v in candidate.variants if v in kept]
        stub_id = _unique_id(candidate, short, taken)
        taken.add(stub_id)
        stub = Stub(candidate, stub_id, candidate.type, candidate.name, short, variants, {}, left_out)
        if candidate.type == "person":  # "Mojtaba Khamenei": the glossary's Khamenei, or another person?
            stub.people_inside = [
                entry_id
                for entry_id, _ in candidate.glossary_inside
                if entry_id in glossary and glossary[entry_id].type == "person"
            ]
        given = provisional.get(candidate.name, {})
        for language in languages:
            stub.renderings[language] = _rendering(
                stub, language, given.get(language) or "", language in searched, language in copied
            )
        _lint_renderings(stub)
        stubs.append(stub)
    return stubs


# --- ids --------------------------------------------------------------------------------------------------


# letters that carry no combining mark to drop, written as English copy writes them: Jørgensen -> jorgensen
_LATIN_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d"}
    | {"Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"}  # Đoković, Ðorđe, Þór: the capital had no letter left
)


def _slug(text: str, limit: int = MAX_ID_LENGTH) -> str:
    text = text.translate(_LATIN_LETTERS)
    text = re.sub(r"(?<=\w)['\u2019\u02bc](?=\w)", "", fold(text))  # People's -> peoples, Moody's -> moodys
    text = re.sub(r"(?<=\w)\+(?!\w)", "-plus", text)  # OPEC+ -> opec-plus, not OPEC's id
    slug = re.sub(r"[^a-z0-9]+", "-", re.sub(r"(?<=\w)&(?=\w)", "", text)).strip("-")  # S&P -> sp
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def _unique_id(candidate: Candidate, short: str | None, taken: set[str]) -> str:
    """A person by surname ('lavrov'), an organisation by acronym ('irgc'), others by name; unique."""
    choices = []
    if candidate.type == "person":
        choices.append(_slug(_person_id_words(candidate.name, short)))
    elif short and any(len(word) > 1 and word.isupper() for word in short.split()):  # IRGC, AK Party, Africa CDC
        choices.append(_slug(short))
    elif len(_slug(candidate.name, limit=1000)) > MAX_ID_LENGTH and 2 < len(initials := _initials(candidate.name)) < 6:
        choices.append(initials)  # "Organization of the Petroleum Exporting Countries" -> opec, not cut short
    choices.append(_slug(candidate.name))
    choices = [c for c in choices if c] or ["name"]
    for choice in choices:
        if choice not in taken:
            return choice
    number = 2
    while f"{choices[-1]}-{number}" in taken:
        number += 1
    return f"{choices[-1]}-{number}"


def _initials(name: str) -> str:
    """The first letters of a long name's words, without 'of', 'the', 'and' and name particles."""
    skipped = NAME_PARTICLES | {"of", "the", "and", "for", "on", "in"}
    return "".join(word[0] for word in re.findall(r"[a-z0-9]+", fold(name)) if word not in skipped)


_GENERATIONS = frozenset("jr jr. sr sr. ii iii iv v vi junior filho neto sobrinho".split())
_NAMED_BEFORE = frozenset("junior filho neto sobrinho".split())  # Portuguese: "Vinícius Júnior" is Vinícius


_KOREAN_GIVEN_NAME = LazyPattern(r"[A-Z][a-z]+-[a-z]+")  # Duck-soo, Jae-myung: written after the family name


def _person_id_words(name: str, short: str | None) -> str:
    """The words of a person's id: its short form as the copy met it ('xi' for "Xi said", 'lam' for "To Lam ...
    Lam said"), else a Chinese or Korean name's first word, its family name ('li' for 'Li Qiang'; see
    :mod:`toolkit.glossary.family_first`), else the surname without its particles ('jolani', 'leyen'); the whole
    name where
    the surname is a father's name two princes share ('abdulaziz-bin-salman') or the name is one word and a
    generation ('abdullah-ii'); never the generation ('Robert F. Kennedy Jr.' -> 'kennedy')."""
    words, generation = name.split(), ""
    while len(words) > 1 and fold(words[-1]) in _GENERATIONS:
        generation = fold(words.pop())
    if len(words) == 1:  # "Abdullah II"; but "Vinícius Júnior" is known by his first name
        return words[0] if len(name.split()) > 1 and generation in _NAMED_BEFORE else name
    if len(words) >= 3 and fold(words[-2]) in PERSON_PARTICLES:  # "Abdulaziz bin Salman"
        return " ".join(words)
    particle = next((i for i, w in enumerate(words[1:-1], 1) if fold(w) in ("bin", "ibn", "bint")), None)
    if short and particle is not None and fold(short) == fold(words[0]):
        # a prince known by his first name: "Mohammed bin Abdulrahman bin Jassim Al Thani" -> his and his father's
        return " ".join(words[: particle + 2])
    usable_short = short and len(short.split()) <= 2 and fold(short.split()[-1]) not in _GENERATIONS
    if not usable_short and (
        (len(words) == 2 and _KOREAN_GIVEN_NAME.fullmatch(words[1])) or family_name_first(" ".join(words))
    ):  # "Han Duck-soo", "Li Qiang", "Kim Jong Un": the family name first, where the copy never names it alone
        return words[0]
    surname = short if short and usable_short else words[-1]
    return " ".join(w for w in re.split(r"[\s\-]+", surname) if fold(w) not in NAME_PARTICLES) or surname


# --- renderings -------------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _unusable(language: str, text: str) -> str | None:
    """Why a provisional rendering cannot be proposed as it is, or None."""
    if len(text) > MAX_RENDERING_LENGTH:
        return f"the model's output is too long for a name ({len(text)} characters)"
    if any(unicodedata.category(ch)[0] == "C" and ch != "\u200c" for ch in text):
        return "the model's output contains control or invisible characters"
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "the model's output has no letters"
    written_in = script(language)
    if written_in in _SCRIPT_LETTERS:
        belongs, otherwise = _SCRIPT_LETTERS[written_in]
        if not all(belongs(ch) for ch in letters):
            return "the model left it in Latin letters" if any(ch.isascii() for ch in letters) else otherwise
    elif any(_ARABIC_SCRIPT.match(ch) or _cyrillic(ch) for ch in letters):
        return "the model's output is not in Latin letters"
    return None


def _short_by_position(stub: Stub, language: str, text: str) -> str | None:
    """The words of a rendering standing where the English short form stands in the name, if they line up.

    "Lavrov" ends "Sergei Lavrov", so "Лавров" is taken from "Сергей Лавров"; "Jolani" is the end of
    "Abu Mohammad al-Jolani" without its particle, and so is "Джулани" of "аль-Джулани".
    """
    if not stub.short:
        return None
    name_words, short_words, rendered = stub.name.split(), stub.short.split(), text.split()
    if len(rendered) != len(name_words) or len(short_words) >= len(name_words):
        return None
    folded = [fold(w) for w in name_words]
    wanted = [fold(w) for w in short_words]
    if folded[-len(wanted) :] == wanted:
        return " ".join(rendered[-len(wanted) :])
    if folded[: len(wanted)] == wanted:
        return " ".join(rendered[: len(wanted)])
    last = re.split(r"[-\u2010\u2011]", name_words[-1], maxsplit=1)
    if len(wanted) == 1 and len(last) == 2 and fold(last[0]) in NAME_PARTICLES and fold(last[1]) == wanted[0]:
        word = rendered[-1]
        if script(language) == "Arab":
            return word  # the article is written joined: الجولاني
        pieces = re.split(r"[-\u2010\u2011]", word, maxsplit=1)
        return pieces[1] if len(pieces) == 2 and pieces[1] else None
    return None


def _part_of_the_name(stub: Stub, text: str) -> str | None:
    """Why a rendering may be only part of the name, or None: a person's name with fewer words than the
    English one ("علي يلدريم" read from "محمد علي يلدريم" for "Mehmet Ali Yıldırım", the model's own spelling
    of the first name not being recognised), a rendering cut after a particle ("Рифаат аль" for "Rifaat
    al-Assad"), or the acronym standing for a name of several words."""
    last = text.split()[-1]
    if last.casefold() in _PARTICLES | _PARTICLES_IN_TARGET_SCRIPTS or last.endswith(("-", "\u2010")):
        return f"it ends in {last!r}, a particle no name ends in: the model's output was cut; write the whole name"
    words = len(text.split())
    english_words = len([w for w in stub.name.split() if fold(w) not in _PARTICLES])  # ابومحمد: Abu Mohammad
    if words >= english_words:
        return None
    if stub.type == "person":
        return (
            f"{words} word{'s' * (words > 1)} where {stub.name!r} has {english_words}: only part of the name may "
            "have been found in the model's output (a first name in the model's own spelling); write the whole name"
        )
    if words == 1 and text.isupper() and text != stub.name:
        return f"the acronym, not the name {stub.name!r}: write the name, and the acronym as the short rendering"
    return None


def _rendering(
    stub: Stub, language: str, given: str, searched: bool = False, copied: bool = False
) -> ProposedRendering:
    text = _clean(given)
    result = ProposedRendering(language, given or None)
    if not text:
        result.unfound = searched
        result.copied = copied and not searched
        if result.copied:
            result.missing = "a test copy model translated this run, and its output copies the English"
        elif searched:
            result.missing = "not found in the model's output (translated, or spelt in a way not recognised)"
        else:
            result.missing = "no machine output for this name yet"
        result.yaml_lines = [
            f"  # {language}: {result.missing}: write the {english_name(language)} rendering" + _forms_hint(language)
        ]
        return result
    problem = _unusable(language, text)
    if problem:
        result.missing = problem
        shown = text if len(text) <= 60 else text[:57] + "…"
        result.yaml_lines = [
            f"  # {language}: {_comment(problem)} ({_comment(dump_inline([shown])[1:-1])}): "
            f"write the {english_name(language)} rendering" + _forms_hint(language)
        ]
        return result
    result.name = text
    doubt = _part_of_the_name(stub, text)
    if doubt:
        result.doubts.append(Doubt(f"{language}.name", doubt))
    result.short = _short_by_position(stub, language, text)
    result.short_from_name = result.short is not None
    if language in _FORMS_LANGUAGES:
        _with_forms(stub, result)
    else:
        block = {"name": text, **({"short": result.short} if result.short else {})}
        result.yaml_lines = [f"  {language}: {dump_inline(block)}"]
    if result.short_from_name and result.name is not None:
        result.doubts.append(
            Doubt(f"{language}.short", f"cut from the name, where {stub.short!r} stands in {stub.name!r}")
        )
    elif stub.short and result.name is not None:
        result.yaml_lines.append(f"  # {language}.short: write the short rendering (for {stub.short!r})")
    return result


def _forms_hint(language: str) -> str:
    from ..grammar.proposals import FORMS_HINTS  # the forms' code: imported when a stub is written

    return FORMS_HINTS.get(language, "")


def _with_forms(stub: Stub, result: ProposedRendering) -> None:
    """Russian and Turkish: the forms the proposed-forms code gives, as the YAML block it writes."""
    from ..grammar.proposals import Target
    from ..grammar.propose import propose
    from .forms import report

    language, name = result.language, result.name
    assert name is not None  # only a rendering with a name gets forms
    texts = [("name", name)] + ([("short", result.short)] if result.short else [])
    transient = _as_entry(stub, {language: Rendering(language, {"nom": name})}, line=1)
    try:
        proposals = {
            label: propose(language, text, entry_type=stub.type, english=stub.spellings) for label, text in texts
        }
        block = report(
            [Target(language, label, text, None, None) for label, text in texts], transient, stub.type, None, None
        )
    except UserError as error:
        result.name = result.short = None
        result.short_from_name = False
        result.missing = f"its forms could not be proposed: {error.message}"
        fix = f" ({error.fix})" if error.fix else ""
        result.yaml_lines = [
            f"  # {language}: {_comment(dump_inline([texts[0][1]])[1:-1])} from the model's "
            f"output, but {_comment(result.missing + fix)}"
        ]
        return
    result.forms = {label: dict(proposal.forms) for label, proposal in proposals.items()}
    result.indeclinable = any(proposal.indeclinable for proposal in proposals.values())
    result.doubts += [
        Doubt(f"{language}.{label}", doubt.reason, tuple(doubt.cases), dict(doubt.alternative), True)
        for label, proposal in proposals.items()
        for doubt in proposal.doubts
    ]
    # the report's first line is its own heading; the block follows, indented into the entry
    result.yaml_lines = ["  " + line for line in block.splitlines()[1:]]


def _as_entry(
    stub: Stub, renderings: dict[str, Rendering], line: int, positions: dict[str, tuple[int, int]] | None = None
) -> Entry:
    """The stub as a glossary entry with these renderings, for the glossary's own forms and lint code."""
    return Entry(
        stub.id,
        stub.type,
        stub.name,
        stub.short,
        tuple(stub.variants),
        "",
        renderings,
        Location(Path("<stub>"), line),
        field_positions=positions or {},
    )


def _lint_renderings(stub: Stub) -> None:
    """The glossary's own lint rules on the proposed renderings: each finding becomes a doubt to check."""
    from .lint import lint_entry

    renderings = {}
    for language, proposed in stub.renderings.items():
        if proposed.name is None:
            continue
        full = proposed.forms["name"] if proposed.forms else {"nom": proposed.name}
        short = (proposed.forms or {}).get("short") or ({"nom": proposed.short} if proposed.short else None)
        renderings[language] = Rendering(language, full, short)
    if not renderings:
        return
    positions = {language: (index, 1) for index, language in enumerate(renderings, 1)}
    entry = _as_entry(stub, renderings, line=0, positions=positions)
    by_line = {line: language for language, (line, _) in positions.items()}
    for finding in lint_entry(entry):
        found = by_line.get(finding.place.line)
        if found is not None:
            stub.renderings[found].doubts.append(Doubt("", _finding_text(finding)))


def _finding_text(finding: Problem) -> str:
    return finding.message + (f" ({finding.fix})" if finding.fix else "")


# --- YAML and data ----------------------------------------------------------------------------------------


def _comment(text: str) -> str:
    """Text safe inside a YAML comment: one line, no control, format or line-separator characters."""
    return "".join(" " if unicodedata.category(ch)[0] in ("C", "Z") and ch != " " else ch for ch in text).strip()


HEADER = """\
# Names no glossary entry covers yet, as entries to approve. For each one you keep:
# check the type and the English spellings, write or correct each rendering, and
# delete each '# check' line once you have checked what it names. Delete the stubs
# you do not want, then add the rest to a glossary file:
#   toolkit glossary add THIS-FILE --to glossaries/people.yaml
"""


def stubs_yaml(stubs: Iterable[Stub]) -> str:
    """The stubs as YAML an editor completes and `toolkit glossary add` appends."""
    parts = [HEADER]
    for stub in stubs:
        parts.append("\n".join(_stub_lines(stub)) + "\n")
    return "\n".join(parts)


def _stub_lines(stub: Stub) -> list[str]:
    candidate = stub.candidate
    articles = candidate.articles
    lines = [
        f"# {_comment(stub.name)}: {_times(candidate.count)} in {len(articles)} "
        f"article{'s' if len(articles) != 1 else ''} ({_comment(', '.join(articles))})"
    ]
    lines += [f"#   {_comment(c.article)} {c.segment}: {_comment(c.text)}" for c in candidate.contexts_found]
    lines.append(f"# type: a guess ({_comment('; '.join(candidate.type_reasons))})")
    for entry_id, surface in candidate.glossary_inside:
        lines.append(
            f"# inside it: {_comment(surface)} (glossary entry {entry_id}) is part of this name, "
            f"not rendered on its own here"
        )
    for entry_id in stub.people_inside:
        lines.append(
            f"# note: if this is the person of the glossary entry {entry_id}, add {_comment(stub.name)!r} to "
            f"that entry's variants instead"
        )
    for spelling, owner in stub.left_out:
        lines.append(f"# left out: the spelling {_comment(spelling)!r} belongs to the glossary entry {owner}")
    for other in candidate.ambiguous_short:
        lines.append(f"# note: the one-word form could also be short for {_comment(other)!r}")
    given = [code for code, r in stub.renderings.items() if r.name is not None]
    unfound = [code for code, r in stub.renderings.items() if r.name is None and r.unfound]
    copied = [code for code, r in stub.renderings.items() if r.name is None and r.copied]
    absent = [code for code, r in stub.renderings.items() if r.name is None and code not in unfound + copied]
    left = ""
    if unfound:
        left += f"; {', '.join(unfound)}: not found in the model's output"
    if copied:
        left += f"; {', '.join(copied)}: a test copy model's output, which copies the English"
    if absent:
        left += f"; {', '.join(absent)}: none yet"
    if given:
        lines.append(f"# renderings: {', '.join(given)} from the model's output in this run (provisional){left}")
    elif unfound and not absent and not copied:
        lines.append("# renderings: none found in the model's output in this run")
    elif copied and not absent and not unfound:
        lines.append(
            "# renderings: none (a test copy model translated this run: its output copies the English; "
            "install a real model, or write each rendering)"
        )
    elif copied or unfound:
        lines.append(f"# renderings: none ({left[2:]})")
    else:
        lines.append("# renderings: none yet (no machine output for this name in this run)")
    lines.append(f"- id: {stub.id}")
    lines.append(f"  type: {stub.type}")
    if not candidate.type_sure:
        lines.append(f"  {_comment(type_doubt(candidate).comment())}")
    if stub.variants:
        lines.append("  en:")
        lines.append(f"    name: {_scalar(stub.name)}")
        if stub.short:
            lines.append(f"    short: {_scalar(stub.short)}")
        lines.append(f"    variants: {dump_inline(stub.variants)}")
    else:
        english = {"name": stub.name, **({"short": stub.short} if stub.short else {})}
        lines.append(f"  en: {dump_inline(english)}")
    for proposed in stub.renderings.values():
        lines += proposed.yaml_lines
        lines += ["  " + _comment(doubt.comment()) for doubt in proposed.doubts if not doubt.in_forms_block]
    return lines


def type_doubt(candidate: Candidate) -> Doubt:
    """The '# check type' line of a stub whose type little tells (see Candidate.type_sure)."""
    return Doubt(
        "type",
        f"guessed {candidate.type} from little ({'; '.join(candidate.type_reasons) or 'nothing'}); "
        f"set one of {', '.join(ENTRY_TYPES)}",
    )


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def _scalar(text: str) -> str:
    return dump_inline([text])[1:-1]


def stubs_data(stubs: Iterable[Stub]) -> list[dict]:
    """The stubs as plain data (for --json): the same content as the YAML."""
    data = []
    for stub in stubs:
        candidate = stub.candidate
        data.append(
            {
                "id": stub.id,
                "type": stub.type,
                "type_reasons": list(candidate.type_reasons),
                "type_sure": candidate.type_sure,
                "en": {"name": stub.name, "short": stub.short, "variants": list(stub.variants)},
                "count": candidate.count,
                "articles": candidate.articles,
                "contexts": [
                    {"article": c.article, "segment": c.segment, "text": c.text} for c in candidate.contexts_found
                ],
                "occurrences": [
                    {
                        "article": o.article,
                        "segment": o.segment,
                        "start": o.start,
                        "end": o.end,
                        "surface": o.surface,
                        "possessive": o.possessive,
                        "glossary_inside": [
                            {"entry": i.entry_id, "start": i.start, "end": i.end, "surface": i.surface}
                            for i in o.glossary_inside
                        ],
                    }
                    for o in candidate.occurrences
                ],
                "glossary_inside": [
                    {"entry": entry_id, "surface": surface} for entry_id, surface in candidate.glossary_inside
                ],
                "left_out": [{"spelling": spelling, "entry": owner} for spelling, owner in stub.left_out],
                "people_inside": list(stub.people_inside),
                "ambiguous_short": list(candidate.ambiguous_short),
                "renderings": {code: rendering.as_dict() for code, rendering in stub.renderings.items()},
            }
        )
    return data
