"""Proper names that no glossary entry covers: found, merged by variant, typed and located.

:func:`find_candidates` reads the articles of a run in three passes.

1. **Discovery**, in running text only (titles and subheadings are title-cased,
   and so are body lines written in headline case): runs of capitalised words,
   held together by name particles and function words ("Abu Mohammad
   al-Jolani", "Bank of England", "Centre for Strategic and International
   Studies"), are cut into names. Titles before a name are cut off ("Foreign
   Minister Sergei Lavrov"), and so are title phrases ("Emir of Qatar");
   words capitalised for other reasons are no names: a common word opening a
   sentence, a clause after a colon or quote, or a list item ("Speaking",
   "Officials"), nationality and religious adjectives, months and weekdays,
   and generic bodies made only of such words ("Foreign Ministry", "Syrian
   Army"). A glossary name inside a longer uncovered name does not split it:
   "Carnegie Moscow Center" is one candidate, and the glossary mention of
   Moscow inside it is recorded so that it is not rendered on its own.
2. **Merging**: spellings of one name become one candidate: case, hyphens,
   diacritics and possessives ("al-Jolani", "Al Jolani's"), vowel variants
   ("Sergei"/"Sergey", "Mohammed"/"Muhammad"), the surname or a prince's first
   name as the short form ("Lavrov" and "Mr Lavrov" for "Sergei Lavrov",
   "Sheikh Tamim"), part of a longer name ("Tamim bin Hamad"), an acronym
   defined in brackets ("IRGC") or matching one name's initials ("EU"), and a
   leading nationality ("Iraqi Popular Mobilization Forces").
3. **Location**: every spelling of every candidate is searched in every
   segment, headlines and sentence starts included, so the counts are right
   and each :class:`Occurrence` gives the character span it covers. The type
   (person, place, organisation...) is guessed from the words of the name and
   from the words around its occurrences.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import field
from itertools import pairwise
from pathlib import Path

from ..document import BlockKind, Document
from ..localise import currency_codes, inside_any, reference_codes
from ..patterns import LazyPattern
from ..problems import Location
from ..records import dataclass
from .demonyms import DEMONYMS, adjective_among
from .locate import edit_distance
from .match import Matcher, Mention, fold, match_document
from .model import Entry, Glossary

# --- vocabulary -------------------------------------------------------------------------------------------

# words that stand before a person's name and are no part of it
TITLES = frozenset(
    """
president presidents vice prime minister ministers premier chancellor secretary secretaries general gen generals
lieutenant lt colonel col major maj brigadier brig captain capt sergeant sgt admiral adm commander commanders cmdr
marshal officer chief chiefs head heads leader leaders director chairman chairwoman chair spokesman spokeswoman
spokesperson ambassador envoy senator sen governor gov mayor judge king queen prince princess emir amir sultan
sheikh shaikh sheik ayatollah hojatoleslam imam pope cardinal bishop archbishop patriarch rabbi mullah cleric mr mrs
ms miss dr prof professor sir dame lord lady mp rep representative speaker deputy fellow founder coach
administrator commissioner prosecutor
mufti caliph crown prophet catholicos
""".split()
)
# first names, not surnames, follow these: "Sheikh Tamim", "Prince William"
ROYAL_TITLES = frozenset("sheikh shaikh sheik prince princess king queen emir amir sultan crown".split())
HONORIFICS = frozenset("mr mrs ms miss dr".split())
# lowercase nouns that announce a person's name: "spokesman Dmitry Peskov", "opposition leader Alexei Navalny"
ROLE_NOUNS = TITLES | frozenset(
    """
analyst activist journalist lawyer writer author rapper singer actor actress diplomat negotiator researcher
economist dissident official officials militant fighter businessman businesswoman tycoon oligarch blogger
correspondent reporter editor scholar expert professor student cleric preacher colleague counterpart successor
predecessor son daughter wife husband brother sister father mother rival ally aide adviser advisor
""".split()
)
# what a person does, which opens a sentence before the person's name and is no part of it: "Striker Youssef
# En-Nesyri", "Midfielder Jordan Henderson", "Novelist Elif Shafak", "Billionaire Elon Musk"
PERSON_ROLES = frozenset(
    """
striker midfielder defender goalkeeper keeper winger forward fullback captain manager player substitute driver
rider jockey boxer wrestler sprinter runner swimmer cyclist golfer skier skater gymnast referee umpire
novelist poet pianist violinist cellist guitarist composer conductor singer songwriter rapper actor actress
filmmaker screenwriter playwright painter sculptor photographer architect designer artist dancer ballerina
choreographer comedian presenter broadcaster historian philosopher economist banker investor billionaire
frontman frontwoman vocalist bassist drummer
entrepreneur businessman businesswoman tycoon chef curator astronaut scientist physicist
""".split()
)
# adjectives and nouns of office that combine with titles and bodies without naming anything
DESCRIPTORS = frozenset(
    """
foreign defence defense interior finance economy economic justice health education energy oil trade intelligence
security national supreme senior former acting interim deputy vice grand central federal regional local top joint
affairs relations armed air naval military special presidential royal chief executive general international
electricity water agriculture transport tourism culture labour labor environment housing industry technology
communications information youth sports family science planning commerce infrastructure digital
east west north south eastern western northern southern middle upper lower new late
""".split()
)
RELIGIOUS = frozenset(
    """
islamic muslim christian jewish jew sunni shia shiite shiia alawite druze yazidi catholic orthodox protestant
evangelical hindu buddhist coptic maronite salafi wahhabi islam christianity judaism hinduism buddhism
""".split()
)
# bodies named by what they are, not by a name: "the Foreign Ministry", "the Syrian Army"
GENERIC_BODIES = frozenset(
    """
ministry ministries army armies navy forces force police government governments cabinet parliament embassy
consulate military presidency administration regime opposition judiciary constitution republic kingdom coalition
department office offices authorities authority internet web resolution article chapter section annex clause
""".split()
)
# words that make a name an organisation's
ORGANISATION_WORDS = GENERIC_BODIES | frozenset(
    """
front party parties council ministry agency company corporation corp inc ltd bank university college school
institute institution centre center foundation fund movement brigade brigades battalion division regiment corps
guard guards group union league alliance association federation organisation organization committee commission
court tribunal assembly congress senate network agency times post news herald journal gazette tribune press
television radio channel airways airlines motors electric petroleum industries holdings media church mosque
society club team service services bureau directorate mission observatory nations endowment ligue liga
brotherhood command kataib jaish harakat hizb liwa saraya asaib jabhat panel
agence agencia agenzia presse prensa academy chamber chambers museum museums library gallery galleries
""".split()
)
# news agencies and outlets named by one word, which open sentences as sources do ("Reuters reported",
# "Xinhua said", "Interfax quoted"): a name whatever follows, never a plural ("Reuters") nor a place ("Kyodo")
NEWS_OUTLETS = frozenset(
    """
reuters bloomberg xinhua kyodo jiji yonhap kcna interfax tass ria novosti anadolu bernama antara irna isna
ilna tasnim wafa wam qna kuna ukrinform unian bta ansa efe dpa afp upi pti nhk axios politico semafor
cnn bbc cnbc msnbc dha trt ntv haberturk hurriyet cumhuriyet milliyet kommersant vedomosti izvestia meduza
tolonews
""".split()
)
PLACE_WORDS = frozenset(
    """
palace square street avenue road airport airbase base river sea ocean mountain mountains mount province region
city valley island islands gulf strait bay lake desert district county republic heights canal port bridge
camp crossing peninsula plain plains border governorate oblast coast hills hill cape fort park prison strip
circuit stadium arena wadi jebel jabal khor emirates glacier glaciers reef lagoon volcano fjord delta basin
canyon ridge barrage dam headworks reservoir estadio stade stadio stadion
""".split()
)
EVENT_WORDS = frozenset(
    """
war wars agreement accord accords deal treaty process summit conference revolution uprising games olympics cup
election elections talks protests crisis massacre operation offensive campaign festival forum initiative
prix championship championships tournament rally marathon airshow expo exhibition
finals contest masters biennial biennale triennial triennale
""".split()
)
AWARD_WORDS = frozenset("prize award medal order trophy".split())
# nouns beside a product's or a model's name: "F-16 jets", "the H20 chip", "its vaccine Abrysvo", "Marburg virus"
TERM_NOUNS = frozenset(
    """
jet jets aircraft plane planes airliner airliners helicopter helicopters drone drones missile
missiles rocket rockets system systems tank tanks rifle rifles chip chips processor processors vaccine vaccines
shot shots jab drug drugs pill virus disease variant model models app satellite satellites reactor engine
engines chatbot chatbots assistant assistants platform platforms browser smartphone smartphones console consoles
headset injection injections cloud
spacecraft probe probes lander landers rover rovers orbiter orbiters telescope telescopes capsule launcher launchers
asteroid asteroids comet
""".split()
)
# words that make a name with the number after them, and the kind of name they make
# share indexes named with the number of their shares; the name and its number are one name ("FTSE 100")
_SHARE_INDEXES = ("FTSE", "Nikkei", "CAC", "DAX", "Stoxx", "STOXX", "KOSPI", "Kospi", "Nifty", "Sensex",
                  "BIST", "EGX", "KSE", "TOPIX", "Topix", "IBEX", "Ibex", "AEX", "MSCI", "ASX", "OMXS")  # fmt: skip
_INDEX_KEYS = frozenset(index.lower() for index in _SHARE_INDEXES)
_NUMBERED_NAMES = {
    **dict.fromkeys(_INDEX_KEYS, "term"),
    "flight": "event",
    "formula": "event",
    "vision": "term",
    "apollo": "term",
    "route": "place",
    "highway": "place",
    "boeing": "term",
    "airbus": "term",
}
_CONFERENCE = LazyPattern(r"cop\d{1,3}")
# a law's name: every edition writes it one way ("Criminal Code" as well)
_LAW_WORDS = frozenset("act bill directive statute code".split())
# a treaty's name is a text, written one way in every edition as a law's is: "Adana Agreement", "Pandemic Agreement",
# "Abraham Accords", "Treaty of Lausanne", "Minsk Protocol"; not a convention, which is also a party's meeting
_TREATY_WORDS = frozenset("agreement accord accords treaty pact protocol".split())
# a storm is named after the word of its kind: "Cyclone Chido", "Hurricane Helene", "Typhoon Yagi", "Storm Babet"
_STORM_WORDS = frozenset("cyclone hurricane typhoon storm".split())
# a landform's word that opens a place's name before "of" ("Rock of Gibraltar", "Isle of Skye", "Horn of Africa"),
# which is no name alone, unlike the PLACE_WORDS that end names ("Gibraltar Strait"): "Kid Rock" is no place
_LANDFORMS = frozenset("rock isle isles horn cliffs pillars mouth straits".split())
_CONTINENTS = frozenset("asia africa america americas europe oceania arctic antarctica".split())
# a model's designation: letters, a hyphen and a number (F-16, S-400, Su-57, MiG-29, Ka-52)
_DESIGNATION = LazyPattern(r"[A-Za-z]{1,5}[-\u2010\u2011]\d{1,4}[A-Za-z]{0,2}")
# a craft's noun that ends its name: "James Webb Space Telescope", "Mars Reconnaissance Orbiter", "Tianwen Probe"
_CRAFT = frozenset("telescope spacecraft probe lander rover orbiter rocket launcher satellite".split())
# a version's capital letter after a name and a hyphen: "Vega-C", "Gripen-E" (no person's or place's name ends so)
_LETTERED = LazyPattern(r"[A-Z][a-z]{2,}[-\u2010\u2011][A-Z]{1,2}\d{0,3}")
# last words of the names of firms, charities and campaign groups, which alone make no name of a body
ORGANISATION_ENDINGS = frozenset(
    """
international watch global capital partners trust ventures technologies technology systems labs energies energy
worldwide borders frontieres frontières plc llc llp gmbh ag sa nv group co ratings markets united inc corp ltd
ai electronics motors pharma pharmaceuticals biotech therapeutics jsc pjsc ojsc spa srl bv racing
holding telecom telecoms telekom insurance logistics shipping images pictures studios records entertainment
""".split()
)
# prefixes after which a capital inside a word is a surname's or a place's: McDonald, MacArthur, DeSantis
_INNER_CAPITAL_PREFIXES = frozenset("mc mac de di da du la le van von al el o".split())
# capitalised at the start of a sentence because they open it, never names on their own
FUNCTION_WORDS = frozenset(
    """
a an the this that these those it its they them their there here he she his her we our you your i me my us
in on at by for from to of with without within into onto upon over under after before during since until till
about above below across along among amid amidst around against between beyond despite except inside outside
through throughout toward towards via and but or nor so yet if then than though although because while whereas
when where whether which who whom whose what why how as also only even just still already again once now today
yesterday tomorrow tonight meanwhile however moreover furthermore nevertheless nonetheless instead otherwise
thus hence therefore indeed besides earlier later finally first second third last next another other others
each every all both either neither some any many much more most few several such no not none one two three
four five six seven eight nine ten dozens hundreds thousands millions according following given speaking asked
unlike like amid please yes let lets do does did is are was were be been being has have had will would shall
should can could may might must top senior former new many much
""".split()
)
# never names, whatever their case
NOT_NAMES = frozenset("i tv pm am ok ceo gdp dna faq id pc km kg mph usd eur ad bc bce ce pdf http https www".split())
# months and their abbreviations, and a weekday's, that are also given or family names: Theresa May, Robert June,
# Jan Egeland, Jun Ichimori, Sun Weidong; alone they name nothing ("Jan 5", "on Sun")
MONTHS_AS_NAMES = frozenset("april may june august jan jun sun".split())
PERSON_PARTICLES = frozenset("bin ibn bint abu umm ould ben".split())
# lowercase words inside a name: "Abu Mohammad al-Jolani", "Ludwig van Beethoven", "Bank of England"
NAME_PARTICLES = frozenset(
    "al el bin ibn bint ad as ash an ar at az ud ul ez ed es er et adh ath de del der di du "
    "da do dos das la le van von ben ten ter zu".split()
)
# European particles a surname keeps when it stands alone: "von der Leyen", "de Gaulle", "van Gogh"
SURNAME_PARTICLES = frozenset("von van der den de du da do di del della dos das la le ter ten zu".split())
# nouns whose possessive is part of a name: "Republican People's Party", "Kurdistan Workers' Party"
POSSESSIVES_IN_NAMES = frozenset(
    "people peoples workers women children men veterans farmers martyrs lord nations king queen prince".split()
)
# lowercase joiners allowed inside an organisation's name: "Centre for Strategic and International Studies"
BODY_JOINERS = frozenset("and for on".split())
PERSON_VERBS = frozenset(
    """
said says say told tells added adds stated wrote writes argued argues noted notes warned warns insisted insists
claimed claims denied denies explained explains announced announces declared declares stressed stresses
replied replies urged urges asked asks tweeted posted confirmed confirms
""".split()
)
PLACE_PREPOSITIONS = {
    **dict.fromkeys("in near into across outside inside towards toward around".split(), 1.5),
    **dict.fromkeys("at from via through".split(), 1.0),
}  # how strongly each announces a place
PLACE_NOUNS_BEFORE = frozenset(
    "city town village province region capital district port governorate county "
    "island state area neighbourhood neighborhood suburb".split()
)
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
PLACE_NOUNS_AFTER = frozenset(
    "province city region governorate district town village border airport "
    "countryside area neighbourhood neighborhood crossing checkpoint plant refinery terminal "
    # a sea's, a strait's, a river's or a base's own noun after it: "the Bab el-Mandeb strait", "the Mediterranean
    # port of Tobruk", "the Hmeimim air base"
    "strait sea river glacier valley coast peninsula desert lake bay port base airbase "
    # a list's noun: "the Chenab, Ravi and Sutlej rivers"
    "rivers provinces districts regions islands "
    # a river's own nouns: "the Indus crest", "the Mekong delta", "the Nile basin", "the Tarbela dam"
    "crest basin delta estuary tributary floodplain headwaters dam reservoir".split()
)
_BASES = frozenset("air naval military".split())  # "the Hmeimim air base", "the Tartus naval base"
ORGANISATION_NOUNS_AFTER = frozenset(
    "spokesman spokeswoman spokesperson fighters militants members member "
    "chairman ceo group movement militia leader leaders chief tribe clan "
    "organisation organization party agency company firm newspaper channel "
    "network website report statement news daily broadcaster outlet tv television "
    # a club's, a team's, a firm's
    "players fans supporters team squad shareholders shares executives employees "
    # a firm's staff: "a former Merrill Lynch economist", "a Goldman Sachs analyst"
    "economist economists analyst analysts banker bankers engineer engineers strategist strategists "
    "founder founders co-founder cofounder".split()
)
# nouns after a club's or a firm's name that a person has too: "Galatasaray coach Okan Buruk", but "Norris's
# teammate", "Erdogan's president" are a person's
CLUB_NOUNS_AFTER = frozenset(
    "president coach manager striker midfielder defender goalkeeper winger player driver drivers teammate "
    "boss board owner owners".split()
)
# lowercase nouns just before a name that announce a firm or a club: "startup Mistral AI", "refiner Tupras"
ORGANISATION_NOUNS_BEFORE = frozenset(
    """
startup firm company companies carrier lender bank insurer airline carmaker drugmaker chipmaker maker makers
broadcaster newspaper daily publisher distributor manufacturer retailer miner refiner regulator operator
supplier designer developer producer conglomerate club clubs side rivals giant giants brand subsidiary tank watchdog
charity nonprofit unit units affiliate agency group outlet broker underwriter
band bands movement service exchange label
""".split()
)
# words of a sentence about football: a one-word name there is more likely a club than a place
CLUB_WORDS = frozenset(
    """
club clubs derby striker strikers midfielder defender goalkeeper winger coach transfer loan squad footballer
penalty penalties scorer lig
""".split()
)
# words after which a name is no subject: "Iran and Turkey are", "contacts with Damascus were"
_NOT_BEFORE_A_SUBJECT = frozenset("and or nor of with to for by from on against between than about".split())
_PLURAL_VERBS = frozenset("are were have".split())  # "Galatasaray are in talks": a team, as British copy says

_FEASTS = frozenset("sept ramadan muharram shawwal eid christmas easter hanukkah passover".split())


# English month and weekday names, full and abbreviated, as CLDR writes them (format and stand-alone alike; a
# test holds them to babel's CLDR data): written out, so that surveying an article loads no locale data
_CALENDAR_NAMES = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun"
).split()


@functools.cache
def _calendar_words() -> frozenset[str]:
    """English month and weekday names, full and abbreviated, and the feasts, folded, read once."""
    return frozenset(fold(name).rstrip(".") for name in _CALENDAR_NAMES) | _FEASTS


_NOT_TERRITORIES = frozenset("EU UN EZ 001".split())  # bodies and the world, which CLDR lists with the regions


@functools.cache
def _territory_names() -> frozenset[tuple[str, ...]]:
    """The words of English names of countries, territories and regions (CLDR, via babel), read once: a name
    among them is a place whatever the verbs around it ('India objected to its adoption'); kept in the cache folder
    with the other CLDR facts a run reads."""
    from ..cldr import english_places

    names = (name for code, name in english_places()[0].items() if code not in _NOT_TERRITORIES)
    cldr = frozenset(_words_key(re.sub(r"\s*\(.*\)", "", name)) for name in names)
    return cldr | frozenset(_words_key(name) for name in _PRESS_TERRITORIES)


# countries as the English-language press names them where CLDR's name is another: "Haleon of Britain said",
# "Arcelik of Turkey" (CLDR: United Kingdom, Türkiye, Czechia, Côte d'Ivoire, Myanmar, Timor-Leste, Eswatini)
_PRESS_TERRITORIES = ("Britain", "Great Britain", "Turkey", "Czech Republic", "Ivory Coast", "Burma", "East Timor")


# capitals CLDR names no time zone after (China's is Shanghai's, India's Kolkata's), which the press makes
# speak for their governments as often as those it names ("Beijing said", "Ankara rejected")
_CAPITALS = frozenset(
    "Beijing Ankara Washington Delhi New_Delhi Islamabad Canberra Ottawa Brasilia Abuja Pretoria Rabat Hanoi Astana "
    "Bern Wellington Abu_Dhabi Naypyidaw".split()
)
# cities that give their names to clubs and that no time zone of CLDR's is named after: a club's name holding
# one is named after its city ("Bayern Munich", "Inter Milan", "Gamba Osaka", "Zenit Saint Petersburg"); read in
# names of several words only, so that "Liverpool are top" stays the club's
_CLUB_CITIES = """
Munich Milan Frankfurt Hamburg Cologne Stuttgart Dortmund Dusseldorf Leipzig Bremen Hanover Nuremberg Gelsenkirchen
Leverkusen Wolfsburg Freiburg Mainz Augsburg Turin Naples Florence Genoa Bologna Verona Palermo Venice Bergamo Udine
Marseille Lyon Nice Bordeaux Lille Toulouse Nantes Strasbourg Rennes Barcelona Seville Valencia Bilbao Malaga
Zaragoza Vigo Porto Braga Manchester Liverpool Birmingham Leeds Newcastle Glasgow Edinburgh Sheffield Bristol
Nottingham Southampton Leicester Rotterdam Eindhoven Antwerp Bruges Ghent Salzburg Graz Basel Geneva Krakow Gdansk
Wroclaw Poznan Split Kazan Krasnodar Rostov Sochi Kharkiv Odesa Odessa Lviv Dnipro Donetsk Izmir Trabzon Bursa
Antalya Konya Adana Gaziantep Kayseri Thessaloniki Piraeus Jeddah Mecca Medina Dammam Isfahan Mashhad Tabriz Shiraz
Mosul Basra Erbil Aleppo Homs Sharjah Alexandria Giza Marrakesh Marrakech Fez Tangier Oran Sfax Osaka Kyoto
Yokohama Nagoya Kobe Sapporo Fukuoka Hiroshima Busan Incheon Daegu Guangzhou Shenzhen Wuhan Chengdu Tianjin
Hangzhou Nanjing Mumbai Bangalore Bengaluru Chennai Hyderabad Lahore Peshawar Rosario Medellin Cali Guadalajara
Boston Philadelphia Miami Atlanta Dallas Houston Seattle Saint_Petersburg St_Petersburg Rio_de_Janeiro
Belo_Horizonte Porto_Alegre San_Francisco Buenos_Aires Tel_Aviv
""".split()
_ZONE_REGIONS = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")


@functools.lru_cache(maxsize=1)
def _city_names() -> frozenset[tuple[str, ...]]:
    """The words of the cities CLDR names its time zones after (via babel: Athens, Tehran, Kyiv, Caracas; not
    Antarctica's stations nor the counties of a state's zones), and of the capitals it names none after: a name
    among them is a place where its copy makes it speak for its government ('Athens said', 'Tehran rejected')."""
    from ..cldr import english_places

    zones = [zone for zone in english_places()[1] if zone.startswith(_ZONE_REGIONS) and zone.count("/") == 1]
    return frozenset(_words_key(name.split("/")[-1].replace("_", " ")) for name in [*zones, *_CAPITALS])


# --- data -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InsideMention:
    """A glossary mention inside an uncovered name: part of the name, not to be rendered on its own."""

    entry_id: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class Occurrence:
    """One place where a candidate is written: character offsets into a segment's text."""

    article: str  # Document.name
    segment: str  # Segment.id
    start: int
    end: int
    surface: str  # without a possessive ending
    possessive: bool = False
    glossary_inside: tuple[InsideMention, ...] = ()


@dataclass(frozen=True)
class Context:
    """A sentence that names a candidate, shortened around the name."""

    article: str
    segment: str
    text: str  # the sentence, shortened around the name


@dataclass
class Candidate:
    """One uncovered name with every spelling met, where it stands, and a guess at its type."""

    name: str  # the spelling to propose as canonical
    short: str | None = None  # the short form met alone (surname, first name after Sheikh, acronym)
    variants: list[str] = field(default_factory=list)  # other spellings met, each a distinct match key
    type: str = "person"
    type_reasons: list[str] = field(default_factory=list)
    # False where little tells the type: a one-word name with weak or split evidence ("Beyoncé leads with 11"),
    # whose stub asks the editor to check the type before `glossary add` takes it
    type_sure: bool = True
    occurrences: list[Occurrence] = field(default_factory=list)
    contexts_found: list[Context] = field(default_factory=list)
    ambiguous_short: list[str] = field(default_factory=list)  # one-word forms also shared by other names

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(o.article for o in self.occurrences))

    @property
    def contexts(self) -> list[str]:
        return [context.text for context in self.contexts_found]

    @property
    def guessed_type(self) -> str:
        return self.type

    @property
    def shorter(self) -> list[str]:
        """Every other spelling met: the short form first, then the variants."""
        return ([self.short] if self.short else []) + self.variants

    @property
    def glossary_inside(self) -> list[tuple[str, str]]:
        """(entry id, surface) of each glossary name met inside this one, once each."""
        seen: dict[str, str] = {}
        for occurrence in self.occurrences:
            for inside in occurrence.glossary_inside:
                seen.setdefault(inside.entry_id, inside.surface)
        return list(seen.items())


def covered_spans(candidates: Iterable[Candidate]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(article, segment id) -> the character spans uncovered names take, sorted.

    Glossary mentions inside these spans are part of a longer name ("Moscow" in
    "Carnegie Moscow Center") and must not be rendered on their own.
    """
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for candidate in candidates:
        for occurrence in candidate.occurrences:
            spans[(occurrence.article, occurrence.segment)].append((occurrence.start, occurrence.end))
    return {place: sorted(found) for place, found in spans.items()}


def mentions_outside(mentions: Sequence[Mention], spans: Sequence[tuple[int, int]]) -> list[Mention]:
    """The glossary mentions of one segment that no uncovered name's span contains (spans sorted, disjoint)."""
    starts = [start for start, _ in spans]
    kept = []
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index < 0 or spans[index][1] < mention.end:
            kept.append(mention)
    return kept


# --- tokens -----------------------------------------------------------------------------------------------

_APOSTROPHES = "'\u2019\u02bc"
_HYPHENS = "-\u2010\u2011"
_TOKEN = LazyPattern(
    r"(?:[A-Z]\.){2,}"  # U.S., U.N.
    r"|[A-Z]+&[A-Z]+\b"  # S&P, AT&T, M&S
    r"|[A-Z][A-Z\d]*\+(?![\w+])"  # OPEC+, G7+: another name than the one without the plus
    r"|(?:Flight|Formula|Vision|Apollo|Route|Highway|Boeing|Airbus)[ \u00a0]\d{1,4}(?![\d.,:/-]*\d)\b"  # Flight 752
    # a share index and the number of its shares: "FTSE 100", "Nikkei 225", "BIST 100", "Stoxx 600"
    rf"|(?:{'|'.join(_SHARE_INDEXES)})[ \u00a0]\d{{1,4}}(?![\d.,:/-]*\d)\b"
    r"|A/S(?![\w/])"  # a Danish or Norwegian firm's legal form: "Novo Nordisk A/S"
    r"|[A-Z][^\W_]*\.(?:com|net|kz|ru|uz|az|ge|tr|ae|io|ai)(?![\w.]|\.\w)"  # a firm named by its domain: "Kaspi.kz"
    rf"|[^\W\d_][^\W_]*(?:[{_APOSTROPHES}][^\W_]+)*(?:[{_HYPHENS}][^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*)*"
)
_POSSESSIVE_END = LazyPattern(rf"[{_APOSTROPHES}]s$")
_ABBREVIATIONS = frozenset(
    "gen lt col maj brig capt sgt adm cmdr mr mrs ms dr prof sen rep gov st mt ft jr sr rev hon amb".split()
)
# words that, abbreviated or not, number what follows them (case No. 2024/1187, No 10, Number 10, Art. 5, pp. 12-14):
# before a number they are no names
_NUMBERING_WORDS = frozenset(
    "no nos nr number art arts vol vols pp p para paras par sec secs ch chap fig figs pt pts cl ex exh ref".split()
)
_NUMBER_AFTER = LazyPattern(r"\.?[ \u00a0]?\d")
_OPENERS = set("\"'“‘«([")
_BULLETS = set("•·▪‣◦")
_NUMBERED_MARKER = LazyPattern(r"(?:^|\s)\(?\d{1,3}[.)]$")
MAX_CONTEXTS = 3
MAX_WORD_LENGTH = 40
MAX_NAME_WORDS = 12  # a longer run of capitalised words is a headline or shouting, not a name
CONTEXT_CHARACTERS = 70  # on each side of the name


class _Token:
    """A word of a segment's text. The detector's working records (tokens, units, sightings, groups, hits)
    are plain classes with slots, not dataclasses: nothing compares them by value, and each dataclass costs
    the import of this module, which every translation run makes, about half a millisecond to build."""

    __slots__ = ("clause_initial", "end", "key", "parts", "possessive", "start", "text")

    def __init__(
        self, text: str, start: int, end: int, key: str, parts: tuple[str, ...], possessive: bool, clause_initial: bool
    ):
        self.text = text  # as written, without a possessive ending
        self.start = start
        self.end = end
        self.key = key  # folded
        self.parts = parts  # folded parts between hyphens
        self.possessive = possessive
        self.clause_initial = clause_initial

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()  # "2024 YR4": see _PROVISIONAL

    @property
    def acronym(self) -> bool:
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)

    @property
    def initial(self) -> bool:  # "W" in "George W. Bush"
        return len(self.text) == 1 and self.text.isupper()


