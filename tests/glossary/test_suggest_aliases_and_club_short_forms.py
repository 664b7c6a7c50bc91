"""Another name the copy gives for a name in so many words ("X, known as Y", "X, which traders call Y") is one
entry with it, keeping the name's own type; a club's first word met alone is the club's short form, and a club's
city named as a city stays a place."""

import pytest
from suggest_probes import article

from toolkit.glossary.suggest import find_candidates


def candidates(text, glossary):
    return {c.name: c for c in find_candidates([article("Title\n\n" + text)], glossary)}


@pytest.mark.parametrize(
    "text, name, alias, kind",
    [
        (
            "The Federal Network Agency, known as BNetzA, fined two operators on Monday. "
            "Its president said the rules were clear.",
            "Federal Network Agency",
            "BNetzA",
            "organisation",
        ),
        (
            "Mohammed bin Zayed, known widely as MBZ, met the delegation in the evening and promised more aid.",
            "Mohammed bin Zayed",
            "MBZ",
            "person",
        ),
        (
            "Shares rose on the Kuwait Stock Exchange, which most brokers still call Boursa, for a third day.",
            "Kuwait Stock Exchange",
            "Boursa",
            "organisation",
        ),
        (
            "The talks were led by Hassan Nasrallah's deputy, Naim Qassem, whom Lebanese media call Naim Kassem, "
            "and lasted four hours.",
            "Naim Qassem",
            "Naim Kassem",
            "person",
        ),
        (
            "The Moscow Exchange, also known as MOEX, halted trading in dollars after the new sanctions.",
            "Moscow Exchange",
            "MOEX",
            "organisation",
        ),
        (
            "The Central Bank of Nigeria, known locally as CBN, raised its main rate again on Tuesday.",
            "Central Bank of Nigeria",
            "CBN",
            "organisation",
        ),
        (
            "Residents fled the Jabalia refugee camp, which the army calls Jabalia Camp Block Nine, on foot.",
            "Jabalia",
            None,
            None,
        ),
    ],
)
def test_another_name_given_in_so_many_words_is_one_entry_with_the_name(desk_glossary, text, name, alias, kind):
    found = candidates(text, desk_glossary)
    if alias is None:  # the other name of a thing no name was sighted for stays apart
        assert "Jabalia Camp Block Nine" in found
        return
    assert alias not in found
    assert alias in found[name].shorter
    assert found[name].type == kind


@pytest.mark.parametrize(
    "text, other",
    [
        (  # the name of a thing of theirs, not another name of them
            "The Houthis, who call their movement Ansar Allah, fired two drones at a tanker.",
            "Ansar Allah",
        ),
        (  # a nickname in quotes is an entry of its own
            'The Thwaites Glacier, known as the "Doomsday Glacier", is melting from below.',
            "Doomsday Glacier",
        ),
        (  # words between the name and the alias: another sentence's name
            "Nursultan Nazarbayev stepped down in 2019. The capital, known as Astana again, hosted the summit.",
            "Astana",
        ),
    ],
)
def test_a_name_that_is_not_given_as_another_name_stays_apart(desk_glossary, text, other):
    found = candidates(text, desk_glossary)
    assert other in found
    assert all(other not in c.shorter for c in found.values())


@pytest.mark.parametrize(
    "text, club, short",
    [
        (
            "Tottenham Hotspur beat Fulham 3-1 on Sunday. Son Heung-min scored twice for Tottenham, who are fifth.",
            "Tottenham Hotspur",
            "Tottenham",
        ),
        (
            "Blackburn Rovers drew 0-0 with Hull. The Blackburn manager said the pitch was poor.",
            "Blackburn Rovers",
            "Blackburn",
        ),
        (
            "Bayern Munich won 4-0 at home. Harry Kane scored a hat-trick, his 20th for Bayern this season.",
            "Bayern Munich",
            "Bayern",
        ),
        (
            "Gamba Osaka lost 2-1 to Kashima Antlers in the league. The Gamba coach praised his young side.",
            "Gamba Osaka",
            "Gamba",
        ),
    ],
)
def test_a_clubs_first_word_met_alone_is_its_short_form(desk_glossary, text, club, short):
    found = candidates(text, desk_glossary)
    assert short not in found
    assert found[club].short == short
    assert found[club].type == "organisation"


