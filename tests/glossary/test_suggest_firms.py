"""One-word firms the copy describes: an apposition with the firm's noun after its adjectives ('Santos, the
Australian gas producer') or before a participle ('Rosneft, the oil company led by Igor Sechin'), a firm's
unit or affiliate before it ('its unit Tüpraş'), and its founder after its possessive ("Lukoil's founder")."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("XRG is also bidding for Santos, the Australian gas producer.", "Santos"),
        ("Rosneft, the oil company led by Igor Sechin, said exports had fallen.", "Rosneft"),
        ("Exports were handled by Sovcomflot, the Russian tanker company owned by the state.", "Sovcomflot"),
        ("He sold his stake in Wildberries, the online retailer founded by his wife.", "Wildberries"),
        ("The fund bought Tabreed, a UAE cooling company, last year.", "Tabreed"),
    ],
)
def test_an_apposition_with_a_firms_noun_after_adjectives_or_before_a_participle_makes_a_firm(
    desk_glossary, text, name
):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Koç Holding said its unit Tüpraş would invest 1.2 billion dollars.", "Tüpraş"),
        ("The group's affiliate Arçelik reported a loss.", "Arçelik"),
    ],
)
def test_a_unit_or_an_affiliate_before_a_name_makes_a_firm(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Vagit Alekperov, Lukoil's founder, resigned from the board.", "Lukoil"),
        ("Liang Wenfeng, DeepSeek's founder, rarely speaks in public.", "DeepSeek"),
        ("The Telegram founder Pavel Durov was questioned in Paris.", "Telegram"),
    ],
)
def test_a_founder_after_a_name_makes_a_firm(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The convoy reached Kherson, the southern city held by Ukraine.", "Kherson", "place"),
        ("Khalil al-Hayya, the group's chief negotiator, studied the proposal.", "Khalil al-Hayya", "person"),
        ("The prize went to Basel Adra, a Palestinian activist based in Masafer Yatta.", "Basel Adra", "person"),
    ],
)
def test_an_apposition_of_a_place_or_a_person_is_not_a_firms(desk_glossary, text, name, kind):
    assert in_sentence(text, desk_glossary)[name][1] == kind
