"""Persian: the ezafe on names.

The ezafe (-e linking a head to what follows) is written only after vowels:
ی after ا or و (آنکارای، مسکوی), ZWNJ + ی after a silent ه (ترکیه‌ی), and
nothing after consonants or ی (تهران، سلیمانی). The ZWNJ (U+200C) keeps the
letters apart without a space; it must never be dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from toolkit.patterns import LazyPattern

from ..languages import PERSIAN_FOR_ARABIC
from .arabic import ArabicScriptNames, remove_marks
from .names import FormRead, NameInSentence, StateForm

ZWNJ = "\u200c"
KASRA = "\u0650"  # the ezafe's vowel, written on the head where a text marks it: دولتِ عراق, ایرانِ امروز
_JOINED_BE = "be"  # a reading's mark: the preposition به written joined to the name (بمسکو)
TOKENS = frozenset({"ez"})
STORED_FORMS = frozenset({"ez"})
REQUIRES_ALL_FORMS = False

# --- What the rest of the toolkit asks of Persian (the grammar protocol, beyond rendering) -------------

FORM_ORDER = ("ez",)
USES_ZWNJ = True
# Arabic ي ك, for Persian ی ک: what a glossary rendering and a checked translation may not hold. Alef maksura ى is
# left out: at a word's end it looks like Persian ی (no reader sees it), publishing writes it as ی and matching
# reads it as ی, so it is no error to hold an edition back or refuse a glossary for
FOREIGN_LETTERS = {arabic: persian for arabic, persian in PERSIAN_FOR_ARABIC.items() if arabic != "\u0649"}
FOREIGN_LETTERS_OF = "Arabic"
ENGLISH_ONLY_WORDS: frozenset[str] = frozenset()  # Arabic script: English shows as Latin letters
ENGLISH_RARE_WORDS: frozenset[str] = frozenset()
NAME_AGREEMENT = False


def declined_forms(forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
    return [("ez", inflect(forms, ["ez"], None))]


def joined_forms(forms: Mapping[str, str]) -> list[tuple[str, str]]:
    return []


def spelling_problems(text: str) -> list[tuple[str, str, str, str | None]]:
    return []


def agreement_after(number: int | None, rest: str) -> str | None:
    return None


def after_number(old: int | None, new: int | None, rest: str) -> str:
    return rest


def check_tokens(tokens: Sequence[str]) -> str | None:
    if len(tokens) > 1:
        return "a Persian name takes the ezafe once"
    return None


def ezafe(text: str) -> str:
    if text.endswith(("ا", "و")):
        return text + "ی"
    if text.endswith("ه"):
        return text + ZWNJ + "ی"
    return text


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    if not tokens:
        return forms["nom"]
    return forms.get("ez") or ezafe(forms["nom"])


# --- Adjectives made from names: نیروهای آمریکایی (no agreement; the ezafe when a modifier follows) ---------

ADJECTIVE_AGREEMENT: tuple[str, ...] = ()
ADJECTIVE_TOKENS = TOKENS
SUFFIX_APOSTROPHE = False


def inflect_adjective(forms: Mapping[str, str], tokens: Sequence[str]) -> str:
    reason = check_tokens(tokens)
    if reason:
        raise ValueError(reason)
    return inflect(forms, tokens, None)


def forms_without_apostrophe(forms: Mapping[str, str], pronounced: str | None) -> dict[str, str]:
    return dict(forms)  # Persian writes no apostrophes


# --- Names in machine output: Persian spelling, the ezafe written or not ----------------------------------

# names compared in one spelling: Arabic kaf, yeh and alef maksura as Persian ک and ی, ta marbuta and heh with yeh
# as ه, alef with hamza or wasla as ا
_NORMAL = str.maketrans({**PERSIAN_FOR_ARABIC, "ة": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ۀ": "ه"})


# a state's official long form before its short name, normalised (فدراسیون روسیه, جمهوری اسلامی ایران, جمهوری
# عراق, پادشاهی اردن): its head noun, and the adjectives that may stand between the head and the name
_STATE_HEADS = frozenset("فدراسیون جمهوری پادشاهی".split())
_STATE_ADJECTIVES = frozenset("اسلامی عربی".split())
# the offices whose title holds the head (رئیس‌جمهوری ایران, ریاست جمهوری ایران): the title's wording
_OFFICES_OF_A_REPUBLIC = frozenset("رئیس ریاست رییس معاون".split())


class PersianNames(ArabicScriptNames):
    ZWNJ_SEPARATES = True
    NO_FUZZY_AFTER = frozenset({"be"})  # بمسکو is به مسکو; ب before a misspelt name is too rare to guess
    BODY_HEADS = frozenset("سازمان گروه گروهک جنبش جبهه شبکه تشکیلات حزب تنظیم جماعت".split())
    # the people's plural of an adjective (عراقی‌ها, ایرانی‌های) read with and without its ZWNJ (made_from_name drops it)
    DERIVING_SUFFIXES = ("ی", "یی", "ای", "ایی", "ها", "های", "ان", "یان", "ی‌ها", "یها", "یهای")
    HONORIFICS = ("آیت‌الله", "حجت‌الاسلام", "شیخ", "پادشاه", "امام", "حضرت", "رئیس‌جمهور")
    TITLES_BEFORE_NAMES = ("امیر", "سلطان", "شاهزاده")
    RULER_TITLES = frozenset({"امیر", "پادشاه", "شاه", "سلطان"})  # امیر قطر, پادشاه اردن
    CLERICAL_RANKS = ("آیت‌الله العظمی", "آیت‌الله", "حجت‌الاسلام")

    def links_phrases(self, word: str) -> bool:
        """A conjunction, preposition or postposition (و, در, را, برای), a copula or common verb, a
        demonstrative or an adverb that opens a verb's phrase: the words no modifier is."""
        words = _words(word)
        return bool(words) and words[0] in _NO_MODIFIER

    def state_form(self, before: Sequence[str], after: Sequence[str], text_before: str) -> StateForm | None:
        """«فدراسیون روسیه», «جمهوری اسلامی ایران», «جمهوری عراق»: the head noun before the name, with the
        ezafe, and an adjective between them. After a president's title (رئیس‌جمهوری ایران) it is the title's
        wording, left. Persian verbs do not agree in gender: nothing to check."""
        keys = [self.normalise(word) for word in before]
        count = 1 if keys and keys[-1] in _STATE_ADJECTIVES else 0
        if len(keys) <= count or keys[-1 - count] not in _STATE_HEADS:
            return None
        if len(keys) > count + 1 and keys[-2 - count] in _OFFICES_OF_A_REPUBLIC:
            return None
        return StateForm(count + 1, 0)

    def agrees_alike(self, common: str, name: str, person: bool) -> bool:
        """Persian has no gender; a verb agrees in number, so only a plural common word (نهال‌ها) leaves
        words the name does not take."""
        return not common.endswith("ها")

    def spelling_key(self, word: str) -> str:
        """Also the "ch" of a foreign name a model writes in the Arabic way, تش for چ (سوتشی ~ سوچی, تشچنی ~
        چچنی): Arabic has no چ, and a model trained on Arabic text carries its spelling over."""
        return super().spelling_key(word.replace("تش", "چ"))

    def normalise(self, word: str) -> str:
        """Diacritics removed; Arabic ي/ك/ة as ی/ک/ه."""
        return remove_marks(word).translate(_NORMAL)

    def loose_readings(self, key: str) -> list[str]:
        found = super().loose_readings(key)
        if key.endswith(("ای", "وی")) and len(key) > 3:
            found.append(key[:-1])  # an ezafe written on a name ending in a vowel: مسکوی
        return found

    def foreign_ending_keys(self, key: str) -> list[str]:
        """A foreign name's final "-a", which Persian writes ا (آنکارا, آمریکا), in the Arabic spelling with
        ة, read ه (أنقرة, copied as انقره): the key with that ه as ا. Only that way round: a word ending in
        ا is never read as a name ending in ه (روسا, "heads", is no روسیه)."""
        return [key[:-1] + "ا"] if len(key) >= 4 and key.endswith("ه") and not key.endswith("اه") else []

    def same_word_beside(self, word: str, name_word: str) -> bool:
        """As any language, the model's word read without the ezafe it wrote on it (جبهه‌ی ~ جبهه)."""
        return super().same_word_beside(_without_ezafe(word), name_word)

    @staticmethod
    def _ezafe_not_suffix(stem: str, suffix: str) -> bool:
        return suffix == "ی" and stem.endswith(("ا", "و"))  # آنکارای is Ankara with an ezafe, not an adjective

    def surface_forms(self, forms: Mapping[str, str], pronounced: str | None) -> list[tuple[tuple[str, ...], str]]:
        return [((), forms["nom"]), (("ez",), inflect(forms, ["ez"], None))]

    def made_from_name(self, word: str, names: Iterable[str]) -> bool:
        """ایرانی, آمریکایی, روسی (of روسیه), and the people's plurals ایرانیان, روس‌ها: a word made from one of
        the names with a suffix, the ZWNJ before a plural's ها read as none; and the people's noun with none
        (روس, ترک: see ``_people_of``)."""
        key = self.normalise(word).replace(ZWNJ, "")
        return any(self.derived_from(key, name.replace(ZWNJ, "")) for name in names) or self._people_of(word, names)

    def possessor_after_noun(self, noun: str, adjective: str, after: str, names: Iterable[str]) -> bool:
        """The ezafe joins a noun to its possessor as to its adjective, so "Iran's missiles" the model wrote as
        موشک‌های ایرانی ("the Iranian missiles") is موشک‌های ایران, the name in the adjective's place, and
        "Russia's position" as موضع روس‌ها ("the Russians' position") is موضع روسیه. Only after a word that
        can head the phrase: no preposition, conjunction, verb or other word that takes no modifier (با
        روس‌ها, "with the Russians", stays), no number and no word itself made from a name; and not before a
        word that can only modify the noun (نیروهای ایرانی جدید: with the name there, جدید would be Iran's)."""
        if not self.made_from_name(adjective, names) or (
            self._people_of(adjective, names) and _light_verb(_next_word(after))
        ):
            return False  # ترک کردند ("they left") is no people's noun: a light verb's noun
        head = remove_marks(noun).translate(_NORMAL)
        parts = head.split(ZWNJ)
        if (
            len(head) < 2
            or not re.fullmatch(r"[^\W\d_]+", head.replace(ZWNJ, ""))
            or head in _NO_MODIFIER
            or parts[0] in ("می", "نمی")
            or _light_verb(head)
            or self.made_from_name(noun, names)
        ):
            return False
        return _next_word(after) not in _ONLY_MODIFIERS

    def _people_of(self, word: str, names: Iterable[str]) -> bool:
        """The people's noun of a name in -یه, its stem with no suffix (روس of روسیه, ترک of ترکیه): "a
        Russian", "the Russians"."""
        key = self.normalise(word)
        return any(
            len(bare) >= 5 and bare.endswith(("یه", "يه")) and key == bare[:-2]
            for bare in (self.normalise(name).replace(ZWNJ, "") for name in names)
        )

    def proclitic_readings(self, key: str) -> list[tuple[str, tuple[str, ...]]]:
        """The preposition به joined to a name in an older or hurried spelling (بمسکو, بتهران): the word
        also read without its ب, which only an exact name may then be (see NO_FUZZY_AFTER)."""
        found: list[tuple[str, tuple[str, ...]]] = [(key, ())]
        if key.startswith("ب") and len(key) >= 4 and key[1] not in "ه\u200c":
            found.append((key[1:], (_JOINED_BE,)))
        return found

    def detached(self, glued: str) -> str | None:
        """The ب of بمسکو left before the slot is the preposition به, written apart: "به مسکو"."""
        return "به " if glued == "ب" else None

    def relative_stem(self, key: str, text: str, start: int, end: int) -> str | None:
        """عراقی که ("the Iraq that"): a name ending in a consonant with the relative ی before که, where it
        opens a noun phrase (after a verb, a preposition or conjunction, punctuation, or the start). After a
        noun the same word is the adjective (وزیر عراقی که: the Iraqi minister who), and no name."""
        if len(key) < 4 or not key.endswith("ی") or key.endswith(("ای", "وی", "یی")):
            return None
        if not _RELATIVE_KE.match(text, end):
            return None
        before = text[:start]
        if not before.strip() or re.search(r"[.,،؛:!?«»()\[\]\-–—]\s*$", before):
            return key[:-1]
        previous = _words_before(before)
        return key[:-1] if previous in _NO_MODIFIER or previous in _LIGHT_VERBS else None

    def read_name(self, name: NameInSentence) -> FormRead:
        start = name.start
        if name.words and _JOINED_BE in name.words[0].proclitics:
            start += 1  # the ب of بمسکو is the sentence's preposition, not the name's (see detached)
        end = name.end
        while end > start + 1 and name.text[end - 1] == KASRA:
            end -= 1  # the ezafe written as a kasra (ایرانِ امروز, آنکارایِ) stays the sentence's, after the name
        if start != name.start or end != name.end:
            name = replace(name, start=start, end=end)
        last_word = name.words[-1].text.rstrip(KASRA) if name.words else ""
        is_ezafe, end = _written_ezafe(name.text, last_word, name.end, name.forms)
        if is_ezafe:
            return FormRead(("ez",), name.start, end)
        last = self.normalise(name.words[-1].text) if name.words else ""
        if last and last == self.normalise(name.forms["nom"].split()[-1]) + "ی" and name.text[end - 1 : end] == "ی":
            end -= 1  # the relative ی stays the sentence's: [عراق]ی که
        return _ezafe_left_out(name, name.start, end)

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        if name.ending.lstrip(ZWNJ) == "ی":
            return FormRead(("ez",), name.start, name.end + len(name.ending))
        return _ezafe_left_out(name, name.start, name.end)


