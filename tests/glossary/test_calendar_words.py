"""The English month and weekday names the name survey reads as no names, written out in the toolkit: the same
names as CLDR's (babel's data), read without loading any locale data."""

import subprocess
import sys

from babel import Locale

from toolkit.glossary.match import fold
from toolkit.glossary.suggest import _FEASTS, _calendar_words


def _cldr_calendar_words() -> frozenset[str]:
    english = Locale("en")
    names = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names.update(english.months[context][width].values())
            names.update(english.days[context][width].values())
    return frozenset(fold(name).rstrip(".") for name in names) | _FEASTS


def test_the_written_out_names_are_cldrs_english_months_and_weekdays():
    assert _calendar_words() == _cldr_calendar_words()


def test_months_weekdays_and_their_abbreviations_are_among_them():
    for word in ("january", "sep", "september", "may", "thu", "thursday", "sun", "ramadan"):
        assert word in _calendar_words(), word
    for word in ("tehran", "june2", "mond", "th"):
        assert word not in _calendar_words(), word


def test_reading_them_loads_no_locale_data():
    """Months and weekdays cost a survey no babel import and no English locale data (about 20 ms of a first run,
    where a survey meets no territory or city name, which are still read from CLDR)."""
    script = (
        "import sys\n"
        "from toolkit.glossary.suggest import _calendar_words\n"
        "print('babel' in sys.modules, 'monday' in _calendar_words())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
