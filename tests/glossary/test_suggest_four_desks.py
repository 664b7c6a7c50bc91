"""Names no glossary covers, on four desks the earlier fixtures did not have: sport (clubs and players),
technology (firms and products), culture (films, books and prizes) and health (agencies and drugs).

Each test states an editor's judgement of what suggest offers: a club written as British copy writes teams
(a plural verb after a clause, a score after it) is an organisation, a player's short form never makes him a
club, a film's title quoted is no name, a firm's product after its possessive tells a firm, a drug is a term,
a Chinese or Korean name takes its family name as id, and every stub is glossary YAML that check accepts.
"""

import pytest
from suggest_probes import article

from toolkit.glossary.load import load_glossary
from toolkit.glossary.stubs import build_stubs, stubs_yaml
from toolkit.glossary.suggest import find_candidates

SPORT = """Arsenal Beat Real Madrid as Mbappé Misses Penalty in Champions League Quarter-Final

LONDON — Arsenal beat Real Madrid 3-0 at the Emirates Stadium on Tuesday to take a commanding lead in their Champions League quarter-final, with Declan Rice scoring twice from free kicks and Kylian Mbappé missing a penalty for the visitors.

Rice, who joined Arsenal from West Ham United for 105 million pounds in 2023, curled in his first free kick in the 58th minute and added a second 12 minutes later. Mikel Merino headed in the third. "I have never scored a free kick in a professional game before tonight," Rice told TNT Sports. Arsenal manager Mikel Arteta said his side had played "the perfect European night".

Real Madrid coach Carlo Ancelotti said the tie was "not over". Ancelotti, who has won the competition five times as a coach, said his players would need "a miracle" at the Santiago Bernabéu next week. Mbappé, who joined Real from Paris Saint-Germain last summer, had his penalty saved by David Raya after Jude Bellingham was fouled. Vinícius Júnior was booked for a foul on Bukayo Saka.

In the other quarter-final, Inter Milan won 2-1 at Bayern Munich, with Lautaro Martínez and Davide Frattesi scoring. Thomas Müller equalised for Bayern in what could be his last Champions League season. Bayern coach Vincent Kompany said his team had "given the game away". Harry Kane, Bayern's top scorer, did not have a shot on target.

Barcelona thrashed Borussia Dortmund 4-0, with Robert Lewandowski scoring twice against his former club. Raphinha and Lamine Yamal also scored. Barcelona coach Hansi Flick said Yamal, 17, was "the best young player I have ever seen". Dortmund sporting director Sebastian Kehl said the club would not sack coach Niko Kovač.

UEFA said on Wednesday it had opened disciplinary proceedings against Real Madrid after fans threw objects at Arsenal players. The European football body will decide on a sanction next month. Aleksander Čeferin, UEFA's president, has said the Champions League's new league format has been "a success".

In the Premier League, Liverpool are 11 points clear at the top with seven games left. Mohamed Salah, whose contract expires in June, signed a two-year extension on Friday. Liverpool manager Arne Slot said Salah was "one of the greatest players in the club's history". Manchester City, the champions for the last four seasons, are fifth. Pep Guardiola said City would "rebuild" in the summer.

Fenerbahce, coached by José Mourinho, were knocked out of the Europa League by Rangers on penalties. Mourinho was banned for four games by the Turkish Football Federation (TFF) last month after criticising referees. Galatasaray, who lead the Turkish Super Lig by six points, are in talks to sign Victor Osimhen permanently from Napoli. Osimhen has scored 26 goals this season.

In tennis, Jannik Sinner returned from a three-month doping ban to reach the final of the Italian Open in Rome, where he lost to Carlos Alcaraz. The World Anti-Doping Agency (WADA) had agreed the ban with Sinner in February. Aryna Sabalenka won the women's title.
"""