def _without_ezafe(word: str) -> str:
    """A word without the ezafe written on it: ‌ی after a silent ه, the hamza above (ۀ, هٔ)."""
    word = word.replace("\u0654", "").replace("ۀ", "ه")
    return word[:-2] if word.endswith("\u200cی") else word


def _ezafe_left_out(name: NameInSentence, start: int, end: int) -> FormRead:
    """The ezafe a modifier after the name needs where the model did not write it: added when the source
    modifies the mention (روسیه‌ی پوتین for "Putin's Russia", خاورمیانه‌ی امروز for "today's Middle East");
    added and flagged where the word after it can only be its modifier (ترکیه‌ی جدید) and the source does
    not say so."""
    if not _ezafe_shows(name.forms["nom"]):
        return FormRead((), start, end)  # after a consonant the ezafe is not written
    if name.modified and _modifier_follows(name.after):
        return FormRead(("ez",), start, end)
    if name.time_modifier and _TIME_PHRASE.match(name.after):
        # "post-war Syria": سوریه‌ی پس از جنگ; without the ezafe it reads "on Syria, after the war". Only a
        # modifier of time is written so: after "war-torn Syria" such a phrase is the sentence's own
        # ("returned to war-torn Syria after the ceasefire" with the model's adjective dropped)
        return FormRead(
            ("ez",),
            start,
            end,
            f"'{name.name}' is modified in the source and followed by a phrase of time "
            f"('{name.after.strip()[:24]}'): the ezafe that joins them was added; check it",
        )
    following = _next_word(name.after)
    if following in _ONLY_MODIFIERS and _modifier_follows(name.after):
        return FormRead(
            ("ez",),
            start,
            end,
            f"'{name.name}' is followed by '{following}', which can only modify "
            f"it: the ezafe it needs was added; check it",
        )
    return FormRead((), start, end)