# Symbols written after a number that are units, currencies or time zones, not names: 2.3 GB, 43.50 TRY, 01:17 GMT
_TIME_ZONES = frozenset("GMT UTC CET CEST EET EEST MSK IRST AST EST EDT PST PDT BST".split())
_UNIT_SYMBOLS = frozenset("KB MB GB TB PB kB Gb Mb MW GW kW TW kWh MWh GWh TWh Hz MHz GHz MPa GPa ppm PPM".split())
_AFTER_NUMBER = LazyPattern(r"\d[ \u00a0]$")
_BEFORE_NUMBER = LazyPattern(r"[ \u00a0]?\d")


# credit ratings: Moody's scale (Baa3, Ba1, Caa2) and S&P's and Fitch's with a sign (BB-, BBB+, AA-)
_MOODYS_RATING = LazyPattern(r"Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3]")
_SHORT_MOODYS_RATING = LazyPattern(r"[AB][1-3]")  # A1, B2: a rating only in a sentence about ratings
_ABOUT_RATINGS = LazyPattern(r"\brat(?:ing|ings|ed|es)\b|\bMoody", re.IGNORECASE)
_SIGNED_RATING = LazyPattern(r"AAA|AA|A|BBB|BB|B|CCC|CC|C")
_RATING_SIGN = LazyPattern(r"[+\-\u2212](?![\w+])")


def _a_symbol_not_a_name(text: str, start: int, word: str, about_ratings: Callable[[], bool]) -> bool:
    """Whether the word at ``start`` is a unit, currency or code written with a number (51 °C, 5G, 2.3 GB,
    43.50 TRY, TRY 1.5 billion, 01:17 GMT) or a credit rating (Ba3, BB-), which is never a name to add to
    the glossary. ``about_ratings`` tells whether the text is about ratings (read once per text, not per word)."""
    core = word.removesuffix("+")
    signed = core != word or _RATING_SIGN.match(text, start + len(word)) is not None
    if _MOODYS_RATING.fullmatch(core) or (signed and _SIGNED_RATING.fullmatch(core)):
        return True
    if _SHORT_MOODYS_RATING.fullmatch(word) and about_ratings():
        return True
    before = text[max(0, start - 2) : start]
    if before.endswith("°") or before[-1:].isdigit():
        return True
    if _BEFORE_NUMBER.match(text, start + len(word)) and word in currency_codes():
        return True
    return bool(_AFTER_NUMBER.search(before)) and (
        word in _UNIT_SYMBOLS or word in _TIME_ZONES or word in currency_codes()
    )


# the word a number after a numero word numbers: Case No. 12/2024, Law No. 5/2023, File Nr. 3/2022
_NUMBERED_WORD = LazyPattern(r"[A-Z][a-z]+[ \u00a0]\Z")


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds reference codes (:func:`~toolkit.localise.reference_codes`: 3 K 45/24, 2 BvR 1234/20,
    A/RES/77/1, ISO 9001:2015, No. 12/2024), each with the word a numero word's number numbers (Case No. 12/2024):
    their letters are a code's, a register's or a document's, never a name to add to the glossary."""
    spans = []
    for start, end in reference_codes(text):
        if text.startswith(("No", "Nr", "Az", "Ref"), start):
            word = _NUMBERED_WORD.search(text, max(0, start - 30), start)
            if word is not None:
                start = word.start()
        spans.append((start, end))
    return spans


# a small body's provisional designation: the year it was found and a code of two capitals and a number
_PROVISIONAL_CODE = LazyPattern(r"[A-Z]{2}\d{1,3}")
_YEAR_BEFORE = LazyPattern(r"(?<![\w.,])(?:1[89]|20)\d\d[ \u00a0]$")
_PROVISIONAL = LazyPattern(r"(?:1[89]|20)\d\d[ \u00a0][A-Z]{2}\d{1,3}")


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end = 0

    @functools.cache
    def about_ratings() -> bool:
        return _ABOUT_RATINGS.search(text) is not None

    codes = _code_spans(text)
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if _a_symbol_not_a_name(text, start, word, about_ratings) or (codes and inside_any(codes, start, end)):
            continue
        possessive = False
        if _POSSESSIVE_END.search(word) and len(word) > 2:
            word, end, possessive = word[:-2], end - 2, True
        elif word.endswith("s") and text[end : end + 1] in _APOSTROPHES and not text[end + 1 : end + 2].isalpha():
            possessive = True  # "the Brothers' leader"
        if _PROVISIONAL_CODE.fullmatch(word) and (year := _YEAR_BEFORE.search(text, max(0, start - 5), start)):
            # an asteroid's or a comet's designation, its year and its code: "2024 YR4", "1999 RQ36"
            start = year.start()
            word = text[start:end]
        parts = tuple(fold(part) for part in re.split(f"[{_HYPHENS}]", word))
        gap = text[previous_end:start]
        opens = _opens_clause(tokens, gap, word) and not (
            # one word in brackets after a name is another name for it: "the Turkish Red Crescent (Kizilay)"
            tokens and gap.endswith("(") and text[end : end + 1] == ")" and word[:1].isupper()
        )
        tokens.append(_Token(word, start, end, fold(word), parts, possessive, opens))
        previous_end = match.end()
    return tokens


# what follows a firm's name written as a possessive (Moody's, McDonald's) where no noun is owned: a verb or
# the end of a clause ("Moody's said", "a unit of Sotheby's, the auction house")
_AFTER_A_NAME = PERSON_VERBS | frozenset(
    """
is was has had will would can could may might must does did also rose fell gained lost cut raised lowered
upgraded downgraded reported posted expects expected plans planned agreed opened closed sold bought
""".split()
)
_CLAUSE_END = LazyPattern(r"[ \u00a0]*(?:[,;:)!?]|\.(?:\s|$)|$)")


def _possessive_names(tokenised: Iterable[tuple[str, list[_Token]]]) -> set[str]:
    """Names written with 's that own nothing where they stand: firms named after their founder (Moody's,
    McDonald's, Sotheby's), met before a verb or at the end of a clause ("Moody's said", "a stake in
    Sotheby's."), and never met without the 's; "Erdogan's decision" and "Erdogan said" stay Erdogan."""
    with_s: set[str] = set()
    without: set[str] = set()
    before_plurals: Counter = Counter()  # "Jehovah's Witnesses": a name's only where the copy repeats it
    for text, tokens in tokenised:
        for index, token in enumerate(tokens):
            if not token.capitalised or token.acronym:
                continue
            if not token.possessive or not _POSSESSIVE_END.search(text[token.start : token.end + 2]):
                without.add(token.key)
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            gap = text[token.end + 2 : following.start if following else len(text)]
            ends_clause = bool(gap.strip()) or following is None  # "a unit of Sotheby's, the auction house"
            if _CLAUSE_END.match(gap) and (ends_clause or (following is not None and following.key in _AFTER_A_NAME)):
                with_s.add(token.key)
            elif following is not None and gap in (" ", "\u00a0") and (owned := _owns_no_noun(tokens, index + 1)):
                if owned == "of":
                    with_s.add(token.key)  # "Lloyd's of London": the 's is the name's own
                else:
                    before_plurals[token.key, following.key] += 1
    # a capitalised plural after a name's 's, met twice: "Jehovah's Witnesses"; not once ("Meloni's Brothers of Italy")
    with_s.update(key for (key, _), count in before_plurals.items() if count > 1)
    return with_s - without


def _owns_no_noun(tokens: list[_Token], index: int) -> str:
    """What the words at ``index``, after a name's 's, may be of the rest of its name, not a noun it owns: 'of'
    and a capitalised word ("Lloyd's of London": English says "the X of London's", never "X's of London"), or a
    capitalised plural ("Jehovah's Witnesses", which a leader's possessive owns as often); '' where neither."""
    following = tokens[index]
    if following.key == "of":
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        return "of" if after is not None and after.capitalised and not after.clause_initial else ""
    return (
        "plural"
        if (
            following.capitalised
            and not following.clause_initial
            and not following.possessive
            and not following.acronym
            and len(following.key) > 3
            and following.key.endswith("s")
            and not following.key.endswith("ss")
            and following.key not in _FOLLOWERS
        )
        else ""
    )


# a party's or a movement's members, whom a leader's possessive owns: "Trump's Republicans", "Sunak's Conservatives"
_FOLLOWERS = frozenset(
    "republicans democrats conservatives tories liberals socialists communists greens loyalists nationalists "
    "islamists royalists supporters forces troops allies men".split()
)


def _keep_possessive_names(text: str, tokens: list[_Token], names: set[str]) -> None:
    """Give the firms' names of :func:`_possessive_names` their 's back: 'Moody's' is one word of a name."""
    for token in tokens:
        if token.possessive and token.key in names and _POSSESSIVE_END.search(text[token.start : token.end + 2]):
            token.text, token.end, token.possessive = text[token.start : token.end + 2], token.end + 2, False
            token.key = fold(token.text)
            token.parts = (token.key,)


# a number after a name, written in the same words each time: a rocket's, a probe's, a mission's, a law's article
# ("Falcon 9", "Ariane 6", "Chang'e 7", "Article 280.3"); no count ("9 million", "6%"), score ("2-1") or range
_NUMBER_OF_A_NAME = LazyPattern(
    r"[ \u00a0](\d{1,3}(?:\.\d{1,3})?)(?![\d,:/%\u2013-]|\.\d|[ \u00a0]*(?:%|per\b|percent|million|billion|thousand"
    r"|trillion|bn\b|m\b|km\b|kg\b|years?\b|months?\b|days?\b|hours?\b|minutes?\b|people\b|points?\b|goals?\b))"
)
# words a sentence may open with before a count, which are then no name's: "Stage 3 was flat", "Phase 2 trials"
_COUNTED_WORDS = frozenset(
    "stage phase group level grade tier category chapter room gate page line round week day year game match season "
    "episode part volume number item box lane zone ward step type class size top under over".split()
)


def _numbered_names(tokenised: Iterable[tuple[str, list[_Token]]]) -> set[str]:
    """Words the copy writes with a number after them every time, and never alone or in lowercase: the number
    is part of the name ("Falcon 9 rocket", "has flown Ariane 6 five times", "Its Chang'e 7 lander"). A word
    also met without its number is a name of its own ("Lyon 2 Porto 1" after "Lyon signed ..."), and a word
    met in lowercase a common one ("the next stage ... Stage 3")."""
    numbered: set[str] = set()
    alone: set[str] = set()
    for text, tokens in tokenised:
        for token in tokens:
            if (
                not token.capitalised
                or token.possessive
                or token.acronym  # "sends CSV 2 files": an acronym's number counts what it names
                or token.key in FUNCTION_WORDS
                or token.key in _NUMBERING_WORDS
                or (token.clause_initial and token.key in _COUNTED_WORDS)
                or _NUMBER_OF_A_NAME.match(text, token.end) is None
            ):
                alone.add(token.key)
            else:
                numbered.add(token.key)
    return numbered - alone - _calendar_words()


def _keep_numbered_names(text: str, tokens: list[_Token], names: set[str]) -> None:
    """Give the words of :func:`_numbered_names` their number: 'Falcon 9' is one word of a name."""
    for token in tokens:
        if token.key in names and token.capitalised and (number := _NUMBER_OF_A_NAME.match(text, token.end)):
            token.text, token.end = text[token.start : number.end()], number.end()
            token.key = fold(token.text)
            token.parts = (token.key,)
            if _POSSESSIVE_END.match(text, token.end):  # "Falcon 9's second stage"
                token.possessive = True


_SENTENCE_OPENERS = frozenset("The An It In On At But And This That These Those He She They We".split())


def _opens_clause(tokens: list[_Token], gap: str, word: str = "") -> bool:
    """Whether a word stands where any word is capitalised: a sentence, quote, list item or colon clause."""
    if not tokens:
        return True
    stripped = gap.strip()
    if not stripped:
        return False
    if any(mark in stripped for mark in ":!?") or any(ch in _BULLETS for ch in stripped):
        return True
    if gap[-1] in _OPENERS:  # an opening quote or bracket right before the word
        return True
    if stripped[0] == ".":  # inside a sentence, a full stop ends an abbreviation or an initial
        return not (tokens[-1].key in _ABBREVIATIONS or tokens[-1].initial or tokens[-1].acronym) or (
            word in _SENTENCE_OPENERS  # "on X. The Commission said": the sentence ended after all
        )
    return _NUMBERED_MARKER.search(stripped) is not None


_ADJECTIVE_TAILS = frozenset(
    "based born led run style era bound made built owned held wide friendly leaning allied "
    "aligned funded backed controlled linked affiliated speaking majority dominated language".split()
)


def _lowercase_tail(token: _Token) -> bool:
    """'Moscow-based', 'Iran-backed', 'Kurdish-majority', 'Arabic-language': adjectives, not names
    ('Co-operation' is one)."""
    pieces = re.split(f"[{_HYPHENS}]", token.text)
    return len(pieces) > 1 and any(
        piece[:1].islower() and (fold(piece) in _ADJECTIVE_TAILS or piece.endswith("ed")) for piece in pieces[1:]
    )


def _a_names_last_word(text: str, token: _Token, units: list) -> bool:
    """Whether a capitalised word with a lowercase tail ("Islands-flagged") ends the name of the capitalised
    words just before it: the unit before it is a name's word, a single space away."""
    previous = units[-1] if units else None
    return (
        token.capitalised
        and previous is not None
        and previous.kind in ("name", "place", "body")
        and previous.key not in FUNCTION_WORDS  # "The Britain-based monitor": one word after all
        and not previous.possessive
        and text[previous.end : token.start] in (" ", "\u00a0")
    )


def _name_like(token: _Token) -> bool:
    """A capitalised word, an acronym, or a particle joined to a capitalised word ('al-Jolani')."""
    if len(token.text) > MAX_WORD_LENGTH or (_lowercase_tail(token) and not _particle_headed(token)):
        return False
    return token.capitalised or _particle_headed(token)


_ELIDED_PARTICLE = LazyPattern(rf"[dl][{_APOSTROPHES}][A-Z]")  # "Palme d'Or", "Côte d'Ivoire", "l'Humanité"


def _particle_headed(token: _Token) -> bool:
    if _ELIDED_PARTICLE.match(token.text):
        return True
    pieces = re.split(f"[{_HYPHENS}]", token.text)
    return len(pieces) > 1 and fold(pieces[0]) in NAME_PARTICLES and all(p[:1].isupper() for p in pieces[1:])


# --- units and runs ---------------------------------------------------------------------------------------


class _Unit:
    """A word of a run, or a whole glossary mention."""

    __slots__ = (
        "abbreviation",
        "acronym",
        "clause_initial",
        "end",
        "key",
        "kind",
        "mentions",
        "possessive",
        "start",
        "text",
    )

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str,  # glossary, title, descriptor, demonym, religious, generic, body, place, name, suffix, joiner
        key: str = "",
        possessive: bool = False,
        clause_initial: bool = False,
        acronym: bool = False,
        abbreviation: bool = False,  # written with a full stop that does not end the sentence
        mentions: tuple[Mention, ...] = (),
    ):
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.key = key
        self.possessive = possessive
        self.clause_initial = clause_initial
        self.acronym = acronym
        self.abbreviation = abbreviation
        self.mentions = mentions


_GENERATION = LazyPattern(r"I{2,3}|IV|VI{1,3}")  # "Martin Luther King III"


def _word_kind(token: _Token) -> str:
    key, parts = token.key, token.parts
    words = [p for p in parts if p not in NAME_PARTICLES] or list(parts)
    if key in NOT_NAMES:
        return "stop"
    if _GENERATION.fullmatch(token.text) or key in ("jr", "sr"):
        return "suffix"
    if all(p in TITLES for p in words) or (key.endswith("s") and key[:-1] in TITLES and len(parts) == 1):
        return "title"
    if all(p in DEMONYMS or (p.endswith("s") and p[:-1] in DEMONYMS) for p in words):
        return "demonym"
    if all(p in RELIGIOUS or (p.endswith("s") and p[:-1] in RELIGIOUS) for p in words):
        return "religious"
    if key in _calendar_words():
        return "month-name" if key in MONTHS_AS_NAMES else "stop"
    if key in GENERIC_BODIES:
        return "generic"
    if key in DESCRIPTORS:
        return "descriptor"
    if key in ORGANISATION_WORDS or _plural_of(key, ORGANISATION_WORDS):  # "Centres for Disease Control"
        return "body"
    if key in PLACE_WORDS:
        return "place"
    return "name"


def _plural_of(key: str, words: frozenset[str]) -> bool:
    """'centres' of 'centre', 'agencies' of 'agency', 'churches' of 'church'."""
    return (
        (key.endswith("s") and key[:-1] in words)
        or (key.endswith("ies") and key[:-3] + "y" in words)
        or (key.endswith("es") and key[:-2] in words)
    )


