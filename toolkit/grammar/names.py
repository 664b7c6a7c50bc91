"""Names in running target-language text: how each language spells, joins and inflects them.

Placement (:mod:`toolkit.placement`), the target-text locator
(:mod:`toolkit.locate`) and the name checks of QA ask one object per
language, ``grammar_for(language).NAMES``, everything that differs between
languages: how a word is normalised and given a spelling-tolerant key, which
particles and proclitics a name may carry, which forms of a rendering a
written word stands for, and how the form of a name placed in a sentence is
read from the model's words and from the words around it. This module holds
the defaults (a language written in capitals, with no inflection); each
language module subclasses :class:`NameGrammar`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from toolkit.patterns import LazyPattern

from ..records import dataclass

_DOUBLED = LazyPattern(r"(.)\1+")


def doubled_once(word: str) -> str:
    """The word with each run of one letter written once (Tayyip: Tayip), as ``re.sub(r"(.)\1+", r"\1", word)``;
    most words have no such run, and are given back as they are after one search."""
    return _DOUBLED.sub(r"\1", word) if _DOUBLED.search(word) else word


#: the words of a doubt on a name that may be no name at all but the adjective made from it, agreeing with the
#: noun before it (طائرة روسية: "a Russian jet", not "Russia"): another output's form of the mention does not
#: settle it (see :meth:`toolkit.translate.placement.NamePlacer.merge`)
MAYBE_ADJECTIVE = "it may be the adjective made from it"
#: the same for a name that may be the model's words for an adjective of the source's own ("Turkish-Russian ties"
#: as روابط ترکیه و روسیه, beside "Russia's ambassador")
SOURCES_ADJECTIVE = "may stand for the source's own"


@dataclass(frozen=True)
class WordRead:
    """One word of a name as the model wrote it, as placement read it."""

    text: str
    forms: frozenset[str] | None = None  # the grammatical forms the written word stands for; None: any
    proclitics: tuple[str, ...] = ()  # particles glued before it (Arabic)
    suffix: str | None = None  # a case suffix glued after it (Turkish)
    rest: str = ""  # letters after that suffix (Türkiyedeki: "ki")
    latin: bool = False  # left in Latin letters
    common: bool = False  # a common noun the model translated the name as (uçuş for Flight), not the name


@dataclass(frozen=True)
class PlacedBefore:
    """A name already placed earlier in the same sentence."""

    start: int
    end: int
    tokens: tuple[str, ...]
    person: bool = False  # a person (or a nickname), as opposed to a place, a body, a term
    settled: bool = True  # its form was read, not guessed
    forms: Mapping[str, str] | None = None  # its rendering's forms, where known


@dataclass(frozen=True)
class NameInSentence:
    """A name placement has found in a sentence (or a placeholder it is restoring), for reading its form.

    ``start``/``end`` are the characters placement would replace; a grammar
    may widen them (an Arabic particle written apart, a Turkish suffix after
    the apostrophe) by returning other bounds in :class:`FormRead`.
    """

    text: str  # the whole output sentence
    start: int
    end: int
    forms: Mapping[str, str]  # the rendering's forms (full or short, as the slot will be)
    name: str  # the rendering as the slot will show it (its dictionary form)
    person: bool  # a person (or a nickname): titles stand in apposition to it
    words: tuple[WordRead, ...] = ()  # the model's words, when it wrote the name (not a placeholder)
    before: tuple[PlacedBefore, ...] = ()  # names placed earlier in the sentence
    after: str = ""  # the text after the name (past copies of a placeholder the model doubled)
    clitic: str = ""  # placeholders: letters glued before it (و[[1]])
    ending: str = ""  # placeholders: letters glued after it ([[2]]ом, [[1]]'ın)
    possessor: bool = False  # the source mention is a possessor ("Putin's" in "Putin's Russia")
    #: the source mention, after an article, modifies the noun after it ("a Moscow think tank", "the Iran deal")
    attributive: bool = False
    modified: bool = False  # the source puts a modifier before the mention ("war-torn Syria", "Putin's Russia")
    time_modifier: bool = False  # that modifier is one of time ("post-war Syria", "pre-revolution Iran")
    partial: bool = False  # the model's words miss some of the rendering's words
    #: the English preposition the source mention is the object of ("to" in "answered to Assad"), or "": such a
    #: name is no subject
    preposition: str = ""
    award: bool = False  # an award or decoration: the thing given after a verb of giving (вручить орден)
    recipient: bool = False  # the source gives the mention after a noun and "to" ("a warning to Erdoğan")
    #: the source makes the mention the receiver of a verb of giving, offering or proposing ("offered Iraq a sum",
    #: "send its proposals to Russia and Iran"), which Russian puts in the dative
    given: bool = False
    #: that receiver stands before a bare noun phrase ("promised Iraq help", "sold Erbil oil to Turkey"), which the
    #: mention may modify instead of receiving what it names
    given_before_bare_noun: bool = False
    verb_object: bool = False  # the source makes the mention a verb's direct object ("did not mention Erdogan")
    #: the source compares the mention with another in the same role ("like Turkey", "as with Turkey", "as well
    #: as Turkey"; not "as did Turkey", "as Turkey did": the subject of a verb of its own)
    compared: bool = False
    #: the source mention ends a prepositional phrase that opens the sentence, a comma closing it ("Beyond Idlib,
    #: Russia and Turkey disagree"): the names after the comma are no objects of that preposition
    closes_opening: bool = False
    #: the source makes the mention a passive's agent ("proposed by Washington", "Washington-proposed", "Iran-backed")
    agent: bool = False
    #: the source makes the mention the subject of an active verb of its own, after it ("Fidan has visited", "Either
    #: Qatar or Turkey will host") or inverted before it ("as did Qatar", "neither did Qatar"); not a passive's
    #: subject ("Iraq is being pressed"), which a translation may make an object
    subject: bool = False
    #: the source's "to" before the mention (or before its list's first member) is one of direction ("went from
    #: the United States to Iran"): not "close to", "next to", "in addition to", "according to", nor a post held
    #: there ("ambassador to Iran")
    direction: bool = False


@dataclass(frozen=True)
class FormRead:
    """The form of a slot, the characters it replaces, and why the form is a guess (if it is)."""

    tokens: tuple[str, ...]
    start: int
    end: int
    doubt: str | None = None


_SENTENCE_END = LazyPattern(r"(^|[.!?…:;«»\"“”()\[\]—–-])\s*$")


def opens_clause(text_before: str) -> bool:
    """Whether a word standing after this text opens a sentence or a clause."""
    return bool(_SENTENCE_END.search(text_before))


@dataclass(frozen=True)
class StateForm:
    """The words of a state's official long form a model wrote around a country's short name («روسيا
    الاتحادية», «Rusya Federasyonu'ndan», «Республике Ирак»): how many of the words right before and right
    after the name are the long form's, the form the name takes from them (a case or proclitic they carry; None:
    the name's own as read), why words agreeing with the long form's head noun may need another form for the
    name (None: nothing agrees with it), and whether the name stands in apposition to that head."""

    before: int
    after: int
    tokens: tuple[str, ...] | None = None
    check: str | None = None
    #: the name stands after the head noun in apposition, in the nominative whatever the head's case (Республики
    #: Ирак): where the source gives the long form itself, the name stays so
    apposition: bool = False


class NameGrammar:
    """The defaults: a language written in capitals, in its own script, whose names do not inflect."""

    #: names are capitalised, so a lowercase word in running text is no name (Russian, Turkish)
    CASED = True
    #: the language is written in Latin letters: a Latin word is a word of it, not English left in it
    LATIN_SCRIPT = False
    #: particles that belong to a name (аль-, el-, بن) and may stand between its words
    PARTICLES: frozenset[str] = frozenset()
    #: the starts of the words that make a region of a continent's name (Latin, Güney, Южная Америка): at a
    #: sentence's start, where every word is capitalised, only these before "Amerika" make another name
    REGION_WORDS: tuple[str, ...] = ()
    #: the definite article a model may add to a name or leave out (Arabic script)
    ARTICLE: str | None = None
    #: where the output has more relational adjectives made from a name than the possessors left unplaced (the
    #: source has adjectives of its own: "Russia's coach praised the Russian fans"), the possessor's may be told
    #: by the order of the source's words, a guess flagged until a retry's placeholder confirms it
    POSSESSOR_BY_ORDER = False
    #: whether a name the source uses as a noun's modifier ("Qatar Airways", "Iran captain") that the model wrote
    #: as the relational adjective after the noun (الخطوط القطرية, المنتخب الإيراني) is written as the noun's
    #: possessor (خطوط قطر, منتخب إيران), as a possessive is: where the construct says it whatever the
    #: relation; elsewhere (Russian: турагентства в Тегеране or ордера Багдада) such adjectives stay flagged
    MODIFIER_AS_POSSESSOR = False
    #: a ruler's titles (normalised) a model writes before a country's name for the ruler in a construct (أمير
    #: قطر, امیر قطر: the emir of Qatar), which may stand for a person the source names (see placement)
    RULER_TITLES: frozenset[str] = frozenset()
    #: a zero-width non-joiner separates words (Persian: خامنه‌ای = خامنه ای)
    ZWNJ_SEPARATES = False
    #: tokens that belong to the words around a name (Arabic proclitics): never carried from another output
    CONTEXT_TOKENS: frozenset[str] = frozenset()
    #: proclitics too rarely glued to a misspelt name to risk a fuzzy match ("like" + name)
    NO_FUZZY_AFTER: frozenset[str] = frozenset()
    #: case suffixes follow a name, after an apostrophe or glued on (Turkish: Erdoğan'ın, Ankaranın)
    SUFFIXED_NAMES = False
    #: words around a noun agree with it (a verb's or an adjective's gender, a verb's number): where the model
    #: translated a name as a common word ("Turkey" as the bird), the words beside it may agree with that word
    AGREES_WITH_NOUNS = False
    #: where the output has more adjectives made from a name than possessor mentions left, the source's own
    #: adjectives of the name ("a Russian jet") account for the rest in the source's order (see
    #: NamePlacer._possessor_adjectives); else such mentions stay flagged
    OWN_ADJECTIVES_IN_ORDER = False
    #: generic head words of the names of bodies (organisation, group, front), normalised; in a language
    #: that inflects them, stems (the word begins with one)
    BODY_HEADS: frozenset[str] = frozenset()
    #: titles and honorifics a model may put before a person's name of its own accord (ayatollah,
    #: sheikh, president), as written, one or two words each
    HONORIFICS: tuple[str, ...] = ()
    #: further titles a model puts before a person's name that are first names too (Emir, امیر): never read
    #: as a name's own title, only as the model's before a placed name (see ``title_before``)
    TITLES_BEFORE_NAMES: tuple[str, ...] = ()
    #: of those, the ranks of Shia clergy (ayatollah, hojatoleslam): no office a source may leave out, only the
    #: model's own deference, removed where the source gives the person no title (see ``clerical_rank``)
    CLERICAL_RANKS: tuple[str, ...] = ()

    # --- spelling ---------------------------------------------------------------------------------

    def normalise(self, word: str) -> str:
        """The form two spellings of one word share."""
        return word.lower()

    def spelling_key(self, word: str) -> str:
        """A spelling-tolerant key of one word: words a model may spell either way share it."""
        return self.normalise(word)

    def allowed_edits(self, key: str) -> int:
        """Edits two keys may differ by and still be one name: none for keys of three letters or fewer
        (a short word), one up to seven letters, two beyond."""
        return 0 if len(key) <= 3 else 1 if len(key) <= 7 else 2

    def vowelless_key(self, key: str) -> str | None:
        """A spelling key without its vowels, where vowels of transliterated names vary freely
        (Hamenei ~ Hamaney); None where they do not."""
        return None

    def position_tolerance(self, key: str) -> int:
        """Edits allowed for a word standing where a name's word is expected (beside the rest of it)."""
        return max(1, len(key) // 3)

    def proclitic_readings(self, key: str) -> list[tuple[str, tuple[str, ...]]]:
        """A normalised word, bare and with each particle glued before it split off: (rest, tokens)."""
        return [(key, ())]

    def loose_readings(self, key: str) -> list[str]:
        """Other ways the word may hold a name: without an article the name lacks, without an ezafe."""
        return []

    def spelling_variants(self, key: str) -> list[str]:
        """Other ways a normalised word of a name is written that no spelling key brings together."""
        return []

    def letters_no_misspelling_adds(self, word: str, name: str) -> bool:
        """Whether a word holds a letter a model does not add when it misspells a name that lacks it, so the
        word is no misspelling of that name however near its spelling key comes. None such by default."""
        return False

    def opens_phrase(self, after: str) -> bool:
        """Whether the text after a word beside a name shows that word opening a phrase of the sentence
        (Turkish: the first noun of a compound, "cephe hattını"), so it is no leftover of the name's own
        words. None such by default."""
        return False

    def links_phrases(self, word: str) -> bool:
        """Whether a word is one that links the phrases of a sentence (a preposition, a conjunction, a
        postposition, a particle): a word of the sentence beside a name, never a model's wording of part of the
        name. None such by default."""
        return False

    def possessor_order_open(self, before: str, noun: str, after: str) -> bool:
        """Whether a possessor made of the model's relational adjective beside a noun (``noun``, the text
        ``before`` it and ``after`` where the name goes) may stand in more than one place in the noun's phrase,
        each good: the noun has a complement of its own (Russian агентство по туризму: агентство России по
        туризму or агентство по туризму России) or heads a construct (Arabic وكالة السياحة: وكالة سياحة روسيا
        or وكالة السياحة في روسيا). None such by default."""
        return False

    def possessor_may_follow(self, before: str) -> bool:
        """Whether a name may stand as a possessor right after this text (a noun's, or a preposition's object).
        Anywhere by default."""
        return True

    def same_word_beside(self, word: str, name_word: str) -> bool:
        """Whether a word the model left beside a name is the name's own edge word (the model's copy of it):
        the same spelling key, or the name word's stem, one or two letters short (cephe ~ Cephesi) and of four
        letters or more. A longer word is not taken: it may be an adjective made from the name (İranlı)."""
        key, known = self.spelling_key(word), self.spelling_key(name_word)
        return key == known or (len(key) >= 4 and 0 < len(known) - len(key) <= 2 and known.startswith(key))

    def possessor_case_for_origin(self, rest: str) -> str | None:
        """The case a possessor takes where the model wrote the name with a suffix of origin instead (``rest``,
        the letters glued after the name: Suriyeli for "Syria's"), or None where ``rest`` is no such suffix or
        the language writes none. None by default."""
        return None

    def case_on_bare_head(self, word: str, nominative: str) -> str | None:
        """The case a word after a name shows where it is the model's copy of the name's head noun, written
        bare with a case suffix (Turkish uçakta after "yolcu uçağı"); None: no such word, or no such case."""
        return None

    def body_head(self, key: str) -> bool:
        """Whether a normalised word is a generic head word of a body's name (تنظيم, örgütü, группировки)."""
        return key in self.BODY_HEADS

    def honorific(self, words: Sequence[str]) -> bool:
        """Whether the words just before a person's name (one or two, as written, in order) end in one of
        the language's titles or honorifics."""
        keys = tuple(self.normalise(word) for word in words)
        return any(keys[-len(title) :] == title for title in self._honorific_keys() if len(title) <= len(keys))

    def title_before(self, words: Sequence[str]) -> int:
        """How many of the words just before a person's name (as written, in order) are titles standing alone, of
        the honorifics or the further titles (эмир шейх Тамим, الأمير الشيخ تميم, Emir Şeyh Temim), no proclitic
        or case of another word on them: 0 where the last word is none."""
        keys = tuple(self.normalise(word) for word in words)
        titles = [
            tuple(self.normalise(w) for w in re.findall(r"[^\W\d_]+", title))
            for title in (*self.HONORIFICS, *self.TITLES_BEFORE_NAMES)
        ]
        end = len(keys)
        while end:
            size = next((len(t) for t in titles if t and len(t) <= end and keys[end - len(t) : end] == t), 0)
            if not size:
                break
            end -= size
        return len(keys) - end

    def clerical_rank(self, words: Sequence[str]) -> int:
        """How many of the words just before a person's name (as written, in order) are a clerical rank standing
        alone, no proclitic or case of another word on it: 0 where they end in none."""
        keys = tuple(self.normalise(word) for word in words)
        ranks = [tuple(self.normalise(w) for w in re.findall(r"[^\W\d_]+", rank)) for rank in self.CLERICAL_RANKS]
        return next((len(rank) for rank in ranks if len(rank) <= len(keys) and keys[-len(rank) :] == rank), 0)

    def _honorific_keys(self) -> list[tuple[str, ...]]:
        cached = self.__dict__.get("_honorifics")
        if cached is None:
            cached = self.__dict__["_honorifics"] = [
                tuple(self.normalise(word) for word in re.findall(r"[^\W\d_]+", title)) for title in self.HONORIFICS
            ]
        return cached

    def agrees_alike(self, common: str, name: str, person: bool) -> bool:
        """Whether the words that agree with a common noun (in its dictionary form) agree with the name alike:
        the same gender and number, so that a name put in place of that noun leaves them right (Russian
        индейка and Турция, both feminine). False where that is not known: the sentence is then checked."""
        return False

    def agreement_left(self, written: str, rendering: str, after: str) -> str | None:
        """Where a placed name replaced the model's own nominative words (``written``), the word right after
        them (a verb, a short adjective) that agrees with those words but not with the rendering put in
        their place (Russian «Америка отвергла» placed as «США отвергла»); None where none is seen or the
        language's verbs do not show it."""
        return None

    def possessor_beside_adjective(self, before: str | None, head: str, adjective: str) -> str | None:
        """The preposition that puts a possessor the model wrote as a relational adjective after a named body's
        head noun and that noun's own adjective, where the construct with the name would make the adjective
        read as the name's (Arabic: جهاز المخابرات الوطنية في تركيا); None where the construct is written. None
        by default."""
        return None

    def state_form(self, before: Sequence[str], after: Sequence[str], text_before: str) -> StateForm | None:
        """The words of a state's official long form around a country's short name, where a model wrote it for
        the short name (``before`` and ``after``: the words right before and after the name, as written, in
        order, only spaces between; ``text_before``: the sentence before them). None where there are none or
        the language writes none."""
        return None

    def derived_from(self, word: str, name: str) -> bool:
        """Whether a normalised word is made from the name with a suffix (an adjective, a plural)."""
        return False

    # --- the forms of a rendering -----------------------------------------------------------------

    def feminine_variants(self, key: str) -> list[str]:
        """A title's or an award's head noun (its normalised ``key``) as a model makes it feminine for a woman
        (Arabic بطلة for بطل): read as the same word. None where nouns have no such ending."""
        return []

    def spelled_forms(self, forms: Mapping[str, str]) -> list[tuple[str, frozenset[str] | None]]:
        """Each text a rendering is written as, with the forms it stands for (None: any form)."""
        return [(forms["nom"], None)]

    def surface_forms(self, forms: Mapping[str, str], pronounced: str | None) -> list[tuple[tuple[str, ...], str]]:
        """Every written form of a rendering, with the slot tokens that produce it (for finding names)."""
        return [((), forms["nom"])]

    def phrase_forms(self, text: str) -> frozenset[str] | None:
        """The forms a phrase written out once stands for, read from its endings (a wrong rendering an
        editor lists: «верховного лидера» is genitive or accusative); None: any form."""
        return None

    def detached(self, glued: str) -> str | None:
        """How the letters glued before a placed name (the text before its slot ends in them) are written
        apart, where the orthography writes them apart (Persian ب of بمسکو: "به "); None to leave them."""
        return None

    def relative_stem(self, key: str, text: str, start: int, end: int) -> str | None:
        """The name's key in a word that is the name with a suffix that leaves it a name, read from the words
        around it (Persian عراقی که, "the Iraq that": the relative ی, which an adjective also ends in), or
        None; the word stands at ``start``:``end`` in ``text`` (positions, so that a language reading no
        such suffix copies no text either side of each word)."""
        return None

    def qualifies_noun_before(self, text_before: str, word: str) -> bool:
        """Whether ``word``, another spelling of a name (سورية for سوريا), stands where it reads as an
        adjective made from the name qualifying the noun before it (طائرات مسيرة تركية, Turkish drones);
        there it is not the name. No such spellings by default."""
        return False

    def made_from_name(self, word: str, names: Iterable[str]) -> bool:
        """Whether ``word`` (as written) is an adjective or plural made from one of ``names`` (normalised
        one-word renderings): إيراني, الروسية. Only in a language that has :meth:`possessor_construct`."""
        return False

    def case_of_ending(self, ending: str) -> tuple[str, ...] | None:
        """The slot tokens of a case ending a model wrote after an apostrophe on its own wording of a name
        ('nın of Irak Kürdistanı'nın), where that ending is a case and nothing more; None where it is not
        (or the language writes no such endings). None by default."""
        return None

    def possessor_construct(
        self, before: str | None, noun: str, adjective: str, names: Iterable[str]
    ) -> tuple[int, int] | None:
        """Where a possessor the model wrote as the relational adjective after its noun ("Russia's coach" as
        المدرب الروسي, "the Russian coach") becomes the name after that noun: the letters to take out of
        ``noun`` (as written; ``before`` is the word before it, if any) for it to head the name, as (start,
        end) in it, or None where ``adjective`` is no such adjective of one of ``names``. None by default."""
        return None

    def construct_ending(self, noun: str) -> bool:
        """Whether ``noun`` ends as a dual or a sound plural does where the construct takes that ending off (the
        nun of المبعوثان, المبعوثين, المعلمون), an ending some nouns have as their own (البرلمان, البلدان): a
        plural the source gives there is no noun :meth:`possessor_construct` may head the name with as written.
        False by default."""
        return False

    def possessor_preposition(self, before: str | None, noun: str) -> str | None:
        """Where the noun before a possessor's relational adjective is the definite genitive of a construct whose
        head stands before it (``before``: فيلق of فيلق القدس), and the source writes that construct as a name
        ("Iran's Quds Force"): the preposition the name follows instead, the noun keeping its article (فيلق
        القدس في إيران); None where no such construct stands there (the name then follows as
        :meth:`possessor_construct` says). None by default."""
        return None

    def possessor_over_adjective(
        self, before: str | None, head: str, adjective: str, relational: str, names: Iterable[str]
    ) -> tuple[int, int] | None:
        """Where a possessor the model wrote as the relational adjective after a noun and the noun's own
        adjective ("Turkey's central bank" as البنك المركزي التركي, "the Turkish central bank") becomes the
        name between them, the noun heading it and its adjective kept after it (بنك تركيا المركزي): the
        letters to take out of ``head`` (as written; ``before`` is the word before it, if any) for it to head
        the name, as (start, end) in it, or None where the words are no such noun, adjective and relational
        adjective of one of ``names``. None by default."""
        return None

    def possessor_after_noun(self, noun: str, adjective: str, after: str, names: Iterable[str]) -> bool:
        """Whether a possessor the model wrote as the relational adjective right after its noun ("Iran's
        missiles" as موشک‌های ایرانی, "the Iranian missiles") becomes the name in the adjective's place, the
        noun and the words around it unchanged (موشک‌های ایران), as in a language whose noun joins its
        possessor as it joins its adjective. ``noun``: the word before the adjective; ``after``: the text
        after it. False by default."""
        return False

    def possessor_in_place(
        self, adjective: str, following: Sequence[str], names: Iterable[str]
    ) -> tuple[str, ...] | None:
        """Where a possessor the model wrote as the relational adjective before its noun ("Turkey's central bank"
        as Türk Merkez Bankası) becomes the name in the adjective's place (Türkiye Merkez Bankası): the slot's
        tokens, or None where ``adjective`` is no such adjective of one of ``names`` or the words after it do not
        say how the name stands there. None by default."""
        return None

    def possessor_before_noun(self, adjective: str, following: Sequence[str], names: Iterable[str]) -> int | None:
        """Where a possessor the model wrote as the relational adjective before its noun ("Iraq's oil
        minister" as Иракский министр нефти) becomes the noun phrase and the name after it (министр нефти
        Ирака): how many of the ``following`` words make up that noun phrase, or None where ``adjective`` is no
        such adjective of one of ``names`` (normalised nominatives) or no noun follows it. None by default."""
        return None

    def reworded_name(self, written: Sequence[str], forms: Mapping[str, str]) -> tuple[str, ...] | None:
        """The slot tokens for ``written``, consecutive words of the output that are a rendering of several
        words (``forms``) put into another grammatical shape by a model (Анатолийским волком for Волк
        Анатолии), or None where they are not. None by default."""
        return None

    def foreign_ending_keys(self, key: str) -> list[str]:
        """Spelling keys of a name ending in a vowel that a word's ``key`` may also be, where another
        script's convention writes that vowel with another letter (Persian: انقره, the Arabic spelling of
        آنکارا, its final "-a" as ه). None by default."""
        return []

    def links_name_words(self, word: str, ending: str) -> bool:
        """Whether ``ending``, written after an apostrophe on ``word`` (one word of a longer name), joins that
        word to the name's next one in another construction of the same name (Turkish: the genitive of
        "Anadolu'nun Kurdu" for the compound Anadolu Kurdu). No such suffixes by default."""
        return False

    def softened(self, skeleton: str) -> tuple[str, ...]:
        """Other spelling keys a name's last word takes when a suffix is glued to it the way the language
        softens a common noun's last consonant (Turkish: ırak -> ırağın); none by default."""
        return ()

    def glued_suffix(
        self, word: str, base: str, said: str, forms: Mapping[str, str] | None
    ) -> tuple[str | None, str] | None:
        """A suffix written straight onto ``base`` (said as ``said``) in ``word``: (its case, or None for a
        suffix that leaves the name as it is, and the letters after the case), or None if ``word`` is not
        ``base`` with a suffix; ``forms`` are the rendering's forms when ``base`` is its last word."""
        return None

    def apostrophe_before(self, said: str, rest: str) -> bool:
        """Whether letters the model glued onto a name (said as ``said``) that stay after its slot are an
        inflection written after an apostrophe (Turkish: Rusya'sı); none by default."""
        return False

    # --- the form of a name in a sentence -----------------------------------------------------------

    def read_name(self, name: NameInSentence) -> FormRead:
        """The form of a name the model wrote, from its words and the words around it."""
        return FormRead((), name.start, name.end)

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        """The form of a restored placeholder, from what is glued to it and the words around it."""
        return FormRead((), name.start, name.end)

    def agree_lists(self, names: Sequence[tuple[NameInSentence, FormRead]]) -> list[FormRead]:
        """The forms of a sentence's names, each read alone (in order), made to agree where names stand in
        one coordinated list; a language whose names take no case leaves them as read."""
        return [read for _, read in names]

    def governed_forms(
        self,
        text_before: str,
        person: bool,
        names: Sequence[tuple[int, int]] = (),
        persons: Sequence[tuple[int, int]] = (),
        nominative: str = "",
        after: str = "",
    ) -> tuple[str, ...] | None:
        """The forms the words before a name allow it (a Russian preposition); None if nothing governs it.
        ``names`` are the spans of the names placed in that text, ``persons`` those of them that are persons';
        ``nominative`` (the name's dictionary form) and ``after`` (the text after it), where known, tell
        whether a word before it can be the name's own attribute (a plural adjective before a singular name
        cannot)."""
        return None