# که after a word (the relative clause after a name with the relative ی: عراقی که), matched at the word's end
_RELATIVE_KE = LazyPattern(r"[ \u00a0]+که(?![^\W\d_])")

# a phrase of time after a name the source modifies ("post-war Syria", "pre-revolution Iran"): پس از / پیش از /
# بعد از / قبل از and a word
_TIME_PHRASE = LazyPattern(r"[ \u00a0]+(?:پس|پیش|بعد|قبل)[ \u00a0]+از[ \u00a0]+[^\W\d_]")


def _written_ezafe(text: str, last_word: str, end: int, forms: Mapping[str, str]) -> tuple[bool, int]:
    """Whether the model wrote an ezafe on the name (ترکیه‌ی, ترکیۀ or ترکیهٔ, آنکارای), and where the name ends."""
    follow = re.match("\u200c?\u06cc(?![^\\W\\d_])", text[end:])
    nominative = forms["nom"]
    if follow and nominative.endswith(("ه", "ا", "و")):
        return True, end + follow.end()
    if last_word.endswith(("ۀ", "ه\u0654")):
        return True, end
    if nominative.endswith(("ا", "و")) and last_word.endswith(("ای", "وی")) and not nominative.endswith("ی"):
        return True, end
    return False, end


def _ezafe_shows(nominative: str) -> bool:
    """Whether the ezafe is written on this name: after a final vowel letter (ه ا و), not a consonant."""
    return nominative.endswith(("ه", "ا", "و"))


