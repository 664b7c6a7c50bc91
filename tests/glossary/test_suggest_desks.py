"""Names no glossary covers, on the desks the first articles did not cover: markets, Turkish politics, Gulf
and Iraqi politics, sports, culture, technology and health.

Each article is written as agency copy is, and each test states what an editor should be offered from it:
a firm named with a possessive is one name (Moody's), a name with a plus or a number is a name (OPEC+, G20),
a body whose name holds 'and' stays whole while two names joined by 'and' stay two, a nationality before a
person's name is no part of it, a one-word club is an organisation where the copy says so, and the
short name in brackets after a body's name is its short form whatever language its letters come from.
"""

import pytest
from suggest_probes import article, found, ids, in_sentence

from toolkit.glossary.load import load_glossary
from toolkit.glossary.stubs import build_stubs, stubs_yaml
from toolkit.glossary.suggest import find_candidates

MARKETS = """Moody's Upgrades Turkey as OPEC+ Agrees to Pause Output Increases

NEW YORK, Nov 24 (Reuters) - Moody's Ratings raised Turkey's credit rating by one notch to Ba3 on Friday, citing a tighter monetary policy and falling inflation, in a move that brought the country's rating to its highest level since 2018.

Moody's said the outlook was positive, meaning a further upgrade was possible within 18 months. "The upgrade reflects the credibility of the central bank's policy," the agency said in a statement. S&P Global Ratings and Fitch Ratings both rate Turkey BB-, three notches below investment grade.

The decision came after the Central Bank of the Republic of Turkey (CBRT) cut its main interest rate by 150 basis points to 39.5 percent in October. Governor Fatih Karahan said the bank would keep policy tight until inflation, which stood at 32.9 percent, fell towards its target. Finance Minister Mehmet Simsek welcomed Moody's decision. "Our programme is working," Simsek wrote on X.

The lira was little changed at 42.4 against the dollar. The Borsa Istanbul 100 index rose 1.8 percent, led by banks such as Akbank and Garanti BBVA. Turkish Airlines and the refiner Tupras also gained.

Analysts at Goldman Sachs said the upgrade would lower borrowing costs for Turkish companies. "Moody's was the last of the three agencies to move," said Piotr Matys, a senior currency analyst at InTouch Capital Markets in London. JPMorgan Chase said it expected Turkey to return to its emerging market bond index next year.

In oil markets, OPEC+ agreed on Sunday to pause increases in output in the first quarter of next year, after raising production by 2.9 million barrels a day since April. The group, which includes the Organization of the Petroleum Exporting Countries and allies led by Russia, said it would meet again on Nov. 30.

Saudi Energy Minister Prince Abdulaziz bin Salman said the group was acting "with caution, not fear". Brent crude rose 1.2 percent to 64.10 dollars a barrel, while West Texas Intermediate gained 1.1 percent. Russian Deputy Prime Minister Alexander Novak said Moscow supported the pause.

The International Energy Agency (IEA) said last week that it expected a large surplus next year. IEA Executive Director Fatih Birol said demand in China was "flattening". Saudi Aramco, the world's largest oil exporter, cut its December price for Asian buyers.

Elsewhere, finance ministers of the G20 meeting in Johannesburg agreed to study a common approach to debt relief for poor countries. South African Finance Minister Enoch Godongwana, who chaired the meeting, said the G7 countries had promised to "do more". The International Monetary Fund (IMF) and the World Bank will report to leaders before COP31, which Turkey hosts in Antalya next November.

Credit ratings firms have come under pressure from governments. In Washington, the Securities and Exchange Commission fined a unit of Sotheby's, the auction house, over its disclosures, and McDonald's said its sales in the Middle East had fallen for a fourth quarter. Shares of Berkshire Hathaway, which owns a stake in Moody's, rose 0.4 percent.
"""

TURKEY = """CHP Leader Özel Calls for Early Election as İmamoğlu Trial Opens

ANKARA — The leader of Turkey's main opposition Republican People's Party (CHP), Özgür Özel, called on Tuesday for an early election, as the trial of jailed Istanbul Mayor Ekrem İmamoğlu opened at a courthouse in Silivri.

"The people will decide, not the courts," Özel told a rally of tens of thousands in Istanbul's Saraçhane Square, where protests began after İmamoğlu's arrest in March. Özel said the CHP would hold rallies in all 81 provinces before the end of the year.

İmamoğlu, seen as the strongest rival of Turkish President Recep Tayyip Erdoğan, faces charges of corruption and leading a criminal organisation, which he denies. Prosecutors are seeking a sentence of more than 2,000 years. Imamoglu's lawyer, Mehmet Pehlivan, who was himself detained in June, said the indictment was "a political document".

The trial is being heard by the Istanbul 40th High Criminal Court. More than 400 defendants, including several district mayors, are on trial with İmamoğlu. The Istanbul Bar Association said its lawyers had been denied access to the courtroom on the first day.

Erdogan said on Monday that the judiciary was independent. "No one is above the law, whatever his title," he told members of his Justice and Development Party (AK Party) in parliament. AK Party deputy chairman Efkan Ala said the opposition was "trying to put pressure on the courts".

Former CHP leader Kemal Kılıçdaroğlu, who lost the 2023 presidential election to Erdoğan, has kept a low profile since Özel replaced him. A court is due to rule next month on a case that could annul the 2023 party congress and return Kılıçdaroğlu to the leadership. Kilicdaroglu has said he does not seek to return.

The pro-Kurdish Peoples' Equality and Democracy Party (DEM Party) said it would send observers to the trial. Its co-chair Tuncer Bakırhan said the process to end the conflict with the Kurdistan Workers' Party (PKK) must not be "held hostage by the courts". Devlet Bahçeli, leader of the Nationalist Movement Party (MHP) and Erdoğan's ally, said the opposition should wait until 2028.

Meanwhile, the Disaster and Emergency Management Authority (AFAD) said a magnitude 5.1 earthquake struck Sındırgı in Balıkesir province early on Tuesday. There were no reports of deaths. Interior Minister Ali Yerlikaya said 12 buildings had been damaged. Iran and Turkey agreed last year to share earthquake data, AFAD said.

Ankara Mayor Mansur Yavaş, another possible CHP candidate, said he would support Özel's call. "We are ready for an election tomorrow," Yavaş said. A poll by the Istanbul-based MetroPOLL research company put the CHP two points ahead of the AK Party.

The Council of Europe's Congress of Local and Regional Authorities called for İmamoğlu's release. The European Union's enlargement commissioner, Marta Kos, said she was following the case "very closely". Turkish Foreign Minister Hakan Fidan said Ankara rejected "interference in its judicial affairs".
"""