# a quotation ends at its closing mark, and another opening mark before it starts the quotation again: an opening
# mark never closed is then followed only as far as the next one, where following each to the end of the text
# made an article of thousands of them take seconds
_QUOTATIONS = LazyPattern(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|(?:^|(?<=[\s(\[]))‘[^‘’]*’")


# the words title case leaves in lowercase
_MINOR_WORDS = frozenset("a an the and but or nor for of in on at to by with from as via per".split())


# nouns of works whose titles the copy quotes: 'the film "Winter Sleep"', '"Emilia Pérez", the Netflix musical'
_WORK_NOUNS = frozenset(
    "film films movie novel novels book books series show song album play documentary musical comedy drama "
    "feature memoir opera".split()
)
_WORK_AFTER = LazyPattern(r"[”\"],[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?([a-z]+)\b")


def _a_works_title(text: str, tokens: list[_Token], first: int, quotation: re.Match) -> bool:
    """Whether a quotation of capitalised words is a work's title by the words around it: a work's noun just
    before it or 'for' ('won for "Winter Sleep"'), or an apposition naming a work after it."""
    before = [t.key for t in tokens[max(0, first - 3) : first]]
    if before and (before[-1] == "for" or any(key in _WORK_NOUNS for key in before)):
        return True
    after = _WORK_AFTER.match(text, quotation.end() - 1)
    return after is not None and after.group(1) in _WORK_NOUNS


def _title_case_quotations(text: str, tokens: list[_Token]) -> set[int]:
    """The tokens of quotations written in title case ('"They Play a Long Game"'): no names there."""
    starts = [t.start for t in tokens]
    excluded: set[int] = set()
    for quotation in _QUOTATIONS.finditer(text):
        first, last = bisect.bisect_left(starts, quotation.start()), bisect.bisect_left(starts, quotation.end())
        inside = tokens[first:last]
        content = [t for t in inside if t.key not in FUNCTION_WORDS and t.key not in NAME_PARTICLES]
        # title case capitalises every word but the short ones: "It Was Just an Accident"
        major = [t for t in inside if t.key not in _MINOR_WORDS and t.key not in NAME_PARTICLES]
        title_case = (
            len(major) >= 3 and all(t.capitalised for t in major) and any(t.key in FUNCTION_WORDS for t in major[1:])
        )
        # "The Smashing Machine": a title's article capitalised inside a sentence, then capitalised words only
        titled = (
            len(content) >= 1
            and inside[0].text in ("The", "A", "An")
            and quotation.start() > 0
            and all(t.capitalised for t in content)
        )  # also '"The Substance"', '"The Brutalist"'
        # '"Winter Sleep"' after a work's noun or "for", '"Emilia Pérez", the Netflix musical': a work's title
        work = bool(content) and all(t.capitalised for t in content) and _a_works_title(text, tokens, first, quotation)
        if (len(content) >= 3 and all(t.capitalised for t in content)) or title_case or titled or work:
            excluded.update(range(first, last))
    return excluded


# a nickname in quotes between a given name and a family name: Jimmy "Barbecue" Chérizier, Joaquín "El Chapo"
# Guzmán, Armand "Mondo" Duplantis; one to three capitalised words, a space on either side
_NICKNAME_GAP = LazyPattern(r"[ \u00a0](?:\"[^\"\s][^\"]{0,28}\"|“[^“”\s][^“”]{0,28}”|‘[^‘’\s][^‘’]{0,28}’)[ \u00a0]")


def _start(token: _Token) -> int:
    return token.start


def _nicknames(text: str, tokens: list[_Token]) -> set[int]:
    """The tokens of nicknames quoted inside a person's name (see _NICKNAME_GAP): one to three capitalised
    words between two capitalised words that are no function words; the name runs on across them."""
    inside: set[int] = set()
    for index in range(len(tokens) - 2):
        before = tokens[index]
        gap = _NICKNAME_GAP.match(text, before.end)
        if gap is None or not before.capitalised or before.key in FUNCTION_WORDS or before.possessive:
            continue
        last = bisect.bisect_left(tokens, gap.end(), key=_start) - 1
        words = tokens[index + 1 : last + 1]
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if (
            following is not None
            and following.start == gap.end()
            and following.capitalised
            and following.key not in FUNCTION_WORDS
            and 1 <= len(words) <= 3
            and all(w.capitalised or w.key in NAME_PARTICLES for w in words)
        ):
            inside.update(range(index + 1, last + 1))
    return inside


def _units(text: str, tokens: list[_Token], mentions: list[Mention]) -> list[_Unit | None]:
    """Tokens as units, glossary mentions merged into one unit each; None where a run must break. A nickname
    quoted inside a name makes no unit: the name runs on across it (see _joined)."""
    units: list[_Unit | None] = []
    excluded = _title_case_quotations(text, tokens)
    nicknames = _nicknames(text, tokens) if '"' in text or "“" in text or "‘" in text else set()
    index = 0
    mention_index = 0
    while index < len(tokens):
        token = tokens[index]
        if index in nicknames:
            index += 1
            continue
        if index in excluded:
            units.append(None)
            index += 1
            continue
        while mention_index < len(mentions) and mentions[mention_index].end <= token.start:
            mention_index += 1
        mention = mentions[mention_index] if mention_index < len(mentions) else None
        if mention is not None and mention.start < token.end:
            if _lowercase_tail(token) and not _particle_headed(token):
                units.append(None)  # "Moscow-based"
                index += 1
                continue
            covered = [mention]
            end = max(token.end, mention.end)
            last = index
            while last + 1 < len(tokens) and tokens[last + 1].start < end:
                last += 1
                end = max(end, tokens[last].end)
                while mention_index + 1 < len(mentions) and mentions[mention_index + 1].start < end:
                    mention_index += 1
                    covered.append(mentions[mention_index])
                    end = max(end, mentions[mention_index].end)
            start = min(token.start, mention.start)
            possessive = tokens[last].possessive or covered[-1].possessive
            units.append(
                _Unit(
                    start,
                    end,
                    text[start:end],
                    "glossary",
                    fold(text[start:end]),
                    possessive=possessive,
                    clause_initial=token.clause_initial,
                    mentions=tuple(covered),
                )
            )
            mention_index += 1
            index = last + 1
            continue
        index += 1
        if token.key == "plc" and units and units[-1] is not None and units[-1].kind != "joiner":
            # a British firm's legal form, written in lowercase after its name: "Glencore plc's former head"
            units.append(_Unit(token.start, token.end, token.text, "body", token.key, token.possessive))
            continue
        if _lowercase_tail(token) and _a_names_last_word(text, token, units):
            # "the Marshall Islands-flagged tanker", "a New York-based fund": the name before the adjective's
            # hyphen ends there; one word alone ("Moscow-based") is as often a demonym's or a body's adjective
            head = re.split(f"[{_HYPHENS}]", token.text)[0]
            key = fold(head)
            units.append(_Unit(token.start, token.start + len(head), head, _word_kind(_Token(head, token.start,
                token.start + len(head), key, (key,), False, False)), key))  # fmt: skip
            units.append(None)
            continue
        if not _name_like(token):
            if (
                token.key in NAME_PARTICLES
                or token.key in {"of", "the", "to", "in"}
                or token.key in BODY_JOINERS
                or (token.key == "ve" and units and units[-1] is not None and units[-1].key in _TURKISH_FIRM_WORDS)
            ):
                units.append(_Unit(token.start, token.end, token.text, "joiner", token.key))
            else:
                units.append(None)
            continue
        kind = _word_kind(token)
        if kind == "stop" or (token.key in _NUMBERING_WORDS and _NUMBER_AFTER.match(text, token.end)):
            units.append(None)
            continue
        abbreviation = (
            text[token.end : token.end + 1] == "."
            and (token.key in _ABBREVIATIONS or token.initial)
            and not token.possessive
        )
        units.append(
            _Unit(
                token.start,
                token.end,
                token.text,
                kind,
                token.key,
                token.possessive,
                token.clause_initial,
                token.acronym,
                abbreviation,
            )
        )
    return units


_RUN_GAP = LazyPattern(r"[ \u00a0]")
_AMPERSAND_GAP = LazyPattern(r"[ \u00a0]&[ \u00a0]")  # "Procter & Gamble", "Marks & Spencer"
# standalone particles that may open a run ("al Nusra", "de Gaulle"); Arabic sun-letter forms (as, at, an...)
# are English words when they stand alone, so they join only when hyphenated ("ash-Sharaa")
_OPENING_PARTICLES = frozenset("al el bin ibn bint ul ud de del der den di du da do dos das la le van von".split())


def _joined(text: str, previous: _Unit, unit: _Unit) -> bool:
    gap = text[previous.end : unit.start]
    if previous.possessive:  # "People's Party", "Workers' Party"
        gap = re.sub(f"^[{_APOSTROPHES}]s?", "", gap)
    if _AMPERSAND_GAP.fullmatch(gap):  # a firm's name; two names the glossary has are two names
        return previous.kind == unit.kind == "name"
    if previous.abbreviation and gap in (". ", ".\u00a0"):  # "George W. Bush"; not "on X. The Commission"
        return unit.key not in FUNCTION_WORDS or (unit.abbreviation and len(unit.text) == 1)  # "Karim A. A. Khan"
    if len(gap) > 3 and _NICKNAME_GAP.fullmatch(gap):  # Jimmy "Barbecue" Chérizier: its tokens made no unit
        return previous.kind == unit.kind == "name"
    return bool(_RUN_GAP.fullmatch(gap))


_PLACE_PREPOSITION_BEFORE = LazyPattern(
    r"\b(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Tt]o|[Ii]nto|[Nn]ear|[Aa]cross|[Oo]ver)[ \u00a0]+$"
)
_PREPOSITION_REACH = 8
# a day's name: a word and a weekday ("Black Friday", "Cyber Monday", "Super Tuesday"), a feast and its day ("Christmas
# Day", "Christmas Eve", "Easter Week")
_A_WEEKDAY_AFTER = LazyPattern(r"[ \u00a0](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_A_FEAST_BEFORE = LazyPattern(r"\b(?:Christmas|Easter|Ramadan|Eid|Hanukkah|Passover)[ \u00a0]$")
_DAYS_OF_FEASTS = frozenset("day eve night week".split())
_POSSESSIVE_AFTER = LazyPattern(r"['\u2019]s\b")
_SET_OFF_AFTER = LazyPattern(r"[ \u00a0]*(?:[,;:)]|\.(?:\s|$)|$)")  # a name in apposition, set off where it ends
_IN_A_PLACE = LazyPattern(r"\b(?:[Ii]n|[Nn]ear)[ \u00a0]+$")
_AND_SPAN = 2  # words on either side of 'and' in a body's name that has no 'of' or 'for'


# common nouns and adjectives that bodies' names join with 'and' ("Food and Drug Administration", "Disaster and
# Emergency Management Authority"); a firm's or a place's name is none of them ("Microsoft and Amazon Web Services")
_JOINED_IN_BODIES = frozenset(
    """
food drug drugs disaster disasters emergency emergencies control justice law order peace freedom truth dignity
liberty unity hope change progress reform renewal relief rescue aid welfare care exchange exchanges customs border
borders immigration enforcement safety standards arts crafts music film games sport fisheries fish wildlife
forestry land lands water waters power gas mining minerals resources budget audit accounts statistics research
heritage antiquities endowments women children men family families trade industry commerce tourism labour labor
housing transport roads rail ports shipping maritime aviation space defence defense war veterans martyrs
wounded prisoners refugees migrants displaced health medicine hygiene nutrition schools universities youth
democracy development solidarity equality cooperation reconstruction investment investments finance planning
construction environment climate weather marine atmosphere loss losses damage damages harm
""".split()
)
# endings of English common nouns and adjectives: Securities, Reconstruction, Equality, Strategic, Regional
_COMMON_ENDINGS = (
    "tion", "sion", "ment", "ity", "ities", "ness", "ance", "ence", "ism", "ics", "ogy", "ship", "dom", "ure",
    "ive", "ous", "ary", "ical", "ic", "al", "ing", "ings", "ies",
)  # fmt: skip


# institutions that one body's name pairs with 'and': "Malek National Library and Museum"
_PAIRED_INSTITUTIONS = frozenset(
    "museum museums library libraries gallery galleries archive archives garden gardens theatre theater".split()
)


# a journey's word, which 'to' and where it goes end: "Emirates Mission to the Asteroid Belt"
_JOURNEYS = frozenset("mission expedition voyage".split())
# a body's word that is also a site, which 'on' and a place after it locate ("the Paranal Observatory on Cerro
# Paranal", "the Hospital on the Hill"); not a committee or a commission "on" its subject
_SITES = frozenset("observatory observatories hospital hospitals stadium arena refinery plant terminal".split())


def _a_common_word(unit: _Unit, lowercase_seen: set[str]) -> bool:
    """Whether a capitalised word of a run reads as a common noun or adjective of a body's name ('Disaster',
    'Securities', 'Strategic'), not as a name of its own ('Microsoft', 'England', 'Galatasaray')."""
    key = unit.key
    if unit.kind in ("descriptor", "body", "generic") or key in _JOINED_IN_BODIES or key in lowercase_seen:
        return True
    last = fold(re.split(f"[{_HYPHENS}]", unit.text)[-1])
    return len(last) > 4 and last.endswith(_COMMON_ENDINGS) and not unit.acronym and not _brand_spelling(unit.text)


def _body_ahead(current: list[_Unit], ahead: Sequence[_Unit | None], lowercase_seen: set[str]) -> bool:
    """Whether 'and' joins two words of one body's name, its last word still to come: 'Disaster and Emergency
    Management Authority', 'Justice and Development Party', 'Securities and Exchange Commission'; not two names,
    'Iran and Turkey', 'Amazon Web Services and Google', 'Galatasaray and Fenerbahce fans', 'Microsoft and Amazon
    Web Services' (the word before 'and' must read as a common word: a firm's or a place's name does not)."""
    if not current or not _a_common_word(current[-1], lowercase_seen):
        return False
    before = 0
    for unit in reversed(current):
        if before == _AND_SPAN:
            return False
        if (
            unit.kind not in ("name", "descriptor", "body")
            or unit.acronym
            or _brand_spelling(unit.text)
            or (unit.possessive and unit.key not in POSSESSIVES_IN_NAMES)
        ):
            break
        before += 1
    if before == 0:
        return False
    for count, next_unit in enumerate(ahead):
        if next_unit is None or next_unit.kind in ("joiner", "glossary") or next_unit.acronym:
            return False
        unit = next_unit
        if _brand_spelling(unit.text):
            return False
        if unit.kind in ("body", "generic"):
            return True
        if count == _AND_SPAN or unit.kind not in ("name", "descriptor") or unit.possessive:
            return False
    return False


def _in_complement(current: list[_Unit]) -> bool:
    """Whether a run stands after a body's 'of', 'for' or 'on': 'Centre for Strategic ...', 'Bureau of Industry'."""
    body = next((i for i, u in enumerate(current) if u.kind in ("body", "generic")), None)
    return body is not None and any(u.kind == "joiner" and u.key in ("of", "for", "on") for u in current[body:])


def _joins(
    joiner: _Unit,
    current: list[_Unit],
    following: _Unit | None,
    ahead: Sequence[_Unit | None] = (),
    lowercase_seen: set[str] | None = None,
    text: str = "",
) -> bool:
    """Whether a lowercase word holds a run together: 'Abu Mohammad al Jolani', 'Bank of England'."""
    if following is None or (
        following.kind == "joiner"
        and not (joiner.key in ("of", "for", "on", "to") and following.key == "the")
        and not (joiner.key in _OPENING_PARTICLES and following.key in _OPENING_PARTICLES)  # "von der Leyen"
    ):
        return False
    if not current:
        return joiner.key in _OPENING_PARTICLES
    if joiner.key == "the":  # "Champion of the Republic", "Institute for the Study of War"
        if (
            len(current) == 1
            and current[0].kind == "name"
            and not (current[0].clause_initial or current[0].acronym or current[0].possessive)
            and following.kind in ("name", "body")
            and following.text[:1].isupper()
            and (len(ahead) < 2 or ahead[1] is None or ahead[1].kind == "joiner")
            and not _ends_at(_PLACE_PREPOSITION_BEFORE, text, current[0].start, _PREPOSITION_REACH)
        ):  # a name made of a verb or a noun and 'the': "Save the Children", "Catherine the Great"; not "In Rafah
            # the Army said", a place and the subject
            return True
        return current[-1].key in ("of", "to") or (current[-1].key in BODY_JOINERS and current[-1].key != "and")
    if joiner.key == "and" and following.key in ("co", "company") and following.text[:1].isupper():
        # "Eli Lilly and Co.", "Dow Jones and Company": the firm's legal form, its name's last words
        return bool(current) and current[-1].kind == "name" and (not ahead[1:] or ahead[1] is None)
    if joiner.key == "and":  # "Centre for Strategic and International Studies", "Justice and Development Party"
        lowercase_seen = lowercase_seen or set()
        if current[-1].key in _PAIRED_INSTITUTIONS and following.key in _PAIRED_INSTITUTIONS:
            return True  # "Malek National Library and Museum", "Royal Botanic Gardens and Museum"
        if (
            current[-1].kind == "body"
            and len(current) >= 2
            and following.kind == "name"
            and not _a_common_word(following, lowercase_seen)
        ):  # two bodies, each named whole: "Edhi Foundation and Alkhidmat Foundation", "BP Plc and Shell Plc"
            return False
        if (
            _in_complement(current)
            and following.kind != "glossary"
            and not following.acronym
            and (current[-1].kind != "name" or _a_common_word(current[-1], lowercase_seen))
        ):  # "Bureau of Industry and Security"; not "the Bank of England and Goldman Sachs"
            return True
        return _body_ahead(current, ahead, lowercase_seen)
    if joiner.key == "ve":  # Turkish 'and' in a firm's full name: "D-Market Elektronik Hizmetler ve Ticaret AS"
        return current[-1].key in _TURKISH_FIRM_WORDS and following.key in _TURKISH_FIRM_WORDS
    if joiner.key == "to":  # "Fund for Responding to Loss and Damage": a body's gerund and its object
        destination = following if following.key != "the" else (ahead[1] if len(ahead) > 1 else None)
        if current[-1].key in _JOURNEYS and len(current) > 1 and destination and destination.text[:1].isupper():
            return True  # "Emirates Mission to the Asteroid Belt", "Ptolemy Expedition to Mars": where it goes
        if following.key == "the":
            return False
        return current[-1].key.endswith("ing") and any(u.kind in ("body", "generic") for u in current)
    if joiner.key == "on" and (current[-1].key in _PAIRED_INSTITUTIONS or current[-1].key in _SITES):
        return False  # "the Umm Kulthum Museum on Roda Island", "the Paranal Observatory on Cerro Paranal": its site
    if joiner.key in BODY_JOINERS:  # "Institute for the Study of War"
        return any(u.kind in ("body", "generic") for u in current)
    if joiner.key == "in":  # "Nobel Prize in Literature", "Memorial Prize in Economic Sciences": a prize's field
        return (
            current[-1].key in AWARD_WORDS
            and following.kind in ("name", "descriptor")
            and (following.key,) not in _territory_names() | _city_names()  # "the Booker Prize in London"
        )
    if joiner.key in ("ten", "ter", "zu"):  # "Erik ten Hag", "Marc-André ter Stegen": inside a name only
        return current[-1].kind == "name" and following.kind == "name"
    if joiner.key == "of" and current[-1].key[-1:].isdigit() and _NUMBER_ENDS.search(current[-1].key):
        return False  # "Article 280.3 of the Criminal Code", "Falcon 9 of SpaceX": the number ends the name
    return joiner.key == "of" or joiner.key in _OPENING_PARTICLES


def _runs(
    text: str,
    units: list[_Unit | None],
    lowercase_seen: set[str],
    pairs_in_names: set[tuple[str, str]],
    one_clubs: Set[tuple[str, str]] = frozenset(),
) -> list[list[_Unit]]:
    """Runs of name-like units, joined by single spaces and by particles, 'of' and the joiners of bodies."""
    runs: list[list[_Unit]] = []
    current: list[_Unit] = []

    def close() -> None:
        nonlocal current
        while current and current[-1].kind == "joiner":
            current.pop()
        if current:
            runs.append(current)
        current = []

    for index, unit in enumerate(units):
        if unit is None:
            close()
            continue
        if current and (not _joined(text, current[-1], unit) or _a_makers_product(current, unit)):
            close()
        if unit.kind == "joiner":
            following = units[index + 1] if index + 1 < len(units) else None
            if following is not None and not _joined(text, unit, following):
                following = None
            one_club = (
                unit.key == "and"
                and following is not None
                and (len(current) == 1 or (len(current) > 2 and current[-2].key == "of"))
                and (current[-1].key, following.key) in one_clubs
            )  # "Brighton and Hove Albion"
            if not one_club and not _joins(
                unit, current, following, _joined_ahead(text, units, index + 1), lowercase_seen, text
            ):
                close()
                continue
        current.append(unit)
        if unit.possessive and unit.key not in POSSESSIVES_IN_NAMES:  # "Russia's Foreign Minister": two names
            close()
    close()
    return [run for run in (_drop_weak_opening(text, run, lowercase_seen, pairs_in_names) for run in runs) if run]


def _a_makers_product(current: list[_Unit], unit: _Unit) -> bool:
    """Whether a name with its number after a maker's one word written as a brand is the maker's product, a name
    of its own: "AeroVironment Switchblade 600 drones", "a GoPro Hero 12 camera"."""
    return (
        len(current) == 1
        and unit.kind == "name"
        and " " in unit.key
        and unit.key[-1:].isdigit()
        and _brand_spelling(current[0].text)
    )


def _joined_ahead(text: str, units: list[_Unit | None], start: int) -> list[_Unit | None]:
    """The units from ``start`` while each is joined to the one before it (a few: enough for _body_ahead)."""
    ahead: list[_Unit | None] = []
    for unit in units[start : start + _AND_SPAN + 2]:
        if unit is None or (ahead and (ahead[-1] is None or not _joined(text, ahead[-1], unit))):
            ahead.append(None)
            break
        ahead.append(unit)
    return ahead


# a Korean given name of two syllables joined by a hyphen, the second in lowercase: "Heung-min", "Min-jae"; the family
# name before it is a name whatever English word it spells ("Son Heung-min", "Kim Min-jae")
_KOREAN_GIVEN_NAME = LazyPattern(r"[A-Z][a-z]{1,5}[-\u2010\u2011][a-z]{1,5}")


def _drop_weak_opening(
    text: str, run: list[_Unit], lowercase_seen: set[str], pairs_in_names: set[tuple[str, str]]
) -> list[_Unit]:
    """Drop a common word capitalised only because it opens a clause: 'But', 'Speaking', 'The'.

    A common word that is written elsewhere in lowercase stays when the name needs it: the next word is a
    capitalised function word ('Reporters Without Borders'), the two words are capitalised together where
    nothing else capitalises them ('... said Human Rights Watch'), or an acronym in brackets after the run
    has its initials ('Human Rights Watch (HRW)')."""
    first = run[0]
    korean = len(run) == 2 and _KOREAN_GIVEN_NAME.fullmatch(run[1].text) is not None  # "Son Heung-min"
    if (
        first.clause_initial
        and len(run) > 1
        and first.key in ROLE_NOUNS - TITLES
        and first.text[1:].islower()
        and not korean
    ):
        return run[1:]  # "Rival Samsung Electronics said", "Analyst Joseph Moore said": a role, then the name
    if (
        first.clause_initial
        and len(run) > 1
        and first.key in PERSON_ROLES
        and first.text[1:].islower()
        and _a_persons_name(run[1:] if run[1].kind != "title" else run[2:])
    ):  # "Striker Youssef En-Nesyri", "Novelist Elif Shafak", "Defender Gen Shoji": a role, then the person
        return run[1:]
    if first.key in _OPENING_PARTICLES and len(run) > 1 and run[1].kind == "name":
        return run  # "Bin Salman and al-Sudani discussed...", "De Laurentiis said": the name opens the sentence
    if (
        first.clause_initial
        and len(run) > 2
        and run[1].key == "of"
        and first.kind == "name"
        and _plural_noun(first.key)
        and (first.key, "of") not in pairs_in_names
    ):  # "Officials of the Disaster and Emergency Management Authority"; "Friends of the Earth" where the copy
        # also writes it inside a sentence
        run = run[2:]
        while run and run[0].kind == "joiner" and run[0].key not in _OPENING_PARTICLES:
            run = run[1:]
        return run
    if (
        first.clause_initial
        and first.kind != "glossary"
        and not (first.kind == "title" and run[1:] and run[1].kind in _OFFICE_KINDS)  # "Chief Executive ...": cut whole
        and not first.acronym
        and (first.key in FUNCTION_WORDS or first.key in lowercase_seen)
        and not (first.key not in FUNCTION_WORDS and _opening_belongs(text, run, pairs_in_names))
    ):
        run = run[1:]
        while run and run[0].kind == "joiner" and run[0].key not in _OPENING_PARTICLES:
            run = run[1:]
    return run


def _plural_noun(key: str) -> bool:
    """A word that reads as an English plural: 'officials', 'shares', 'members' (not 'Paris', 'Moses', 'Hills')."""
    return (
        len(key) > 4
        and key.endswith("s")
        and not key.endswith(("ss", "us", "is", "os", "as"))
        and key not in PLACE_WORDS
    )


def _opening_belongs(text: str, run: list[_Unit], pairs_in_names: set[tuple[str, str]]) -> bool:
    """Whether a common word opening a clause is the first word of the name after it (see _drop_weak_opening)."""
    if len(run) < 2 or run[1].kind == "joiner":
        return False
    second = run[1]
    if second.kind == "name" and second.key in FUNCTION_WORDS and second.text[:1].isupper():
        return True
    if (run[0].key, second.key) in pairs_in_names:
        return True
    if (
        len(run) >= 3
        and run[-1].kind == "body"
        and all(u.kind == "name" and not u.acronym and not u.possessive for u in run[:-1])
        and not _plural_noun(run[0].key)
        and run[0].key not in ORGANISATION_NOUNS_BEFORE
        and not _a_role(run[0].key)
    ):  # "Climate Action Network, a coalition...": a common word before a body's name of its own
        return True
    defined = _ACRONYM_DEFINED.match(text, run[-1].end)
    return defined is not None and _has_initials(run, defined.group(1))


# the last word of a club named after its town, or after two: "Brighton and Hove Albion", "Wolverhampton Wanderers"
_CLUB_SUFFIXES = frozenset("albion wanderers rovers athletic united city town county hotspur rangers".split())
_CLUBS_ONLY = frozenset("albion wanderers rovers athletic hotspur rangers".split())  # not City, Town: Cape Town
# what one side does in a match, after its name (and a clause): "beat Wolves 2-1", "lost 2-0 to", "drew 1-1 with";
# two sides "drew 1-1" without "with"
_ONE_SIDES_RESULT = LazyPattern(
    r"(?:,[^,.;]{1,80},)?[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,4}?(?:beat|defeated|thrashed|edged|stunned"
    r"|lost[ \u00a0]+\d{1,2}[-\u2013]\d{1,2}[ \u00a0]+to|drew[ \u00a0]+\d{1,2}[-\u2013]\d{1,2}[ \u00a0]+with)\b"
)


def _one_club_pairs(segments_tokens: Iterable[tuple[str, list[_Token]]]) -> set[tuple[str, str]]:
    """The words on either side of 'and' in a club named after two towns, "X and Y <Albion>", where the copy
    makes the three words one side: one side's result after them ("Brighton and Hove Albion came from behind to
    beat Wolves"), or a player's name and "of" before them ("Kaoru Mitoma of Brighton and Hove Albion"). Two
    clubs ("Everton and Ipswich Town drew 1-1", "fans of Everton and Ipswich Town") stay two."""
    pairs = set()
    for text, tokens in segments_tokens:
        for index in range(len(tokens) - 3):
            first, joiner, second, last = tokens[index : index + 4]
            if not (
                joiner.text == "and"
                and first.capitalised
                and second.capitalised
                and last.capitalised
                and last.key in _CLUB_SUFFIXES
                and not first.possessive
                and not second.possessive
                and text[first.end : last.start] == f" and {second.text} "
            ):
                continue
            following = tokens[index + 4] if index + 4 < len(tokens) else None
            if following is not None and following.capitalised and following.start == last.end + 1:
                continue  # the name goes on: no club of this shape
            before = tokens[index - 2 : index] if index >= 2 else []
            players = (
                len(before) == 2
                and before[1].text == "of"
                and before[0].capitalised
                and not before[0].clause_initial
                and before[0].key not in FUNCTION_WORDS
            )
            if players or _ONE_SIDES_RESULT.match(text, last.end):
                pairs.add((first.key, second.key))
    return pairs


def _pairs_in_names(blocks_tokens: Iterable[list[_Token]]) -> set[tuple[str, str]]:
    """Pairs of words capitalised side by side inside a sentence ('... said Human Rights Watch'), where only
    a name capitalises them; from running text, not titles or lines in headline case."""
    pairs = set()
    for tokens in blocks_tokens:
        for first, second in pairwise(tokens):
            if (
                first.capitalised
                and (second.capitalised or second.key == "of")  # "... said Friends of the Earth"
                and not first.clause_initial
                and not first.acronym
                and first.end + 1 == second.start
            ):
                pairs.add((first.key, second.key))
    return pairs


class _Sighting:
    """A name cut out of a run in discovery."""

    __slots__ = ("after_title", "units")

    def __init__(self, units: list[_Unit], after_title: str | None = None):
        self.units = units
        self.after_title = after_title  # the title word just before it, if any

    @property
    def start(self) -> int:
        return self.units[0].start

    @property
    def end(self) -> int:
        return self.units[-1].end


_OFFICE_KINDS = ("title", "descriptor", "demonym")
_GIVEN_NAME_TITLES = frozenset(("sultan",))  # titles that are also first names
# a title's first word that no list of titles holds alone: "High Commissioner", "Special Envoy", "Chief Rabbi"
_TITLES_FIRST_WORDS = frozenset("high special supreme chief grand deputy lord".split())
_FAMILY_PARTICLES = ("al", "el")


def _family_name(units: list[_Unit]) -> bool:
    """An Arabic family's name alone: 'Al Jaber', 'al-Neyadi'; a ruler's first name is no family name."""
    if len(units) == 2:
        return units[0].key in _FAMILY_PARTICLES and units[1].kind == "name" and not units[1].acronym
    return (
        len(units) == 1
        and units[0].kind == "name"
        and re.split(f"[{_HYPHENS}]", units[0].key)[0] in _FAMILY_PARTICLES
        and len(re.split(f"[{_HYPHENS}]", units[0].key)) == 2
    )


class _Cutter:
    """Cuts runs into names at title phrases: 'Bank of England Governor Andrew Bailey' -> two names."""

    def __init__(self, glossary_titles: set[str]):
        self.glossary_titles = glossary_titles

    def is_title(self, unit: _Unit) -> bool:
        return unit.kind == "title" or (unit.kind == "glossary" and unit.mentions[0].entry_id in self.glossary_titles)

    def is_office(self, unit: _Unit) -> bool:
        return unit.kind in _OFFICE_KINDS or self.is_title(unit)

    def cut(self, run: list[_Unit]) -> list[_Sighting]:
        if len(run) > 2 and self.is_title(run[0]) and run[-1].key in AWARD_WORDS and run[-2].kind == "name":
            return [_Sighting(run)]  # an honour named after a ruler: "Sheikh Zayed Book Award", "King Faisal Prize"
        sightings: list[_Sighting] = []
        segment: list[_Unit] = []
        title_before: str | None = None
        index = 0
        while index < len(run):
            end = index
            while end < len(run) and self.is_office(run[end]):
                end += 1
            phrase = run[index:end]
            if not any(self.is_title(u) for u in phrase):
                segment += phrase or [run[index]]
                index = max(end, index + 1)
                continue
            after, organisation = self.office_end(run, end)
            rest = run[after:]
            if len(phrase) == 1 and phrase[0].possessive and rest and rest[0].kind in ("name", "body", "place"):
                segment += run[index:]  # "Lord's Resistance Army", "King's College London": a name's own word
                break
            if rest and rest[0].kind in ("body", "generic"):  # "General Assembly", "General Electric"
                segment += run[index:]
                break
            if not segment and len(phrase) == 1 and phrase[0].key in _GIVEN_NAME_TITLES and _family_name(rest):
                segment += run[index:]  # "Sultan Al Jaber", "Sultan al-Neyadi": a first name before a family's
                break
            if segment and (
                segment[-1].key in ("of", "the")
                or (len(segment) >= 2 and segment[-2].key == "the" and segment[-1].key in _TITLES_FIRST_WORDS)
            ):  # "Council of Ministers", "Office of the Supreme Leader", "Office of the High Commissioner for ..."
                segment += run[index:after]
                index = after
                continue
            if (
                all(u.kind == "suffix" for u in rest)
                and len(phrase) == 1
                and phrase[0].kind == "title"
                and (len(segment) >= 2 or (len(segment) == 1 and not phrase[0].possessive))
                and all(u.kind == "name" and not u.acronym for u in segment)
            ):  # "Martin Luther King (III)", "Travis Head made 89": a surname, no title ends a name
                segment += run[index:]
                break
            if segment:
                sightings.append(_Sighting(segment, title_before))
                segment = []
            if organisation:  # "Head of the International Atomic Energy Agency Rafael Grossi"
                sightings.append(_Sighting(organisation))
            title_before = next(u.key for u in reversed(phrase) if self.is_title(u))
            index = after
        if segment:
            sightings.append(_Sighting(segment, title_before))
        return [piece for sighting in sightings for piece in self.split_lone_of(sighting)]

    def office_end(self, run: list[_Unit], end: int) -> tuple[int, list[_Unit]]:
        """Where a title phrase ends: over 'of Qatar', 'of Foreign Affairs', 'of the General Staff'.

        An organisation named after 'of' and followed by more is returned as a name of its own.
        """
        if end >= len(run) or run[end].key != "of":
            return end, []
        start = end + 1
        if start < len(run) and run[start].key == "the":
            start += 1
        body = next((i for i in range(start, len(run)) if run[i].kind in ("body", "generic")), None)
        if (
            body is not None
            and body + 1 < len(run)
            and not any(self.is_title(u) for u in run[start:body])
            and any(u.kind == "name" for u in run[start:body])
        ):
            return body + 1, run[start : body + 1]
        stop = start
        while stop < len(run) and run[stop].kind in ("descriptor", "generic", "demonym", "title"):
            stop += 1
        if stop == start and start < len(run):
            stop = start + 1  # one word: "Emir of Qatar", "Secretary of State"
        return stop, []

    def split_lone_of(self, sighting: _Sighting) -> list[_Sighting]:
        """A person 'of' something is two names: 'Lavrov of Russia', 'Özgür Özel of the Republican People's Party'.

        'Bank of England', 'Gulf of Oman', 'Wolf of Anatolia' and 'Joan of Arc' stay whole: the word before
        'of' names a body or place, or stands alone with no title before it.
        """
        units = sighting.units
        keys = [u.key for u in units]
        if "of" not in keys:
            return [sighting]
        at = keys.index("of")
        left, right = units[:at], units[at + 1 :]
        while right and right[0].key == "the":
            right = right[1:]
        if not left or not right:
            return [sighting]
        if _a_bodys_own_name(left) and len(right) > 1 and any(u.kind in ("body", "generic") for u in right[1:]):
            # two bodies' names: "Quds Force of the Islamic Revolutionary Guard Corps"; but "Congress of Local and
            # Regional Authorities", "Central Bank of the Republic of Turkey" are one
            return [_Sighting(left, sighting.after_title), _Sighting(right)]
        if (
            len(left) == 1
            and left[0].clause_initial
            and (left[0].key in _A_SIDES_PEOPLE or left[0].key in COMMON_OPENERS)
        ):
            return [_Sighting(right)]  # "Fans of Göztepe marched", "Supporters of Besiktas": a common word opening it
        if (
            not all(
                (u.kind == "name" and not u.acronym) or (u.kind == "joiner" and u.key in PERSON_PARTICLES) for u in left
            )
            or left[0].kind != "name"
            or left[-1].kind != "name"
            or (len(left) == 1 and left[0].key in _LANDFORMS)
        ):  # (a person's 'bin' or 'ibn' inside: "Mohammed ibn Saleh Al-Harthy of the ... Centre" is two names)
            return [sighting]  # "Rock of Gibraltar", "Isle of Skye": a place's own name, not a name and a place
        right_is_glossary = all(u.kind == "glossary" and not self.is_title(u) for u in right)
        right_words = tuple(u.key for u in right)
        # a firm "of" a country: "EuBiologics of South Korea", "Daiichi Sankyo of Japan"; not "Horn of Africa"
        country = right_words in _territory_names() and not (len(right_words) == 1 and right_words[0] in _CONTINENTS)
        if right_is_glossary or country or len(left) > 1 or sighting.after_title in TITLES - {"lord", "lady"}:
            return [_Sighting(left, sighting.after_title), _Sighting(right)]
        return [sighting]


_ARTICLE_BEFORE = LazyPattern(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]+$")
_ARTICLE_REACH = 8  # "the" and the spaces after it


def _ends_at(pattern: re.Pattern | LazyPattern, text: str, end: int, reach: int) -> re.Match | None:
    """A pattern written to end at ``$``, searched in the ``reach`` characters before ``end`` only: what a name
    stands after ("the ", "737 ", "Gen ") is read there, not by a search from the start of the sentence at
    every name, which made a long sentence of names cost the square of its length. Word boundaries and
    lookbehinds at the window's start still see the character before it."""
    return pattern.search(text, max(0, end - reach), end)


def _a_bodys_own_name(units: list[_Unit]) -> bool:
    """A body's name of its own before 'of': a plain name, then the body's word ('Quds Force', 'Badr Brigades')."""
    return (
        len(units) >= 2
        and units[-1].kind in ("body", "generic")
        and all(u.kind == "name" and not u.acronym for u in units[:-1])
    )


def _trim(sighting: _Sighting, text: str) -> _Sighting | None:
    """Strip joiners at the edges and a nationality before an acronym; None when nothing is left."""
    units = list(sighting.units)
    after_title = sighting.after_title
    while units and units[0].kind == "joiner" and units[0].key not in _OPENING_PARTICLES:
        units.pop(0)
    while units and units[-1].kind == "joiner":
        units.pop()
    while len(units) > 1 and units[0].kind == "demonym" and units[1].acronym:
        units.pop(0)
    if len(units) > 2 and units[0].key in _JUDGES and _a_persons_name(units[1:]) and not units[0].possessive:
        units.pop(0)  # "Chief Justice John Roberts", "Justice Sonia Sotomayor": a judge's title
        after_title = "justice"
    if (
        units
        and units[0].kind == "demonym"
        and _a_persons_name(units[1:])
        and not _ends_at(
            _ARTICLE_BEFORE, text, units[0].start, _ARTICLE_REACH
        )  # "the Turkish Red Crescent" is a body's name
    ):
        units.pop(0)  # "Turkish Recep Tayyip Erdogan", "Iraqi Mohammed Shia al-Sudani": the person without it
    return _Sighting(units, after_title) if units else None


_JUDGES = frozenset(("justice",))  # a word of office that is also a common noun, and so not among the titles


def _a_persons_name(units: list[_Unit]) -> bool:
    """Words that can only be a person's name: two or more plain words (a faith's word, a particle or a
    generation among them: 'Mohammed Shia al-Sudani', 'Abdullah II'), no acronym and no word of a body or place
    ('Turkish Airlines', 'Saudi Aramco' and 'Syrian Observatory for Human Rights' keep their nationality)."""
    words = [u for u in units if u.kind != "joiner"]
    return (
        len(words) >= 2
        and all(u.kind in ("name", "religious", "suffix", "month-name") and not u.acronym for u in words)
        and sum(u.kind == "name" for u in words) >= 2
        and not any(u.key in ORGANISATION_ENDINGS for u in words)
    )


def _is_name(units: list[_Unit]) -> bool:
    """Whether a trimmed sighting names something that no glossary entry already covers.

    A plain word makes a name ("Carnegie Moscow Center"); without one, a word of an
    organisation or place does ("National Security Council", "Persian Gulf"), and so
    does a generic body named by 'of' ("Ministry of Foreign Affairs"); words of office,
    nationality and faith alone do not ("Foreign Ministry", "Syrian Army", "Sunni Muslims").
    """
    content = [u for u in units if u.kind != "joiner"]
    kinds = {u.kind for u in content}
    if kinds <= {"glossary"}:
        return False
    if len(content) == 1:
        return content[0].kind == "name"
    if kinds & {"name", "body", "place"}:
        return True
    keys = [u.key for u in units]
    return "of" in keys and any(u.kind == "generic" for u in units[: keys.index("of")])


# --- word keys and variants -------------------------------------------------------------------------------

_VOWELS = set("aeiouy")


def _words_key(text: str) -> tuple[str, ...]:
    """A name's words, folded, hyphens and spaces alike: 'Al-Jolani' -> ('al', 'jolani')."""
    return tuple(fold(word) for word in re.findall(r"[^\W_]+(?:['\u2019][^\W_]+)*(?:\+(?!\w))?", text))


# the letters that romanisations of one sound differ by (Russian, Persian, Arabic, Turkic, Georgian names as
# English, French and German copy write them): Tokayev/Toqaev, Japarov/Zhaparov, Zourabichvili/Zurabishvili,
# Shymkent/Chimkent, Samarkand/Samarqand, Sadegh/Sadeq; each is read as one letter before words are compared
_ROMANISATIONS = (
    ("dzh", "j"), ("zh", "j"), ("tch", "$"), ("sch", "$"), ("sh", "$"), ("ch", "$"),
    ("gh", "k"), ("q", "k"), ("ck", "k"), ("ph", "f"), ("w", "v"),
)  # fmt: skip


def _romanised(word: str) -> str:
    """A word with each romanisation's letters for one sound made one: 'zhaparov' -> 'japarov'."""
    for letters, sound in _ROMANISATIONS:
        if letters in word:
            word = word.replace(letters, sound)
    return word


def _skeleton(word: str) -> str:
    """The consonants of a word after its first letter, doubled ones once, each sound's letters made one:
    'Muhammad' -> 'mhmd', 'Toqaev' and 'Tokayev' -> 'tkv'."""
    word = _romanised(word.replace("'", "").replace("\u2019", ""))
    letters = word[:1] + "".join(ch for ch in word[1:] if ch not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", letters)


def _same_word(a: str, b: str, strict: bool) -> bool:
    """'sergei'/'sergey', 'mohammed'/'muhammad', 'qasem'/'qassem', 'tokayev'/'toqaev': one word spelt two ways."""
    if a == b:
        return True
    if not (a.isalpha() and b.isalpha()):
        return False  # "S-400" and "S-300" are two names
    a, b = _romanised(a), _romanised(b)
    shortest = min(len(a), len(b))
    if shortest < (6 if strict else 4) or _skeleton(a) != _skeleton(b) or (a[0] != b[0] and {a[0], b[0]} - _VOWELS):
        return False
    return edit_distance(a, b, 2) <= (1 if shortest < 7 else 2)


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words without name particles: ('abu', 'mohammad', 'al', 'jolani') -> ('abu', 'mohammad', 'jolani')."""
    return tuple(w for w in words if w not in NAME_PARTICLES) or words


# --- groups (one per name) --------------------------------------------------------------------------------


class _Group:
    """The sightings of one name: every spelling met, and what the copy said about it."""

    __slots__ = (
        "acronym",
        "after_a_preposition",
        "agency",
        "aliases",
        "ambiguous",
        "beside_a_day",
        "dateline",
        "demonym",
        "first_of_person",
        "forms",
        "in_a_place",
        "merged_into",
        "owner",
        "royal",
        "short_forms",
        "titles",
        "words",
    )

    def __init__(self, words: tuple[str, ...], acronym: bool = False):
        self.words = words
        self.forms: Counter = Counter()  # spelling as met -> sightings
        self.short_forms: set[str] = set()  # spellings merged in as short forms
        self.aliases: set[str] = set()  # spellings the copy gives as other names of it ("known as BaFin")
        self.beside_a_day = 0  # sightings as the word a day's name holds beside a weekday or a feast ("Black Friday")
        self.titles: Counter = Counter()
        self.royal = False  # met alone after Sheikh, Prince...
        self.acronym = acronym
        self.dateline = False  # met as the city of a dateline, in capitals
        self.agency = False  # met as the news agency of a dateline, in brackets
        self.ambiguous: list[str] = []  # the names a one-word form could be short for
        self.first_of_person = False  # one word that opens a person's name met in the copy ("Tedros")
        self.demonym = ""  # the copy's adjective of a place ('British' for Britain, 'Kurdish')
        self.in_a_place = False  # met after 'in' or 'near': "in St Petersburg", a city named as a city
        self.after_a_preposition = False  # met after a place's preposition: "to load at Fujairah"
        self.owner = False  # met as a possessive: "Novo's chief executive"
        self.merged_into: _Group | None = None

    def root(self) -> _Group:
        group = self
        while group.merged_into is not None:
            group = group.merged_into
        return group

    def absorb(self, other: _Group, as_short: bool = False, alias: bool = False) -> None:
        other = other.root()
        if other is self:
            return
        self.forms.update(other.forms)
        self.short_forms |= other.short_forms | (set(other.forms) if as_short else set())
        self.aliases |= other.aliases | (set(other.forms) if alias else set())
        self.titles.update(other.titles)
        # an alias the copy gives ("Mohammed bin Salman, known as MBS") says nothing of the kind of name it is for
        self.acronym |= other.acronym and as_short and not alias
        self.dateline |= other.dateline
        self.owner |= other.owner
        self.agency |= other.agency
        other.merged_into = self

    @property
    def keyword_kinds(self) -> set[str]:
        kinds = set()
        for word in self.words:
            if word in ORGANISATION_WORDS or _plural_of(word, ORGANISATION_WORDS):
                kinds.add("organisation")
            if word in PLACE_WORDS:
                kinds.add("place")
            if word in EVENT_WORDS:
                kinds.add("event")
            if word in AWARD_WORDS or _plural_of(word, AWARD_WORDS):  # "Academy Awards"
                kinds.add("award")
        return kinds


# the words that end a firm's name and that the copy drops: its legal form, its kind of business, its web domain
_LEGAL_TAILS = frozenset(
    "as jsc pjsc ojsc nv plc corp inc ltd co sa ag se llc llp gmbh spa srl bv ab asa "
    "com net kz ru uz az ge tr ae".split()
)
# the words of a Turkish firm's full name between its own name and its legal form (A.Ş.), as the copy writes them
# without their marks: "Turkcell İletişim Hizmetleri AŞ", "D-Market Elektronik Hizmetler ve Ticaret AŞ", "Ford
# Otomotiv Sanayi AŞ"; the copy drops them with the legal form ("Turkcell")
_TURKISH_FIRM_WORDS = frozenset(
    """
iletisim hizmetleri hizmetler ticaret sanayi sanayii sanayisi pazarlama yatirim yatirimlari yatirimlar uretim
urunleri fabrikalari elektronik otomotiv enerji insaat gida sigorta bankasi dagitim tasimacilik madencilik turizm
teknoloji teknolojileri yayincilik isletmeleri magazalari rafinerileri anonim sirketi
""".split()
)
_FIRM_TAILS = (
    ORGANISATION_ENDINGS
    | _LEGAL_TAILS
    | _TURKISH_FIRM_WORDS
    | frozenset("bank investment investments company holdings".split())
)
_BUCKET_COMPARISONS = 64  # spellings compared with each new one in a bucket: bounds hostile input


def _a_tail_word(word: str) -> bool:
    """Whether a word ending a firm's name is a kind of business ("Bank", "Holding"), not its legal form ("AG")
    nor a Turkish full name's words, of which a firm's name may end with several ("Iletisim Hizmetleri AS")."""
    return word not in _LEGAL_TAILS and word not in _TURKISH_FIRM_WORDS and word != "ve"


def _merge(
    groups: dict[tuple[str, ...], _Group],
    acronyms: dict[tuple[str, ...], tuple[str, ...]],
    aliases: Sequence[tuple[tuple[str, ...], tuple[str, ...]]] = (),
    lowercase_seen: Set[str] = frozenset(),
) -> list[_Group]:
    """Merge the spellings of one name; the groups left are one per name."""
    # spelling variants: same number of words, each word a variant of the other's
    buckets: dict[tuple, list[_Group]] = defaultdict(list)
    for group in groups.values():
        buckets[tuple(_skeleton(w) for w in _bare(group.words))].append(group)
    for bucket in buckets.values():
        for index, group in enumerate(bucket):
            for other in bucket[max(0, index - _BUCKET_COMPARISONS) : index]:
                a, b = _bare(group.words), _bare(other.words)
                if group.root() is not other.root() and all(_same_word(x, y, strict=len(a) == 1) for x, y in zip(a, b)):
                    other.root().absorb(group)
    # another name the copy gives in so many words: "the Federal Financial Supervisory Authority, known as BaFin",
    # "Naim Qassem, whom Iranian media call Naeem Qasem"; a one-word one is its short form
    for words, alias in aliases:
        if words not in groups or alias not in groups or groups[words].root() is groups[alias].root():
            continue
        if len(words) == 1 and groups[words].acronym and len(alias) > 1:  # "CEPI, the Coalition for ...,"
            groups[alias].root().absorb(groups[words], as_short=True)  # spelt out: as an acronym in brackets
        else:
            groups[words].root().absorb(groups[alias], as_short=len(alias) == 1, alias=True)
    # a ship's name with its prefix and without: "the tanker MT Sea Orchid ... the Sea Orchid's crew", one ship
    for words, group in groups.items():
        rest = words[1:]
        if (
            len(words) > 1
            and words[0] in _SHIP_PREFIXES
            and rest in groups
            and groups[rest].root() is not group.root()
            and any(form.split()[0].isupper() for form in group.forms)
        ):
            groups[rest].root().absorb(group)
    # acronyms defined in brackets: "Islamic Revolutionary Guard Corps (IRGC)"
    for acronym, words in acronyms.items():
        if acronym in groups and words in groups:
            groups[words].root().absorb(groups[acronym], as_short=True)
    # a firm's name without the words that end it: "Moody's" for "Moody's Ratings", "Koç Holding" and "Koç" for
    # "Koç Holding AS", "Halyk" for "Halyk Bank", "Kaspi" for "Kaspi.kz JSC"
    places = _territory_names() | _city_names()
    for words, group in groups.items():
        for cut in range(len(words) - 1, 0, -1):
            if words[cut] not in _FIRM_TAILS or sum(_a_tail_word(w) for w in words[cut:]) > 1:
                break  # every word from here to the end is one the copy may drop, all but one of them legal forms
            shorter = groups.get(words[:cut])
            if shorter is None or words[:cut] in places:
                continue
            if not shorter.root().acronym and shorter.root() is not group.root():
                group.root().absorb(shorter, as_short=True)
    # a club's name without what follows its first word, a club's word or the city it plays in: "Tottenham" for
    # "Tottenham Hotspur", "Zenit" for "Zenit Saint Petersburg", "Bayern" for "Bayern Munich"; never a place
    # ("Manchester" of "Manchester Rovers") nor an acronym
    club_cities = _club_cities()
    for words, group in groups.items():
        if len(words) < 2 or not ((len(words) == 2 and words[1] in _CLUBS_ONLY) or words[1:] in club_cities):
            continue
        shorter = groups.get(words[:1])
        if shorter is None or words[:1] in places or words[:1] in club_cities or shorter.root().acronym:
            continue
        if shorter.root() is not group.root():
            group.root().absorb(shorter, as_short=True)
    # a firm's first word met alone as an owner ("Novo's chief executive"), where the copy writes the firm with
    # its legal form and no other name opens with that word: "Novo" for "Novo Nordisk A/S"; never a place, nor the
    # name of what the firm is named after ("Akkuyu Nuclear JSC" runs "the Akkuyu nuclear power plant", "the first
    # Akkuyu reactor": "Akkuyu" is the plant), whose name the copy writes before a common noun, not as an owner
    opening: dict[str, set[int]] = defaultdict(set)
    for words, group in groups.items():
        if len(words) > 1:
            opening[words[0]].add(id(group.root()))
    for words, group in groups.items():
        firm = group.root()
        shorter = groups.get(words[:1])
        if (
            len(words) < 2
            or shorter is None
            or shorter.root() is firm
            or len(opening[words[0]]) != 1
            or not any(_LEGAL_FORM.search(form) for form in firm.forms)
            or not shorter.root().owner
            or all(word in lowercase_seen or word in _LEGAL_TAILS for word in words[1:])
            or words[:1] in places
            or shorter.root().acronym
            or shorter.root().forms.keys() & firm.short_forms
        ):
            continue
        firm.absorb(shorter, as_short=True)
    # a leading nationality: "Iraqi Popular Mobilization Forces" is "Popular Mobilization Forces"
    for words, group in groups.items():
        if len(words) > 2 and words[0] in DEMONYMS and words[1:] in groups:
            groups[words[1:]].root().absorb(group)
    roots = list({id(g.root()): g.root() for g in groups.values()}.values())
    # an acronym used without a definition: "EU" for "European Union", if one name has those initials
    by_initials: dict[str, list[_Group]] = defaultdict(list)
    for group in roots:
        if len(group.words) > 1 and not group.acronym:
            by_initials[_word_initials(group.words)].append(group)
    for group in roots:
        if group.acronym and len(group.words) == 1 and group.merged_into is None:
            matches = by_initials.get(group.words[0], [])
            if len(matches) == 1 and matches[0].merged_into is None:
                matches[0].absorb(group, as_short=True)
    roots = [g for g in roots if g.merged_into is None]
    # the short form ("Lavrov", "Abdel Rahman", "Tamim" after Sheikh) and the start of a longer name
    # ("Tamim bin Hamad") go with the one person's name they belong to
    people = [g for g in roots if _personal(g)]
    by_last: dict[str, list[_Group]] = defaultdict(list)
    by_first: dict[str, list[_Group]] = defaultdict(list)
    # people by their first word's skeleton and the word at a later place: a name of several words looks up only
    # those whose word at its last word's place is that word, not every person sharing its first word (hundreds
    # in hostile copy: "Gen Abe, Gen Aoki, ..."), in the same order as by_first
    by_first_and_word: dict[tuple[str, int, str], list[_Group]] = defaultdict(list)
    bare = {id(person): _bare(person.words) for person in people}
    for person in people:
        words = bare[id(person)]
        by_last[_skeleton(words[-1])].append(person)
        by_first[_skeleton(words[0])].append(person)
        for place, word in enumerate(words[1:], 1):
            by_first_and_word[(_skeleton(words[0]), place, word)].append(person)
    places = _territory_names() | _city_names()
    for group in sorted(roots, key=lambda g: -len(g.words)):  # "Tamim bin Hamad" before "Tamim"
        if (
            group.merged_into is not None
            or group.keyword_kinds
            or group.acronym
            or group.words in places
            or (group.words in club_cities and group.in_a_place)
        ):
            # a place is no short form: "Abu Dhabi" in "Louvre Abu Dhabi", "Cairo" in "Cairo Trilogy"; nor a club's
            # city the copy names as a city ("in St Petersburg"), which is the club's short form only where it is
            # not ("Leverkusen coach Xabi Alonso" for "Bayer Leverkusen")
            continue
        words = _bare(group.words)
        ending = {
            id(p.root()): p.root()
            for p in by_last.get(_skeleton(words[-1]), ())
            if len(bare[id(p)]) > len(words)
            and _is_part(words, bare[id(p)][-len(words) :])
            # "to load at Fujairah" beside "the Habshan-Fujairah pipeline": a place met as one, not the short form
            # of a compound it ends, which joins two places' names with a hyphen
            and not (group.after_a_preposition and all(" " not in form.strip() for form in p.forms))
        }
        sharing = (
            by_first.get(_skeleton(words[0]), ())
            if len(words) == 1
            else by_first_and_word.get((_skeleton(words[0]), len(words) - 1, words[-1]), ())
        )
        starting = {
            id(p.root()): p.root()
            for p in sharing
            if len(bare[id(p)]) > len(words) and _is_part(words, bare[id(p)][: len(words)])
        }  # "Tamim bin Hamad" starts "Tamim bin Hamad Al Thani"; "Mohammad Bagheri" is no "Mohammad Bagher Ghalibaf"
        if len(words) == 1 and group.royal:
            ending, starting = starting, {}  # "Sheikh Tamim": the first name is the short form
        for pool in (ending, starting):
            pool.pop(id(group), None)
        if len(ending) == 1:
            next(iter(ending.values())).absorb(group, as_short=True)
        elif len(words) > 1 and not ending and len(starting) == 1:
            next(iter(starting.values())).absorb(group)
        elif (
            len(words) == 1 and not ending and len(starting) == 1 and _family_name_first(next(iter(starting.values())))
        ):
            next(iter(starting.values())).absorb(
                group, as_short=True
            )  # "Xi" for "Xi Jinping", "Yoon" for "Yoon Suk Yeol"
        elif len(ending) > 1 and len(same_title := [m for m in ending.values() if _same_title(m, group)]) == 1:
            same_title[0].absorb(group, as_short=True)  # "Sheikh Mohamed": the one of them met after 'Sheikh'
        elif len(ending) > 1:
            group.ambiguous = sorted(next(iter(m.forms)) for m in ending.values())
        if (
            len(words) == 1
            and group.merged_into is None
            and any(not any(_inner_acronym_or_brand(f) for f in p.forms) for p in starting.values())
        ):
            group.first_of_person = True  # "Tedros told reporters", after "Tedros Adhanom Ghebreyesus"
    return [g for g in roots if g.merged_into is None]


def _family_name_first(person: _Group) -> bool:
    """Whether a person's name may be written family name first, as Chinese, Korean and Vietnamese names are
    ('Xi Jinping', 'Yoon Suk Yeol', 'Lee Jae-myung'): two or three short words, no particle; its first word met
    alone, and never its last, is then its short form."""
    words = person.words
    return (
        2 <= len(words) <= 3
        and all(len(w) <= 8 and w not in NAME_PARTICLES and w not in PERSON_PARTICLES for w in words)
        and words[-1] not in ORGANISATION_ENDINGS
        and not any(_inner_acronym_or_brand(form) for form in person.forms)  # "Akkuyu Nuclear JSC"
    )


def _same_title(owner: _Group, short: _Group) -> bool:
    """Whether a short form met after a royal title ('Sheikh Mohamed') and a full name were met after the same one."""
    return short.royal and any(title in ROYAL_TITLES and title in owner.titles for title in short.titles)


def _word_initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w not in NAME_PARTICLES and w not in BODY_JOINERS and w not in ("of", "the"))


def _personal(group: _Group) -> bool:
    """A name of several words with no word of an organisation, place or event, of office or with a digit: a
    person's, most likely ('Air India' and 'Air India Flight AI171' are not, so 'India' is no short form)."""
    return (
        len(_bare(group.words)) > 1
        and not group.keyword_kinds
        and not group.acronym
        and not any(w in DESCRIPTORS or any(ch.isdigit() for ch in w) for w in group.words)
    )


def _is_part(part: tuple[str, ...], piece: tuple[str, ...]) -> bool:
    return all(_same_word(a, b, strict=False) for a, b in zip(part, piece))


def _surname(spelling: str) -> str:
    """The last word of a person's name as written, without a particle joined to it ('Abu Mohammad al-Jolani'
    -> 'Jolani'), with the lowercase particles written before it as words, which the English press keeps
    ('Ursula von der Leyen' -> 'von der Leyen', 'Charles de Gaulle' -> 'de Gaulle')."""
    words = spelling.split()
    pieces = re.split(f"([{_HYPHENS}])", words[-1])
    while len(pieces) > 2 and fold(pieces[0]) in NAME_PARTICLES:
        pieces = pieces[2:]
    surname = ["".join(pieces)]
    for word in reversed(words[1:-1]):
        if word not in SURNAME_PARTICLES:
            break
        surname.insert(0, word)
    return " ".join(surname)


def _search_spellings(roots: list[_Group], lowercase_seen: set[str], glossary_matcher: Matcher) -> None:
    """Add each person's surname as a spelling to search, so "Zakharova did not..." counts too.

    Not where two people share it, where it is a common word, or where the glossary has it.
    """
    claimed: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for group in roots:
        for form in group.forms:
            claimed[_words_key(form)].append(group)
    derived: dict[tuple[str, ...], list[tuple[_Group, str]]] = defaultdict(list)
    for group in roots:
        if not _personal(group):
            continue
        name = max((f for f in group.forms if len(f.split()) > 1), key=lambda f: group.forms[f], default=None)
        if name is None:
            continue
        surname = _surname(name)
        key = _words_key(surname)
        if (
            len(surname) < 3
            or not key
            or key[-1] in FUNCTION_WORDS
            or key[-1] in lowercase_seen
            or key[-1] in _calendar_words()
            or _GENERATION.fullmatch(surname)
            or key[-1] in ("jr", "sr")
        ):
            continue  # "may" is a word and a month before it is Theresa May's name; "III" is no surname
        derived[key].append((group, surname))
    for key, owners in derived.items():
        if len(owners) > 1 or any(g is not owners[0][0] for g in claimed.get(key, ())):
            continue
        group, surname = owners[0]
        if key in claimed:
            continue
        if any(m.start == 0 and m.end == len(surname) for m in glossary_matcher.find(surname)):
            continue
        group.forms.setdefault(surname, 0)
        group.short_forms.add(surname)


# --- the whole search -------------------------------------------------------------------------------------


def _segments(documents: Sequence[Document]):
    for document in documents:
        for block in document.blocks:
            for segment in block.segments:
                yield document, block, segment


_HEADLINE_MIN_WORDS = 4


def _headline_case(tokens: list[_Token]) -> bool:
    """A body line set in headline case: every content word capitalised."""
    content = [t for t in tokens if t.key not in FUNCTION_WORDS and t.key not in NAME_PARTICLES]
    if len(content) < _HEADLINE_MIN_WORDS:
        return False
    shouting = sum(t.acronym for t in content) >= len(content) * 0.8
    return shouting or all(t.capitalised for t in content)


# a credit line: who reported, wrote, edited or photographed the story ("By Ece Toksabay and Jonathan Spicer",
# "(Reporting by Ali Kucukgocmen in Istanbul; Editing by Hugh Lawson)", "Photo by Ozan Kose"); its names and the
# capitalised words of the credit are no headline, whatever their case says
_CREDIT_WORDS = frozenset(
    """
reporting writing editing written edited compiled photo photos photograph photographs picture pictures
illustration illustrations graphic graphics video text words research translation translated interview
""".split()
)
_CREDIT_OPENERS = _CREDIT_WORDS | frozenset(("additional", "further"))  # "Additional reporting by"
_CREDIT_OPENERS = _CREDIT_WORDS | frozenset(("additional", "further"))  # "Additional reporting by"
_CREDIT = LazyPattern(
    r"[ \u00a0]*\(?(?:By|(?:(?:Additional|Further)[ \u00a0]+[Rr]eporting|[A-Z][a-z]+)[ \u00a0]+by)[ \u00a0]+[A-Z]"
)


def _a_credit(text: str) -> bool:
    found = _CREDIT.match(text)
    if found is None:
        return False
    first = text[found.start() :].lstrip(" \u00a0(").split()[0].lower()
    return first in ("by", "additional", "further") or first in _CREDIT_WORDS


def _headline(text: str, tokens: list[_Token]) -> bool:
    """A body line set in headline case, and not a credit line made of names."""
    return _headline_case(tokens) and not _a_credit(text)


# the names of a credit line, read clause by clause: each "by" is followed by people, each of them perhaps "in" or
# "from" a place ("Additional reporting by Olzhas Auyezov in Almaty; Editing by Mark Trevelyan", "By Golnar
# Motevalli and Rana Sweis", "(Reporting by Ali Kucukgocmen; editing by Hugh Lawson)"); a photo credit names its
# photographer, then the agency after a slash ("Photo: Amer Hilabi/AFP via Getty Images")
_CREDIT_REACH = 600  # a credit line is short: a longer paragraph opening with "By" is prose
_CREDIT_WORD = (
    r"(?:[A-Z](?:\.|[\w'\u2019\u02bc-]*)|(?:bin|ibn|bint|al|el|de|da|di|du|van|von|der|den|ul|ud)(?=[ \u00a0-]))"
)
_CREDIT_NAME = rf"{_CREDIT_WORD}(?:[ \u00a0]{_CREDIT_WORD}){{0,5}}"
_CREDIT_BY = LazyPattern(r"(?:^|(?<=[\s(;,]))(?:[Bb]y)[ \u00a0]+")
_CREDIT_PERSON = LazyPattern(_CREDIT_NAME)
_CREDIT_PLACE = LazyPattern(rf"[ \u00a0]+(?:in|from)[ \u00a0]+({_CREDIT_NAME})")
_CREDIT_NEXT = LazyPattern(r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+|[ \u00a0]*&[ \u00a0]*)")
_CREDIT_CLAUSE_END = LazyPattern(
    r"[ \u00a0]*(?:[;)]|\.?[ \u00a0]*$|\.[ \u00a0]+[A-Z(]|,[ \u00a0]+[A-Z][a-z]+[ \u00a0]+by\b)"
)
_PHOTO_CREDIT = LazyPattern(
    rf"[ \u00a0]*\(?(?:Photo|Photos|Photograph|Picture|Pictures|Image|Images|Illustration|Video)[ \u00a0]*:[ \u00a0]*"
    rf"({_CREDIT_NAME})[ \u00a0]*/[ \u00a0]*({_CREDIT_NAME})(?:[ \u00a0]+via[ \u00a0]+({_CREDIT_NAME}))?"
    r"[ \u00a0]*\)?[ \u00a0.]*$"
)


def _credit_name_ok(name: str) -> bool:
    words = [w.strip(".").lower() for w in name.split()]
    return bool(words) and words[0] not in FUNCTION_WORDS and not any(w in _calendar_words() for w in words)


@functools.lru_cache(maxsize=64)
def credit_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """The people, places and agencies a credit line names, as (start, end, type); none for any other text. Each
    "by" must be followed by names only, up to the clause's end, so prose opening with "By" names nobody here."""
    if len(text) > _CREDIT_REACH:
        return ()
    photo = _PHOTO_CREDIT.match(text)
    if photo:
        spans = [(photo.start(1), photo.end(1), "person")]
        spans += [(photo.start(g), photo.end(g), "organisation") for g in (2, 3) if photo.group(g)]
        return tuple(spans)
    if not _a_credit(text):
        return ()
    found: list[tuple[int, int, str]] = []
    for by in _CREDIT_BY.finditer(text):
        clause: list[tuple[int, int, str]] = []
        at = by.end()
        while True:
            person = _CREDIT_PERSON.match(text, at)
            if person is None or not _credit_name_ok(person.group()):
                clause = []
                break
            clause.append((person.start(), person.end(), "person"))
            at = person.end()
            place = _CREDIT_PLACE.match(text, at)
            if place and _credit_name_ok(place.group(1)):
                clause.append((place.start(1), place.end(1), "place"))
                at = place.end()
            joined = _CREDIT_NEXT.match(text, at)
            if joined is None or _CREDIT_PERSON.match(text, joined.end()) is None:
                break
            at = joined.end()
        if clause and _CREDIT_CLAUSE_END.match(text, at):
            found += clause
    return tuple(found)


def _runs_over(
    units: Sequence[_Unit | None], runs: list[list[_Unit]], spans: Sequence[tuple[int, int]]
) -> list[list[_Unit]]:
    """The runs, with each span a run of its own in place of the runs crossing it (their words outside it kept)."""
    named = [[u for u in units if u is not None and start <= u.start and u.end <= end] for start, end in spans]
    kept: list[list[_Unit]] = []
    for run in runs:
        piece: list[_Unit] = []
        for unit in run:
            if any(start < unit.end and unit.start < end for start, end in spans):
                kept.append(piece)
                piece = []
            else:
                piece.append(unit)
        kept.append(piece)
    for piece in kept:
        while piece and piece[-1].kind == "joiner":
            piece.pop()
        while piece and piece[0].kind == "joiner" and piece[0].key not in _OPENING_PARTICLES:
            piece.pop(0)
    return [run for run in named if run] + [piece for piece in kept if piece]


# an acronym in brackets, after the name it spells: "the Organization for Security and Co-operation in Europe
# (OSCE)", "the International Prize for Arabic Fiction (IPAF)"; the name reaches back as far as its initials do,
# over 'and', 'in' and 'the', which otherwise end a name
_BRACKETED_ACRONYM = LazyPattern(r"[ \u00a0]*\(([A-Z][A-Za-z]*[A-Z])\)")
_SPELT_JOINERS = frozenset("of for and in on the to de".split())
_SPELT_REACH = 14  # units: a body's longest name and its joiners


def _spelt_spans(text: str, units: Sequence[_Unit | None]) -> list[tuple[int, int]]:
    """The names that an acronym after them spells out, reaching back across words that end a run elsewhere; the
    first letters must give the acronym, or begin it where the acronym takes the name's first words only
    ('International Federation of Red Cross and Red Crescent Societies (IFRC)')."""
    spans: list[tuple[int, int]] = []
    for last, unit in enumerate(units):
        if unit is None or unit.kind == "joiner":
            continue
        defined = _BRACKETED_ACRONYM.match(text, unit.end)
        if defined is None:
            continue
        acronym = defined.group(1).upper()
        exact = prefix = None
        for first in range(last, max(-1, last - _SPELT_REACH), -1):
            head = units[first]
            if head is None or (first < last and not _joined(text, head, units[first + 1])):  # type: ignore[arg-type]
                break
            if head.kind == "joiner":
                if head.key not in _SPELT_JOINERS:
                    break
                continue
            if head.key in FUNCTION_WORDS or (head.possessive and first < last):
                break  # "The" opening the sentence; "Russia's"
            words = [u for u in units[first : last + 1] if u is not None]
            spellings = (_initials(words), "".join(u.text[0].upper() for u in words if u.kind != "joiner"))
            if acronym in spellings:  # "Co-operation" gives C or CO
                exact = first
                break
            if prefix is None and any(len(s) > len(acronym) and s.startswith(acronym) for s in spellings):
                prefix = first
        start = exact if exact is not None else prefix
        if start is not None and start < last:
            spans.append((units[start].start, unit.end))  # type: ignore[union-attr]
    return spans


def _a_credit_line(block, text: str) -> bool:
    """A credit line set apart, which a plain-text reader takes for a subheading ("By Golnar Motevalli and Rana
    Sweis", "Editing by Alison Williams", "Photo: Arif Ali/AFP"): its names are read as a paragraph's."""
    return block.kind is BlockKind.HEADING and bool(credit_names(text))


_LINE_ENDS = ("?", ":", "!")
_TITLE_LINE_MAX_WORDS = 12


def _a_title_case_line(block, tokens: list[_Token]) -> bool:
    """A paragraph that is a subheading in title case ending in a question mark, a colon or an exclamation mark,
    which the reader keeps as a paragraph: 'What Happens Next?', 'Who Is Hakan Fidan?', 'Why Markets Care:';
    its words are capitalised by the style, so none is a name by its case. A word of the copy's lowercase
    vocabulary capitalised inside it ('Is', 'Next') or a question's word opening it tells it from a name
    followed by a colon ('Hakan Fidan:', a speaker's in an interview)."""
    if len(block.segments) != 1 or not block.segments[0].text.rstrip().endswith(_LINE_ENDS):
        return False
    if len(tokens) > _TITLE_LINE_MAX_WORDS:
        return False
    major = [t for t in tokens if t.key not in _MINOR_WORDS and t.key not in NAME_PARTICLES]
    if len(major) < 2 or not all(t.capitalised for t in major):
        return False
    return major[0].key in FUNCTION_WORDS or any(t.key in FUNCTION_WORDS for t in major[1:])


# nouns after an honour's name, in lowercase: "the Captain of Industry award", "the Player of the Year trophy"
_HONOUR_NOUNS = frozenset("award awards prize prizes trophy trophies honour honor medal".split())
_HONOUR_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b")


def _an_honour_named_like_an_office(text: str, run: list[_Unit], cutter: _Cutter) -> bool:
    """Whether a run made only of a title's words ('Captain of Industry', 'Minister of Culture') is an honour's
    name, as an award's noun after it says ('the Captain of Industry award'); a title alone is no name to add."""
    if len(run) < 3 or not cutter.is_title(run[0]) or run[1].key != "of":
        return False
    if not all(cutter.is_office(u) or u.key in ("of", "the") for u in run):
        return False
    after = _HONOUR_AFTER.match(text, run[-1].end)
    return after is not None and after.group(1) in _HONOUR_NOUNS


def _a_known_place(words: tuple[str, ...]) -> bool:
    """A country's, a region's or a city's name as CLDR writes it, or a region named by a compass point and a
    continent ("Central Asia", "East Africa")."""
    if not words:
        return False
    if words in _territory_names() or words in _city_names():
        return True
    return len(words) == 2 and words[-1] in _CONTINENTS and words[0].removesuffix("ern") in _DIRECTIONS | {"central"}


_HEADING_PLACE_WORDS = 3  # "Bosnia and Herzegovina" is the longest a headline's known place is read to


def _known_places_in(text: str, units: Sequence[_Unit | None]) -> list[tuple[tuple[str, ...], str]]:
    """The known places among a headline's capitalised words ("Central Asia's Quiet Successions", "Markets Rally
    as Lisbon Hosts Summit"), longest first at each word; a line in capitals is read for none."""
    found: list[tuple[tuple[str, ...], str]] = []
    index = 0
    while index < len(units):
        for length in range(_HEADING_PLACE_WORDS, 0, -1):
            span = units[index : index + length]
            if len(span) < length or any(u is None or u.kind == "glossary" for u in span):
                continue
            if any(not _joined(text, a, b) for a, b in pairwise(span)):  # type: ignore[arg-type]
                continue
            written = _POSSESSIVE_END.sub("", text[span[0].start : span[-1].end])  # type: ignore[union-attr]
            words = _words_key(written)
            if not written.isupper() and written[:1].isupper() and _a_known_place(words):
                found.append((words, written))
                index += length - 1
                break
        index += 1
    return found


def find_candidates(
    documents: Sequence[Document], glossary: Glossary, matcher: Matcher | None = None
) -> list[Candidate]:
    """Uncovered proper names in the documents, most frequent first, with every occurrence located.

    The glossary names of each segment are the match stage's (:func:`~toolkit.glossary.match.match_document`,
    run here for documents this matcher has not seen).
    """
    matcher = matcher or Matcher(glossary)
    for document in documents:
        match_document(document, matcher)
    cutter = _Cutter({entry.id for entry in glossary if entry.type == "title"})
    segments = list(_segments(documents))
    tokenised = {id(segment): _tokens(segment.text) for _, _, segment in segments}
    datelines = {
        id(segment): span
        for _, block, segment in segments
        if block.kind is BlockKind.PARAGRAPH
        and segment is block.segments[0]
        and (span := _dateline(segment.text, tokenised[id(segment)])) is not None
    }
    possessive_names = _possessive_names((segment.text, tokenised[id(segment)]) for _, _, segment in segments)
    if possessive_names:
        for _, _, segment in segments:
            _keep_possessive_names(segment.text, tokenised[id(segment)], possessive_names)
    numbered_names = _numbered_names((segment.text, tokenised[id(segment)]) for _, _, segment in segments)
    if numbered_names:
        for _, _, segment in segments:
            _keep_numbered_names(segment.text, tokenised[id(segment)], numbered_names)
    mentions = {id(segment): list(segment.mentions or ()) for _, _, segment in segments}
    lowercase_seen = {t.key for tokens in tokenised.values() for t in tokens if t.text[:1].islower()}
    pairs_in_names = _pairs_in_names(
        tokenised[id(segment)]
        for _, block, segment in segments
        if block.kind is BlockKind.PARAGRAPH and not _headline(segment.text, tokenised[id(segment)])
    )

    one_clubs = _one_club_pairs(
        (segment.text, tokenised[id(segment)]) for _, block, segment in segments if block.kind is BlockKind.PARAGRAPH
    )
    openings = Counter(
        t.key
        for _, block, segment in segments
        if block.kind is BlockKind.PARAGRAPH
        for t in tokenised[id(segment)]
        if t.clause_initial and t.capitalised
    )
    groups: dict[tuple[str, ...], _Group] = {}
    acronyms: dict[tuple[str, ...], tuple[str, ...]] = {}
    known_in_headings: dict[tuple[str, ...], str] = {}
    given_or_title: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    aliases: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for _, block, segment in segments:
        tokens = tokenised[id(segment)]
        before: tuple[tuple[str, ...], int] | None = None  # the last name sighted in this segment, and its end
        headed = False  # a headline's or a subheading's words: capitalised by the style, read for known places only
        if _a_credit_line(block, segment.text):
            pass  # a byline or a closing credit line set apart: its names are the people who made the story
        elif (
            block.kind is not BlockKind.PARAGRAPH
            or _headline(segment.text, tokens)
            or _a_title_case_line(block, tokens)
        ):
            headed = True
        text = segment.text
        units = _units(text, tokens, mentions[id(segment)])
        if headed:
            for words, written in _known_places_in(text, units):
                known_in_headings.setdefault(words, written)
            continue
        kicker_end = _kicker_end(text)
        credit = _a_credit(text)
        runs = _runs(text, units, lowercase_seen, pairs_in_names, one_clubs)
        credited = credit_names(text)
        if credited:  # a credit line's names end where its reading ends: "By Hadeel Al Sayegh & Maha El Dahan"
            runs = _runs_over(units, runs, [(start, end) for start, end, _ in credited])
        elif spelt := [
            (start, end)
            for start, end in _spelt_spans(text, units)
            if not any(run[0].start <= start and end <= run[-1].end for run in runs)
        ]:  # joined where the runs cut it, never cut where a run holds more ("UN Office for ... (OCHA)")
            runs = _runs_over(units, runs, spelt)
        for run in runs:
            if not run or run[0].start < kicker_end:
                continue
            if credit and len(run) == 1 and run[0].key in _CREDIT_OPENERS:
                continue  # "Reporting by ...; Editing by ...": the credit's own words
            # a ship's name holds titles and bodies' words as any other words: "the frigate Admiral Grigorovich",
            # "the research ship RRS Sir David Attenborough"
            afloat = _VESSEL_BEFORE.search(text, max(0, run[0].start - _VESSEL_REACH), run[0].start) is not None or (
                len(run) > 1 and run[0].acronym and run[0].key in _SHIP_PREFIXES  # "HMS Prince of Wales"
            )
            honour = _an_honour_named_like_an_office(text, run, cutter)
            for sighting in [_Sighting(run)] if afloat or honour else cutter.cut(run):
                trimmed = _trim(sighting, text)
                if trimmed is None or len(trimmed.units) > MAX_NAME_WORDS or not (honour or _is_name(trimmed.units)):
                    continue
                if (
                    len(trimmed.units) == 1
                    and trimmed.units[0].clause_initial
                    and not trimmed.units[0].acronym
                    and not _brand_spelling(trimmed.units[0].text)
                    and _POSSESSIVE_END.sub("", trimmed.units[0].key) not in possessive_names
                    and not _a_team_before(text, trimmed.units[0], lowercase_seen)
                    and not _a_name_opening_a_sentence(text, trimmed.units[0], lowercase_seen, openings)
                ):
                    continue  # a lone word opening a clause: a name only where attested elsewhere, or a brand's
                spelling = text[trimmed.start : trimmed.end]
                dateline = datelines.get(id(segment))
                in_dateline = dateline is not None and (trimmed.start, trimmed.end) in dateline.places
                if in_dateline:
                    spelling = _title_case(spelling)
                words = _words_key(spelling)
                if not words or (len(trimmed.units) == 1 and trimmed.units[0].key in _NO_NAMES_ALONE):
                    continue  # an article capitalised after a dash or in a title is no name
                group = groups.setdefault(words, _Group(words))
                group.forms[spelling] += 1
                if (
                    before is not None
                    and before[0] != words
                    and trimmed.start - before[1] <= _ALIAS_REACH
                    and (
                        _ALIAS_GAP.fullmatch(text, before[1], trimmed.start)
                        or (
                            _APPOSED_NAME_GAP.fullmatch(text, before[1], trimmed.start)
                            and _APPOSED_NAME_END.match(text, trimmed.end)
                        )
                    )
                ):
                    aliases.append((before[0], words))
                before = (words, trimmed.end)
                group.in_a_place |= _ends_at(_IN_A_PLACE, text, trimmed.start, _PREPOSITION_REACH) is not None
                group.after_a_preposition |= (
                    _ends_at(_PLACE_PREPOSITION_BEFORE, text, trimmed.start, _PREPOSITION_REACH) is not None
                )
                group.owner |= _POSSESSIVE_AFTER.match(text, trimmed.end) is not None
                if len(trimmed.units) == 1 and (
                    _A_WEEKDAY_AFTER.match(text, trimmed.end)
                    or (trimmed.units[0].key in _DAYS_OF_FEASTS and _ends_at(_A_FEAST_BEFORE, text, trimmed.start, 12))
                ):
                    group.beside_a_day += 1
                if (
                    trimmed.after_title == "gen"
                    and len(words) == 1
                    and _ends_at(_DOTLESS_GEN, text, trimmed.start, _GEN_REACH)
                ):
                    given_or_title[words][spelling] += 1  # "Gen Shoji": a general, or Japan's given name Gen
                group.dateline |= in_dateline
                group.agency |= dateline is not None and dateline.agency == (trimmed.start, trimmed.end)
                if trimmed.after_title:
                    group.titles[trimmed.after_title] += 1
                    group.royal |= len(words) == 1 and trimmed.after_title in ROYAL_TITLES
                group.acronym |= len(trimmed.units) == 1 and trimmed.units[0].acronym and not in_dateline
                defined = _ACRONYM_DEFINED.match(text, trimmed.end)
                if defined and _has_initials(trimmed.units, defined.group(1)):
                    acronym = defined.group(1)
                    acronym_group = groups.setdefault((fold(acronym),), _Group((fold(acronym),), acronym=True))
                    acronym_group.forms.setdefault(acronym, 0)
                    acronyms[(fold(acronym),)] = words
                elif (bracketed := _short_in_brackets(text, trimmed.end, trimmed.units)) is not None:
                    short_words = _words_key(bracketed)
                    short_group = groups.setdefault(short_words, _Group(short_words, acronym=len(short_words) == 1))
                    short_group.forms.setdefault(bracketed, 0)
                    acronyms[short_words] = words
    # a word met only beside a weekday or a feast is a day's name cut where the calendar's word stopped the run
    # ("Black Friday", "Cyber Monday", "Christmas Day"): no name an edition glosses; one that opens a sentence
    # elsewhere too is a name ("Strikes closed Gatwick Friday ... Gatwick reopened")
    for words in [w for w, g in groups.items() if g.beside_a_day and g.beside_a_day >= sum(g.forms.values())]:
        if not groups[words].acronym and words[0] not in NEWS_OUTLETS and words[0] not in openings:
            del groups[words]
    _given_name_gen(groups, given_or_title)
    for words, written in known_in_headings.items():
        # a country, a city or a region only a headline or a subheading names ("Georgia's Long Winter", "Central
        # Asia's Quiet Successions"): CLDR knows it, so its capital is no headline's style
        if words not in groups:
            groups[words] = _Group(words)
            groups[words].forms[written] += 1
    if not groups:
        return []
    roots = _merge(groups, acronyms, aliases, lowercase_seen)
    _search_spellings(roots, lowercase_seen, matcher)
    capitalised = {t.key for tokens in tokenised.values() for t in tokens if t.capitalised and len(t.key) > 4}
    for group in roots:
        group.demonym = _demonym_of(" ".join(group.words), capitalised)
    places = {entry.id for entry in glossary if entry.type == "place"}
    return _locate(roots, segments, tokenised, mentions, places)


# the words between a name and another name of it: "X, known as Y", "X, also known as Y", "X, known widely as Y",
# "X, which most investors still call Y", "X, whom Iranian media call Y"; never the name of something of its ("the
# Houthis, who call their movement Ansar Allah"), nor a nickname in quotes, which is an entry of its own
_ALIAS_GAP = LazyPattern(
    r",?[ \u00a0]+(?:(?:also|widely|commonly|locally|popularly|better|now|simply)[ \u00a0]+)?known[ \u00a0]+"
    r"(?:(?:widely|locally|commonly|simply|also|abroad|officially)[ \u00a0]+)?as[ \u00a0]+"
    r"|,[ \u00a0]+(?:which|whom|who)[ \u00a0]+(?:[\w'\u2019-]+[ \u00a0]+){0,4}?"
    r"(?:(?:still|often|usually|sometimes|simply|mostly|widely|now)[ \u00a0]+)?call(?:s|ed)?[ \u00a0]+"
    r"(?:(?:it|him|her|them)[ \u00a0]+)?(?:simply[ \u00a0]+)?"
)
# a body's descriptive name in apposition, set off by commas: "Gavi, the Vaccine Alliance, and UNICEF"; not "the
# Zenit coach" nor "the Syrian Salvation Government's armed wing", whose name is another's
_APPOSED_NAME_GAP = LazyPattern(r",[ \u00a0]+the[ \u00a0]+")
_APPOSED_NAME_END = LazyPattern(r",")
_ALIAS_REACH = 80  # the longest such words: the gap is read only where it is short

# a vessel's noun just before a name: the name is a ship's ("the tanker Eagle S", "the frigate Admiral Grigorovich")
_VESSELS = frozenset(
    "ship ships vessel vessels tanker tankers frigate frigates destroyer destroyers submarine submarines cruiser "
    "freighter ferry yacht icebreaker warship warships corvette trawler boxship bulker".split()
)
_VESSEL_BEFORE = LazyPattern(
    r"\b(?:ship|vessel|tanker|frigate|destroyer|submarine|cruiser|freighter|ferry|yacht|icebreaker|warship"
    r"|corvette|trawler|boxship|bulker|(?:bulk|car|container|cargo|gas|LNG|oil|chemical)[ \u00a0]+carriers?)[ \u00a0]+$"
)
# how far before a name its vessel's noun is looked for: the longest noun ("icebreaker") and the spaces after it; a
# search from the sentence's start read the whole sentence again for each run of capitals in it
_VESSEL_REACH = 40
# what a ship carries, before 'carrier': "the car carrier Galaxy Leader", "two bulk carriers" (a carrier alone is
# an airline as often)
_CARGOES = frozenset("bulk car container cargo gas lng oil chemical vehicle".split())
_FLAGGED = LazyPattern(r"[\w.][-\u2010\u2011]flagged$")  # "Liberian-flagged", "Marshall Islands-flagged"
# prefixes of ships' names: "RRS Sir David Attenborough", "HMS Queen Elizabeth", "USS Gerald R. Ford"
_SHIP_PREFIXES = frozenset("rrs hms hmas hmcs uss usns rv mv ms mt ss tcg ins fs".split())


_DOTLESS_GEN = LazyPattern(r"(?<![\w.])Gen[ \u00a0]+$")
_GEN_REACH = 8


def _given_name_gen(groups: dict[tuple[str, ...], _Group], given_or_title: dict[tuple[str, ...], Counter]) -> None:
    """'Gen' written without its dot before one word is a general's title where the copy names that person with a
    given name elsewhere ('Gen Mark Milley' ... 'Gen Milley'), else the Japanese given name Gen ('Defender Gen
    Shoji'): the two words are the name, and the surname met alone is its short form."""
    surnames = {words[-1] for words in groups if len(words) > 1}
    for words, spellings in given_or_title.items():
        if words[-1] in surnames or words not in groups:
            continue
        alone = groups[words]
        for spelling, count in spellings.items():
            alone.forms[spelling] -= count
            alone.titles["gen"] -= count
            full = ("gen", *words)
            groups.setdefault(full, _Group(full)).forms["Gen " + spelling] += count
        alone.forms = +alone.forms
        alone.titles = +alone.titles
        if not alone.forms:
            del groups[words]


# words capitalised after a dash or in a title, and acronyms of common nouns, which are no names alone ("AI",
# "EVs", "IPO"; but "Mistral AI" is one)
_NO_NAMES_ALONE = frozenset("a an the ai ev evs ipo ipos llm llms api apis".split())


# a player's or driver's role after the team's name: "Mercedes driver George Russell", "Besiktas coach ..."
_TEAM_ROLES = frozenset("driver drivers coach striker midfielder defender goalkeeper winger teammate".split())
_NEXT_WORD = LazyPattern(r"[ \u00a0]+([a-z]+)\b")


def _a_team_before(text: str, unit: _Unit, lowercase_seen: set[str]) -> bool:
    """Whether a word opening a sentence is a team's name for the role after it: 'Mercedes driver George
    Russell was fourth' (a common word never stands there: 'Former coach' is written in lowercase elsewhere)."""
    following = _NEXT_WORD.match(text, unit.end)
    return (
        following is not None
        and following.group(1) in _TEAM_ROLES
        and unit.kind == "name"
        and unit.key not in lowercase_seen
        and unit.key not in FUNCTION_WORDS
    )


# capitalised words that open news sentences and are no names, whatever follows them ("Turnout was", "Media
# reported"); words the copy also writes in lowercase, function words and roles are known without a list
COMMON_OPENERS = frozenset(
    """
everyone everybody nobody someone somebody anyone anybody everything nothing something anything people
media militia criteria bacteria mafia phobia nostalgia trivia hysteria utopia ammonia pneumonia dementia malaria
inertia academia mania insomnia anaemia anemia euphoria paranoia memorabilia regalia intelligentsia suburbia
mainland homeland farmland wasteland heartland hinterland woodland grassland wetland motherland fatherland
highland lowland
turnout inflation growth demand supply trade trading business industry tourism oil gold production output
unemployment spending revenue profit debt aid help water power electricity fighting violence peace war rain snow
fire smoke traffic damage staff crew management money time life work home health security safety justice
food fuel energy climate weather nature science research history politics police troops voters witnesses
residents protesters survivors rescuers doctors nurses teachers students workers farmers investors traders
analysts economists experts critics supporters opponents lawmakers prosecutors judges lawyers officials
authorities diplomats negotiators observers sources reports data figures prices shares sales exports imports
talks negotiations relations tensions clashes attacks strikes casualties deaths losses gains markets stocks bonds
stock price share sale demand
separately elsewhere overall instead together nearly almost around roughly partly mostly recently currently
previously initially ultimately eventually apparently reportedly allegedly clearly surely perhaps maybe indeed
asked told pressed reached contacted speaking writing citing noting adding
women men children gunfire gunman gunmen witness shelling bombing blast explosion attackers assailants hunger
famine poverty crime corruption tax taxes wages rent costs petrol diesel wheat grain heat drought flooding
rainfall hospital hospitals school schools medicine vaccination
""".split()
)
# what a person does and a firm, a team, a band or a place does not: "Beyoncé sang", "Tarkan married", "Nemo wept"
# (not "performed" or "toured": bands do; not "said" or "told": firms and governments do)
PERSON_ONLY_VERBS = frozenset(
    """
sang sings rapped raps danced dances starred married marries divorced wept weeps smiled smiles laughed laughs
died dies resigned resigns retired retires
""".split()
)
# verbs of saying and reporting after a name that opens a sentence: "Google said", "Bosnia has", "Pfizer reported";
# and what only a person does: "Tarkan sang"
_VERBS_AFTER_A_NAME = (
    PERSON_VERBS
    | PERSON_ONLY_VERBS
    | frozenset(
        """
announced reported confirmed signed agreed rejected welcomed condemned accused called warned spoke met visited
won beat defeated drew
""".split()
    )
)  # not 'is', 'was' or 'has', which follow common words as often: "Progress is slow", "Turnout was low"
_SINGULAR_VERBS = frozenset(
    "says tells adds states writes argues notes warns insists claims denies explains announces declares stresses "
    "replies urges asks confirms".split()
)
# endings of names of places and of surnames, which English common words do not have: Kazakhstan, Bosnia,
# Finland, Volgograd, Islamabad, Peskov, Zakharova, Tymoshenko, Pashinyan, Shevardnadze, Saakashvili, Ahmadinejad
_PLACE_ENDINGS = ("stan", "land", "burg", "bourg", "grad", "abad", "shahr", "ville", "polis")
_SURNAME_ENDINGS = (
    "ov", "ova", "ev", "enko", "chuk", "vich", "ovic", "escu", "oglu", "yan", "shvili", "dze", "zadeh",
    "nejad", "ski", "sky",
)  # fmt: skip
_NAME_ENDINGS = ("ia", "spor", *_PLACE_ENDINGS, *_SURNAME_ENDINGS)  # "spor": Trabzonspor, Bursaspor
_RELATIVE_AFTER = LazyPattern(r",[ \u00a0]+(?:which|whose|who)\b")
_POSSESSIVE_S = frozenset(f"{mark}s" for mark in _APOSTROPHES)
_NEXT_WORD_AFTER = LazyPattern(r"(?:['\u2019]s)?[ \u00a0]+([A-Za-z]+)\b")


def _latin_with_marks(word: str) -> bool:
    """A word of Latin letters with one that English does not write: 'Özel', 'Łukasz' (not 'Дохе')."""
    letters = [ch for ch in word if ch.isalpha()]
    return not word.isascii() and all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters)


# "of" and a country after a name: "Novartis of Switzerland", "Hanwha of South Korea", "Vale of Brazil"
_OF_A_PLACE = LazyPattern(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?((?:[A-Z][\w'\u2019-]*[ \u00a0]+){0,2}[A-Z][\w'\u2019-]*)\b"
)


def _of_a_country_end(text: str, end: int) -> int | None:
    """Where "of" and a country CLDR names end after a name ending at ``end`` ("Novartis of Switzerland"), the
    country being the longest run of capitalised words that names one; None when no country follows."""
    found = _OF_A_PLACE.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    for size in range(len(words), 0, -1):
        if tuple(fold(word) for word in words[:size]) in _territory_names():
            return found.start(1) + len(" ".join(words[:size]))
    return None


def _a_name_opening_a_sentence(text: str, unit: _Unit, lowercase_seen: set[str], openings: Counter) -> bool:
    """Whether a lone word capitalised only because it opens a sentence is a name all the same, by evidence
    other than its capital: a verb of saying after it ('Google said', 'Pfizer reported'; a plural such as
    'Officials said' needs a singular verb), or after it and another name ('Boeing and Airbus said'), a
    possessive ('Bosnia's president'), an apposition ('Jinka, a town'), the ending of a place's name or a
    surname ('Bosnia', 'Kazakhstan', 'Peskov'), letters English words do not have ('Özel'), or several
    sentences opened by it; never a word the copy also writes in lowercase, a function word, a role or a
    common word that opens news sentences ('Turnout', 'Media')."""
    key = unit.key
    singular = key[:-1] if key.endswith("s") else key
    if (
        unit.kind != "name"
        or len(key) < 2
        or key in FUNCTION_WORDS
        or key in lowercase_seen
        or key in COMMON_OPENERS
        or key in ROLE_NOUNS
        or singular in ROLE_NOUNS
        or not all(piece[1:].islower() for piece in re.split(f"[{_HYPHENS}]", unit.text))  # Rolls-Royce
    ):
        return False
    if key in NEWS_OUTLETS:
        return True  # "Reuters reported", "Xinhua said": a source, though it reads as a plural
    listed = _LISTED_NEXT.match(text, unit.end)
    if listed and (fold(listed.group(1)),) in _territory_names():
        return True  # "Britain, France and Germany said": listed with countries
    plural = _plural_noun(key)
    end = _of_a_country_end(text, unit.end) or unit.end  # "Novartis of Switzerland said": read past the country
    following = _NEXT_WORD_AFTER.match(text, end)
    verb = following.group(1) if following is not None and following.group(1).islower() else ""
    if verb in _VERBS_AFTER_A_NAME and (not plural or verb in _SINGULAR_VERBS):
        return True
    paired = _AND_A_NAME_THEN.match(text, end)
    if paired and not plural and paired.group(1) in _VERBS_AFTER_NAMES:
        return True  # "Boeing and Airbus said", "Pfizer and BioNTech reported": two names that speak together
    if unit.possessive and not plural and text[unit.end : unit.end + 2] in _POSSESSIVE_S:
        return True
    if _APPOSITION.match(text, end) or (not plural and _RELATIVE_AFTER.match(text, end)):
        return True  # "Naftogaz, Ukraine's state energy company,", "Rolls-Royce, which makes..."
    if not plural and (owning := _A_VERB_THEN_ITS_OWN.match(text, end)):
        verb = owning.group(1)
        if verb.endswith("ed") or verb in _PAST_OF_DOING:
            return True  # "Besiktas sacked their coach", "Hamas lost its offices", "Novartis raised its forecast"
    if not plural and (clause := _PARTICIPLE_CLAUSE.match(text, end)) and clause.group(1) not in FUNCTION_WORDS:
        return True  # "Hamas, weakened by the war in Gaza, lost its offices"
    if _latin_with_marks(unit.text) or (len(key) > 4 and key.endswith(_NAME_ENDINGS)):
        return True
    return openings[key] > 1 and not plural and not (len(key) > 4 and key.endswith(_COMMON_ENDINGS))


# a verb in the past and "its" or "their" after a word opening a sentence: what a team, a firm or a group does with
# its own ("Besiktas sacked their coach", "Hamas lost its offices"); a plural ("Prices lost their gains") is kept out
_A_VERB_THEN_ITS_OWN = LazyPattern(r"[ \u00a0]+([a-z]+)[ \u00a0]+(?:its|their)\b")
_PAST_OF_DOING = frozenset("lost won beat cut sold kept made took gave set put held bought hit led left paid".split())
# a participle's clause between commas, then the word after it: "Hamas, weakened by the war in Gaza, lost ..."
_PARTICIPLE_CLAUSE = LazyPattern(r",[ \u00a0]+[a-z]+(?:ed|en)\b[^,.;:()\"“”]{0,60},[ \u00a0]+([a-z]+)\b")
# ... and its verb's object owned: "Hamas, weakened by the war, lost its offices" (a body's), "... lost his seat"
_CLAUSE_THEN_OWN = LazyPattern(
    r",[ \u00a0]+[a-z]+(?:ed|en)\b[^,.;:()\"“”]{0,60},[ \u00a0]+[a-z]+[ \u00a0]+(its|their|his|her)\b"
)
# "and" or "or", one to four capitalised words (another name), and the word after them
_AND_A_NAME_THEN = LazyPattern(r"[ \u00a0]+(?:and|or)[ \u00a0]+(?:[A-Z][\w'\u2019&.-]*[ \u00a0]+){1,4}([a-z]+)\b")
_VERBS_AFTER_NAMES = _VERBS_AFTER_A_NAME | frozenset("say tell warn claim deny insist confirm announce urge".split())
_LISTED_NEXT = LazyPattern(
    r"(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)([A-Z][a-z]{2,30})\b"
)  # "Britain, France and Germany": the next member of a list
_ACRONYM_DEFINED = LazyPattern(r"\s*\(([A-Z][A-Za-z]*[A-Z])\)")
# a body's short name in brackets, with an acronym in it: "(CHP)", "(AK Party)", "(Africa CDC)"
_SHORT_IN_BRACKETS = LazyPattern(r"[ \u00a0]\(((?:[A-Z][\w'\u2019&-]*[ \u00a0]){0,2}[A-Z][\w'\u2019&-]*)\)")


def _short_in_brackets(text: str, end: int, units: list[_Unit]) -> str | None:
    """The short name in brackets after an organisation's name whose initials it does not spell, as in another
    language ("Republican People's Party (CHP)", "Kurdistan Workers' Party (PKK)", "Justice and Development
    Party (AK Party)"); None after a name that is no organisation's, or where the brackets hold no acronym."""
    found = _SHORT_IN_BRACKETS.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    if not any(len(word) > 1 and word.isupper() and word.isalpha() for word in words):
        return None
    last = units[-1].key
    organisation = any(u.kind in ("body", "generic") for u in units) or (
        len(units) > 1 and last in ORGANISATION_ENDINGS
    )
    return found.group(1) if organisation else None


# a dateline opens a story: the city in capitals, perhaps a date and the agency, then a dash ("BEIRUT —",
# "TEHRAN (AFP) —", "NEW YORK, Nov 25 (Reuters) -")
_DATELINE = LazyPattern(
    r"(?P<place>[A-Z][A-Z'\u2019.\-]{0,30}[A-Z.](?:[ \u00a0][A-Z][A-Z'\u2019.\-]{0,30}[A-Z.]){0,3})"
    # a second city after a slash, where two bureaus wrote the story: "ANKARA/ISTANBUL, March 3 (Reuters) -"
    r"(?:/(?P<second>[A-Z][A-Z'\u2019.\-]{0,30}[A-Z.](?:[ \u00a0][A-Z][A-Z'\u2019.\-]{0,30}[A-Z.]){0,3}))?"
    r"(?:,[ \u00a0][^\u2014\u2013()\n]{1,30}?)?(?:[ \u00a0]*\((?P<agency>[^()\n]{1,30})\))?"
    r"[ \u00a0]+(?:\u2014|\u2013|--?)[ \u00a0]+(?=\S)"
)


# the labels a desk puts before a story or a paragraph, in capitals or not, before a colon or a dash:
# "ANALYSIS —", "Exclusive:", "LIVE UPDATES:", "READ MORE:", "Factbox:"; a kind of copy, never a name nor a city
_KICKERS = frozenset(
    """
analysis opinion exclusive breaking update updated updates live explainer factbox fact box timeline watch read
more comment commentary editorial interview review obituary feature correction corrected special report insight
photos video podcast related see also latest news flash urgent preview recap
""".split()
)
_KICKER = LazyPattern(
    r"[ \u00a0]*((?:[A-Za-z]+[ \u00a0]){0,2}[A-Za-z]+)[ \u00a0]*(?::|[ \u00a0](?:\u2014|\u2013|--?))[ \u00a0]"
)


def _kicker_end(text: str) -> int:
    """Where a desk's label opening a paragraph or a sentence ends ('ANALYSIS — A year after...', 'READ MORE:
    ...'), each of its words capitalised and a kicker's; 0 where the text opens with none."""
    found = _KICKER.match(text)
    if found is None:
        return 0
    words = found.group(1).split()
    if all(word[:1].isupper() and word.lower() in _KICKERS for word in words):
        return found.end(1)
    return 0


class _Dateline:
    """Where a paragraph's dateline names its city and its news agency."""

    __slots__ = ("agency", "places")

    def __init__(self, places: tuple[tuple[int, int], ...], agency: tuple[int, int] | None):
        self.places = places  # the city's span, and a second city's after a slash ((-1, -1) if none)
        self.agency = agency  # the news agency's in brackets ("(Reuters)"), if any


def _dateline(text: str, tokens: list[_Token]) -> _Dateline | None:
    """A dateline at the start of a paragraph, or None; the word after its dash opens the sentence, so it is
    marked as opening a clause ('MOSCOW — A court...': 'A' is no name)."""
    found = _DATELINE.match(text)
    if found is None:
        return None
    for token in tokens:
        if token.start >= found.end():
            token.clause_initial = True
            break
    # a desk's label where a city stands ("ANALYSIS — A year after..."): no city, and no name at all
    places = () if _kicker_end(text) >= found.end("place") else (found.span("place"), found.span("second"))
    return _Dateline(places, found.span("agency") if found.group("agency") else None)


def _title_case(spelling: str) -> str:
    """A city written in capitals in a dateline as running text writes it: 'NEW YORK' -> 'New York',
    'DEIR EZ-ZOR' -> 'Deir ez-Zor', its name particles after the first word in lowercase."""

    def word(found: re.Match) -> str:
        text = found.group()
        if found.start() > 0 and text.casefold() in NAME_PARTICLES:
            return text.lower()
        return text[:1] + text[1:].lower()

    return re.sub(r"[^\W\d_]+", word, spelling)


def _initials(units: list[_Unit], every_word: bool = False) -> str:
    """The first letters of a name's words, without its particles and joiners ('Islamic Revolutionary Guard
    Corps' -> IRGC), or with every word ('Mohammed bin Salman' -> MBS, 'Bank of England' -> BOE)."""
    letters = []
    for unit in units:
        if unit.kind == "joiner" and not every_word:
            continue
        for part in re.split(f"[{_HYPHENS} ]", unit.text):
            if part and (every_word or fold(part) not in NAME_PARTICLES):
                letters.append(part[0].upper())
    return "".join(letters)


def _has_initials(units: list[_Unit], acronym: str) -> bool:
    """Whether an acronym defined in brackets after a name is made of its initials, either way; a word opening
    with "ex" may give its X, as exchanges write theirs ("Astana International Exchange (AIX)", "Toronto Stock
    Exchange (TSX)", "Australian Securities Exchange (ASX)")."""
    acronym = fold(acronym)
    spelt = (fold(_initials(units)), fold(_initials(units, every_word=True)))
    if acronym in spelt:
        return True
    if "x" not in acronym or not any(u.key.startswith("ex") for u in units):
        return False
    crossed = [_Unit(u.start, u.end, "X" + u.text[2:], u.kind, u.key) if u.key.startswith("ex") else u for u in units]
    return acronym in (fold(_initials(crossed)), fold(_initials(crossed, every_word=True)))


def _pseudo_glossary(roots: list[_Group]) -> tuple[Glossary, dict[str, _Group]]:
    """The candidates as a glossary of their own, so the matcher finds every spelling everywhere."""
    entries: dict[str, Entry] = {}
    by_id: dict[str, _Group] = {}
    for index, group in enumerate(roots):
        spellings = list(group.forms)
        entry_id = f"candidate-{index}"
        entries[entry_id] = Entry(
            entry_id, "term", spellings[0], None, tuple(spellings[1:]), "", {}, Location(Path("<candidates>"), 1)
        )
        by_id[entry_id] = group
    return Glossary(entries=entries), by_id


class _Capitals:
    """How a segment sets names in capitals as typography, read once for all the names met in it (see
    :func:`_in_capitals_for_typography`): the span of its dateline's news agency ("BAGHDAD (REUTERS) -"), and
    whether the whole segment is set in capitals. Read when a name in capitals first asks, not before."""

    __slots__ = ("_read", "_text")

    def __init__(self, text: str):
        self._text = text
        self._read: tuple[tuple[int, int] | None, bool] | None = None

    def read(self) -> tuple[tuple[int, int] | None, bool]:
        if self._read is None:
            text = self._text
            dateline = _DATELINE.match(text)
            agency = dateline.span("agency") if dateline is not None and dateline.group("agency") else None
            cased = [ch for ch in text if ch.isupper() or ch.islower()]
            self._read = (agency, len(cased) >= 12 and sum(ch.isupper() for ch in cased) >= 0.8 * len(cased))
        return self._read


class _Hit:
    """One occurrence of a candidate, with the segment it stands in."""

    __slots__ = ("capitals", "headline", "keys", "occurrence", "places", "scored", "starts", "text", "tokens")

    def __init__(
        self,
        occurrence: Occurrence,
        text: str,  # the segment's
        tokens: list[_Token],
        starts: list[int],  # of the tokens, for bisection
        headline: bool,  # in a title or subheading
        places: tuple[tuple[int, int], ...] = (),  # the spans of the glossary's places in the segment
        keys: frozenset[str] | None = None,  # every word of the segment, folded: read once per segment
        scored: bool | None = None,  # whether the segment holds a score ("2-1"), searched once per segment
        capitals: _Capitals | None = None,  # how the segment sets names in capitals: the same for all its names
    ):
        self.occurrence = occurrence
        self.text = text
        self.tokens = tokens
        self.starts = starts
        self.headline = headline
        self.places = places
        self.keys = frozenset(t.key for t in tokens) if keys is None else keys
        self.scored = _A_SCORE.search(text) is not None if scored is None else scored
        self.capitals = _Capitals(text) if capitals is None else capitals


def _locate(roots: list[_Group], segments, tokenised, mentions, places: Set[str] = frozenset()) -> list[Candidate]:
    """Find every spelling of every candidate in every segment; glossary mentions win where they are longer."""
    pseudo, by_id = _pseudo_glossary(roots)
    finder = Matcher(pseudo)
    found: dict[str, list[_Hit]] = defaultdict(list)
    for document, block, segment in segments:
        headline = block.kind is not BlockKind.PARAGRAPH and not _a_credit_line(block, segment.text)
        glossary_mentions = mentions[id(segment)]
        mention_ends = [m.end for m in glossary_mentions]
        tokens = tokenised[id(segment)]
        starts = [t.start for t in tokens]
        place_spans = tuple((m.start, m.end) for m in glossary_mentions if m.entry_id in places)
        keys: frozenset[str] | None = None
        scored: bool | None = None
        capitals = _Capitals(segment.text)
        for hit in finder.find(segment.text):
            inside, overlapping = [], False
            index = bisect.bisect_right(mention_ends, hit.start)
            while index < len(glossary_mentions) and glossary_mentions[index].start < hit.end:
                mention = glossary_mentions[index]
                if (
                    hit.start <= mention.start
                    and mention.end <= hit.end
                    and (mention.start, mention.end) != (hit.start, hit.end)
                ):
                    inside.append(InsideMention(mention.entry_id, mention.start, mention.end, mention.surface))
                else:
                    overlapping = True  # the glossary's name is as long or longer: it is no candidate here
                index += 1
            if overlapping:
                continue
            occurrence = Occurrence(
                document.name, segment.id, hit.start, hit.end, hit.surface, hit.possessive, tuple(inside)
            )
            located = _Hit(occurrence, segment.text, tokens, starts, headline, place_spans, keys, scored, capitals)
            keys, scored = located.keys, located.scored  # the segment's words and score, for its other names
            found[hit.entry_id].append(located)
    candidates = [_candidate(by_id[entry_id], hits) for entry_id, hits in found.items()]
    return sorted(candidates, key=lambda c: (-c.count, c.name.casefold()))


def _candidate(group: _Group, hits: list[_Hit]) -> Candidate:
    """The candidate of one group: its canonical spelling, short form and variants by how often each is met."""
    met: Counter = Counter()  # spellings as the matcher tells them apart -> occurrences
    first_seen: dict[tuple, int] = {}
    written: dict[tuple, Counter] = defaultdict(Counter)  # ... -> the ways each was written
    shouted: dict[tuple, Counter] = defaultdict(Counter)  # ... -> the ways each was written in capitals as typography
    for index, hit in enumerate(hits):
        key = _spelling_identity(hit.occurrence.surface)
        met[key] += 1
        first_seen.setdefault(key, index)
        written[key][hit.occurrence.surface] += 1
        if _in_capitals_for_typography(hit):
            shouted[key][hit.occurrence.surface] += 1
    for key, forms in written.items():
        # "BAGHDAD (REUTERS) -" and "(Reuters)": a house style's capitals say nothing of how the name is spelt
        quiet = forms - shouted[key]
        if quiet and len(quiet) < len(forms):
            written[key] = quiet
    short_keys = {_spelling_identity(form) for form in group.short_forms}

    def most_met(keys: list[tuple]) -> tuple:
        return min(keys, key=lambda k: (-met[k], first_seen[k]))

    # a name the copy gives as another name of it is no candidate for its name ("Gavi, the Vaccine Alliance")
    alias_keys = {_spelling_identity(form) for form in group.aliases}
    full_keys = [k for k in met if k not in short_keys and k not in alias_keys] or list(met)
    # a leading nationality is no part of the name: "Iraqi Popular Mobilization Forces"
    full_keys = [
        k
        for k in full_keys
        if not (len(k[0]) > 1 and k[0][0] in DEMONYMS and any(other[0] == k[0][1:] for other in full_keys))
    ]
    longest = max(len(k[0]) for k in full_keys)
    name_key = most_met([k for k in full_keys if len(k[0]) == longest])
    name = _display(written[name_key])
    if group.dateline and name.isupper():  # met only in a dateline: spelt as running text writes a city
        name = _title_case(name)
    remaining = [k for k in met if k != name_key]
    shorts = [k for k in remaining if k in short_keys]
    short = None
    if shorts:  # the most met; in a tie, the one that ends the name ("Zelensky" for "Volodymyr Zelensky")
        tail = name_key[0][-1]
        short_key = min(shorts, key=lambda k: (-met[k], k[0][-1] != tail, first_seen[k]))
        short = _with_diacritics_of(_as_in_name(_display(written[short_key]), group.short_forms, name), name)
        remaining.remove(short_key)
    variants = [_display(written[k]) for k in sorted(remaining, key=lambda k: first_seen[k])]
    plain = _NICKNAME_GAP.sub(" ", name)
    if plain != name:  # Jimmy "Barbecue" Chérizier: named without the nickname, which stays a spelling met
        name, variants = plain, [name, *variants]
    prefix, _, unprefixed = name.partition(" ")
    if prefix.isupper() and fold(prefix) in _SHIP_PREFIXES and fold(unprefixed) in {fold(v) for v in variants}:
        # "MT Sea Orchid" and "Sea Orchid": the ship is named without its prefix, a spelling met
        name, variants = unprefixed, [name, *(v for v in variants if fold(v) != fold(unprefixed))]
    candidate = Candidate(name, short, variants, occurrences=[h.occurrence for h in hits])
    candidate.contexts_found = _contexts(hits)
    # a short form that is another name of it ("known as BSI") says nothing of a person's surname used alone
    has_short = any(k not in alias_keys for k in shorts)
    candidate.type, candidate.type_reasons, candidate.type_sure = _guess_type(group, hits, has_short)
    firm = _LEGAL_FORM.sub("", name) if candidate.type == "organisation" and " " in name.strip() else name
    if firm != name and firm.strip():  # "Roche Holding AG": the firm's name, its legal form a spelling met
        candidate.variants = [name, *(v for v in variants if fold(v) != fold(firm))]
        candidate.name = firm
        if short is not None and fold(short) == fold(firm):  # "Wirecard AG" ... "Wirecard"
            candidate.short = None
    candidate.ambiguous_short = list(group.ambiguous)
    return candidate


def _in_capitals_for_typography(hit: _Hit) -> bool:
    """Whether an occurrence written in capitals is so by typography, not by its spelling: a dateline's agency
    ("BAGHDAD (REUTERS) -") or a name in a headline or paragraph set in capitals ("IRAN AND TURKEY SIGN DEAL")."""
    surface = hit.occurrence.surface
    if not (surface.isupper() and sum(ch.isalpha() for ch in surface) > 1):
        return False
    # the segment's dateline and its share of capitals, read once for all its names (read for each of them, a
    # paragraph of names in capitals took time in the square of its length)
    agency, set_in_capitals = hit.capitals.read()
    if agency is not None and agency[0] <= hit.occurrence.start < agency[1]:
        return True
    return set_in_capitals


def _as_in_name(short: str, derived: set[str], name: str = "") -> str:
    """A short form as the full name writes it where the text only met it capitalised at a sentence start:
    'Von Weber said...' -> 'von Weber' (from 'Hans-Peter von Weber')."""
    for form in derived:
        if form != short and form[1:] == short[1:] and form[:1].lower() == short[:1].lower():
            return form
    lowered = short[:1].lower() + short[1:]
    if lowered != short and name.endswith(" " + lowered):
        return lowered
    return short


def _with_diacritics_of(short: str, name: str) -> str:
    """A short form as the full name spells it where the two differ only in diacritics: 'Ozel' -> 'Özel' in
    'Özgür Özel', so the entry does not ask for two spellings of one word (matching folds them anyway)."""
    words = name.split()
    count = len(short.split())
    if len(words) > count:
        tail = " ".join(words[-count:])
        if tail != short and fold(tail) == fold(short) and tail.casefold() != short.casefold():
            return tail
    return short


def _spelling_identity(surface: str) -> tuple:
    from .match import spelling_key

    return spelling_key(surface)


def _display(forms: Counter) -> str:
    """The spelling written most often; ties go to the one with diacritics, then to the first met."""
    return max(forms, key=lambda form: (forms[form], form != fold(form)))


def _contexts(hits: list[_Hit]) -> list[Context]:
    """Up to MAX_CONTEXTS sentences: running text before headlines, one from each article first."""
    firsts: list[_Hit] = []
    others: list[_Hit] = []
    articles: set[str] = set()
    for hit in sorted(hits, key=lambda h: h.headline):
        (others if hit.occurrence.article in articles else firsts).append(hit)
        articles.add(hit.occurrence.article)
    contexts: list[Context] = []
    seen = set()
    for hit in firsts + others:
        occurrence = hit.occurrence
        if (occurrence.article, occurrence.segment) in seen:
            continue
        seen.add((occurrence.article, occurrence.segment))
        contexts.append(
            Context(occurrence.article, occurrence.segment, _snippet(hit.text, occurrence.start, occurrence.end))
        )
        if len(contexts) == MAX_CONTEXTS:
            break
    return contexts


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT_CHARACTERS)
    right = min(len(text), end + CONTEXT_CHARACTERS)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    snippet = ("…" if left > 0 else "") + text[left:right].strip() + ("…" if right < len(text) else "")
    if not snippet.isprintable():  # control, format and separator characters: no place in a one-line comment
        snippet = "".join(ch if ch.isprintable() else " " for ch in snippet)
    return snippet


# a firm's legal form after its name, which an entry leaves out (the name is the firm's, as the copy then writes
# it): "Novo Nordisk A/S", "Roche Holding AG", "Poseida Therapeutics Inc.", "Eli Lilly and Co.", "Fingrid Oyj"
_LEGAL_FORM = LazyPattern(
    r",?[ \u00a0]+(?:(?:and|&)[ \u00a0]+Co(?:mpany)?|Inc|Ltd|Corp|Co|plc|PLC|AG|SA|NV|SE|GmbH|LLC|LLP|Oyj|ASA|AB"
    r"|A/S|SpA|PJSC|OJSC|JSC|AS|A\.S|A\u015e|A\.\u015e)\.?$"  # AS, A.Ş.: a Turkish or Norwegian joint-stock firm
)
_LEGAL_FORM_REACH = 24  # ", and Company." and a few spaces


# below this score, or this lead over the runner-up, a one-word name's type is a guess to check
_SURE_SCORE = 1.5
_LAW_PARTS = frozenset("article articles section chapter clause annex paragraph".split())
# a name's last word that numbers it: "9", "280.3", "MS-29", "II" (not "Formula 1"'s, which its own word types)
_NUMBER_ENDS = LazyPattern(r"(?:^|[-\u2010\u2011 \u00a0])\d{1,3}(?:\.\d{1,3})?$|^(?:i{2,3}|iv|vi{1,3}|ix)$")
_SURE_LEAD = 0.5


# what follows 'the' inside a person's name: "Catherine the Great", "Ivan the Terrible", "Pliny the Elder"
_EPITHETS = frozenset("great terrible elder younger conqueror magnificent bold wise good lionheart pious".split())


def _guess_type(group: _Group, hits: list[_Hit], has_short: bool) -> tuple[str, list[str], bool]:
    """Score each type from the words of the name and the words around it; the reasons of the winner, and
    whether the guess is sure: a one-word name that no list knows (a country, a city, a dateline's, a news
    outlet, an acronym) is sure only where its evidence scores at least _SURE_SCORE and leads the next type by
    _SURE_LEAD ("Beyoncé" with nothing around it, "Hamas" said by one verb, is a guess to check)."""
    scores: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[str]] = defaultdict(list)

    def vote(kind: str, weight: float, reason: str) -> None:
        scores[kind] += weight
        if reason not in reasons[kind]:
            reasons[kind].append(reason)

    words = group.words
    for word in words:
        for kind, vocabulary in (
            ("organisation", ORGANISATION_WORDS),
            ("place", PLACE_WORDS),
            ("event", EVENT_WORDS),
            ("award", AWARD_WORDS),
        ):
            if word in vocabulary or (kind in ("organisation", "award") and _plural_of(word, vocabulary)):
                # the last word heads an English name: "Academy Awards" is an award, "Bank of England" a bank
                weight = 3.25 if word == words[-1] else 3 if word == words[0] else 2
                head = word == words[-1] or words[words.index(word) + 1] in ("for", "in")
                if kind == "award" and head and len(words) > 1:
                    # "the Sheikh Zayed Book Award announced its list", "the International Prize for Arabic
                    # Fiction (IPAF)": the noun heading the name makes it a prize, whatever its body does
                    weight = 5
                vote(kind, weight, f"'{word}' in the name")
    if len(words) > 1 and words[-1] in _CRAFT:  # "James Webb Space Telescope", "Mars Reconnaissance Orbiter"
        vote("term", 3.5, f"'{words[-1]}' ends the name")
    if (
        len(words) > 2
        and words[-1] in ORGANISATION_WORDS
        and words[-1] not in GENERIC_BODIES
        and any(word in PLACE_WORDS for word in words[:-1])
    ):  # "Meshchansky District Court", "Gaza City Council": the body's word heads the name, the place's qualifies it
        vote("organisation", 2, f"'{words[-1]}' heads the name")
    if group.dateline:
        vote("place", 4, "the city of a dateline")
    if words in _territory_names():  # Israel, India, Saudi Arabia, Western Sahara
        vote("place", 4, "a country's or a region's name")
    elif words in _city_names():  # Athens, Tehran, Beijing: "Athens said" is its government, and a place
        vote("place", 3, "a city's name")
    if group.demonym:  # Britain and "British", Kurdistan and "Kurdish", Catalonia and "Catalan"
        vote("place", 3, f"'{group.demonym}' in the copy")
    if group.agency:
        vote("organisation", 4, "the agency of a dateline")
    if len(words) == 1 and words[0] in NEWS_OUTLETS:
        vote("organisation", 4, "a news agency's or outlet's name")
    if len(words) > 1 and words[-1] in ORGANISATION_ENDINGS:
        vote("organisation", 3, f"'{words[-1]}' ends the name")
    elif len(words) > 1 and words[-1] in _CLUBS_ONLY:  # "Wolverhampton Wanderers", "Brighton and Hove Albion"
        vote("organisation", 3, f"'{words[-1]}' ends a club's name")
    elif len(words) > 1 and any(_LEGAL_FORM.search(form) for form in group.forms):  # "Novo Nordisk A/S", "Oyj"
        vote("organisation", 3, "a firm's legal form ends the name")
    if any("&" in form for form in group.forms):
        vote("organisation", 3, "'&' in the name")
    if _POSSESSIVE_END.search(group.words[0]) and len(group.words[0]) > 2:  # Moody's, McDonald's
        vote("organisation", 2, "a firm's name written as a possessive")
    if len(words) == 1 and any(_brand_spelling(form) for form in group.forms):
        vote("organisation", 1, "written as a brand")
    if group.acronym:
        vote("organisation", 2, "written as an acronym")
    if any(_NICKNAME_GAP.search(form) for form in group.forms):  # Joaquín "El Chapo" Guzmán
        vote("person", 2, "a nickname in quotes inside it")
    if (
        len(words) > 1
        and words[-1] not in EVENT_WORDS  # "ATP Finals", "FIFA World Cup", "BRICS Summit": the body's event
        and not (words[0] in _SHIP_PREFIXES and len(words[0]) > 1)  # "MV Galaxy Leader": a ship's prefix
        and not words[0].isdigit()  # "2000 SG344": a small body's code, not a firm's acronym
        and any(_inner_acronym_or_brand(_NICKNAME_GAP.sub(" ", form)) for form in group.forms if " " in form.strip())
    ):
        vote("organisation", 3, "an acronym or a brand among its words")  # Garanti BBVA, JPMorgan Chase
    if len(words) > 1 and words[-1] in _CONTINENTS:
        vote("place", 3, f"'{words[-1]}' ends the name")  # Central Asia, Latin America
    if len(words) == 1 and _CONFERENCE.fullmatch(words[0]):  # COP29: the 29th Conference of the Parties
        vote("event", 5, "a conference and its number")
    if len(words) > 1 and words[-1] == "open":  # "Italian Open", "US Open": a tournament
        vote("event", 4, "'open' ends the name")
    ship_prefix = next(
        (
            f.split()[0]
            for f in group.forms
            if len(f.split()) > 1 and f.split()[0].isupper() and fold(f.split()[0]) in _SHIP_PREFIXES
        ),
        None,
    )
    if ship_prefix and (len(words) > 1 or words[0] not in _SHIP_PREFIXES):
        # "RRS Sir David Attenborough"; "MT Sea Orchid" also where the ship is named without it
        vote("term", 4, f"'{ship_prefix}' opens a ship's name")
    if len(words) > 1 and words[-1] in _LAW_WORDS:  # "International Emergency Economic Powers Act"
        vote("term", 4, f"'{words[-1]}' ends the name")
    treaty = next((w for w in (words[-1], words[0]) if w in _TREATY_WORDS), None) if len(words) > 1 else None
    if treaty and (treaty == words[-1] or (len(words) > 2 and words[1] == "of")):  # "Treaty of Lausanne"
        vote("term", 4, f"'{treaty}' names a treaty")
    storm = (len(words) == 2 and words[0] in _STORM_WORDS) or words[:2] == ("tropical", "storm")
    numbered = next(
        (_NUMBERED_NAMES[w] for w, n in pairwise(words) if w in _NUMBERED_NAMES and any(c.isdigit() for c in n)),
        None,
    )
    if numbered:  # "Flight 752", "Formula 1", "Vision 2030", "Route 66", "Boeing 787 Dreamliners", "Flight AI171"
        numbering = next(w for w in words if w in _NUMBERED_NAMES)
        # a share index's name and its number tell its kind outright, written in capitals or not ("FTSE 100")
        vote(numbered, 6 if numbering in _INDEX_KEYS else 3, f"'{numbering}' and a number")
    elif len(words) > 1 and _NUMBER_ENDS.search(words[-1]):
        # "Falcon 9", "Chang'e 7", "Soyuz MS-29", "Artemis II": a rocket's, a probe's or a mission's name and its
        # number; a law's article ("Article 280.3") is a term as well
        if len(words) > 1 and words[0] in _LAW_PARTS:  # "Article 280.3", "Section 230": a law's part
            vote("term", 4, f"'{words[0]}' and a number")
        else:
            vote("term", 1 if words[-1].isalpha() else 2, "a number ends the name")
    if len(words) == 2 and words[0].removesuffix("ern") in _DIRECTIONS and not group.keyword_kinds:
        # "South Korea", "North Macedonia", "Western Sahara"
        vote("place", 2, f"'{words[0]}' opens the name")
    if any(_DESIGNATION.fullmatch(form) for form in group.forms):
        vote("term", 3, "written as a model's designation")  # GPT-5, COVID-19: more than an acronym
    elif any(_PROVISIONAL.fullmatch(form) for form in group.forms):  # "2024 YR4", "1999 RQ36"
        vote("term", 6, "a small body's designation: its year and its code")
    elif any(_LETTERED.fullmatch(form) for form in group.forms):
        vote("term", 3, "a model's letter after its name")  # "Vega-C", "Gripen-E", "Sukhoi-T": a version's letter
    if len(words) > 1 and words[0] in _ROMANCE_ARTICLES:  # Los Angeles, Las Vegas; Le Monde, Les Echos
        vote(*_ROMANCE_ARTICLES[words[0]], f"'{words[0]}' opens the name")
    if len(words) > 1 and words[0] in RELIGIOUS:
        vote("organisation", 2, f"'{words[0]}' opens the name")
    if len(words) == 2 and words[0] in DEMONYMS and words[1] not in PLACE_WORDS:
        # "Saudi Aramco", "Turkish Airlines"; not "Iranian Narges Mohammadi", nor "Indian Ocean", "Arabian Sea"
        vote("organisation", 3, f"'{words[0]}' before one word")
    if group.first_of_person:
        vote("person", 2, "the first word of a person's name met in the copy")
    if len(words) == 1 and len(words[0]) > 4 and words[0].endswith(_SURNAME_ENDINGS):  # Peskov, Tymoshenko
        vote("person", 1.5, "a surname's ending")
    elif len(words) == 1 and len(words[0]) > 6 and words[0].endswith("spor"):  # Trabzonspor, Samsunspor
        vote("organisation", 3, "a Turkish club's ending 'spor'")
    elif len(words) == 1 and len(words[0]) > 4 and words[0].endswith(_PLACE_ENDINGS):  # Kazakhstan, Volgograd
        vote("place", 1.75, "a place name's ending")  # "Kazakhstan sent its first..."
    particles = [  # not the particle of a place's name inside it: "Louvre Abu Dhabi"
        w for i, w in enumerate(words) if w in PERSON_PARTICLES and words[i : i + 2] not in _city_names()
    ]
    if particles:  # "Abu Mohammad al-Jolani"; but two words may be a place's name: "Abu Dhabi", "Abu Kamal"
        vote(
            "person", 1 if len(words) == 2 and words[0] in ("abu", "umm") else 2, f"the name particle '{particles[0]}'"
        )
    if has_short and not group.keyword_kinds and not group.acronym:
        vote("person", 1, "its short form used alone")
    one_word = not any(" " in form.strip() for form in group.forms)  # "Google", "Rolls-Royce"; not "Timur"
    if (
        len(words) == 2
        and words[1] in _CLUB_SUFFIXES
        and words not in _city_names()  # "Cape Town", "Mexico City": a city's own name, also in a match report
        and words not in _territory_names()
        and any(_about_sport(hit) for hit in hits)
    ):  # "Manchester City, beaten 3-1", "Coventry City": a club named after its town, in a sentence about football
        vote("organisation", 4, f"a town and '{words[1]}' in a sentence about football")
    elif not one_word and _holds_a_place(words, hits) and any(_about_sport(hit) for hit in hits):
        # "Paris Saint-Germain", "Real Madrid", "Inter Milan": a club named after its city, not the city
        vote("organisation", 2, "a place's name inside it, in a sentence about football")
    person_before, term_before = scores.get("person", 0.0), scores.get("term", 0.0)
    said = False
    for hit in hits:
        for kind, weight, reason in _context_votes(hit, one_word):
            if one_word and reason in _SAYING_REASONS:
                if said:
                    continue  # "Demir said ... Demir told ...": a person says as often as a firm; once is evidence
                said = True
            vote(kind, weight, reason)
    if storm and not (
        words[0] == "storm" and (scores.get("person", 0.0) > person_before or scores.get("term", 0.0) > term_before)
    ):
        # "Storm Ciarán", "Cyclone Chido"; but Storm is a given name too, and the copy then writes a person's
        # words around it ("the actress Storm Reid", "Storm Reid, who starred in Euphoria"), and a product's
        # ("Storm Shadow missiles")
        vote("event", 5, f"'{words[0]}' names a storm")
    if len(words) > 2 and words[-1] in _HONOUR_PERIODS and words[-2:-1] in (("of",), ("the",)) and "of" in words:
        vote("award", 3, f"'of the {words[-1]}' ends the name")  # "Player of the Year", "Man of the Match"
    if "the" in words[1:-1] and "of" not in words and words[-1] not in _EPITHETS:
        vote("organisation", 2, "'the' inside the name")  # "Save the Children"; not "Catherine the Great"
    if "to" in words[2:] and words[words.index("to") - 1] in _JOURNEYS:  # "Emirates Mission to the Asteroid Belt"
        vote("event", 5, f"'{words[words.index('to') - 1]} to' in the name")
    if len(words) > 2 and words[0] in _LANDFORMS and words[1] == "of":  # "Rock of Gibraltar", "Isle of Skye"
        vote("place", 3, f"'{words[0]} of' opens the name")
    if not scores:
        if "of" in words:
            vote("organisation", 0.5, "a name built with 'of'")
        elif len(_bare(words)) > 1:
            vote("person", 0.5, "a name of several words")
        else:
            vote("place", 0.5, "one word, nothing else to go by")
    order = ("person", "organisation", "place", "event", "award", "term")
    kind = max(order, key=lambda k: (scores[k], -order.index(k)))
    runner_up = max((scores[k] for k in order if k != kind), default=0.0)
    known = (
        words in _territory_names()
        or words in _city_names()
        or group.dateline
        or group.agency
        or bool(group.demonym)
        or group.acronym
        or (len(words) == 1 and words[0] in NEWS_OUTLETS)
    )
    sure = not one_word or known or (scores[kind] >= _SURE_SCORE and scores[kind] - runner_up >= _SURE_LEAD)
    return kind, reasons[kind][:3], sure


# the reasons a verb of saying after a one-word name gives ("'said' after it"): the same weak evidence however
# often the copy repeats it
_SAYING_REASONS = frozenset(f"'{verb}' after it" for verb in PERSON_VERBS)
_SAINTS = ("saint", "st", "san", "santa", "sao")
# the period or the match an honour is given for: "Player of the Year", "Man of the Match", "Goal of the Season"
_HONOUR_PERIODS = frozenset("year season month match decade century tournament".split())
# words of a sentence about a match or a season, besides the football words: "scored in the 88th minute",
# "top of the Bundesliga", "a 2-1 win"
_SPORT_WORDS = CLUB_WORDS | frozenset(
    """
scored scores scoring goal goals minute match matches league champions championship cup final semi-final
quarter-final fixture stadium fans season player players
""".split()
)
_A_SCORE = LazyPattern(r"(?<![\w.,:/-])\d{1,2}[-\u2013]\d{1,2}(?![-\u2013\w])")


def _about_sport(hit: _Hit) -> bool:
    """Whether an occurrence's sentence is about a match or a season: a football word, a sport's word or a score."""
    return not _SPORT_WORDS.isdisjoint(hit.keys) or hit.scored


def _holds_a_place(words: tuple[str, ...], hits: list[_Hit]) -> bool:
    """Whether a name of several words holds a country's, a region's or a city's name (CLDR's, or a place of
    the glossary) after its first word, as a club's name does ("Real Madrid", "Dynamo Kyiv"), or first where
    a saint's name follows ("Paris Saint-Germain"); a place's name first and a surname after it are a
    person's ("Jordan Henderson", "Paris Hilton"), and the place's own name is no club's."""
    places = _territory_names() | _city_names() | _club_cities()
    if words in places:
        return False
    if any(words[i : i + size] in places for size in (1, 2) for i in range(1, len(words) - size + 1)):
        return True
    if (words[0],) in places and words[1].split("-")[0] in _SAINTS:
        return True
    return any(hit.occurrence.start < start and end <= hit.occurrence.end for hit in hits for start, end in hit.places)


@functools.lru_cache(maxsize=1)
def _club_cities() -> frozenset[tuple[str, ...]]:
    return frozenset(_words_key(city.replace("_", " ")) for city in _CLUB_CITIES)


_ROMANCE_ARTICLES: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("los", "las", "el", "san", "santa", "sao"), ("place", 1.5)),  # San Francisco, São Paulo
    **dict.fromkeys(("le", "la", "les", "il"), ("organisation", 1.5)),
}


def _inner_acronym_or_brand(form: str) -> bool:
    """A word of a name of several words written in capitals or as a brand: 'Garanti BBVA', 'JPMorgan Chase',
    'Africa CDC'; not initials ('George W. Bush') nor a generation ('Abdullah II')."""
    for word in form.split():
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) > 1 and all(ch.isupper() for ch in letters) and "." not in word:
            if not _GENERATION.fullmatch(word):
                return True
        elif _brand_spelling(word):
            return True
    return False


