"""Names no glossary covers: the detector, the stubs to approve, `glossary suggest` and `glossary add`.

The articles are written as news copy is, on different topics, each with the
exact list of names an editor should be offered: whole multi-word names, one
candidate per name however it is spelt, the right counts, and nothing from
headline case, sentence starts, titles, nationalities or months.
"""

import json
import textwrap

import pytest
import yaml
from click.testing import CliRunner

import toolkit.glossary.suggest as suggest_module
from toolkit.cli import main
from toolkit.glossary.load import load_glossary
from toolkit.glossary.match import Matcher
from toolkit.glossary.suggest import Candidate, covered_spans, find_candidates, mentions_outside, suggest
from toolkit.read.markdown import parse_markdown
from toolkit.read.text import parse_plain_text


def invoke(*args):
    return CliRunner().invoke(main, list(args))


DIPLOMACY = """Lavrov Heads to Ankara as Syria Talks Stall

Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday for talks with his Turkish counterpart \
Mevlüt Çavuşoğlu on the future of Idlib. Mr Lavrov, who has led Russian diplomacy since 2004, was expected to \
press Turkey on the withdrawal of heavy weapons.

"We have no illusions," Lavrov told reporters before the meeting. Speaking at a joint news conference, Cavusoglu \
said the two sides had agreed to keep talking. The Russian Foreign Ministry later published a short statement.

Analysts were cautious. Dmitri Trenin, director of the Carnegie Moscow Center, said Moscow and Ankara needed each \
other more than either admitted. According to Trenin, Sergey Lavrov's visit was "a signal to Washington as much \
as to Damascus".

Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that a further round was planned for March. \
Zakharova did not give a date.
"""

SYRIA = """Militants Tighten Grip on Idlib

Hayat Tahrir al-Sham (HTS), the group led by Abu Mohammad al-Jolani, has taken control of the Bab al-Hawa \
crossing on the border with Turkey, according to the Syrian Observatory for Human Rights. The Britain-based \
monitor said at least 40 fighters were killed in three days of clashes.

Jolani, a former al-Qaeda commander, appeared in a video released on Sunday. In it, al-Jolani called on \
residents to stay calm. HTS fighters were seen in the town of Sarmada, near the crossing.

Rami Abdel Rahman, who heads the Observatory, told AFP that HTS now controls most of the province. Abdel Rahman \
said the group had also detained several local officials.

Key facts: - HTS was formerly known as the al-Nusra Front. - The United Nations lists it as a terrorist \
organisation.
"""

GULF = """# Qatar Steps Up Mediation Between Washington and Tehran

Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, flew to Tehran on Monday with a message from \
Washington, officials in Doha said.

## A Familiar Role

Sheikh Mohammed met Foreign Minister Hossein Amir-Abdollahian and the secretary of Iran's Supreme National \
Security Council, Ali Akbar Ahmadian. Amir-Abdollahian later said the talks were "constructive".

The visit follows a prisoner exchange brokered by Doha in September. Under that deal, five Americans held in \
Iran's Evin Prison were released.

What was agreed:

- A second round of talks in Doha.
- Access for Iran to frozen funds held in South Korea.
"""

ECONOMY = """Bank of England Holds Rates as Iran Sanctions Bite

Bank of England Governor Andrew Bailey said on Thursday that rates would stay at 5.25 per cent. The Bank of \
England's decision was expected. Bailey warned that oil prices could rise further if shipping in the Strait of \
Hormuz was disrupted.

In Tehran, the rial fell to a record low. Economists at the University of Tehran blamed sanctions on the Islamic \
Revolutionary Guard Corps (IRGC), which controls much of the economy. The IRGC denied this.

Iran's Ministry of Foreign Affairs summoned the British ambassador. A ministry statement accused London of \
"economic terrorism".
"""

# every capitalised word here is capitalised for another reason than being a new name
TRAPS = """Officials Meet in Moscow Amid Tensions

Despite the cold, Russian and Turkish officials met in Moscow on Monday. Officials said little. "Nothing was \
agreed," one diplomat said. Asked about Syria, a spokesman replied: "Progress is slow."

Several Iranian delegates arrived in January. Western diplomats said the Kurdish and Sunni factions were \
divided, and the Iranians and Syrians agreed to meet again in May.

Talks Resume After Months Of Deadlock, Diplomats Say.

The agenda: 1. Security in Idlib. 2. Reconstruction. • Humanitarian corridors.

Turkish Defence Ministry sources and the Syrian Army declined to comment. President Putin's aide was present, \
as were Foreign Ministry staff and the Chief of Staff. Prime Minister Imad Khamis was not. I spoke to a \
Moscow-based analyst on TV, who said Iran-backed and pro-Turkish groups were the Armed Forces' main concern.
"""


def plain(text, name="article"):
    return parse_plain_text(text, name)


def table(candidates):
    return [(c.name, c.short, c.variants, c.count, c.type) for c in candidates]


@pytest.fixture(scope="module")
def small_glossary(tmp_path_factory):
    """A glossary with a few places and no people, so the people of the test sentences are new."""
    path = tmp_path_factory.mktemp("small") / "small.yaml"
    path.write_text(
        textwrap.dedent("""\
        - id: qatar
          type: place
          en: {name: Qatar}
        - id: russia
          type: place
          en: {name: Russia}
        - id: moscow
          type: place
          en: {name: Moscow}
        - id: tehran
          type: place
          en: {name: Tehran}
        - id: supreme-leader
          type: title
          en: {name: Supreme Leader}
        """),
        encoding="utf-8",
    )
    return load_glossary([path])


def names_in(sentence, glossary):
    return [c.name for c in find_candidates([plain("Title\n\n" + sentence)], glossary)]


# --- the detector: whole articles -------------------------------------------------------------------------


def test_a_diplomacy_article(glossary):
    assert table(suggest(plain(DIPLOMACY, "lavrov"), glossary)) == [
        ("Sergei Lavrov", "Lavrov", ["Sergey Lavrov"], 5, "person"),
        ("Dmitri Trenin", "Trenin", [], 2, "person"),
        ("Maria Zakharova", "Zakharova", [], 2, "person"),
        ("Mevlüt Çavuşoğlu", "Çavuşoğlu", [], 2, "person"),  # the short form as the name spells it
        ("Carnegie Moscow Center", None, [], 1, "organisation"),
        ("Damascus", None, [], 1, "place"),
    ]


def test_a_syria_article(glossary):
    assert table(suggest(plain(SYRIA, "idlib"), glossary)) == [
        ("Hayat Tahrir al-Sham", "HTS", [], 5, "organisation"),
        ("Abu Mohammad al-Jolani", "Jolani", ["al-Jolani"], 3, "person"),
        ("Rami Abdel Rahman", "Abdel Rahman", [], 2, "person"),
        ("AFP", None, [], 1, "organisation"),
        ("Bab al-Hawa", None, [], 1, "place"),
        ("Sarmada", None, [], 1, "place"),
        ("Syrian Observatory for Human Rights", None, [], 1, "organisation"),
        ("United Nations", None, [], 1, "organisation"),
    ]


def test_a_gulf_article_in_markdown(glossary):
    assert table(suggest(parse_markdown(GULF, "gulf"), glossary)) == [
        ("Doha", None, [], 3, "place"),
        ("Hossein Amir-Abdollahian", "Amir-Abdollahian", [], 2, "person"),
        ("Mohammed bin Abdulrahman Al Thani", "Mohammed", [], 2, "person"),
        ("Ali Akbar Ahmadian", None, [], 1, "person"),
        ("Evin Prison", None, [], 1, "place"),
        ("South Korea", None, [], 1, "place"),
        ("Supreme National Security Council", None, [], 1, "organisation"),
    ]


def test_an_economy_article(glossary):
    assert table(suggest(plain(ECONOMY, "rates"), glossary)) == [
        ("Bank of England", None, [], 3, "organisation"),
        ("Islamic Revolutionary Guard Corps", "IRGC", [], 3, "organisation"),
        ("Andrew Bailey", "Bailey", [], 2, "person"),
        ("London", None, [], 1, "place"),
        ("Ministry of Foreign Affairs", None, [], 1, "organisation"),
        ("Strait of Hormuz", None, [], 1, "place"),
        ("University of Tehran", None, [], 1, "organisation"),
    ]


def test_no_candidate_from_headline_case_sentence_starts_titles_nationalities_or_months(glossary):
    assert suggest(plain(TRAPS), glossary) == []


def test_the_seed_article_has_no_uncovered_names(glossary, seed_document):
    assert suggest(seed_document, glossary) == []


def test_counts_take_in_headlines_and_sentence_starts(glossary):
    lavrov = suggest(plain(DIPLOMACY, "lavrov"), glossary)[0]
    assert [(o.segment, o.surface, o.possessive) for o in lavrov.occurrences] == [
        ("1.1", "Lavrov", False),  # the headline
        ("2.1", "Sergei Lavrov", False),
        ("2.2", "Lavrov", False),  # "Mr Lavrov"
        ("3.1", "Lavrov", False),  # opens the sentence, after a quotation
        ("4.3", "Sergey Lavrov", True),
    ]


