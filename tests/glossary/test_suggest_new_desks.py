"""Names no glossary covers, on desks the earlier fixtures did not have: courts and law, climate, aviation,
energy, diplomacy with long Arabic and Russian names, and East Asian and European names with particles.

Each test states what an editor should be offered: two names joined by 'and' stay two unless the words
before 'and' read as a body's common words, a name met once at the start of a sentence is found by other
evidence than its capital, firms named after their founders are organisations where the context says so,
and initials written together stay with the name.
"""

import pytest
from suggest_probes import article, ids, in_sentence

from toolkit.glossary.load import load_glossary
from toolkit.glossary.stubs import build_stubs, stubs_yaml
from toolkit.glossary.suggest import find_candidates

COURTS = """ICC Judges Reject Appeal as Johnson & Johnson Settles Talc Claims

THE HAGUE — Judges at the International Criminal Court (ICC) on Thursday rejected an appeal by Israel against the arrest warrants issued last year for Prime Minister Benjamin Netanyahu and his former defence minister, Yoav Gallant, ruling that the court had jurisdiction over crimes alleged in Gaza.

The Appeals Chamber, presided over by Judge Tomoko Akane, said the prosecution had met the legal threshold. Israel, which is not a member of the court, has denied the allegations and said the warrants were "absurd and false". Karim Khan, the court's chief prosecutor, has been on leave since May while United Nations investigators examine a complaint of sexual misconduct against him, which he denies. His deputies, Mame Mandiaye Niang and Nazhat Shameem Khan, are running the office.

Washington imposed sanctions on four ICC judges in June. Secretary of State Marco Rubio said the court had "no legitimacy". The Netherlands, which hosts the court, said it would protect its staff. Amnesty International called the sanctions "an attack on international justice".

Separately, the International Court of Justice (ICJ), the top UN court, heard a second week of arguments in the case brought by South Africa accusing Israel of genocide. Lawyers for South Africa, led by John Dugard and Adila Hassim, told the 15 judges that conditions in Gaza had worsened. Tal Becker, the legal adviser to Israel's foreign ministry, said Israel was acting in self-defence. Judge Iwasawa Yuji, the court's president, said a ruling on the merits could take years.

In Strasbourg, the European Court of Human Rights ruled that Turkey had violated the rights of Selahattin Demirtaş, the jailed former co-leader of the Peoples' Democratic Party (HDP), by keeping him in detention. Demirtaş's lawyer, Mahsuni Karaman, said the government must release him "without delay". The Turkish justice ministry said it was studying the judgment.

In the United States, Johnson & Johnson agreed to pay 6.5 billion dollars to settle claims that its baby powder caused ovarian cancer, in what would be one of the largest product-liability settlements in U.S. history. Johnson & Johnson said in a statement that the claims were "without merit" but that the deal would "bring closure". Erik Haas, the company's worldwide vice president of litigation, said more than 90 percent of claimants supported the plan.

Plaintiffs' lawyer Andy Birchfield of the firm Beasley Allen said the settlement would be challenged in bankruptcy court in Houston. Judge Christopher Lopez rejected two earlier attempts by the company to resolve the cases through a subsidiary, Red River Talc, after objections from the Justice Department's bankruptcy watchdog.

Auditors at Ernst & Young, which signed off on the company's accounts, declined to comment. Analysts at Morgan Stanley said the settlement removed "the largest legal overhang" on the shares. Shares of Johnson & Johnson rose 2.1 percent in New York.

Meanwhile, the Supreme Court agreed to hear a challenge to President Donald Trump's tariffs. Chief Justice John Roberts and Justice Sonia Sotomayor questioned whether the International Emergency Economic Powers Act allowed the president to impose import taxes. Solicitor General D. John Sauer defended the tariffs. Attorney General Pam Bondi said the administration was confident it would win.

Dr Philippe Sands, a professor of law at University College London, said the cases showed "a system of international law under strain from every side". Sands has advised several governments before the ICJ.
"""

