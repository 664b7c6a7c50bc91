"""Two reviews of one sentence: a review file made before another review was imported never undoes it.

Each review file records the memory translation it showed for every sentence
(the review DOCX in its fingerprint, XLIFF in a context group). At import:

- a sentence the reviewer left as the file showed it, where the memory has
  since been given another translation, keeps the memory's (reported as kept);
- a sentence the reviewer corrected, where the memory has since been given
  another translation, is not taken, naming who changed the memory and when;
  ``--overwrite`` stores it anyway;
- a correction that agrees with the memory's newer translation is unchanged.
"""

import shutil

import docx
import pytest
from click.testing import CliRunner
from lxml import etree
from review_files import ENGLISH, REVIEWED, STORY, correct

from toolkit.cli import main
from toolkit.interchange.xliff import XLIFF_NS, structure_problems
from toolkit.translate.memory import TmxDocument, load_memory

SECOND_OPINION = {
    "ru": "Генерал Али Мамлюк провёл встречу с Хаканом Фиданом в Москве в понедельник.",
    "tr": "General Ali Memluk pazartesi günü Hakan Fidan ile Moskova'da bir araya geldi.",
    "ar": "اجتمع اللواء علي مملوك مع هاكان فيدان في موسكو يوم الاثنين.",
    "fa": "ژنرال علی مملوک دوشنبه در مسکو با هاکان فیدان ملاقات کرد.",
}
THIRD_OPINION = {
    "ru": "Фидан прилетел в Тегеран, а затем в Анкару.",
    "tr": "Fidan önce Tahran'a, sonra Ankara'ya gitti.",
    "ar": "سافر فيدان إلى طهران ثم إلى أنقرة.",
    "fa": "فیدان به تهران و سپس به آنکارا رفت.",
}
LANGUAGES = ("ru", "tr", "ar", "fa")


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def story(workspace, copy_models):
    (workspace / "news").mkdir()
    path = workspace / "news" / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def translate(story, models_dir, out, code="ru"):
    result = cli("translate", story, "--editions", "review", "--models-dir", models_dir, "--out", out, "--to", code)
    assert result.exit_code in (0, 1), result.output
    return out / "story"


def stored(memory, english, code):
    hit = load_memory([memory]).lookup(english, code)
    return hit.template.code if hit is not None else None


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_correction_made_on_a_file_older_than_another_review_is_not_taken_and_names_that_review(
    story, workspace, copy_models, code
):
    first_run = translate(story, copy_models.models_dir, workspace / "run1", code)
    edition = first_run / f"story.{code}.review.docx"
    layla = correct(edition, REVIEWED[code], workspace / "layla.docx", reviewer="Layla Haddad")
    omar = correct(edition, {"2.1": SECOND_OPINION[code]}, workspace / "omar.docx", reviewer="Omar Said")
    memory = story.with_suffix(".tmx")

    assert cli("memory", "import", layla, "--memory", memory).exit_code == 0
    reviewed = stored(memory, ENGLISH["2.1"], code)
    before = memory.read_bytes()
    result = cli("memory", "import", omar, "--memory", memory)

    assert result.exit_code == 1
    assert "omar.docx row 2 (ID 2.1)" in result.output
    assert "the memory holds another translation of this sentence than the review file was made from" in result.output
    assert "by Layla Haddad on " in result.output and "--overwrite" in result.output
    assert memory.read_bytes() == before  # Layla's review stands
    assert stored(memory, ENGLISH["2.1"], code) == reviewed

    overwritten = cli("memory", "import", omar, "--memory", memory, "--overwrite")
    assert "0 added, 1 changed" in overwritten.output and "1 older translations replaced" in overwritten.output
    replaced = next(line for line in overwritten.output.splitlines() if line.startswith("replaced: "))
    assert replaced.startswith("replaced: omar.docx row 2 (ID 2.1)") and "by Layla Haddad on " in replaced
    unit = TmxDocument.open(memory).unit_for(ENGLISH["2.1"])
    assert TmxDocument.open(memory).variant(unit, code).get("changeid") == "Omar Said"


@pytest.mark.parametrize("code", ["ru", "fa"])
def test_an_older_review_file_imported_again_keeps_every_newer_translation(story, workspace, copy_models, code):
    first_run = translate(story, copy_models.models_dir, workspace / "run1", code)
    memory = story.with_suffix(".tmx")
    correct(first_run / f"story.{code}.review.docx", REVIEWED[code], reviewer="Layla Haddad")
    assert cli("memory", "import", first_run / f"story.{code}.review.docx", "--memory", memory).exit_code == 0
    second_run = translate(story, copy_models.models_dir, workspace / "run2", code)
    from_memory = second_run / f"story.{code}.review.docx"
    untouched = shutil.copy(from_memory, workspace / "untouched.docx")
    correct(from_memory, {"4.1": THIRD_OPINION[code]}, reviewer="Nadia Karimi")
    assert cli("memory", "import", from_memory, "--memory", memory).exit_code == 0
    before = memory.read_bytes()

    # an edition made before Nadia's import, nobody's edits in it: Nadia's sentence stays hers
    result = cli("memory", "import", untouched, "--memory", memory)

    assert result.exit_code == 0, result.output
    assert "4 unchanged, 0 could not be taken, 1 kept the memory's newer translation (unchanged)" in result.output
    assert "kept: untouched.docx row 5 (ID 4.1)" in result.output and "by Nadia Karimi" in result.output
    assert memory.read_bytes() == before