_INNER_CAPITAL = LazyPattern(r"([^\W\d_]+?)(?<=[a-z])(?=[A-Z])|^[A-Z]{2,}(?=[a-z]{2})")


def _brand_spelling(form: str) -> bool:
    """A one-word name written with a capital inside, as firms and products write theirs ('TotalEnergies',
    'YouTube', 'SOTAvision'); not after Mc, Mac, De... ('McDonald', 'DeSantis')."""
    found = _INNER_CAPITAL.search(form)
    if found is None or " " in form:
        return False
    return found.group(1) is None or fold(found.group(1)) not in _INNER_CAPITAL_PREFIXES


# an apposition after a name: ", a joint venture", ", the British drugmaker", ", a town in ..."
_APPOSITION = LazyPattern(
    r",[ \u00a0]+(?:a|an|the|one[ \u00a0]+of[ \u00a0]+the|[A-Z][a-z]{1,30}['\u2019]s)[ \u00a0]+"
    r"(?:[A-Za-z][A-Za-z-]*[ \u00a0]+){0,4}?([a-z]+)\b"
    r"(?=[ \u00a0]+(?:in|of|with|that|which|who|whose|from|for|based|led|owned|run|founded|controlled|backed|listed"
    r"|chaired|headed|known)\b|[,.;)]|$)"
)
_BODY_NOUNS = frozenset(
    "venture house group agency company firm bank party movement militia organisation organization unit "
    "subsidiary division arm affiliate "
    "union alliance network channel broadcaster newspaper club team charity "
    # a band or an orchestra: "Massive Attack, the Bristol band", "Mashrou' Leila, the Lebanese group"
    "band orchestra choir ensemble quartet trio duo".split()
)
# an apposition that is a body's own name, capitalised: "Gavi, the Vaccine Alliance, ..."
_NAMED_APPOSITION = LazyPattern(
    r",[ \u00a0]+the[ \u00a0]+(?:[A-Z][\w'\u2019-]*[ \u00a0]+){0,4}([A-Z][a-z]+)(?=[,.;)]|[ \u00a0]+(?:and|in|of)\b)"
)
_BODIES_NAMED = (
    ORGANISATION_WORDS
    | ORGANISATION_ENDINGS
    | frozenset("alliance coalition federation association union council agency foundation fund institute".split())
)
_WINNING_VERBS = frozenset("won win wins winning awarded received receives took takes scooped".split())
_NOMINATED = frozenset("nominated shortlisted longlisted nomination nominations shortlist longlist contender".split())


