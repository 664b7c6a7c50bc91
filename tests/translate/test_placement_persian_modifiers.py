"""Persian ezafe: added only where the word after a name modifies it.

The source says whether something modifies a mention (an adjective before it: "a weakened Syria"); a noun that
merely has an adjective's ending ("a signal Ankara noticed", "the deal Moscow signed") modifies nothing, the name
after it being the subject of the clause that describes it. And where the source does modify the mention, the
model may have dropped the modifier: then what follows the name is an adverb or a predicate and its verb, even a
negated one (دور نماند, تسلیم نشد), and no ezafe joins them.
"""

from __future__ import annotations

import pytest
from test_placement import check

# an English noun with an adjective's ending before the name: nothing modifies it, so no ezafe
NOUN_BEFORE_NAME = [
    (
        "Sheikh Tamim chose Tehran over Riyadh, a signal Ankara noticed.",
        "شیخ تمیم تهران را به ریاض ترجیح داد؛ نشانه‌ای که از چشم آنکارا دور نماند.",
        "شیخ تمیم {tehran} را به ریاض ترجیح داد؛ نشانه‌ای که از چشم {ankara} دور نماند.",
    ),
    (
        "The proposal Turkey rejected last month is back.",
        "پیشنهادی که ترکیه ماه گذشته رد کرد دوباره مطرح شده است.",
        "پیشنهادی که {turkey} ماه گذشته رد کرد دوباره مطرح شده است.",
    ),
    (
        "The deal Moscow signed in 2019 still holds.",
        "توافقی که مسکو سال ۲۰۱۹ امضا کرد همچنان پابرجاست.",
        "توافقی که {moscow} سال ۲۰۱۹ امضا کرد همچنان پابرجاست.",
    ),
    (
        "The arrival Moscow announced never happened.",
        "ورودی که مسکو روز دوشنبه اعلام کرد هرگز رخ نداد.",
        "ورودی که {moscow} روز دوشنبه اعلام کرد هرگز رخ نداد.",
    ),
    (
        "Qatar made a proposal Turkey did not accept.",
        "قطر پیشنهادی داد که ترکیه نپذیرفت.",
        "{qatar} پیشنهادی داد که {turkey} نپذیرفت.",
    ),
]


@pytest.mark.parametrize("source, output, expected", NOUN_BEFORE_NAME)
def test_a_noun_with_an_adjectives_ending_before_a_name_does_not_modify_it(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


# the source modifies the mention, but the model left the modifier out: an adverb or a (negated) verb follows
NO_MODIFIER_AFTER = [
    ("A weakened Syria never recovered.", "سوریه هرگز بهبود نیافت.", "{syria} هرگز بهبود نیافت."),
    ("An isolated Moscow did not respond.", "مسکو پاسخی نداد.", "{moscow} پاسخی نداد."),
    ("A weakened Syria did not give in.", "سوریه تسلیم نشد.", "{syria} تسلیم نشد."),
    ("An isolated Ankara did not back down.", "آنکارا کوتاه نیامد.", "{ankara} کوتاه نیامد."),
    (
        "A resurgent Russia still wants more.",
        "روسیه همچنان بیشتر می‌خواهد.",
        "{russia} همچنان بیشتر می‌خواهد.",
    ),
    (
        "A defiant Turkey already rejected the plan.",
        "ترکیه قبلاً این طرح را رد کرده بود.",
        "{turkey} قبلاً این طرح را رد کرده بود.",
    ),
]


@pytest.mark.parametrize("source, output, expected", NO_MODIFIER_AFTER)
def test_no_ezafe_before_an_adverb_or_a_negated_verb(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


# where the modifier does follow, the ezafe it needs is still added
MODIFIER_AFTER = [
    (
        "Putin's Russia still backs Assad.",
        "روسیه پوتین همچنان از اسد حمایت می‌کند.",
        "{russia:ez} {putin:short} همچنان از {assad:short} حمایت می‌کند.",
    ),
    (
        "A new Syria did not emerge.",
        "سوریه جدیدی پدید نیامد.",
        "{syria:ez} جدیدی پدید نیامد.",
    ),
    (
        "Modern Turkey did not forget its past.",
        "ترکیه مدرن گذشته خود را فراموش نکرد.",
        "{turkey:ez} مدرن گذشته خود را فراموش نکرد.",
    ),
]


@pytest.mark.parametrize("source, output, expected", MODIFIER_AFTER)
def test_the_ezafe_a_modifier_after_the_name_needs_is_still_added(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)
