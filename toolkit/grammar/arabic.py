"""Arabic: proclitics joined to names.

The one-letter particles و ف ب ل ك are written joined to the word they
precede (وطهران، بطهران). Before the article, ل swallows its alef: ل + الأسد
-> للأسد. Only the first word of a multi-word name takes the particle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from toolkit.patterns import LazyPattern

from ..languages import ARABIC_SCRIPT_RANGES
from .adjectives import written_adjective
from .names import MAYBE_ADJECTIVE, FormRead, NameGrammar, NameInSentence, StateForm

PROCLITICS = {"wa": "و", "fa": "ف", "bi": "ب", "li": "ل", "ka": "ك"}
TOKENS = frozenset(PROCLITICS)
STORED_FORMS: frozenset[str] = frozenset()
REQUIRES_ALL_FORMS = False

# --- What the rest of the toolkit asks of Arabic (the grammar protocol, beyond rendering) -------------

FORM_ORDER: tuple[str, ...] = ()
USES_ZWNJ = False
FOREIGN_LETTERS = {"\u06cc": "\u064a", "\u06a9": "\u0643"}  # Persian ی ک, for Arabic ي ك
FOREIGN_LETTERS_OF = "Persian"
ENGLISH_ONLY_WORDS: frozenset[str] = frozenset()  # Arabic script: English shows as Latin letters
ENGLISH_RARE_WORDS: frozenset[str] = frozenset()
NAME_AGREEMENT = True  # verbs and adjectives agree with a name in gender


def declined_forms(forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
    return []  # a name does not decline; particles join it (joined_forms)


def joined_forms(forms: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(token, inflect(forms, [token], None)) for token in PROCLITICS]


def spelling_problems(text: str) -> list[tuple[str, str, str, str | None]]:
    return []


def agreement_after(number: int | None, rest: str) -> str | None:
    """Which form an Arabic noun takes after the number: 3-10 a plural, 11-99 a singular accusative ..."""
    if number is None:
        return "fraction"
    if number in (1, 2):
        return str(number)
    remainder = number % 100
    if number > 100 and remainder in (1, 2):
        return f"hundreds and {remainder}"
    if 3 <= remainder <= 10:
        return "3-10"
    if 11 <= remainder <= 99:
        return "11-99"
    return "hundreds"


def after_number(old: int | None, new: int | None, rest: str) -> str:
    return rest


# proclitic letters that join the letter after them (و does not), and a word that opens with a letter of another
# script, which they cannot join
_JOINS_NEXT = frozenset("بفكل")
_FOREIGN_LETTER = LazyPattern(rf"(?![{ARABIC_SCRIPT_RANGES}])[^\W\d_]")

# conjunctions come first, then one preposition: وبطهران, فللأسد
_CONJUNCTIONS = {"wa", "fa"}


def check_tokens(tokens: Sequence[str]) -> str | None:
    prepositions = [t for t in tokens if t not in _CONJUNCTIONS]
    conjunctions = [t for t in tokens if t in _CONJUNCTIONS]
    if len(prepositions) > 1 or len(conjunctions) > 1:
        return "at most one of wa/fa and one of bi/li/ka"
    if tokens and list(tokens) != conjunctions + prepositions:
        return "write wa/fa before bi/li/ka (e.g. wa+bi)"
    return None


def attach(particles: str, word: str) -> str:
    """Join proclitic letters to ``word``, applying ل + ال -> لل. Before a name kept in Latin letters (Meta,
    Intel), a letter that would join the next one (ب ف ك ل) is stretched with a tatweel, as the Arabic press
    writes it (لـMeta, بـIntel): it cannot join a Latin letter, and alone it would read as a word of its own;
    و joins no next letter and is written as it is (وGoogle)."""
    if particles.endswith("ل") and word.startswith("ال"):
        word = word[1:]
    if particles and particles[-1] in _JOINS_NEXT and _FOREIGN_LETTER.match(word):
        return particles + TATWEEL + word
    return particles + word


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    base = forms["nom"]
    if not tokens:
        return base
    return attach("".join(PROCLITICS[t] for t in tokens), base)


# --- Adjectives made from names (nisba): أمريكي، القوات الأمريكية، الجنود الأمريكيين -------------------------

# written out by the editor: f (feminine singular, also the plural of things: القوات الأمريكية), pl (people,
# masculine plural: الأمريكيون), obl (with pl, the accusative and genitive: الأمريكيين)
ADJECTIVE_AGREEMENT = ("f", "pl", "obl")
ARTICLE = "ال"
# besides agreement: al (the article, for a definite noun) and the proclitics
ADJECTIVE_TOKENS = frozenset({*ADJECTIVE_AGREEMENT, "al", *PROCLITICS})
SUFFIX_APOSTROPHE = False


def inflect_adjective(forms: Mapping[str, str], tokens: Sequence[str]) -> str:
    """The adjective agreeing as the tokens say, with the article and proclitics the rules add:
    ``f+al`` -> الأمريكية, ``li+al`` -> للأمريكي."""
    particles = [token for token in tokens if token in PROCLITICS]
    reason = check_tokens(particles)
    if reason:
        raise ValueError(reason)
    if "obl" in tokens and "pl" not in tokens:
        raise ValueError("obl is the oblique of a plural: write pl+obl")
    text = written_adjective(forms, tokens, ADJECTIVE_AGREEMENT)
    if "al" in tokens and not text.startswith(ARTICLE):
        text = ARTICLE + text
    return attach("".join(PROCLITICS[token] for token in particles), text) if particles else text


def forms_without_apostrophe(forms: Mapping[str, str], pronounced: str | None) -> dict[str, str]:
    return dict(forms)  # Arabic writes no apostrophes


# --- Names in machine output: Arabic script, proclitics ----------------------------------------------

_MARKS = LazyPattern("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NORMAL = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ۀ": "ه", "ؤ": "و", "ئ": "ي"}
)
_LONG_VOWELS = "اويیى"
_WITHOUT_LONG_VOWELS = str.maketrans("", "", _LONG_VOWELS)
# letters a model writing a foreign name by ear confuses: ح/ه, ق/ك, ص/س, ث/س, ط/ت, ض/د, ظ/ذ/ز, گ/ك, ڤ/ف
_SOUNDS = str.maketrans(
    {
        "آ": "ا",
        "ح": "ه",
        "ق": "ك",
        "ک": "ك",
        "ص": "س",
        "ث": "س",
        "ط": "ت",
        "ض": "د",
        "ظ": "ز",
        "ذ": "ز",
        "گ": "ك",
        "ڤ": "ف",
        "ی": "ي",
        "ى": "ي",
        "ة": "ه",
    }
)
_GLUED = ("وبال", "وال", "فال", "بال", "كال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_LETTER_TOKENS = {letter: token for token, letter in PROCLITICS.items()}
TATWEEL = "\u0640"  # the letter stretcher a model may write after a proclitic (لـ, بـ) or by a name: no letter
# adjectives and plurals made from a name (nisba): إيراني, الإيرانية, روسيون
NISBA_SUFFIXES = ("ي", "ية", "يه", "يين", "يون", "يا", "ين")


def remove_marks(word: str) -> str:
    return _MARKS.sub("", word)


def proclitic_readings(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """A normalised word, bare and with each proclitic reading split off: وبالعراق -> (العراق, wa+bi)."""
    options: list[tuple[str, tuple[str, ...]]] = [(word, ())]
    for prefix in _GLUED:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            rest = word[len(prefix) :]
            letters = prefix[:-2] if prefix.endswith("ال") else prefix
            if prefix.endswith("ال"):
                rest = "ال" + rest
            tokens = tuple(_LETTER_TOKENS[ch] for ch in letters)
            options.append((rest, tokens))
            if letters.endswith("ل") and rest.startswith("ل"):  # لل + word = ل + ال + word
                options.append(("ا" + rest, tokens))
    if word.startswith("لل") and len(word) > 3:
        options.append(("ال" + word[2:], ("li",)))
    return options


class ArabicScriptNames(NameGrammar):
    """What Arabic and Persian share: no capitals, the article ال, vowels often left unwritten."""

    CASED = False
    ARTICLE = "ال"
    AGREES_WITH_NOUNS = True  # Arabic verbs and adjectives in gender and number, Persian verbs in number
    PARTICLES = frozenset({"بن", "ابن", "ال", "ابو"})
    DERIVING_SUFFIXES: tuple[str, ...] = NISBA_SUFFIXES

    def spelling_key(self, word: str) -> str:
        """Without the article, with letters heard alike made one (حقان ~ هاكان) and without the long vowels
        inside the word (بوتن ~ بوتين; a last ي stays: it makes adjectives of names)."""
        word = self.normalise(word)
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        word = word.translate(_SOUNDS)
        if len(word) > 2:
            word = word[:1] + word[1:-1].translate(_WITHOUT_LONG_VOWELS) + word[-1:]
        return word

    def allowed_edits(self, key: str) -> int:
        """The key has lost its vowels and folded the letters heard alike already, so what differs is a
        consonant: none up to five letters (three-consonant roots make many words alike), one up to
        eight, two beyond."""
        return 0 if len(key) <= 5 else 1 if len(key) <= 8 else 2

    def position_tolerance(self, key: str) -> int:
        return self.allowed_edits(key)

    def loose_readings(self, key: str) -> list[str]:
        return [key[2:]] if key.startswith("ال") and len(key) > 4 else []  # an article the name lacks: الاسد

    def spelling_variants(self, key: str) -> list[str]:
        """A foreign name's final "-a" is written ا, ة (ه once normalised) or اة/اه: سوريا ~ سورية,
        حماة ~ حماه ~ حما. Only the final letters change, so ordinary words that merely sound alike
        (صورة "image" ~ سوريا) are not taken for the name."""
        if len(key) < 3:
            return []
        if key.endswith("اه"):
            return [key[:-1], key[:-2] + "ه"]
        if key.endswith("ه"):
            return [key[:-1] + "ا", key[:-1] + "اه"]
        if key.endswith("ا"):
            return [key[:-1] + "ه", key + "ه"]
        return []

    def derived_from(self, word: str, name: str) -> bool:
        """An adjective or plural made from the name: إيراني, الإيرانية, آمریکایی; for a name ending in
        "-a" from the stem before it: سوري, السورية, روسی (of سوريا, روسیه). Without the article, stem + ية
        is also how Syria itself is often written (سورية), so there it counts as the name."""
        article = self.ARTICLE or ""
        bare_name = name[len(article) :] if article and name.startswith(article) else name
        has_article = bool(article) and word.startswith(article) and not name.startswith(article)
        bare_word = word[len(article) :] if has_article else word
        for stem in (name, bare_name):
            if word.startswith(stem) and word[len(stem) :] in self.DERIVING_SUFFIXES:
                return not self._ezafe_not_suffix(stem, word[len(stem) :])
        for ending in ("يا", "یا", "يه", "یه", "ا", "ه"):
            if bare_name.endswith(ending) and len(bare_name) - len(ending) >= 2:
                stem = bare_name[: -len(ending)]
                suffix = bare_word[len(stem) :] if bare_word.startswith(stem) else None
                if suffix in self.DERIVING_SUFFIXES and suffix not in (ending, "یا", "يا"):
                    return has_article or suffix not in ("ية", "يه")
                break
        return False

    @staticmethod
    def _ezafe_not_suffix(stem: str, suffix: str) -> bool:
        return False

    def qualifies_noun_before(self, text_before: str, word: str) -> bool:
        """The feminine nisba (تركية, سورية: Turkish, Syrian) is written like the name's ة spelling: right
        after an indefinite plural of things or persons, or an adjective agreeing with one (قوات سورية,
        طائرات مسيرة تركية), it agrees with that noun as its adjective, and is not the place. After a
        singular feminine noun it may be either (حكومة سورية: a Syrian government, the government of Syria):
        :meth:`ArabicNames.read_name` flags it there."""
        if not re.search(r"[ةه]$", word):
            return False
        words = _indefinite_words_before(text_before)
        return bool(words) and (
            _sound_plural(words[-1]) or (words[-1].endswith("ة") and len(words) >= 2 and _sound_plural(words[-2]))
        )


# the article of a definite noun, after the proclitics it may carry: (و|ف)(ب|ك)ال..., (و|ف)لل... (ل + ال)
_NOUN_ARTICLE = LazyPattern(r"(?:[وف]?[بك]?(ال)|[وف]?ل(ل))(?=[^\W\d_]{2})")
# words that begin like a definite noun and are none: relative pronouns, الله
_NOT_NOUNS = frozenset("الذي التي الذين اللذين اللتين اللاتي اللواتي الله".split())


# a hamza on a seat or alone, which no name written without one gets from a model's misspelling of it
_INNER_HAMZA = LazyPattern("[\u0626\u0624\u0621]")


# a state's official long form around its short name, normalised: the head noun before the name (جمهورية العراق,
# دولة قطر, مملكة البحرين), the adjective after it with no head (روسيا الاتحادية) and after it with one (جمهورية
# إيران الإسلامية, جمهورية مصر العربية)
_STATE_HEADS = frozenset("جمهوريه دوله مملكه سلطنه اماره".split())
_STATE_ADJECTIVES = frozenset({"الاتحاديه"})
_STATE_ADJECTIVES_AFTER_HEAD = frozenset("الاتحاديه الاسلاميه العربيه الهاشميه".split())
# the offices whose title holds the long form (رئيس جمهورية العراق, وزير دولة for a minister of state): the title's
# wording, not the name's
_OFFICES_OF_A_REPUBLIC = frozenset("رئيس رئاسة نائب وزير وزيرة".split())
_PREPOSITIONS_BEFORE_STATES = frozenset("من إلى في على عن مع بين حتى نحو لدى عبر مثل ضد تجاه داخل خارج".split())


class ArabicNames(ArabicScriptNames):
    RULER_TITLES = frozenset({"امير", "ملك", "رييس", "سلطان", "عاهل"})  # أمير قطر, ملك الأردن, رئيس روسيا

    def spelling_key(self, word: str) -> str:
        """Also the "ch" of a foreign name, written تش, ش or with the Persian چ alike (سوتشي ~ سوشي ~ سوچي,
        تشيشان ~ شيشان), and its hard "g", written غ or, as Egyptian ج is said, ج alike (أردوجان ~ أردوغان,
        بلجراد ~ بلغراد), in a key of five letters or more: a shorter one makes Arabic words of each other
        (رجب, "Rajab", and رغب, "desired", before أردوغان)."""
        key = super().spelling_key(word).replace("تش", "ش").replace("چ", "ش")  # Persian چ: سوچي ~ سوتشي
        return key.replace("ج", "غ") if len(key) >= 5 else key

    def feminine_variants(self, key: str) -> list[str]:
        """The feminine ة (ه once normalised) on a masculine noun: بطلة of بطل, رئيسة of رئيس, not on a word
        with the article or a feminine or vowel ending already."""
        if len(key) < 3 or key.startswith(self.ARTICLE or "ال") or key.endswith(("ه", "ا", "ي", "ى", "ات")):
            return []
        return [key + "ه"]

    def links_phrases(self, word: str) -> bool:
        """A preposition, particle or adverb (في, على, بين, خلال), with و or ف before it or not."""
        return _function_word(word)

    def letters_no_misspelling_adds(self, word: str, name: str) -> bool:
        """A hamza inside a word or at its end (ئ ؤ ء): models drop a name's hamza (ايران for إيران), but
        do not put one into a name that has none, while the spelling key reads ئ as ي and drops it with
        the long vowels, so ordinary words come out with a name's key (رئيسا, "president", as روسيا)."""
        return bool(_INNER_HAMZA.search(word)) and not _INNER_HAMZA.search(name)

    def agrees_alike(self, common: str, name: str, person: bool) -> bool:
        """Verbs and adjectives agree in gender: a noun or a place whose head word ends in ة or ا (and a
        plural of things, in ات) takes the feminine, a person the masculine; a place of another ending
        (إيران is feminine, العراق masculine) is not known, so the sentence is checked."""
        feminine = _feminine_ending(common)
        if person:
            return feminine is False
        return feminine is True and _feminine_ending(name) is True

    def state_form(self, before: Sequence[str], after: Sequence[str], text_before: str) -> StateForm | None:
        """«روسيا الاتحادية» (the adjective after the name), «جمهورية العراق», «لدولة قطر», «جمهورية إيران
        الإسلامية» (a head noun before it, which may carry the proclitic the name then takes, and the long
        form's adjective after it). The head noun after a president's title («رئيس جمهورية العراق») is the
        title's own wording, left, and so is the adjective after a name that is a feminine noun's possessor
        («حكومة العراق الاتحادية», Iraq's federal government). A head noun governed by no preposition may have a
        verb or an adjective agreeing with it, in the feminine: that is checked."""
        head: str | None = None
        tokens: tuple[str, ...] = ()
        if before:
            for rest, clitics in self.proclitic_readings(self.normalise(before[-1])):
                if rest in _STATE_HEADS:
                    head, tokens = before[-1], clitics
                    break
            if head is not None and len(before) > 1 and self._among(before[-2], _OFFICES_OF_A_REPUBLIC):
                return None
        adjectives = _STATE_ADJECTIVES_AFTER_HEAD if head is not None else _STATE_ADJECTIVES
        count_after = 1 if after and self.normalise(after[0]) in adjectives else 0
        if head is None:
            if before and remove_marks(before[-1]).endswith(("ة", "ات")):
                return None  # «حكومة العراق الاتحادية»: the adjective agrees with the noun the name is possessor of
            return StateForm(0, 1) if count_after else None
        governed = bool(set(tokens) & {"bi", "li", "ka"}) or (
            len(before) > 1 and self._among(before[-2], _PREPOSITIONS_BEFORE_STATES)
        )
        check = (
            None
            if governed
            else f"the model's '{head}' (a feminine noun) before the name was its long form's head: a verb or "
            "adjective agreeing with it may need another form for the name"
        )
        return StateForm(1, count_after, tuple(tokens) or None, check)

    def _among(self, word: str, words: frozenset[str]) -> bool:
        """Whether a word, normalised, is one of ``words`` as written (normalised once)."""
        cache = self.__dict__.setdefault("_normalised_sets", {})
        if words not in cache:
            cache[words] = frozenset(self.normalise(w) for w in words)
        return self.normalise(word) in cache[words]

    CONTEXT_TOKENS = TOKENS
    POSSESSOR_BY_ORDER = True
    MODIFIER_AS_POSSESSOR = True
    BODY_HEADS = frozenset("تنظيم منظمه جماعه حركه جبهه ميليشيا ميليشيات فصيل مجموعه شبكه هيئه حزب".split())
    NO_FUZZY_AFTER = frozenset({"ka"})  # "like" + a misspelt name is too rare to risk وكثيرا
    HONORIFICS = ("آية الله", "الشيخ", "شيخ", "الأمير", "الملك", "الإمام", "حجة الإسلام", "الرئيس", "فخامة")
    TITLES_BEFORE_NAMES = ("أمير", "سمو", "صاحب السمو", "السلطان")
    CLERICAL_RANKS = ("آية الله العظمى", "آية الله", "حجة الإسلام")

    def honorific(self, words: Sequence[str]) -> bool:
        """A title with a proclitic glued to its first word (وآية الله, للشيخ) is the title too."""
        if super().honorific(words):
            return True
        for size in (1, 2):
            if len(words) >= size:
                first, *rest = words[-size:]
                for bare, clitics in self.proclitic_readings(self.normalise(first)):
                    if clitics and super().honorific([bare, *rest]):
                        return True
        return False

    def made_from_name(self, word: str, names: Iterable[str]) -> bool:
        key = self.normalise(word)
        bare = key[2:] if key.startswith("ال") and len(key) > 4 else key  # الإيراني: the article on إيراني
        return any(self.derived_from(key, name) or self.derived_from(bare, name) for name in names)

    def possessor_construct(
        self, before: str | None, noun: str, adjective: str, names: Iterable[str]
    ) -> tuple[int, int] | None:
        """المدرب الروسي ("the Russian coach") for "Russia's coach" is مدرب روسيا: the definite noun loses its
        article and the name follows it (an idafa; والحكومة السورية -> وحكومة سوريا, للموقف الروسي ->
        لموقف روسيا, وزير الخارجية السوري -> وزير خارجية سوريا). Only a definite singular nisba right after a
        definite noun; a noun that may itself be an adjective (ending in ي or ية) only after an indefinite
        word that heads it (وزير الخارجية), never after another definite noun (القوات الجوية الروسية: "the
        Russian air forces", الجوية being their adjective)."""
        key = self.normalise(adjective)
        if not (key.startswith("ال") and key.endswith(("ي", "يه")) and self.made_from_name(adjective, names)):
            return None
        article = _NOUN_ARTICLE.match(noun)
        if article is None:
            return None
        bare = self.normalise(noun[article.end() :])
        if self.normalise(noun) in _NOT_NOUNS or self.made_from_name(noun, names) or len(bare) < 2:
            return None
        if bare.endswith(("ي", "يه")) and (before is None or _NOUN_ARTICLE.match(before) or len(before) < 3):
            return None
        group = 1 if article.group(1) else 2
        return article.start(group), article.end(group)

    def construct_ending(self, noun: str) -> bool:
        """A dual's or a sound masculine plural's ending (ان, ين, ون) after a stem of three letters or more: in the
        idafa it loses its nun (مبعوثا روسيا, مبعوثي روسيا), as a singular's own ending (البرلمان) does not."""
        article = _NOUN_ARTICLE.match(noun)
        bare = self.normalise(noun[article.end() :] if article else noun)
        return len(bare) >= 5 and bare.endswith(("ان", "ين", "ون"))

    def possessor_order_open(self, before: str, noun: str, after: str) -> bool:
        """A definite noun in construct after an indefinite one that heads it (وكالة السياحة, هيئة الاستثمار):
        the name may follow the whole construct with في (وكالة السياحة في روسيا) or take the second noun's place
        in it (وكالة سياحة روسيا). Only a head its ending shows to be a noun (ة, or the plural's ات: صادرات
        النفط); a word without one may be a verb (أشاد المدرب الروسي), after which the noun opens the phrase."""
        head = re.search(r"([^\W\d_]+)[ \u00a0]+$", before)
        if head is None or _NOUN_ARTICLE.match(head.group(1)) or _NOUN_ARTICLE.match(noun) is None:
            return False
        key = self.normalise(head.group(1))
        return (
            len(key) >= 4
            and head.group(1).endswith(("ة", "ات"))
            and key not in _NO_NOUN
            and self.normalise(noun) not in _NOT_NOUNS
        )

    def possessor_may_follow(self, before: str) -> bool:
        """Not right after a word with the article (صادرات النفط [[1]], القوات الحكومية [[2]]): a noun in
        construct loses it, and an adjective is no possessor's noun."""
        word = re.search(r"([^\W\d_]+)[ \u00a0]*$", before)
        return word is None or _NOUN_ARTICLE.match(word.group(1)) is None

    def possessor_preposition(self, before: str | None, noun: str) -> str | None:
        """في after a construct the source names (فيلق القدس الإيراني for "Iran's Quds Force": فيلق القدس في
        إيران), whose indefinite head (no article, no preposition) stands before the definite noun: taking the
        article off that noun would take it off the name's own word (فيلق قدس)."""
        if before is None or _NOUN_ARTICLE.match(before) or _NOUN_ARTICLE.match(noun) is None:
            return None
        key = self.normalise(before)
        if len(key) < 3 or key in _NO_NOUN or self.normalise(noun) in _NOT_NOUNS:
            return None
        return "في"

    def possessor_beside_adjective(self, before: str | None, head: str, adjective: str) -> str | None:
        """في where a body's name is a construct of its own (جهاز المخابرات, "the intelligence organisation", an
        indefinite head before the definite noun) whose noun has a feminine adjective: جهاز المخابرات الوطنية
        التركية for "Turkey's National Intelligence Organisation" made the construct جهاز مخابرات تركيا الوطنية
        would make الوطنية read as Turkey's (a feminine name), so it is جهاز المخابرات الوطنية في تركيا, as
        فيلق القدس في إيران. A masculine adjective cannot agree with the name (جهاز أمن روسيا الفيدرالي): the
        construct stays."""
        if before is None or not remove_marks(adjective).endswith("ة"):
            return None
        return self.possessor_preposition(before, head)

    def possessor_over_adjective(
        self, before: str | None, head: str, adjective: str, relational: str, names: Iterable[str]
    ) -> tuple[int, int] | None:
        """البنك المركزي التركي ("the Turkish central bank") for "Turkey's central bank" is بنك تركيا المركزي:
        the idafa with the noun's own adjective kept after the name, still definite, as the possessor makes
        the noun (للبنك المركزي التركي -> لبنك تركيا المركزي, الناقلة الوطنية التركية -> ناقلة تركيا
        الوطنية, القوات الجوية الروسية -> قوات روسيا الجوية). A definite word after a definite noun is its
        adjective, never its genitive; only an adjective with the ending of a relational one (ي, ية) is
        taken as such, after a noun that has no such ending itself (not الجوية of القوات الجوية الفضائية,
        itself an adjective) and that is made from no name (not العلاقات التركية الروسية's own); and only where
        the noun opens its phrase: after another definite word (المجلس الأعلى للأمن القومي الإيراني, "Iran's
        Supreme National Security Council") the relational adjective may be an earlier noun's, and the words
        stay as the model wrote them."""
        key = self.normalise(relational)
        if not (key.startswith("ال") and key.endswith(("ي", "يه")) and self.made_from_name(relational, names)):
            return None
        own = self.normalise(adjective)
        if not (
            own.startswith("ال") and own.endswith(("ي", "يه")) and len(own) >= 5 and own not in _NOT_NOUNS
        ) or self.made_from_name(adjective, names):
            return None
        article = _NOUN_ARTICLE.match(head)
        if article is None or (before is not None and _NOUN_ARTICLE.match(before)):
            return None
        bare = self.normalise(head[article.end() :])
        if self.normalise(head) in _NOT_NOUNS or self.made_from_name(head, names) or len(bare) < 2:
            return None
        if bare.endswith(("ي", "يه")):
            return None
        group = 1 if article.group(1) else 2
        return article.start(group), article.end(group)

    def normalise(self, word: str) -> str:
        """Diacritics and tatweel removed; alef forms (أ إ آ ٱ) as ا, ى as ي, ة as ه, Persian ی/ک as ي/ك."""
        return remove_marks(word).translate(_NORMAL)

    def proclitic_readings(self, key: str) -> list[tuple[str, tuple[str, ...]]]:
        return proclitic_readings(key)

    def read_name(self, name: NameInSentence) -> FormRead:
        clitics = list(name.words[0].proclitics) if name.words else []
        start, clitics = _standalone_conjunction(name.text, name.start, clitics)
        doubt = None
        written = self.normalise(name.words[-1].text) if len(name.words) == 1 and not clitics else ""
        words = _indefinite_words_before(name.text[:start])
        if (
            written.endswith("ه")
            and self.normalise(name.forms["nom"]).endswith("ا")
            and words
            and words[-1].endswith("ة")
        ):
            doubt = (
                f"'{name.words[-1].text}' after '{words[-1]}' was read as '{name.name}', but {MAYBE_ADJECTIVE}, "
                f"agreeing with the noun: check it"
            )
        return FormRead(tuple(clitics) if check_tokens(clitics) is None else (), start, name.end, doubt)

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        start = name.start
        clitics = [_LETTER_TOKENS[ch] for ch in name.clitic if ch != TATWEEL]  # وـبـ[[1]]: letters only
        if name.clitic and check_tokens(clitics) is None:
            start -= len(name.clitic)
        else:
            clitics = []
        start, clitics = _standalone_conjunction(name.text, start, clitics)
        return FormRead(tuple(clitics) if check_tokens(clitics) is None else (), start, name.end)