IRAQ = """Iraqi Premier Seeks Gulf Support as Saudi Crown Prince Hosts Talks

RIYADH — Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Riyadh on Sunday for talks with Saudi Crown Prince Mohammed bin Salman on electricity links and investment, days after Iraq's parliamentary election left his coalition the largest bloc.

Al-Sudani's Reconstruction and Development Coalition won 46 of the 329 seats, according to the Independent High Electoral Commission. Sudani must now build a majority with Shiite parties of the Coordination Framework, which includes Nouri al-Maliki's State of Law Coalition and the Badr Organization led by Hadi al-Amiri.

Bin Salman and al-Sudani discussed a project to link Iraq's grid with that of the Gulf Cooperation Council Interconnection Authority (GCCIA), the Saudi Press Agency said. Saudi Energy Minister Prince Abdulaziz bin Salman and Iraqi Electricity Minister Ziad Ali Fadel signed a memorandum on the project.

Later in the week, al-Sudani is due in Abu Dhabi to meet the president of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan. The Abu Dhabi Fund for Development has pledged 2 billion dollars for projects in southern Iraq. Sheikh Mohamed's brother, Sheikh Tahnoun bin Zayed, who chairs the state investor ADQ, met Iraqi officials in October.

Iran, Iraq's main ally, is watching the talks closely. Ali Larijani, the secretary of Iran's Supreme National Security Council, visited Baghdad last month. Esmail Qaani, commander of the Quds Force of the Islamic Revolutionary Guard Corps, has met leaders of the Popular Mobilization Forces (PMF) several times since the election.

Qais al-Khazali, whose Asaib Ahl al-Haq group won 27 seats, said the next government must "serve Iraq, not Riyadh or Tehran". Kataib Hezbollah, which Washington lists as a terrorist group, said it would not take part in talks on forming a government. Muqtada al-Sadr, whose movement boycotted the vote, told his followers to stay calm.

In the Kurdistan Region, Masrour Barzani, the regional prime minister, said the Kurdistan Democratic Party (KDP) would join a government that respected the constitution. Bafel Talabani, who leads the Patriotic Union of Kurdistan (PUK), met al-Sudani in Baghdad on Saturday.

Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, called al-Sudani to congratulate him. Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II also called. Ahmed Aboul Gheit, the secretary general of the Arab League, said Iraq had shown "the strength of its institutions".

The UN Assistance Mission for Iraq (UNAMI), which ends its mandate in December, praised the conduct of the vote. Its head, Mohamed al-Hassan, said turnout of 56 percent was the highest since 2010. The Kuwaiti foreign minister, Abdullah Al-Yahya, said Kuwait hoped the new government would settle the dispute over the Khor Abdullah waterway.

Riyadh and Baghdad reopened the Arar border crossing in 2020. Saudi investment in Iraq, mostly through the Public Investment Fund, has reached 3 billion dollars, according to the Iraqi Investment Commission.
"""

