"""A nickname quoted inside a person's name (Jimmy "Barbecue" Chérizier) leaves the name whole: one person named
without the nickname, the quoted form kept as a spelling met, the surname alone its short form."""

import pytest
from suggest_probes import article, found, in_sentence

from toolkit.glossary.suggest import find_candidates


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'Prosecutors unsealed an indictment against Jimmy "Barbecue" Chérizier, the former police officer.',
            "Jimmy Chérizier",
        ),
        ('The cartel\'s co-founder, Joaquín "El Chapo" Guzmán, is serving a life sentence.', "Joaquín Guzmán"),
        ("His sons are fighting a faction loyal to Ismael “El Mayo” Zambada around Culiacán.", "Ismael Zambada"),
        ('At the final in Brussels, Armand "Mondo" Duplantis cleared 6.26 metres.', "Armand Duplantis"),
        ('The club signed Kevin "KDB" De Bruyne on a free transfer.', "Kevin De Bruyne"),
    ],
)
def test_a_nickname_in_quotes_inside_a_name_leaves_one_person(desk_glossary, text, name):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == "person"
    given, family = name.split(" ", 1)
    assert given not in candidates and family not in candidates


def test_the_quoted_form_is_a_spelling_met_and_the_surname_the_short_form(desk_glossary):
    text = (
        'Title\n\nProsecutors indicted Jimmy "Barbecue" Chérizier on Monday. Chérizier, whose gangs control '
        "most of the capital, remains at large."
    )
    (candidate,) = [c for c in find_candidates([article(text)], desk_glossary) if "Chérizier" in c.name]
    assert candidate.name == "Jimmy Chérizier"
    assert candidate.short == "Chérizier"
    assert candidate.variants == ['Jimmy "Barbecue" Chérizier']
    assert candidate.count == 2


@pytest.mark.parametrize(
    "text, absent",
    [
        ('In "Winter Sleep" Ceylan follows a retired actor.', "In Ceylan"),  # a function word before the quote
        ('Markets rallied after the word "Recession" vanished from the statement.', "Recession"),
        ('Fans chanted "Allez Les Bleus" as France scored.', "Les Bleus France"),
    ],
)
def test_a_quotation_between_a_word_and_a_name_joins_nothing(desk_glossary, text, absent):
    candidates = found("Title\n\n" + text, desk_glossary)
    assert not any(absent in name for name in candidates)
    assert not any('"' in name or "“" in name for name in candidates)