# endings of indefinite plurals of things and persons (طائرات, مقاتلين, مسلحون)
_PLURAL_ENDINGS = ("ات", "ين", "ون")
# singular words with those endings (مليون, قانون, تشرين): no plural an adjective agrees with
_NOT_PLURALS = frozenset("مليون قانون كانون تشرين فلسطين يمين ياسين".split())
# prepositions, particles and adverbs a name may follow, which no adjective agrees with (بين سورية وتركيا,
# من دون سورية, في سورية, خاصة سورية: especially Syria); the short ones (في, من, عن) by their length alone
_NO_NOUN = frozenset(
    "إلى الى على حتى منذ عند لدى نحو ضد بين دون بدون خلال قبل بعد أمام امام خلف حول عبر تجاه ثم أو او أن ان "
    "إن لكن كل غير سوى عدا مثل حيث خاصة وخاصة بخاصة خصوصا لاسيما سيما أيضا ايضا كذلك".split()
)


def _sound_plural(word: str) -> bool:
    """Whether a word has the ending of an indefinite sound plural (طائرات, مقاتلين, مسلحون), as a noun of
    four letters or more (not بين, دون, ذات) and none of the singular words so ending."""
    return len(word) >= 4 and word.endswith(_PLURAL_ENDINGS) and word not in _NOT_PLURALS


