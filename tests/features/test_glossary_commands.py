"""Editors' tools: merging with precedence, lookup, suggestions, target-text matching (forms: test_forms.py)."""

import json
import textwrap
import unicodedata

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.glossary.load import load_glossary
from toolkit.glossary.locate import TargetLocator
from toolkit.glossary.suggest import suggest
from toolkit.read.text import parse_plain_text


def invoke(*args):
    return CliRunner().invoke(main, list(args))


# --- several files -------------------------------------------------------------------------


def test_a_later_source_overrides_an_entry_language_by_language(tmp_path):
    desk = tmp_path / "desk.yaml"
    desk.write_text(
        textwrap.dedent("""\
        - id: erdogan
          type: person
          en: {name: Recep Tayyip Erdoğan, short: Erdoğan, variants: [R. T. Erdogan]}
          tr: {name: Recep Tayyip Erdoğan, short: Cumhurbaşkanı Erdoğan}
        """),
        encoding="utf-8",
    )
    glossary = load_glossary(["glossaries", desk])
    entry = glossary["erdogan"]
    assert entry.renderings["tr"].short == {"nom": "Cumhurbaşkanı Erdoğan"}
    assert entry.renderings["ru"].short["gen"] == "Эрдогана"  # untouched languages stay
    assert "R. T. Erdogan" in entry.variants and "Erdogan" in entry.variants
    assert [(a.location.path.name, b.location.path.name) for a, b in glossary.overrides] == [
        ("people.yaml", "desk.yaml")
    ]


def test_check_reports_overrides_and_counts(tmp_path):
    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "- id: putin\n  type: person\n  en: {name: Vladimir Putin, short: Putin}\n"
        "  tr: {name: Vladimir Putin, short: Putin}\n",
        encoding="utf-8",
    )
    result = invoke("glossary", "check", "glossaries", str(desk))
    assert result.exit_code == 0, result.output
    assert f"{desk}:1:3: note: putin overrides the entry at glossaries/people.yaml" in result.output
    assert "43 entries" not in result.output and "42 entries in 5 files: 0 errors, 0 warnings" in result.output


def test_check_exits_1_and_prints_json_for_tools(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  type: place\n  en: {name: Xville}\n  ar: {name: 'إكس فيل '}\n", encoding="utf-8")
    result = invoke("glossary", "check", str(bad), "--json", "--to", "ar")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["findings"] == [
        {
            "path": str(bad),
            "line": 4,
            "column": 14,
            "entry": "x",
            "severity": "error",
            "rule": "spaces",
            "message": "ar.name has leading or trailing spaces: 'إكس فيل '",
            "fix": "remove the spaces at the start and end",
        }
    ]


def test_a_translation_run_refuses_a_glossary_with_errors(workspace):
    path = workspace / "glossaries" / "places.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("fa: {name: تهران}", "fa: {name: 'تهران '}"), encoding="utf-8"
    )
    result = invoke("translate", "seeds/article.txt")
    assert result.exit_code == 2
    assert "fa.name has leading or trailing spaces: 'تهران '" in result.output
    assert "toolkit glossary check" in result.output
    assert not (workspace / "output").exists()


# --- lookup -----------------------------------------------------------------------------------


def test_show_by_id_spelling_or_rendering():
    for name in ("mamlouk", "Ali Mamluk", "Мамлюк"):
        result = invoke("glossary", "show", name)
        assert result.exit_code == 0, result.output
        assert "ru short: Мамлюк  (gen Мамлюка, dat Мамлюку, acc Мамлюка, ins Мамлюком, prep Мамлюке)" in result.output
    result = invoke("glossary", "show", "tehran")
    assert "tr name: Tahran  (gen Tahran'ın, acc Tahran'ı, dat Tahran'a, loc Tahran'da" in result.output
    assert "ar name: طهران  (wa وطهران, fa فطهران, bi بطهران, li لطهران, ka كطهران)" in result.output
    unknown = invoke("glossary", "show", "Atlantis")
    assert unknown.exit_code == 2 and "no glossary entry for 'Atlantis'" in unknown.output


