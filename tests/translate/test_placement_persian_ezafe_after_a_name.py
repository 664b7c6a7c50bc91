"""Persian ezafe beside a name, as the model writes it, comes out as written.

The ezafe links a head to what follows. After a head noun (سفر اردوغان, نیروهای ترکیه, وزارت خارجه روسیه) it is
the head's, written as a kasra (دولتِ عراق), as ی after ا or و (نیروهای) or as ‌ی after a silent ه, and the name
after it keeps its own form. On a name the source modifies ("Putin's Russia", "today's Iran") it is the name's:
ـِ after a consonant (ایرانِ امروز), ی or یِ after ا and و (مسکوی امروز, آنکارایِ جدید), ‌ی after ه (روسیه‌ی
پوتین); none of these marks may be lost or doubled when the name is put back.
"""

from __future__ import annotations

import pytest
from test_placement import check

# a name after a head noun that carries the ezafe: the name is as written, the head's ezafe untouched
AFTER_A_HEAD = [
    (
        "Erdogan's trip to Moscow was postponed.",
        "سفر اردوغان به مسکو به تعویق افتاد.",
        "سفر {erdogan:short} به {moscow} به تعویق افتاد.",
    ),
    (
        "The government of Iraq denied the report.",
        "دولتِ عراق این گزارش را تکذیب کرد.",
        "دولتِ {iraq} این گزارش را تکذیب کرد.",
    ),
    (
        "Iran's oil exports rose in March.",
        "صادرات نفت ایران در ماه مارس افزایش یافت.",
        "صادرات نفت {iran} در ماه مارس افزایش یافت.",
    ),
    (
        "Turkey's forces entered northern Syria.",
        "نیروهای ترکیه وارد شمال سوریه شدند.",
        "نیروهای {turkey} وارد شمال {syria} شدند.",
    ),
    (
        "Russia's foreign ministry summoned the ambassador.",
        "وزارت خارجه روسیه سفیر را احضار کرد.",
        "وزارت خارجه {russia} سفیر را احضار کرد.",
    ),
    (
        "Putin's remarks angered Ankara.",
        "سخنانِ پوتین آنکارا را خشمگین کرد.",
        "سخنانِ {putin:short} {ankara} را خشمگین کرد.",
    ),
    (
        "The streets of Baghdad were quiet.",
        "خیابان‌های بغداد آرام بود.",
        "خیابان‌های {baghdad} آرام بود.",
    ),
]


@pytest.mark.parametrize("source, output, expected", AFTER_A_HEAD)
def test_a_name_after_a_head_with_the_ezafe_keeps_its_form(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


# the ezafe on the name itself, in each way Persian writes it
ON_THE_NAME = [
    (
        "Putin's Russia still backs Assad.",
        "روسیه‌ی پوتین همچنان از اسد حمایت می‌کند.",
        "{russia:ez} {putin:short} همچنان از {assad:short} حمایت می‌کند.",
    ),
    (
        "Erdogan's Turkey wants a bigger role.",
        "ترکیه‌ی اردوغان نقش بزرگ‌تری می‌خواهد.",
        "{turkey:ez} {erdogan:short} نقش بزرگ‌تری می‌خواهد.",
    ),
    (
        "Today's Moscow is a different city.",
        "مسکوی امروز شهر دیگری است.",
        "{moscow:ez} امروز شهر دیگری است.",
    ),
    (
        "Today's Iran is not the Iran of 1979.",
        "ایرانِ امروز ایرانِ سال ۱۹۷۹ نیست.",
        "{iran}ِ امروز {iran}ِ سال ۱۹۷۹ نیست.",
    ),
    (
        "Today's Ankara is a new city.",
        "آنکارایِ امروز شهر تازه‌ای است.",
        "{ankara:ez}ِ امروز شهر تازه‌ای است.",
    ),
    (
        "Putin's Russia is isolated.",
        "روسیه‌یِ پوتین منزوی است.",
        "{russia:ez}ِ {putin:short} منزوی است.",
    ),
    (
        "Post-Saddam Iraq held its first vote in 2005.",
        "عراقِ پس از صدام نخستین انتخابات خود را در سال ۲۰۰۵ برگزار کرد.",
        "{iraq}ِ پس از صدام نخستین انتخابات خود را در سال ۲۰۰۵ برگزار کرد.",
    ),
]


@pytest.mark.parametrize("source, output, expected", ON_THE_NAME)
def test_the_ezafe_on_a_name_is_kept(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


# a name that ends its phrase: nothing is added to it
ENDING_A_PHRASE = [
    ("Erdogan returned to Ankara.", "اردوغان به آنکارا بازگشت.", "{erdogan:short} به {ankara} بازگشت."),
    (
        "The talks were held in Moscow, not Tehran.",
        "این گفتگوها در مسکو برگزار شد، نه تهران.",
        "این گفتگوها در {moscow} برگزار شد، نه {tehran}.",
    ),
    ("Sanctions hit Russia.", "تحریم‌ها به روسیه ضربه زد.", "تحریم‌ها به {russia} ضربه زد."),
]


@pytest.mark.parametrize("source, output, expected", ENDING_A_PHRASE)
def test_a_name_ending_its_phrase_takes_nothing(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)
