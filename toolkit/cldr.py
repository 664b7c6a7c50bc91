"""The CLDR facts a run reads through babel, kept in the cache folder so that a run need not load babel's data.

Localising an edition reads a few facts about each language from CLDR: its name in itself, its direction and
numbering systems, its number symbols and percent and currency patterns, its currencies' symbols, its year
ranges, its month and weekday names and its date patterns; and two lists that are no language's: the ISO codes
of every currency and of those some territory uses today. babel reads them from its locale data, which it
merges with the data of the root locale at first use: about 35 ms of CPU for the four languages and English,
in every run (and every worker process of a batch), for a few kilobytes of facts.

So the facts are read from babel once and kept in the cache folder's ``cldr/``, one small file named by a hash
of which babel is installed (:func:`babel_key`), the Python version and this module's code, which reads them (a
babel upgrade, or a toolkit that reads a fact otherwise under the same version number, reads them again). The
file holds plain values only (strings, lists, dicts, read with :func:`marshal.loads` and checked field by
field): one that is missing, cut short, of another shape or unwritable only makes the run read babel again,
never changes what it writes. Without a cache folder (no home folder) every fact comes from babel, as before.

Dates are written from the kept patterns and names by :func:`format_date`, which writes what
``babel.dates.format_date`` writes for the pattern letters CLDR's date formats of these languages use (day,
month, year, weekday and quoted text), reading a pattern as babel's tokenizer does (its quotes, its literal
letters); a pattern with any other field is formatted by babel.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .records import dataclass

FORMAT = 2  # bump when what is kept changes shape
FOLDER = "cldr"
SOURCE = Path(__file__)  # the code that reads and keeps the facts: the kept file is named by its content
MAX_FILE_BYTES = 4 * 1024**2
_LENGTHS = ("short", "medium", "long", "full")


@dataclass(frozen=True)
class LocaleFacts:
    """What the toolkit reads of one language's CLDR data (see the module's docstring)."""

    code: str
    native_name: str | None  # the language's name in itself (العربية), None where CLDR has none
    rtl: bool
    numbering_system: str  # CLDR's default: arabext for fa, latn for the others
    native_numbering_system: str  # the native one (arab for ar), latn where CLDR names none
    number_symbols: dict[str, dict[str, str]]  # numbering system (the two above and latn) -> name -> symbol
    percent_pattern: str  # the percent format's pattern (#,##0%)
    currency_pattern: str  # the standard currency format's pattern (#,##0.00 ¤)
    currency_symbols: dict[str, str]  # ISO code -> the locale's symbol, for the currencies it names
    year_interval: tuple[str, str] | None  # CLDR's interval of years between years (y–, y), None without one
    date_patterns: dict[str, str]  # short, medium, long, full -> the date format's pattern
    months: dict[str, list[str]]  # format-wide, format-abbreviated, stand-alone-wide -> January..December
    weekdays: list[str]  # the format context's wide names, Monday first


@dataclass(frozen=True)
class _Kept:
    locales: dict[str, LocaleFacts]
    currency_codes: frozenset[str] | None
    tender_codes: tuple[str, frozenset[str]] | None  # (the day they were read for, the codes)
    places: tuple[dict[str, str], tuple[str, ...]] | None  # see english_places


_kept: _Kept | None = None
_file_read = False


def locale_facts(code: str) -> LocaleFacts:
    """The CLDR facts of language ``code``: kept ones when there are, else read from babel (and kept)."""
    kept = _read_kept()
    found = kept.locales.get(code)
    if found is None:
        found = _from_babel(code)
        _keep(_Kept({**kept.locales, code: found}, kept.currency_codes, kept.tender_codes, kept.places))
    return found


def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of every currency CLDR knows (babel's ``list_currencies()``)."""
    kept = _read_kept()
    if kept.currency_codes is None:
        from babel.numbers import list_currencies

        codes = frozenset(list_currencies())
        _keep(_Kept(kept.locales, codes, kept.tender_codes, kept.places))
        return codes
    return kept.currency_codes