# words that follow a noun without being its modifier: conjunctions, postpositions, prepositions, the copula
# and common verbs, pronouns and demonstratives that open a new phrase
_NO_MODIFIER = frozenset(
    "و یا را که از به با در برای تا هم نیز اما ولی چون اگر بر بی پس پیش روی زیر نزد میان بین سوی طی ضد "
    "درباره علیه توسط است هست بود بودند هستند شد شده شدند می نمی را این آن هر چه کرد کرده کردند کند "
    "کنند دارد دارند داد دادند گفت گفتند خواهد باید ای".split()
    # adverbs: a verb's phrase opens after the name (آنکارا هرگز نپذیرفت, تهران همچنان ...)
    + "هرگز هنوز همچنان همواره همیشه اکنون هم‌اکنون اینک اخیرا اخیراً قبلا قبلاً سرانجام بالاخره "
    "فورا فوراً بلافاصله عملا عملاً رسما رسماً ظاهرا ظاهراً حتی فقط صرفا صرفاً نیز تاکنون دوباره مجددا مجدداً".split()
)


# finite forms of the light verbs of compound verbs (متهم کرد, اعلام شد) and of the copula (مستقر هستند): the
# word before them is no modifier but a predicate
_LIGHT_VERBS = frozenset(
    "کرد کردند کند کنند کرده شد شدند شود شوند شده داد دادند دهد دهند زد زدند گرفت گرفتند "
    "است هست هستند بود بودند باشد باشند نیست نیستند گردید گردیدند گشت ماند ماندند آمد آمدند آید آیند "
    "یافت یافتند گذاشت گذاشتند خورد خوردند کشید کشیدند".split()
)
# words that follow a noun only as its modifier: adjectives no sentence uses as a predicate right after a name
_ONLY_MODIFIERS = frozenset(
    "جدید کنونی فعلی امروزی مدرن نوین معاصر پساجنگ جنگ‌زده جنگزده بزرگ بزرگتر بزرگ‌تر "
    "قدیم قدیمی باستان باستانی سابق پیشین آینده‌نگر".split()
)