def _listed_after(tokens: list[_Token], index: int) -> tuple[str, float, str] | None:
    """The kind a list announces for a name in it: "<banks> such as X, Y and Z" (a firm), "<cities> such as"
    (a place); None where the name is in no such list."""
    start = index
    while start > 0 and index - start < 8 and (tokens[start - 1].capitalised or tokens[start - 1].key in ("and", "or")):
        start -= 1
    if start < 3 or tokens[start - 1].key != "as" or tokens[start - 2].key != "such":
        return None
    noun = tokens[start - 3].key
    singular = noun[:-1] if noun.endswith("s") else noun
    if noun in ORGANISATION_NOUNS_BEFORE or singular in ORGANISATION_NOUNS_BEFORE or noun == "providers":
        return ("organisation", 2, f"a list after '{noun} such as'")
    if singular in PLACE_NOUNS_BEFORE or noun in ("countries", "cities", "towns"):
        return ("place", 2, f"a list after '{noun} such as'")
    return None


# an age in commas after a name, as the copy gives a person's: "Kaya, 24, scored twice"; not a date's year
_AGE_AFTER = LazyPattern(r",[ \u00a0]+\d{1,3},[ \u00a0]+(?!\d)")
# what only a person has, after a possessive: "Demir's wife", "Kaya's funeral"
_KIN = frozenset(
    "wife husband son sons daughter daughters mother father brother brothers sister sisters widow widower "
    "girlfriend boyfriend fiancee fiancé fiancée parents funeral grandson granddaughter grandfather grandmother "
    "stepfather stepmother".split()
)
_STARS = frozenset("star stars superstar superstars diva icon".split())  # "Turkish pop star Tarkan"
_RELATIONS = frozenset("rival ally colleague counterpart successor predecessor".split())  # firms have them too