CLIMATE = """COP29 Ends With 300 Billion Dollar Climate Finance Deal

BAKU — Nearly 200 countries agreed early on Sunday at the COP29 climate summit in Baku that rich nations would provide at least 300 billion dollars a year by 2035 to help poorer countries cope with global warming, a deal developing nations called far too small.

The agreement on a New Collective Quantified Goal (NCQG) on climate finance was gavelled through by COP29 President Mukhtar Babayev, Azerbaijan's ecology minister, more than 30 hours after the talks were due to end. "This deal is an insurance policy for humanity," said Simon Stiell, the executive secretary of the United Nations Framework Convention on Climate Change (UNFCCC).

India's delegate, Chandni Raina, said the sum was "abysmally poor" and that India objected to its adoption. The Alliance of Small Island States (AOSIS) and the Least Developed Countries group walked out of a meeting on Saturday. Cedric Schuster, the Samoan chair of AOSIS, said island nations had been "ignored".

Developing countries had asked for 1.3 trillion dollars a year. The final text "calls on all actors" to scale up finance to that level by 2035, a goal set out in a "Baku to Belem Roadmap" that Brazil, which hosts COP30 in Belem next year, will lead. Brazilian Environment Minister Marina Silva said the roadmap would be "the test of our credibility".

European Union climate commissioner Wopke Hoekstra said the deal marked "a new era for cooperation and climate finance". Germany's climate envoy, Jennifer Morgan, said rich countries could not pay alone. China, which is classed as a developing country under the 1992 convention, agreed to count its own finance voluntarily. Liu Zhenmin, China's special envoy for climate change, said Beijing would continue to support other developing countries.

Saudi Arabia, speaking for the Arab Group, blocked language on "transitioning away from fossil fuels" agreed at COP28 in Dubai last year. Sultan Al Jaber, who presided over COP28, said the Dubai consensus must not be reversed. Mohamed Adow, director of the Nairobi-based think tank Power Shift Africa, called the outcome "a betrayal".

UN Secretary-General António Guterres said he had hoped for "a more ambitious outcome". Guterres said the deal "must be honoured in full and on time". Scientists of the Intergovernmental Panel on Climate Change (IPCC) have said emissions must fall 43 percent by 2030 from 2019 levels to keep warming to 1.5C. Jim Skea, the IPCC chair, told reporters that the world was on course for warming of about 2.7C.

The summit also agreed rules for a carbon market under Article 6 of the Paris Agreement, nearly a decade after they were first discussed. Climate Action Network, a coalition of 1,900 campaign groups, said the rules had "too many loopholes". Greenpeace said the market would let polluters "buy their way out".

The Fund for Responding to Loss and Damage, set up at COP28 to help countries hit by disasters, said it would make its first payments next year. Its executive director, Ibrahima Cheikh Diong, said the fund had received pledges of 730 million dollars. Barbados Prime Minister Mia Mottley said the fund was "a drop in the ocean".

Tuvalu's climate minister, Maina Vakafua Talia, said his country could be uninhabitable by the end of the century. Talia said Tuvalu had signed a treaty with Australia allowing its citizens to migrate. Azerbaijan, whose economy depends on oil and gas, faced criticism for hosting the talks. Ilham Aliyev, the country's president, told delegates on the first day that oil and gas were "a gift of God".

Next year's talks in Belem will be chaired by André Corrêa do Lago, a veteran Brazilian diplomat.
"""

AVIATION = """Boeing Cleared to Raise 737 Output as Turkish Airlines Orders Airbus Jets

ISTANBUL — Turkish Airlines said on Tuesday it had ordered up to 225 Boeing jets, days after the U.S. planemaker won approval from regulators to raise production of its 737 MAX, in a deal that also includes a firm order for Airbus A350 freighters.

The order, announced at the carrier's headquarters at Istanbul Airport, comprises 75 Boeing 787 Dreamliners and up to 150 737 MAX jets, subject to talks with engine maker CFM International. Turkish Airlines chairman Ahmet Bolat said the carrier aimed to have more than 800 aircraft by 2033, the centenary of the Turkish republic. Transport Minister Abdulkadir Uraloğlu attended the signing.

Boeing chief executive Kelly Ortberg said the order was "a vote of confidence in our people". Ortberg, who took over the company in August last year, has sought to rebuild its reputation after a door panel blew off an Alaska Airlines jet in January 2024. The Federal Aviation Administration (FAA) said last week that Boeing could raise output of the 737 to 42 a month from 38, lifting a cap imposed after the incident. FAA Administrator Bryan Bedford said the agency would keep inspectors at Boeing's factory in Renton, Washington.

The National Transportation Safety Board (NTSB) found that four bolts meant to hold the panel in place were missing when the jet left the factory. Jennifer Homendy, the NTSB's chair, said the board's final report, published in June, showed "a failure of Boeing's safety culture". Alaska Airlines Flight 1282 landed safely and no one was seriously hurt.

Airbus, which delivered 766 aircraft last year, said it was on track for about 820 deliveries this year despite shortages of engines from Pratt & Whitney and CFM. Guillaume Faury, Airbus's chief executive, told analysts that supply chains remained "fragile". Shares of Airbus rose 1.4 percent in Paris.

Rolls-Royce, which makes the Trent engines for the A350, said it would raise its profit forecast. Tufan Erginbilgiç, the British engine maker's chief executive, said the company had "more to do". Erginbilgiç, who was born in Turkey, has overseen a tripling of the company's share price since 2023.

Pegasus Airlines, Turkey's largest low-cost carrier, said it was in talks with Boeing and Airbus about another order. Pegasus chief executive Güliz Öztürk said the airline expected 40 million passengers this year. Emirates President Sir Tim Clark said at the Dubai Airshow that Boeing's delays had cost the airline "billions".

Investigators are still looking into the crash of Air India Flight AI171, a Boeing 787 that came down shortly after take-off from Ahmedabad in June, killing 260 people. India's Aircraft Accident Investigation Bureau (AAIB) said in a preliminary report that fuel switches to both engines had been moved to the cut-off position seconds after take-off. Air India chief executive Campbell Wilson said the airline was cooperating fully.

In Istanbul, Turkish Airlines flight TK1951 was diverted to Ankara on Monday after a passenger fell ill, the airline said. The crew of the Airbus A321neo landed safely at Esenboğa Airport.

Willie Walsh, director general of the International Air Transport Association (IATA), said airlines worldwide were waiting for more than 17,000 aircraft, a record backlog. "Every airline CEO I talk to wants more planes than the manufacturers can build," Walsh said. IATA expects the industry to earn a net profit of 36 billion dollars this year.

Spirit AeroSystems, the supplier that built the fuselage of the Alaska jet, said its sale to Boeing would close in the first quarter. Boeing agreed to buy Spirit for 4.7 billion dollars last year to bring more of its production back in-house.
"""