@pytest.mark.parametrize(
    "text, club, city",
    [
        (
            "Zenit Saint Petersburg lost 2-0 to Krasnodar in the league. At the opera house in Saint Petersburg, "
            "a new production of Boris Godunov opened on Friday.",
            "Zenit Saint Petersburg",
            "Saint Petersburg",
        ),
        (
            "Bayern Munich beat Mainz 3-1 on Saturday. Thousands marched in Munich against the new law.",
            "Bayern Munich",
            "Munich",
        ),
    ],
)
def test_a_clubs_city_named_as_a_city_stays_a_place(desk_glossary, text, club, city):
    found = candidates(text, desk_glossary)
    assert found[club].short != city
    assert found[city].type == "place"


def test_a_clubs_city_met_alone_as_the_club_is_still_its_short_form(desk_glossary):
    found = candidates(
        "Bayer Leverkusen drew 1-1 with Eintracht Frankfurt. Leverkusen coach Erik ten Hag was sacked after three "
        "games.",
        desk_glossary,
    )
    assert found["Bayer Leverkusen"].short == "Leverkusen"


@pytest.mark.parametrize(
    "text, cut",
    [
        ("Retailers said Black Friday sales were 4% higher than a year ago, led by electronics.", "Black"),
        ("Online spending on Cyber Monday reached a record $13 billion, Adobe Analytics said.", "Cyber"),
        ("Voters in 15 states go to the polls on Super Tuesday, when Nikki Haley hopes to win Vermont.", "Super"),
        ("The cable was cut on Christmas Day by a tanker dragging its anchor along the seabed.", "Day"),
        ("Pope Leo will celebrate Mass on Christmas Eve in St Peter's Basilica.", "Eve"),
    ],
)
def test_a_word_met_only_in_a_days_name_is_no_name(desk_glossary, text, cut):
    assert cut not in candidates(text, desk_glossary)


def test_a_name_met_beside_a_weekday_and_elsewhere_stays_a_name(desk_glossary):
    found = candidates(
        "Strikes closed Gatwick Friday, the airport said. Gatwick reopened at noon after talks with the union.",
        desk_glossary,
    )
    assert "Gatwick" in found


@pytest.mark.parametrize(
    "text, firm, short",
    [
        (
            "Shares of Novo Nordisk A/S rose 6% in Copenhagen. Novo's chief executive said the pill would launch "
            "in January.",
            "Novo Nordisk",
            "Novo",
        ),
        (
            "Sumitomo Pharma Co. cut its forecast on Tuesday. Sumitomo's shares fell 9% in Tokyo after the "
            "announcement.",
            "Sumitomo Pharma",
            "Sumitomo",
        ),
        (
            "Tata Motors Ltd. said sales of its electric cars doubled. Tata plans to build a battery plant in "
            "Gujarat, the company said.",
            "Tata Motors",
            "Tata",
        ),
    ],
)
def test_a_firms_first_word_met_alone_is_its_short_form(desk_glossary, text, firm, short):
    found = candidates(text, desk_glossary)
    assert short not in found
    assert found[firm].short == short


def test_a_first_word_two_firms_open_with_stays_apart(desk_glossary):
    found = candidates(
        "Mitsubishi Corp. and Mitsubishi Electric Corp. both reported higher profits. Mitsubishi, the family "
        "name of the old zaibatsu, is on dozens of firms.",
        desk_glossary,
    )
    assert all(c.short != "Mitsubishi" for c in found.values())


