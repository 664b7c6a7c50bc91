"""Turkish: case suffixes after an apostrophe, by vowel and consonant harmony.

Proper names keep their spelling and take the suffix after an apostrophe
(Erdoğan'ın, Putin'e, Tahran'da, Irak'ta). Harmony follows pronunciation, so a
glossary entry may give ``pronounced`` for its last word (ABD -> "abede" ->
ABD'nin). Forms the rules get wrong (compounds ending in the possessive, such
as Nusra Cephesi'ne) are written out in the glossary and win over the rules.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from ..patterns import LazyPattern
from .names import FormRead, NameGrammar, NameInSentence, StateForm, WordRead, doubled_once

CASES = ("nom", "gen", "acc", "dat", "loc", "abl", "ins")
TOKENS = frozenset(CASES) - {"nom"}
STORED_FORMS = frozenset(CASES) - {"nom"}
REQUIRES_ALL_FORMS = False

# --- What the rest of the toolkit asks of Turkish (the grammar protocol, beyond rendering) -------------

FORM_ORDER = CASES[1:]
USES_ZWNJ = False
FOREIGN_LETTERS: Mapping[str, str] = {}
FOREIGN_LETTERS_OF = ""
# English words that no Turkish sentence has: one is enough to show English left in a Turkish edition.
# (Words that are also Turkish, such as "at", "her", "has", "it", "on" or "is", are left out.)
ENGLISH_ONLY_WORDS = frozenset(
    "the with was were which would could should said that this these those from their they them been "
    "have will what when where while there about after before into than because against between during "
    "through under until also only very being does did".split()
)
# English function words that are rare in Turkish text: two of them in one sentence show English too.
ENGLISH_RARE_WORDS = frozenset("and of for to in by or not but who as be are his its".split())
NAME_AGREEMENT = False
_SPELLED_WORD = LazyPattern(r"[^\W\d_]+")
_FRONT_VOWELS = set("eiöü")
_ALL_VOWELS = set("aeıioöuü")


def declined_forms(forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
    return [(case, inflect(forms, [case], pronounced)) for case in CASES[1:]]


def joined_forms(forms: Mapping[str, str]) -> list[tuple[str, str]]:
    return []


def spelling_problems(text: str) -> list[tuple[str, str, str, str | None]]:
    """The dotted and dotless I written the English way (I/ı, İ/i are four letters in Turkish)."""
    problems: list[tuple[str, str, str, str | None]] = []
    if "\u0307" in unicodedata.normalize("NFD", text.replace("İ", "")):
        problems.append(
            (
                "turkish-i",
                f"{{field}} has a combining dot above (a sign of lowercasing İ the English way): {text!r}",
                "write i or İ directly",
                None,
            )
        )
    for word in _SPELLED_WORD.findall(text):
        rest = word[1:].replace("I", "").replace("İ", "")
        if len(word) > 1 and rest == rest.lower() and any(ch in "Iİ" for ch in word[1:]):
            problems.append(("turkish-i", f"{{field}}: capital I/İ inside {word!r}", "use the lowercase ı or i", None))
        capitals = word.replace("ı", "").replace("i", "")
        if len(capitals) > 1 and capitals.isupper() and any(ch in "ıi" for ch in word):
            problems.append(
                ("turkish-i", f"{{field}}: lowercase ı/i inside the capitals of {word!r}", "use I or İ", None)
            )
        vowels = [ch for ch in word[1:].lower() if ch in _ALL_VOWELS]
        if word[0] == "I" and not word.isupper() and vowels and all(v in _FRONT_VOWELS for v in vowels):
            problems.append(
                (
                    "turkish-i",
                    f"{{field}}: {word!r} starts with dotless I before front vowels",
                    f"write İ{word[1:]} if the word is said with i (İdlib, İzmir)",
                    "warning",
                )
            )
    return problems


def agreement_after(number: int | None, rest: str) -> str | None:
    return None  # a noun after a number stays singular


def after_number(old: int | None, new: int | None, rest: str) -> str:
    """The text after a number, its suffix ('de, 'nin) following the new number's sound: 2018'de, 2019'da."""
    match = re.match(r"(['’])([^\W\d_]+)", rest)
    if match is None:
        return rest
    if old is None or new is None:
        raise ValueError("a suffix after a decimal number")
    old_said, new_said = number_words(old), number_words(new)
    if all(suffix(old_said, case) == suffix(new_said, case) for case in ("gen", "acc", "loc")):
        return rest  # the same vowel and consonant harmony: every suffix stays as written
    case = case_of_suffix(match.group(2))
    if case is None:
        raise ValueError(f"the suffix '{match.group(2)} after {old} cannot be re-derived for {new}")
    return match.group(1) + suffix(new_said, case) + rest[match.end() :]


# --- Numbers as said, for the harmony of a suffix after them ---------------------------------------------

