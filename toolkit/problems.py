"""Problems: every finding the toolkit reports, as one located type, with every code catalogued here.

A :class:`Problem` is located where a person can fix it: at a file position
(a glossary field, a line of stubs: :attr:`Problem.location`) or at a segment
of an edition (:attr:`Problem.language`, :attr:`Problem.segment_id`). Its
``code`` is one of :data:`CODES`, which says, for each, its default severity
and what it means (as spaCy's ``Errors``/``Warnings`` do), and, for the
errors that hold an edition back, how the QA gate counts them. Glossary lint,
the glossary loader, ``glossary add``, rendering, name placement, QA, the
gate and the report all use these codes.

Severity: an **error** stops what depends on it (a glossary error stops a
translation run; a segment error holds its edition back); a **warning** is
advice, and marks a segment for an editor where it concerns its names.
"""

from __future__ import annotations

from pathlib import Path

from .errors import UserError, shown_path
from .records import dataclass

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Code:
    """One kind of problem: its code, default severity, what it means, and how the gate counts it."""

    name: str
    severity: str
    meaning: str
    counted_as: str | None = None  # the QA gate's words for a number of them: "names the translation lost"
    counted_as_one: str | None = None  # and for one of them: "name the translation lost"

    def counted(self, count: int) -> str:
        """``count`` of this problem in the QA gate's words: "1 name the translation lost", "2 names ..."."""
        label = (self.counted_as_one if count == 1 else None) or self.counted_as or self.name
        return f"{count} {label}"


def _catalogue(*codes: Code) -> dict[str, Code]:
    return {code.name: code for code in codes}