SPORTS = """Galatasaray Close In on Osimhen Deal as Verstappen Wins in Abu Dhabi

ISTANBUL — Galatasaray are in advanced talks with Napoli over a permanent move for Nigerian striker Victor Osimhen, the club's vice-president Erden Timur said on Sunday, days after the forward scored twice in a 3-1 derby win over Fenerbahce.

Osimhen, who spent last season on loan at the Istanbul club, has a release clause of 75 million euros. Napoli president Aurelio De Laurentiis told Italian broadcaster Sky Sport Italia that "no discount" would be offered, but Timur said Galatasaray were prepared to spread payments over four years. The Turkish champions have already signed Leroy Sané from Bayern Munich on a free transfer.

"Victor wants to stay, his family is happy here, and we will do everything to make it happen," Timur said after a board meeting at the club's training ground in Florya. Galatasaray coach Okan Buruk added that he had spoken to the player twice this week.

Fenerbahce, coached by Jose Mourinho until his dismissal in August, have also been linked with a move for Manchester United winger Alejandro Garnacho. Fenerbahce president Sadettin Saran said the club would "not enter an auction" for any player. Besiktas, meanwhile, confirmed that Ciro Immobile had left for Bologna.

UEFA's Financial Fair Play rules could complicate the deal. Galatasaray were fined 2 million euros by UEFA's Club Financial Control Body in 2023, and analysts at Deloitte said the club's wage bill had risen by 40 percent in two seasons. The Turkish Football Federation (TFF) has set a transfer deadline of Sept. 12.

In Formula 1, Max Verstappen won the season-ending Abu Dhabi Grand Prix at the Yas Marina Circuit, finishing 4.2 seconds ahead of McLaren's Lando Norris. Norris had already secured the drivers' championship two weeks earlier in Qatar, the first title for a British driver since Lewis Hamilton in 2020.

Hamilton, in his first season with Ferrari, finished fifth after starting 12th. "It's been a tough year, but the car was fantastic today," the seven-time champion told reporters. His teammate Charles Leclerc retired on lap 31 with a hydraulics failure.

Red Bull team principal Laurent Mekies said Verstappen's drive was "as good as any he has done". Oscar Piastri, Norris's teammate at McLaren, finished third and ends the year third in the standings. Mercedes driver George Russell was fourth, ahead of his rookie teammate Andrea Kimi Antonelli.

The FIA, the sport's governing body, confirmed after the race that Aston Martin's Fernando Alonso would not face a penalty for an incident with Williams driver Carlos Sainz on the opening lap. Stefano Domenicali, the chief executive of Formula One Group, said next season's calendar would again open in Melbourne on March 8.

Kick Sauber, which becomes the works Audi team next year, finished last in the constructors' standings. Its driver Nico Hulkenberg said he was "excited about the new chapter" with the German manufacturer.
"""

CULTURE = """Iranian Director Wins Golden Lion as Booker Goes to Hungarian-British Writer

VENICE — Iranian filmmaker Jafar Panahi won the Golden Lion at the 82nd Venice International Film Festival on Saturday for "It Was Just an Accident", a drama shot in secret in Tehran, completing a rare double after the film took the Palme d'Or at Cannes in May.

Panahi, who has been banned from making films in Iran since 2010 and was jailed in Evin Prison in 2022, accepted the award in person. "This prize belongs to every filmmaker who works without permission," he said, thanking the jury led by American director Alexander Payne.

The Grand Jury Prize went to "The Voice of Hind Rajab", by Tunisian director Kaouther Ben Hania, about a six-year-old girl killed in Gaza. The Silver Lion for best director was awarded to Benny Safdie for "The Smashing Machine", starring Dwayne Johnson. Italian actor Toni Servillo won the Volpi Cup for best actor, and Chinese actress Xin Zhilei won for best actress.

Festival director Alberto Barbera said this year's selection showed that "cinema is still the place where the world looks at itself". The Biennale di Venezia, which organises the festival, reported record ticket sales of more than 100,000.

Panahi's film was produced by the French company Les Films Pelléas and will be distributed in North America by Neon, which also handled Anora, last year's Academy Award winner for best picture. Neon chief executive Tom Quinn said the film would open in New York and Los Angeles in October.

LONDON — The Booker Prize was awarded on Tuesday to David Szalay for "Flesh", a novel following a Hungarian man from a housing estate in Budapest to the wealthy circles of London. Szalay, who was born in Montreal to a Hungarian father and grew up in Britain, receives 50,000 pounds.

The chair of the judges, Roddy Doyle, said the panel had reached its decision after a five-hour meeting at the Old Billingsgate in London. "It is a book about how little we say and how much it costs us," Doyle said. The other shortlisted writers included Kiran Desai, for "The Loneliness of Sonia and Sunny", and Andrew Miller.

The Booker Prize Foundation, which runs the award, said sales of the six shortlisted novels had risen by 70 percent since the shortlist was announced. Gaby Wood, the foundation's chief executive, said the prize would next year add an award for translated fiction alongside the International Booker Prize.

The Nobel Prize in Literature was awarded last month to the Hungarian novelist Laszlo Krasznahorkai. The Swedish Academy praised his "compelling and visionary oeuvre". Krasznahorkai's publisher in English, New Directions, said it would reprint four of his novels.

In Turkey, the Istanbul Foundation for Culture and Arts (IKSV) announced that the Istanbul Film Festival would move to September next year. IKSV general director Görgün Taner said the change would let the festival show films from Venice and Toronto.
"""