ENERGY = """Rosatom Says Akkuyu Reactor to Start Next Year as Gazprom Transit Ends

MOSCOW — Russia's state nuclear company Rosatom said on Wednesday that the first reactor of Turkey's Akkuyu nuclear power plant would start supplying electricity to the grid next year, two years later than planned, as Western sanctions delayed deliveries of equipment.

Alexei Likhachev, Rosatom's chief executive, said the Mersin plant's first unit had passed its last pressure tests. "Akkuyu will be the first nuclear station in the world built on the build-own-operate model," Likhachev told reporters at the Atomexpo forum in Sochi. The 20 billion dollar plant, with four reactors of 1,200 megawatts each, is being built by Akkuyu Nuclear JSC, a Rosatom subsidiary.

Turkish Energy Minister Alparslan Bayraktar said in October that a German customs hold on parts made by Siemens Energy had been resolved. Bayraktar said Turkey wanted the plant to supply 10 percent of its electricity. Turkey is also in talks with South Korea's Korea Electric Power Corporation (KEPCO) and China's State Power Investment Corporation about two more plants, at Sinop and in Thrace.

Separately, Gazprom said transit of Russian gas to Europe through Ukraine had stopped on January 1 after Kyiv refused to extend a five-year deal. Gazprom chief executive Alexei Miller said the company had "no legal possibility" to send gas through the country. Naftogaz, Ukraine's state energy company, said it had lost about 800 million dollars a year in transit fees. Its chief executive, Oleksiy Chernyshov, said the end of transit was "a historic event".

Slovak Prime Minister Robert Fico, whose country received gas through Ukraine, accused Kyiv of "sabotage". Fico met President Vladimir Putin in Moscow in December. Hungarian Foreign Minister Péter Szijjártó said Budapest would keep receiving Russian gas through the TurkStream pipeline under the Black Sea, which now carries all of Russia's pipeline exports to Europe.

Gazprom reported a net loss of 629 billion roubles in 2023, its first in more than two decades, after losing most of its European market. Deputy Prime Minister Alexander Novak said Russia would send more gas to China through the Power of Siberia pipeline, and that talks on a second line through Mongolia were "at the final stage". China National Petroleum Corporation (CNPC) has not confirmed the terms.

BOTAŞ, Turkey's state pipeline operator, signed a deal with Gazprom in Istanbul last month to extend contracts for 21.75 billion cubic metres a year. The agreement was signed by BOTAŞ chairman Abdulvahap Fidan and Gazprom deputy chief executive Elena Burmistrova. Ankara wants to turn Thrace into a gas hub for southern Europe, an idea first floated by Putin in 2022.

The European Commission proposed in June to ban all imports of Russian gas by the end of 2027. EU energy commissioner Dan Jørgensen said Europe "cannot let Moscow use energy as a weapon". Hungary and Slovakia oppose the plan. Viktor Orbán, Hungary's prime minister, said it would "destroy" Hungarian households.

Rosneft, Russia's largest oil producer, said its profit fell by a third in the first half. Igor Sechin, Rosneft's chief executive, blamed a strong rouble and OPEC+ output policy. In Germany, the government extended its control of Rosneft Deutschland, which runs the Schwedt refinery, for another six months.

Framatome, the French nuclear fuel maker owned by Électricité de France (EDF), said it had signed a deal with Rosatom's fuel division TVEL in 2021 that remained in force. Critics said the deal made Europe dependent on Russia. Greenpeace said Rosatom should be sanctioned. Kateryna Chornovol, a researcher at the Kyiv-based Razumkov Centre, said Rosatom "is a tool of Russian foreign policy".

Construction of the second and third Akkuyu reactors is due to finish by 2028. Sergei Butckikh, the director general of Akkuyu Nuclear, said more than 10,000 Turkish workers were employed at the site.
"""