def _words(after: str) -> list[str]:
    """The words at the start of the text after a name, normalised; a verb's prefix می/نمی left out."""
    words = []
    for word in re.findall(r"[^\W\d_][^\s.,،؛؟!:)»]*", after[:80]):
        parts = remove_marks(word).translate(_NORMAL).split("\u200c")
        words.append(parts[1] if len(parts) > 1 and parts[0] in ("می", "نمی") else parts[0])
    return words


def _words_before(before: str) -> str:
    """The last word of the text before a name, normalised, a verb's prefix می/نمی left out; empty if none."""
    found = re.findall(r"[^\W\d_][^\s.,،؛؟!:()«»]*", before[-80:])
    if not found:
        return ""
    parts = remove_marks(found[-1]).translate(_NORMAL).split("\u200c")
    return parts[-1] if len(parts) > 1 and parts[0] in ("می", "نمی") else parts[0]


def _next_word(after: str) -> str:
    """The word right after a name (a space apart), as written, ZWNJ included; empty if none."""
    match = re.match(r"[ \u00a0]+([^\W\d_][^\s.,،؛؟!:)»]*)", after)
    return remove_marks(match.group(1)).translate(_NORMAL) if match else ""


def _modifier_follows(after: str) -> bool:
    """Whether a word that may modify the name follows it directly (a noun, a name, an adjective), and not
    the first part of a compound verb (متهم کرد) or a predicate (مستقر هستند, جدید شد)."""
    words = _words(after)
    if not re.match(r"[ \u00a0]+[^\W\d_]", after) or not words:
        return False
    return words[0] not in _NO_MODIFIER and (len(words) < 2 or not _light_verb(words[1]))


def _light_verb(word: str) -> bool:
    """A finite light verb or copula, negated or not: کرد, نکرد; ماند, نماند (از چشم آنکارا دور نماند); آمد,
    نیامد (the negation's ی before a verb opening with آ)."""
    if word in _LIGHT_VERBS or (word.startswith("ن") and word[1:] in _LIGHT_VERBS):
        return True
    return word.startswith("نیا") and "آ" + word[3:] in _LIGHT_VERBS


NAMES = PersianNames()