def test_contexts_are_the_sentences_shortened_around_the_name(glossary):
    trenin = suggest(plain(DIPLOMACY, "lavrov"), glossary)[1]
    assert [(c.article, c.segment, c.text) for c in trenin.contexts_found] == [
        ("lavrov", "4.2", "Dmitri Trenin, director of the Carnegie Moscow Center, said Moscow and Ankara…"),
        ("lavrov", "4.3", "According to Trenin, Sergey Lavrov's visit was \"a signal to Washington as much as to…"),
    ]
    assert trenin.contexts == [c.text for c in trenin.contexts_found]


def test_a_name_met_in_several_articles_is_one_candidate_with_contexts_from_each(glossary):
    other = plain(
        "Kremlin Signals Flexibility\n\nSergey Lavrov's deputy flew to Doha. There, Lavrov's envoy "
        "met Qatari officials.",
        "doha",
    )
    found = find_candidates([plain(DIPLOMACY, "lavrov"), other], glossary)
    (lavrov,) = [c for c in found if "Lavrov" in c.name]
    # "Sergey" is now met twice, "Sergei" once: the spelling met most is the name
    assert (lavrov.name, lavrov.short, lavrov.variants) == ("Sergey Lavrov", "Lavrov", ["Sergei Lavrov"])
    assert (lavrov.count, lavrov.articles) == (7, ["lavrov", "doha"])
    assert [(c.article, c.segment) for c in lavrov.contexts_found] == [
        ("lavrov", "2.1"),
        ("doha", "2.1"),
        ("lavrov", "2.2"),
    ]


# --- the detector: names inside names ---------------------------------------------------------------------


def test_a_glossary_name_inside_a_longer_name_is_part_of_it(glossary):
    text = "Analysts at the Carnegie Moscow Center said Moscow would wait."
    (center,) = [c for c in find_candidates([plain("Title\n\n" + text)], glossary)]
    (occurrence,) = center.occurrences
    assert (occurrence.segment, occurrence.start, occurrence.end, occurrence.surface) == (
        "2.1",
        16,
        38,
        "Carnegie Moscow Center",
    )
    (inside,) = occurrence.glossary_inside
    assert (inside.entry_id, inside.start, inside.end, inside.surface) == ("moscow", 25, 31, "Moscow")
    assert center.glossary_inside == [("moscow", "Moscow")]
    spans = covered_spans([center])
    assert spans == {("article", "2.1"): [(16, 38)]}
    mentions = Matcher(glossary).find(text)
    assert [(m.entry_id, m.start) for m in mentions] == [("moscow", 25), ("moscow", 44)]
    assert [(m.entry_id, m.start) for m in mentions_outside(mentions, spans[("article", "2.1")])] == [("moscow", 44)]


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Officials said Emir of Qatar Tamim bin Hamad Al Thani arrived late.", ["Tamim bin Hamad Al Thani"]),
        ("The video showed Abu Mohammad al-Jolani in Idlib.", ["Abu Mohammad al-Jolani", "Idlib"]),
        ("Rates were held by the Bank of England on Thursday.", ["Bank of England"]),
        ("She studied at the University of Tehran for a year.", ["University of Tehran"]),
        ("Sanctions hit the Islamic Revolutionary Guard Corps again.", ["Islamic Revolutionary Guard Corps"]),
        ("A letter from the Ministry of Foreign Affairs was read out.", ["Ministry of Foreign Affairs"]),
        ("He spoke at the Carnegie Moscow Center last week.", ["Carnegie Moscow Center"]),
        (
            "A report by the Centre for Strategic and International Studies followed.",
            ["Centre for Strategic and International Studies"],
        ),
        (
            "The crowd cheered Martin Luther King III and Ludwig van Beethoven's music.",
            ["Ludwig van Beethoven", "Martin Luther King III"],
        ),
        (
            "Shares in General Electric fell as the UN General Assembly met.",
            ["General Electric", "UN General Assembly"],
        ),
        ("He met the Supreme Leader and later the Islamic State's envoy.", ["Islamic State"]),
        ("Analysts at Moscow State University disagreed.", ["Moscow State University"]),
        ("A report by the Institute for the Study of War followed.", ["Institute for the Study of War"]),
        (
            "Officials said the Kurdistan Workers' Party and the Republican People's Party met.",
            ["Kurdistan Workers' Party", "Republican People's Party"],
        ),
        (
            "UN officials met staff of the International Committee of the Red Cross.",
            ["International Committee of the Red Cross", "UN"],
        ),
        ("Fighting spread from Deir ez-Zor to Ras al-Ain and Al-Hasakah.", ["Al-Hasakah", "Deir ez-Zor", "Ras al-Ain"]),
        (
            "Officials said Abd al-Rahman al-Khatib and Umm Ahmad al-Khatib were detained.",
            ["Abd al-Rahman al-Khatib", "Umm Ahmad al-Khatib"],
        ),
    ],
)
def test_multi_word_names_stay_whole(small_glossary, sentence, names):
    assert sorted(names_in(sentence, small_glossary)) == sorted(names)


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("On Monday Bank of England Governor Andrew Bailey spoke.", ["Andrew Bailey", "Bank of England"]),
        (
            "He met Head of the International Atomic Energy Agency Rafael Grossi in Vienna.",
            ["International Atomic Energy Agency", "Rafael Grossi", "Vienna"],
        ),
        ("Later, Secretary of State Antony Blinken left.", ["Antony Blinken"]),
        ("It was Crown Prince Mohammed bin Salman who called.", ["Mohammed bin Salman"]),
        ("Troops loyal to Lieutenant General Khalifa Haftar advanced.", ["Khalifa Haftar"]),
        (
            "Officials said Islamic Revolutionary Guard Corps Commander Hossein Salami was there.",
            ["Hossein Salami", "Islamic Revolutionary Guard Corps"],
        ),
        ("Officials said Russian Foreign Minister Sergei Lavrov and Mr Peskov agreed.", ["Peskov", "Sergei Lavrov"]),
        ("He called Lavrov of Russia an old friend.", ["Lavrov"]),
        (
            "Opposition leader Özgür Özel of the Republican People's Party spoke.",
            ["Republican People's Party", "Özgür Özel"],
        ),
        (
            "He quoted Abraham Lincoln of Illinois but not Joan of Arc or the Wolf of Anatolia.",
            ["Abraham Lincoln", "Illinois", "Joan of Arc", "Wolf of Anatolia"],
        ),
    ],
)
def test_titles_are_cut_from_names(small_glossary, sentence, names):
    assert sorted(names_in(sentence, small_glossary)) == sorted(names)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Officials at the Foreign Ministry and the Syrian Army declined to comment.", []),
        ("He said the Armed Forces and the Defence Ministry were ready.", []),
        ("He was Chief of Staff under Prime Minister Ahmed until the Interior Ministry fired him.", ["Ahmed"]),
        ("Sunni Muslims and Shia Muslims prayed together, Western diplomats said.", []),
        ("The Iranian Supreme Leader spoke after the Emir of Qatar left.", []),
        ("Officials from Iraqi and Syrian Kurdish groups met US-backed fighters in December.", []),
        ("Talks were held in a Moscow-based institute with pro-Kremlin and Iran-aligned experts.", []),
        ('As one diplomat put it: "They Play a Long Game in Every Capital."', []),
        ("During Ramadan and Eid, the Prophet's teachings on Islam were recited.", []),
    ],
)
def test_words_of_office_nationality_faith_and_time_are_no_names(small_glossary, sentence, expected):
    assert names_in(sentence, small_glossary) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nothing happened. Speaking later, officials denied it.",
        '"Negotiations are slow," officials said. (Further talks are planned.)',
        "The plan: Reconstruction first, then elections.",
        "The priorities: 1. Reconstruction. 2) Security.",
        "Points agreed • Reconstruction • Security",
        "Experts warned. Several officials agreed. Following the talks, nobody spoke.",
    ],
)
def test_common_words_that_open_a_sentence_clause_or_list_item_are_no_names(small_glossary, text):
    assert names_in(text, small_glossary) == []