def _a_role(key: str) -> bool:
    """A person's role in lowercase: 'analyst', 'analysts', 'economists', 'teammate'."""
    return (
        key in ROLE_NOUNS or key.rstrip("s") in ROLE_NOUNS or key in ("teammate", "teammates", "engineer", "engineers")
    )


# what a firm has, and a person has not: "shares of Goldman Sachs", "a stake in Morgan Stanley"
_EVENT_NOUNS_AFTER = frozenset("forum summit conference festival fair show airshow games congress".split())
_OWNED_NOUNS = frozenset(
    "shares stock stocks stake stakes unit units subsidiary subsidiaries division shareholders owner owners "
    "executive ceo chairman chairwoman bondholders creditors founder founders co-founder cofounder".split()
)
# a firm's head or its shares in a clause after its name: "Maersk, whose chief executive said ...", "Nvidia, whose
# shares rose"; a person has no chief executive
_WHOSE_HEAD = LazyPattern(
    r",[ \u00a0]+whose[ \u00a0]+(?:chief[ \u00a0]+executive|chairman|chairwoman|ceo|shares|stock|board|owners?"
    r"|shareholders|founder)\b"
)
# a body's owner or backer after it: "Zenit, owned by Gazprom", "a club backed by Aramco"; not "led by", a person's
_OWNED_BY = frozenset("owned backed controlled sponsored bought acquired funded bankrolled".split())
_IN_A_STATEMENT = LazyPattern(r"[ \u00a0]+said[ \u00a0]+in[ \u00a0]+a[ \u00a0]+statement\b")
_PRONOUNS = {"its": "its", "his": "his", "her": "her", "he": "he", "she": "she"}  # not "him": "X met him"
_PRONOUN_REACH = 5  # words after a name that a pronoun referring to it may stand at
# words that start another clause or subject, whose pronoun may refer to something else: "X until its offensive"
_CLAUSE_WORDS = frozenset(
    "who which that and or with until while when after before because as since but where whose whom if".split()
)


