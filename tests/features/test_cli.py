"""The CLI: a thin face that prints one clear line on user errors and exits 2."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from toolkit.cli import main


def invoke(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def test_translate_the_seed_article(workspace):
    result = invoke("translate", "seeds/article.txt")
    assert result.exit_code == 0, result.output
    assert "article: 4 editions (ar, fa, tr, ru) in output/article/ - QA: 0 errors, 0 warnings" in result.output
    assert (workspace / "output" / "article" / "article.fa.docx").exists()


def test_options_choose_languages_formats_and_folder(workspace):
    result = invoke(
        "translate",
        "seeds/article.txt",
        "--to",
        "ru",
        "--format",
        "md",
        "--out",
        "ed",
        "--glossary",
        "glossaries",
        "--memory",
        "seeds/article.tmx",
        "-q",
    )
    assert result.exit_code == 0 and result.output == ""
    assert sorted(p.name for p in (workspace / "ed" / "article").iterdir()) == [
        "article.ru.md",
        "manifest.json",
        "report.json",
        "report.md",
    ]


def assert_user_error(result, *fragments):
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output


def test_unknown_language(workspace):
    assert_user_error(
        invoke("translate", "seeds/article.txt", "--to", "de"),
        "unsupported target language 'de'",
        "choose from ar, fa, tr, ru",
    )


def test_unknown_format(workspace):
    assert_user_error(invoke("translate", "seeds/article.txt", "--format", "pdf"), "unknown output format 'pdf'")


def test_missing_input(workspace):
    assert_user_error(invoke("translate", "seeds/nothing.txt"), "seeds/nothing.txt: no such file or folder")
    assert not (workspace / "output").exists()


@pytest.mark.parametrize(
    "arguments, said, fix",
    [
        (
            ["translate", "seeds/article.txt", "--bogus"],
            "toolkit translate: no such option --bogus (did you mean --out or --jobs?)",
            "`toolkit translate --help` lists its options",
        ),
        (
            ["translate", "seeds/article.txt", "--job", "2"],
            "toolkit translate: no such option --job (did you mean --jobs or --json or --to?)",
            "`toolkit translate --help` lists its options",
        ),
        (
            ["translate"],
            "toolkit translate: missing argument 'INPUTS...'",
            "write it as toolkit translate [OPTIONS] INPUTS... (`toolkit translate --help` says more)",
        ),
        (
            ["translate", "seeds/article.txt", "--jobs", "0"],
            "toolkit translate: invalid value for '--jobs': 0 is not in the range 1<=x<=256",
            "`toolkit translate --help` says what '--jobs' takes",
        ),
        (
            ["translate", "seeds/article.txt", "--out"],
            "toolkit translate: option '--out' requires an argument",
            "`toolkit translate --help` says what it takes",
        ),
        (
            ["translate", "seeds/article.txt", "--digits", "roman"],
            "toolkit translate: invalid value for '--digits': 'roman' is not one of 'cldr', 'native', 'latn'",
            "`toolkit translate --help` says what '--digits' takes",
        ),
        (
            ["transalte", "seeds/article.txt"],
            "toolkit: no such command 'transalte' (did you mean translate?)",
            "choose one of: cache, glossary, memory, models, translate (`toolkit --help` says what each does)",
        ),
        (
            ["memory", "export", "--format", "pdf", "--out", "x"],
            "toolkit memory export: invalid value for '--format': 'pdf' is not one of 'tmx', 'xliff'",
            "`toolkit memory export --help` says what '--format' takes",
        ),
        (
            ["glossary", "find", "Putin", "--lang"],
            "toolkit glossary find: option '--lang' requires an argument",
            "`toolkit glossary find --help` says what it takes",
        ),
        (
            ["models", "remove"],
            "toolkit models remove: missing argument 'PAIR'",
            "write it as toolkit models remove [OPTIONS] PAIR (`toolkit models remove --help` says more)",
        ),
        (
            ["cache", "--bogus"],
            "toolkit cache: no such option --bogus",
            "`toolkit cache --help` lists its options",
        ),
        (["--bogus"], "toolkit: no such option --bogus", "`toolkit --help` lists its options"),
    ],
)
def test_a_command_line_click_refuses_is_said_as_every_wrong_request_is(workspace, arguments, said, fix):
    """One message and its fix on stderr, status 2, as for a bad glossary or a missing memory: never click's
    "Usage: ... Try ... Error: ..." block, which a scheduler's log would mix with the toolkit's own lines."""
    result = invoke(*arguments)
    assert result.exit_code == 2
    assert result.stderr == f"error: {said}\n  fix: {fix}\n"
    assert result.stdout == ""
    assert not (workspace / "output").exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ["translate", "seeds/article.txt", "--json", "--jobs", "0"],
        ["translate", "--json", "seeds/article.txt", "--bogus"],
        ["translate", "--json", "seeds/article.txt", "--out"],
    ],
)
def test_a_refused_command_line_still_answers_a_tool_reading_the_runs_json(workspace, arguments):
    result = invoke(*arguments)
    assert result.exit_code == 2
    answer = json.loads(result.stdout)
    assert answer == {"exit_code": 2, "error": result.stderr.removeprefix("error: ").removesuffix("\n")}
    assert answer["error"].startswith("toolkit translate: ")


@pytest.mark.parametrize(
    "arguments",
    [
        ["models", "list", "--models-dir", "{models}"],
        ["models", "--models-dir", "{models}", "list"],
        ["models", "--models-dir", "{models}", "list", "--models-dir", "{models}"],
    ],
)
def test_the_models_folder_is_given_before_or_after_the_models_command(workspace, copy_models, arguments):
    result = invoke(*(argument.format(models=copy_models.models_dir) for argument in arguments), "--json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert listed["folder"] == str(copy_models.models_dir)
    assert sorted(model["pair"] for model in listed["models"]) == ["en->ar", "en->fa", "en->ru", "en->tr"]


def test_every_models_command_takes_the_models_folder_after_it(workspace, copy_models, tmp_path, no_network):
    folder = tmp_path / "models"
    archive = copy_models.archives["ru"]
    installed = invoke("models", "install", archive, "--models-dir", folder)
    assert installed.exit_code == 0, installed.output
    assert installed.stdout.startswith("installed en->ru 1.0 ") and str(folder) in installed.stdout
    assert (folder / "translate-en_ru").is_dir()
    removed = invoke("models", "remove", "en-ru", "--models-dir", folder)
    assert removed.exit_code == 0, removed.output
    assert not (folder / "translate-en_ru").exists()
    offline = invoke("models", "download", "ru", "--models-dir", folder)  # no network here: refused, named
    assert offline.exit_code == 2 and "no such option" not in offline.output


def test_two_models_folders_for_one_command_are_a_wrong_request(workspace, copy_models, tmp_path):
    result = invoke("models", "--models-dir", copy_models.models_dir, "list", "--models-dir", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: toolkit models list: invalid value for '--models-dir': given twice, as {copy_models.models_dir} "
        f"and {tmp_path}\n  fix: give it once, before or after the command\n"
    )


def test_a_group_without_its_command_still_shows_its_help(workspace):
    result = invoke("memory")
    assert result.exit_code == 2
    assert "Commands:" in result.output and "import" in result.output


def test_bad_glossary_names_file_and_line(workspace):
    path = workspace / "glossaries" / "places.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  type: place", "\ttype: place", 1), encoding="utf-8")
    assert_user_error(
        invoke("translate", "seeds/article.txt"),
        "glossaries/places.yaml:4:1: tab used for indentation",
        "fix: indent with spaces only",
    )


def test_an_article_without_a_translation_fails_alone_and_names_the_model_to_install(workspace):
    (workspace / "seeds" / "new.txt").write_text("Putin visited Ankara.\n", encoding="utf-8")
    result = invoke("translate", "seeds/new.txt", "seeds/article.txt", "--to", "tr")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for fragment in (
        "failed: seeds/new.txt: no translation for 1 segment (tr: segment 1.1)",
        "no machine-translation model is installed for en->tr",
        "`toolkit models install translate-en_tr.argosmodel`",
        "`toolkit models download tr`",
        "the article was not written",
        "article: 1 edition (tr) in output/article/",
        "summary: 2 articles: 1 published, 0 held back, 1 failed, 0 skipped (up to date)",
    ):
        assert fragment in result.output
    assert not (workspace / "output" / "new").exists()
    assert (workspace / "output" / "article" / "article.tr.md").is_file()


def test_help_has_examples():
    result = invoke("translate", "--help")
    assert result.exit_code == 0
    assert "toolkit translate seeds/article.txt --to ar,fa --format docx" in result.output


def test_help_imports_no_translation_engine():
    code = (
        "import sys; from toolkit.cli import main\n"
        "for args in (['--help'], ['translate', '--help'], ['models', '--help'], ['glossary', '--help']):\n"
        "    try: main(args)\n    except SystemExit: pass\n"
        "heavy = [m for m in ('argostranslate', 'ctranslate2', 'sentencepiece', 'torch', 'docx', 'babel')\n"
        "         if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in output


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "toolkit", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "toolkit, version" in result.stdout


def test_the_progress_bar_draws_only_on_a_terminal_and_after_a_second():
    import io

    from toolkit.batch.outcome import RunProgress
    from toolkit.cli.common import ProgressBar

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    state = RunProgress(total=200, done=50, segments=1234, current="news/a.txt")
    state.counts["failed"] = 2
    piped = io.StringIO()
    ProgressBar(stream=piped, delay=0)(state)
    assert piped.getvalue() == ""  # a scheduler's log gets no bar
    early = Terminal()
    ProgressBar(stream=early, delay=60)(state)
    assert early.getvalue() == ""
    terminal = Terminal()
    bar = ProgressBar(stream=terminal, delay=0)
    bar(state)
    assert "50/200 articles · 1,234 segments · 2 failed · news/a.txt" in terminal.getvalue()
    bar.notice("warning: something")
    bar.close()
    assert "warning: something\n" in terminal.getvalue()
    assert ProgressBar(enabled=False, stream=Terminal(), delay=0).enabled is False


def test_a_log_gets_a_line_of_where_the_run_stands_once_a_minute_while_articles_finish(monkeypatch):
    """A run killed outright (SIGKILL, a machine going down) writes no summary: its log still says how far it came."""
    import io

    from toolkit.batch.outcome import RunProgress
    from toolkit.cli import common
    from toolkit.cli.common import ProgressBar

    clock = [1000.0]
    monkeypatch.setattr(common.time, "monotonic", lambda: clock[0])
    log = io.StringIO()
    bar = ProgressBar(stream=log)
    state = RunProgress(total=1000, done=3, segments=45)
    bar(state)
    assert log.getvalue() == ""  # not before a minute has passed
    clock[0] += 61
    state.done, state.segments = 120, 1800
    state.counts["failed"], state.counts["held"] = 2, 1
    bar(state)
    bar(state)  # once a minute, not at each call
    assert log.getvalue() == "progress: 120 of 1000 articles done, 1,800 segments, 2 failed, 1 held back after 1 min\n"
    clock[0] += 120
    bar(state)  # nothing finished since the last line: nothing to say
    state.done = 121
    bar(state)
    assert (
        log.getvalue().splitlines()[-1]
        == "progress: 121 of 1000 articles done, 1,800 segments, 2 failed, 1 held back after 3 min"
    )
    quiet = io.StringIO()
    ProgressBar(enabled=False, stream=quiet)(state)  # -q and --json: nothing
    assert quiet.getvalue() == ""


def test_ctrl_c_in_any_command_ends_it_with_the_shells_status_not_a_failure(workspace, monkeypatch):
    import toolkit.glossary.load

    def ctrl_c(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(toolkit.glossary.load, "load_glossary", ctrl_c)
    for command in (["translate", "seeds/article.txt"], ["glossary", "check"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 130, result.output  # 1 would read as "an article failed or was held back"
        assert "Aborted" not in result.output and "Traceback" not in result.output
        assert "interrupted" in result.stderr
    assert not (workspace / "output").exists()


_STOPPED_AS_IT_STARTS = """
import importlib, os, signal, sys
from toolkit.cli import main