# --- the detector: variants of one name -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, short, variants, count",
    [
        (
            "Sergei Lavrov spoke. Later, Sergey Lavrov left and Mr Lavrov's aide stayed.",
            "Sergei Lavrov",
            "Lavrov",
            ["Sergey Lavrov"],
            3,
        ),
        (
            "Officials said Mohammed bin Salman met Muhammad bin Salman's brother.",
            "Mohammed bin Salman",
            None,
            ["Muhammad bin Salman"],
            2,
        ),
        (
            "Officials said Hossein Amir-Abdollahian met aides of Hossein Amir Abdollahian.",
            "Hossein Amir-Abdollahian",
            None,
            [],
            2,
        ),
        (
            "Officials said Mevlüt Çavuşoğlu left. Later, Mevlut Cavusoglu returned and Çavuşoğlu spoke.",
            "Mevlüt Çavuşoğlu",
            "Çavuşoğlu",
            [],
            3,
        ),
        (
            "President Volodymyr Zelensky spoke; Zelenskyy's office and Mr Zelensky agreed.",
            "Volodymyr Zelensky",
            "Zelensky",
            ["Zelenskyy"],
            3,
        ),
        (
            "Officials said Sheikh Tamim bin Hamad Al Thani arrived. Sheikh Tamim later met Tamim bin Hamad's aides.",
            "Tamim bin Hamad Al Thani",
            "Tamim",
            ["Tamim bin Hamad"],
            3,
        ),
        (
            "Sources said Qasem Soleimani and later Qassem Suleimani were named, and Soleimani's men were seen.",
            "Qasem Soleimani",
            "Soleimani",
            ["Qassem Suleimani"],
            3,
        ),
        (
            "Sources said Iraqi Popular Mobilization Forces units joined the Popular Mobilization Forces.",
            "Popular Mobilization Forces",
            None,
            ["Iraqi Popular Mobilization Forces"],
            2,
        ),
        (
            "Critics say the European Union must act. Protesters gathered at the EU's offices.",
            "European Union",
            "EU",
            [],
            2,
        ),  # an acronym with one name of those initials, even undefined
        (
            "Officials said Hans-Peter von Weber chaired the forum. Von Weber said it would meet again.",
            "Hans-Peter von Weber",
            "von Weber",
            [],
            2,
        ),  # a surname keeps its particle, written as in the name even where it opens a sentence
        (
            "Officials said Ursula von der Leyen arrived; von der Leyen later spoke.",
            "Ursula von der Leyen",
            "von der Leyen",
            [],
            2,
        ),
        (
            "Historians said Charles de Gaulle was quoted. De Gaulle's words were read.",
            "Charles de Gaulle",
            "de Gaulle",
            [],
            2,
        ),
    ],
)
def test_spellings_of_one_name_are_merged(small_glossary, text, name, short, variants, count):
    (candidate,) = find_candidates([plain("Title\n\n" + text)], small_glossary)
    assert (candidate.name, candidate.short, candidate.variants, candidate.count) == (name, short, variants, count)


def test_a_surname_that_is_also_a_word_or_a_month_is_not_searched_alone(small_glossary):
    text = (
        "Officials said Theresa May and Martin Luther King III spoke. May 5 was chosen. "
        "Pope John Paul II and III Corps were mentioned."
    )
    found = {c.name: c.count for c in find_candidates([plain("Title\n\n" + text)], small_glossary)}
    assert found == {"Theresa May": 1, "Martin Luther King III": 1, "John Paul II": 1, "III Corps": 1}


def test_different_names_that_look_alike_stay_apart(small_glossary):
    text = (
        "Officials said Hassan Nasrallah and Hussein Nasrallah met. Later, Nasrallah spoke. Fighting in Gaza "
        "and Giza, and in Basra and Bosra, went on."
    )
    found = {c.name: c for c in find_candidates([plain("Title\n\n" + text)], small_glossary)}
    assert sorted(found) == ["Basra", "Bosra", "Gaza", "Giza", "Hassan Nasrallah", "Hussein Nasrallah", "Nasrallah"]
    assert found["Nasrallah"].ambiguous_short == ["Hassan Nasrallah", "Hussein Nasrallah"]


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Officials in Doha said so.", "Doha", "place"),
        ("He lived in the town of Sarmada for years.", "Sarmada", "place"),
        ("They reached the Bab al-Hawa crossing at noon.", "Bab al-Hawa", "place"),
        ("He was held in Evin Prison until May.", "Evin Prison", "place"),
        ("Reports said Dmitry Peskov told reporters nothing.", "Dmitry Peskov", "person"),
        ("Reports said spokeswoman Maria Zakharova disagreed.", "Maria Zakharova", "person"),
        ("Reports said the Kremlin said nothing.", "Kremlin", "organisation"),
        ("Reports said AFP and Reuters carried it.", "AFP", "organisation"),
        ("Reports said the Muslim Brotherhood won.", "Muslim Brotherhood", "organisation"),
        ("Reports said Abu Bakr al-Baghdadi was seen.", "Abu Bakr al-Baghdadi", "person"),
        ("Reports said the Astana Process resumed.", "Astana Process", "event"),
        ("Reports said Hezbollah fighters crossed.", "Hezbollah", "organisation"),
        ("Reports said Hamas leader Ismail Haniyeh was killed.", "Hamas", "organisation"),
        ("Reports said the Kremlin's spokesman declined.", "Kremlin", "organisation"),
        ("Reports said Southern Operational Command officers left.", "Southern Operational Command", "organisation"),
        ("Reports said the Black Sea Grain Initiative collapsed.", "Black Sea Grain Initiative", "event"),
        ("Reports said officials in New York and New York officials agreed.", "New York", "place"),
        ("Reports said the Pentagon and the Houthis disagreed.", "Houthis", "organisation"),
        ("Reports said fighting in the Donbas went on.", "Donbas", "place"),
        ("A report said Gen. Mark Milley had warned.", "Mark Milley", "person"),
        ('Take the so-called "Axis of Resistance" as an example.', "Axis of Resistance", "organisation"),
        ("Forces held the region east of the Euphrates.", "Euphrates", "place"),
        ("Reports said the Aqidat tribe rose up.", "Aqidat", "organisation"),
    ],
)
def test_the_type_is_guessed_from_the_name_and_its_context(small_glossary, sentence, name, kind):
    found = {c.name: c.type for c in find_candidates([plain("Title\n\n" + sentence)], small_glossary)}
    assert found[name] == kind


def test_hostile_input_is_bounded(small_glossary):
    names = [f"Q{index:04d}x" for index in range(600)]
    listed = f"Officials said {', '.join(names)} left. " * 2
    shouting = "Officials said " + " ".join(names) + " left."  # one run of 600 capitalised words: no name
    huge = "Officials said Q" + "x" * 5000 + " left."
    found = find_candidates([plain(f"Title\n\n{listed}\n\n{shouting}\n\n{huge}")], small_glossary)
    assert sorted(c.name for c in found) == sorted(names)
    assert {c.count for c in found} == {3}  # the run is no name, but each name in it is still counted
    assert max(len(context.text) for c in found for context in c.contexts_found) < 160


@pytest.mark.parametrize("opening", ["«", "“", "‘"])
def test_an_article_of_unclosed_quotation_marks_is_read_once(small_glossary, opening):
    # each opening mark without its closing one used to be followed to the end of the article: thousands of them
    # (a paste gone wrong, or a desk's own quotation style the reader does not know) took seconds per article.
    # A quotation now stops at the next opening mark, so no stretch of the text is read more than once.
    text = "Officials said " + f"{opening}words " * 2_000 + "and Ahmed Qasemi left."
    found = find_candidates([plain(f"Title\n\n{text}")], small_glossary)
    assert [c.name for c in found] == ["Ahmed Qasemi"]
    closing = {"«": "»", "“": "”", "‘": "’"}[opening]
    spans = [match.group() for match in suggest_module._QUOTATIONS.finditer(text + closing)]
    assert spans == [f"{opening}words and Ahmed Qasemi left.{closing}"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("He quoted “They Play a Long Game” and “Ahmed Qasemi Left Early” in turn.", []),
        ("He cited «They Play a Long Game» after Ahmed Qasemi spoke.", ["Ahmed Qasemi"]),
        ("A stray “ mark, then «They Play a Long Game», then Ahmed Qasemi.", ["Ahmed Qasemi"]),
        ("He called it ‘They Play a Long Game’ before Ahmed Qasemi spoke.", ["Ahmed Qasemi"]),
    ],
)
def test_quotations_in_title_case_are_still_no_names(small_glossary, sentence, expected):
    assert names_in(sentence, small_glossary) == expected


def test_candidates_keep_the_report_interface(glossary):
    candidate: Candidate = suggest(plain(SYRIA, "idlib"), glossary)[1]
    assert (candidate.guessed_type, candidate.shorter) == ("person", ["Jolani", "al-Jolani"])


# --- stubs to approve -------------------------------------------------------------------------------------

LAVROV_RENDERINGS = {"ar": "سيرغي لافروف", "fa": "سرگئی لاوروف", "tr": "Sergey Lavrov", "ru": "Сергей Лавров"}


def lavrov_and_trenin(glossary, provisional=None):
    from toolkit.glossary.stubs import build_stubs

    return build_stubs(suggest(plain(DIPLOMACY, "lavrov"), glossary)[:2], glossary, provisional)


def stub_text(stub):
    from toolkit.glossary.stubs import stubs_yaml

    return stubs_yaml([stub]).split("\n\n", 1)[1]  # without the header


def test_a_stub_without_machine_output_says_so_for_each_language(glossary):
    trenin = lavrov_and_trenin(glossary)[1]
    assert stub_text(trenin) == textwrap.dedent("""\
        # Dmitri Trenin: 2 times in 1 article (lavrov)
        #   lavrov 4.2: Dmitri Trenin, director of the Carnegie Moscow Center, said Moscow and Ankara…
        #   lavrov 4.3: According to Trenin, Sergey Lavrov's visit was "a signal to Washington as much as to…
        # type: a guess (its short form used alone)
        # renderings: none yet (no machine output for this name in this run)
        - id: trenin
          type: person
          en: {name: Dmitri Trenin, short: Trenin}
          # ar: no machine output for this name yet: write the Arabic rendering
          # fa: no machine output for this name yet: write the Persian rendering
          # tr: no machine output for this name yet: write the Turkish rendering (toolkit glossary forms "..." --lang tr proposes its suffixed forms)
          # ru: no machine output for this name yet: write the Russian rendering with its six cases (toolkit glossary forms "..." --lang ru proposes them)
        """)
    assert [(code, r.name, r.missing) for code, r in trenin.renderings.items()] == [
        (code, None, "no machine output for this name yet") for code in ("ar", "fa", "tr", "ru")
    ]