CODES = _catalogue(
    # --- glossaries: the YAML files editors maintain (located at file:line:column)
    Code("yaml", ERROR, "the file is not valid YAML"),
    Code("schema", ERROR, "an entry breaks the glossary schema (an unknown key, a missing name, a bad id or form)"),
    Code("empty-file", WARNING, "a glossary file holds no entries, so translations naming them cannot be published"),
    Code("duplicate-id", ERROR, "two entries of one source (or a stub and the glossary) share an id"),
    Code("spelling-conflict", ERROR, "two entries claim one English spelling"),
    Code("spaces", ERROR, "leading, trailing or double spaces in a spelling or rendering"),
    Code("invisible", ERROR, "an invisible or control character in a spelling or rendering"),
    Code("zwnj", ERROR, "a zero-width non-joiner where it does nothing or does not belong"),
    Code("lookalike", ERROR, "Latin and Cyrillic letters mixed in one word"),
    Code(
        "common-word", ERROR, "an English spelling that is one common word (The, A, of), found in nearly every sentence"
    ),
    Code(
        "script",
        ERROR,
        "letters of another script in a rendering (Latin in ar/fa/ru, Arabic ي/ك in Persian, Persian ی/ک in Arabic)",
    ),
    Code("turkish-i", ERROR, "a Turkish dotted or dotless I/i written the English way"),
    Code("forbidden", ERROR, "a rendering also listed among the entry's forbidden spellings"),
    Code("missing-language", ERROR, "an entry without a rendering in a language the run needs"),
    Code("missing-short", WARNING, "an English short form without a short rendering"),
    Code("loaded-form", WARNING, "a rendering uses a deferential or loaded form; the neutral one is suggested"),
    Code("doubt", ERROR, "glossary add: a stub still has a line saying what to check"),
    Code("placeholder", ERROR, "glossary add: a stub still has placeholder text"),
    # --- the source article
    Code(
        "source-characters",
        WARNING,
        "invisible, bidi or control characters were removed from the source, or a word mixes look-alike letters "
        "of two scripts",
    ),
    Code("source-verbatim", WARNING, "a code block or HTML block was kept verbatim, untranslated"),
    Code(
        "source-encoding",
        WARNING,
        "an HTML page declares an encoding no browser knows (<meta charset>); it was read as UTF-8, which it is",
    ),
    Code(
        "source-not-carried",
        WARNING,
        "something in the source the editions do not carry (an image, a footnote, "
        "a comment, a text box, inline HTML, a link title)",
    ),
    Code(
        "unsafe-link",
        WARNING,
        "a link whose address could run code (javascript:, data:, ...) was removed; its text was kept",
    ),
    # --- rendering names from slots
    Code(
        "unknown-entry",
        ERROR,
        "a slot names no glossary entry",
        "names whose glossary entry is missing",
        "name whose glossary entry is missing",
    ),
    Code(
        "no-rendering",
        ERROR,
        "a slot's entry has no rendering in the language",
        "names without a rendering in this language",
        "name without a rendering in this language",
    ),
    Code(
        "no-short-form",
        ERROR,
        "a slot asks for a short form the entry lacks",
        "names without the short form asked for",
        "name without the short form asked for",
    ),
    Code(
        "bad-form",
        ERROR,
        "a slot asks for a form the language lacks",
        "names asked for in a form the language lacks",
        "name asked for in a form the language lacks",
    ),
    Code(
        "no-adjective",
        ERROR,
        "a slot asks for an adjective form the entry does not write out",
        "adjectives the glossary lacks",
        "adjective the glossary lacks",
    ),
    Code(
        "first-mention-form",
        WARNING,
        "an entity's first mention keeps its usual form: the form its introduction needs is not known",
    ),
    Code("annotation-placement", WARNING, "an annotation after a first mention stands inside or beside brackets"),
    # --- translation
    Code(
        "truncated",
        ERROR,
        "the model stopped at its length limit",
        "sentences cut short by the model",
        "sentence cut short by the model",
    ),
    Code(
        "too-many-names",
        ERROR,
        "a sentence names more names than one sentence can (a list or table pasted as one paragraph): not translated",
        "sentences with too many names to translate",
        "sentence with too many names to translate",
    ),
    Code(
        "sentence-cut",
        WARNING,
        "a sentence too long for the model at once was translated in pieces, joined where the source was cut",
    ),
    Code(
        "memory-adapted-name", WARNING, "a stored translation was reused with another name, which words may agree with"
    ),
    Code(
        "name-unplaced",
        ERROR,
        "a source name could not be placed in the machine translation",
        "names that could not be placed",
        "name that could not be placed",
    ),
    Code("name-form-uncertain", WARNING, "the grammatical form of a placed name is a guess"),
    Code(
        "name-from-common-word",
        WARNING,
        "a name replaced the common word the model translated it as; words agreeing with that word may not fit",
    ),
    Code(
        "name-agreement",
        WARNING,
        "a verb or short adjective agrees with the model's words a name replaced, not with the name",
    ),
    Code(
        "name-beside",
        WARNING,
        "words beside a placed name the source does not have (a title, another first name, a gloss of the name)",
    ),
    Code(
        "memory-unit-unreadable",
        WARNING,
        "the memory's unit for the sentence could not be read (skipped), so another engine translated it",
    ),
    Code(
        "memory-unit-unreviewed",
        WARNING,
        "the memory holds the sentence only in a unit another tool marked as not reviewed (a draft, machine "
        "output), so another engine translated it",
    ),
    Code(
        "memory-unit-joined",
        WARNING,
        "the memory holds the sentence as units of an older sentence split (cut after initials or before a "
        "footnote mark); their translations were joined",
    ),
    Code(
        "memory-unit-cut",
        WARNING,
        "the memory holds the sentence in one unit with its neighbours, of an older sentence split; its translation "
        "was cut where its sentences end, names and numbers agreeing",
    ),
    Code(
        "memory-split-changed",
        WARNING,
        "reviewed translations of the memory no longer match the article's sentences (the sentence splitter cuts "
        "them otherwise now), so they were not used",
    ),
    Code("placeholder-duplicated", WARNING, "the model repeated a name's placeholder"),
    Code("placeholder-unknown", WARNING, "the model wrote a placeholder the sentence does not have"),
    # --- formatting carried into a translation (bold, italics, links, inline code, line breaks)
    Code(
        "format-lost",
        ERROR,
        "a link or inline code of the source could not be placed in the translation",
        "links or inline code the translation lost",
        "link or inline code the translation lost",
    ),
    Code(
        "emphasis-lost",
        WARNING,
        "bold, italics, underlining, strike-through or a line break of the source could "
        "not be placed in the translation",
    ),
    Code(
        "verbatim-lost",
        ERROR,
        "an address, handle, hashtag, coordinate or footnote mark of the source (hidden from the model, to come "
        "back as written) was dropped by the model",
        "addresses, handles, hashtags, coordinates or footnote marks the translation lost",
        "address, handle, hashtag, coordinate or footnote mark the translation lost",
    ),
    Code(
        "format-repaired",
        WARNING,
        "formatting came back damaged from the model (an opening without its closing, "
        "a copy, crossed tags) and was repaired by a guess: check where it starts "
        "and ends",
    ),
    # --- QA of every translated segment
    Code("empty", ERROR, "the translation is empty", "empty translations", "empty translation"),
    Code(
        "name-missing",
        ERROR,
        "a name of the source is missing from the translation",
        "names the translation lost",
        "name the translation lost",
    ),
    Code("name-extra", WARNING, "a name appears more often in the translation than in the source"),
    Code(
        "forbidden-variant",
        ERROR,
        "a forbidden spelling of a name is used",
        "forbidden spellings",
        "forbidden spelling",
    ),
    Code(
        "arabic-letters",
        ERROR,
        "Arabic ي or ك in Persian text",
        "segments with Arabic letters in Persian text",
        "segment with Arabic letters in Persian text",
    ),
    Code(
        "persian-letters",
        ERROR,
        "Persian ی or ک in Arabic text",
        "segments with Persian letters in Arabic text",
        "segment with Persian letters in Arabic text",
    ),
    Code("numbers", WARNING, "the numbers differ from the source's"),
    Code("unpaired", WARNING, "an unpaired bracket or quotation mark"),
    Code(
        "untranslated",
        ERROR,
        "English left in the translation",
        "segments left untranslated",
        "segment left untranslated",
    ),
    Code("latin-words", WARNING, "capitalised Latin-script words in a non-Latin text: names to add to the glossary?"),
    Code("name-repeated", ERROR, "a word beside a name repeats part of it"),
    Code("name-unsourced", WARNING, "a name stands in the translation that the source does not mention there"),
    Code("name-variant", ERROR, "a name written in English or another spelling instead of the glossary's"),
    Code("name-lowercase", WARNING, "a name opens a sentence in lowercase"),
    Code("name-case-governor", WARNING, "a Russian name in a case its preposition does not allow"),
    Code(
        "name-provisional",
        WARNING,
        "a name no glossary entry covers yet, written in the run's provisional "
        "rendering (one per name and language); approve it with `glossary add`",
    ),
    Code(
        "name-provisional-unfound",
        WARNING,
        "a name no glossary entry covers yet, not found in the translation: the model's words stand, unchecked",
    ),
)


