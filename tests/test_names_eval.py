"""The names evaluation sets, as assertions: the issue's bar on the development and first held-out set; on the
later held-out sets, nothing wrong without a flag and no fewer right than when they were last measured."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_harness():
    spec = importlib.util.spec_from_file_location("eval_names", ROOT / "bench" / "eval_names.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_names"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_each_names_set_is_right_or_flagged_with_nothing_silently_wrong(glossary, name):
    harness = load_harness()
    scores = harness.evaluate(harness.load_set(ROOT / "bench" / "names" / name), glossary)
    assert set(scores) == {"ar", "fa", "tr", "ru"}
    for language, score in scores.items():
        assert score.total >= 40, language  # every language evaluated to the same depth
    total = harness.Score()
    for score in scores.values():
        total.add(score)
    assert total.total >= 150
    failures = "\n".join(total.failures)
    assert total.mentions["correct"] >= 0.98 * total.total, failures
    assert total.mentions["silently wrong"] == 0 and total.mentions["wrong form"] == 0, failures
    assert total.overwritten == 0 and total.repeated == 0, failures


# correct mentions when each set was last measured (README, "Names in machine output"); what is not correct there
# is flagged, never published wrong without a flag
LATER_SETS = {
    "holdout2": 313,
    "holdout3": 291,
    "holdout4": 383,
    "holdout5": 396,
    "holdout6": 431,
    "holdout7": 368,
    "holdout8": 346,
    "holdout9": 372,
    "holdout10": 424,
    "holdout11": 416,
    "holdout12": 579,
    "holdout13": 506,
    "holdout14": 400,
    "holdout15": 312,
    "holdout16": 632,
    "holdout17": 589,
    "holdout18": 606,
    "holdout19": 559,
    "holdout20": 635,
    "holdout21": 614,
    "holdout22": 575,
    "holdout23": 570,
    "holdout24": 577,
    "holdout25": 565,
}

# a published form a set counts as a wrong form that the project judges right, with why (README says the same)
ACCEPTED_FORMS: dict[str, dict[str, int]] = {
    # the model's «شیخ تمیم» for the full name: the full rendering is placed after the short form's honorific, as
    # the glossary's own English variant "Sheikh Tamim bin Hamad Al Thani" writes it
    "holdout6": {"fa-24": 1},
    # "most of the rest were from Iran" as «çoğunun ise İranlı olduğunu»: the suffix of origin says "from Iran"
    # of people as the ablative does; the name in it is placed with the suffix (the sentence is flagged today
    # for another word, the «uçakta» taken with the flight's name)
    "holdout12": {"tr-14": 1},
    "holdout25": {
        # "Turkey's sports minister" as «وزير الرياضة التركي»: the possessor written as the adjective is placed as
        # the name completing the minister's construct (وزير رياضة تركيا, as وزير خارجية تركيا), where the set
        # expects the retry's «وزير الرياضة في تركيا»: both are Arabic newsroom usage
        "ar-07": 1,
        # the model's «إقليم كردستان» / «اقلیم کردستان» for "the Kurdistan Region": the model's wording of the name
        # replaced whole by the glossary's كردستان العراق / کردستان عراق, as twelve earlier sets expect; this set
        # and holdout23 expect the model's إقليم kept before the completed name (fa-20 counts Baghdad beside it too)
        "ar-20": 1,
        "fa-20": 2,
    },
}

# a wrong form a set still counts that is no judgement but not fixed yet, with why (README says the same), and its
# wrong mentions: the guard names it, so that no other wrong form appears beside it; it goes from here when fixed
OPEN_WRONG_FORMS: dict[str, dict[str, int]] = {}


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_sets_publish_no_wrong_name_without_a_flag(glossary, name):
    harness = load_harness()
    total = harness.Score()
    for score in harness.evaluate(harness.load_set(ROOT / "bench" / "names" / name), glossary).values():
        total.add(score)
    failures = "\n".join(total.failures)
    wrong_forms = {failure.split()[0] for failure in total.failures if "[wrong form]" in failure}
    assert total.mentions["silently wrong"] == 0, failures
    accepted, still_open = ACCEPTED_FORMS.get(name, {}), OPEN_WRONG_FORMS.get(name, {})
    assert wrong_forms <= set(accepted) | set(still_open), failures
    assert total.mentions["wrong form"] <= sum(accepted.values()) + sum(still_open.values()), failures
    assert total.mentions["correct"] >= LATER_SETS[name], failures


def test_the_same_visible_words_count_as_correct_however_slot_and_suffix_are_split():
    harness = load_harness()
    from toolkit.document import Piece
    from toolkit.slots import Template

    template = Template.parse("suçlayarak {erbil:loc}kilerin endişelerinin")
    expected = [Piece("suçlayarak "), Piece("Erbil'de", "erbil"), Piece("kilerin endişelerinin")]
    published = [Piece("suçlayarak "), Piece("Erbil", "erbil"), Piece("'dekilerin endişelerinin")]
    as_read = harness._Reading(expected, template, published, joined=True)
    assert harness._Reading(expected, template, published, joined=False).correct(0) is False
    assert as_read.correct(0) is True
    assert as_read.lost() == []


def test_different_visible_words_beside_a_name_are_not_correct():
    harness = load_harness()
    from toolkit.document import Piece
    from toolkit.slots import Template

    template = Template.parse("suçlayarak {erbil:loc}kilerin endişelerinin")
    expected = [Piece("suçlayarak "), Piece("Erbil'de", "erbil"), Piece("kilerin endişelerinin")]
    published = [Piece("suçlayarak "), Piece("Erbil", "erbil"), Piece("'inkilerin endişelerinin")]
    for joined in (False, True):
        assert harness._Reading(expected, template, published, joined=joined).correct(0) is False


def _reading(expected_parts, template, published_parts):
    harness = load_harness()
    from toolkit.document import Piece
    from toolkit.slots import Template

    def pieces(parts):
        return [Piece(*part) if isinstance(part, tuple) else Piece(part) for part in parts]

    return harness._Reading(pieces(expected_parts), Template.parse(template), pieces(published_parts), joined=True)


def test_a_right_name_beside_another_mention_published_wrong_is_correct():
    # the unplaced neighbour is that mention's own failure; Turkey's own words are right
    reading = _reading(
        ["petrol ", ("Irak Kürt Bölgesel Yönetiminden", "iraqi-kurdistan"), " ", ("Türkiye'ye", "turkey"), " gidiyor"],
        "petrol {iraqi-kurdistan:abl} {turkey:dat} gidiyor",
        ["petrol Irak Kürdistanı'ndan ", ("Türkiye'ye", "turkey"), " gidiyor"],
    )
    assert reading.correct(1) is True
    assert reading.correct(0) is False


def test_a_right_name_beside_another_right_name_still_needs_the_words_between_as_expected():
    # both names right, a word of the model's left between them: neither window is in a row
    reading = _reading(
        [("Rusya'nın", "russia"), " ve ", ("Türkiye'nin", "turkey"), " devriyeleri"],
        "{russia:gen} ve {turkey:gen} devriyeleri",
        [("Rusya'nın", "russia"), " ve ortak ", ("Türkiye'nin", "turkey"), " devriyeleri"],
    )
    assert reading.correct(0) is True  # its window ends at «ve», published right after it
    assert reading.correct(1) is False


def test_a_name_whose_neighbour_word_of_the_sentence_is_wrong_is_not_correct():
    reading = _reading(
        [("Rusya'nın", "russia"), " ", ("Türkiye'nin", "turkey"), " devriyeleri"],
        "{russia:gen} {turkey:gen} devriyeleri",
        [("Rusya'nın", "russia"), " ", ("Türkiye'nin", "turkey"), " askerleri"],
    )
    assert reading.correct(0) is True
    assert reading.correct(1) is False


def test_a_wrong_name_beside_another_mention_published_wrong_is_still_wrong():
    # the window stops at a wrong neighbour, never at the name's own words: both wrong forms are counted
    reading = _reading(
        ["petrol ", ("Irak Kürt Bölgesel Yönetiminden", "iraqi-kurdistan"), " ", ("Türkiye'ye", "turkey"), " gidiyor"],
        "petrol {iraqi-kurdistan:abl} {turkey:dat} gidiyor",
        ["petrol Irak Kürdistanı'ndan ", ("Türkiye", "turkey"), " gidiyor"],
    )
    assert reading.correct(1) is False
    assert reading.correct(0) is False


def test_outputs_already_right_at_the_edges_of_the_rules_come_out_unchanged(glossary):
    """bench/names/edges: right sentences where a rule that changes or flags a name might misfire."""
    harness = load_harness()
    total = harness.Score()
    for score in harness.evaluate(harness.load_set(ROOT / "bench" / "names" / "edges"), glossary).values():
        total.add(score)
    assert total.total >= 500
    assert total.mentions["correct"] == total.total, "\n".join(total.failures)
    assert total.overwritten == 0 and total.repeated == 0, "\n".join(total.failures)
