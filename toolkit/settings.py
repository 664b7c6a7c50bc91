"""Newsroom settings: the publishing choices of one newsroom, in one YAML file.

``newsroom.yaml`` (in the newsroom project's folder, see :mod:`toolkit.project`,
or given with ``--settings``) holds what a newsroom decides: which editions a run writes, fonts, digits,
quotation marks, the calendar of the date line, the source line, the byline and the page; and its house
style for names: how an entity is introduced at its first mention, which annotations (legal notes such as
«(запрещена в РФ)») its editions print, and its own list of loaded forms for glossary lint.
What is a fact about a language (direction, script, CLDR's numbering systems
and quotation marks) stays in code. Every key is optional and a missing file
means the defaults below; README's "Settings reference" documents each one.
Unknown keys and bad values are UserErrors that name file, line and column.
"""

from __future__ import annotations

from dataclasses import field, fields, replace
from pathlib import Path
from typing import Any

from .errors import UserError, quoted, shown_path
from .glossary.model import ENTRY_TYPES
from .languages import TARGET_LANGUAGES, calendars
from .patterns import LazyPattern
from .records import dataclass

SETTINGS_FILE = "newsroom.yaml"
MAX_SETTINGS_BYTES = 1024**2  # the full reference file is 2 KB
EDITION_KINDS = ("side-by-side", "monolingual", "review")  # toolkit.publish.paths names their files
DIGIT_POLICIES = ("cldr", "native", "latn")
CALENDARS = ("gregorian", "persian")
CALENDAR_NAMES = {"gregorian": "Gregorian", "persian": "Persian (Solar Hijri)"}
DIRECTION_MARKS = ("isolates", "marks", "none")
DATE_FORMATS = ("long", "full")
ARABIC_ITALICS = ("bold", "plain")  # what an italic span of the source becomes in Arabic-script editions
PAGE_SIZES = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}  # width, height in cm
_CONTROL_CHARACTER = LazyPattern("[\x00-\x1f\x7f-\x9f]")  # ZWNJ, marks and no-break spaces are welcome
# Bidi embeddings and overrides reorder how the text after them shows (U+202E turns "2024" into "4202" and
# spills into the edition's next line), and zero-width spaces and byte-order marks are invisible: a byline or
# source line never needs them. Joiners, direction marks and isolates (ZWNJ, RLM, LRI...) are welcome.
_HIDDEN_CHARACTER = LazyPattern("[\u200b\u202a-\u202e\u2060\ufeff]")
# a font family name as fonts name themselves; nothing that could end a CSS string, rule or <style> element
FONT_NAME = LazyPattern(r"[^\W_][\w .'&+()-]{0,63}")
# an annotation kind, as glossary entries name it under annotations:
ANNOTATION_KIND = LazyPattern(r"[a-z0-9][a-z0-9-]{0,63}")


@dataclass(frozen=True)
class LanguageSettings:
    """How one language's editions look."""

    font: str
    digits: str = "cldr"  # cldr: the locale's default; native: its own digits; latn: 0-9
    quotes: str = "cldr"  # cldr, or the opening and closing marks, e.g. "«»", and those inside a quotation: "«»„“"
    calendar: str = "gregorian"
    source_line: str = ""  # {title} is the English title
    byline: str = ""  # the editions to publish: who wrote or translated them; empty: no byline
    annotations: tuple[str, ...] = ()  # annotation kinds printed after an entity's first mention

    @property
    def quote_marks(self) -> tuple[str, str] | None:
        """The newsroom's own pair of quotation marks, or None for CLDR's."""
        return None if self.quotes == "cldr" else (self.quotes[0], self.quotes[1])

    @property
    def nested_quote_marks(self) -> tuple[str, str] | None:
        """The newsroom's own marks for a quotation inside a quotation, or None for CLDR's."""
        return (self.quotes[2], self.quotes[3]) if self.quotes != "cldr" and len(self.quotes) == 4 else None