TECHNOLOGY = """Nvidia Results Beat Forecasts as Mistral Raises 1.7 Billion Euros

SANTA CLARA, California, Nov 19 (Reuters) - Nvidia reported quarterly revenue of 57 billion dollars on Wednesday, above Wall Street's forecasts, as demand for its Blackwell chips from cloud providers such as Microsoft, Amazon Web Services and Google showed no sign of slowing.

Chief executive Jensen Huang said sales of the company's data centre chips were "off the charts" and that the chip maker had orders worth 500 billion dollars through 2026. Shares rose 4 percent in after-hours trading on the Nasdaq.

Nvidia's chief financial officer, Colette Kress, said sales to China had fallen to almost nothing after Washington restricted exports of the H20 chip. The Commerce Department's Bureau of Industry and Security said in April that the chips required a licence. Huang has lobbied President Donald Trump to relax the rules, and met him at the White House in October.

Taiwan Semiconductor Manufacturing Co (TSMC), which makes Nvidia's most advanced chips, said last week that its revenue had risen 40 percent from a year earlier. TSMC chairman C.C. Wei said the company would speed up construction of its second factory in Arizona. Rival Samsung Electronics said it had won an order from Tesla worth 16.5 billion dollars.

In Europe, the French artificial intelligence startup Mistral AI said it had raised 1.7 billion euros in a funding round led by the Dutch chip equipment maker ASML, valuing the company at 11.7 billion euros. ASML will take a stake of about 11 percent and a seat on Mistral's strategic committee.

Arthur Mensch, Mistral's co-founder and chief executive, said the money would pay for data centres in France. "Europe cannot depend on American models for its defence, its banks and its public services," Mensch told Les Echos. ASML chief executive Christophe Fouquet said the deal would help both companies "move faster".

French President Emmanuel Macron welcomed the investment. "This is a great day for European sovereignty," Macron wrote on X. The European Commission's executive vice-president for tech sovereignty, Henna Virkkunen, said Brussels would present an AI Continent Action Plan in the coming weeks.

Mistral competes with OpenAI, the maker of ChatGPT, and Anthropic, which recently raised 13 billion dollars. OpenAI chief executive Sam Altman said in September that his company would spend more than 1 trillion dollars on computing power over the next decade, much of it through Stargate, a joint venture with SoftBank and Oracle.

In Turkey, the technology ministry said state defence firm Aselsan and chip designer Yongatek had agreed to develop a domestic AI chip by 2028. Technology Minister Mehmet Fatih Kacir said Turkey aimed to produce 10 percent of the chips it uses within five years.

Analysts at Morgan Stanley said demand for AI chips would keep growing through 2027. "The question is no longer whether, but how fast," said Joseph Moore, the bank's semiconductor analyst.
"""

HEALTH = """WHO Warns of Measles Surge as Pfizer Seeks Approval for RSV Shot

GENEVA — The World Health Organization warned on Thursday that measles cases in Europe and Central Asia had reached their highest level in 25 years, urging governments to close gaps in childhood vaccination.

WHO Director-General Tedros Adhanom Ghebreyesus said 127,000 cases had been reported across the region last year, double the figure for 2023. "Measles is back, and it is a wake-up call," Tedros told a news conference in Geneva. Romania and Kazakhstan accounted for more than half of the cases, according to a joint report with the United Nations Children's Fund (UNICEF).

Hans Kluge, the WHO regional director for Europe, said vaccination rates had fallen during the COVID-19 pandemic and had not recovered. Catherine Russell, UNICEF's executive director, said children in conflict zones were most at risk.

The agency also said it was monitoring an outbreak of Marburg virus disease in Ethiopia's Jinka town, where nine people have died. The Africa Centres for Disease Control and Prevention (Africa CDC) said it had sent a team of experts. Africa CDC director-general Jean Kaseya said the outbreak was "under control but not over".

In the United States, Health Secretary Robert F. Kennedy Jr. has faced criticism from doctors after the Centers for Disease Control and Prevention changed its advice on vaccines for children. The American Academy of Pediatrics said it would publish its own schedule.

Pfizer said on Wednesday it had asked the Food and Drug Administration to approve its respiratory syncytial virus (RSV) vaccine Abrysvo for adults aged 18 to 59 at higher risk. The New York-based company said a trial of 680 adults showed a strong immune response. Pfizer chief executive Albert Bourla said the company expected a decision in the first half of next year.

Rival Moderna, whose shot mRESVIA was approved last year for people aged 60 and over, reported a quarterly loss of 1.1 billion dollars on Friday, as sales of its COVID vaccine fell. Moderna chief executive Stéphane Bancel said the company would cut costs by a further 500 million dollars. GSK, the British drugmaker, sells a rival shot, Arexvy.

The European Medicines Agency (EMA) said its human medicines committee would review the Pfizer data in January. In Turkey, the Health Ministry said it would add the RSV vaccine to its national programme for pregnant women from next year. Health Minister Kemal Memisoglu said 1.2 million doses had been ordered.

Gavi, the Vaccine Alliance, which buys vaccines for poor countries, said it faced a funding gap of 3 billion dollars after the United States withdrew its pledge. Gavi chief executive Sania Nishtar said the alliance would have to delay campaigns in 14 countries. The Bill & Melinda Gates Foundation pledged 1.6 billion dollars to Gavi in June.

Dr Maria Van Kerkhove, the WHO's director of epidemic and pandemic preparedness, said the world was "not ready" for the next pandemic. Member states adopted a pandemic agreement at the World Health Assembly in May, but the United States did not take part.
"""


# --- whole articles ---------------------------------------------------------------------------------------


def test_a_markets_article(glossary):
    names = found(MARKETS, glossary, "markets")
    assert names["Moody's Ratings"] == ("Moody's", "organisation")  # not "Moody", not "Ratings" alone
    assert names["OPEC+"][1] == "organisation"
    assert names["Securities and Exchange Commission"][1] == "organisation"
    assert names["Organization of the Petroleum Exporting Countries"][1] == "organisation"
    assert names["Central Bank of the Republic of Turkey"] == ("CBRT", "organisation")
    assert names["McDonald's"][1] == names["Sotheby's"][1] == "organisation"
    assert names["Goldman Sachs"][1] == names["Fitch Ratings"][1] == "organisation"
    assert names["Mehmet Simsek"] == ("Simsek", "person")
    for wrong in ("Moody", "Ratings", "McDonald", "Sotheby", "Securities", "Exchange Commission", "OPEC"):
        assert wrong not in names