@pytest.mark.parametrize(
    "text, name, other",
    [
        (
            "The vaccines will be bought with Gavi, the Vaccine Alliance, and shipped by UNICEF next month.",
            "Gavi",
            "Vaccine Alliance",
        ),
        (
            "Funding came from Wellcome, the Wellcome Trust, and from two governments in the Gulf.",
            "Wellcome",
            "Wellcome Trust",
        ),
        (
            "CEPI, the Coalition for Epidemic Preparedness Innovations, pledged $50 million for a new shot.",
            "Coalition for Epidemic Preparedness Innovations",
            "CEPI",
        ),
    ],
)
def test_a_name_in_apposition_set_off_by_commas_is_another_name_of_it(desk_glossary, text, name, other):
    found = candidates(text, desk_glossary)
    assert other not in found
    assert other in found[name].shorter
    assert found[name].type == "organisation"


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Sergei Semak, the Zenit coach, said the league was open.", "Sergei Semak", "Zenit"),
        (
            "Hayat Tahrir al-Sham, the Syrian Salvation Government's armed wing, took Aleppo.",
            "Hayat Tahrir al-Sham",
            "Syrian Salvation Government",
        ),
    ],
)
def test_a_name_in_apposition_that_goes_on_is_another_names(desk_glossary, text, first, second):
    found = candidates(text, desk_glossary)
    assert second not in found[first].shorter


@pytest.mark.parametrize(
    "text, firm, short",
    [
        (
            "Turkcell Iletisim Hizmetleri AS said on Monday it would delay a data centre. Turkcell, the largest "
            "mobile operator, blamed the cost of chips.",
            "Turkcell Iletisim Hizmetleri",
            "Turkcell",
        ),
        (
            "Ford Otomotiv Sanayi AS cut output at its Kocaeli plant for a week. Ford Otomotiv, a venture with Koc "
            "Holding, exports most of its vans.",
            "Ford Otomotiv Sanayi",
            "Ford Otomotiv",
        ),
        (
            "Shares in Pegasus Tasimacilik AS rose 3%. Pegasus said bookings for the summer were 12% higher.",
            "Pegasus Tasimacilik",
            "Pegasus",
        ),
    ],
)
def test_a_turkish_firms_full_name_takes_the_name_the_copy_uses_as_its_short_form(desk_glossary, text, firm, short):
    found = candidates(text, desk_glossary)
    assert short not in found
    assert found[firm].short == short
    assert found[firm].type == "organisation"


@pytest.mark.parametrize(
    "text, firm",
    [
        (
            "D-Market Elektronik Hizmetler ve Ticaret AS, which runs the Hepsiburada site, said sales rose 60%.",
            "D-Market Elektronik Hizmetler ve Ticaret",
        ),
        (
            "Eregli Demir ve Celik Fabrikalari TAS raised steel prices. Its shares rose 2% in Istanbul.",
            None,  # 've' between words that are no firm's business words joins nothing
        ),
        (
            "Migros Ticaret AS and Sok Marketler Ticaret AS both reported higher sales in the third quarter.",
            "Migros Ticaret",
        ),
    ],
)
def test_ve_joins_a_turkish_firms_business_words_only(desk_glossary, text, firm):
    found = candidates(text, desk_glossary)
    if firm is None:
        assert not any(" ve " in name for name in found)
    else:
        assert firm in found
        assert found[firm].type == "organisation"
        assert "Ticaret" not in found


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        (
            "On the Toronto Stock Exchange (TSX), shares of Barrick rose 3%. The TSX said turnover was the highest "
            "since March.",
            "Toronto Stock Exchange",
            "TSX",
        ),
        (
            "The Australian Securities Exchange (ASX) halted trading for two hours. The ASX blamed a software fault.",
            "Australian Securities Exchange",
            "ASX",
        ),
        (
            "Listings on the Astana International Exchange (AIX) doubled this year, and the AIX plans a bond market.",
            "Astana International Exchange",
            "AIX",
        ),
    ],
)
def test_an_exchanges_acronym_may_take_the_x_of_exchange(desk_glossary, text, name, acronym):
    found = candidates(text, desk_glossary)
    assert acronym not in found
    assert found[name].short == acronym
    assert found[name].type == "organisation"