TECHNOLOGY = """Nvidia Unveils Blackwell Ultra Chips as Microsoft and OpenAI Deepen Ties

SAN JOSE, California — Nvidia unveiled its Blackwell Ultra chips on Tuesday at its annual developer conference, promising faster systems for artificial intelligence as rivals Advanced Micro Devices and Intel struggle to catch up.

Jensen Huang, Nvidia's chief executive, told about 20,000 people at the SAP Center that demand for computing power had grown "a hundred times" faster than expected a year ago. The company also announced the Vera Rubin platform, due next year, and a desktop computer called DGX Spark. Shares of Nvidia fell 3.4 percent after the keynote.

Microsoft said on Wednesday it would spend 80 billion dollars this year on data centres, much of it to run models built by OpenAI, the maker of ChatGPT. Satya Nadella, Microsoft's chief executive, said the company's Azure cloud business had grown 33 percent in the last quarter. OpenAI chief executive Sam Altman said the startup would release GPT-5 "within months". Altman has also raised money for Stargate, a joint venture with SoftBank and Oracle to build data centres in Texas.

Google, a unit of Alphabet, released Gemini 2.5, which it said outperformed rival models on reasoning tests. Demis Hassabis, the head of Google DeepMind, shared the Nobel Prize in chemistry last year for work on protein structures. Sundar Pichai, Alphabet's chief executive, said Google would invest 75 billion dollars in infrastructure this year.

Anthropic, the San Francisco startup behind the Claude chatbot, raised 3.5 billion dollars in a round led by Lightspeed Venture Partners. Dario Amodei, its chief executive, has warned that AI could eliminate half of entry-level office jobs. Amazon has invested 8 billion dollars in Anthropic.

In China, DeepSeek rattled investors in January when it released a model it said had cost less than 6 million dollars to train. Liang Wenfeng, DeepSeek's founder, rarely speaks in public. Huawei said its Ascend 910C processors would be produced in larger numbers this year despite U.S. export controls. The Commerce Department banned sales of Nvidia's H20 chip to China in April.

Apple shares fell after the company delayed an upgrade of its Siri voice assistant to next year. Tim Cook, Apple's chief executive, said the company was "making progress". Apple will also make most iPhones sold in the United States in India by the end of next year, the Financial Times reported. Foxconn, which assembles most iPhones, said it would build a new plant in Tamil Nadu.

TSMC, the world's largest contract chipmaker, said it would invest a further 100 billion dollars in factories in Arizona. C.C. Wei, the company's chief executive, announced the plan at the White House with President Donald Trump. Samsung Electronics said its quarterly operating profit fell 21 percent because of weak sales of high-bandwidth memory to Nvidia.

The European Commission fined Meta 200 million euros and Apple 500 million euros under the Digital Markets Act. Meta said it would appeal. Mark Zuckerberg, Meta's chief executive, has said the company will spend up to 65 billion dollars on AI this year. Teresa Ribera, the commission's competition chief, said the rules "apply to every company, whatever its nationality".
"""

