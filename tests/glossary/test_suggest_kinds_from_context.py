"""A name's kind comes from what the copy says around it: a person sings, dies or resigns; a club has a coach,
fans and a score past a clause; a firm is "of" its country; a body's own name stands in apposition. Where
nothing tells a one-word name's kind, the stub says its type is a guess with a '# check type' line, which
`toolkit glossary add` refuses until an editor has set the type and deleted the line."""

import pytest
from suggest_probes import article, found, in_sentence

from toolkit.glossary.add import plan
from toolkit.glossary.stubs import build_stubs, stubs_data, stubs_yaml
from toolkit.glossary.suggest import find_candidates


@pytest.mark.parametrize(
    "text, name",
    [
        ("Adele sang the title song at the ceremony in Los Angeles.", "Adele"),  # culture
        ("Thousands cheered as Rosalía danced through a two-hour set in Barcelona.", "Rosalía"),
        ("Tributes poured in after Pelé died in a São Paulo hospital at the age of 82.", "Pelé"),  # health, sport
        ("The board said Okonjo resigned on Friday after a row over the budget.", "Okonjo"),  # business
        ("Tarkan sang for two hours before a crowd of 40,000.", "Tarkan"),  # opening the sentence
    ],
)
def test_a_verb_only_a_person_does_tells_a_person(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ("José Mourinho, coach of Fenerbahçe, said the referee had cost them the match.", "Fenerbahçe"),
        ("Thousands of fans of Besiktas marched to the ground before kick-off.", "Besiktas"),
        ("The manager of Sepahan was sacked after a third straight defeat.", "Sepahan"),
        ("Galatasaray, coached by Okan Buruk, drew 2-2 with Antalyaspor on Sunday.", "Galatasaray"),
        ("Sepahan and Tractor drew 1-1 in Isfahan on Friday.", "Sepahan"),
        ("Sepahan and Tractor drew 1-1 in Isfahan on Friday.", "Tractor"),
        ("Oscar Piastri finished second in his first race for McLaren since the break.", "McLaren"),
        ("The fans of Liverpool sang for 90 minutes after the final whistle.", "Liverpool"),  # the fans sang
    ],
)
def test_a_sides_people_its_score_and_its_drivers_race_tell_a_club(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The money goes through Gavi, the Vaccine Alliance, to 54 countries.", "Gavi"),  # health
        ("Loans came from Afreximbank, the African Export-Import Bank, in March.", "Afreximbank"),  # business
    ],
)
def test_a_bodys_own_name_in_apposition_tells_a_body(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Novartis of Switzerland said it would cut 500 jobs at two plants.", "Novartis"),
        ("Vale of Brazil reported a 12 percent fall in iron ore output.", "Vale"),
        ("Hanwha of South Korea won the order after a two-year contest.", "Hanwha"),
        ("Haleon of Britain reported higher sales of toothpaste in Asia.", "Haleon"),  # the press's name, not CLDR's
    ],
)
def test_a_firm_of_a_country_opening_a_sentence_is_proposed_as_a_firm(desk_glossary, text, name):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == "organisation"
    assert f"{name} of" not in " ".join(candidates)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Fans of Göztepe marched to the ground before kick-off.", "Göztepe", "organisation"),
        ("Supporters of Besiktas gathered outside the stadium on Sunday.", "Besiktas", "organisation"),
        ("Residents of Kherson fled across the river overnight.", "Kherson", "place"),
    ],
)
def test_a_common_word_opening_a_sentence_before_of_is_no_part_of_the_name(desk_glossary, text, name, kind):
    candidates = in_sentence(text, desk_glossary)
    assert list(candidates) == [name]
    assert candidates[name][1] == kind


def test_a_player_of_a_country_stays_a_person(desk_glossary):
    candidates = in_sentence("Casper Ruud of Norway won the final in straight sets.", desk_glossary)
    assert candidates["Casper Ruud"][1] == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The actress Storm Reid will star in the film, her agent said.", "Storm Reid"),
        ("Storm Reid, who starred in the series, said she was thrilled.", "Storm Reid"),
    ],
)
def test_storm_as_a_given_name_is_a_person(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Storm Ciarán brought winds of 100 mph to the coast of Brittany.", "Storm Ciarán"),
        ("Storm Babet, which flooded towns in Scotland, killed seven people.", "Storm Babet"),
        ("Cyclone Chido killed at least 94 people on the island.", "Cyclone Chido"),
        ("Hurricane Milton made landfall near Sarasota on Wednesday.", "Hurricane Milton"),
    ],
)
def test_a_storm_stays_an_event(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "event"


def test_storm_before_a_products_noun_is_a_term(desk_glossary):
    candidates = in_sentence("Britain has sent Storm Shadow missiles to Kyiv's forces.", desk_glossary)
    assert candidates["Storm Shadow"][1] == "term"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tourists climbed the Rock of Gibraltar on Sunday.", "Rock of Gibraltar"),
        ("Ferries cross to the Isle of Skye from Mallaig twice a day.", "Isle of Skye"),
    ],
)
def test_a_landforms_name_of_a_place_stays_whole(desk_glossary, text, name):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == "place"
    assert "Rock" not in candidates and "Isle" not in candidates


def stubs_of(text, glossary):
    return build_stubs(find_candidates([article("Title\n\n" + text)], glossary), glossary, languages=[])


def test_a_one_word_name_nothing_tells_is_a_type_to_check(desk_glossary, tmp_path):
    stubs = stubs_of("Beyoncé leads the nominations with 11, ahead of Taylor Swift.", desk_glossary)
    text = stubs_yaml(stubs)
    entry = text[text.index("- id: beyonce") :].split("\n\n")[0].splitlines()
    assert entry[1].startswith("  type: ")
    assert entry[2].startswith("  # check type: guessed ")
    assert "person, place, organisation, event, title, nickname, award, term" in entry[2]
    assert {s["id"]: s["type_sure"] for s in stubs_data(stubs)} == {"beyonce": False, "swift": True}

    path = tmp_path / "stubs.yaml"
    path.write_text(text, encoding="utf-8")
    target = tmp_path / "people.yaml"
    target.write_text("", encoding="utf-8")
    problems = [(p.entry_id, p.message) for p in plan(path, target, b"", [], []).findings]
    assert any(e == "beyonce" and "# check' line is still there: type: guessed" in m for e, m in problems), problems


@pytest.mark.parametrize(
    "text, name",
    [
        ("Novartis of Switzerland said it would cut 500 jobs at two plants.", "novartis"),
        ("Beyoncé sang three songs from her new album.", "beyonce"),
        ("José Mourinho, coach of Fenerbahçe, said the referee had cost them the match.", "fenerbahce"),
    ],
)
def test_a_one_word_name_its_context_tells_needs_no_check(desk_glossary, text, name):
    stubs = {stub.id: stub for stub in stubs_of(text, desk_glossary)}
    assert stubs[name].candidate.type_sure
    assert "# check type" not in stubs_yaml([stubs[name]])


def test_names_the_lists_know_need_no_check(desk_glossary):
    candidates = find_candidates([article("Title\n\nTalks resumed in Switzerland on Monday.")], desk_glossary)
    assert [(c.name, c.type, c.type_sure) for c in candidates] == [("Switzerland", "place", True)]
    assert found("Title\n\nTalks resumed in Switzerland on Monday.", desk_glossary)["Switzerland"][1] == "place"
