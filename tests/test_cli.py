"""The CLI: a thin face that prints one clear line on user errors and exits 2."""

import subprocess
import sys

from click.testing import CliRunner

from toolkit.cli import main


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_translate_the_seed_article(workspace):
    result = invoke("translate", "seeds/article.txt")
    assert result.exit_code == 0, result.output
    assert "article: 4 editions (ar, fa, tr, ru) in output/article/ - QA: 0 errors, 0 warnings" in result.output
    assert (workspace / "output" / "article" / "article.fa.docx").exists()


def test_options_choose_languages_formats_and_folder(workspace):
    result = invoke("translate", "seeds/article.txt", "--to", "ru", "--format", "md", "--out", "ed",
                    "--glossary", "glossaries", "--memory", "seeds/article.tmx", "-q")
    assert result.exit_code == 0 and result.output == ""
    assert sorted(p.name for p in (workspace / "ed" / "article").iterdir()) == [
        "article.ru.md", "report.json", "report.md"]


def assert_user_error(result, *fragments):
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output


def test_unknown_language(workspace):
    assert_user_error(invoke("translate", "seeds/article.txt", "--to", "de"),
                      "unsupported target language 'de'", "choose from ar, fa, tr, ru")


def test_unknown_format(workspace):
    assert_user_error(invoke("translate", "seeds/article.txt", "--format", "pdf"), "unknown output format 'pdf'")


def test_missing_input(workspace):
    assert_user_error(invoke("translate", "seeds/nothing.txt"), "seeds/nothing.txt: file not found")


def test_bad_glossary_names_file_and_line(workspace):
    path = workspace / "glossaries" / "places.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  type: place", "\ttype: place", 1), encoding="utf-8")
    assert_user_error(invoke("translate", "seeds/article.txt"),
                      "glossaries/places.yaml:4:1: tab used for indentation", "fix: indent with spaces only")


def test_missing_translation_names_segments_and_how_to_install(workspace):
    (workspace / "seeds" / "new.txt").write_text("Putin visited Ankara.\n", encoding="utf-8")
    assert_user_error(invoke("translate", "seeds/new.txt", "--to", "tr"),
                      "no translation for 1 segments (seeds/new.txt tr: segments 1.1)",
                      "no machine-translation model is installed for en->tr",
                      "`toolkit models install translate-en_tr.argosmodel`", "`toolkit models download tr`",
                      "nothing was written")
    assert not (workspace / "output").exists()


def test_help_has_examples():
    result = invoke("translate", "--help")
    assert result.exit_code == 0
    assert "toolkit translate seeds/article.txt --to ar,fa --format docx" in result.output


def test_help_imports_no_translation_engine():
    code = ("import sys; from toolkit.cli import main\n"
            "for args in (['--help'], ['translate', '--help'], ['models', '--help'], ['glossary', '--help']):\n"
            "    try: main(args)\n    except SystemExit: pass\n"
            "heavy = [m for m in ('argostranslate', 'ctranslate2', 'sentencepiece', 'torch', 'docx', 'babel')\n"
            "         if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in output


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "toolkit", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "toolkit, version" in result.stdout


def test_progress_appears_only_on_slow_runs(capsys):
    from toolkit.cli.common import Progress

    Progress(quiet=False, delay=60)("reading")
    Progress(quiet=True, delay=0)("reading")
    assert capsys.readouterr().err == ""
    Progress(quiet=False, delay=0)("translating article")
    assert capsys.readouterr().err == "… translating article\n"