CULTURE = """"Anora" Wins Best Picture as Sean Baker Makes Oscars History

LOS ANGELES — "Anora", a comedy about a Brooklyn stripper who marries the son of a Russian oligarch, won best picture at the 97th Academy Awards on Sunday, and its director, Sean Baker, became the first person to win four Oscars for the same film in one night.

Baker won for directing, writing and editing as well as best picture. "This film was made for 6 million dollars," Baker told the audience at the Dolby Theatre in Hollywood. Mikey Madison, 25, won best actress for her role as Ani, beating Demi Moore, who had been the favourite for "The Substance". Adrien Brody won best actor for "The Brutalist", directed by Brady Corbet. Brody, who also won in 2003 for "The Pianist", gave the longest acceptance speech in Oscars history.

"Emilia Pérez", the Netflix musical that led the nominations with 13, won only two awards, after old posts by its star Karla Sofía Gascón caused an uproar. Zoe Saldaña won best supporting actress. Kieran Culkin won best supporting actor for "A Real Pain", which Jesse Eisenberg wrote and directed.

"No Other Land", made by a Palestinian-Israeli collective, won best documentary. Basel Adra, one of its directors, said he hoped his daughter would not have to live "the same life I am living now". The Brazilian film "I'm Still Here" by Walter Salles won best international feature, the first Oscar for Brazil. Its star, Fernanda Torres, was nominated for best actress.

Conan O'Brien hosted the ceremony, which was watched by 18.1 million people in the United States, according to ABC, which broadcast it. The Academy of Motion Picture Arts and Sciences had considered cancelling the event after wildfires destroyed thousands of homes in Los Angeles in January. Janet Yang, the academy's president, said the ceremony would "honour the resilience of this city".

In Britain, the novelist Samantha Harvey won the Booker Prize for "Orbital", a short novel about six astronauts on the International Space Station. Harvey said she had nearly abandoned the book during the pandemic. Edmund de Waal, who chaired the judges, called it "a book about our world". Penguin Random House, which published the novel through its Jonathan Cape imprint, said sales had risen tenfold.

The South Korean author Han Kang, who won the Nobel Prize in Literature in October, said she would not hold a press conference because of the wars in Ukraine and Gaza. Her novel "The Vegetarian" won the International Booker Prize in 2016. The Swedish Academy praised her "intense poetic prose".

In Turkey, the director Nuri Bilge Ceylan began filming his next feature in Cappadocia. Ceylan won the Palme d'Or at the Cannes Film Festival in 2014 for "Winter Sleep". The author Elif Shafak, whose novels have been translated into 55 languages, will publish a new book in September, Viking said. Orhan Pamuk, Turkey's only Nobel laureate, opened an exhibition of his notebooks at the Museum of Innocence in Istanbul.

The British Museum said it would lend the Parthenon Marbles to Greece only if Athens recognised its ownership. Nicholas Cullinan, the museum's director, took over last June.
"""

HEALTH = """WHO Warns of Measles Surge as FDA Approves New Weight-Loss Pill

GENEVA — The World Health Organization (WHO) warned on Thursday that measles cases in Europe and Central Asia had reached their highest level in 25 years, as vaccination rates fell after the COVID-19 pandemic.

More than 127,000 cases were reported in the region last year, twice as many as in 2023, the WHO and the United Nations Children's Fund (UNICEF) said in a joint statement. Romania had the most cases, followed by Kazakhstan. Hans Kluge, the WHO's regional director for Europe, said measles was "back, and it is a wake-up call". Tedros Adhanom Ghebreyesus, the WHO's director-general, said cuts to U.S. funding would cost lives.

In the United States, an outbreak in western Texas has killed two unvaccinated children. Health and Human Services Secretary Robert F. Kennedy Jr., who has questioned the safety of vaccines, said parents should decide whether to vaccinate their children. Kennedy has cut thousands of jobs at the Centers for Disease Control and Prevention (CDC) and the National Institutes of Health (NIH). Susan Monarez, whom President Donald Trump nominated to lead the CDC, said at her confirmation hearing that vaccines "save lives".

The Food and Drug Administration (FDA) approved Eli Lilly's orforglipron, the first pill for weight loss that does not need to be taken on an empty stomach. Lilly said the drug would be sold under the name Foundayo and cost about 150 dollars a month. David Ricks, Lilly's chief executive, said the company could make "billions of pills" a year. Shares of Novo Nordisk, the Danish maker of Wegovy and Ozempic, fell 6 percent. Novo said its own oral version of semaglutide would be available next year.

Marty Makary, the FDA commissioner, said the agency would speed up reviews of drugs that "meet an unmet national need". Critics said the agency had lost hundreds of scientists. Vinay Prasad, the FDA's chief medical officer, resigned in July and returned two weeks later.

In Britain, the National Health Service (NHS) will offer Mounjaro, Lilly's weight-loss injection, to about 220,000 people over three years. The National Institute for Health and Care Excellence (NICE) said the drug was cost-effective for people with a body mass index above 40. Wes Streeting, the health secretary, said obesity cost the NHS 11 billion pounds a year.

Gavi, the vaccine alliance, said it had raised 9 billion dollars for the next five years, short of its 11.9 billion dollar target, after Washington withdrew its support. Sania Nishtar, Gavi's chief executive, said 75 million fewer children could be vaccinated. The Bill & Melinda Gates Foundation pledged 1.6 billion dollars.

Médecins Sans Frontières (MSF) said a cholera outbreak in Sudan had killed more than 2,000 people since August. The Africa Centres for Disease Control and Prevention (Africa CDC) said mpox cases were falling in the Democratic Republic of Congo. Jean Kaseya, its director general, said the continent needed its own vaccine factories.

In Turkey, Health Minister Kemal Memişoğlu said the country would produce its own measles vaccine by 2027. The Turkish Medicines and Medical Devices Agency (TITCK) approved a generic version of Novartis's heart drug Entresto last month.
"""


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(["glossaries"])