def test_a_turkish_politics_article(glossary):
    names = found(TURKEY, glossary, "turkey")
    assert names["Ekrem İmamoğlu"] == ("İmamoğlu", "person")
    assert names["Özgür Özel"] == ("Özel", "person")
    assert names["Kemal Kılıçdaroğlu"] == ("Kılıçdaroğlu", "person")
    assert names["Republican People's Party"] == ("CHP", "organisation")
    assert names["Justice and Development Party"] == ("AK Party", "organisation")
    assert names["Peoples' Equality and Democracy Party"] == ("DEM Party", "organisation")
    assert names["Nationalist Movement Party"] == ("MHP", "organisation")
    assert names["Kurdistan Workers' Party"] == ("PKK", "organisation")
    assert names["Disaster and Emergency Management Authority"] == ("AFAD", "organisation")
    assert names["Sındırgı"][1] == names["Silivri"][1] == "place"
    for wrong in ("Disaster", "Emergency Management Authority", "Development Party", "Peoples' Equality", "CHP"):
        assert wrong not in names


def test_an_iraq_and_gulf_article(glossary):
    names = found(IRAQ, glossary, "iraq")
    assert names["Mohammed Shia al-Sudani"] == ("al-Sudani", "person")
    assert names["Mohammed bin Salman"][1] == names["Abdulaziz bin Salman"][1] == "person"
    assert names["Abu Dhabi"][1] == "place"
    assert names["Reconstruction and Development Coalition"][1] == "organisation"
    assert names["UN Assistance Mission for Iraq"] == ("UNAMI", "organisation")
    assert names["Patriotic Union of Kurdistan"] == ("PUK", "organisation")
    assert names["Khor Abdullah"][1] == "place"
    assert "Iraqi Mohammed Shia al-Sudani" not in names and "Reconstruction" not in names


def test_a_sports_article(glossary):
    names = found(SPORTS, glossary, "sports")
    for club in ("Galatasaray", "Fenerbahce", "Napoli", "McLaren", "Williams", "Red Bull", "Manchester United"):
        assert names[club][1] == "organisation", club
    assert names["Abu Dhabi Grand Prix"][1] == "event"
    assert names["Lando Norris"] == ("Norris", "person")  # "Norris's teammate" is a person's teammate
    assert names["Victor Osimhen"] == ("Osimhen", "person")


def test_the_desks_stubs_are_glossary_entries_check_accepts(glossary, tmp_path):
    for text in (MARKETS, TURKEY, IRAQ, SPORTS, CULTURE, TECHNOLOGY, HEALTH):
        path = tmp_path / "stubs.yaml"
        path.write_text(stubs_yaml(build_stubs(find_candidates([article(text)], glossary), glossary)), encoding="utf-8")
        loaded = load_glossary([path])
        assert not loaded.findings
        assert all(entry.type in ("person", "place", "organisation", "event", "award", "term") for entry in loaded)


# --- a firm named with a possessive -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Moody's said the outlook was positive. Investors welcomed Moody's decision.", "Moody's"),
        ("Sales fell at McDonald's. A spokesman said McDonald's would cut prices.", "McDonald's"),
        ("A unit of Sotheby's, the auction house, was fined.", "Sotheby's"),
        ("Shares of Christie's fell; the auction house said Christie's had no comment.", "Christie's"),
    ],
)
def test_a_firm_named_with_a_possessive_keeps_its_s(desk_glossary, text, name):
    names = found("Title\n\n" + text, desk_glossary)
    assert names[name][1] == "organisation"
    assert name.removesuffix("'s") not in names


def test_a_persons_possessive_is_still_no_part_of_the_name(desk_glossary):
    text = "Title\n\nInvestors cheered Özgür Özel's win. Özel said the party was ready, and Özel's rivals agreed."
    assert found(text, desk_glossary) == {"Özgür Özel": ("Özel", "person")}


def test_ids_of_possessive_and_plus_names(desk_glossary):
    assert ids("Moody's said the outlook was positive, and OPEC+ agreed with OPEC.", desk_glossary) == {
        "Moody's": "moodys",
        "OPEC+": "opec-plus",
        "OPEC": "opec",
    }


# --- names with a plus or a number ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("On Sunday OPEC+ agreed to pause output increases, and OPEC said prices were stable.", {"OPEC+", "OPEC"}),
        ("Finance ministers of the G20 met before COP31, and the G7 promised more.", {"G20", "COP31", "G7"}),
        ("Activists said LGBTQ+ groups were banned from the march.", {"LGBTQ+"}),
    ],
)
def test_a_name_with_a_plus_or_a_number_is_a_name_of_its_own(desk_glossary, sentence, expected):
    assert set(in_sentence(sentence, desk_glossary)) == expected