def _article(noun: str) -> str:
    return "an" if noun[:1] in "aeio" or (noun[:1] == "u" and not noun.startswith(("uni", "use"))) else "a"


# a team's plural verb after a clause or an apposition, as British copy writes teams: "Galatasaray, who lead the
# league by six points, are in talks"
_PLURAL_AFTER_A_CLAUSE = LazyPattern(
    r",[ \u00a0]+(?:who[ \u00a0]+|the[ \u00a0]+|[a-z]+(?:ed|en)[ \u00a0]+by[ \u00a0]+)[^,.;:()\"“”]{1,80},[ \u00a0]+"
    r"(are|were|have)\b"
)
# a clause or an apposition after a name, up to its second comma: ", who ...,", ", the champions,", ", managed by
# José Mourinho,", ", coached by ...,"
_CLAUSE_AFTER = LazyPattern(
    r",[ \u00a0]+(?:who[ \u00a0]+|the[ \u00a0]+|[a-z]+(?:ed|en)[ \u00a0]+by[ \u00a0]+)[^,.;:()\"“”]{1,80},"
)
# the other side of a match after a team's name, before the score: "Persepolis and Esteghlal drew 0-0"
_AND_THE_OTHER_SIDE = LazyPattern(r"[ \u00a0]+and[ \u00a0]+(?:[A-Z][\w'\u2019.-]*[ \u00a0]+){0,2}[A-Z][\w'\u2019.-]*")
# a score after a team's name: "Inter Milan won 2-1 at Bayern", "Arsenal beat Real Madrid 3-0", "Dortmund 4-0"
_SCORE_AFTER = LazyPattern(
    r"[ \u00a0]+(?:(?:won|beat|lost|drew|thrashed|defeated|edged|led|trail|trailed)\b[^.;\n]{0,40}?\b)?"
    r"\d{1,2}[-\u2013]\d{1,2}\b(?![-\u2013]\d)"
)
# a score before a team's name and its preposition: "lost 2-1 to Krasnodar", "drew 1-1 with Eintracht Frankfurt",
# "a 4-0 win over VfB Stuttgart", "a 2-0 win at Trabzonspor" (not "at the Emirates Stadium": a ground)
_SCORE_BEFORE = LazyPattern(
    r"(?<![\w.,:/-])\d{1,2}[-\u2013]\d{1,2}(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+(?:to|with|over|against|by|at)[ \u00a0]+$"
)
# a player's or a driver's side after what he does for it: "plays for Kashima Antlers", "a midfielder for Gamba
# Osaka", "scored twice for Al-Ittihad against Al-Ahli", "drives for Red Bull"
_PLAYED_FOR = LazyPattern(
    r"\b(?:plays|played|playing|scored|scores|scoring|goals?|midfielder|striker|forward|defender|goalkeeper|winger"
    r"|captain|drives|drove|driving|race|races|raced|racing|debut)\b"
    r"(?:[ \u00a0]+[\w'\u2019-]+){0,3}?[ \u00a0]+(?:for|against)[ \u00a0]+$"
)
# the people of a team, before "of" and its name: "coach of Fenerbahçe", "fans of Persepolis"
# what a team has and a person has not, after its possessive: "Spartak Moscow's captain", "Lyon's squad"
_A_TEAMS_OWN = frozenset("captain squad goalkeeper striker strikers midfielder defender academy".split())
_A_SIDES_PEOPLE = frozenset("coach manager captain fans supporters players squad teammates".split())
_MAKERS = frozenset("maker makers manufacturer manufacturers developer developers creator creators".split())
_RACING = frozenset("prix race races driver drivers teammate lap laps podium pole".split())
_MADE = frozenset("made built developed produced supplied designed manufactured".split())


# what an actor does in a work and a director to it, just before its title: "starred in Euphoria", "directed
# Oppenheimer"; not "appeared in", which a place follows as often ("appeared in Ankara on Monday")
_STARRED_IN = frozenset("starred stars starring co-starred co-stars".split())
_DIRECTED = frozenset("directed co-directed directs directing co-wrote remade".split())
# a work's authors, after which "by" names a person: "a film directed by Nolan", "a ballet choreographed by ..."
_AUTHORED = frozenset("directed co-directed composed choreographed painted narrated sung".split())
# what a work does on a service or a channel: "streams on Netflix", "aired on TRT", "broadcast on Show TV"
_SHOWN_ON = frozenset(
    "streams stream streamed streaming airs aired airing broadcast broadcasts premiered "
    # a platform people post on: "posted on Instagram", "the poet young Iranians quote on Instagram"
    "posted posts post wrote writes shared shares quote quotes quoted livestreamed uploaded "
    # an exchange a firm's shares trade on: "listed on Nasdaq", "traded on Borsa Istanbul"
    "listed listing trade trades traded trading".split()
)
# work nouns that are also verbs ("will play Galatasaray", "songs that feature Drake"): a work's only after a
# determiner or a possessive ("the play Hamlet", "her new show Baby Reindeer")
_WORK_NOUNS_AS_VERBS = frozenset("play plays feature features show shows".split())
_WORK_DETERMINERS = frozenset("the a an his her their its new latest first debut last".split())


def _a_work_before(text: str, before: list[_Token]) -> str | None:
    """The words just before a name that make it a work's title, as the copy writes films, series, albums and
    novels without quotes: an actor's 'starred in', a director's verb, or a work's noun in lowercase ('the film
    Anora', 'her novel Orbital', 'the musical Rock of Ages'); None where nothing does."""
    previous = before[-1]
    if not previous.text.islower():
        return None
    if previous.key == "in" and len(before) >= 2 and before[-2].key in _STARRED_IN:
        if text[before[-2].end : previous.start] in (" ", "\u00a0"):
            return f"{before[-2].key} in"
        return None
    if previous.key in _DIRECTED:
        return previous.key
    if previous.key in _WORK_NOUNS:
        if previous.key in _WORK_NOUNS_AS_VERBS and (len(before) < 2 or before[-2].key not in _WORK_DETERMINERS):
            return None
        return previous.key
    return None