module, name = sys.argv[2].rsplit(".", 1)
module = importlib.import_module(module)
called = getattr(module, name)

def stopped(*args, **kwargs):
    os.kill(os.getpid(), getattr(signal, sys.argv[1]))
    return called(*args, **kwargs)

setattr(module, name, stopped)
main(sys.argv[3:])
"""


@pytest.mark.parametrize(("stop", "status"), [("SIGTERM", 143), ("SIGHUP", 129)])
@pytest.mark.parametrize(
    ("called", "command", "said"),
    [
        # the run's options being read: the run has not begun
        ("toolkit.languages.parse_language_list", ["translate", "seeds/article.txt", "--to", "tr"], " before any"),
        ("toolkit.glossary.load.load_glossary", ["glossary", "check"], ""),
    ],
    ids=["translate", "glossary-check"],
)
def test_a_stop_signal_before_a_run_has_begun_says_so_with_the_shells_status(
    workspace, stop, status, called, command, said
):
    """A service manager may stop a job as it starts: the command says it was stopped, on its last line, with
    the status a shell gives that signal; it is not silently gone."""
    script = [sys.executable, "-c", _STOPPED_AS_IT_STARTS, stop, called, *command]
    done = subprocess.run(script, capture_output=True, text=True, timeout=120)
    assert done.returncode == status, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith(f"interrupted by {stop}{said}")
    assert "Traceback" not in done.stderr
    assert not (workspace / "output").exists()


_STOPPED_AS_IT_LOADS = """
import importlib.abc, os, signal, sys