@pytest.mark.parametrize(
    ("copied", "searched", "given", "header"),
    [
        (  # every language from a test copy model
            ["ar", "fa", "tr", "ru"],
            [],
            {},
            "# renderings: none (a test copy model translated this run: its output copies the English; install a "
            "real model, or write each rendering)",
        ),
        (  # the reviewed memory gave the Russian and Turkish renderings, a copy model the rest
            ["ar", "fa"],
            [],
            {"tr": "Dmitri Trenin", "ru": "Дмитрий Тренин"},
            "# renderings: tr, ru from the model's output in this run (provisional); ar, fa: a test copy model's "
            "output, which copies the English",
        ),
        (  # a real model's output searched in vain in one language, copies in the others
            ["ar", "fa", "tr"],
            ["ru"],
            {},
            "# renderings: none (ru: not found in the model's output; ar, fa, tr: a test copy model's output, which "
            "copies the English)",
        ),
    ],
)
def test_a_stub_says_a_test_copy_model_wrote_no_rendering_rather_than_no_machine_output(
    glossary, copied, searched, given, header
):
    from toolkit.glossary.stubs import build_stubs

    candidates = suggest(plain(DIPLOMACY, "lavrov"), glossary)[1:2]
    trenin = build_stubs(candidates, glossary, {"Dmitri Trenin": given}, searched=searched, copied=copied)[0]
    text = stub_text(trenin)
    assert header in text.splitlines()
    assert "no machine output" not in text
    for code in copied:
        assert trenin.renderings[code].copied and trenin.renderings[code].name is None
        assert (
            f"  # {code}: a test copy model translated this run, and its output copies the English: write the " in text
        )
    assert [code for code, r in trenin.renderings.items() if r.name] == list(given)


def test_a_stub_is_prefilled_with_the_provisional_renderings_and_their_forms(glossary):
    lavrov = lavrov_and_trenin(glossary, {"Sergei Lavrov": LAVROV_RENDERINGS})[0]
    assert stub_text(lavrov) == textwrap.dedent("""\
        # Sergei Lavrov: 5 times in 1 article (lavrov)
        #   lavrov 2.1: Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday for talks with his Turkish counterpart…
        #   lavrov 2.2: Mr Lavrov, who has led Russian diplomacy since 2004, was expected to press…
        #   lavrov 3.1: "We have no illusions," Lavrov told reporters before the meeting.
        # type: a guess (its short form used alone; after 'minister'; after 'mr')
        # renderings: ar, fa, tr, ru from the model's output in this run (provisional)
        - id: lavrov
          type: person
          en:
            name: Sergei Lavrov
            short: Lavrov
            variants: [Sergey Lavrov]
          ar: {name: سيرغي لافروف, short: لافروف}
          # check ar.short: cut from the name, where 'Lavrov' stands in 'Sergei Lavrov'
          fa: {name: سرگئی لاوروف, short: لاوروف}
          # check fa.short: cut from the name, where 'Lavrov' stands in 'Sergei Lavrov'
          tr:
            name: Sergey Lavrov
            # gen Sergey Lavrov'un, acc Sergey Lavrov'u, dat Sergey Lavrov'a, loc Sergey Lavrov'da, abl Sergey Lavrov'dan, ins Sergey Lavrov'la
            short: Lavrov
            # gen Lavrov'un, acc Lavrov'u, dat Lavrov'a, loc Lavrov'da, abl Lavrov'dan, ins Lavrov'la
          # check tr.short: cut from the name, where 'Lavrov' stands in 'Sergei Lavrov'
          ru:
            name: {nom: Сергей Лавров, gen: Сергея Лаврова, dat: Сергею Лаврову, acc: Сергея Лаврова, ins: Сергеем Лавровым, prep: Сергее Лаврове}
            short: {nom: Лавров, gen: Лаврова, dat: Лаврову, acc: Лаврова, ins: Лавровым, prep: Лаврове}
          # check ru.short: cut from the name, where 'Lavrov' stands in 'Sergei Lavrov'
        """)
    assert lavrov.renderings["ru"].forms["short"]["ins"] == "Лавровым"


def test_stubs_once_checked_load_as_glossary_entries(glossary, tmp_path):
    from toolkit.glossary.stubs import stubs_yaml

    stubs = lavrov_and_trenin(glossary, {"Sergei Lavrov": LAVROV_RENDERINGS})
    path = tmp_path / "stubs.yaml"
    path.write_text(stubs_yaml(stubs), encoding="utf-8")
    loaded = load_glossary([path])
    assert not loaded.findings
    assert loaded["lavrov"].renderings["ru"].full["gen"] == "Сергея Лаврова"
    assert loaded["lavrov"].renderings["tr"].full == {"nom": "Sergey Lavrov"}
    assert list(loaded["trenin"].renderings) == []


@pytest.mark.parametrize(
    "language, given, written",
    [
        ("ru", "Trenin", "# ru: the model left it in Latin letters (Trenin): write the Russian rendering"),
        ("ar", "Trenin", "# ar: the model left it in Latin letters (Trenin): write the Arabic rendering"),
        ("tr", "Тренин", "# tr: the model's output is not in Latin letters (Тренин): write the Turkish rendering"),
        ("fa", "ترنین\u200b", "# fa: the model's output contains control or invisible characters"),
        ("ru", "Т" * 300, "# ru: the model's output is too long for a name (300 characters)"),
    ],
)
def test_machine_output_that_cannot_be_a_rendering_is_not_proposed(glossary, language, given, written):
    trenin = lavrov_and_trenin(glossary, {"Dmitri Trenin": {language: given}})[1]
    assert trenin.renderings[language].name is None
    assert f"\n  {written}" in stub_text(trenin)


@pytest.mark.parametrize(
    "given",
    [
        "دميتري \u08a4رنين",  # Arabic Extended-A: feh with a dot below and three dots above
        "دميتري ترنين\u08b4",  # kaf with a dot below
        "د\u0886ميتري ترنين",  # Arabic Extended-B: thin yeh
        "ديميتري ترنين",
    ],
)
def test_a_rendering_with_letters_of_any_arabic_script_block_is_proposed(glossary, given):
    trenin = lavrov_and_trenin(glossary, {"Dmitri Trenin": {"ar": given}})[1]
    assert trenin.renderings["ar"].name == given
    assert "not all in Arabic script" not in stub_text(trenin)


def test_the_glossary_lint_rules_check_the_proposed_renderings(glossary):
    arabic_letters_in_persian = {"fa": "ديميتري ترنين"}
    trenin = lavrov_and_trenin(glossary, {"Dmitri Trenin": arabic_letters_in_persian})[1]
    assert (
        "  # check: fa.name uses Arabic ي/ك in Persian: 'ديميتري ترنين' (use Persian ی (U+06CC) and ک (U+06A9))\n"
    ) in stub_text(trenin)


def test_doubtful_forms_are_marked_for_checking(glossary):
    from toolkit.glossary.stubs import build_stubs

    (chaplin,) = build_stubs(
        find_candidates([plain("Title\n\nOfficials said Charlie Chaplin left.")], glossary),
        glossary,
        {"Charlie Chaplin": {"ru": "Чарли Чаплин"}},
    )
    (doubt,) = chaplin.renderings["ru"].doubts
    assert (doubt.field, doubt.cases, dict(doubt.alternative)) == ("ru.name", ("ins",), {"ins": "Чаплиным"})
    lines = stub_text(chaplin).splitlines()
    assert [line.strip()[:13] for line in lines if "# check" in line] == ["# check ins: "]


def test_the_short_rendering_is_cut_where_the_english_short_form_stands(glossary):
    from toolkit.glossary.stubs import build_stubs

    (jolani,) = build_stubs(
        [suggest(plain(SYRIA, "idlib"), glossary)[1]],
        glossary,
        {
            "Abu Mohammad al-Jolani": {
                "ar": "أبو محمد الجولاني",
                "ru": "Абу Мухаммад аль-Джулани",
                "fa": "ابومحمد جولانی",
            }
        },
    )
    assert [(code, r.short) for code, r in jolani.renderings.items()] == [
        ("ar", "الجولاني"),
        ("fa", None),
        ("tr", None),
        ("ru", "Джулани"),
    ]
    assert "\n  # fa.short: write the short rendering (for 'Jolani')\n" in stub_text(jolani)


