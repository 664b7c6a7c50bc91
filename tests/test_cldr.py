"""The CLDR facts localising reads are babel's, kept in the cache folder: a run with them kept loads none of
babel's locale data, writes the same, and a kept file that is damaged or of another shape is read from babel
again."""

from __future__ import annotations

import marshal
from datetime import date, timedelta

import pytest

from toolkit import cldr
from toolkit.languages import SOURCE_LANGUAGE, TARGET_LANGUAGES

LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache folder of its own, nothing read yet in this process."""
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    cldr.forget()
    yield tmp_path / "cache"
    cldr.forget()


def babel_loads(monkeypatch) -> list[str]:
    """The locales babel loads data for from now on."""
    import babel.localedata

    loaded: list[str] = []
    load = babel.localedata.load

    def counting(name, merge_inherited=True):
        loaded.append(name)
        return load(name, merge_inherited)

    monkeypatch.setattr(babel.localedata, "load", counting)
    return loaded


def every_day(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


@pytest.mark.parametrize("code", LANGUAGES)
def test_dates_are_written_as_babel_writes_them_in_every_length(fresh, code):
    from babel.dates import format_date

    for day in every_day(date(2023, 12, 25), date(2025, 3, 3)):  # every month and weekday, a leap day, one digit
        for length in ("short", "medium", "long", "full"):
            assert cldr.format_date(day, length, code) == format_date(day, length, locale=code), (day, length)


def test_a_pattern_with_a_field_it_does_not_write_is_left_to_babel(fresh):
    facts = cldr.locale_facts("ru")
    assert cldr._formatted(date(2024, 2, 9), "d MMMM y 'г'.", facts) == "9 февраля 2024 г."
    assert cldr._formatted(date(2024, 2, 9), "dd.MM.yy, 'it''s'", facts) == "09.02.24, it's"
    assert cldr._formatted(date(2024, 2, 9), "LLLL y", facts) is None  # stand-alone month: babel writes it
    assert cldr._formatted(date(2024, 2, 9), "EEE, d", facts) is None  # abbreviated weekday


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_kept_facts_are_the_facts_babel_gives(fresh, code):
    from_babel = cldr.locale_facts(code)
    cldr.forget()
    kept = cldr.locale_facts(code)
    assert kept == from_babel
    assert kept is not from_babel  # read back from the file


def test_facts_kept_from_an_earlier_run_load_no_locale_data(fresh, monkeypatch):
    for code in LANGUAGES:
        cldr.locale_facts(code)
    cldr.currency_codes()
    cldr.tender_codes()
    cldr.forget()
    loaded = babel_loads(monkeypatch)
    for code in LANGUAGES:
        facts = cldr.locale_facts(code)
        cldr.format_date(date(2026, 11, 28), "long", code)
        assert facts.code == code
    assert "USD" in cldr.currency_codes() and "DEM" in cldr.currency_codes()
    assert "TRY" in cldr.tender_codes() and "DEM" not in cldr.tender_codes()
    assert loaded == []


def test_the_places_a_survey_reads_are_babels_and_kept(fresh, monkeypatch):
    from babel import Locale
    from babel.core import get_global

    territories, zones = cldr.english_places()
    assert territories == dict(Locale("en").territories) and zones == tuple(get_global("zone_territories"))
    assert territories["TR"] == "Türkiye" and territories["GB"] == "United Kingdom"
    assert "Asia/Tehran" in zones and "Europe/Athens" in zones
    cldr.forget()
    loaded = babel_loads(monkeypatch)
    import babel.core

    globals_read: list[str] = []
    read_global = babel.core.get_global
    monkeypatch.setattr(babel.core, "get_global", lambda key: globals_read.append(key) or read_global(key))
    assert cldr.english_places() == (territories, zones)
    assert cldr.english_places()[0] is not territories  # read back from the file
    assert loaded == [] and globals_read == []


def test_places_kept_with_the_wrong_shape_are_read_from_babel_again(fresh):
    expected = cldr.english_places()
    path = cldr.kept_file()
    assert path is not None
    plain = marshal.loads(path.read_bytes())
    for damaged in ([{"TR": 1}, ["Asia/Tehran"]], [{"TR": "Türkiye"}, "Asia/Tehran"], ["TR"]):
        cldr.forget()
        plain["places"] = damaged
        path.write_bytes(marshal.dumps(plain))
        assert cldr.english_places() == expected


def test_facts_of_the_languages(fresh):
    arabic, persian, russian = cldr.locale_facts("ar"), cldr.locale_facts("fa"), cldr.locale_facts("ru")
    assert arabic.rtl and persian.rtl and not russian.rtl
    assert (arabic.numbering_system, persian.numbering_system, russian.numbering_system) == ("latn", "arabext", "latn")
    assert (arabic.native_numbering_system, persian.native_numbering_system) == ("arab", "arabext")
    assert set(arabic.number_symbols) == {"latn", "arab"}
    assert russian.native_name == "русский" and persian.native_name == "فارسی"
    assert russian.months["format-wide"][2] == "марта" and russian.months["stand-alone-wide"][2] == "март"
    assert russian.weekdays[0] == "понедельник"  # Monday first, as date.weekday() counts
    assert russian.number_symbols["latn"]["decimal"] == ","
    assert russian.currency_symbols["RUB"] == "₽"


def test_tender_codes_are_read_again_on_another_day(fresh, monkeypatch):
    today = cldr.tender_codes(date(2026, 11, 28))
    cldr.forget()
    loaded: list[str] = []
    import babel.core

    get_global = babel.core.get_global
    monkeypatch.setattr(babel.core, "get_global", lambda key: loaded.append(key) or get_global(key))
    assert cldr.tender_codes(date(2026, 11, 28)) == today
    assert loaded == []
    assert "DEM" in cldr.tender_codes(date(1990, 6, 1))  # the Deutsche Mark was tender then
    assert loaded == ["territory_currencies"]


def kept_file_of_a_run():
    for code in LANGUAGES:
        cldr.locale_facts(code)
    path = cldr.kept_file()
    assert path is not None and path.is_file()
    cldr.forget()
    return path


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short by a crash
        lambda data: b"",
        lambda data: b"\x00" * 100,
        lambda data: marshal.dumps({"format": cldr.FORMAT, "locales": {"ru": {"code": "ru"}}}),  # fields missing
        lambda data: marshal.dumps({"format": cldr.FORMAT + 1}),  # another shape
        lambda data: marshal.dumps([1, 2, 3]),
        lambda data: data.replace("марта".encode(), b"\xff\xff\xff\xff\xff"),  # not what was written
    ],
)
def test_a_damaged_kept_file_is_read_from_babel_again(fresh, damage):
    path = kept_file_of_a_run()
    expected = cldr.locale_facts("ru")
    cldr.forget()
    path.write_bytes(damage(path.read_bytes()))
    assert cldr.locale_facts("ru") == expected
    assert cldr.format_date(date(2026, 3, 8), "long", "ru") == "8 марта 2026\u202fг."


def test_kept_values_of_the_wrong_type_are_no_facts(fresh):
    path = kept_file_of_a_run()
    plain = marshal.loads(path.read_bytes())
    plain["locales"]["ru"]["months"]["format-wide"] = ["январь"] * 11  # eleven months
    path.write_bytes(marshal.dumps(plain))
    assert len(cldr.locale_facts("ru").months["format-wide"]) == 12
    cldr.forget()
    plain["locales"]["ru"]["rtl"] = "no"
    path.write_bytes(marshal.dumps(plain))
    assert cldr.locale_facts("ru").rtl is False


def test_a_folder_in_the_kept_files_place_or_an_unwritable_cache_changes_nothing(fresh):
    path = kept_file_of_a_run()
    path.unlink()
    path.mkdir()
    assert cldr.locale_facts("tr").date_patterns["long"] == "d MMMM y"
    assert cldr.format_date(date(2026, 1, 2), "long", "tr") == "2 Ocak 2026"


def test_without_a_home_folder_the_facts_come_from_babel(monkeypatch):
    from toolkit import files

    def no_home():
        raise files.NoHomeFolder("no home folder")

    monkeypatch.setattr(files, "cache_folder", no_home)
    cldr.forget()
    try:
        assert cldr.kept_file() is None
        assert cldr.locale_facts("ar").rtl
        assert cldr.cached_files() == []
    finally:
        cldr.forget()


def test_the_installed_babel_is_named_without_importing_it():
    key = cldr.babel_key()
    assert "global.dat" in key and "locale-data/root.dat" in key and " -" not in key


def test_facts_kept_by_other_code_are_read_from_babel_again(fresh, monkeypatch, tmp_path):
    """The kept file is named by the code that reads the facts as well as by babel and Python: a toolkit fixed
    to read a fact otherwise (under the same version number) does not reuse what the old code kept."""
    for code in LANGUAGES:
        cldr.locale_facts(code)
    before = cldr.kept_file()
    assert before is not None and before.is_file()
    edited = tmp_path / "cldr.py"
    edited.write_text(cldr.SOURCE.read_text(encoding="utf-8").replace("locale.days", "locale.days "), "utf-8")
    monkeypatch.setattr(cldr, "SOURCE", edited)
    cldr.forget()
    assert cldr.kept_file() != before
    loaded = babel_loads(monkeypatch)
    assert cldr.locale_facts("ru").weekdays[0] == "понедельник"
    assert loaded, "the facts the old code kept were used"


EDGE_DAYS = (date(1, 1, 1), date(9, 3, 4), date(99, 12, 31), date(999, 7, 7), date(2024, 2, 29), date(9999, 12, 31))


@pytest.mark.parametrize("code", LANGUAGES)
def test_years_of_one_to_four_digits_are_written_as_babel_writes_them(fresh, code):
    from babel.dates import format_date

    for day in EDGE_DAYS:
        for length in ("short", "medium", "long", "full"):
            assert cldr.format_date(day, length, code) == format_date(day, length, locale=code), (day, length)


def test_every_locales_date_patterns_are_written_as_babel_writes_them_or_left_to_it(fresh):
    """The pattern reader is CLDR's, not only what the five languages happen to use: the quoted text, the
    letters next to literal text and the fields of every babel locale's date formats (Thai eras, Finnish
    stand-alone weekdays and the like are left to babel)."""
    from babel import Locale, localedata
    from babel.dates import format_date

    left = set()
    for code in localedata.locale_identifiers():
        locale = Locale.parse(code)
        facts = cldr.LocaleFacts(
            code=code, native_name=None, rtl=False, numbering_system="latn", native_numbering_system="latn",
            number_symbols={}, percent_pattern="", currency_pattern="", currency_symbols={}, year_interval=None,
            date_patterns={},
            months={"format-wide": [locale.months["format"]["wide"][m] for m in range(1, 13)],
                    "format-abbreviated": [locale.months["format"]["abbreviated"][m] for m in range(1, 13)]},
            weekdays=[locale.days["format"]["wide"][d] for d in range(7)],
        )  # fmt: skip
        for length in ("short", "medium", "long", "full"):
            pattern = locale.date_formats[length].pattern
            for day in EDGE_DAYS:
                written = cldr._formatted(day, pattern, facts)
                if written is None:
                    left.add(pattern)
                    break
                assert written == format_date(day, length, locale=locale), (code, length, pattern, day)
    assert "d MMMM G y" in left  # a Thai era


@pytest.mark.parametrize(
    "pattern",
    [
        "d MMMM y 'г'.",
        "dd.MM.yy, 'it''s'",
        "MMM'''' d",  # two quotes in a row twice: two quotes written
        "''''/y",
        "y'''''''",  # quoted quotes, then a quote left open
        "d 'de' MMMM 'de' y",
        "EEEE, d MMMM 'unclosed",  # a quote left open: babel drops the rest
        "d MMMM y 'ل'ن",  # a letter outside the pattern letters is literal text
        "d noon y",  # n, o and so on are no fields
        "y-MM-dd'T'",
    ],
)
def test_quoted_text_and_literal_letters_are_read_as_babel_reads_them(fresh, pattern):
    from babel.dates import format_date

    for code in LANGUAGES:
        facts = cldr.locale_facts(code)
        for day in EDGE_DAYS:
            assert cldr._formatted(day, pattern, facts) == format_date(day, pattern, locale=code), (code, day)
