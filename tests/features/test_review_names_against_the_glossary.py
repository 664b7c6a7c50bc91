"""The editors' loop when an editor's correction breaks the glossary: a name written another way, or another
place put where the English names one. The import names the row, the glossary entry and where to fix it, and
the memory never takes a wrong name: a respelt name is stored as the glossary's slot, a replaced one not at all."""

import pytest
from click.testing import CliRunner
from review_files import REVIEWED, STORY, correct

from toolkit.cli import main
from toolkit.translate.memory import load_memory

# Ankara (4.1) replaced by Istanbul, a place the English does not name
ISTANBUL = {
    "ru": "Фидан вылетел в Тегеран, а затем в Стамбул.",
    "tr": "Fidan önce Tahran'a, ardından İstanbul'a uçtu.",
    "ar": "توجه فيدان إلى طهران ثم إلى إسطنبول.",
    "fa": "فیدان به تهران و سپس به استانبول پرواز کرد.",
}
# Ali Mamlouk (2.1) in the reviewer's own spelling
RESPELT = {
    "ru": ("Али Мамлюк", "Али Мамлук"),
    "tr": ("Ali Memluk", "Ali Memlük"),
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_correction_that_breaks_the_glossary_is_named_with_its_entry_and_never_stored_wrong(
    workspace, copy_models, code
):
    (workspace / "news").mkdir()
    (workspace / "news" / "story.txt").write_text(STORY, encoding="utf-8")
    cli("translate", "news/story.txt", "--to", code, "--editions", "review", "--models-dir", copy_models.models_dir)
    corrected = dict(REVIEWED[code], **{"4.1": ISTANBUL[code]})
    if code in RESPELT:
        glossary_spelling, own = RESPELT[code]
        corrected["2.1"] = corrected["2.1"].replace(glossary_spelling, own)
    review = workspace / "output" / "story" / f"story.{code}.review.docx"
    correct(review, corrected, reviewer="Layla Haddad")

    result = cli("memory", "import", review, "--memory", "news/story.tmx")

    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    (refused,) = [line for line in lines if line.startswith("not taken:")]
    assert refused.startswith(f"not taken: story.{code}.review.docx row 5 (ID 4.1) ({code}): 'Ankara' (ankara) is in")
    fix = lines[lines.index(refused) + 1]
    assert f"fix the glossary (the entry's {code} rendering at glossaries/places.yaml:" in fix
    memory = load_memory([workspace / "news" / "story.tmx"])
    assert memory.lookup("Fidan flew to Tehran and then to Ankara.", code) is None  # no wrong name stored
    if code in RESPELT:
        (check,) = [line for line in lines if line.startswith("check:") and "(ID 2.1)" in line]
        assert f"the glossary's '{RESPELT[code][0]}' (mamlouk, glossaries/people.yaml:" in check
        assert (
            f"fix the glossary (the entry's {code} rendering at glossaries/people.yaml:"
            in lines[lines.index(check) + 1]
        )
        stored = memory.lookup("General Ali Mamlouk met Hakan Fidan in Moscow on Monday.", code)
        assert "{mamlouk" in stored.template.code and RESPELT[code][1] not in stored.template.code