def test_a_correction_that_agrees_with_the_newer_review_is_unchanged(story, workspace, copy_models):
    first_run = translate(story, copy_models.models_dir, workspace / "run1")
    edition = first_run / "story.ru.review.docx"
    memory = story.with_suffix(".tmx")
    layla = correct(edition, REVIEWED["ru"], workspace / "layla.docx", reviewer="Layla Haddad")
    same = correct(edition, {"2.1": REVIEWED["ru"]["2.1"]}, workspace / "same.docx", reviewer="Omar Said")
    assert cli("memory", "import", layla, "--memory", memory).exit_code == 0

    result = cli("memory", "import", same, "--memory", memory)

    assert "0 added, 0 changed, 1 unchanged" in result.output
    assert "row 2 (ID 2.1)" not in result.output


def test_an_edition_made_before_fingerprints_recorded_the_memory_is_imported_as_before(story, workspace, copy_models):
    """Review editions of earlier versions have no memory digest in their rows: nothing to compare, no refusal."""
    first_run = translate(story, copy_models.models_dir, workspace / "run1")
    memory = story.with_suffix(".tmx")
    layla = correct(first_run / "story.ru.review.docx", REVIEWED["ru"], workspace / "layla.docx", reviewer="Layla")
    assert cli("memory", "import", layla, "--memory", memory).exit_code == 0
    older = correct(first_run / "story.ru.review.docx", {"2.1": SECOND_OPINION["ru"]}, workspace / "older.docx")
    _without_memory_digests(older)

    result = cli("memory", "import", older, "--memory", memory)

    assert "0 added, 1 changed" in result.output


def _without_memory_digests(path):
    """Rewrite a review DOCX's fingerprint rows as earlier versions wrote them: id:digest:digest:origin."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        items = {name: archive.read(name) for name in archive.namelist()}
    items["docProps/custom.xml"] = re.sub(
        rb"(\b[\d.]+:[0-9a-f]{10}:[0-9a-f]{10}:[mact]):(?:[0-9a-f]{10}|-)", rb"\1", items["docProps/custom.xml"]
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in items.items():
            archive.writestr(name, data)
    assert docx.Document(str(path)).tables


# --- XLIFF ------------------------------------------------------------------------------------------------

NS = {"x": XLIFF_NS}


def set_targets(path, out, targets):
    """A CAT tool's save: the targets retyped and confirmed, everything else as it was."""
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{XLIFF_NS}}}trans-unit"):
        if unit.get("id") in targets:
            target = unit.find("x:target", NS)
            target.text = targets[unit.get("id")]
            target.set("state", "translated")
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


@pytest.fixture
def seed_review(workspace):
    """The seed article exported for review in Russian, from its reviewed memory."""
    result = cli(
        "memory", "export", "seeds/article.txt", "--format", "xliff", "--to", "ru", "--no-models", "--out", "review"
    )
    assert result.exit_code == 0, result.output
    return workspace / "review" / "article.ru.xlf"


def test_an_exported_xliff_records_what_each_unit_was_made_from_and_stays_valid(seed_review):
    root = etree.parse(str(seed_review)).getroot()
    assert structure_problems(root) == []
    unit = root.find(".//x:trans-unit", NS)
    contexts = {
        c.get("context-type"): c.text for c in unit.findall("x:context-group[@name='x-toolkit-review']/x:context", NS)
    }
    assert set(contexts) == {"x-toolkit-memory", "x-toolkit-exported", "sourcefile"}
    assert all(len(value) == 10 for kind, value in contexts.items() if kind != "sourcefile")
    assert contexts["sourcefile"] == "seeds/article.txt"  # where it lay, from the folder the export was run in


def test_two_reviewers_of_one_xliff_export_the_second_correction_is_not_taken(seed_review, workspace):
    english = etree.parse(str(seed_review)).find(".//x:trans-unit[@id='1.1']/x:source", NS).text
    memory = workspace / "seeds" / "article.tmx"
    first = set_targets(
        seed_review, workspace / "first.xlf", {"1.1": "Иран и Россия проводят переговоры о Сирии и Ближнем Востоке"}
    )
    second = set_targets(
        seed_review, workspace / "second.xlf", {"1.1": "Иран и Россия обсуждают Сирию и Ближний Восток"}
    )
    assert cli("memory", "import", first, "--memory", memory, "--reviewer", "Layla Haddad").exit_code == 0
    after_first = memory.read_bytes()

    result = cli("memory", "import", second, "--memory", memory, "--reviewer", "Omar Said")

    assert result.exit_code == 1
    assert "second.xlf trans-unit 1.1" in result.output and "changed by Layla Haddad" in result.output
    assert memory.read_bytes() == after_first

    # the untouched export, imported after the first review: the review stays
    again = cli("memory", "import", seed_review, "--memory", memory, "--reviewer", "Someone")
    assert again.exit_code == 0, again.output
    assert "kept: article.ru.xlf trans-unit 1.1" in again.output
    assert memory.read_bytes() == after_first
    assert load_memory([memory]).lookup(english, "ru").template.code.startswith("{iran} и {russia} проводят")