def tender_codes(today: date | None = None) -> frozenset[str]:
    """The ISO 4217 codes of the currencies some territory uses on ``today`` (default: today), as CLDR has them:
    USD, EUR, TRY, IRR; not the old ones (DEM, ESP, BAD) nor the funds and metals (XAU)."""
    day = (today or date.today()).isoformat()
    kept = _read_kept()
    if kept.tender_codes is not None and kept.tender_codes[0] == day:
        return kept.tender_codes[1]
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    when = date.fromisoformat(day)
    codes = frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, start_date=when)
    )
    _keep(_Kept(kept.locales, kept.currency_codes, (day, codes), kept.places))
    return codes


def english_places() -> tuple[dict[str, str], tuple[str, ...]]:
    """The English names of CLDR's territories by code (babel's ``Locale("en").territories``) and the ids of its
    time zones (``get_global("zone_territories")``: Europe/Athens, Asia/Tehran), which the survey of names reads
    places from: kept, so that a survey loads neither babel nor its English locale data."""
    kept = _read_kept()
    if kept.places is not None:
        return kept.places
    from babel import Locale
    from babel.core import get_global

    places = (
        {str(code): str(name) for code, name in Locale("en").territories.items()},
        tuple(get_global("zone_territories")),
    )
    _keep(_Kept(kept.locales, kept.currency_codes, kept.tender_codes, places))
    return places


def format_date(day: date, length: str, code: str) -> str:
    """``day`` in language ``code``'s date format of ``length`` (short, medium, long, full): what
    ``babel.dates.format_date(day, length, locale=code)`` writes."""
    facts = locale_facts(code)
    pattern = facts.date_patterns.get(length)
    written = _formatted(day, pattern, facts) if pattern is not None else None
    if written is None:
        from babel.dates import format_date as babel_format_date

        return babel_format_date(day, length, locale=code)
    return written


# the letters that are fields in CLDR's pattern syntax as babel reads it (babel.dates.PATTERN_CHARS); any other
# character is literal text
_FIELD_LETTERS = frozenset("ABDEFGHKLMOQSVWXYZabcdeghkmqsuvwxyz")


def _pattern_parts(pattern: str) -> list[tuple[str, int] | str]:
    """``pattern`` read as ``babel.dates.tokenize_pattern`` reads it: a field as (letter, count), literal text as
    a string. '' is a quote wherever it stands (inside quoted text or not, even two in a row); text in single
    quotes is literal; a quote left open drops the text after it, as babel does."""
    parts: list[tuple[str, int] | str] = []
    literal: list[str] = []
    quoted: list[str] | None = None
    field, count = "", 0
    for character in pattern.replace("''", "\0"):
        if quoted is not None:
            if character == "'":
                literal.extend(quoted)
                quoted = None
            else:
                quoted.append(character)
        elif character == "'":
            if field:
                parts.append((field, count))
                field, count = "", 0
            elif literal:
                parts.append("".join(literal).replace("\0", "'"))
                literal = []
            quoted = []
        elif character in _FIELD_LETTERS:
            if literal:
                parts.append("".join(literal).replace("\0", "'"))
                literal = []
            if character == field:
                count += 1
            else:
                if field:
                    parts.append((field, count))
                field, count = character, 1
        else:
            if field:
                parts.append((field, count))
                field, count = "", 0
            literal.append(character)
    if field:
        parts.append((field, count))
    elif literal:
        parts.append("".join(literal).replace("\0", "'"))
    return parts


def _formatted(day: date, pattern: str, facts: LocaleFacts) -> str | None:
    """``day`` written with ``pattern`` (days, months, years, wide weekdays), None for a field it does not
    write, which babel then writes."""
    written = []
    for part in _pattern_parts(pattern):
        if isinstance(part, str):
            written.append(part)
            continue
        letter, count = part
        if letter == "d" and count <= 2:
            written.append(f"{day.day:0{count}d}")
        elif letter == "M" and count <= 2:
            written.append(f"{day.month:0{count}d}")
        elif letter == "M" and count == 3:
            written.append(facts.months["format-abbreviated"][day.month - 1])
        elif letter == "M" and count == 4:
            written.append(facts.months["format-wide"][day.month - 1])
        elif letter == "y":
            year = day.year % 100 if count == 2 else day.year
            written.append(f"{year:0{count}d}")
        elif letter == "E" and count == 4:
            written.append(facts.weekdays[day.weekday()])
        else:
            return None
    return "".join(written)