def stubs_of(text, glossary, name):
    return {stub.name: stub for stub in build_stubs(find_candidates([article(text, name)], glossary), glossary)}


def test_the_sport_desk(glossary):
    stubs = stubs_of(SPORT, glossary, "sport")
    # clubs: by the noun after them, a plural verb after a clause, a score, "United"
    for club in ("Arsenal", "Real Madrid", "Barcelona", "Liverpool", "Galatasaray", "Manchester City", "Inter Milan"):
        assert stubs[club].type == "organisation", club
    assert stubs["West Ham United"].type == stubs["Borussia Dortmund"].type == "organisation"
    assert (stubs["Inter Milan"].id, stubs["Real Madrid"].short) == ("inter-milan", "Real")
    # a one-word name in a sentence about penalties or the league (lig) is a club
    assert stubs["Napoli"].type == stubs["Rangers"].type == "organisation"
    # players and coaches: a player's short form in a sentence about clubs does not make him a club
    for person in ("Lamine Yamal", "Mohamed Salah", "Declan Rice", "Kylian Mbappé", "Carlo Ancelotti", "Jannik Sinner"):
        assert stubs[person].type == "person", person
    assert (stubs["Lamine Yamal"].short, stubs["Mohamed Salah"].short) == ("Yamal", "Salah")
    assert stubs["Kylian Mbappé"].id == "mbappe" and stubs["Aleksander Čeferin"].id == "ceferin"
    assert stubs["Vinícius Júnior"].id == "vinicius"  # Júnior is no surname
    # competitions and grounds
    assert stubs["Italian Open"].type == "event"
    assert stubs["Emirates Stadium"].type == stubs["Santiago Bernabéu"].type == "place"
    assert stubs["Turkish Football Federation"].short == "TFF"
    assert stubs["World Anti-Doping Agency"].short == "WADA"
    for wrong in ("Rice told", "Real Madrid coach", "Mikel Arteta said", "Júnior"):
        assert wrong not in stubs


def test_the_technology_desk(glossary):
    stubs = stubs_of(TECHNOLOGY, glossary, "technology")
    for firm in ("Nvidia", "Microsoft", "Apple", "Meta", "Google", "Alphabet", "Anthropic", "DeepSeek", "Huawei"):
        assert stubs[firm].type == "organisation", firm
    assert stubs["Samsung Electronics"].type == stubs["Lightspeed Venture Partners"].type == "organisation"
    # products and models are terms: a designation, a product's noun after the name, what a firm makes
    for product in ("GPT-5", "H20", "Blackwell Ultra", "Claude", "Vera Rubin", "ChatGPT"):
        assert stubs[product].type == "term", product
    # people: Western order for Jensen Huang, family name first for Liang Wenfeng, initials kept
    assert (stubs["Jensen Huang"].id, stubs["Liang Wenfeng"].id, stubs["C.C. Wei"].id) == ("huang", "liang", "wei")
    assert stubs["Sam Altman"].short == "Altman"
    assert stubs["San Francisco"].type == stubs["San Jose"].type == stubs["Tamil Nadu"].type == "place"
    assert stubs["Digital Markets Act"].type == "term"
    for wrong in ("AI", "Anthropic, the San Francisco", "Shares of Nvidia"):
        assert wrong not in stubs