DIPLOMACY = """Qatar's Premier Hosts Lavrov and Araghchi as Syria Talks Resume in Doha

DOHA — Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani, hosted his Russian and Iranian counterparts on Saturday for talks on Syria, a week after the country's new leader, Ahmed al-Sharaa, visited Moscow for the first time.

Russian Foreign Minister Sergei Viktorovich Lavrov and Iran's Abbas Araghchi met Sheikh Mohammed for more than three hours at the Diwan Amiri, Qatari officials said. Turkish Foreign Minister Hakan Fidan joined by video link. "We agreed that Syria's unity and sovereignty must be respected," Mr Lavrov told reporters after the meeting. Lavrov said Moscow would keep its naval base at Tartus "on terms agreed with the Syrian government".

Al-Sharaa, who led Hay'at Tahrir al-Sham (HTS) under the nom de guerre Abu Mohammed al-Julani until its offensive toppled Bashar al-Assad last December, has sought to rebuild ties with Russia, which gave Assad asylum. Julani's group was listed as a terrorist organisation by the United Nations until the Security Council lifted sanctions on him in November. Sharaa met President Vladimir Putin in the Kremlin on October 15.

Araghchi said Iran was ready for "a new page" with Damascus. Iran was Assad's main backer and lost its influence in Syria when his government fell. Supreme Leader Ayatollah Ali Khamenei said in a speech on Wednesday that "the youth of Syria" would one day "drive out the occupiers". Khamenei did not name Sharaa.

Dr Majed al-Ansari, the spokesman for Qatar's foreign ministry, said Doha would host another round of talks in January. Ansari said Qatar had paid the salaries of Syrian public sector workers for three months, with Saudi Arabia. Sheikh Mohammed thanked Gen. Hassan Mahmoud Rashad, the head of Egypt's intelligence service, for his help with the talks on Gaza.

Maria Zakharova, the Russian foreign ministry's spokeswoman, said on Thursday that Moscow had not been asked to hand over Assad. Ms Zakharova said Russia would "not discuss" the former president's status. Dmitry Peskov, the Kremlin's spokesman, said contacts with Damascus were "developing well".

In Damascus, Syrian Foreign Minister Asaad Hassan al-Shaibani met UN special envoy Geir Pedersen, who said he would step down at the end of the year. Pedersen said the transition had been "far from perfect". Shaibani said Syria would hold a parliamentary election in the spring.

Israel, which has struck Syria hundreds of times since December and occupied a buffer zone in the south, was not invited. Israeli Prime Minister Benjamin Netanyahu said the Israeli army would stay "as long as necessary". Sheikh Mohammed said Israel's strikes were "a flagrant violation of Syria's sovereignty".

Saudi Crown Prince Mohammed bin Salman and President Donald Trump, who met al-Sharaa in Riyadh in May, have called for sanctions on Syria to be lifted. Mohammed bin Salman has promised investment in the Syrian power grid. Sheikh Mohammed bin Abdulrahman said Qatar would fund a power station near Deir ez-Zor.

Ayatollah Khamenei's adviser, Ali Akbar Velayati, said on Friday that Iran would not "abandon the axis of resistance". Brig. Gen. Esmail Qaani, the commander of the Quds Force, has not been seen in public since October. Hezbollah Secretary-General Naim Qassem said the group had lost its supply line through Syria.

Mr Lavrov flew on to Ankara on Sunday, where he was due to meet President Recep Tayyip Erdoğan. Sergei Viktorovich Lavrov, 75, has been Russia's foreign minister since 2004.
"""

PARTICLES = """Xi and Yoon Meet in Gyeongju as Von der Leyen Heads to Beijing

GYEONGJU — Chinese President Xi Jinping and South Korean President Lee Jae-myung met on Saturday on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit, their first talks since Lee took office in June after the removal of his predecessor, Yoon Suk Yeol.

Xi told Lee that China and South Korea should be "partners for common prosperity", the Chinese foreign ministry said. Mr Xi invited Lee to visit Beijing next year. Lee said he hoped China would play "a constructive role" in bringing North Korea's leader, Kim Jong Un, back to talks. Wang Yi, China's foreign minister, and Cho Hyun, his South Korean counterpart, attended the meeting.

Yoon, who was removed by the Constitutional Court in April over his brief declaration of martial law, is on trial in Seoul on charges of leading an insurrection. His lawyers said the charges were political. Former prime minister Han Duck-soo, who served as acting president, has also been charged. Yoon Suk Yeol denies wrongdoing.

Japanese Prime Minister Sanae Takaichi met Xi for 30 minutes on Friday. Takaichi, who took office in October, said she had raised the detention of Japanese citizens in China. Her predecessor, Shigeru Ishiba, had sought better ties with Beijing.

In Brussels, European Commission President Ursula von der Leyen said she would travel to Beijing next month with António Costa, the president of the European Council, for a summit with Xi and Premier Li Qiang. Von der Leyen said Europe wanted "balanced trade, not a trade war". Ms von der Leyen has accused China of flooding markets with cheap electric cars and steel.

Kaja Kallas, the EU's foreign policy chief, said China's support for Russia's war in Ukraine was "the main obstacle" to better relations. Kallas spoke after a meeting with Wang in Brussels. NATO Secretary-General Mark Rutte said China had become "the decisive enabler" of Russia's war.

In Paris, Jean-Yves Le Drian, France's former foreign minister and now President Emmanuel Macron's envoy to Lebanon, said Beirut needed a government "able to take decisions". Le Drian, who served under two presidents, met Lebanese President Joseph Aoun last week. Macron will visit Beijing in December.

In Geneva, Staffan de Mistura, the UN secretary-general's personal envoy for Western Sahara, said he would present a new proposal to the Security Council. De Mistura, an Italian-Swedish diplomat who was previously the UN envoy for Syria, has held talks with Morocco, the Polisario Front and Algeria. Dr Ignazio Cassis, Switzerland's foreign minister, offered to host the talks.

Belgian Prime Minister Bart De Wever and Dutch Prime Minister Dick Schoof said Europe should use frozen Russian assets held at Euroclear to fund Ukraine. De Wever said Belgium needed guarantees. Frank-Walter Steinmeier, Germany's president, said on a visit to Seoul that Europe and Asia faced "the same threats".

Gen. Kim Myung-soo, chairman of South Korea's Joint Chiefs of Staff, said North Korea had fired two ballistic missiles into the sea on Wednesday. Kim Yo Jong, the North Korean leader's sister, said Pyongyang would never give up its nuclear weapons. Vietnam's To Lam and Indonesia's Prabowo Subianto also attended the summit.

Xi will host the APEC summit in Shenzhen next year. Chinese Vice President Han Zheng said China was "ready to work with all sides". Mr Xi and Mr Lee agreed to restart a dialogue between their foreign and defence ministers.
"""