_ONES = ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_TENS = ("", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")
_SCALES = ("", "bin", "milyon", "milyar", "trilyon", "katrilyon")


def number_words(number: int) -> str:
    """A whole number as said in Turkish: 2020 -> "iki bin yirmi", 1000 -> "bin", 0 -> "sıfır"."""
    if number == 0:
        return "sıfır"
    if number >= 1000 ** len(_SCALES):
        return " ".join(_ONES[int(digit)] or "sıfır" for digit in str(number))
    words: list[str] = []
    scale = 0
    while number:
        number, group = divmod(number, 1000)
        if group:
            hundreds, rest = divmod(group, 100)
            tens, ones = divmod(rest, 10)
            said = [] if hundreds == 0 else ["yüz"] if hundreds == 1 else [_ONES[hundreds], "yüz"]
            said += [word for word in (_TENS[tens], _ONES[ones]) if word]
            if scale == 1 and group == 1:
                said = []  # "bin", not "bir bin"
            words = said + ([_SCALES[scale]] if scale else []) + words
        scale += 1
    return " ".join(words)


_VOWELS = "aeıioöuüâîû"
_BACK = set("aıouâû")
_ROUNDED = set("oöuüû")
_VOICELESS = set("çfhkpsştx")  # fıstıkçı şahap (+x for foreign spellings)
# the name a digit is said with, for harmony after numbers
_DIGIT_WORDS = ("sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")


def turkish_lower(text: str) -> str:
    """Text in lowercase as Turkish writes it: I as ı and İ as i (str.lower makes I an i, and İ an i with a
    combining dot above); every other letter as str.lower makes it."""
    return text.replace("I", "ı").replace("İ", "i").lower()


# How well-known names written in Latin letters are said, as the Turkish press writes their suffixes (the
# suffix follows pronunciation, TDK): Mac'te, Apple'ın, iPhone'da, YouTube'un, Zoom'da. Spelling alone cannot
# tell these (Mac would take -da, Apple -de, iPhone -de); a glossary entry's ``pronounced`` wins over this
# table, which serves names no glossary covers yet. Turkish loanwords with a soft l (terminal, kontrol,
# protokol) take front vowels: Terminal'de.
SAID_AS = {
    "mac": "mek",
    "macbook": "mekbuk",
    "imac": "aymek",
    "ipad": "aypet",
    "iphone": "ayfon",
    "ipod": "aypot",
    "icloud": "aykılaut",
    "apple": "epıl",
    "google": "gugıl",
    "youtube": "yutub",
    "facebook": "feysbuk",
    "twitter": "tivitır",
    "microsoft": "maykrosoft",
    "netflix": "netfliks",
    "spotify": "spotifay",
    "samsung": "samsung",
    "zoom": "zum",
    "adobe": "ıdobi",
    "linkedin": "linkdin",
    "airbnb": "erbienbi",
    "slack": "slek",
    "snapchat": "snepçet",
    "whatsapp": "vatsap",
    "xbox": "ekboks",
    "skype": "skayp",
    "terminal": "terminel",
    "kontrol": "kontröl",
    "protokol": "protoköl",
    "petrol": "petröl",
    "festival": "festivel",
    "global": "globel",
    "final": "finel",
    # names whose ending no rule of foreign_reading gets right
    "airbus": "erbas",  # -bus said "bas"
    "uber": "uber",  # the press writes Uber'in
    "bayer": "bayer",  # German, without a German spelling: Bayer'in
    "pfizer": "fayzır",  # German spelling, said the English way
    "nvidia": "envidya",
    "cannes": "kan",  # Cannes'da
    "louvre": "luvr",
    "chevrolet": "şevrole",
    "citroen": "sitroen",
    "versailles": "versay",
    "porsche": "porşe",
}


def said_as(text: str) -> str | None:
    """How the last word of ``text`` is said where spelling misleads: a name of :data:`SAID_AS`, else by the
    rules of :func:`foreign_reading` where the word is spelt as no Turkish word is (Renault, Bordeaux,
    Wall Street, Glasgow); None where it is said as spelt (Erdoğan, Tahran, Rize)."""
    words = text.split()
    if not words:
        return None
    word = words[-1].rstrip(".'’")
    known = said_as_in_table(word)
    if known or not _FOREIGN_SPELLING.search(_plain(word)) or set(word) & _TURKISH_ONLY_LETTERS:
        return known
    return foreign_reading(word, guess_unstressed=False)


def said_as_in_table(text: str) -> str | None:
    """How the last word of ``text`` is said, if it is a name of :data:`SAID_AS`."""
    words = text.split()
    return SAID_AS.get(_plain(words[-1].rstrip(".'’"))) if words else None


# --- How a name spelt the English, French or German way is said ------------------------------------------

_TURKISH_ONLY_LETTERS = set("çğıöşüÇĞİÖŞÜ")
_MARKED = set("éèêëàôœùïÿäß")  # letters of French and German spelling that Turkish does not write
# spellings no Turkish word has, which tell a foreign name kept as written (at run time, where no English
# spelling is at hand): letters Turkish lacks, English and French digraphs, English endings; not a final e
# after a consonant (Rize, Edirne), -ey (Hamaney) or -ph- inside a word (Cephesi), which Turkish words have
_FOREIGN_SPELLING = LazyPattern(
    r"[qxéèêëàôœùïÿäß]|ck|ch|^sh|sh$|sh(?=[^aeiou])|^th|th$|(?<=[^aeiou])th|th(?=[^aeiou])|^ph|ph$"
    r"|ee|oo|ou|eau|aux|ault|eot|igh|(?<!e)ier$|ille$|dge$|ow$|[^aeiouy]y$|[^aeiou]le$"
    r"|tz|(?:mann|stein|berg|burg|dorf|hausen|heim|bach|feld|haus|werk|bahn|wagen)$"
)
_FRENCH = LazyPattern(
    r"[éèêëàôœùï]|(?:eaux?|aux|ault|aut|eot|oux|ieu|eux|eille|ille|ais|ait|ois|oit|(?<!e)ier|que|gne)$"
)
_GERMAN = LazyPattern(r"sch|ß|ä|tz|(?:mann|stein|berg|burg|dorf|hausen|heim|bach|feld|haus|werk|bahn|wagen)$")


def _plain(word: str) -> str:
    """The word in lowercase without the marks Turkish does not write (é -> e, ä -> a); ç ğ ı ö ş ü kept."""
    out = []
    for ch in turkish_lower(word):
        if ch in "çğıöşüâîû":
            out.append(ch)
        elif ch == "ß":
            out.append("ss")
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return "".join(out)


def _french(lowered: str) -> str:
    said = _plain(re.sub(r"ée?$", "\x01", lowered))  # a final é is said: Mbappé, Séjourné, Élysée
    said = re.sub(r"(?:eaux?|aux|ault|aut|eot|ot|aud)$", "o", said)  # Bordeaux, Renault, Peugeot, Rimbaud
    said = re.sub(r"oux?$", "u", said)  # Giroux, Bayrou
    said = re.sub(r"eille$", "ey", said)  # Marseille
    said = re.sub(r"(?<=[^aeiou])ille$", "il", said)  # Lille, Deauville
    said = re.sub(r"ier$", "iye", said)  # Barnier, Olivier, Pernier
    said = re.sub(r"ieu$", "yö", said)  # Richelieu
    said = re.sub(r"(?<=[aeiou])(?:is|it|s|t|x|d|z)$", "", said) if re.search(r"(?:ai|oi)[stx]$", said) else said
    said = re.sub(r"(?<=[^aeiouy])e$", "", said)  # Danone, Orange, Lafarge: the final e is not said
    said = re.sub(r"gn", "ny", said)
    said = said.replace("ch", "ş").replace("qu", "k").replace("ou", "u").replace("oi", "va")
    said = said.replace("eau", "o").replace("au", "o").replace("ai", "e")
    said = re.sub(r"(?:ain|in)$", "en", said)  # Michelin, Chopin
    return said.replace("w", "v").replace("x", "ks").replace("q", "k").replace("\x01", "e")


def _german(said: str) -> str:
    said = said.replace("sch", "ş").replace("tz", "ts").replace("ch", "h")
    said = said.replace("ei", "ay").replace("ie", "i").replace("eu", "oy").replace("äu", "oy").replace("ä", "e")
    said = re.sub(r"z(?=[aeiou])", "ts", said)  # Zeiss; a final z is left as spelt (Scholz'un)
    return said.replace("w", "v").replace("ß", "s")


def _english(said: str, guess_unstressed: bool = True) -> str:
    said = re.sub(r"^(?:wr|kn)", lambda m: m.group()[1], said)  # Wright, Knight: the first letter is silent
    said = re.sub(r"igh(?=t?$)", "\x00", said)  # Wright, Knight, Raleigh: "ay", set apart from the ay of Blair
    said = re.sub(r"(?<=[^aeiou])ey$", "i", said)  # Disney, Whitney, Jersey
    said = said.replace("ai", "ey").replace("ay", "ey")  # Blair, Fairfax, Hayes
    said = re.sub(r"(?<=[^aeiou])y$", "i", said)  # Kennedy, Sarkozy
    said = re.sub(r"(?<=[^aeiou])ow$", "o", said)  # Glasgow, Barlow, Marlow
    said = re.sub(r"(?<=[^aeiou])ie$", "i", said)  # Bernie, Valkyrie
    said = re.sub(r"a(?=([^aeiou]e|nce|[^aeiou]es)$)", "ey", said)  # Blake, Kate, Vance, Gates
    said = re.sub(r"c(?=[eiy])", "s", said)  # Rice, Vance
    said = re.sub(r"(?<=.)i(?=[^aeiou](e|[aeiou][^aeiou]+$))", "ay", said) if len(said) > 3 else said  # Biden
    said = re.sub(r"(?<=[^aeiouy])le$", "ıl", said) if len(said) > 3 else said  # Apple, Google, Oracle: -ıl
    said = re.sub(r"dge$", "c", said)  # Cambridge, Dodge
    said = re.sub(r"(?<=[aeiouy][^aeiouy])es$", "s", said)  # Gates, Jones, Hayes: the e is not said
    if len(said) > 3:  # a silent final e: Vance, Rice, George
        said = re.sub(r"([aeiouy][^aeiouy]{1,2})e$", r"\1", said)
    said = re.sub(r"ght$", "t", said).replace("tch", "ç")
    said = re.sub(r"a(?=ll|lk|lt|w)", "o", said).replace("ow", "o").replace("aw", "o")  # Wall, Walmart, Shaw
    said = said.replace("sh", "ş").replace("ch", "ç").replace("ck", "k").replace("ph", "f").replace("th", "t")
    said = re.sub(r"ee|ea", "i", said)
    said = re.sub(r"(?<![bpfo])u(?=(mp|nk|ng|nt|ck|ff|ss|dd|tt|b$|g$|n$|m$|p$|t$|d$))", "a", said)  # Trump, Hunt
    said = re.sub(r"oo", "u", said)  # after the rule above: Zoom is "zum", not "zam"
    said = re.sub(r"oa|au", "o", said)  # Oakland, Paul
    said = (
        re.sub(r"(?<=[^aeiou])(e|o|a)(?=(n|r)$)", "ı", said)
        if guess_unstressed and re.search(r"([^aeiou]en|son|ton|xon|don|man|gan|[^aeiou]er)$", said) and len(said) >= 5
        else said
    )  # Biden, Clinton, Tucker: a guess, since German names keep the e (Wagner'in, Beckenbauer'in)
    return said.replace("x", "ks").replace("q", "k").replace("w", "v").replace("\x00", "ay")


def foreign_reading(word: str, guess_unstressed: bool = True) -> str | None:
    """How a name spelt the English, French or German way ends when said, in Turkish letters, if that differs
    from its spelling; None for a word with a letter only Turkish writes, or not all letters.

    The family of the spelling is told by its letters and endings: French (é, è; -eau, -aux, -ault, -eot,
    -ille, -ier: Renault "reno", Bordeaux "bordo", Peugeot "pejo", Marseille "marsey"), German (sch, ß, ä,
    tz; -mann, -burg, -stein...: the final e is said, Porsche "porşe"), else English (a silent final e, -ow,
    -ey, -igh, ee and oo, final clusters: Glasgow "glazgo", Disney "dizni", Wright "rayt", Cambridge
    "keymbric"). Approximate by design: the ending decides the suffixes, and a name read wrongly takes a
    ``pronounced`` hint or an entry in :data:`SAID_AS`. ``guess_unstressed`` reads an English unstressed
    -en, -on or -er as "ın" (Biden "baydın", Tucker "takır"), which proposals offer as a doubt and the
    renderer does not guess (German names keep the e: Wagner'in, Beckenbauer'in).
    """
    if set(word) & _TURKISH_ONLY_LETTERS:
        return None
    lowered = turkish_lower(word)
    if not lowered.isalpha():
        return None
    said = _plain(word)
    if _FRENCH.search(lowered):
        said = _french(lowered)
    elif _GERMAN.search(lowered):
        said = _german(said)
    else:
        said = _english(said, guess_unstressed)
    return said if said != lowered else None


def _spoken_ending(text: str) -> str:
    word = text.split()[-1] if text.split() else text
    word = word.rstrip(".'’")
    if word and word[-1].isdigit():
        return _DIGIT_WORDS[int(word[-1])]
    return _plain(word)  # Mbappé'nin: an é is an e


def suffix(word: str, case: str) -> str:
    """The suffix (without apostrophe) of ``case`` for a word said as ``word``."""
    said = _spoken_ending(word)
    vowels = [ch for ch in said if ch in _VOWELS]
    last_vowel = vowels[-1] if vowels else "e"
    back = last_vowel in _BACK
    rounded = last_vowel in _ROUNDED
    ends_in_vowel = bool(said) and said[-1] in _VOWELS
    voiceless = bool(said) and said[-1] in _VOICELESS
    e = "a" if back else "e"  # two-way harmony
    i = ("u" if rounded else "ı") if back else ("ü" if rounded else "i")  # four-way
    d = "t" if voiceless else "d"
    if case == "gen":
        return ("n" if ends_in_vowel else "") + i + "n"
    if case == "acc":
        return ("y" if ends_in_vowel else "") + i
    if case == "dat":
        return ("y" if ends_in_vowel else "") + e
    if case == "loc":
        return d + e
    if case == "abl":
        return d + e + "n"
    if case == "ins":
        return ("y" if ends_in_vowel else "") + "l" + e
    raise ValueError(f"unknown Turkish case {case!r}")


def check_tokens(tokens: Sequence[str]) -> str | None:
    if len(tokens) > 1:
        return "a Turkish name takes one case suffix"
    return None


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    case = tokens[0] if tokens else "nom"
    if case in forms:
        return forms[case]
    base = forms["nom"]
    return f"{base}'{suffix(pronounced or said_as(base) or base, case)}"


# --- Names of institutions: suffixes joined without the apostrophe (TDK) ----------------------------------

# TDK: the names of institutions, bodies and offices take their suffixes without an apostrophe (Türk Dil
# Kurumunun, Irak Kürt Bölgesel Yönetiminin); an entry says so with ``apostrophe: false``
SUFFIX_APOSTROPHE = True


def forms_without_apostrophe(forms: Mapping[str, str], pronounced: str | None) -> dict[str, str]:
    """Every case form with the suffix joined to the name: Yönetimi -> Yönetiminin, Yönetimine (a compound
    ending in the possessive takes the pronominal n), Hizbullah -> Hizbullahın. Written forms win."""
    from .turkish_forms import ends_in_possessive

    base = forms["nom"]
    said = pronounced or base
    possessive = ends_in_possessive(base)
    two_way, four_way = suffix(said, "dat")[-1], suffix(said, "gen")[-2]
    pronominal = {
        "gen": f"n{four_way}n",
        "acc": f"n{four_way}",
        "dat": f"n{two_way}",
        "loc": f"nd{two_way}",
        "abl": f"nd{two_way}n",
        "ins": f"yl{two_way}",
    }
    joined = dict(forms)
    for case in CASES[1:]:
        joined.setdefault(case, base + (pronominal[case] if possessive else suffix(said, case)))
    return joined


# --- Adjectives made from names: Amerikan, Rus (they take no suffix before the noun) -------------------------

ADJECTIVE_AGREEMENT: tuple[str, ...] = ()
ADJECTIVE_TOKENS: frozenset[str] = frozenset()


def inflect_adjective(forms: Mapping[str, str], tokens: Sequence[str]) -> str:
    if tokens:
        raise ValueError("a Turkish adjective before its noun takes no suffix")
    return forms["nom"]


_SUFFIX_SHAPES = (  # the shape of each case suffix in any harmony, after a vowel or a consonant
    ("gen", LazyPattern(r"n?[ıiuü]n")),
    ("acc", LazyPattern(r"y?[ıiuü]")),
    ("dat", LazyPattern(r"y?[ae]")),
    ("loc", LazyPattern(r"[dt][ae]")),
    ("abl", LazyPattern(r"[dt][ae]n")),
    ("ins", LazyPattern(r"y?l[ae]")),
)


def case_of_suffix(suffix: str) -> str | None:
    """The case a suffix written after a name's apostrophe marks ('ın -> gen), or None."""
    suffix = turkish_lower(suffix)
    return next((case for case, shape in _SUFFIX_SHAPES if shape.fullmatch(suffix)), None)


def read_suffix(suffix: str) -> tuple[str | None, str]:
    """A suffix written after a name's apostrophe, as (case, what follows the case suffix).

    Erdoğan'ın -> ("gen", ""), Türkiye'deki -> ("loc", "ki"), Erdoğan'dır -> (None, "dır").
    The longest case suffix at the start wins; the rest is kept as text after the name.
    """
    lowered = turkish_lower(suffix)
    for length in range(min(4, len(lowered)), 0, -1):
        case = case_of_suffix(lowered[:length])
        if case and (length == len(lowered) or lowered[length:] in AFTER_CASE):
            return case, suffix[length:]
    return None, suffix


# what may follow a case suffix in one word: -ki (Türkiye'deki), the copula (Ankara'dadır), -dir/-ydi...
AFTER_CASE = frozenset({"ki", "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür", "ydı", "ydi", "ydu", "ydü"})


def glued_case(word: str, forms: Mapping[str, str], pronounced: str | None) -> tuple[str, str] | None:
    """A case suffix a model wrote straight onto a name, without the apostrophe: (case, rest).

    "Ankaranın" is Ankara + gen, "Türkiyedeki" Türkiye + loc + "ki". Only the
    suffix harmony gives this name counts, so ordinary words that merely begin
    like a name are not read as one.
    """
    base = forms["nom"].split()[-1]
    lowered, stem = turkish_lower(word), turkish_lower(base)
    if not lowered.startswith(stem) or lowered == stem:
        return None
    tail = lowered[len(stem) :]
    for case in CASES[1:]:
        written = forms.get(case)
        expected = (
            turkish_lower(written.split()[-1].split("'")[-1])
            if written and "'" in written
            else suffix(pronounced or forms["nom"], case)
        )
        if tail == expected or (tail.startswith(expected) and tail[len(expected) :] in AFTER_CASE):
            return case, word[len(base) + len(expected) :]
    return None


# --- Names in machine output: suffixes with or without the apostrophe -----------------------------------

_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")
# words a name stands before in the nominative: postpositions and conjunctions
AFTER_NOMINATIVE = ("ile", "ve", "veya", "ya", "yahut", "gibi", "için", "kadar", "hakkında", "tarafından", "ise")
# where a bare name needs no suffix: before punctuation, a postposition or conjunction taking the nominative,
# or a dash joining it to the next name (the group's suffix goes on the last: Rusya-Türkiye'nin)
_BARE_IS_FINE = LazyPattern(rf"\s*(?:[,.;:!?)»”\"\-\u2010-\u2015\u2212]|$|(?:{'|'.join(AFTER_NOMINATIVE)})\b)")
# the last name of a group joined by dashes (Rusya-[Türkiye] İdlib görüşmeleri): the group qualifies what
# follows it, as it stands, or carries a suffix the model would have glued to it
_GROUP_BEFORE = LazyPattern(r"[\]}⟧][\-\u2010-\u2015\u2212]$")
# a capitalised possessed noun after a place: the name of an office or body it qualifies, bare as written
# (Rusya Büyükelçisi, Türkiye Dışişleri Bakanı, Katar Emiri)
_OFFICE_AFTER = LazyPattern(r"\s+[A-ZÇĞİÖŞÜÂÎÛ][^\W\d_]*[ıiuü]\b")


def _written_suffixes(forms: Mapping[str, str]) -> dict[str, str]:
    """The suffixes an editor wrote out after the apostrophe (Devletleri'ni -> acc: ni)."""
    return {
        case: turkish_lower(text.rpartition("'")[2]) for case, text in forms.items() if case != "nom" and "'" in text
    }


def _case_written_by_editor(written: str, forms: Mapping[str, str]) -> tuple[str, int] | None:
    """The case of a suffix the glossary writes out after this name's apostrophe (Yönetimi'nde: the
    pronominal n of a compound), with the suffix's length: "ndeki" -> (loc, 3)."""
    written = turkish_lower(written)
    for case, editor_suffix in _written_suffixes(forms).items():
        if editor_suffix and written.startswith(editor_suffix) and written[len(editor_suffix) :] in AFTER_CASE | {""}:
            return case, len(editor_suffix)
    return None


def _editor_suffixes(forms: Mapping[str, str], base: str) -> dict[str, str]:
    """The suffix an editor wrote out for each case after the name's last word ``base``, with the
    apostrophe (Nusra Cephesi'ne -> ne) or without it (Dini Liderin -> in)."""
    found = {}
    for case, text in forms.items():
        if case == "nom" or not text.split():
            continue
        last = text.split()[-1]
        if "'" in last:
            found[case] = turkish_lower(last.split("'", 1)[1])
        elif last.startswith(base):
            found[case] = turkish_lower(last[len(base) :])
    return found


def _derivational(said: str, tail: str) -> bool:
    """Whether letters glued to a name begin with a derivational suffix, which Turkish writes without an
    apostrophe and which leaves the name itself in the nominative: -lI (İdlibli, Ankaralı), -sIz
    (Esadsız), -CI (Erdoğancı), -CA (Rusça), -lIk, in the harmony the name gives them."""
    harmony = suffix(said, "acc")[-1]  # the four-way vowel: ı i u ü
    two_way = suffix(said, "dat")[-1]  # a e
    voiceless = bool(said) and _spoken_ending(said)[-1:] in _VOICELESS
    c = "ç" if voiceless else "c"
    return tail.startswith((f"l{harmony}", f"s{harmony}z", f"{c}{harmony}", f"{c}{two_way}"))


def possessive_after(said: str, tail: str) -> bool:
    """Whether letters glued to a name ending in a vowel begin with the possessive of the third person, -sI in the
    harmony the name gives it, alone or before a case suffix after its n (Rusyası, Suriyesindeki, Türkiyesinin,
    Rusyasıyla): "Putin's Russia" as Putin'in Rusya'sı. The name itself stays in the nominative; TDK writes the
    suffix after an apostrophe (Rusya'sı), as any inflection of a proper name."""
    if not said or turkish_lower(said)[-1:] not in _VOWELS:
        return False
    harmony = suffix(said, "acc")[-1]
    if not tail.startswith(f"s{harmony}"):
        return False
    rest = tail[2:]
    if not rest:
        return True
    if rest.startswith("n"):
        return read_suffix(rest[1:])[0] is not None  # Suriyesindeki, Rusyasının
    return rest.startswith("yl") or rest in AFTER_CASE


# a plural common noun after a word of origin: people of the place (Suriyeli mülteciler, Türkiyeli Kürtler)
_PEOPLE_AFTER = LazyPattern(r"\s+[^\W\d_]+l[ae]r[^\W\d_]{0,4}(?![\w-])")
# the word of origin in the plural, a noun of its own (İranlılar, Suriyeliler, Iraklılara): the people of the place
_PLURAL_OF_ORIGIN = LazyPattern(r"l[ıiuü]l[ae]r")


def _demonym_for_the_name(name: NameInSentence, last: WordRead) -> str | None:
    """Why a name the model wrote with the suffix of origin -lI (İranlılar, Suriyeli) is in doubt where the source
    makes the name itself a possessor or a subject ("Syria's army", "Iran said"): the demonym says "Syrian",
    "the Iranians", where Turkish needs the name (Suriye ordusu, Suriye'nin ordusu; İran ... söyledi); the
    model's word is kept, flagged. None where the source gives the name another role ("were from Iran":
    İranlıydı), where a plural noun of people follows the possessor ("Syria's refugees": Suriyeli mülteciler,
    the people of the place, a right reading) or where the suffix is no -lI."""
    if last.suffix or name.preposition or not (name.possessor or name.subject):
        return None
    said = name.forms["nom"]
    harmony = suffix(said, "acc")[-1]
    if not turkish_lower(last.rest).startswith(f"l{harmony}"):
        return None
    if name.possessor and not name.subject and _PEOPLE_AFTER.match(name.text[name.end :]):
        return None  # "Syria's refugees": Suriyeli mülteciler, people of the place, a right reading
    if name.possessor and not name.subject and _PLURAL_OF_ORIGIN.match(turkish_lower(last.rest)):
        return None  # "Iran's people rejected": İranlılar, the people of the place, the possessed noun in the word
    role = "possessor" if name.possessor else "subject"
    return (
        f"'{name.forms['nom']}{last.rest}': the model's word of origin (-{last.rest[:2]}) for what the source "
        f"makes the {role} '{name.name}', which Turkish writes as the name itself (a possessor in the genitive or "
        "before its noun with the possessive): check it"
    )


def _case_on_the_bare_head(written: str, nominative: str) -> str | None:
    """The case a model's last word shows where it wrote the head noun of a compound name bare, with a case
    suffix on it and without the compound's possessive (uçağın, uçakta for "yolcu uçağı": gen, loc); None
    where it did not. The accusative is left out: uçağı is also the compound's own nominative."""
    head = turkish_lower(nominative.split()[-1])
    ending = _POSSESSIVE_END.search(head)
    written = turkish_lower(written)
    if ending is None or not ending.group() or written == head:
        return None
    stem = head[: ending.start()]
    hardened = stem[:-1] + _HARDENED.get(stem[-1:], stem[-1:])  # uçağ: the bare noun is uçak
    for bare in dict.fromkeys((stem, hardened)):
        if len(bare) < 3 or not written.startswith(bare):
            continue
        tail = written[len(bare) :]
        for case in ("gen", "dat", "loc", "abl", "ins"):
            if tail == suffix(bare, case):
                return case
    return None


# a last consonant softened before a vowel, and the bare noun's (uçağı: uçak, kitabı: kitap, ağacı: ağaç)
_HARDENED = {"ğ": "k", "b": "p", "d": "t", "c": "ç"}
_VOWELLESS = str.maketrans("", "", "aeıioöuüy")
# conjunctions, postpositions, particles and determiners: the words that link a sentence's phrases
_LINKING_WORDS = frozenset(
    "ve ile veya ya yahut ama fakat ancak ise de da ki mi mı mu mü için gibi kadar göre karşı sonra önce "
    "dolayı rağmen üzerinden boyunca bu şu o bir her".split()
)
# a last consonant and the one it becomes before a vowel, in spelling keys (uçak/uçağı, kitap/kitabı, ağaç/ağacı)
_SOFTENED_PAIRS = frozenset({("k", "g"), ("p", "b"), ("t", "d"), ("c", "c")})
# the voiced consonant of a name's last k, t, p in a folded spelling key (ğ folds to g)
_SOFTENED = {"k": "g", "t": "d", "p": "b"}
# a compound's head: the 3rd-person possessive (-(s)I, -lArI), then perhaps a case with the pronominal n
# (hattı, hattını, ülkeleri, kurulu, ayında, bölgesinden)
_COMPOUND_HEAD = r"(?:s?[ıiuü]|l[ae]r[ıi])(?:n(?:[ıiuü]n?|[ae]|d[ae]n?|t[ae]n?)|yl[ae])?$"
# the 3rd-person possessive a compound's head carries (yolcu uçağı, Birleşik Devletleri): without the
# word before it, the same ending reads as the accusative of the bare noun
_POSSESSIVE_END = LazyPattern(r"(?:s?[ıiuü])$")


# the adjectives Turkish makes from a country's name that are not the name itself (İran, Irak, Katar stand as
# their own modifiers): Türk for Türkiye, Rus for Rusya
_ETHNIC_ADJECTIVES = {"türkiye": "türk", "rusya": "rus"}
# bodies whose own names open with such an adjective: written so, "Turkey's flag carrier" as Türk Hava Yolları is
# the carrier's name, not a possessor to place
_OWN_NAMES_WITH_ADJECTIVE = (
    ("türk", "hava", "yolları"),
    ("türk", "silahlı", "kuvvetleri"),
    ("türk", "hava", "kuvvetleri"),  # the armed forces' branches are named with the adjective
    ("türk", "deniz", "kuvvetleri"),
    ("türk", "kara", "kuvvetleri"),
    ("türk", "tabipleri", "birliği"),
    ("türk", "ticaret", "bankası"),
    ("türk", "eximbank"),
    ("türk", "kızılay"),
    ("türk", "telekom"),
    ("türk", "dil", "kurumu"),
    ("türk", "tarih", "kurumu"),
    ("türk", "standardları", "enstitüsü"),
    ("türk", "standartları", "enstitüsü"),
    ("türk", "patent", "ve", "marka", "kurumu"),
    ("türk", "hava", "kurumu"),
    ("türk", "diyanet", "vakfı"),
    ("türk", "eczacıları", "birliği"),
    ("türk", "ekonomi", "bankası"),
    ("türk", "mühendis", "ve", "mimar", "odaları", "birliği"),
    ("rus", "ortodoks", "kilisesi"),
)


# a word in the genitive (askerinin, ordunun) or plural (askerleri, askerlerin): the modifiers of a compound's head
# are bare nouns (bayrak taşıyıcı şirketi), so the adjective before such a word modifies it, no possessor
_CASED_MODIFIER = LazyPattern(r"(?:[aeıioöuü]n[ıiuü]n|l[ae]r[ıi]n?)$")


# a state's official long form after its short name: the head noun with the possessive, then perhaps the case
# with the pronominal n, apostrophe or none (Federasyonu, Cumhuriyeti'ne, Devletinden, Krallığı'nın), and the
# adjective that may stand between the name and the head (İran İslam Cumhuriyeti, Suriye Arap Cumhuriyeti)
_STATE_HEAD = LazyPattern(r"(?:federasyon|cumhuriyet|devlet|krallığ|emirliğ|sultanlığ)[uıi]'?(?P<case>[^\W\d_]*)")
_STATE_ADJECTIVES = frozenset({"islam", "ıslam", "islâm", "arap"})
_STATE_CASES = {
    "": "nom",
    **dict.fromkeys(("nın", "nin", "nun"), "gen"),
    **dict.fromkeys(("nı", "ni", "nu"), "acc"),
    **dict.fromkeys(("na", "ne"), "dat"),
    **dict.fromkeys(("nda", "nde"), "loc"),
    **dict.fromkeys(("ndan", "nden"), "abl"),
    **dict.fromkeys(("yla", "yle"), "ins"),
}


class TurkishNames(NameGrammar):
    CASED = True
    LATIN_SCRIPT = True
    SUFFIXED_NAMES = True
    BODY_HEADS = frozenset({"örgüt", "grup", "grub", "hareket", "cephe", "teşkilat", "şebeke", "tugay", "milis"})
    PARTICLES = frozenset({"el", "al", "bin", "ibn", "ben", "es", "eş", "er", "en", "et", "ed", "ez", "ebu"})
    REGION_WORDS = ("latin", "güney", "kuzey", "orta", "batı", "doğu", "anglo", "ispanyol", "iber", "karayip")

    def made_from_name(self, word: str, names: Iterable[str]) -> bool:
        """Türk (Türkiye), Rus (Rusya): the adjective a model writes for a possessor ("Turkey's central bank")."""
        return any(_ETHNIC_ADJECTIVES.get(turkish_lower(name)) == turkish_lower(word) for name in names)

    def possessor_in_place(
        self, adjective: str, following: Sequence[str], names: Iterable[str]
    ) -> tuple[str, ...] | None:
        """A possessor written Türk or Rus before its noun. "Turkey's central bank" as Türk Merkez Bankası is
        Türkiye Merkez Bankası: before an institution's name (its words capitalised, the last with the
        compound's possessive suffix) the country's name stands bare, as the first noun of that name.
        "Turkey's flag carrier" as Türk bayrak taşıyıcı şirketi is Türkiye'nin bayrak taşıyıcı şirketi: before
        a common noun phrase of two words or more, the first word with the possessive suffix ending it and
        lowercase (the words before it may be the thing's own name: Rus RIA ajansı), the name in the genitive.
        A single noun after the adjective (Türk lirası, Rus askerleri) may be the thing's own name or the
        source's adjective: None, the mention stays flagged."""
        if not self.made_from_name(adjective, names) or not adjective[:1].isupper():
            return None
        lowered = tuple(turkish_lower(w) for w in (adjective, *following))
        if any(lowered[: len(own)] == own for own in _OWN_NAMES_WITH_ADJECTIVE):
            return None  # Türk Hava Yolları, Türk Silahlı Kuvvetleri: the adjective is the body's own name's
        capitalised = list(itertools.takewhile(lambda w: w[:1].isupper() and "'" not in w, following[:4]))
        named = [n + 1 for n, w in enumerate(capitalised) if _POSSESSIVE_END.search(turkish_lower(w))]
        if named and named[-1] >= 2:
            return ()  # Türkiye Merkez Bankası, Rusya Dışişleri Bakanlığı: the name's last word has the suffix
        # a common noun phrase: its head the first word with the possessive suffix (not a later verb's past)
        size = next((n + 1 for n, w in enumerate(following[:4]) if _POSSESSIVE_END.search(turkish_lower(w))), 0)
        phrase = following[:size]
        if any(_CASED_MODIFIER.search(turkish_lower(w)) for w in phrase[:-1]):
            return None  # Türk askerlerinin öldüğünü: a noun in the genitive or plural after it, the source's adjective
        if size >= 2 and "'" not in phrase[-1] and phrase[-1][:1].islower():
            # Türkiye'nin bayrak taşıyıcı şirketi; a common noun after the thing's own name is the same phrase
            # (Rus RIA ajansı for "Russia's RIA agency": Rusya'nın RIA ajansı)
            return ("gen",)
        return None

    def state_form(self, before: Sequence[str], after: Sequence[str], text_before: str) -> StateForm | None:
        """«Rusya Federasyonu», «Irak Cumhuriyeti'ne», «İran İslam Cumhuriyetinin», «Katar Devleti'nden»: the
        long form's head noun after the name, with its possessive and the case the sentence needs, which the
        name then takes (a case after -ki, "Rusya Federasyonu'ndaki", is left as written). Turkish verbs do
        not agree in gender: nothing to check."""
        count = 1 if len(after) > 1 and turkish_lower(after[0]) in _STATE_ADJECTIVES else 0
        if len(after) <= count:
            return None
        found = _STATE_HEAD.fullmatch(turkish_lower(after[count]).replace("’", "'"))
        if found is None or not after[count][:1].isupper():  # "Irak devletinin kurumları": the state, no name
            return None
        case = _STATE_CASES.get(found.group("case"))
        return None if case is None else StateForm(0, count + 1, () if case == "nom" else (case,))

    HONORIFICS = ("Ayetullah", "Ayatollah", "Hüccetülislam", "Şeyh", "Kral", "Prens", "İmam", "Cumhurbaşkanı")
    TITLES_BEFORE_NAMES = ("Emir", "Başkan", "Sultan")
    CLERICAL_RANKS = ("Büyük Ayetullah", "Büyük Ayatollah", "Ayetullah", "Ayatollah", "Hüccetülislam")

    def normalise(self, word: str) -> str:
        return turkish_lower(word).replace("’", "'")

    def spelling_key(self, word: str) -> str:
        """Without diacritics, a doubled letter once: Erdogan ~ Erdoğan, Tayyip ~ Tayip."""
        return doubled_once(self.normalise(word).translate(_FOLD))

    def surface_forms(self, forms: Mapping[str, str], pronounced: str | None) -> list[tuple[tuple[str, ...], str]]:
        return [((), forms["nom"])] + [((case,), inflect(forms, [case], pronounced)) for case in CASES[1:]]

    def links_phrases(self, word: str) -> bool:
        """A conjunction, a postposition or a particle (ve, ile, için, gibi, de), or a determiner (bu, bir)."""
        return turkish_lower(word) in _LINKING_WORDS  # İçin opening a sentence is için, not i̇çin

    def opens_phrase(self, after: str) -> bool:
        """A noun right before a lowercase word with the possessive a compound's head takes (hattını, ülkeleri,
        kurulu, ayında) is that compound's first noun (cephe hattı, bölge ülkeleri, Mart ayı): a word of the
        sentence. A past verb's ending (-dı, -ti) is no possessive (uçak düştü)."""
        match = re.match(r"[ \u00a0]+([a-zçğıöşü]+)(?![^\W\d_])", after)
        if not match:
            return False
        word = match.group(1)
        if re.search(r"[dt][ıiuü]$", word):
            return False
        return re.search(_COMPOUND_HEAD, word) is not None

    def same_word_beside(self, word: str, name_word: str) -> bool:
        """As any language, also the bare noun beside a compound's head that carries the possessive, its last
        consonant softened before the vowel (uçak ~ yolcu uçağı, cephe ~ Nusra Cephesi)."""
        if super().same_word_beside(word, name_word):
            return True
        key, known = self.spelling_key(word), self.spelling_key(name_word)
        ending = _POSSESSIVE_END.search(known)
        if len(key) < 4 or ending is None or not ending.group():
            return False
        stem = known[: ending.start()]
        return stem == key or (stem[:-1] == key[:-1] and (key[-1], stem[-1]) in _SOFTENED_PAIRS)

    def possessor_case_for_origin(self, rest: str) -> str | None:
        """Suriyeli Ali Memluk for "Syria's Ali Mamlouk": -lI says where someone is from, the possessive is the
        genitive (Suriye'nin Ali Memluk)."""
        return "gen" if re.fullmatch(r"l[ıiuü]", turkish_lower(rest)) else None

    def case_on_bare_head(self, word: str, nominative: str) -> str | None:
        return _case_on_the_bare_head(word, nominative)

    def vowelless_key(self, key: str) -> str | None:
        return key.translate(_VOWELLESS)

    def body_head(self, key: str) -> bool:
        return key.startswith(tuple(self.BODY_HEADS))  # örgütü, örgütünün, grubu

    def links_name_words(self, word: str, ending: str) -> bool:
        """A compound name's first noun in the genitive, the harmony its own word gives it (Anadolu'nun Kurdu,
        Cumhuriyet'in Kahramanı, Nusra'nın Cephesi): the possessive compound written as a genitive phrase."""
        return turkish_lower(ending) == suffix(word, "gen")

    def softened(self, skeleton: str) -> tuple[str, ...]:
        """A common noun's last k, t, p (ç) turns voiced before a vowel (kitap -> kitabı, ayak -> ayağı); a
        name keeps it and takes the apostrophe (Irak'ın, Bağdat'a), but models write the common noun's
        mutation on it (Irağın, Bağdadı): the keys of the name's last word so written (ç and c fold alike)."""
        voiced = _SOFTENED.get(skeleton[-1:]) if len(skeleton) >= 4 else None
        return (skeleton[:-1] + voiced,) if voiced else ()

    def glued_suffix(
        self, word: str, base: str, said: str, forms: Mapping[str, str] | None
    ) -> tuple[str | None, str] | None:
        """Ankaranın is Ankara + gen, Türkiyedeki Türkiye + loc + "ki": only the suffixes harmony gives this
        name (or the glossary writes out in ``forms``) count, so words that merely begin like the name are
        not read as it. A derivational suffix (İdlibli) leaves the name in the nominative: (None, "li")."""
        tail = turkish_lower(word[len(base) :])
        written = _editor_suffixes(forms, base) if forms else {}
        voiced = _softened_said(word, base, said)
        for case in CASES[1:]:
            harmonic = suffix(said, case)
            if voiced and harmonic != suffix(voiced, case) and tail.startswith(suffix(voiced, case)):
                # "Bağdadda": the model softened the name's t as a common noun's and voiced the suffix after it
                harmonic = suffix(voiced, case)
            # a common noun that is a compound's head (uçuşu, cephesi) takes the pronominal n: uçuşunu
            pronominal = (
                "n" + harmonic.removeprefix("y")
                if forms is None
                and case in ("acc", "dat", "loc", "abl")
                and _POSSESSIVE_END.search(turkish_lower(said))
                else None
            )
            for expected in filter(None, (written.get(case), harmonic, pronominal)):
                if tail == expected or (tail.startswith(expected) and tail[len(expected) :] in AFTER_CASE):
                    return case, word[len(base) + len(expected) :]
        if _derivational(said, tail) or possessive_after(said, tail):
            return None, word[len(base) :]
        return None

    def apostrophe_before(self, said: str, rest: str) -> bool:
        return possessive_after(said, turkish_lower(rest))

    def read_name(self, name: NameInSentence) -> FormRead:
        last = name.words[-1] if name.words else None
        if last is not None and (last.suffix or last.rest):
            doubt = _demonym_for_the_name(name, last)
            return FormRead((last.suffix,) if last.suffix else (), name.start, name.end - len(last.rest), doubt)
        case, end = self._after_apostrophe(name.text, name.end, name.forms)
        if case is None and last is not None:
            case = _case_on_the_bare_head(last.text, name.forms["nom"])
        if case is None and last is not None and _spelt_as_glued_accusative(last.text, name.forms):
            # "İran Dini Lideri": a compound's possessive and the accusative of a name written without an
            # apostrophe are spelt alike; the model's word stands, never its bare nominative (Dini Lider)
            case = "acc"
        doubt = None
        head = turkish_lower(name.forms["nom"].split()[-1])
        if (
            case is None
            and last is not None
            and last.common
            and _POSSESSIVE_END.search(turkish_lower(last.text))
            and not turkish_lower(last.text).startswith(head[:-1])
            and not _BARE_IS_FINE.match(name.text[end:])
        ):
            # the name replaced the model's own noun ("752 sayılı uçuşu"): its -(s)I is an accusative
            # (the object of düşürdü, uçağını) or a compound's nominative (yolcu uçağı): the case of the
            # replaced word cannot be read, and the name must not silently lose it
            doubt = (
                f"'{name.name}': it replaces the model's '{last.text}', which may be an accusative; the name "
                f"was left in the nominative: check it"
            )
        elif (
            case is None
            and name.partial
            and _POSSESSIVE_END.search(turkish_lower(name.forms["nom"]))
            and last is not None
            and turkish_lower(last.text) == turkish_lower(name.forms["nom"].split()[-1])
        ):
            doubt = (
                f"'{name.name}': the model left out part of the name, so its last word may be an "
                f"accusative rather than the compound's nominative: check it"
            )
        return FormRead((case,) if case else (), name.start, end, doubt)

    def case_of_ending(self, ending: str) -> tuple[str, ...] | None:
        """'nın, 'ndan, 'a: the case alone, the pronominal n after a compound taken in (Kürdistanı'nın); None
        for more than a case ('ndaki: the -ki would be lost) or no case."""
        case, rest = read_suffix(ending)
        if case is None and turkish_lower(ending[:1]) == "n":
            case, rest = read_suffix(ending[1:])
        return (case,) if case and not rest else None

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        ending = name.ending.lstrip("'’")
        if ending:
            editor = _case_written_by_editor(ending, name.forms)
            if editor:
                return FormRead((editor[0],), name.start, name.end + len(name.ending) - len(ending) + editor[1])
        case, rest = read_suffix(ending) if ending else (None, "")
        if case is None and turkish_lower(ending[:1]) == "n":  # the pronominal n after a compound: [[1]]'nı, [[1]]'nde
            case, rest = read_suffix(ending[1:])
            case = case if case in ("acc", "dat", "loc", "abl") else None
        if case:
            return FormRead((case,), name.start, name.end + len(name.ending) - len(rest))
        doubt = None
        if not (
            _BARE_IS_FINE.match(name.after)
            or _GROUP_BEFORE.search(name.text[: name.start])
            or (not name.person and _OFFICE_AFTER.match(name.after))
        ):  # a bare placeholder mid-clause: was a suffix lost?
            doubt = f"'{name.name}': the model wrote the name without a suffix; check that it needs none"
        return FormRead((), name.start, name.end, doubt)

    @staticmethod
    def _after_apostrophe(text: str, end: int, forms: Mapping[str, str]) -> tuple[str | None, int]:
        """A case suffix after the name's apostrophe: the case, and where the slot ends. A form the glossary
        writes out wins (Devletleri'ni is accusative)."""
        match = re.match(r"['’]([^\W\d_]+)", text[end:])
        if not match:
            return None, end
        editor = _case_written_by_editor(match.group(1), forms)
        if editor:
            return editor[0], end + 1 + editor[1]
        case, rest = read_suffix(match.group(1))
        if case is None and turkish_lower(match.group(1)[:1]) == "n":  # a compound's pronominal n: Cephesi'ne, 'nde
            case, rest = read_suffix(match.group(1)[1:])
            case = case if case in ("acc", "dat", "loc", "abl") else None
        if case is None:
            return None, end
        return case, end + match.end() - len(rest)


NAMES = TurkishNames()

# a name's last k, t, p, ç and the letter a model writes for it softened as a common noun's (Irağa, Bağdadda)
_VOICED_LETTER = {"k": "ğ", "t": "d", "p": "b", "ç": "c"}


def _softened_said(word: str, base: str, said: str) -> str | None:
    """The name as said with its last consonant softened (Bağdad for Bağdat, Irağ for Irak), where the model's
    word softened it at that place (Bağdadda, Irağdan): a name keeps its consonant (Bağdat'ta), but the suffix
    the model glued on follows the softened one; None where the word keeps the name's last letter."""
    if not base or len(word) < len(base) or turkish_lower(said[-1:]) != turkish_lower(base[-1:]):
        return None
    voiced = _VOICED_LETTER.get(turkish_lower(base[-1:]))
    if voiced is None or turkish_lower(word[len(base) - 1 : len(base)]) != voiced:
        return None
    return said[:-1] + voiced


def _spelt_as_glued_accusative(word: str, forms: Mapping[str, str]) -> bool:
    """Whether the model's last word of a name is the glossary's accusative written without an apostrophe
    (Lideri of Dini Lider, apostrophe: false) and not its nominative: a name whose suffixes are glued on."""
    accusative = forms.get("acc", "")
    if not accusative or "'" in accusative or "’" in accusative:
        return False
    return turkish_lower(word) == turkish_lower(accusative.split()[-1]) != turkish_lower(forms["nom"].split()[-1])