def _from_babel(code: str) -> LocaleFacts:
    from babel import Locale

    locale = Locale.parse(code)
    default = locale.default_numbering_system
    native = locale.other_numbering_systems.get("native", "latn")
    symbols = {
        system: {name: str(value) for name, value in locale.number_symbols[system].items()}
        for system in dict.fromkeys((default, native, "latn"))
        if system in locale.number_symbols
    }
    try:
        first, second = locale.interval_formats["y"]["y"]
        interval: tuple[str, str] | None = (str(first), str(second))
    except (KeyError, ValueError, TypeError):
        interval = None

    def names(context: str, width: str) -> list[str]:
        return [str(locale.months[context][width][month]) for month in range(1, 13)]

    return LocaleFacts(
        code=code,
        native_name=locale.get_display_name(code),
        rtl=locale.text_direction == "rtl",
        numbering_system=default,
        native_numbering_system=native,
        number_symbols=symbols,
        percent_pattern=locale.percent_formats[None].pattern,
        currency_pattern=locale.currency_formats["standard"].pattern,
        currency_symbols={str(currency): str(symbol) for currency, symbol in locale.currency_symbols.items()},
        year_interval=interval,
        date_patterns={length: locale.date_formats[length].pattern for length in _LENGTHS},
        months={
            "format-wide": names("format", "wide"),
            "format-abbreviated": names("format", "abbreviated"),
            "stand-alone-wide": names("stand-alone", "wide"),
        },
        weekdays=[str(locale.days["format"]["wide"][weekday]) for weekday in range(7)],
    )


def kept_file() -> Path | None:
    """The file the facts are kept in (None without a cache folder): named by which babel is installed, the
    Python version and this module's code (:data:`SOURCE`; none kept when it cannot be read)."""
    from .files import NoHomeFolder, cache_folder

    try:
        folder = cache_folder() / FOLDER
    except NoHomeFolder:
        return None
    code = _source_key(SOURCE)
    if code is None:
        return None
    key = hashlib.blake2b(
        "\0".join((str(FORMAT), babel_key(), sys.version, code)).encode("utf-8", "surrogatepass"),
        digest_size=16,
    ).hexdigest()
    return folder / f"{key}.marshal"