# --- 'and' between two names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Demand from providers such as Microsoft and Amazon Web Services grew.", {"Microsoft", "Amazon Web Services"}),
        ("He met staff of the Bank of England and Goldman Sachs.", {"Bank of England", "Goldman Sachs"}),
        (
            "Talks between Oracle and Emirates Telecommunications Group ended.",
            {"Oracle", "Emirates Telecommunications Group"},
        ),
        ("Executives of Gazprom and Rosatom State Corporation met.", {"Gazprom", "Rosatom State Corporation"}),
    ],
)
def test_a_firms_or_places_name_before_and_is_a_name_of_its_own(desk_glossary, sentence, expected):
    assert set(in_sentence(sentence, desk_glossary)) == expected


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Officials of the Food and Drug Administration arrived.", "Food and Drug Administration"),
        ("He spoke at the Freedom and Justice Party congress.", "Freedom and Justice Party"),
        (
            "A report by the Centre for Strategic and International Studies was published.",
            "Centre for Strategic and International Studies",
        ),
        (
            "He visited the Organisation for Economic Co-operation and Development on Monday.",
            "Organisation for Economic Co-operation and Development",
        ),
        ("He joined the Reconstruction and Development Coalition.", "Reconstruction and Development Coalition"),
        (
            "A study by the Istanbul Foundation for Culture and Arts came out.",
            "Istanbul Foundation for Culture and Arts",
        ),
    ],
)
def test_a_bodys_name_with_and_between_common_words_stays_whole(desk_glossary, sentence, name):
    assert list(in_sentence(sentence, desk_glossary)) == [name]


# --- initials written together ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name, short",
    [
        ("TSMC chairman C.C. Wei said so. Wei added more.", "C.C. Wei", "Wei"),
        ("Vice President J.D. Vance met the envoy, and Vance left.", "J.D. Vance", "Vance"),
        ("Officials said George H.W. Bush's son spoke.", "George H.W. Bush", None),
    ],
)
def test_initials_written_together_stay_with_the_persons_name(desk_glossary, sentence, name, short):
    names = in_sentence(sentence, desk_glossary)
    assert names[name] == (short, "person")
    assert not any(other.startswith(("C.C", "J.D", "H.W")) and other != name for other in names)


# --- a name met once, opening a sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Google said it would spend more on data centres.", "Google", "organisation"),
        ("Rolls-Royce said it would cut 2,000 jobs.", "Rolls-Royce", "organisation"),
        ("Pfizer's shares rose 3 percent on Monday.", "Pfizer", "organisation"),
        ("Bosnia was hit by floods last week.", "Bosnia", "place"),
        ("Kazakhstan sent its first shipment on Monday.", "Kazakhstan", "place"),
        ("Peskov declined to comment on the report.", "Peskov", "person"),
        ("Jinka, a town in the south, was hit.", "Jinka", "place"),
        ("Özel spoke for an hour.", "Özel", None),  # letters no English word has; the type is for the editor
    ],
)
def test_a_name_met_once_opening_a_sentence_is_found_by_other_evidence(desk_glossary, sentence, name, kind):
    names = in_sentence(sentence, desk_glossary)
    assert name in names
    if kind:
        assert names[name][1] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        'Asked about it, a spokesman replied: "Progress is slow."',
        "Turnout was low. Officials said it was the lowest since 2002.",
        "Analysts said demand would grow. Media reported the deal.",
        "Everyone said so. Nobody told the minister.",
        "Fighting continued overnight. Fighting resumed in the morning.",
        "Investors said the fund would close. Critics warned of losses.",
        "Inflation rose in May. Inflation fell in June.",
        "Women's groups protested. Children's hospitals were full. Gunfire's heard at night.",
        "Witness said she saw it. Police said the man was arrested. Rebels said they took the town.",
    ],
)
def test_a_common_word_opening_a_sentence_is_still_no_name(desk_glossary, sentence):
    assert in_sentence(sentence, desk_glossary) == {}