_DEFAULT_LANGUAGES = {
    "ar": LanguageSettings("Noto Naskh Arabic", source_line="ترجمة عن الإنجليزية. العنوان الأصلي: {title}"),
    "fa": LanguageSettings("Vazirmatn", calendar="persian", source_line="ترجمه از انگلیسی. عنوان اصلی: {title}"),
    "tr": LanguageSettings("Noto Serif", source_line="İngilizceden çevrilmiştir. Özgün başlık: {title}"),
    "ru": LanguageSettings("Noto Serif", source_line="Перевод с английского. Оригинальный заголовок: {title}"),
}


@dataclass(frozen=True)
class Settings:
    editions: tuple[str, ...] = ("side-by-side",)
    index: bool = False
    preview: bool = False
    preview_dpi: int = 80
    page: str = "A4"
    margin_cm: float = 2.0
    body_size: float = 10.5  # points; titles and headings scale with it
    latin_font: str = "Noto Serif"  # English text, and Latin words inside right-to-left text
    date_format: str = "long"
    direction_marks: str = "isolates"
    arabic_italics: str = "bold"  # Arabic script has no italics: italic spans are set bold, or plain
    # house style for names
    first_mention_in_headings: bool = False  # a name in a title or subheading is its first mention
    first_mention_full_name: tuple[str, ...] = ()  # entry types introduced by their full name
    loaded_forms: Path | None = None  # the newsroom's own list of loaded forms for glossary lint
    languages: dict[str, LanguageSettings] = field(default_factory=lambda: dict(_DEFAULT_LANGUAGES))
    path: Path | None = None  # the file these settings came from, if any

    def language(self, code: str) -> LanguageSettings:
        return self.languages[code]

    def with_digits(self, policy: str | None) -> Settings:
        """These settings with every language's digits set to ``policy`` (the ``--digits`` override).

        None leaves them as they are.
        """
        if policy is None:
            return self
        return replace(
            self, languages={code: replace(chosen, digits=policy) for code, chosen in self.languages.items()}
        )

    @property
    def page_size_cm(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page]


# The file's layout: section -> key -> Settings field (top-level sections; "languages" is per language).
SECTIONS = {
    "publish": {"editions": "editions", "index": "index", "preview": "preview", "preview_dpi": "preview_dpi"},
    "layout": {"page": "page", "margin_cm": "margin_cm", "body_size": "body_size", "latin_font": "latin_font"},
    "typography": {
        "date_format": "date_format",
        "direction_marks": "direction_marks",
        "arabic_italics": "arabic_italics",
    },
    "style": {
        "first_mention_in_headings": "first_mention_in_headings",
        "first_mention_full_name": "first_mention_full_name",
        "loaded_forms": "loaded_forms",
    },
}
LANGUAGE_KEYS = tuple(f.name for f in fields(LanguageSettings))


