"""The English adjectives of nationality and region a place's name makes ("demonyms"): one rule for the toolkit.

Placement asks which words of a source sentence are adjectives of a name it renders ("Russian" beside
Russia); the detector of uncovered names asks whether the copy writes a name's adjective, which makes the name
a place ("Britain said" and "British officials"). Both read :func:`english_adjectives`, so the two never
disagree on what an adjective of a place is. The rule makes words from the name's own letters: the name, or
the name less an ending that adjectives drop, with an adjective's ending (Iran: Iranian; Catalonia: Catalan;
Kazakhstan: Kazakh), and an irregular table for the rest (Netherlands: Dutch; Ivory Coast: Ivorian). A word
that only begins like the name is none ("Australian" of Austria, "Indian" of Indiana).

:data:`DEMONYMS` is the flat list of adjectives of nationality and region the detector knows by sight, before
any place is named ("Saudi Aramco", "Iraqi Popular Mobilization Forces").

Light on purpose: the standard library and the glossary's fold only.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from .match import fold

DEMONYMS = frozenset(
    """
afghan albanian algerian american arab arabian argentine argentinian armenian australian austrian azerbaijani
azeri bahraini belarusian belgian bosnian brazilian british bulgarian canadian chechen chinese croatian cuban
cypriot czech danish dutch egyptian emirati english eritrean ethiopian european finnish french georgian german
greek hungarian indian indonesian iranian iraqi irish israeli italian japanese jordanian kazakh kenyan korean
kurdish kurd kuwaiti lebanese libyan lithuanian malaysian mexican moroccan norwegian omani pakistani palestinian
persian polish portuguese qatari romanian russian saudi scottish serbian slovak somali spanish sudanese swedish
swiss syrian tajik tunisian turkish turk turkmen ukrainian uzbek venezuelan vietnamese welsh yemeni emirati
african asian latin nordic baltic balkan caucasian
nigerian ghanaian senegalese cameroonian ivorian malian nigerien chadian congolese rwandan ugandan tanzanian
zimbabwean zambian angolan mozambican namibian malagasy mauritanian djiboutian south-african colombian chilean
peruvian ecuadorian uruguayan paraguayan bolivian haitian jamaican cuban guatemalan honduran salvadoran
nicaraguan panamanian thai filipino burmese bangladeshi nepali nepalese mongolian taiwanese singaporean
cambodian laotian estonian latvian slovenian slovakian macedonian montenegrin kosovar moldovan icelandic
maltese luxembourgish kyrgyz azerbaijani hungarian-british british-iranian iranian-american
samoan fijian tongan tuvaluan barbadian bahamian maldivian vanuatuan flemish
basque catalan galician bavarian sicilian corsican walloon tatar pashtun baluch kashmiri punjabi
ottoman byzantine soviet
""".split()
)

# the endings of English adjectives made from a place's name: Russian, Iranian, Iraqi, Turkish, Lebanese,
# Icelandic, European, Chechen
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "i", "ish", "ese", "ic", "ean", "en")
# what a name loses before an adjective's ending, and the shortest stem it leaves: Russi-a, Ital-y, Leban-on,
# Brit-ain, Catal-onia, Chech-nya, Tex-as, Turk-ey, Kurd-istan (Cub-a: Cuban; Pak-istan is no stem)
_NAME_ENDINGS = {
    "a": 3,
    "e": 3,
    "o": 3,
    "y": 3,
    "on": 3,
    "ia": 4,
    "ain": 4,
    "and": 4,
    "ey": 4,
    "onia": 4,
    "nya": 4,
    "ya": 4,
    "s": 4,
    "istan": 4,
    "stan": 4,
}
# the endings a name loses to leave the adjective itself: German-y, Kazakh-stan, Tajik-istan
_BARE_STEM_ENDINGS = ("y", "stan", "istan")
# adjectives no ending of the name makes (Turkey: Turkish; Norway: Norwegian; Ivory Coast: Ivorian)
_IRREGULAR = {
    "turkey": ("turkish", "turk"),
    "afghanistan": ("afghan",),
    "kurdistan": ("kurdish", "kurd"),
    "france": ("french",),
    "netherlands": ("dutch",),
    "holland": ("dutch",),
    "britain": ("british",),
    "great britain": ("british",),
    "united kingdom": ("british",),
    "united states": ("american",),
    "switzerland": ("swiss",),
    "greece": ("greek",),
    "spain": ("spanish",),
    "denmark": ("danish",),
    "sweden": ("swedish",),
    "finland": ("finnish",),
    "poland": ("polish",),
    "ireland": ("irish",),
    "wales": ("welsh",),
    "scotland": ("scottish",),
    "england": ("english",),
    "cyprus": ("cypriot",),
    "norway": ("norwegian",),
    "philippines": ("filipino",),
    "peru": ("peruvian",),
    "arabia": ("arab", "arabian"),
    "saudi arabia": ("saudi",),
    "united arab emirates": ("emirati",),
    "ivory coast": ("ivorian",),
    "cote d'ivoire": ("ivorian",),
    "thailand": ("thai",),
    "portugal": ("portuguese",),
    "myanmar": ("burmese",),
    "madagascar": ("malagasy",),
    "congo": ("congolese",),
    "niger": ("nigerien",),
    "kosovo": ("kosovar",),
    "flanders": ("flemish",),
    "slovakia": ("slovak",),
    "czechia": ("czech",),
    "czech republic": ("czech",),
    "argentina": ("argentine", "argentinian"),
    "azerbaijan": ("azeri",),
}
# words the rule makes from a name that belong to another place whose name nests in it or it in another:
# Nigerian is Nigeria's, Niger's is Nigerien
_OTHER_PLACES = {"niger": ("nigerian",), "nigeria": ("nigerien",)}


@functools.lru_cache(maxsize=1024)
def english_adjectives(name: str) -> frozenset[str]:
    """The English adjectives of nationality or region a place's name makes, folded: the name, or the name less
    an ending adjectives drop (:data:`_NAME_ENDINGS`), with an adjective's ending (Iran: Iranian; Iraq: Iraqi;
    Syria: Syrian; Lebanon: Lebanese; Britain: British; Catalonia: Catalan; Chechnya: Chechen; Yemen: Yemeni),
    the stem itself where a name adds -y or -stan to it (Germany: German; Kazakhstan: Kazakh), and the
    irregular ones (Turkey: Turkish; Netherlands: Dutch; Ivory Coast: Ivorian). Only these: "Australian" is no
    adjective of Austria, "Indian" none of Indiana, "Iranian" none of Iraq, though each begins like it. A name
    of several words has only its irregular adjectives ("Ivorian"), none made from its letters."""
    key = fold(name).replace("\u2019", "'").strip()
    found = set(_IRREGULAR.get(key, ()))
    if not key.isalpha():
        return frozenset(found)
    stems = {key}
    for ending, shortest in _NAME_ENDINGS.items():
        stem = key.removesuffix(ending)
        if stem != key and len(stem) >= shortest:
            stems.add(stem)
            if ending in _BARE_STEM_ENDINGS:
                found.add(stem)
    found |= {stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS}
    found.discard(key)
    return frozenset(found.difference(_OTHER_PLACES.get(key, ())))


def adjective_among(name: str, words: Iterable[str]) -> str:
    """The first (in alphabetical order) of these folded words that is an adjective of the place's name (see
    :func:`english_adjectives`), capitalised; "" if none is. A set of words is looked into, not read through:
    the detector asks this of every name against all the capitalised words of a run."""
    found = english_adjectives(name).intersection(words)
    return min(found).capitalize() if found else ""