# --- firms named after their founders ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Officials said Goldman Sachs raised its forecast for Turkey.", "Goldman Sachs"),
        ("Officials said Morgan Stanley said in a statement that demand grew.", "Morgan Stanley"),
        ("Shares of Johnson & Johnson fell after the ruling.", "Johnson & Johnson"),
        ("Officials said Ernst & Young audited the accounts.", "Ernst & Young"),
        ("The fund owns a stake in Procter & Gamble.", "Procter & Gamble"),
        ("Shares of Morgan Stanley rose on Monday.", "Morgan Stanley"),
        ("Economists at Goldman Sachs expect two cuts.", "Goldman Sachs"),
    ],
)
def test_a_firm_named_after_its_founders_is_an_organisation_where_the_context_says_so(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "organisation"


def test_a_firms_id_is_its_whole_name_not_a_surname(desk_glossary):
    text = "Officials said Goldman Sachs raised its forecast, and Morgan Stanley said in a statement it agreed."
    assert ids(text, desk_glossary) == {"Goldman Sachs": "goldman-sachs", "Morgan Stanley": "morgan-stanley"}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Officials said Kelly Ortberg told his staff to wait.", "Kelly Ortberg"),
        ("Boeing chief executive Kelly Ortberg said his company would recover.", "Kelly Ortberg"),
        ("Officials said Maria Kowalski raised her concerns.", "Maria Kowalski"),
    ],
)
def test_his_or_her_after_a_name_tells_a_person(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "person"


def test_a_pronoun_after_a_role_or_another_name_is_not_the_names(desk_glossary):
    names = in_sentence(
        "Officials said Boeing chief executive Kelly Ortberg said his company would recover.", desk_glossary
    )
    assert names["Boeing"][1] != "person"


# --- whole articles of the new desks, as an editor judges what suggest offers -----------------------------


def stubs_of(text, glossary, name="article"):
    return {
        stub.name: stub
        for stub in build_stubs(find_candidates([article(text, name)], glossary), glossary, languages=[])
    }


def test_a_courts_article(glossary):
    stubs = stubs_of(COURTS, glossary, "courts")
    assert (stubs["International Criminal Court"].short, stubs["International Criminal Court"].id) == ("ICC", "icc")
    assert stubs["International Court of Justice"].short == "ICJ"
    assert stubs["Peoples' Democratic Party"].short == "HDP"
    # a firm named after its founders, whatever the verb after it
    for firm in ("Johnson & Johnson", "Ernst & Young", "Morgan Stanley", "Beasley Allen"):
        assert stubs[firm].type == "organisation", firm
    assert stubs["Morgan Stanley"].id == "morgan-stanley" and stubs["Johnson & Johnson"].id == "johnson-johnson"
    # a judge's title is no part of the name; an initial before a name stays
    assert stubs["John Roberts"].type == stubs["Sonia Sotomayor"].type == "person"
    assert stubs["D. John Sauer"].id == "sauer"
    assert (stubs["Philippe Sands"].short, stubs["Selahattin Demirtaş"].short) == ("Sands", "Demirtaş")
    assert stubs["International Emergency Economic Powers Act"].type == "term"  # a law: one wording everywhere
    for wrong in ("Justice John Roberts", "Justice Sonia Sotomayor", "Chief Justice", "Dr Philippe Sands", "ICC"):
        assert wrong not in stubs


def test_a_climate_article(glossary):
    stubs = stubs_of(CLIMATE, glossary, "climate")
    assert (stubs["COP29"].type, stubs["COP28"].type) == ("event", "event")
    assert stubs["United Nations Framework Convention on Climate Change"].short == "UNFCCC"
    assert stubs["Intergovernmental Panel on Climate Change"].short == "IPCC"
    assert stubs["Alliance of Small Island States"].short == "AOSIS"
    assert stubs["New Collective Quantified Goal"].short == "NCQG"
    assert stubs["Fund for Responding to Loss and Damage"].type == "organisation"
    assert stubs["Climate Action Network"].type == stubs["Power Shift Africa"].type == "organisation"
    assert stubs["André Corrêa do Lago"].type == "person"
    assert stubs["António Guterres"].short == "Guterres"
    # pieces of longer names, and a nationality, are not offered
    assert stubs["Sultan Al Jaber"].id == "jaber"
    for wrong in (
        "Climate Change",
        "Intergovernmental Panel",
        "Loss",
        "Damage",
        "Action Network",
        "Samoan",
        "Lago",
        "Al Jaber",
    ):
        assert wrong not in stubs
    for country in ("India", "China", "Australia", "Brazil", "Saudi Arabia", "Tuvalu"):  # "India objected to its"
        assert stubs[country].type == "place", country


def test_an_aviation_article(glossary):
    stubs = stubs_of(AVIATION, glossary, "aviation")
    for firm in ("Boeing", "Airbus", "Turkish Airlines", "Rolls-Royce", "Pratt & Whitney", "Spirit AeroSystems"):
        assert stubs[firm].type == "organisation", firm
    assert stubs["Alaska Airlines Flight 1282"].type == stubs["TK1951"].type == "event"  # flights
    assert stubs["Boeing 787 Dreamliners"].type == "term" and stubs["Trent"].type == "term"
    assert stubs["Federal Aviation Administration"].short == "FAA"
    assert stubs["Bryan Bedford"].type == "person"  # "FAA Administrator Bryan Bedford": the title is cut off
    assert stubs["Dubai Airshow"].type == "event"
    assert stubs["Kelly Ortberg"].short == "Ortberg" and stubs["Tufan Erginbilgiç"].short == "Erginbilgiç"
    assert stubs["Air India"].short is None  # "India" alone is the country, not Air India's short form
    assert stubs["India"].type == "place"
    assert stubs["MAX"].type == "term"  # "737 MAX": a model's name after its number
    for wrong in ("FAA Administrator Bryan Bedford", "Administrator Bryan Bedford", "Dreamliners"):
        assert wrong not in stubs


def test_an_energy_article(glossary):
    stubs = stubs_of(ENERGY, glossary, "energy")
    for firm in ("Rosatom", "Gazprom", "Rosneft", "Naftogaz", "Siemens Energy", "Greenpeace"):
        assert stubs[firm].type == "organisation", firm
    assert stubs["Korea Electric Power Corporation"].short == "KEPCO"
    assert (stubs["Électricité de France"].short, stubs["Électricité de France"].type) == ("EDF", "organisation")
    assert stubs["Dan Jørgensen"].id == "jorgensen"  # a letter without a mark to drop is written as copy writes it
    assert stubs["Abdulvahap Fidan"].id == "abdulvahap-fidan"  # not the glossary's Hakan Fidan
    for place in ("Kyiv", "Mongolia", "Schwedt", "South Korea", "Thrace", "China", "Hungary"):
        assert stubs[place].type == "place", place
    assert (stubs["Alexei Likhachev"].short, stubs["Robert Fico"].short) == ("Likhachev", "Fico")
    assert "Vladimir Putin" not in stubs and "Putin" not in stubs  # the glossary has him
    assert stubs["Atomexpo"].type == "event"  # "told reporters at the Atomexpo forum": no employer
    # the company is not the plant: "Akkuyu" alone is no short form of "Akkuyu Nuclear JSC"
    # (the firm is named without its legal form, written with it among the spellings met)
    assert stubs["Akkuyu Nuclear"].variants == ["Akkuyu Nuclear JSC"] and "Akkuyu" in stubs


def test_a_diplomacy_article_with_long_arabic_and_russian_names(glossary):
    stubs = stubs_of(DIPLOMACY, glossary, "diplomacy")
    qatari = stubs["Mohammed bin Abdulrahman bin Jassim Al Thani"]
    assert (qatari.short, qatari.id, qatari.type) == ("Mohammed", "mohammed-bin-abdulrahman", "person")
    assert stubs["Sergei Viktorovich Lavrov"].short == "Lavrov" and stubs["Sergei Viktorovich Lavrov"].id == "lavrov"
    julani = stubs["Abu Mohammed al-Julani"]
    assert (julani.short, julani.id, julani.type) == ("Julani", "julani", "person")
    assert stubs["Ahmed al-Sharaa"].short == "al-Sharaa"
    assert stubs["Hay'at Tahrir al-Sham"].short == "HTS"
    # titles mid-sentence are cut off: Mr, Ms, Dr, Gen., Brig. Gen., Sheikh, Ayatollah
    assert stubs["Maria Zakharova"].short == "Zakharova" and stubs["Majed al-Ansari"].short == "Ansari"
    assert stubs["Esmail Qaani"].type == stubs["Hassan Mahmoud Rashad"].type == "person"
    assert stubs["Damascus"].type == stubs["Israel"].type == stubs["Saudi Arabia"].type == "place"
    # the glossary's names, under any of their spellings, are not offered again
    for known in ("Ali Khamenei", "Khamenei", "Bashar al-Assad", "Assad", "Hakan Fidan", "Recep Tayyip Erdoğan"):
        assert known not in stubs
    for wrong in ("Mr Lavrov", "Gen. Hassan Mahmoud Rashad", "Ayatollah Khamenei", "Sheikh Mohammed", "Mohammed"):
        assert wrong not in stubs


def test_an_article_of_east_asian_and_european_names_with_particles(glossary):
    stubs = stubs_of(PARTICLES, glossary, "particles")
    # a family name written first is the short form, and the id
    for name, short in (("Xi Jinping", "Xi"), ("Yoon Suk Yeol", "Yoon"), ("Lee Jae-myung", "Lee")):
        assert (stubs[name].short, stubs[name].id) == (short, short.lower()), name
    # European particles stay with the surname
    assert stubs["Ursula von der Leyen"].short == "von der Leyen"
    assert stubs["Staffan de Mistura"].short == "de Mistura"
    assert stubs["Jean-Yves Le Drian"].short == "Le Drian"
    assert stubs["Bart De Wever"].short == "De Wever"
    assert stubs["Western Sahara"].type == stubs["Geneva"].type == "place"
    # a Korean given name is written after the family name, which is the id
    assert stubs["Han Duck-soo"].id == "han"
    # a Chinese or Korean name never named alone is still known by its family name, written first; of three
    # Kims, the one met most takes 'kim' and the others their whole names
    assert (stubs["Li Qiang"].id, stubs["Cho Hyun"].id, stubs["Kim Jong Un"].id) == ("li", "cho", "kim")
    assert (stubs["Kim Myung-soo"].id, stubs["Kim Yo Jong"].id) == ("kim-myung-soo", "kim-yo-jong")
    assert stubs["Han Zheng"].id == "han-zheng"  # 'han' is Han Duck-soo's
    # a Vietnamese name is written family name first, but the press names the person by the last word
    assert stubs["To Lam"].id == "lam"
    assert stubs["Asia-Pacific Economic Cooperation"].short == "APEC"
    for wrong in ("Xi", "Yoon", "Lee", "Von der Leyen", "Le Drian", "De Mistura"):
        assert wrong not in stubs


def test_the_new_desks_stubs_are_glossary_entries_check_accepts(glossary, tmp_path):
    for text in (COURTS, CLIMATE, AVIATION, ENERGY, DIPLOMACY, PARTICLES):
        path = tmp_path / "stubs.yaml"
        path.write_text(stubs_yaml(build_stubs(find_candidates([article(text)], glossary), glossary)), encoding="utf-8")
        loaded = load_glossary([path])
        assert not loaded.findings
        assert len({entry.id for entry in loaded}) == len(list(loaded))


# --- what the new desks showed, sentence by sentence ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("India objected to its adoption on Sunday.", "India", "place"),
        ("Officials said Saudi Arabia blocked the text.", "Saudi Arabia", "place"),
        ("Talks on Western Sahara resumed, and he said he would stay.", "Western Sahara", "place"),
        ("Officials said COP29 ended late.", "COP29", "event"),
        ("A diverted flight TK1951 landed in Ankara.", "TK1951", "event"),
        (
            "The International Emergency Economic Powers Act was cited.",
            "International Emergency Economic Powers Act",
            "term",
        ),
        ("Officials said the Trent engines were safe.", "Trent", "term"),
        ("He spoke at the Atomexpo forum in Sochi.", "Atomexpo", "event"),
        ("A report by the think tank Power Shift Africa came out.", "Power Shift Africa", "organisation"),
        ("The case went to a subsidiary, Red River Talc, last year.", "Red River Talc", "organisation"),
        ("Contacts with Damascus were developing well.", "Damascus", "place"),
    ],
)
def test_the_type_of_names_the_new_desks_write(desk_glossary, sentence, name, kind):
    assert in_sentence(sentence, desk_glossary)[name][1] == kind


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chief Justice John Roberts questioned it.", {"John Roberts": "roberts"}),
        ("Next year's talks will be chaired by André Corrêa do Lago.", {"André Corrêa do Lago": "lago"}),
        ("EU energy commissioner Dan Jørgensen said so.", {"EU": "eu", "Dan Jørgensen": "jorgensen"}),
        ("Former prime minister Han Duck-soo was charged.", {"Han Duck-soo": "han"}),
        ("Tennis champion Novak Đoković said so.", {"Novak Đoković": "dokovic"}),
        ("Serbian striker Miloš Đurić said so.", {"Miloš Đurić": "duric"}),
        ("Icelandic minister Bjarni Þórðarson said so.", {"Bjarni Þórðarson": "thordarson"}),
        (
            "Officials said Sheikh Mohammed bin Abdulrahman Al Thani arrived. Sheikh Mohammed spoke.",
            {"Mohammed bin Abdulrahman Al Thani": "mohammed-bin-abdulrahman"},
        ),
        ("FAA Administrator Bryan Bedford said so.", {"FAA": "faa", "Bryan Bedford": "bedford"}),
    ],
)
def test_titles_particles_and_ids_of_the_new_desks(desk_glossary, sentence, expected):
    assert ids(sentence, desk_glossary) == expected