def merged(memory, english, code, *, older=None, later_without=False):
    """The memory merged with others: with ``older``, a copy of the sentence's unit before it holding ``older``
    in ``code``; with ``later_without``, a copy after it holding every language but ``code``."""
    tree = etree.parse(str(memory))
    body = tree.getroot().find("body")
    unit = next(u for u in body.iter("tu") if u.find("tuv/seg").text == english)
    if older is not None:
        copy = etree.fromstring(etree.tostring(unit))
        copy.set("tuid", "merged:7")
        seg = next(t for t in copy.findall("tuv") if t.get(XML_LANG) == code).find("seg")
        for child in list(seg):
            seg.remove(child)
        seg.text = older
        copy.tail = unit.tail
        body.insert(0, copy)
    if later_without:
        later = etree.fromstring(etree.tostring(unit))
        later.set("tuid", "merged:9")
        later.remove(next(t for t in later.findall("tuv") if t.get(XML_LANG) == code))
        later.tail = unit.tail
        body.append(later)
    tree.write(str(memory), xml_declaration=True, encoding="UTF-8")


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OLDER = {"ru": "Старый перевод.", "tr": "Eski çeviri.", "ar": "ترجمة قديمة.", "fa": "ترجمه‌ی قدیمی."}


@pytest.mark.parametrize("code", LANGUAGES)
def test_overwrite_takes_out_an_older_copy_of_the_sentence_another_unit_holds_and_says_so(
    story, workspace, copy_models, code
):
    memory = story.with_suffix(".tmx")
    first_run = translate(story, copy_models.models_dir, workspace / "run1", code)
    correct(first_run / f"story.{code}.review.docx", REVIEWED[code], reviewer="Layla Haddad")
    assert cli("memory", "import", first_run / f"story.{code}.review.docx", "--memory", memory).exit_code == 0
    merged(memory, ENGLISH["2.1"], code, older=OLDER[code], later_without=True)
    second_run = translate(story, copy_models.models_dir, workspace / "run2", code)
    omar = correct(second_run / f"story.{code}.review.docx", {"2.1": SECOND_OPINION[code]}, reviewer="Omar Said")

    plain = cli("memory", "import", omar, "--memory", memory, "--dry-run")
    assert plain.exit_code == 0 and "replaced" not in plain.output  # without --overwrite the copy is left alone
    result = cli("memory", "import", omar, "--memory", memory, "--overwrite")

    assert result.exit_code == 0, result.output
    assert f"replaced: story.{code}.review.docx row 2 (ID 2.1) ({code}): took out an older translation of the " in (
        result.output
    )
    assert f"unit 'merged:7': '{OLDER[code]}'" in result.output
    assert "0 added, 1 changed" in result.output and "1 older translations replaced" in result.output
    document = TmxDocument.open(memory)
    holding = [
        u.get("tuid")
        for u in document.units()
        if u.find("tuv/seg").text == ENGLISH["2.1"] and document.variant(u, code) is not None
    ]
    assert holding == ["story:2.1"]  # the unit the run used holds the correction; no copy holds another
    assert document.variant(document.unit_for(ENGLISH["2.1"], code), code).get("changeid") == "Omar Said"
    assert "merged:9" in [u.get("tuid") for u in document.units()]  # the later copy's other languages are kept


def test_a_correction_is_checked_against_the_unit_the_run_used_not_a_later_copy_without_the_language(
    story, workspace, copy_models
):
    memory = story.with_suffix(".tmx")
    first_run = translate(story, copy_models.models_dir, workspace / "run1", "tr")
    edition = first_run / "story.tr.review.docx"
    layla = correct(edition, REVIEWED["tr"], workspace / "layla.docx", reviewer="Layla Haddad")
    assert cli("memory", "import", layla, "--memory", memory).exit_code == 0
    second_run = translate(story, copy_models.models_dir, workspace / "run2", "tr")
    omar = correct(second_run / "story.tr.review.docx", {"2.1": SECOND_OPINION["tr"]}, workspace / "o.docx")
    third = correct(
        second_run / "story.tr.review.docx",
        {"2.1": REVIEWED["tr"]["2.1"].replace("görüştü", "buluştu")},
        workspace / "t.docx",
    )
    assert cli("memory", "import", omar, "--memory", memory).exit_code == 0
    omars = stored(memory, ENGLISH["2.1"], "tr")
    merged(memory, ENGLISH["2.1"], "tr", later_without=True)  # a later unit of the sentence without Turkish

    result = cli("memory", "import", third, "--memory", memory)

    assert result.exit_code == 1  # made before Omar's import: a conflict, as without the copy
    assert "the memory holds another translation of this sentence" in result.output
    assert stored(memory, ENGLISH["2.1"], "tr") == omars