@dataclass(frozen=True)
class Location:
    """A position in a file a person edits."""

    path: Path
    line: int
    column: int = 1

    def __str__(self) -> str:  # as messages name a file: a line end or a bidi override in its name escaped
        return f"{shown_path(self.path)}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One problem, located: at a file position, or at a segment of an edition in one language."""

    severity: str  # "error" or "warning"
    code: str  # one of CODES, e.g. "name-missing"
    message: str
    language: str = ""  # an edition's problem: its language and segment
    segment_id: str = ""
    location: Location | None = None  # a file's problem: where to fix it
    entry_id: str | None = None  # the glossary entry it concerns
    fix: str | None = None

    @classmethod
    def at(
        cls,
        location: Location,
        code: str,
        message: str,
        *,
        entry_id: str | None = None,
        fix: str | None = None,
        severity: str | None = None,
    ) -> Problem:
        """A problem in a file, with the code's default severity unless another is given."""
        return cls(severity or CODES[code].severity, code, message, location=location, entry_id=entry_id, fix=fix)

    @property
    def place(self) -> Location:
        """Where a file's problem is (glossary and stub findings always say); ValueError for an edition's."""
        if self.location is None:
            raise ValueError(f"problem {self.code!r} has no place in a file")
        return self.location

    def sort_key(self) -> tuple[str, int, int]:
        """Problems of files in file order: path, line, column."""
        return str(self.place.path), self.place.line, self.place.column

    def __str__(self) -> str:
        where = (
            f"{self.location}: " if self.location else (f"{self.language} {self.segment_id}: " if self.language else "")
        )
        text = f"{where}{self.severity}: " + (f"{self.entry_id}: " if self.entry_id else "") + self.message
        return text + (f"\n  fix: {self.fix}" if self.fix else "")

    def as_dict(self) -> dict:
        """As JSON reports it: a file's problem as ``glossary check --json`` does (its code under "rule"),
        an edition's as report.json does."""
        if self.location is not None:
            return {
                "path": str(self.location.path),
                "line": self.location.line,
                "column": self.location.column,
                "entry": self.entry_id,
                "severity": self.severity,
                "rule": self.code,
                "message": self.message,
                "fix": self.fix,
            }
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "language": self.language,
            "segment_id": self.segment_id,
        }

    def as_user_error(self) -> UserError:
        prefix = f"{self.entry_id}: " if self.entry_id else ""
        location = self.location
        return UserError(
            prefix + self.message,
            path=location.path if location else None,
            line=location.line if location else None,
            column=location.column if location else None,
            fix=self.fix,
        )