class _File:
    """The settings file being read, for located errors."""

    def __init__(self, path: Path):
        self.path = path

    def error(self, mapping, key: str | None, message: str, fix: str) -> UserError:
        line, column = mapping.position_of(key) if key is not None else (mapping.line, mapping.column)
        return UserError(message, path=self.path, line=line or None, column=column or None, fix=fix)

    def mapping(self, value, parent, key: str | None, where: str) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.error(
                parent,
                key,
                f"{where} must be a mapping of keys to values",
                f"write {where} as `key: value` lines indented under it",
            )
        return value

    def check_keys(self, mapping, allowed, where: str) -> None:
        for key in mapping:
            if key not in allowed:
                import difflib  # for a misspelt key only

                close = difflib.get_close_matches(str(key), list(allowed), n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                raise self.error(
                    mapping, key, f"unknown key {quoted(key)} in {where}", f"{hint}known keys: {', '.join(allowed)}"
                )


def _check_value(file: _File, mapping, key: str, value: Any, language: str | None = None) -> Any:
    """Return the value in the form Settings holds it, or raise a located UserError."""

    def bad(message: str, fix: str) -> UserError:
        return file.error(mapping, key, f"{key}: {message}", fix)

    def choice(options) -> str:
        if not isinstance(value, str) or value not in options:  # a list or mapping is not hashable: test first
            raise bad(f"{quoted(value)} is not allowed", f"use one of: {', '.join(options)}")
        return value

    def boolean() -> bool:
        from .yamlfile import boolean as yaml_boolean

        read = yaml_boolean(value)
        if read is None:
            raise bad(f"{quoted(value)} is not true or false", "write true or false")
        return read

    def number(low: float, high: float, integer: bool = False):
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or (integer and not isinstance(value, int))
            or not low <= value <= high
        ):
            kind = "a whole number" if integer else "a number"
            raise bad(
                f"{quoted(value)} is not {kind} from {low:g} to {high:g}", f"write {kind} from {low:g} to {high:g}"
            )
        return value

    def names_from(allowed, what: str, example: str) -> tuple[str, ...]:
        listed = [value] if isinstance(value, str) else value
        if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
            raise bad(f"{quoted(value)} is not a list of {what}", f"write a list, e.g. {example}")
        unknown = [item for item in listed if allowed is not None and item not in allowed]
        if unknown:
            raise bad(f"{quoted(unknown[0])} is not one of the {what}", f"use some of: {', '.join(allowed)}")
        return tuple(dict.fromkeys(listed))

    def text() -> str:
        if not isinstance(value, str) or not value.strip():
            raise bad(f"{quoted(value)} is not a text", "write a non-empty text (quote it if it has a colon)")
        if _CONTROL_CHARACTER.search(value.strip()):  # a DOCX (XML) cannot carry them
            raise bad(f"{quoted(value)} has a control character", "remove it (a \\x escape in quotes, or a stray tab)")
        hidden()
        return value.strip()

    def hidden() -> None:
        found = _HIDDEN_CHARACTER.search(value)
        if found:
            from .read.characters import character_name

            raise bad(
                f"{quoted(value)} holds an invisible {character_name(found.group())} (character {found.start() + 1})",
                "delete it (retype the text around it if you cannot see it); the editions set the direction of "
                "Latin words in Arabic and Persian text themselves (typography.direction_marks)",
            )

    if key == "editions":
        kinds = [value] if isinstance(value, str) else value
        if not isinstance(kinds, list) or not kinds or any(kind not in EDITION_KINDS for kind in kinds):
            raise bad(f"{quoted(value)} is not a list of edition kinds", f"write a list of: {', '.join(EDITION_KINDS)}")
        return tuple(dict.fromkeys(kinds))
    if key in ("index", "preview", "first_mention_in_headings"):
        return boolean()
    if key == "first_mention_full_name":
        return names_from(ENTRY_TYPES, "entry types", "[person]")
    if key == "annotations":
        kinds = names_from(None, "annotation kinds", "[banned-in-russia]")
        for kind in kinds:
            if not ANNOTATION_KIND.fullmatch(kind):
                raise bad(
                    f"{quoted(kind)} is not an annotation kind",
                    "write the kinds as glossary entries name them: lowercase letters, digits and hyphens",
                )
        return kinds
    if key == "loaded_forms":
        name = text()
        found = (file.path.parent / name) if not Path(name).is_absolute() else Path(name)
        if not found.is_file():
            raise bad(
                f"{quoted(name)} is not a file",
                "give the path of the newsroom's loaded-forms YAML file, relative to this settings file",
            )
        project = file.path.parent.resolve()
        if not found.resolve().is_relative_to(project):  # a shared settings file must not read /etc/shadow
            raise bad(
                f"{quoted(name)} is outside the folder of this settings file ({shown_path(project)})",
                "keep the loaded-forms file beside the settings file, or in a folder below it",
            )
        return found
    if key == "preview_dpi":
        return number(30, 300, integer=True)
    if key == "page":
        return choice(PAGE_SIZES)
    if key == "margin_cm":
        return float(number(0.5, 5))
    if key == "body_size":
        return float(number(6, 24))
    if key in ("latin_font", "font"):
        name = text()
        if not FONT_NAME.fullmatch(name):
            shown = repr(value) if len(repr(value)) <= 60 else f"{repr(value)[:50]}...' ({len(name):,} characters)"
            raise bad(
                f"{shown} is not a font name",
                "write the font family as installed, e.g. Noto Serif: letters, digits, spaces and - _ . ' & + "
                "( ) only, at most 64 characters",
            )
        return name
    if key == "date_format":
        return choice(DATE_FORMATS)
    if key == "direction_marks":
        return choice(DIRECTION_MARKS)
    if key == "arabic_italics":
        return choice(ARABIC_ITALICS)
    if key == "digits":
        return choice(DIGIT_POLICIES)
    if key == "calendar":
        choice(CALENDARS)
        if language is not None and value not in calendars(language):
            users = [code for code in TARGET_LANGUAGES if value in calendars(code)]
            raise bad(f"the {CALENDAR_NAMES[value]} calendar is for {', '.join(users)} editions", "use gregorian")
        return value
    if key == "quotes":
        if isinstance(value, str):
            hidden()
        if value == "cldr" or (
            isinstance(value, str)
            and len(value) in (2, 4)
            and not any(mark.isalnum() or mark.isspace() for mark in value)
            and not _CONTROL_CHARACTER.search(value)
        ):
            return value
        raise bad(
            f"{quoted(value)} is neither cldr nor a pair of marks (or two pairs)",
            'write cldr, or the two marks, e.g. "«»", and, if you like, the two inside a quotation: "«»„“"',
        )
    if key in ("source_line", "byline"):
        if key == "byline" and value == "":
            return ""  # no byline
        line = text()
        import string  # for the two settings with placeholders

        try:
            placeholders = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(line)]
        except ValueError as error:
            raise bad(
                f"unbalanced braces ({error})", "write {title} for the English title, {{ and }} for braces"
            ) from None
        names = {name for name, _, _ in placeholders if name is not None}
        formatted = [
            "{title" + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            for name, spec, conversion in placeholders
            if name == "title" and (spec or conversion)
        ]
        if formatted:  # the editions write the title as it is: a width or a conversion would be ignored silently
            raise bad(f"{formatted[0]} formats the title, which the editions do not do", "write {title} alone")
        if names - {"title"}:
            raise bad(
                f"unknown placeholder {{{sorted(names - {'title'})[0]}}}",
                "the only placeholder is {title}, the English title",
            )
        return line
    raise AssertionError(key)  # every key in SECTIONS and LANGUAGE_KEYS is handled above