def test_the_culture_desk(glossary):
    stubs = stubs_of(CULTURE, glossary, "culture")
    # films' and books' titles quoted are no names
    for title in ("Anora", "The Substance", "Substance", "Brutalist", "Pianist", "Winter Sleep", "Emilia Pérez"):
        assert title not in stubs, title
    for title in ("Vegetarian", "Orbital", "No Other Land", "A Real Pain", "I'm Still Here"):
        assert title not in stubs, title
    # prizes, and the academy's name whole with its 'and'
    for award in (
        "Academy Awards",
        "Booker Prize",
        "International Booker Prize",
        "Palme d'Or",
        "Nobel Prize in Literature",
    ):
        assert stubs[award].type == "award", award
    assert stubs["Academy of Motion Picture Arts and Sciences"].type == "organisation"
    assert "Sciences" not in stubs
    # people: a Korean author's family name first, a particle dropped from the id, an apostrophe too
    assert stubs["Han Kang"].id == "han"
    assert (stubs["Edmund de Waal"].id, stubs["Conan O'Brien"].id) == ("waal", "obrien")
    assert stubs["Orhan Pamuk"].type == stubs["Nuri Bilge Ceylan"].type == "person"  # not a place beside Turkey
    assert stubs["Nuri Bilge Ceylan"].short == "Ceylan"
    assert stubs["Britain"].type == stubs["Brazil"].type == stubs["Gaza"].type == "place"
    assert stubs["Cannes Film Festival"].type == "event"
    assert stubs["Penguin Random House"].type == stubs["Swedish Academy"].type == "organisation"


def test_the_health_desk(glossary):
    stubs = stubs_of(HEALTH, glossary, "health")
    # agencies by their acronyms, the name whole with its 'and'
    for name, short in (
        ("World Health Organization", "WHO"),
        ("Food and Drug Administration", "FDA"),
        ("Centers for Disease Control and Prevention", "CDC"),
        ("National Institute for Health and Care Excellence", "NICE"),
        ("Médecins Sans Frontières", "MSF"),
        ("Africa Centres for Disease Control and Prevention", "Africa CDC"),
        ("United Nations Children's Fund", "UNICEF"),
    ):
        assert (stubs[name].short, stubs[name].type) == (short, "organisation"), name
    # drugmakers: a firm named after its founder, told by its chief executive and its products
    assert (stubs["Eli Lilly"].type, stubs["Eli Lilly"].short) == ("organisation", "Lilly")
    assert stubs["Novartis"].type == stubs["Novo Nordisk"].type == stubs["Gavi"].type == "organisation"
    # drugs and diseases are terms
    for term in ("Mounjaro", "Entresto", "Wegovy", "COVID-19"):
        assert stubs[term].type == "term", term
    assert stubs["Robert F. Kennedy Jr"].id == "kennedy"
    assert stubs["Kemal Memişoğlu"].id == "memisoglu"
    assert stubs["Central Asia"].type == stubs["Democratic Republic of Congo"].type == "place"


@pytest.mark.parametrize("text", [SPORT, TECHNOLOGY, CULTURE, HEALTH])
def test_the_four_desks_stubs_are_glossary_entries_check_accepts(glossary, tmp_path, text):
    path = tmp_path / "stubs.yaml"
    path.write_text(stubs_yaml(build_stubs(find_candidates([article(text)], glossary), glossary)), encoding="utf-8")
    loaded = load_glossary([path])
    assert not loaded.findings
    assert len({entry.id for entry in loaded}) == len(list(loaded))