def test_a_rendering_that_may_be_only_part_of_the_name_is_marked_for_checking(glossary):
    from toolkit.glossary.stubs import build_stubs

    text = (
        "Officials said Mehmet Ali Yıldırım met Abu Mohammad al-Jolani. Yıldırım and al-Jolani spoke. "
        "Both addressed the Caspian Energy Forum (CEF), and the CEF replied. Rifaat al-Assad was not there."
    )
    stubs = build_stubs(
        find_candidates([plain("Title\n\n" + text)], glossary),
        glossary,
        {
            "Mehmet Ali Yıldırım": {"ar": "علي يلدريم", "tr": "Mehmet Ali Yıldırım"},
            "Abu Mohammad al-Jolani": {"fa": "ابومحمد جولانی", "ar": "أبو محمد الجولاني"},
            "Caspian Energy Forum": {"tr": "CEF", "ar": "منتدى قزوين للطاقة"},
            "Rifaat al-Assad": {"ru": "Рифаат аль", "ar": "رفعت الأسد"},
        },
    )
    doubts = {
        (stub.name, code): [d.reason for d in rendering.doubts if d.field == f"{code}.name"]
        for stub in stubs
        for code, rendering in stub.renderings.items()
        if rendering.name
    }
    assert doubts[("Mehmet Ali Yıldırım", "ar")][0].startswith("2 words where 'Mehmet Ali Yıldırım' has 3:")
    assert doubts[("Caspian Energy Forum", "tr")][0].startswith("the acronym, not the name")
    assert doubts[("Rifaat al-Assad", "ru")][0].startswith("it ends in 'аль', a particle no name ends in")
    assert doubts[("Rifaat al-Assad", "ar")] == []
    # a whole name, the particles Persian writes joined, an organisation's name translated: nothing to check
    assert doubts[("Mehmet Ali Yıldırım", "tr")] == []
    assert doubts[("Abu Mohammad al-Jolani", "fa")] == doubts[("Abu Mohammad al-Jolani", "ar")] == []
    assert doubts[("Caspian Energy Forum", "ar")] == []
    (yildirim,) = [stub for stub in stubs if stub.name == "Mehmet Ali Yıldırım"]
    assert "\n  # check ar.name: 2 words where 'Mehmet Ali Yıldırım' has 3" in stub_text(yildirim)


def test_ids_are_unique_in_the_glossary_and_spellings_it_has_are_left_out(glossary):
    from toolkit.glossary.stubs import build_stubs

    khamis = Candidate("Mikhail Khamis", "Khamis", ["Mikhail Hamis"], type="person")  # 'Khamis' is Imad Khamis's
    asma = Candidate("Asma al-Assad", None, [], type="person")
    asma_again = Candidate("Asma Al-Assad", None, [], type="person")
    nusra = Candidate("al-Nusra Front", None, [], type="organisation")  # the glossary has the name itself
    stubs = build_stubs([khamis, asma, asma_again, nusra], glossary)
    assert [(s.id, s.name, s.short, s.variants, s.left_out) for s in stubs] == [
        ("mikhail-khamis", "Mikhail Khamis", None, ["Mikhail Hamis"], [("Khamis", "khamis")]),
        ("asma-al-assad", "Asma al-Assad", None, [], []),  # 'assad' is taken
        ("asma-al-assad-2", "Asma Al-Assad", None, [], []),
    ]
    assert "# left out: the spelling 'Khamis' belongs to the glossary entry khamis\n" in stub_text(stubs[0])


def test_a_new_person_whose_name_holds_a_glossary_person_is_flagged(glossary):
    from toolkit.glossary.stubs import build_stubs

    text = "Officials said Mojtaba Khamenei, a son of the Supreme Leader, was seen with Ali Khamenei."
    (mojtaba,) = build_stubs(find_candidates([plain("Title\n\n" + text)], glossary), glossary)
    assert (mojtaba.name, mojtaba.people_inside) == ("Mojtaba Khamenei", ["khamenei"])
    assert stub_text(mojtaba).splitlines()[2:5] == [
        "# type: a guess (a name of several words)",
        "# inside it: Khamenei (glossary entry khamenei) is part of this name, not rendered on its own here",
        "# note: if this is the person of the glossary entry khamenei, add 'Mojtaba Khamenei' to that entry's "
        "variants instead",
    ]


def test_comments_cannot_break_out_of_their_line(glossary, tmp_path):
    from toolkit.glossary.stubs import build_stubs, stubs_yaml

    # (U+2029 ends a paragraph in a plain-text article: the full stop keeps the first one a paragraph, not a heading)
    hostile = "Officials said Evil Corp\u2028- id: injected.\u2029left\u0085now."
    stubs = build_stubs(find_candidates([plain("Title\n\n" + hostile, "bad\nname")], glossary), glossary)
    path = tmp_path / "stubs.yaml"
    path.write_text(stubs_yaml(stubs), encoding="utf-8")
    # one entry, the firm's: named without its legal form, "Evil Corp" kept as a spelling met
    assert [(entry.id, entry.variants) for entry in load_glossary([path])] == [("evil", ("Evil Corp",))]


# --- toolkit glossary suggest -----------------------------------------------------------------------------


def test_suggest_reads_several_articles_and_folders(workspace):
    news = workspace / "news"
    news.mkdir()
    (news / "lavrov.txt").write_text(DIPLOMACY, encoding="utf-8")
    (news / "gulf.md").write_text(GULF, encoding="utf-8")
    (news / ".draft.txt").write_text("Hidden Ziggurat Zed met Zork.", encoding="utf-8")
    (workspace / "rates.txt").write_text(ECONOMY, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "suggest", "news", "rates.txt"])
    assert result.exit_code == 0, result.output
    assert result.stderr == "20 uncovered names in 3 articles\n"
    entries = yaml.safe_load(result.stdout)
    assert [entry["id"] for entry in entries][:4] == ["lavrov", "bank-of-england", "doha", "irgc"]
    assert "Zork" not in result.stdout


def test_suggest_json_gives_the_stubs_as_data(workspace):
    (workspace / "lavrov.txt").write_text(DIPLOMACY, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "suggest", "lavrov.txt", "--json", "--lang", "ru,tr"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"] == ["lavrov.txt"]
    center = next(name for name in data["names"] if name["id"] == "carnegie-moscow-center")
    assert center["en"] == {"name": "Carnegie Moscow Center", "short": None, "variants": []}
    assert (center["type"], center["count"], center["articles"]) == ("organisation", 1, ["lavrov"])
    assert center["occurrences"] == [
        {
            "article": "lavrov",
            "segment": "4.2",
            "start": 31,
            "end": 53,
            "surface": "Carnegie Moscow Center",
            "possessive": False,
            "glossary_inside": [{"entry": "moscow", "start": 40, "end": 46, "surface": "Moscow"}],
        }
    ]
    assert center["glossary_inside"] == [{"entry": "moscow", "surface": "Moscow"}]
    assert list(center["renderings"]) == ["tr", "ru"]
    assert center["renderings"]["ru"] == {
        "provisional": None,
        "name": None,
        "short": None,
        "short_from_name": False,
        "forms": None,
        "indeclinable": None,
        "doubts": [],
        "missing": "no machine output for this name yet",
    }


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["missing.txt"], "error: missing.txt: file not found"),
        (["empty"], "error: empty: no articles (.txt, .md, .markdown, .docx, .html, .htm) in this folder"),
        (["story.pdf"], "error: story.pdf: unsupported file type '.pdf'"),
    ],
)
def test_suggest_explains_what_it_cannot_read(workspace, arguments, message):
    (workspace / "empty").mkdir()
    (workspace / "story.pdf").write_bytes(b"%PDF")
    result = CliRunner().invoke(main, ["glossary", "suggest", *arguments])
    assert result.exit_code == 2 and result.stderr.startswith(message)


# --- toolkit glossary add ---------------------------------------------------------------------------------

APPROVED = """\
# Names no glossary entry covers yet (this header stays behind)

# Sergei Lavrov: 5 times in 1 article (lavrov)
# type: a guess (after 'minister')
- id: lavrov
  type: person
  en:
    name: Sergei Lavrov
    short: Lavrov
    variants: [Sergey Lavrov]
  ar: {name: سيرغي لافروف, short: لافروف}
  fa: {name: سرگئی لاوروف, short: لاوروف}
  tr:
    name: Sergey Lavrov
    # gen Sergey Lavrov'un, acc Sergey Lavrov'u
    short: Lavrov
  ru:
    name: {nom: Сергей Лавров, gen: Сергея Лаврова, dat: Сергею Лаврову, acc: Сергея Лаврова, ins: Сергеем Лавровым, prep: Сергее Лаврове}
    short: {nom: Лавров, gen: Лаврова, dat: Лаврову, acc: Лаврова, ins: Лавровым, prep: Лаврове}

# Doha: 3 times
- id: doha
  type: place
  en: {name: Doha}
  ar: {name: الدوحة}
  fa: {name: دوحه}
  tr: {name: Doha}
  ru: {name: {nom: Доха, gen: Дохи, dat: Дохе, acc: Доху, ins: Дохой, prep: Дохе}}
"""

APPENDED = "\n" + APPROVED.split("(after 'minister')\n")[1].replace("\n# Doha: 3 times\n", "\n")


def test_add_appends_approved_entries_and_keeps_the_file_byte_for_byte(workspace):
    target = workspace / "glossaries" / "people.yaml"
    before = target.read_bytes()
    (workspace / "approved.yaml").write_text(APPROVED, encoding="utf-8")
    result = invoke("glossary", "add", "approved.yaml", "--to", "glossaries/people.yaml")
    assert result.exit_code == 0, result.output
    assert result.output == "added 2 entries to glossaries/people.yaml from line 187: lavrov, doha\n"
    after = target.read_bytes()
    assert after[: len(before)] == before
    assert after[len(before) :].decode("utf-8") == APPENDED
    assert after.decode("utf-8").splitlines()[186] == "- id: lavrov"
    glossary = load_glossary([workspace / "glossaries"])
    assert not glossary.errors and glossary["lavrov"].location.line == 187
    assert [m.entry_id for m in Matcher(glossary).find("Sergey Lavrov's talks in Doha")] == ["lavrov", "doha"]
    assert invoke("glossary", "check").exit_code == 0