@lru_cache(maxsize=2)
def _source_key(source: Path) -> str | None:
    """A hash of the code at ``source`` (about 16 KB, read once a process), None when it cannot be read."""
    try:
        return hashlib.blake2b(source.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return None


def babel_key() -> str:
    """Which babel is installed, without importing it (which costs a run that needs none of its data about 8
    ms): its folder, and the size and time of change of its code's first file and of its data's two roots (an
    upgrade or a reinstall writes them anew)."""
    from .batch.fingerprint import library_key

    return library_key("babel", "__init__.py", "global.dat", "locale-data/root.dat")


def cached_files() -> list[Path]:
    """The kept files in the cache folder (for ``toolkit cache info`` and ``clear``)."""
    from .files import NoHomeFolder, cache_folder

    try:
        folder = cache_folder() / FOLDER
    except NoHomeFolder:
        return []
    with contextlib.suppress(OSError):
        return sorted(path for path in folder.glob("*.marshal") if path.is_file() and not path.is_symlink())
    return []


def forget() -> None:
    """Forget the facts this process has read, so that the next question reads the cache folder's file again
    (for a process whose cache folder changes, as tests' do)."""
    global _kept, _file_read
    _kept, _file_read = None, False


def _read_kept() -> _Kept:
    global _kept, _file_read
    if _kept is None:
        _kept = _Kept({}, None, None, None)
        path = kept_file()
        if path is not None and not _file_read:
            _file_read = True
            from .glossary.cache import read_cached

            _kept = _plain_kept(read_cached(path, MAX_FILE_BYTES)) or _kept
    return _kept


def _keep(kept: _Kept) -> None:
    """Use ``kept`` in this process, and keep it in the cache folder (a file that cannot be written: not kept)."""
    global _kept
    _kept = kept
    path = kept_file()
    if path is None:
        return
    from .errors import UserError
    from .files import write_atomic

    with contextlib.suppress(UserError, OSError, ValueError):
        write_atomic(path, _marshalled(kept))


def _marshalled(kept: _Kept) -> bytes:
    import marshal

    locales = {
        code: {
            "code": facts.code,
            "native_name": facts.native_name,
            "rtl": facts.rtl,
            "numbering_system": facts.numbering_system,
            "native_numbering_system": facts.native_numbering_system,
            "number_symbols": facts.number_symbols,
            "percent_pattern": facts.percent_pattern,
            "currency_pattern": facts.currency_pattern,
            "currency_symbols": facts.currency_symbols,
            "year_interval": list(facts.year_interval) if facts.year_interval is not None else None,
            "date_patterns": facts.date_patterns,
            "months": facts.months,
            "weekdays": facts.weekdays,
        }
        for code, facts in kept.locales.items()
    }
    currencies = sorted(kept.currency_codes) if kept.currency_codes is not None else None
    tender = [kept.tender_codes[0], sorted(kept.tender_codes[1])] if kept.tender_codes is not None else None
    places = [kept.places[0], list(kept.places[1])] if kept.places is not None else None
    return marshal.dumps(
        {"format": FORMAT, "locales": locales, "currencies": currencies, "tender": tender, "places": places}
    )


def _plain_kept(plain: Any) -> _Kept | None:
    """The facts of a kept file's value, None when it is not what :func:`_marshalled` writes, field by field."""
    if type(plain) is not dict or plain.get("format") != FORMAT:
        return None
    try:
        locales = {}
        for code, fields in _checked(plain["locales"], dict).items():
            facts = _locale(_checked(code, str), _checked(fields, dict))
            if facts is None:
                return None
            locales[code] = facts
        currencies = plain["currencies"]
        tender = plain["tender"]
        places = plain["places"]
        return _Kept(
            locales,
            frozenset(_strings(currencies)) if currencies is not None else None,
            (_checked(tender[0], str), frozenset(_strings(tender[1])))
            if tender is not None and type(tender) is list and len(tender) == 2
            else None,
            (_texts(places[0]), tuple(_strings(places[1])))
            if places is not None and type(places) is list and len(places) == 2
            else None,
        )
    except (KeyError, TypeError, ValueError):
        return None


def _locale(code: str, fields: dict) -> LocaleFacts | None:
    interval = fields["year_interval"]
    if interval is not None and (type(interval) is not list or len(interval) != 2):
        return None
    months = {context: _strings(_checked(fields["months"], dict)[context]) for context in _MONTH_CONTEXTS}
    weekdays = _strings(fields["weekdays"])
    if any(len(names) != 12 for names in months.values()) or len(weekdays) != 7:
        return None
    facts = LocaleFacts(
        code=_checked(fields["code"], str),
        native_name=fields["native_name"] if fields["native_name"] is None else _checked(fields["native_name"], str),
        rtl=_checked(fields["rtl"], bool),
        numbering_system=_checked(fields["numbering_system"], str),
        native_numbering_system=_checked(fields["native_numbering_system"], str),
        number_symbols={
            _checked(system, str): _texts(symbols)
            for system, symbols in _checked(fields["number_symbols"], dict).items()
        },
        percent_pattern=_checked(fields["percent_pattern"], str),
        currency_pattern=_checked(fields["currency_pattern"], str),
        currency_symbols=_texts(fields["currency_symbols"]),
        year_interval=(_checked(interval[0], str), _checked(interval[1], str)) if interval is not None else None,
        date_patterns=_texts(fields["date_patterns"]),
        months=months,
        weekdays=weekdays,
    )
    return facts if facts.code == code else None


_MONTH_CONTEXTS = ("format-wide", "format-abbreviated", "stand-alone-wide")


def _checked(value: Any, kind: type) -> Any:
    if type(value) is not kind:
        raise TypeError(f"{kind.__name__} expected")
    return value


def _strings(value: Any) -> list[str]:
    return [_checked(item, str) for item in _checked(value, list)]


def _texts(value: Any) -> dict[str, str]:
    return {_checked(key, str): _checked(item, str) for key, item in _checked(value, dict).items()}