def test_a_ticker_that_spells_no_initials_stays_apart(desk_glossary):
    found = candidates("Exxon Mobil (XOM) rose 2% after the results. XOM is the largest US oil firm.", desk_glossary)
    assert found.get("Exxon Mobil") is None or found["Exxon Mobil"].short != "XOM"


@pytest.mark.parametrize(
    "text, index",
    [
        ("Shares in London were little changed. The FTSE 100 closed 0.1% lower, with miners down.", "FTSE 100"),
        ("In Tokyo, the Nikkei 225 rose 1.2% to a record as the yen weakened against the dollar.", "Nikkei 225"),
        ("Borsa Istanbul's main BIST 100 index fell 2% after the central bank's surprise cut.", "BIST 100"),
        ("The pan-European Stoxx 600 was flat, while Germany's DAX 40 gained 0.3%.", "Stoxx 600"),
    ],
)
def test_a_share_index_and_its_number_are_one_name(desk_glossary, text, index):
    found = candidates(text, desk_glossary)
    assert found[index].type == "term"
    assert index.split()[0] not in found


def test_an_index_providers_name_without_a_number_stays_whole(desk_glossary):
    found = candidates("FTSE Russell said it would add three Saudi firms to its emerging-markets index.", desk_glossary)
    assert "FTSE Russell" in found


# a sentence opening with a capital outside ASCII (Ö, Ş, É) may reach suggest inside the segment of the sentence
# before it: that sentence's last word is no word before the name
@pytest.mark.parametrize(
    "text, person",
    [
        (
            "The group said it would merge its two car-finance units. Ömer Sabancı, the founder's grandson, will "
            "run the new company.",
            "Ömer Sabancı",
        ),
        (
            "Regulators approved the vaccine. Élodie Roux, a virologist at the institute, ran the trial.",
            "Élodie Roux",
        ),
        (
            "Depositors queued outside the bank. Şahin Demir, its former chairman, was arrested on Friday.",
            "Şahin Demir",
        ),
    ],
)
def test_the_last_word_of_the_sentence_before_says_nothing_of_a_name(desk_glossary, text, person):
    assert candidates(text, desk_glossary)[person].type == "person"


def test_a_title_written_with_a_full_stop_still_stands_before_its_name(desk_glossary):
    found = candidates("The clinic is run by Dr. Selin Arslan. Arslan said demand had doubled.", desk_glossary)
    assert found["Selin Arslan"].type == "person"
    assert any("dr" in reason for reason in found["Selin Arslan"].type_reasons)


@pytest.mark.parametrize(
    "text, river",
    [
        ("Officials expect the Indus crest to reach Sukkur by Friday, and the Indus near Kotri is rising.", "Indus"),
        ("Salt water has pushed 60 km into the Mekong delta, and the Mekong is at its lowest in a century.", "Mekong"),
        ("Nine states share the Nile basin. Ethiopia says the Nile carries water it has a right to use.", "Nile"),
        ("Engineers opened the spillways of the Tarbela dam as the Tarbela reservoir filled.", "Tarbela"),
    ],
)
def test_a_rivers_own_noun_after_a_name_makes_it_a_place(desk_glossary, text, river):
    assert candidates(text, desk_glossary)[river].type == "place"


@pytest.mark.parametrize(
    "text, honour",
    [
        ("The festival's top prize, the Golden Yusr, went to a Tunisian film about two brothers.", "Golden Yusr"),
        ("Its highest award, the Silver Crescent, was given to the Iraqi director on Sunday night.", "Silver Crescent"),
        ("Berlin's main prize, the Golden Bear, went to a documentary about a Senegalese village.", "Golden Bear"),
    ],
)
def test_a_name_set_off_after_a_prize_is_the_prizes(desk_glossary, text, honour):
    assert candidates(text, desk_glossary)[honour].type == "award"


def test_a_speaker_set_off_after_a_prize_is_no_prize(desk_glossary):
    found = candidates("The prize, Ahmed Nouri said, would go to a first novel from the region.", desk_glossary)
    assert found["Ahmed Nouri"].type != "award"