def test_a_dry_run_shows_the_text_and_writes_nothing(workspace):
    target = workspace / "glossaries" / "people.yaml"
    before = target.read_bytes()
    (workspace / "approved.yaml").write_text(APPROVED, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "add", "approved.yaml", "--to", str(target), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout == APPENDED
    assert result.stderr == f"would add 2 entries to {target} from line 187: lavrov, doha\n"
    assert target.read_bytes() == before


def test_the_round_trip_from_suggestion_to_glossary(workspace):
    from toolkit.glossary.stubs import build_stubs, stubs_yaml

    (workspace / "lavrov.txt").write_text(DIPLOMACY, encoding="utf-8")
    glossary = load_glossary([workspace / "glossaries"])
    candidates = [c for c in suggest(plain(DIPLOMACY, "lavrov"), glossary) if c.name == "Sergei Lavrov"]
    stubs = stubs_yaml(build_stubs(candidates, glossary, {"Sergei Lavrov": LAVROV_RENDERINGS}))
    (workspace / "stubs.yaml").write_text(stubs, encoding="utf-8")
    refused = invoke("glossary", "add", "stubs.yaml", "--to", "glossaries/people.yaml")
    assert refused.exit_code == 2 and refused.output.count("a '# check' line is still there") == 4
    # the editor checks the short forms cut from the name and deletes the four '# check' lines
    checked = "\n".join(line for line in stubs.splitlines() if not line.strip().startswith("# check"))
    (workspace / "stubs.yaml").write_text(checked + "\n", encoding="utf-8")
    added = invoke("glossary", "add", "stubs.yaml", "--to", "glossaries/people.yaml")
    assert added.exit_code == 0, added.output
    again = CliRunner().invoke(main, ["glossary", "suggest", "lavrov.txt"])
    assert "- id: lavrov" not in again.stdout and again.stderr == "5 uncovered names in lavrov.txt\n"
    assert invoke("glossary", "show", "Sergey Lavrov").output.startswith("lavrov (person) - glossaries/people.yaml:187")


REFUSED = """\
- id: lavrov
  type: person
  en: {name: Sergei Lavrov, short: Lavrov}
  ar: {name: سيرغي لافروف, short: لافروف}
  # check ar.short: cut from the name, where 'Lavrov' stands in 'Sergei Lavrov'
  fa: {name: ..., short: لاوروف}
  tr: {name: Sergey Lavrov, short: Lavrov}

- id: khamis
  type: person
  en: {name: Mikhail Khamis, variants: [Putin]}
  ar: {name: ميخائيل خميس}
  fa: {name: میخائیل خمیس}
  tr: {name: Mihail Hamis}
  ru: {name: Михаил Хамис, indeclinable: true}

- id: lavrov
  type: persn
  en: {name: Sergey Lavrov}
"""

REFUSAL = """\
stubs.yaml:1:3: error: lavrov: has no 'ru' rendering
  fix: add ru: {name: ...} to the entry
stubs.yaml:5:3: error: lavrov: a '# check' line is still there: ar.short: cut from the name, where 'Lavrov' stands in 'Sergei Lavrov'
  fix: check what it names, correct the entry if it is wrong, then delete the line
stubs.yaml:6:14: error: lavrov: fa.name is a placeholder: '...'
  fix: write the real text, or delete the line
stubs.yaml:9:3: error: khamis: the id 'khamis' is already defined at glossaries/people.yaml:57:3
  fix: choose another id; if it is the same name, add the new spellings to that entry instead
stubs.yaml:11:41: error: khamis: the spelling 'Putin' is already claimed by putin (glossaries/people.yaml:162:3)
  fix: keep the spelling in one entry only
stubs.yaml:18:9: error: lavrov: type 'persn' is not one of person, place, organisation, event, title, nickname, award, term
  fix: set type: to one of those
"""


def test_add_refuses_unchecked_placeholder_conflicting_and_invalid_entries(workspace):
    target = workspace / "glossaries" / "people.yaml"
    before = target.read_bytes()
    (workspace / "stubs.yaml").write_text(REFUSED, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "add", "stubs.yaml", "--to", "glossaries/people.yaml"])
    assert result.exit_code == 2
    assert result.stdout == REFUSAL
    assert result.stderr == "nothing added: 6 errors in stubs.yaml\n"
    assert target.read_bytes() == before


def test_two_new_entries_may_not_share_an_id_or_a_spelling(workspace):
    (workspace / "stubs.yaml").write_text(APPROVED + APPROVED.split("# Doha: 3 times\n")[1], encoding="utf-8")
    result = invoke("glossary", "add", "stubs.yaml", "--to", "glossaries/places.yaml")
    assert result.exit_code == 2
    assert "stubs.yaml:29:3: error: doha: the id 'doha' is already defined at stubs.yaml:22:3" in result.output


def test_languages_to_require_can_be_chosen(workspace):
    (workspace / "stubs.yaml").write_text(
        textwrap.dedent("""\
        - id: doha
          type: place
          en: {name: Doha}
          ar: {name: الدوحة}
          # fa: no machine output for this name yet: write the Persian rendering
        """),
        encoding="utf-8",
    )
    assert invoke("glossary", "add", "stubs.yaml", "--to", "glossaries/places.yaml").exit_code == 2
    result = invoke("glossary", "add", "stubs.yaml", "--to", "glossaries/places.yaml", "--lang", "ar")
    assert result.exit_code == 0 and result.output.startswith("added 1 entry to glossaries/places.yaml")
    appended = (workspace / "glossaries" / "places.yaml").read_text(encoding="utf-8").split("- id: doha\n")[1]
    assert appended.endswith("  # fa: no machine output for this name yet: write the Persian rendering\n")


@pytest.mark.parametrize(
    "existing, expected",
    [
        (b"", "- id: doha\n"),
        (b"# Desk names\n", "# Desk names\n\n- id: doha\n"),
        (
            b"- id: x\r\n  type: place\r\n  en: {name: X}",  # Windows line ends, no final one
            "- id: x\r\n  type: place\r\n  en: {name: X}\r\n\r\n- id: doha\r\n",
        ),
        (
            b"\xef\xbb\xbf- id: x\n  type: place\n  en: {name: X}\n\n\n",  # a byte-order mark, blank lines at the end
            "\ufeff- id: x\n  type: place\n  en: {name: X}\n\n\n- id: doha\n",
        ),
        (
            b"  - id: x\n    type: place\n    en: {name: X}\n",  # an indented list
            "  - id: x\n    type: place\n    en: {name: X}\n\n  - id: doha\n",
        ),
    ],
)
def test_the_entries_follow_the_file_as_it_is_written(workspace, existing, expected):
    target = workspace / "desk.yaml"
    target.write_bytes(existing)
    stubs = workspace / "stubs.yaml"
    stubs.write_text("- id: doha\n  type: place\n  en: {name: Doha}\n", encoding="utf-8")
    options = ["--to", "desk.yaml", "--lang", "ar", "--glossary", "desk.yaml"]
    assert invoke("glossary", "add", "stubs.yaml", *options).exit_code == 2  # no 'ar': nothing is written
    assert target.read_bytes() == existing
    stubs.write_text(
        "    - id: doha\n      type: place\n      en: {name: Doha}\n      ar: {name: الدوحة}\n", encoding="utf-8"
    )  # indented deeper than the file's list: moved to its column
    result = invoke("glossary", "add", "stubs.yaml", *options)
    assert result.exit_code == 0, result.output
    written = target.read_bytes()
    assert written.startswith(existing)
    newline = "\r\n" if b"\r\n" in existing else "\n"
    indent = "  " if existing.startswith(b"  ") else ""
    entry = (
        newline.join(
            indent + line for line in ["- id: doha", "  type: place", "  en: {name: Doha}", "  ar: {name: الدوحة}"]
        )
        + newline
    )
    assert written.decode("utf-8") == expected.removesuffix(indent + "- id: doha" + newline) + entry
    assert "doha" in load_glossary([target])