# --- 'and' inside a body's name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Officials of the Disaster and Emergency Management Authority arrived.",
            "Disaster and Emergency Management Authority",
        ),
        ("He told the Justice and Development Party on Monday.", "Justice and Development Party"),
        ("A report by the Securities and Exchange Commission was published.", "Securities and Exchange Commission"),
        ("He asked the Food and Drug Administration to approve it.", "Food and Drug Administration"),
        (
            "Experts at the Centers for Disease Control and Prevention warned.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "It was the Ministry of Environment and Urbanisation that said so.",
            "Ministry of Environment and Urbanisation",
        ),
    ],
)
def test_a_body_whose_name_holds_and_stays_whole(desk_glossary, sentence, name):
    names = in_sentence(sentence, desk_glossary)
    assert list(names) == [name] and names[name][1] == "organisation"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Officials said Iran and Turkey agreed.", {"Iran", "Turkey"}),
        ("Officials said Galatasaray and Fenerbahce fans clashed.", {"Galatasaray", "Fenerbahce"}),
        ("Providers such as Amazon Web Services and Google grew.", {"Amazon Web Services", "Google"}),
        ("He met diplomats of the Council of Europe and NATO.", {"Council of Europe", "NATO"}),
    ],
)
def test_two_names_joined_by_and_stay_two(desk_glossary, sentence, expected):
    assert set(in_sentence(sentence, desk_glossary)) == expected


# --- a nationality before a person's name -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Officials said Turkish Recep Tayyip Erdogan spoke.", "Recep Tayyip Erdogan"),
        ("On Sunday Iraqi Mohammed Shia al-Sudani arrived in Riyadh.", "Mohammed Shia al-Sudani"),
        ("The move was welcomed by Nigerian Victor Osimhen on Monday.", "Victor Osimhen"),
        ("The prize went to Iranian Narges Mohammadi on Friday.", "Narges Mohammadi"),
    ],
)
def test_a_nationality_before_a_persons_name_is_no_part_of_it(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Aid was sent by the Turkish Red Crescent on Monday.", "Turkish Red Crescent"),
        ("Shares in Saudi Aramco rose on Monday.", "Saudi Aramco"),
        ("Flights of Turkish Airlines resumed.", "Turkish Airlines"),
        ("He spoke to the Syrian Observatory for Human Rights.", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_nationality_stays_in_the_name_of_a_body(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "organisation"


# --- one-word clubs and firms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("On Sunday Galatasaray are in advanced talks over a new striker.", "Galatasaray"),
        ("He scored twice in a derby win over Fenerbahce.", "Fenerbahce"),
        ("Speaking on Monday, Napoli president Aurelio De Laurentiis refused.", "Napoli"),
        ("The forward spent last season on loan at Besiktas.", "Besiktas"),
        ("Sources said Galatasaray were fined by the federation.", "Galatasaray"),
        ("His teammate at McLaren finished third.", "McLaren"),
        ("It was a good day, Williams driver Carlos Sainz said.", "Williams"),
        ("Analysts at Deloitte said wages rose.", "Deloitte"),
        ("The state defence firm Aselsan signed the deal.", "Aselsan"),
        ("Shares fell after Kick Sauber, which becomes the Audi team, finished last.", "Kick Sauber"),
    ],
)
def test_a_one_word_club_or_firm_is_an_organisation_where_the_copy_says_so(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Reporters said Norris's teammate finished third behind Lando Norris.", "Lando Norris", "person"),
        ("The talks were held in Florya on Monday.", "Florya", "place"),
        ("Officials said Iran and Turkey are close.", "Turkey", "place"),
    ],
)
def test_words_a_club_has_do_not_make_a_person_or_place_a_club(desk_glossary, sentence, name, kind):
    assert in_sentence(sentence, desk_glossary)[name][1] == kind


# --- a body's short name in brackets ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name, short",
    [
        ("The Republican People's Party (CHP) won. The CHP said so.", "Republican People's Party", "CHP"),
        ("Members of the Kurdistan Workers' Party (PKK) left.", "Kurdistan Workers' Party", "PKK"),
        (
            "He leads the Justice and Development Party (AK Party) in parliament.",
            "Justice and Development Party",
            "AK Party",
        ),
        (
            "Experts of the Africa Centres for Disease Control and Prevention (Africa CDC) arrived.",
            "Africa Centres for Disease Control and Prevention",
            "Africa CDC",
        ),
        (
            "A report by the United Nations Children's Fund (UNICEF) was published.",
            "United Nations Children's Fund",
            "UNICEF",
        ),
    ],
)
def test_a_bodys_short_name_in_brackets_is_its_short_form_whatever_its_letters(desk_glossary, sentence, name, short):
    assert in_sentence(sentence, desk_glossary)[name] == (short, "organisation")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Officials of the Disaster and Emergency Management Authority arrived.",
            {"Disaster and Emergency Management Authority"},
        ),
        ("Members of the Kurdistan Workers' Party (PKK) left.", {"Kurdistan Workers' Party"}),
        ("Shares of Christie's fell after Christie's results.", {"Christie's"}),
        ("Shares of Berkshire Hathaway rose.", {"Berkshire Hathaway"}),
        ("Sales of the H20 chip fell.", {"H20"}),
        # where the copy also writes it inside a sentence, the name needs it
        ("Friends of the Earth said so, and a report by Friends of the Earth agreed.", {"Friends of the Earth"}),
    ],
)
def test_a_plural_noun_opening_a_sentence_before_of_is_no_part_of_the_name(desk_glossary, sentence, expected):
    assert set(in_sentence(sentence, desk_glossary)) == expected