@pytest.mark.parametrize(
    "text, name, short",
    [
        ("Chinese President Xi Jinping met him. Xi said trade mattered.", "Xi Jinping", "Xi"),
        ("He succeeded Yoon Suk Yeol in June. Yoon, who denies wrongdoing, is on trial.", "Yoon Suk Yeol", "Yoon"),
        ("Foreign Minister Wang Yi attended. Wang spoke first.", "Wang Yi", "Wang"),
        # a firm's name of short words is not written family name first
        (
            "Akkuyu Nuclear JSC runs the plant near Mersin. The first Akkuyu reactor is ready.",
            "Akkuyu Nuclear",
            None,
        ),
    ],
)
def test_a_name_written_family_name_first_takes_its_first_word_as_short_form(desk_glossary, text, name, short):
    assert in_sentence(text, desk_glossary)[name][0] == short


def test_a_bodys_gerund_takes_its_object_with_to(desk_glossary):
    text = "The Fund for Responding to Loss and Damage paid out. He went to Brussels to Meet nobody."
    assert "Fund for Responding to Loss and Damage" in in_sentence(text, desk_glossary)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Officials said Abu Mohammed al-Julani led the group until its offensive began.", "Abu Mohammed al-Julani"),
        ("Officials said the envoy for Western Sahara, said he would stay.", "Western Sahara"),
    ],
)
def test_a_pronoun_across_a_clause_or_a_comma_is_no_evidence(desk_glossary, sentence, name):
    names = in_sentence(sentence, desk_glossary)
    assert names[name][1] != ("organisation" if "Julani" in name else "person")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Sultan Al Jaber, who presided over COP28, said so.", "Sultan Al Jaber"),
        ("Officials said Sultan al-Neyadi flew to the station.", "Sultan al-Neyadi"),
    ],
)
def test_sultan_before_a_familys_name_is_a_first_name(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "person"


def test_sultan_before_a_rulers_name_is_still_a_title(desk_glossary):
    names = in_sentence("Officials said Sultan Haitham bin Tariq met him, as Sultan Qaboos had.", desk_glossary)
    assert {"Haitham bin Tariq", "Qaboos"} <= set(names) and "Sultan Qaboos" not in names


@pytest.mark.parametrize(
    "text, name",
    [
        # a person's short form that says something stays a person's
        ("The vice-president Erden Timur spoke on Sunday. Timur said the club would pay.", "Erden Timur"),
        # a person known by the first word of his name
        ("WHO Director-General Tedros Adhanom Ghebreyesus spoke. Tedros told reporters it was bad.", "Tedros"),
    ],
)
def test_a_short_form_or_a_first_name_that_says_something_is_a_persons(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


def test_its_after_a_noun_after_the_name_is_no_sign_of_a_firm(desk_glossary):
    text = "Title\n\nThe ministry said it would add the RSV vaccine to its programme."
    (rsv,) = [c for c in find_candidates([article(text)], desk_glossary) if c.name == "RSV"]
    assert not any("its" in reason for reason in rsv.type_reasons)


def test_a_word_in_another_script_opening_a_sentence_is_not_taken_for_a_name(desk_glossary):
    assert in_sentence("Дохе было жарко. Officials left.", desk_glossary) == {}