@pytest.mark.parametrize(
    "target_text, message",
    [
        ("[]\n", "the entries cannot be appended to this file as they are"),
        ("desk: names\n", "the entries cannot be appended to this file as they are"),
        ("- id: x\n  type: [\n", "the glossary file itself cannot be read"),
    ],
)
def test_a_file_that_is_not_a_list_of_entries_is_left_alone(workspace, target_text, message):
    target = workspace / "desk.yaml"
    target.write_text(target_text, encoding="utf-8")
    (workspace / "stubs.yaml").write_text(
        "- id: doha\n  type: place\n  en: {name: Doha}\n  ar: {name: الدوحة}\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["glossary", "add", "stubs.yaml", "--to", "desk.yaml", "--lang", "ar", "--glossary", "desk.yaml"]
    )
    assert result.exit_code == 2 and message in result.stderr
    assert target.read_text(encoding="utf-8") == target_text


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["stubs.yaml", "--to", "missing.yaml"], "error: missing.yaml: glossary file not found"),
        (["stubs.yaml", "--to", "glossaries"], "error: glossaries: is not a file"),
        (["stubs.yaml", "--to", "notes.txt"], "error: notes.txt: a glossary file ends in .yaml"),
        (
            ["stubs.yaml", "--to", "stubs.yaml"],
            "error: stubs.yaml: the entries to add and the glossary file are the same",
        ),
        (["missing.yaml", "--to", "glossaries/people.yaml"], "error: missing.yaml: file not found"),
        (["empty.yaml", "--to", "glossaries/people.yaml"], "error: empty.yaml: no entries to add"),
        (
            ["stubs.yaml"],
            "error: toolkit glossary add: missing option '--to'\n"
            "  fix: give --to (`toolkit glossary add --help` says what it takes)",
        ),
    ],
)
def test_add_explains_a_wrong_request(workspace, arguments, message):
    (workspace / "stubs.yaml").write_text(APPROVED, encoding="utf-8")
    (workspace / "empty.yaml").write_text("# nothing yet\n", encoding="utf-8")
    (workspace / "notes.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "add", *arguments])
    assert result.exit_code == 2 and message in result.stderr


def test_an_entry_whose_dash_stands_alone_is_appended_whole(workspace):
    entry = "-\n  id: doha\n  type: place\n  en: {name: Doha}\n  ar: {name: الدوحة}\n"
    (workspace / "stubs.yaml").write_text("# new\n" + entry, encoding="utf-8")
    result = invoke("glossary", "add", "stubs.yaml", "--to", "glossaries/places.yaml", "--lang", "ar")
    assert result.exit_code == 0, result.output
    text = (workspace / "glossaries" / "places.yaml").read_text(encoding="utf-8")
    assert text.endswith("\n\n" + entry)


def test_a_yaml_error_in_the_stubs_is_located(workspace):
    (workspace / "stubs.yaml").write_text("- id: doha\n  type: place\n  en: {name: Doha\n", encoding="utf-8")
    result = invoke("glossary", "add", "stubs.yaml", "--to", "glossaries/places.yaml")
    assert result.exit_code == 2 and result.output.startswith(
        "stubs.yaml:3:7: error: YAML syntax error: the bracket opened here is never closed"
    )


def test_a_linked_glossary_file_stays_a_link_and_keeps_its_permissions(workspace):
    real = workspace / "shared-desk.yaml"
    real.write_text("# shared\n", encoding="utf-8")
    real.chmod(0o664)
    (workspace / "desk.yaml").symlink_to(real)
    (workspace / "stubs.yaml").write_text(
        "- id: doha\n  type: place\n  en: {name: Doha}\n  ar: {name: الدوحة}\n", encoding="utf-8"
    )
    result = invoke("glossary", "add", "stubs.yaml", "--to", "desk.yaml", "--lang", "ar", "--glossary", "desk.yaml")
    assert result.exit_code == 0, result.output
    assert (workspace / "desk.yaml").is_symlink() and real.stat().st_mode & 0o777 == 0o664
    assert real.read_text(encoding="utf-8").startswith("# shared\n\n- id: doha\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Temperatures in Basra reached 51 °C on Tuesday and 124 °F in the desert.",
        "The archive of 2.3 GB and a 500 MB sample are on the Basra portal.",
        "Petrol cost 43.50 TRY in Basra, against 15,000 IRR and 58.90 RUB elsewhere.",
        "Officials in Basra paid TRY 1.5 billion, EUR 300 and USD 40 for the port.",
        "The quake struck Basra at 04:17 local time (01:17 GMT), officials said.",
        "Engineers in Basra tested 5G networks and a 4K camera.",
    ],
)
def test_units_currencies_time_zones_and_codes_written_with_a_number_are_no_names_in(sentence, glossary):
    assert names_in(sentence, glossary) == ["Basra"]


def test_the_same_capitals_without_a_number_before_them_are_still_read(glossary):
    assert "Gulf Bank" in names_in("Savers queued at Gulf Bank in Basra.", glossary)
    assert "TRY" not in names_in("Savers queued at Gulf Bank in Basra.", glossary)
    # an acronym alone is still offered: only a symbol after a number (or a currency's code before one) is passed over
    assert "CSV" in names_in("The Basra office sends CSV files.", glossary)
    assert "CSV" in names_in("The Basra office sends CSV 2 files.", glossary)


# --- datelines, firms' names and names that open a sentence -----------------------------------------------


def candidates_in(text, glossary):
    return {c.name: c.type for c in find_candidates([plain("Title\n\n" + text)], glossary)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("CAIRO — A court in Cairo jailed three activists on Sunday.", {"Cairo": "place"}),
        (
            "NEW YORK, Nov 25 (Reuters) - The Federal Reserve held rates.",
            {"New York": "place", "Reuters": "organisation", "Federal Reserve": "organisation"},
        ),
        ("KHARTOUM (AFP) — Fighting resumed on Monday.", {"Khartoum": "place", "AFP": "organisation"}),
        ("DEIR EZ-ZOR – Some residents fled the town.", {"Deir ez-Zor": "place"}),
        ("RAS AL-AIN — Several families returned.", {"Ras al-Ain": "place"}),
        # a city the glossary has is its entry's, as anywhere else
        ("MOSCOW — A court in Moscow jailed a journalist.", {}),
    ],
)
def test_a_dateline_city_is_a_place_spelt_as_running_text_and_the_word_after_its_dash_opens_the_sentence(
    small_glossary, text, expected
):
    assert candidates_in(text, small_glossary) == expected


def test_a_dateline_city_also_met_in_the_story_is_one_candidate_counted_everywhere(small_glossary):
    [beirut] = find_candidates([plain("Beirut calm\n\nBEIRUT — Banks reopened in Beirut on Monday.")], small_glossary)
    assert (beirut.name, beirut.type, beirut.count) == ("Beirut", "place", 3)


def test_capitals_that_open_a_paragraph_without_a_dash_are_no_dateline(small_glossary):
    assert candidates_in("NATO said on Monday that talks would resume.", small_glossary) == {"NATO": "organisation"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sales at Procter & Gamble rose in March.", "Procter & Gamble"),
        ("Investors sold Johnson & Johnson shares.", "Johnson & Johnson"),
        ("Analysts at S&P Global cut the rating.", "S&P Global"),
        ("Officials said AT&T had agreed.", "AT&T"),
        ("He shopped at Marks & Spencer on Saturday.", "Marks & Spencer"),
    ],
)
def test_a_name_written_with_an_ampersand_is_one_firm(small_glossary, text, name):
    assert candidates_in(text, small_glossary) == {name: "organisation"}


def test_two_glossary_names_joined_by_an_ampersand_stay_two_names(small_glossary):
    assert candidates_in("Officials from Russia & Qatar met in Doha.", small_glossary) == {"Doha": "place"}


@pytest.mark.parametrize(
    "text, name",
    [
        # the word after is a capitalised function word: the opening word is the name's
        ("Reporters Without Borders condemned the verdict. Reporters were barred.", "Reporters Without Borders"),
        ("Doctors Without Borders said its clinic was hit. Doctors treated dozens.", "Doctors Without Borders"),
        # the acronym in brackets has its initials
        ("Human Rights Watch (HRW) said the human cost was high.", "Human Rights Watch"),
        # the two words are capitalised together inside a sentence elsewhere
        (
            "Human Rights Watch said so. A report by Human Rights Watch followed. The human cost was high.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_common_word_opening_a_sentence_stays_when_the_name_needs_it(small_glossary, text, name):
    assert list(candidates_in(text, small_glossary)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # words capitalised together only in a line in headline case attest no name
        "Talks Resume After Months Of Deadlock In Geneva\n\nTalks Resume was the word. The talks resume today.",
        "Experts warned. Experts Group said the experts were wrong.",
    ],
)
def test_a_common_word_opening_a_sentence_is_still_no_name_on_its_own(small_glossary, text):
    assert all(not name.startswith(("Talks", "Experts")) for name in candidates_in(text, small_glossary))


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Reports said Amnesty International called it a travesty.", "Amnesty International", "organisation"),
        ("Reports said Reporters Without Borders objected.", "Reporters Without Borders", "organisation"),
        ("Reports said TotalEnergies had left.", "TotalEnergies", "organisation"),
        ("Reports said YouTube had removed the video.", "YouTube", "organisation"),
        ("Reports said floods hit McAllen overnight.", "McAllen", "place"),
    ],
)
def test_the_type_of_firms_and_campaign_groups_is_guessed_from_how_they_are_written(
    small_glossary, sentence, name, kind
):
    assert candidates_in(sentence, small_glossary)[name] == kind