def test_find_in_english_and_in_each_target_language():
    english = invoke("glossary", "find", "Erdogan's saviour met Gen. Mamlouk")
    assert english.output.splitlines() == ["0-7\tErdogan\terdogan, short, possessive", "27-34\tMamlouk\tmamlouk, short"]
    arabic = invoke("glossary", "find", "--lang", "ar", "والتقى بالأسد في طهران وللولايات المتحدة")
    assert [line.split("\t")[2] for line in arabic.output.splitlines()] == [
        "{assad:short+bi}",
        "{tehran}",
        "{united-states:short+wa+li}",
    ]


@pytest.mark.parametrize("name", ["nothere.txt", "news/story.md", "wire/today.html", "desk.yaml", "review.DOCX"])
def test_find_given_a_file_that_is_not_there_is_a_wrong_request_naming_it(workspace, name):
    """A file's name given as TEXT was looked up as words, found nothing and exited 0 without a word."""
    result = invoke("glossary", "find", name)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {name}: file not found (TEXT that is a file name is read as the file)\n"
        '  fix: check the path; to look up words, give them as TEXT (glossary find "Putin in Ankara")\n'
    )
    assert result.stdout == ""
    missing = invoke("glossary", "find", "--file", name)
    assert missing.exit_code == 2 and missing.stderr.startswith(f"error: {name}: file not found")


def test_find_reads_a_file_named_as_its_text_as_the_file(workspace):
    (workspace / "story.txt").write_text("Putin met Erdogan in Ankara.\n", encoding="utf-8")
    (workspace / "notes").write_text("Mamlouk flew to Moscow.\n", encoding="utf-8")  # a file, though no suffix says so
    named = invoke("glossary", "find", "story.txt")
    assert named.exit_code == 0
    assert named.stdout == invoke("glossary", "find", "--file", "story.txt").stdout
    assert [line.split("\t")[1] for line in named.stdout.splitlines()] == ["Putin", "Erdogan", "Ankara"]
    assert [line.split("\t")[1] for line in invoke("glossary", "find", "notes").stdout.splitlines()] == [
        "Mamlouk",
        "Moscow",
    ]
    words = invoke("glossary", "find", "Putin.Ankara")  # one word with a dot, no file's ending: words
    assert words.exit_code == 0 and [line.split("\t")[1] for line in words.stdout.splitlines()] == ["Putin", "Ankara"]


@pytest.mark.parametrize("arguments", [["nobody we know"], ["--lang", "ru", "никого"], ["Zanzibar"]])
def test_find_says_when_no_entry_is_mentioned(workspace, arguments):
    result = invoke("glossary", "find", *arguments)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.startswith("no glossary entry is mentioned in the text (")


@pytest.mark.parametrize(
    "language, text, found",
    [
        ("en", "Erdoğan met Çavuşoğlu in İzmir", ["erdogan, short"]),
        ("tr", "Erdoğan, İzmir'de Çavuşoğlu ile görüştü", ["{erdogan:short}"]),
        ("ar", "التقى أردوغان بوتين في إيران", ["{erdogan:short}", "{putin:short}", "{iran}"]),  # hamza above
    ],
)
def test_find_reads_a_text_typed_with_combining_accents_as_the_glossary_writes_it(language, text, found):
    # a Mac's keyboard, or a page copied from the web, gives "ğ" as "g" and U+0306: the same name to a reader
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    result = invoke("glossary", "find", "--lang", language, decomposed)
    assert [line.split("\t")[2] for line in result.output.splitlines()][: len(found)] == found