def test_a_name_in_brackets_after_a_person_or_place_is_not_its_short_form(desk_glossary):
    names = in_sentence("Officials said Andrew Bailey (BoE) and Sarmada (HTS) were named.", desk_glossary)
    assert names["Andrew Bailey"][0] is None and names["Sarmada"][0] is None


# --- ids --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Officials said King Abdullah II called.", {"Abdullah II": "abdullah-ii"}),
        ("Officials said Robert F. Kennedy Jr. spoke.", {"Robert F. Kennedy Jr": "kennedy"}),
        ("Officials said Aurelio De Laurentiis spoke.", {"Aurelio De Laurentiis": "laurentiis"}),
        ("Officials said Maria Van Kerkhove spoke.", {"Maria Van Kerkhove": "kerkhove"}),
        ("Officials said Prince Abdulaziz bin Salman spoke.", {"Abdulaziz bin Salman": "abdulaziz-bin-salman"}),
        ("Officials said Abu Mohammad al-Jolani spoke.", {"Abu Mohammad al-Jolani": "jolani"}),
        (
            "Officials said the Organization of the Petroleum Exporting Countries met.",
            {"Organization of the Petroleum Exporting Countries": "opec"},
        ),
        (
            "Officials said the Republican People's Party met.",
            {"Republican People's Party": "republican-peoples-party"},
        ),
        (
            "Officials of the Justice and Development Party (AK Party) met.",
            {"Justice and Development Party": "ak-party"},
        ),
    ],
)
def test_ids_read_as_the_name(desk_glossary, sentence, expected):
    assert ids(sentence, desk_glossary) == expected


# --- what the culture, technology and health desks showed -------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ('Officials said the film "It Was Just an Accident" won the Palme d\'Or.', {"Palme d'Or"}),
        ('The prize went to "The Loneliness of Sonia and Sunny" by Kiran Desai.', {"Kiran Desai"}),
        ("Talks were held in Côte d'Ivoire on Monday.", {"Côte d'Ivoire"}),
    ],
)
def test_titles_in_title_case_quotes_are_no_names_and_elided_particles_join_names(desk_glossary, sentence, expected):
    assert set(in_sentence(sentence, desk_glossary)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a lone word opening the sentence before a verb of saying is a name too
        ("Macron wrote on X. The European Commission said it agreed.", {"Macron", "X", "European Commission"}),
        ("Officials said George W. Bush and Gen. A. Smith met.", {"George W. Bush", "A. Smith"}),
    ],
)
def test_an_initial_ends_the_sentence_where_a_sentence_opener_follows(desk_glossary, sentence, expected):
    assert set(in_sentence(sentence, desk_glossary)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Moody's raised Turkey to Ba3, and Fitch rates it BB-, three notches below Baa3.",
            {"Moody's", "Turkey", "Fitch"},
        ),
        ("Analysts said S&P kept Egypt at B-, while Greece rose to BBB+.", {"S&P", "Egypt", "Greece"}),
    ],
)
def test_credit_ratings_are_no_names(desk_glossary, sentence, expected):
    assert set(in_sentence(sentence, desk_glossary)) == expected


def test_a_letter_and_a_number_outside_a_sentence_about_ratings_is_still_read(desk_glossary):
    names = in_sentence("Traffic on the A1 motorway stopped as the B2 bomber flew over.", desk_glossary)
    assert set(names) == {"A1", "B2"}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Ankara wants to buy 40 F-16 jets from Washington.", "F-16"),
        ("Reports said the Su-57 was shown at the fair.", "Su-57"),
        ("Exports of the H20 chip to China were restricted.", "H20"),
        ("Pfizer asked regulators to approve its vaccine Abrysvo for adults.", "Abrysvo"),
        ("Officials said an outbreak of Marburg virus disease was under control.", "Marburg"),
    ],
)
def test_a_product_or_a_models_designation_is_a_term(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "term"


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Shares of Garanti BBVA rose on Monday.", "Garanti BBVA", "organisation"),
        ("A report said JPMorgan Chase expected growth.", "JPMorgan Chase", "organisation"),
        ("Cases in Central Asia doubled last year.", "Central Asia", "place"),
        ("The film opens in New York and Los Angeles in October.", "Los Angeles", "place"),
        ("Shares rose, Les Echos reported on Monday.", "Les Echos", "organisation"),
        ("Officials said Kataib Hezbollah would not take part.", "Kataib Hezbollah", "organisation"),
        ("Officials said Robert F. Kennedy Jr. spoke.", "Robert F. Kennedy Jr", "person"),
    ],
)
def test_the_type_of_names_the_new_desks_write(desk_glossary, sentence, name, kind):
    assert in_sentence(sentence, desk_glossary)[name][1] == kind


def test_a_particle_opening_a_sentence_opens_the_name(desk_glossary):
    text = "Officials met Crown Prince Mohammed bin Salman on Sunday. Bin Salman and his guests discussed trade."
    assert in_sentence(text, desk_glossary) == {"Mohammed bin Salman": ("bin Salman", "person")}