def _a_persons_end(text: str, first: _Token, last: _Token) -> bool:
    """Whether two words, side by side, end what reads as a person's name: both capitalised and plain names,
    not a body's or a firm's word ('Oscar Piastri', not 'Poseida Therapeutics', 'Bank Ltd'), nor a sentence's
    first word with the one after it."""
    return (
        first.capitalised
        and last.capitalised
        and text[first.end : last.start] in (" ", "\u00a0")
        and not last.acronym
        and not first.acronym
        and last.key not in ORGANISATION_WORDS
        and last.key not in ORGANISATION_ENDINGS
        and first.key not in ORGANISATION_WORDS
        and first.key not in FUNCTION_WORDS
        and last.key not in PLACE_WORDS
        and not _ends_at(_LEGAL_FORM, text, last.end + 1, _LEGAL_FORM_REACH)
    )


_INVESTED = frozenset(
    "invested invest invests investing investment investments stake stakes dollars euros pounds".split()
)

_NOUNS_AFTER_NAMES = TERM_NOUNS | PLACE_NOUNS_AFTER | ORGANISATION_NOUNS_AFTER | CLUB_NOUNS_AFTER


# the names of a list, then their plural noun: "the Chenab, Ravi and Sutlej rivers", "Punjab and Sindh provinces"
_LIST_THEN_NOUN = LazyPattern(
    r"(?:(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)"
    r"[A-Z][\w'\u2019-]*(?:[ \u00a0][A-Z][\w'\u2019-]*)?){1,6}[ \u00a0]+([a-z]+)\b"
)
_PLACES_LISTED = frozenset(
    "rivers provinces districts regions islands mountains lakes cities towns villages valleys states countries".split()
)


def _followed_by_its_verb(text: str, tokens: list[_Token], occurrence: Occurrence) -> bool:
    """Whether a past tense follows a name directly: "the band Viktor Tsoi led", "the firm Dell founded"."""
    index = bisect.bisect_left([t.start for t in tokens], occurrence.end)
    if index >= len(tokens) or text[occurrence.end : tokens[index].start].strip():
        return False
    following = tokens[index]
    return following.text.islower() and (following.key.endswith("ed") or following.key in _PAST_OF_DOING)


def _a_verb_after_a_name(token: _Token) -> bool:
    """Whether the word after a name reads as its verb: 'raised', 'said', 'expects', 'cut' ('vaccine' does not)."""
    key = token.key
    return (
        token.text.islower()
        and key not in _NOUNS_AFTER_NAMES
        and (key in _AFTER_A_NAME or key.endswith("ed") or (key.endswith("s") and not key.endswith("ss")))
    )


def _pronoun_after(text: str, tokens: list[_Token], index: int) -> str | None:
    """The first pronoun within a few words after a name that can only refer to it: 'its' for a firm, 'his' or
    'her' for a person ('Goldman Sachs raised its forecast', 'Morgan said he...'); None where another name or a
    role comes first ('Boeing chief executive Kelly Ortberg said his'), or the sentence or clause ends."""
    if index >= len(tokens) or not _a_verb_after_a_name(tokens[index]):
        return None  # "the RSV vaccine to its programme": the name is no subject here
    verb = tokens[index]
    for position, token in enumerate(tokens[index : index + _PRONOUN_REACH]):
        if position == 1 and verb.key in _TOLD and token.text.islower() and _a_role(token.key):
            index += 1  # the people told: "Demir told reporters he would resign"
            continue
        gap = text[tokens[index - 1].end if index > 0 else 0 : token.start]
        if any(mark in gap for mark in '.,;:!?"“”()'):
            return None
        if token.key in _PRONOUNS and token.text.islower():
            return _PRONOUNS[token.key]
        if token.capitalised or _a_role(token.key) or token.key in _CLAUSE_WORDS:
            return None
        index += 1
    return None


_TOLD = frozenset("told tells tell".split())


def _their_after(text: str, tokens: list[_Token], index: int) -> bool:
    """Whether a name's verb is followed by 'their', as British copy writes a team's or a firm's ('Bayern Munich
    extended their lead'); not after a verb of saying, whose 'their' may be anyone's ('Lavrov said their talks')."""
    if index + 1 >= len(tokens) or not _a_verb_after_a_name(tokens[index]) or tokens[index].key in PERSON_VERBS:
        return False
    following = tokens[index + 1]
    gap = text[tokens[index - 1].end if index > 0 else 0 : following.start]
    return following.text == "their" and not any(mark in gap for mark in '.,;:!?"“”()')


def _context_votes(hit: _Hit, one_word: bool = False) -> list[tuple[str, float, str]]:
    """What the words around one occurrence say of its type: titles, prepositions, verbs, nouns."""
    occurrence, text, tokens = hit.occurrence, hit.text, hit.tokens
    inside = bisect.bisect_left(hit.starts, occurrence.start)
    before = tokens[max(0, inside - 4) : inside]
    after_the = bool(before) and before[-1].key == "the" and not text[before[-1].end : occurrence.start].strip()
    if after_the:
        before = before[:-1]  # "in the Kremlin", "director of the Carnegie..."
    following_index = bisect.bisect_left(hit.starts, occurrence.end)
    after = tokens[following_index : following_index + 1]
    votes: list[tuple[str, float, str]] = []
    object_of_preposition = False
    if before:
        previous = before[-1]
        # "Gen. Milley", "in the Donbas"; not the last word of the sentence before ("... its two units. Ömer Koç")
        gap = text[previous.end : occurrence.start]
        sentence_ended = "." in gap and inside < len(tokens) and tokens[inside].clause_initial
        adjoining = not gap.strip(" .the") and not sentence_ended
        employer = len(before) >= 2 and previous.key == "at" and _a_role(before[-2].key)
        based = re.match(f"[{_HYPHENS}]based\\b", text[occurrence.end : occurrence.end + 7]) is not None
        comma = text[previous.end : occurrence.start].strip() == ","
        think_tank = len(before) >= 2 and previous.key == "tank" and before[-2].key == "think"
        # a work's title may stand in quotes: 'starred in "Rock of Ages"'
        quoted = not text[previous.end : occurrence.start].strip(" \u00a0\"“‘'")
        work = _a_work_before(text, before) if quoted and not after_the else None
        if previous.key in HONORIFICS:
            votes.append(("person", 4, f"after '{previous.key}'"))
        elif previous.key in ROLE_NOUNS and adjoining:
            votes.append(("person", 1.5 if previous.key in _RELATIONS else 3, f"after '{previous.key}'"))
        elif (
            (previous.key in PERSON_ROLES or previous.key in _STARS)
            and previous.key not in ORGANISATION_NOUNS_BEFORE  # "the state broadcaster CCTV", "designer Prada"
            and adjoining
            and previous.text.islower()
        ):
            votes.append(("person", 3, f"after '{previous.key}'"))  # "pop star Tarkan", "striker Osimhen"
        elif previous.key == "flight" and adjoining and previous.text.islower():  # "flight TK1951"
            votes.append(("event", 3, "after 'flight'"))
        elif previous.key in _VESSELS and adjoining and previous.text.islower():  # not "carrier": an airline too
            votes.append(("term", 4, f"after '{previous.key}'"))  # "the tanker Eagle S", "the frigate Admiral..."
        elif (
            previous.key in ("carrier", "carriers")
            and adjoining
            and len(before) >= 2
            and before[-2].key in _CARGOES
            and text[before[-2].end : previous.start] in (" ", "\u00a0")
        ):  # "the car carrier Galaxy Leader", "the bulk carriers Rubymar and ...": a ship, not an airline
            votes.append(("term", 4, f"after '{before[-2].key} {previous.key}'"))
        elif (
            _FLAGGED.search(previous.text) and quoted and not sentence_ended
        ):  # 'the Liberian-flagged "Eternity C"': a ship's flag
            votes.append(("term", 4, f"after '{previous.text}'"))
        elif (
            previous.key in _HONOUR_NOUNS
            and previous.text.islower()
            and (adjoining or gap.strip() in (",", ", the"))
            and not occurrence.possessive
            and _SET_OFF_AFTER.match(text, occurrence.end) is not None
        ):  # "the festival's top prize, the Golden Yusr,", "its highest award, the Silver Crescent."; not "the prize,
            # Ahmed Ali said, ...", whose name is the speaker's
            votes.append(("award", 3, f"after '{previous.key}'"))
        elif previous.key in TERM_NOUNS and (adjoining or comma) and previous.text.islower() and not think_tank:
            # "its vaccine Abrysvo"
            votes.append(("term", 3, f"after '{previous.key}'"))
        elif (
            previous.key in ORGANISATION_NOUNS_BEFORE
            and (adjoining or comma)
            and previous.text.islower()
            and not (len(before) >= 2 and before[-2].key == "the" and _followed_by_its_verb(text, tokens, occurrence))
        ):  # not "Kino, the band Viktor Tsoi led": the person of a relative clause
            # "refiner Tupras", "a subsidiary, Red River Talc"
            votes.append(("organisation", 3, f"after '{previous.key}'"))
        elif (
            employer and adjoining and not based and not (after and after[0].key in _EVENT_NOUNS_AFTER)
        ):  # "analysts at Goldman Sachs", "his teammate at McLaren"
            votes.append(("organisation", 2, f"after '{before[-2].key} {previous.key}'"))
        elif work is not None:  # "starred in Euphoria", "directed Oppenheimer", "the musical Rock of Ages"
            votes.append(("term", 4, f"after '{work}'"))
            object_of_preposition = previous.key == "in"
        elif previous.key in PLACE_PREPOSITIONS and adjoining:
            votes.append(("place", PLACE_PREPOSITIONS[previous.key], f"after '{previous.key}'"))
            object_of_preposition = True
        if len(before) >= 2 and previous.key in ("from", "by", "with") and adjoining and not after_the:
            maker = before[-2].key
            if (maker in TERM_NOUNS and previous.key == "from") or (
                maker in _MADE and previous.key in ("by", "with")
            ):  # "225 aircraft from Boeing", "a drug developed with Daiichi Sankyo", "chips made by TSMC"
                votes.append(("organisation", 2.5, f"after '{maker} {previous.key}'"))
        if (
            len(before) >= 3
            and previous.key == "of"
            and adjoining
            and not after_the
            and text[before[-2].end : previous.start] in (" ", "\u00a0")
            and _a_persons_end(text, before[-3], before[-2])
            and (_about_sport(hit) or not _RACING.isdisjoint(hit.keys))
        ):  # "Lando Norris and Oscar Piastri of McLaren", "Charles Leclerc of Ferrari": a player's or a driver's
            # side; not "Senator Sherrod Brown of Ohio", outside sport
            votes.append(("organisation", 2, "after a person's name and 'of'"))
        if (
            len(before) >= 2
            and previous.key == "of"
            and adjoining
            and not after_the
            and before[-2].key in _A_SIDES_PEOPLE
            and (before[-2].text.islower() or before[-2].clause_initial)  # "Fans of Göztepe marched"
        ):  # "José Mourinho, coach of Fenerbahçe", "the captain of Persepolis", "fans of Besiktas"
            votes.append(("organisation", 2.5, f"after '{before[-2].key} of'"))
        credited = len(before) == 1 or before[-2].key in _CREDIT_WORDS
        named = next(
            (kind for start, end, kind in credit_names(text) if (start, end) == (occurrence.start, occurrence.end)),
            None,
        )
        if named is not None:  # "By Golnar Motevalli and Rana Sweis", "reporting by X in Almaty", "Photo: X/AFP"
            votes.append((named, 4, "a credit line's person" if named == "person" else f"a credit line's {named}"))
        if (
            previous.key == "by"
            and adjoining
            and credited
            and _a_credit(text[before[-2].start if len(before) >= 2 else previous.start :])
        ):  # a credit line: "By Ece Toksabay", "Reporting by Ali Kucukgocmen; Editing by Hugh Lawson"
            votes.append(("person", 3, "a credit line's 'by'"))
        if len(before) >= 2 and previous.key == "on" and adjoining and before[-2].key in _SHOWN_ON:
            votes.append(("organisation", 2.5, f"after '{before[-2].key} on'"))  # "streams on Netflix"
        if len(before) >= 2 and previous.key == "by" and adjoining and before[-2].key in _AUTHORED:
            votes.append(("person", 2, f"after '{before[-2].key} by'"))  # "a film directed by Nolan"
        if len(before) >= 2 and previous.key == "on" and adjoining and before[-2].key in _SITES:
            votes.append(("place", 3, f"after '{before[-2].key} on'"))  # "the Rubin Observatory on Cerro Pachón"
        if len(before) >= 2 and previous.key == "of" and before[-2].key in _MAKERS:  # "the maker of Wegovy"
            votes.append(("term", 2, f"after '{before[-2].key} of'"))
        if len(before) >= 2 and previous.key == "of" and before[-2].key in PLACE_NOUNS_BEFORE | _DIRECTIONS:
            votes.append(("place", 3, f"after '{before[-2].key} of'"))
    if after_the and len(before) >= 1 and before[-1].key in _WINNING_VERBS:  # "won the Golden Lion"
        votes.append(("award", 2, f"after '{before[-1].key} the'"))
    elif len(before) >= 2 and before[-1].key in ("a", "an") and before[-2].key in _WINNING_VERBS:  # "won a Grammy"
        votes.append(("award", 3, f"after '{before[-2].key} {before[-1].key}'"))
    elif (
        len(before) >= 3
        and before[-1].key in ("a", "an", "for")
        and (before[-2].key == "for" or before[-1].key == "for")
        and (before[-3] if before[-1].key != "for" else before[-2]).key in _NOMINATED
    ):  # "nominated for a Grammy", "shortlisted for the Booker"
        votes.append(("award", 3, "after 'nominated for'"))
    listed_before = _LIST_THEN_NOUN.match(text, occurrence.end)
    if listed_before and listed_before.group(1) in _PLACES_LISTED:  # "the Chenab, Ravi and Sutlej rivers"
        votes.append(("place", 2.5, f"in a list of {listed_before.group(1)}"))
    apposition = _APPOSITION.match(text, occurrence.end)
    if apposition:  # "Stargate, a joint venture with SoftBank", "Sotheby's, the auction house", "Jinka, a town"
        noun = apposition.group(1).lower()
        singular = noun[:-1] if noun.endswith("s") else noun
        if noun in ORGANISATION_NOUNS_BEFORE or singular in ORGANISATION_NOUNS_BEFORE or singular in _BODY_NOUNS:
            # "Gard, one of the largest insurers,": one of a kind named in the plural
            votes.append(("organisation", 2, f"', {_article(noun)} {noun}' after it"))
        elif singular in PLACE_NOUNS_BEFORE:
            votes.append(("place", 2, f"', {_article(noun)} {noun}' after it"))
        elif noun in TERM_NOUNS or noun in _WORK_NOUNS or singular in _WORK_NOUNS:
            # "Mounjaro, Lilly's weight-loss injection", "Euphoria, the HBO series"
            votes.append(("term", 2, f"', {_article(noun)} {noun}' after it"))
    elif (named := _NAMED_APPOSITION.match(text, occurrence.end)) and fold(named.group(1)) in _BODIES_NAMED:
        # "Gavi, the Vaccine Alliance,", "Hayat Tahrir al-Sham, the Syrian Salvation Government's armed wing"
        votes.append(("organisation", 2, f"', the ... {named.group(1)}' after it"))
    if _beside_a_place(hit, inside, following_index):  # "Britain, France and Germany said"
        # "between Israel and Hamas": two sides, a state and a movement as often as two states
        two_sides = any(t.key == "between" for t in tokens[max(0, inside - 3) : inside])
        # (CLDR names every country: a name it does not know, one of two sides with one, is as often a movement)
        votes.append(("place", 1 if two_sides else 2, "listed with a country or a glossary place"))
    listed = _listed_after(tokens, inside)
    if listed is not None:  # "banks such as Akbank and Garanti BBVA", "cities such as Homs"
        votes.append(listed)
    if after_the and not object_of_preposition:  # "the Pentagon", "the Houthis"; but "in the Donbas"
        votes.append(("organisation", 0.75, "after 'the'"))
    between = text[occurrence.end : after[0].start].strip() if after else ""
    if after and (not between or (occurrence.possessive and len(between) <= 2)):  # "the Kremlin's spokesman"
        following = after[0].key
        not_the_subject = bool(before) and before[-1].key in _NOT_BEFORE_A_SUBJECT  # "the fans of Liverpool sang"
        if following in PERSON_ONLY_VERBS and not object_of_preposition and not between and not not_the_subject:
            votes.append(("person", 2.5, f"'{following}' after it"))  # "Beyoncé sang", "the actress ... died"
        elif following in PERSON_VERBS and not object_of_preposition and not between:
            if _IN_A_STATEMENT.match(text, occurrence.end):  # "Morgan Stanley said in a statement"
                votes.append(("organisation", 1, "'said in a statement' after it"))
            elif after_the or one_word:
                # one word that says something is a firm's, a body's or a country's more often than a person's,
                # whose full name comes first and takes its surname as the short form
                votes.append(("organisation", 1, f"'{following}' after it"))
            else:
                votes.append(("person", 1, f"'{following}' after it"))
        elif following in PLACE_NOUNS_AFTER:
            votes.append(("place", 2, f"'{following}' after it"))
        elif (
            following in _BASES
            and tokens[following_index + 1 : following_index + 2]
            and (tokens[following_index + 1].key == "base")
        ):
            votes.append(("place", 2, f"'{following} base' after it"))
        elif following in _HONOUR_NOUNS and following != "honor" and not occurrence.possessive:
            votes.append(("award", 2.5, f"'{following}' after it"))  # "the Captain of Industry award"
        elif following in ("laureate", "laureates", "winner", "winners") and not occurrence.possessive:
            votes.append(("award", 2, f"'{following}' after it"))  # "Turkey's only Nobel laureate"
        elif following in _EVENT_NOUNS_AFTER and not occurrence.possessive:  # "the Atomexpo forum"
            votes.append(("event", 2, f"'{following}' after it"))
        elif following in TERM_NOUNS and not occurrence.possessive:
            votes.append(("term", 2, f"'{following}' after it"))
        elif following in ORGANISATION_NOUNS_AFTER or (following in CLUB_NOUNS_AFTER and not occurrence.possessive):
            # a person has a group, a party or a spokesman too: "Julani's group"
            weight = 1 if occurrence.possessive and following not in _OWNED_NOUNS else 2
            votes.append(("organisation", weight, f"'{following}' after it"))
    if after and not between and after[0].key in _PLURAL_VERBS and not after[0].text[:1].isupper():
        # "Iran and Turkey are": two subjects; "Passengers of Flight 752 were": the verb is the head noun's
        not_the_subject = object_of_preposition or (bool(before) and before[-1].key in _NOT_BEFORE_A_SUBJECT)
        if not not_the_subject and not occurrence.possessive:
            votes.append(("organisation", 2, f"'{after[0].key}' after it"))
    team_verb = _PLURAL_AFTER_A_CLAUSE.match(text, occurrence.end)
    if team_verb and not (before and before[-1].key in _NOT_BEFORE_A_SUBJECT) and not occurrence.possessive:
        # "Galatasaray, who lead the league, are in talks", "Manchester City, the champions, are fifth"
        votes.append(("organisation", 3.5, f"'{team_verb.group(1)}' after a clause after it"))
    elif _SCORE_AFTER.match(text, occurrence.end):  # "Inter Milan won 2-1", "Arsenal beat Real Madrid 3-0"
        votes.append(("organisation", 2, "a score after it"))
    elif (other_side := _AND_THE_OTHER_SIDE.match(text, occurrence.end)) and re.match(
        r"[ \u00a0]+(?:drew|draw|tied|played|shared)\b", text[other_side.end() : other_side.end() + 10]
    ):  # "Persepolis and Esteghlal drew 0-0": the two sides of a match
        if _SCORE_AFTER.match(text, other_side.end()):
            votes.append(("organisation", 2, "a score after it and the other side"))
    elif (clause_after := _CLAUSE_AFTER.match(text, occurrence.end)) and _SCORE_AFTER.match(text, clause_after.end()):
        # "Zenit Saint Petersburg, the Russian champions until last year, lost 2-1 to Krasnodar"
        votes.append(("organisation", 2, "a score after a clause after it"))
    leading = text[max(0, occurrence.start - 60) : occurrence.start]
    if _SCORE_BEFORE.search(leading):  # "lost 2-1 to Krasnodar", "a 4-0 win over VfB Stuttgart"
        votes.append(("organisation", 2.5, "a score before it"))
    elif _PLAYED_FOR.search(leading):  # "plays for Kashima Antlers", "scored twice for Al-Ittihad"
        votes.append(("organisation", 2.5, f"after '{leading.split()[-1]}' a player's side"))
    if _their_after(text, tokens, following_index) and not (before and before[-1].key in ("and", "or")):
        # "Bayern Munich extended their lead", "Besiktas sacked their coach": a team, as British copy writes it
        votes.append(("organisation", 2, "'their' after its verb"))
    clause = re.match(r",[ \u00a0]+(which|who)\b", text[occurrence.end : occurrence.end + 8])
    if clause and not team_verb:  # "Kick Sauber, which becomes...", "Tom Quinn, who..."
        votes.append(
            ("person", 1.5, "', who' after it")
            if clause.group(1) == "who"
            else ("organisation", 1, "', which' after it")
        )
    if len(before) >= 2 and previous.key == "in" and before[-2].key in _INVESTED and not after_the:
        votes.append(("organisation", 2.5, f"after '{before[-2].key} in'"))  # "invested 8 billion dollars in X"
    if len(before) >= 2 and previous.key in ("of", "in") and before[-2].key in _OWNED_NOUNS and not after_the:
        votes.append(("organisation", 2, f"after '{before[-2].key} {previous.key}'"))  # "shares of Goldman Sachs"
    if _WHOSE_HEAD.match(text, occurrence.end):  # "A.P. Moller-Maersk, whose chief executive ..."
        votes.append(("organisation", 2.5, "', whose' and its head or shares after it"))
    if one_word and len(before) >= 2 and previous.key == "by" and before[-2].key in _OWNED_BY and not after_the:
        # "Zenit, owned by Gazprom"; a person's first mention has two words: "a refiner owned by Mukesh Ambani"
        votes.append(("organisation", 2.5, f"after '{before[-2].key} by'"))
    if not occurrence.possessive and _AGE_AFTER.match(text, occurrence.end):  # "Kaya, 24, scored twice"
        votes.append(("person", 3, "an age after it"))
    if occurrence.possessive:
        owned = [t.key for t in tokens[following_index : following_index + 3] if t.text.islower()]
        if owned[:2] == ["chief", "executive"]:  # "Lilly's chief executive"
            votes.append(("organisation", 2, "'chief executive' after it"))
        elif owned[:1] and owned[0] in _A_TEAMS_OWN and tokens[following_index].text.islower():
            votes.append(("organisation", 3.5, f"'{owned[0]}' after it"))  # "Spartak Moscow's captain"
        elif owned[:1] and owned[0] in _KIN and tokens[following_index].text.islower():
            votes.append(("person", 2.5, f"'{owned[0]}' after it"))  # "Demir's wife", "Yildiz's funeral"
        elif any(key in TERM_NOUNS for key in owned) and owned[:1] not in (["assistant"], ["assistants"]):
            # "Lilly's weight-loss injection", "Novartis's heart drug"; not "Mourinho's assistant", a person's
            votes.append(("organisation", 1.5, "a product after it"))
    owned_past_a_clause = None if occurrence.possessive else _CLAUSE_THEN_OWN.match(text, occurrence.end)
    if owned_past_a_clause:  # "Hamas, weakened by the war in Gaza, lost its offices"
        owner = owned_past_a_clause.group(1)
        votes.append(
            ("organisation", 1.5, f"'{owner}' after its verb past a clause")
            if owner in ("its", "their")
            else ("person", 2, f"'{owner}' after its verb past a clause")
        )
    if not occurrence.possessive:
        pronoun = _pronoun_after(text, tokens, following_index)
        if pronoun == "its":  # "Goldman Sachs raised its forecast"
            votes.append(("organisation", 1.5, "'its' after it"))
        elif pronoun:  # "Morgan said his ..."
            votes.append(("person", 2, f"'{pronoun}' after it"))
    if one_word and not occurrence.possessive and not _about_sport(hit) and _of_a_country_end(text, occurrence.end):
        # "Novartis of Switzerland said", "Hanwha of South Korea": a firm and its home; not in sport, whose
        # players are "of" their countries ("Ruud of Norway")
        votes.append(("organisation", 1.5, "'of' and a country after it"))
    if occurrence.surface.isupper() and _ends_at(_AFTER_NUMBER, text, occurrence.start, 2):  # "737 MAX"
        votes.append(("term", 3, "a model's name after its number"))
    if one_word and not CLUB_WORDS.isdisjoint(hit.keys):  # not "Yamal" for "Lamine Yamal"
        votes.append(("organisation", 1.25, "a sentence about football clubs"))
    if re.match(f"[{_HYPHENS}]based\\b", text[occurrence.end : occurrence.end + 7]):
        votes.append(("place", 2, "'-based' after it"))
    return votes


def _demonym_of(place: str, words: set[str]) -> str:
    """The word of the copy that is the demonym of a name (its adjective of nationality or region, see
    :func:`~toolkit.glossary.demonyms.english_adjectives`), if any: a name whose copy writes its people's
    adjective is a place whatever verb follows it ('Britain said', 'British officials')."""
    return adjective_among(place, words)


_LIST_GAP = LazyPattern(r"[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)")


# the list goes on after its second member with a third: "Britain, France and Germany"; not an apposition or a
# clause ("In Tehran, Mohammad Bagher Ghalibaf, the speaker of parliament, said")
_LIST_GOES_ON = LazyPattern(r"[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)[A-Z]")


def _beside_a_place(hit: _Hit, inside: int, following_index: int) -> bool:
    """Whether a name stands in a list beside a country CLDR names or a place of the glossary: 'Britain,
    France and Germany', 'Iran and Britain'."""
    text, tokens, occurrence = hit.text, hit.tokens, hit.occurrence

    def a_place(start: int, end: int) -> bool:
        if any(s <= start and end <= e for s, e in hit.places):
            return True
        index = bisect.bisect_left(hit.starts, start)
        return index < len(tokens) and tokens[index].capitalised and (tokens[index].key,) in _territory_names()

    def listed(gap: re.Match, end: int) -> bool:
        # "and" or "or" makes a list; a comma alone only where the list goes on after its second member
        # ("Britain, France and Germany"; not "In China, DeepSeek rattled", "Orhan Pamuk, Turkey's only")
        return "and" in gap.group() or "or" in gap.group() or _LIST_GOES_ON.match(text, end) is not None

    after = _LIST_GAP.match(text, occurrence.end)
    if after and after.end() > occurrence.end and following_index < len(tokens):
        token = tokens[following_index]
        if token.start == after.end() and a_place(token.start, token.end) and listed(after, token.end):
            return True
    for token in tokens[max(0, inside - 2) : inside]:  # "Qatar and Britain", "Qatar, Britain"
        gap = _LIST_GAP.match(text, token.end)
        serial = "," in gap.group() and ("and" in gap.group() or "or" in gap.group()) if gap else False
        if serial and not re.search(r",[ \u00a0]*$", text[max(0, token.start - 40) : token.start]):
            continue  # "eight wickets for India, and Travis Head made 89": ", and" after one member opens a clause
        if (
            gap
            and gap.end() == occurrence.start
            and gap.end() > token.end
            and a_place(token.start, token.end)
            and listed(gap, occurrence.end)
        ):
            return True
    return False


def suggest(document: Document, glossary: Glossary, matcher: Matcher | None = None) -> list[Candidate]:
    """Uncovered names in one article (see :func:`find_candidates`)."""
    return find_candidates([document], glossary, matcher)