def _indefinite_words_before(text_before: str) -> list[str]:
    """The last two words right before a word (a space apart, no punctuation), from the last one with the
    article on: the indefinite noun and adjective a word after them may agree with. None where the word
    right before is a preposition, a particle or an adverb (في سورية, بين سورية وتركيا, خاصة سورية): nothing
    there for the word to agree with; and only that one where such a word comes before it."""
    found = re.search(r"(?:([^\W\d_]+)[ \u00a0]+)?([^\W\d_]+)[ \u00a0]+$", text_before[-60:])
    if not found or _function_word(found.group(2)):
        return []
    words = [found.group(2)] if found.group(1) is None or _function_word(found.group(1)) else list(found.groups())
    while words and words[0].startswith(ARTICLE):
        words.pop(0)
    return words


def _function_word(word: str) -> bool:
    """A preposition, particle or adverb (_NO_NOUN), or a word of two letters (في, من), a و before it or not."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return len(bare) < 3 or bare in _NO_NOUN or word in _NO_NOUN


def _standalone_conjunction(text: str, start: int, clitics: list[str]) -> tuple[int, list[str]]:
    """Proclitics written apart from the name ("و بوتين", "و Moscow") are glued back to it."""
    if clitics:
        return start, clitics
    match = re.search(r"(?:^|\s)([\u0648\u0641]?\u0640*[\u0628\u0644\u0643]?)\u0640*\s+$", text[:start])
    if not match or not match.group(1):
        return start, clitics
    tokens = [_LETTER_TOKENS[ch] for ch in match.group(1) if ch != TATWEEL]
    if not tokens:  # a tatweel alone between spaces is a dash ("قمة بوتين ـ أردوغان"), no proclitic
        return start, clitics
    return (match.start(1), tokens) if check_tokens(tokens) is None else (start, clitics)


def _feminine_ending(phrase: str) -> bool | None:
    """Whether the head (first) word of an Arabic noun phrase ends as the feminine does (ة, ا, اء, and ات of
    a plural of things); None for no word."""
    words = remove_marks(phrase).split()
    return words[0].endswith(("ة", "ا", "ات", "اء")) if words else None


NAMES = ArabicNames()