stop = getattr(signal, sys.argv[1])

class StoppedWhileLoading(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "click.core":  # the command's own modules loading, slowly on a busy machine
            os.kill(os.getpid(), stop)
        return None

sys.meta_path.insert(0, StoppedWhileLoading())
sys.argv = ["toolkit", *sys.argv[2:]]
from toolkit.entry import main
main()
"""


@pytest.mark.parametrize(("stop", "status", "said"), [("SIGTERM", 143, " by SIGTERM"), ("SIGINT", 130, "")])
def test_a_stop_signal_while_the_command_loads_says_so_with_the_shells_status(workspace, stop, status, said):
    script = [sys.executable, "-c", _STOPPED_AS_IT_LOADS, stop, "translate", "seeds/article.txt"]
    done = subprocess.run(script, capture_output=True, text=True, timeout=120)
    assert done.returncode == status, done.stderr
    assert done.stderr == f"interrupted{said}\n"  # no traceback, no "Fatal Python error"
    assert not (workspace / "output").exists()


def test_sigterm_while_a_run_reads_its_glossary_stops_it_with_the_shells_status(workspace, monkeypatch):
    import os
    import signal

    import toolkit.glossary.load

    load = toolkit.glossary.load.load_glossary

    def stopped_while_reading(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)  # a service manager stopping the job
        return load(*args, **kwargs)

    monkeypatch.setattr(toolkit.glossary.load, "load_glossary", stopped_while_reading)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt"])
    assert result.exit_code == 143, result.output
    assert "interrupted by SIGTERM before any article was written" in result.stderr
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_a_run_stopped_before_any_article_still_answers_a_tool_reading_its_json(workspace, monkeypatch):
    import json
    import os
    import signal

    import toolkit.glossary.load

    load = toolkit.glossary.load.load_glossary

    def stopped_while_reading(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGHUP)  # the terminal that started the job closed
        return load(*args, **kwargs)

    monkeypatch.setattr(toolkit.glossary.load, "load_glossary", stopped_while_reading)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--json"])
    assert result.exit_code == 129, result.output
    summary = json.loads(result.stdout)
    assert summary["exit_code"] == 129 and summary["interrupted"] == "SIGHUP"
    assert summary["articles"] == [] and "before any article was written" in summary["error"]


# -q hides what a run does (progress, the project, glossary, settings and memory it uses) and keeps what a desk must
# act on: a file it did not read, a warning (an unusable cache folder, a withdrawn article, an unreadable memory
# unit), an error; a warning each failed or held-back article says again (no model, a copy model) is left to them


def test_quiet_still_names_the_files_it_did_not_read(workspace):
    (workspace / "seeds" / "budget.pdf").write_bytes(b"%PDF-1.4\n")
    (workspace / "seeds" / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    result = invoke("translate", "seeds", "--to", "ru", "-q")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("note: seeds: 2 files are not articles a run reads, so they were not translated")
    assert "budget.pdf" in result.stderr and "notes.doc" in result.stderr
    assert "glossary:" not in result.stderr and "project:" not in result.stderr


def test_quiet_still_warns_of_an_unusable_cache_folder(workspace, monkeypatch):
    (workspace / "cache.txt").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(workspace / "cache.txt"))
    result = invoke("translate", "seeds/article.txt", "--to", "fa", "-q")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: the cache folder cannot be used (")
    assert "from $TOOLKIT_CACHE_DIR" in lines[0]


def test_quiet_keeps_a_warning_with_the_lines_under_it(workspace):
    memory = workspace / "seeds" / "article.tmx"
    text = memory.read_text(encoding="utf-8")
    assert "{iran:prep}</ph>" in text
    memory.write_text(text.replace("{iran:prep}</ph>", "{iran:prep</ph>", 1), encoding="utf-8")  # a brace lost
    result = invoke("translate", "seeds/article.txt", "--to", "ru", "-q", "--models-dir", str(workspace / "none"))
    shown = result.stderr.splitlines()
    assert any(line.startswith("warning: skipped unreadable memory unit (") for line in shown)
    assert any(line.startswith("note: sentences those units hold are translated without them") for line in shown)
    # the article that needs the model fails, saying so and how to install it: the run's own warning is not repeated
    assert any(line.startswith("failed: ") for line in shown)
    assert not any(line.startswith("warning: no model is installed") for line in shown)
    assert result.exit_code == 1


def test_quiet_says_nothing_when_all_is_well(workspace):
    result = invoke("translate", "seeds/article.txt", "--to", "ru,tr", "-q")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    loud = invoke("translate", "seeds/article.txt", "--to", "ru,tr", "--force")
    assert "warning: no model is installed for en->ru, en->tr" in loud.stderr  # said without -q


def test_quiet_hides_a_warning_by_its_kind_not_by_how_its_text_begins(workspace, copy_models, tmp_path, monkeypatch):
    """The two warnings each article says again (a test copy model, no model for a language) are marked so
    where the run makes them; any other warning is kept under -q, whatever words it starts with."""
    from toolkit import run
    from toolkit.batch.run import needs_a_person

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    (workspace / "seeds" / "story.txt").write_text("Fidan met Mamlouk\n\nHakan Fidan met him in Moscow.\n")
    said: list[str] = []
    run(["seeds/story.txt"], languages=["ru", "tr"], models_dir=copy_models.models_dir, notice=said.append)
    copy_warnings = [line for line in said if "is a test copy model" in line]
    assert [line[:22] for line in copy_warnings] == ["warning: the en->ru mo", "warning: the en->tr mo"]
    assert [needs_a_person(line) for line in copy_warnings] == [False, False]
    said.clear()
    run(["seeds/story.txt"], languages=["fa"], models_dir=tmp_path / "no-models", notice=said.append)
    missing = [line for line in said if line.startswith("warning: no model is installed for en->fa")]
    assert len(missing) == 1 and needs_a_person(missing[0]) is False
    # the same words made elsewhere are another warning: a person is told
    for line in (
        "warning: the en->ru model is a test copy model: it copies the English, and its output is never published",
        "warning: the en->fa cache rows cannot be read (database disk image is malformed)",
        "warning: no model is installed for en->ru",
    ):
        assert needs_a_person(line) is True, line
    assert needs_a_person("project: /desk (from the working folder)") is False
    assert needs_a_person("  the line under a warning") is None
