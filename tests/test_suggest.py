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

from toolkit.cli import main
from toolkit.glossary import load_glossary
from toolkit.matcher import Matcher
from toolkit.reader import parse_markdown, parse_plain_text
from toolkit.suggest import Candidate, covered_spans, find_candidates, mentions_outside, suggest


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
    path.write_text(textwrap.dedent("""\
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
        """), encoding="utf-8")
    return load_glossary([path])


def names_in(sentence, glossary):
    return [c.name for c in find_candidates([plain("Title\n\n" + sentence)], glossary)]


# --- the detector: whole articles -------------------------------------------------------------------------

def test_a_diplomacy_article(glossary):
    assert table(suggest(plain(DIPLOMACY, "lavrov"), glossary)) == [
        ("Sergei Lavrov", "Lavrov", ["Sergey Lavrov"], 5, "person"),
        ("Dmitri Trenin", "Trenin", [], 2, "person"),
        ("Maria Zakharova", "Zakharova", [], 2, "person"),
        ("Mevlüt Çavuşoğlu", "Cavusoglu", [], 2, "person"),
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
    other = plain("Kremlin Signals Flexibility\n\nSergey Lavrov's deputy flew to Doha. There, Lavrov's envoy "
                  "met Qatari officials.", "doha")
    found = find_candidates([plain(DIPLOMACY, "lavrov"), other], glossary)
    (lavrov,) = [c for c in found if "Lavrov" in c.name]
    # "Sergey" is now met twice, "Sergei" once: the spelling met most is the name
    assert (lavrov.name, lavrov.short, lavrov.variants) == ("Sergey Lavrov", "Lavrov", ["Sergei Lavrov"])
    assert (lavrov.count, lavrov.articles) == (7, ["lavrov", "doha"])
    assert [(c.article, c.segment) for c in lavrov.contexts_found] == [("lavrov", "2.1"), ("doha", "2.1"),
                                                                       ("lavrov", "2.2")]


# --- the detector: names inside names ---------------------------------------------------------------------

def test_a_glossary_name_inside_a_longer_name_is_part_of_it(glossary):
    text = "Analysts at the Carnegie Moscow Center said Moscow would wait."
    (center,) = [c for c in find_candidates([plain("Title\n\n" + text)], glossary)]
    (occurrence,) = center.occurrences
    assert (occurrence.segment, occurrence.start, occurrence.end, occurrence.surface) == ("2.1", 16, 38,
                                                                                          "Carnegie Moscow Center")
    (inside,) = occurrence.glossary_inside
    assert (inside.entry_id, inside.start, inside.end, inside.surface) == ("moscow", 25, 31, "Moscow")
    assert center.glossary_inside == [("moscow", "Moscow")]
    spans = covered_spans([center])
    assert spans == {("article", "2.1"): [(16, 38)]}
    mentions = Matcher(glossary).find(text)
    assert [(m.entry_id, m.start) for m in mentions] == [("moscow", 25), ("moscow", 44)]
    assert [(m.entry_id, m.start) for m in mentions_outside(mentions, spans[("article", "2.1")])] == [("moscow", 44)]


@pytest.mark.parametrize("sentence, names", [
    ("Officials said Emir of Qatar Tamim bin Hamad Al Thani arrived late.", ["Tamim bin Hamad Al Thani"]),
    ("The video showed Abu Mohammad al-Jolani in Idlib.", ["Abu Mohammad al-Jolani", "Idlib"]),
    ("Rates were held by the Bank of England on Thursday.", ["Bank of England"]),
    ("She studied at the University of Tehran for a year.", ["University of Tehran"]),
    ("Sanctions hit the Islamic Revolutionary Guard Corps again.", ["Islamic Revolutionary Guard Corps"]),
    ("A letter from the Ministry of Foreign Affairs was read out.", ["Ministry of Foreign Affairs"]),
    ("He spoke at the Carnegie Moscow Center last week.", ["Carnegie Moscow Center"]),
    ("A report by the Centre for Strategic and International Studies followed.",
     ["Centre for Strategic and International Studies"]),
    ("The crowd cheered Martin Luther King III and Ludwig van Beethoven's music.",
     ["Ludwig van Beethoven", "Martin Luther King III"]),
    ("Shares in General Electric fell as the UN General Assembly met.", ["General Electric", "UN General Assembly"]),
    ("He met the Supreme Leader and later the Islamic State's envoy.", ["Islamic State"]),
    ("Analysts at Moscow State University disagreed.", ["Moscow State University"]),
])
def test_multi_word_names_stay_whole(small_glossary, sentence, names):
    assert sorted(names_in(sentence, small_glossary)) == sorted(names)


@pytest.mark.parametrize("sentence, names", [
    ("On Monday Bank of England Governor Andrew Bailey spoke.", ["Andrew Bailey", "Bank of England"]),
    ("He met Head of the International Atomic Energy Agency Rafael Grossi in Vienna.",
     ["International Atomic Energy Agency", "Rafael Grossi", "Vienna"]),
    ("Later, Secretary of State Antony Blinken left.", ["Antony Blinken"]),
    ("It was Crown Prince Mohammed bin Salman who called.", ["Mohammed bin Salman"]),
    ("Troops loyal to Lieutenant General Khalifa Haftar advanced.", ["Khalifa Haftar"]),
    ("Officials said Islamic Revolutionary Guard Corps Commander Hossein Salami was there.",
     ["Hossein Salami", "Islamic Revolutionary Guard Corps"]),
    ("Officials said Russian Foreign Minister Sergei Lavrov and Mr Peskov agreed.", ["Peskov", "Sergei Lavrov"]),
    ("He called Lavrov of Russia an old friend.", ["Lavrov"]),
])
def test_titles_are_cut_from_names(small_glossary, sentence, names):
    assert sorted(names_in(sentence, small_glossary)) == sorted(names)


@pytest.mark.parametrize("sentence", [
    "Officials at the Foreign Ministry and the Syrian Army declined to comment.",
    "He said the Armed Forces and the Defence Ministry were ready.",
    "He was Chief of Staff under Prime Minister Ahmed until the Interior Ministry fired him.",
    "Sunni Muslims and Shia Muslims prayed together, Western diplomats said.",
    "The Iranian Supreme Leader spoke after the Emir of Qatar left.",
    "Officials from Iraqi and Syrian Kurdish groups met US-backed fighters in December.",
    "Talks were held in a Moscow-based institute with pro-Kremlin and Iran-aligned experts.",
])
def test_words_of_office_nationality_faith_and_time_are_no_names(small_glossary, sentence):
    assert names_in(sentence, small_glossary) in ([], ["Ahmed"])


@pytest.mark.parametrize("text", [
    "Nothing happened. Speaking later, officials denied it.",
    '"Negotiations are slow," officials said. (Further talks are planned.)',
    "The plan: Reconstruction first, then elections.",
    "The priorities: 1. Reconstruction. 2) Security.",
    "Points agreed • Reconstruction • Security",
    "Experts warned. Several officials agreed. Following the talks, nobody spoke.",
])
def test_common_words_that_open_a_sentence_clause_or_list_item_are_no_names(small_glossary, text):
    assert names_in(text, small_glossary) == []


# --- the detector: variants of one name -------------------------------------------------------------------

@pytest.mark.parametrize("text, name, short, variants, count", [
    ("Sergei Lavrov spoke. Later, Sergey Lavrov left and Mr Lavrov's aide stayed.",
     "Sergei Lavrov", "Lavrov", ["Sergey Lavrov"], 3),
    ("Officials said Mohammed bin Salman met Muhammad bin Salman's brother.",
     "Mohammed bin Salman", None, ["Muhammad bin Salman"], 2),
    ("Officials said Hossein Amir-Abdollahian met aides of Hossein Amir Abdollahian.",
     "Hossein Amir-Abdollahian", None, [], 2),
    ("Officials said Mevlüt Çavuşoğlu left. Later, Mevlut Cavusoglu returned and Çavuşoğlu spoke.",
     "Mevlüt Çavuşoğlu", "Çavuşoğlu", [], 3),
    ("President Volodymyr Zelensky spoke; Zelenskyy's office and Mr Zelensky agreed.",
     "Volodymyr Zelensky", "Zelensky", ["Zelenskyy"], 3),
    ("Officials said Sheikh Tamim bin Hamad Al Thani arrived. Sheikh Tamim later met Tamim bin Hamad's aides.",
     "Tamim bin Hamad Al Thani", "Tamim", ["Tamim bin Hamad"], 3),
    ("Sources said Qasem Soleimani and later Qassem Suleimani were named, and Soleimani's men were seen.",
     "Qasem Soleimani", "Soleimani", ["Qassem Suleimani"], 3),
    ("Sources said Iraqi Popular Mobilization Forces units joined the Popular Mobilization Forces.",
     "Popular Mobilization Forces", None, ["Iraqi Popular Mobilization Forces"], 2),
])
def test_spellings_of_one_name_are_merged(small_glossary, text, name, short, variants, count):
    (candidate,) = find_candidates([plain("Title\n\n" + text)], small_glossary)
    assert (candidate.name, candidate.short, candidate.variants, candidate.count) == (name, short, variants, count)


def test_different_names_that_look_alike_stay_apart(small_glossary):
    text = ("Officials said Hassan Nasrallah and Hussein Nasrallah met. Later, Nasrallah spoke. Fighting in Gaza "
            "and Giza, and in Basra and Bosra, went on.")
    found = {c.name: c for c in find_candidates([plain("Title\n\n" + text)], small_glossary)}
    assert sorted(found) == ["Basra", "Bosra", "Gaza", "Giza", "Hassan Nasrallah", "Hussein Nasrallah", "Nasrallah"]
    assert found["Nasrallah"].ambiguous_short == ["Hassan Nasrallah", "Hussein Nasrallah"]


@pytest.mark.parametrize("sentence, name, kind", [
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
])
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


def test_candidates_keep_the_report_interface(glossary):
    candidate: Candidate = suggest(plain(SYRIA, "idlib"), glossary)[1]
    assert (candidate.guessed_type, candidate.shorter) == ("person", ["Jolani", "al-Jolani"])
