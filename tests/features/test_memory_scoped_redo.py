"""After the memory changes (a review file imported, a unit added or removed), a run redoes the articles whose
sentences the change reaches, and only those: each article's up-to-date check holds the memory entries it uses
or would match (exact, adapted, joined or cut, suggested, unreadable or unreviewed), not the memory files whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT

from toolkit import run

# each article's own words, so that no two articles' sentences are close matches of each other
SUBJECTS = [
    ("water pipes", "Kadikoy", "crews", "digging"),
    ("the tram line", "Uskudar", "engineers", "testing"),
    ("a library", "Besiktas", "volunteers", "painting"),
    ("the ferry pier", "Sisli", "divers", "inspecting"),
    ("a market hall", "Fatih", "traders", "moving"),
    ("the bus depot", "Beyoglu", "drivers", "protesting"),
    ("a clinic", "Maltepe", "nurses", "vaccinating"),
    ("the stadium roof", "Kartal", "welders", "repairing"),
    ("a school gym", "Pendik", "teachers", "cleaning"),
    ("the harbour crane", "Tuzla", "dockers", "unloading"),
    ("a bakery", "Sariyer", "bakers", "kneading"),
    ("the old bridge", "Eyup", "surveyors", "measuring"),
    ("a fire station", "Beykoz", "firefighters", "training"),
    ("the city archive", "Avcilar", "archivists", "scanning"),
    ("a power plant", "Silivri", "technicians", "replacing"),
    ("the zoo", "Esenyurt", "keepers", "feeding"),
    ("a cinema", "Bakirkoy", "projectionists", "rehearsing"),
    ("the airport fence", "Arnavutkoy", "guards", "patrolling"),
    ("a vineyard", "Catalca", "pickers", "harvesting"),
    ("the lighthouse", "Sile", "keepers", "polishing"),
    ("a mosque dome", "Zeytinburnu", "restorers", "gilding"),
    ("the metro tunnel", "Kagithane", "miners", "drilling"),
    ("a rose garden", "Bagcilar", "gardeners", "pruning"),
    ("the ice rink", "Atasehir", "skaters", "practising"),
]


def _articles(news: Path) -> dict[str, dict[str, str]]:
    """One article per subject, of a title and three sentences; the memory holds each article's title and first
    two sentences in Russian and Turkish (the third goes to the model)."""
    reviewed: dict[str, dict[str, str]] = {}
    for number, (thing, district, people, doing) in enumerate(SUBJECTS):
        title = f"Work on {thing} in {district} begins"
        sentences = [
            f"{people.capitalize()} started {doing} near {thing} on Monday.",
            f"Officials in {district} expect {people} to finish {doing} within {number + 3} weeks.",
            f"Neighbours of {thing} asked {people} to stop {doing} at night.",
        ]
        (news / f"work{number:02}.txt").write_text(f"{title}\n\n{' '.join(sentences)}\n", encoding="utf-8")
        reviewed[title] = {"ru": f"Работы {number} начинаются", "tr": f"{number} çalışmaları başlıyor"}
        reviewed[sentences[0]] = {
            "ru": f"Работы {number} начались в понедельник.",
            "tr": f"{number} Pazartesi başladı.",
        }
        reviewed[sentences[1]] = {
            "ru": f"Власти ждут окончания за {number + 3} недель.",
            "tr": f"Yetkililer {number + 3} hafta içinde bitmesini bekliyor.",
        }
    return reviewed


def _tmx(units: dict[str, dict[str, str]]) -> str:
    """The desk's memory as its CAT tool exports it: each unit's id made from its English, so that ids stay as
    they were when units are added or taken out."""
    import hashlib
    from xml.sax.saxutils import escape

    body = "".join(
        f'<tu tuid="desk-{hashlib.sha1(english.encode()).hexdigest()[:8]}"><tuv xml:lang="en"><seg>{escape(english)}'
        "</seg></tuv>"
        + "".join(f'<tuv xml:lang="{code}"><seg>{escape(text)}</seg></tuv>' for code, text in translations.items())
        + "</tu>"
        for english, translations in units.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="desk" creationtoolversion="1"'
        f' segtype="sentence" o-tmf="desk" adminlang="en" srclang="en" datatype="plaintext"/><body>{body}</body></tmx>'
    )


@pytest.fixture
def desk(tmp_path, copy_models):
    """A folder of 24 articles and the desk's memory beside them, run once (ru and tr, the copy models for what
    the memory lacks, Markdown)."""
    news = tmp_path / "news"
    news.mkdir()
    reviewed = _articles(news)
    memory = news / "desk.tmx"
    memory.write_text(_tmx(reviewed), encoding="utf-8")

    def again(memory_units: dict[str, dict[str, str]] | None = None, jobs: int = 1):
        if memory_units is not None:
            memory.write_text(_tmx(memory_units), encoding="utf-8")
        return run(
            [news],
            languages=["ru", "tr"],
            glossary_paths=[ROOT / "glossaries"],
            out_dir=tmp_path / "out",
            models_dir=copy_models.models_dir,
            formats=["md"],
            jobs=jobs,
        )

    first = again()
    assert first.as_dict()["counts"]["skipped"] == 0
    return reviewed, again, tmp_path / "out"


def _redone(result) -> list[str]:
    return sorted(article.name for article in result.articles if article.status != "skipped")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_changed_translation_redoes_only_the_article_that_uses_it(desk, jobs):
    reviewed, again, out = desk
    assert _redone(again(jobs=jobs)) == []  # nothing changed
    changed = dict(reviewed)
    sentence = "Officials in Beyoglu expect drivers to finish protesting within 8 weeks."  # article 5's
    changed[sentence] = {**changed[sentence], "ru": "Власти Бейоглу ждут окончания за 8 недель."}
    assert _redone(again(changed, jobs=jobs)) == ["work05"]
    assert "Бейоглу" in (out / "work05" / "work05.ru.md").read_text(encoding="utf-8")
    assert _redone(again(jobs=jobs)) == []  # and the run after that redoes nothing
    changed[sentence] = reviewed[sentence]  # the import taken back (the memory restored): redone again
    assert _redone(again(changed, jobs=jobs)) == ["work05"]
    assert "Бейоглу" not in (out / "work05" / "work05.ru.md").read_text(encoding="utf-8")


def test_a_new_unit_for_a_sentence_the_model_translated_redoes_that_article(desk):
    reviewed, again, out = desk
    changed = dict(reviewed)
    changed["Neighbours of the stadium roof asked welders to stop repairing at night."] = {
        "tr": "Komşular kaynakçılardan gece onarımı durdurmalarını istedi."
    }
    assert _redone(again(changed)) == ["work07"]
    assert "kaynakçılardan" in (out / "work07" / "work07.tr.md").read_text(encoding="utf-8")


def test_a_unit_close_enough_to_be_suggested_or_adapted_redoes_the_article_it_reaches(desk):
    reviewed, again, out = desk
    changed = dict(reviewed)
    # article 3's third sentence with another word: a suggestion (a fuzzy match) for that article only
    changed["Neighbours of the ferry pier asked divers to stop inspecting at dawn."] = {"ru": "Соседи попросили."}
    assert _redone(again(changed)) == ["work03"]
    assert "Соседи попросили." in (out / "work03" / "report.md").read_text(encoding="utf-8")
    # article 12's third sentence, punctuated otherwise: an adapted match for it alone
    changed["Neighbours of a fire station asked firefighters to stop training at night!"] = {
        "tr": "Komşular itfaiyecilerden gece eğitimi durdurmalarını istedi!"
    }
    assert _redone(again(changed)) == ["work12"]
    assert "itfaiyecilerden" in (out / "work12" / "work12.tr.md").read_text(encoding="utf-8")


def test_a_removed_unit_and_an_unrelated_one(desk):
    reviewed, again, out = desk
    gone = "Dockers started unloading near the harbour crane on Monday."  # article 9's
    changed = {english: units for english, units in reviewed.items() if english != gone}
    assert _redone(again(changed)) == ["work09"]
    changed["The ferry timetable changes in spring, the operator said."] = {"ru": "Расписание паромов изменится."}
    assert _redone(again(changed)) == []  # a unit no article's sentence comes near
    # each manifest now records the memory files it was found up to date with: the next run skips them at once
    recorded = {
        json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["memory"]["files"]
        for folder in out.iterdir()
        if folder.is_dir()
    }
    assert len(recorded) == 1
    assert _redone(again()) == []


def test_a_unit_made_unreadable_redoes_the_article_it_held(desk):
    _, again, out = desk
    memory = out.parent / "news" / "desk.tmx"
    text = memory.read_text(encoding="utf-8")
    kept = "Работы 2 начались в понедельник."
    assert kept in text
    # an editor typed a name placeholder by hand, wrongly: the unit is skipped and its sentence marked
    memory.write_text(text.replace(kept, '<ph type="x-name">{nobody</ph> начались.'), encoding="utf-8")
    assert _redone(again()) == ["work02"]
    assert "memory-unit-unreadable" in (out / "work02" / "report.md").read_text(encoding="utf-8")