@pytest.mark.parametrize(
    "language, text, slots",
    [
        # Arabic: alef, ya, ta marbuta and diacritic variants, proclitics
        ("ar", "زار اردوغان ايران", ["{erdogan:short}", "{iran}"]),
        ("ar", "وصل أرْدُوغَان إلى إيران", ["{erdogan:short}", "{iran}"]),
        ("ar", "للأسد ولسوريا", ["{assad:short+li}", "{syria:wa+li}"]),
        ("ar", "تنظيم القاعده", ["{al-qaeda}"]),
        # Persian: Arabic letters, ZWNJ or space, Persian digits
        ("fa", "علي خامنه اي و پرواز ۷۵۲", ["{khamenei}", "{flight-752}"]),
        ("fa", "علی خامنه\u200cای", ["{khamenei}"]),
        # Russian: case forms
        ("ru", "с Эрдоганом и Путиным в Тегеране", ["{erdogan:short+ins}", "{putin:short+ins}", "{tehran:prep}"]),
        # Turkish: suffixes read back into cases, unknown suffixes still find the name
        ("tr", "Erdoğan'ın Tahran'dan Irak'a", ["{erdogan:short+gen}", "{tehran:abl}", "{iraq:dat}"]),
        ("tr", "Bu Erdoğan'dır", ["{erdogan:short}"]),
    ],
)
def test_names_are_found_in_target_text(glossary, language, text, slots):
    assert [m.slot for m in TargetLocator(glossary, language).find(text)] == slots


def test_every_name_in_the_seed_editions_is_found_again(glossary, seed_editions):
    from toolkit.glossary.locate import normalise

    for code, edition in seed_editions.items():
        locator = TargetLocator(glossary, code)
        for segment in edition.segments:
            found = [normalise(m.surface, code) for m in locator.find(segment.text)]
            for name in segment.names:
                if ":adj" in name.slot:  # an adjective made from a name (الأمريكية) is no name to find
                    continue
                # an apposition's closing comma is punctuation, not part of the name found
                assert normalise(name.text, code).rstrip("،, ") in found, (code, segment.source.id, name.text)


# --- suggestions ------------------------------------------------------------------------------


def test_the_seed_article_has_no_uncovered_names():
    result = invoke("glossary", "suggest", "seeds/article.txt")
    assert result.exit_code == 0 and result.output == "0 uncovered names in seeds/article.txt\n"


NEW_ARTICLE = """Biden in Kyiv

US President Joe Biden arrived in Kyiv on Monday. Biden met Volodymyr Zelensky and NATO officials at the \
Mariinsky Palace. He later spoke with Chancellor Olaf Scholz in February. Ukrainian and Russian officials \
declined to comment. Earlier, Zelensky thanked Biden and Erdogan.
"""


def test_a_new_article_lists_its_uncovered_names(glossary):
    candidates = suggest(parse_plain_text(NEW_ARTICLE), glossary)
    assert [(c.name, c.count, c.shorter, c.guessed_type) for c in candidates] == [
        ("Joe Biden", 4, ["Biden"], "person"),  # the headline counts too
        ("Kyiv", 2, [], "place"),
        ("Volodymyr Zelensky", 2, ["Zelensky"], "person"),
        ("Mariinsky Palace", 1, [], "place"),
        ("NATO", 1, [], "organisation"),
        ("Olaf Scholz", 1, [], "person"),
    ]


def test_suggestions_are_yaml_stubs_ready_to_paste(workspace):
    (workspace / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = invoke("glossary", "suggest", "new.txt")
    stubs = result.output.split("6 uncovered names")[0]
    assert "- id: biden\n  type: person\n  en: {name: Joe Biden, short: Biden}\n" in stubs
    assert "#   new 2.1: US President Joe Biden arrived in Kyiv on Monday." in stubs
    (workspace / "glossaries" / "new.yaml").write_text(stubs, encoding="utf-8")
    glossary = load_glossary([workspace / "glossaries"])
    assert "biden" in glossary and not glossary.errors  # pasted stubs load; lint asks for renderings