@pytest.mark.parametrize(
    "text, ident",
    [
        ("Reports said Amnesty International objected.", "amnesty-international"),
        ("Analysts at S&P Global cut the rating.", "sp-global"),
        ("BEIRUT — Banks reopened on Monday.", "beirut"),
    ],
)
def test_a_stub_for_a_body_or_place_takes_its_whole_name_as_id(small_glossary, text, ident):
    from toolkit.glossary.stubs import build_stubs

    candidates = find_candidates([plain("Title\n\n" + text)], small_glossary)
    assert [stub.id for stub in build_stubs(candidates, small_glossary)] == [ident]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BAGHDAD, March 3 (Reuters) - Oil exports rose to a record.", {"Baghdad": "place", "Reuters": "organisation"}),
        ("DOHA (AFP) — Talks resumed on Monday.", {"Doha": "place", "AFP": "organisation"}),
    ],
)
def test_the_agency_of_a_dateline_is_an_organisation(small_glossary, text, expected):
    assert candidates_in(text, small_glossary) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a desk's dateline in capitals, the agency's own spelling in another paragraph's dateline or in the text
        (
            "BAGHDAD (REUTERS) - Oil exports rose.\n\nMOSCOW, Nov 28 (Reuters) - The ministry agreed.",
            ["Reuters", "Baghdad"],
        ),
        ("ANKARA (XINHUA) - Talks resumed.\n\nXinhua said the talks would go on.", ["Xinhua", "Ankara"]),
        # a headline set in capitals: the name as the running text spells it
        (
            "KHAMENEI ALLY WINS VOTE IN ISFAHAN\n\nAn ally of Khamenei won the vote in Isfahan on Friday.",
            ["Isfahan", "Khamenei"],
        ),
        # an acronym stays in capitals, wherever it is met
        ("DOHA (AFP) - Talks resumed.\n\nAFP said the talks would go on.", ["AFP", "Doha"]),
        ("NATO SUMMIT OPENS IN RIGA\n\nThe NATO summit opened in Riga on Friday.", ["NATO", "Riga"]),
        # a name only ever met in capitals keeps them: nothing says how else it is spelt
        ("BEIRUT (NNA) - Banks reopened on Monday.", ["Beirut", "NNA"]),
    ],
)
def test_capitals_of_a_dateline_or_a_headline_are_typography_where_the_text_spells_the_name(
    small_glossary, text, expected
):
    candidates = find_candidates([plain("Title\n\n" + text)], small_glossary)
    assert sorted(c.name for c in candidates) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rescuers from the Turkish Red Crescent (Kizilay) sent tents.", {"Turkish Red Crescent", "Kizilay"}),
        ("Officials said Yemen's rebels (Houthis) fired again.", {"Yemen", "Houthis"}),
        # a bracketed sentence or date still opens its own clause
        ("Officials met again. (Further talks are planned.) Aid came on Friday (Monday).", set()),
    ],
)
def test_one_name_in_brackets_after_another_is_a_name(small_glossary, text, expected):
    assert set(candidates_in(text, small_glossary)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ExxonMobil and BP are among the companies in southern Iraq.", {"ExxonMobil", "BP", "Iraq"}),
        ("YouTube removed the video on Monday.", {"YouTube"}),
        # a capitalised common word opening a sentence is still no name
        ("Analysts expect cuts. Researchers disagree.", set()),
    ],
)
def test_a_brand_opening_a_sentence_is_a_name(small_glossary, text, expected):
    assert set(candidates_in(text, small_glossary)) == expected


@pytest.mark.parametrize(
    "text, name, short",
    [
        # the acronym takes the particle's letter, or the joiner's
        ("Crown Prince Mohammed bin Salman (MBS) met officials. MBS later left.", "Mohammed bin Salman", "MBS"),
        ("Rates were held by the Bank of England (BoE). The BoE said so.", "Bank of England", "BoE"),
        ("Hayat Tahrir al-Sham (HTS) took the city. HTS fighters left.", "Hayat Tahrir al-Sham", "HTS"),
    ],
)
def test_an_acronym_in_brackets_is_the_short_form_whichever_words_give_its_letters(small_glossary, text, name, short):
    [candidate] = find_candidates([plain("Title\n\n" + text)], small_glossary)
    assert (candidate.name, candidate.short, candidate.count) == (name, short, 3)


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Reports said Saudi Aramco had raised prices.", "Saudi Aramco", "organisation"),
        ("Officials at Turkish Airlines said flights resumed.", "Turkish Airlines", "organisation"),
        ("Reports said Qatari Diar had bought the hotel.", "Qatari Diar", "organisation"),
        # a nationality before a person's whole name is no part of it, nor does it make it a body
        ("The prize went to Iranian Narges Mohammadi on Friday.", "Narges Mohammadi", "person"),
    ],
)
def test_a_nationality_before_one_word_names_a_national_firm(small_glossary, sentence, name, kind):
    assert candidates_in(sentence, small_glossary)[name] == kind


@pytest.mark.parametrize(
    "text, name, short",
    [
        ("Opposition leader Özgür Özel spoke. Ozel later added more.", "Özgür Özel", "Özel"),
        ("Officials said Ekrem İmamoğlu was held. Imamoglu's lawyers objected.", "Ekrem İmamoğlu", "İmamoğlu"),
        (
            "Officials said Selahattin Demirtaş wrote. Demirtas has been in prison since 2016.",
            "Selahattin Demirtaş",
            "Demirtaş",
        ),
        # a short form that differs in more than its diacritics is kept as met
        ("Officials said Hans-Peter von Weber spoke. Von Weber added more.", "Hans-Peter von Weber", "von Weber"),
    ],
)
def test_a_short_form_met_without_diacritics_takes_the_full_names_spelling(small_glossary, text, name, short):
    [candidate] = find_candidates([plain("Title\n\n" + text)], small_glossary)
    assert (candidate.name, candidate.short) == (name, short)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The court heard case No. 2024/1187 on Monday.", {}),
        ("Reporters waited outside No 10 on Downing Street.", {"Downing Street": "place"}),
        ("The ruling cites Art. 5 of the charter and Vol. 3 of the report.", {}),
        ("The figures are in Fig. 2 and Sec. 4 of the report, pp. 12-14, Para. 7.", {}),
        ("Nos. 4 and 5 were read by Judge Amal Haddad.", {"Amal Haddad": "person"}),
        # No 10 and Number 10 (the prime minister's office) are no name of their own: a glossary entry may list
        # them as spellings of Downing Street
        ("A spokesman for No 10 declined to comment.", {}),
        ("The Prime Minister met staff at Number 10 on Monday.", {}),
        ("Number 10 said the talks went well.", {}),
        # the same words before no number are read as before: Art Garfunkel is a name
        ("Art Garfunkel sang in Central Park.", {"Art Garfunkel": "person", "Central Park": "place"}),
    ],
)
def test_an_abbreviation_before_its_number_is_no_name(small_glossary, text, expected):
    assert candidates_in(text, small_glossary) == expected


def test_stubs_propose_forms_in_the_languages_the_forms_code_proposes_them_for():
    from toolkit.glossary import stubs
    from toolkit.grammar import proposals

    assert stubs._FORMS_LANGUAGES == proposals.LANGUAGES


# --- reference codes: their letters are a register's or a document's, never a name --------------------------------


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The court in Leipzig registered the appeal as 3 K 45/24 on Monday.", ["Leipzig"]),
        ("The Constitutional Court heard complaint 2 BvR 1234/20 last year.", ["Constitutional Court"]),
        ("The ruling 1 StR 123/21 and the judgment VI ZR 12/19 were cited.", []),
        ("The assembly adopted resolution A/RES/77/1 by a large majority.", []),
        ("The plant in Gebze is certified under ISO 9001:2015, its managers said.", ["Gebze"]),
        ("The judge dismissed Case No. 12/2024 on Friday.", []),
        ("Under Law No. 5/2023 the tax rises, traders in Izmir said.", ["Izmir"]),
        ("The report S/2024/123 reached Geneva on Friday.", ["Geneva"]),
    ],
)
def test_no_name_from_the_letters_of_a_reference_code(small_glossary, sentence, names):
    assert names_in(sentence, small_glossary) == names


def _acronyms(count: int) -> list[str]:
    letters = "BCDFGHJKLMNPQRSTVWXZ"
    return [a + b + c for a in letters for b in letters for c in letters][:count]


@pytest.mark.parametrize("count", [100, 400])
def test_a_sentence_of_many_names_in_capitals_is_read_for_its_dateline_and_its_capitals_once(
    small_glossary, monkeypatch, count
):
    # each name in capitals matched the dateline and counted the sentence's capitals again: a sentence of n such
    # names took time in n squared (2,000 of them in ten paragraphs: 19 of 21 seconds of a suggest)
    matched = []
    dateline = suggest_module._DATELINE

    class Counting:
        def match(self, text, *arguments):
            matched.append(text)
            return dateline.match(text, *arguments)

    monkeypatch.setattr(suggest_module, "_DATELINE", Counting())
    names = _acronyms(count)
    pairs = ", ".join(f"the {first} met the {second}" for first, second in zip(names[::2], names[1::2]))
    text = f"BAGHDAD (REUTERS) - Officials said {pairs} on Monday.\n\nReuters said so."
    candidates = find_candidates([plain("Title\n\n" + text)], small_glossary)
    assert sorted(c.name for c in candidates) == sorted([*names, "Baghdad", "Reuters"])
    assert len(matched) <= 4  # once for the paragraph's dateline, once for its names' capitals; not once a name


def test_names_in_capitals_in_one_paragraph_keep_what_the_dateline_and_the_capitals_say_of_each():
    glossary = load_glossary([])
    text = (
        "Title\n\nKYIV (UKRINFORM) - The SBU and the NABU questioned officials on Monday.\n\n"
        "Ukrinform said the SBU would report.\n\nTHE SBU AND UKRINFORM SIGN DEAL WITH NABU"
    )
    candidates = {c.name: c for c in find_candidates([plain(text)], glossary)}
    assert set(candidates) >= {"Kyiv", "Ukrinform", "SBU", "NABU"}
    assert candidates["Ukrinform"].variants == []  # the dateline's and the headline's capitals are typography
    assert candidates["SBU"].count == 3 and candidates["NABU"].count == 2