def test_a_princes_first_name_goes_with_the_one_met_after_the_same_title(desk_glossary):
    text = (
        "He met Sheikh Mohamed bin Zayed Al Nahyan and Prime Minister Mohammed Shia al-Sudani in Abu Dhabi. "
        "Sheikh Mohamed's brother was there."
    )
    names = in_sentence(text, desk_glossary)
    assert names["Mohamed bin Zayed Al Nahyan"] == ("Mohamed", "person")
    assert "Mohamed" not in names


def test_two_bodies_joined_by_of_are_two_names(desk_glossary):
    text = (
        "Esmail Qaani, commander of the Quds Force of the Islamic Revolutionary Guard Corps, came. The "
        "Congress of Local and Regional Authorities and the Central Bank of the Republic of Turkey met."
    )
    assert set(in_sentence(text, desk_glossary)) == {
        "Esmail Qaani",
        "Quds Force",
        "Islamic Revolutionary Guard Corps",
        "Congress of Local and Regional Authorities",  # 'Congress' alone is no body's own name
        "Central Bank of the Republic of Turkey",
    }


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Iraqi Electricity Minister Ziad Ali Fadel signed it.", "Ziad Ali Fadel"),
        ("Turkish Technology Minister Mehmet Fatih Kacir said so.", "Mehmet Fatih Kacir"),
        ("Saudi Culture Minister Badr bin Farhan attended.", "Badr bin Farhan"),
    ],
)
def test_a_ministers_portfolio_is_no_name(desk_glossary, sentence, name):
    assert set(in_sentence(sentence, desk_glossary)) == {name}


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Gains were led by banks such as Akbank and Garanti BBVA.", "Akbank", "organisation"),
        (
            "Demand from cloud providers such as Microsoft, Amazon Web Services and Google grew.",
            "Microsoft",
            "organisation",
        ),
        (
            "Demand from cloud providers such as Microsoft, Amazon Web Services and Google grew.",
            "Google",
            "organisation",
        ),
        ("Fighting spread to cities such as Homs and Hama.", "Hama", "place"),
        ("Officials said Jafar Panahi won the Golden Lion on Saturday.", "Golden Lion", "award"),
        ("Hans Kluge, the WHO regional director for Europe, said so.", "Europe", "place"),
    ],
)
def test_lists_and_prizes_tell_the_type(desk_glossary, sentence, name, kind):
    assert in_sentence(sentence, desk_glossary)[name][1] == kind


def test_a_quoted_title_opening_with_its_article_is_no_name(desk_glossary):
    text = 'The Silver Lion went to Benny Safdie for "The Smashing Machine", starring Dwayne Johnson.'
    assert set(in_sentence(text, desk_glossary)) == {"Silver Lion", "Benny Safdie", "Dwayne Johnson"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mercedes driver George Russell was fourth.", {"Mercedes": "organisation", "George Russell": "person"}),
        ("Besiktas coach Sergen Yalcin resigned.", {"Besiktas": "organisation", "Sergen Yalcin": "person"}),
        # a common word the copy also writes in lowercase is no team
        (
            "Former coach Fatih Terim spoke. He praised the former coach of Napoli.",
            {"Fatih Terim": "person", "Napoli": "organisation"},
        ),
    ],
)
def test_a_team_opening_a_sentence_before_a_players_role_is_a_name(desk_glossary, text, expected):
    assert {name: kind for name, (_, kind) in in_sentence(text, desk_glossary).items()} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Families of Flight 752 victims met. Passengers of Flight 752 were mourned.", {"Flight 752": "event"}),
        ("In Formula 1, Max Verstappen won again.", {"Formula 1": "event", "Max Verstappen": "person"}),
        ("Tourists drove along Route 66 last summer.", {"Route 66": "place"}),
        # a score is no number of a name
        (
            "Galatasaray coach Okan Buruk said they beat Fenerbahce 3-1 in the derby.",
            {"Galatasaray": "organisation", "Okan Buruk": "person", "Fenerbahce": "organisation"},
        ),
    ],
)
def test_a_name_made_with_a_number(desk_glossary, text, expected):
    assert {name: kind for name, (_, kind) in in_sentence(text, desk_glossary).items()} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The money went through Stargate, a joint venture with SoftBank.",
            {"Stargate": "organisation", "SoftBank": "organisation"},
        ),
        ("Officials said GSK, the British drugmaker, sells a rival shot.", {"GSK": "organisation"}),
        ("Nine people died in Jinka, a town in the south.", {"Jinka": "place"}),
        ("Rival Samsung Electronics said it won an order.", {"Samsung Electronics": "organisation"}),
        ("Analyst Joseph Moore said demand would grow.", {"Joseph Moore": "person"}),
        (
            "The French startup Mistral AI raised money. Mistral's co-founder spoke, and Mistral competes with OpenAI.",
            {"Mistral AI": "organisation", "OpenAI": "organisation"},
        ),
    ],
)
def test_appositions_roles_and_firms_endings(desk_glossary, text, expected):
    assert {name: kind for name, (_, kind) in in_sentence(text, desk_glossary).items()} == expected


def test_a_firm_without_the_word_that_ends_its_name_is_its_short_form(desk_glossary):
    text = "The startup Mistral AI raised money, and investors said Mistral would build data centres."
    assert in_sentence(text, desk_glossary)["Mistral AI"] == ("Mistral", "organisation")