def parse_settings(data: Any, path: Path) -> Settings:
    """Turn a loaded YAML document into Settings, checking every key and value."""
    file = _File(path)
    if data is None:
        return Settings(path=path)
    if not isinstance(data, dict):
        raise UserError(
            "the settings file must be a mapping (sections such as publish:, layout:, languages:)",
            path=path,
            line=1,
            fix="see the settings reference in README.md",
        )
    file.check_keys(data, (*SECTIONS, "languages"), "the settings file")
    values: dict[str, Any] = {}
    for section, keys in SECTIONS.items():
        mapping = file.mapping(data.get(section), data, section, section)
        file.check_keys(mapping, keys, section)
        for key, value in mapping.items():
            values[keys[key]] = _check_value(file, mapping, key, value)

    languages = dict(_DEFAULT_LANGUAGES)
    per_language = file.mapping(data.get("languages"), data, "languages", "languages")
    file.check_keys(per_language, TARGET_LANGUAGES, "languages")
    for code, block in per_language.items():
        mapping = file.mapping(block, per_language, code, f"languages.{code}")
        file.check_keys(mapping, LANGUAGE_KEYS, f"languages.{code}")
        changes = {key: _check_value(file, mapping, key, value, code) for key, value in mapping.items()}
        languages[code] = replace(languages[code], **changes)
    return Settings(**values, languages=languages, path=path)


def load_settings(path: Path | str | None = None, folder: Path | str | None = None) -> Settings:
    """Read the given settings file, or ``newsroom.yaml`` in ``folder`` (default: the working directory).

    A given file must exist; without one, a missing ``newsroom.yaml`` means the defaults.
    """
    from .yamlfile import load_yaml

    if path is None:
        found = Path(folder) / SETTINGS_FILE if folder is not None else Path(SETTINGS_FILE)
        if not found.is_file():
            return Settings()
        path = found
    path = Path(path)
    if not path.exists() and not path.is_symlink():  # a looping link is reported by the read
        raise UserError(
            "settings file not found",
            path=path,
            fix=f"check the path, or leave out --settings to use the project's {SETTINGS_FILE} or the defaults",
        )
    return parse_settings(load_yaml(path, max_bytes=MAX_SETTINGS_BYTES), path)
