"""Environment variables and options hold whatever a scheduler, a shell profile or a script put there: a junk value
is a wrong request (exit 2), never ignored, never a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main


@pytest.mark.parametrize("value", ["two", "0", "-4", "1e3", "²", "100000", "99999999999999999999", "4 threads"])
def test_a_junk_number_of_threads_stops_the_run_before_any_article(workspace, monkeypatch, value):
    # 100000 crashed the process inside the engine's library; "²" passed str.isdigit and ended in a traceback;
    # "two" was silently ignored
    monkeypatch.setenv("TOOLKIT_THREADS", value)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru", "-q"])
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error: $TOOLKIT_THREADS {value!r} is not a number of threads\n"
        "  fix: give a whole number from 1 to 256, or unset TOOLKIT_THREADS to let the toolkit choose\n"
    )
    assert not (workspace / "output").exists()


@pytest.mark.parametrize("value", ["1", " 3 ", "256"])
def test_a_whole_number_of_threads_is_taken(monkeypatch, value):
    from toolkit.translate.machine import ThreadPlan, thread_plan

    monkeypatch.setenv("TOOLKIT_THREADS", value)
    assert thread_plan(processes=2, cores=2) == ThreadPlan(intra=int(value), inter=1)


def test_an_empty_number_of_threads_is_the_default(monkeypatch):
    from toolkit.translate.machine import ThreadPlan, thread_plan

    monkeypatch.setenv("TOOLKIT_THREADS", "  ")
    assert thread_plan(processes=1, cores=2) == ThreadPlan(intra=1, inter=2)


@pytest.mark.parametrize(
    "value, said",
    [
        ("nan", "nan is not a number of seconds"),  # passed the range check and was taken as 0
        ("inf", "inf is not in the range 0<=x<=604800.0"),
        ("1e308", "1e+308 is not in the range 0<=x<=604800.0"),
        ("-5", "-5.0 is not in the range 0<=x<=604800.0"),
    ],
)
def test_a_wait_that_is_not_a_number_of_seconds_is_a_wrong_request(workspace, value, said):
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--wait", value, "-q"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: toolkit translate: invalid value for '--wait': {said}\n"
        "  fix: `toolkit translate --help` says what '--wait' takes\n"
    )
    assert not (workspace / "output").exists()


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_an_article_timeout_that_is_not_a_number_of_seconds_is_a_wrong_request(workspace, value):
    # nan passed the range check and left every article without a bound; inf is no length of time either
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--article-timeout", value, "-q"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: toolkit translate: invalid value for '--article-timeout': ")
    assert not (workspace / "output").exists()


# A path option or argument given as "" ("--out $OUT" with OUT unset, a blank field in a scheduler) named the working
# folder: a run wrote its editions, index and lock where it stood, `translate ""` translated everything under it.


@pytest.mark.parametrize(
    "arguments, option",
    [
        (["translate", "seeds/article.txt", "--out", ""], "'--out'"),
        (["translate", "seeds/article.txt", "--out", "  "], "'--out'"),
        (["translate", ""], "'INPUTS...'"),
        (["translate", "seeds/article.txt", "--models-dir", ""], "'--models-dir'"),
        (["translate", "seeds/article.txt", "--project", ""], "'--project'"),
        (["translate", "seeds/article.txt", "--glossary", ""], "'--glossary'"),
        (["translate", "seeds/article.txt", "--memory", ""], "'--memory'"),
        (["translate", "seeds/article.txt", "--settings", ""], "'--settings'"),
        (["memory", "export", "seeds/article.txt", "--format", "xliff", "--to", "ru", "--out", ""], "'--out'"),
        (["glossary", "export", "--out", ""], "'--out'"),
        (["glossary", "check", ""], "'[PATHS]...'"),
        (["models", "--models-dir", "", "list"], "'--models-dir'"),
        (["models", "list", "--models-dir", ""], "'--models-dir'"),
        (["models", "build-test-package", "--to", "ar", ""], "'OUT'"),
    ],
)
def test_an_empty_path_is_a_wrong_request_and_nothing_is_written(workspace, arguments, option):
    before = sorted(path.relative_to(workspace) for path in workspace.rglob("*"))
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 2, result.output
    said = result.stderr.splitlines()
    assert said[0].startswith("error: toolkit ") and f": invalid value for {option}: " in said[0]
    assert said[0].endswith("is empty, not a file or folder (a shell variable left unset?)")
    assert said[1:] == ["  fix: give the path, or '.' for the working folder"]
    assert result.stdout == ""
    assert sorted(path.relative_to(workspace) for path in workspace.rglob("*")) == before


def test_the_working_folder_named_as_a_dot_is_still_an_output_folder(workspace, monkeypatch):
    (workspace / "editions").mkdir()
    monkeypatch.chdir(workspace / "editions")
    result = CliRunner().invoke(main, ["translate", "../seeds/article.txt", "--out", ".", "--to", "ru", "-q"])
    assert result.exit_code == 0, result.output
    assert (workspace / "editions" / "article" / "article.ru.md").exists()


# No home folder (a scheduler's bare environment, a user the system's list does not know), or a cache folder the
# toolkit may not write in: a run still translates, without its cache, saying so once; `models` and `cache`
# commands, which cannot work without their folder, say how to name it.


@pytest.fixture
def no_home(monkeypatch):
    import pwd

    def unknown_user(uid):
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    for variable in (
        "HOME",
        "TOOLKIT_CACHE_DIR",
        "XDG_CACHE_HOME",
        "TOOLKIT_MODELS_DIR",
        "ARGOS_PACKAGES_DIR",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
    ):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(pwd, "getpwuid", unknown_user)


NO_HOME = "cannot tell this user's home folder (HOME is not set, and the system's user list gives none)"


def test_without_a_home_folder_a_run_translates_from_its_memory_and_says_so_once(workspace, no_home):
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru,tr"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert warnings[:2] == [
        f"warning: the cache folder cannot be used ({NO_HOME}): this run goes without it (machine translations and "
        "provisional names are not kept for the next run); set TOOLKIT_CACHE_DIR to a folder the toolkit may "
        "write in",
        f"warning: no models folder: {NO_HOME}; set HOME, or name the models folder with --models-dir DIR or "
        "$TOOLKIT_MODELS_DIR",
    ]
    assert sum("cache" in line for line in warnings) == 1
    assert "summary: 1 article: 1 published" in result.output
    assert sorted(p.name for p in workspace.iterdir()) == ["glossaries", "output", "seeds"]  # no "~" folder made


def test_without_a_home_folder_a_given_models_folder_is_used(workspace, no_home, copy_models):
    (workspace / "seeds" / "new.txt").write_text("A sentence the memory does not hold.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["translate", "seeds", "--to", "ru", "--models-dir", str(copy_models.models_dir), "--jobs", "2"]
    )
    assert result.exit_code == 1, result.output  # the copy model's edition is held back, never published
    assert "Traceback" not in result.output
    assert "no models folder" not in result.output
    assert "summary: 2 articles: 1 published, 1 held back, 0 failed" in result.output


def test_without_a_home_folder_an_article_needing_a_model_fails_saying_why(workspace, no_home):
    (workspace / "seeds" / "new.txt").write_text("A sentence the memory does not hold.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", "seeds", "--to", "ru", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.output.count("warning: no models folder:") == 1
    assert "summary: 2 articles: 1 published, 0 held back, 1 failed" in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["models", "list"],
        ["models", "remove", "en-ru"],
        ["models", "install", "translate-en_ru.argosmodel"],
    ],
    ids=["list", "remove", "install"],
)
def test_models_commands_without_a_home_folder_say_how_to_name_the_models_folder(
    workspace, no_home, copy_models, command
):
    shutil.copy(copy_models.archives["ru"], workspace / "translate-en_ru.argosmodel")
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error: {NO_HOME}\n  fix: set HOME, or name the models folder with --models-dir DIR or $TOOLKIT_MODELS_DIR\n"
    )


def test_models_commands_without_a_home_folder_use_the_models_folder_named(workspace, no_home, monkeypatch, tmp_path):
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path / "models"))
    result = CliRunner().invoke(main, ["models", "list"])
    assert result.exit_code == 0, result.output
    assert "no models installed" in result.output


def test_cache_commands_without_a_home_folder_say_how_to_name_the_cache_folder(workspace, no_home):
    result = CliRunner().invoke(main, ["cache", "info"])
    assert result.exit_code == 2
    assert (
        result.output
        == f"error: {NO_HOME}\n  fix: set HOME, or TOOLKIT_CACHE_DIR to a folder the toolkit may write in\n"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_cache_folder_that_cannot_be_made_is_one_notice_and_the_run_goes_on(
    workspace, monkeypatch, copy_models, jobs
):
    blocker = workspace / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocker / "toolkit"))
    (workspace / "seeds" / "new.txt").write_text("A sentence the memory does not hold.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["translate", "seeds", "--to", "ru", "--models-dir", str(copy_models.models_dir), "--jobs", jobs]
    )
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    notices = [line for line in lines if "cache" in line and not line.startswith(("project:", "output:"))]
    assert notices == [
        f"warning: the cache folder cannot be used ({blocker / 'toolkit'}, from $TOOLKIT_CACHE_DIR: {blocker} is a file, "
        "not a folder): this run goes without it "
        "(machine translations and provisional names are not kept for the next run); set TOOLKIT_CACHE_DIR to a folder the "
        "toolkit may write in"
    ]
    assert "summary: 2 articles: 1 published, 1 held back, 0 failed" in result.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_cache_file_that_cannot_be_opened_is_a_warning_in_the_run_s_log(workspace, monkeypatch, copy_models, jobs):
    """A log read by grepping for "warning:" must find it: the run goes on slower, and keeps nothing for the next."""
    cache = workspace / "cache"
    (cache / "translations.sqlite3").mkdir(parents=True)  # a folder where the cache file should be
    (cache / "provisional-names.sqlite3").mkdir()
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(cache))
    (workspace / "seeds" / "new.txt").write_text("A sentence the memory does not hold.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["translate", "seeds", "--to", "ru", "--models-dir", str(copy_models.models_dir), "--jobs", jobs]
    )
    assert result.exit_code == 1, result.output
    said = [line for line in result.output.splitlines() if "cannot be used" in line]
    assert said and all(line.startswith("warning: the ") for line in said), said
    assert len(said) == len(set(said))  # each said once, however many workers found it
    assert "summary: 2 articles: 1 published, 1 held back, 0 failed" in result.output


def test_glossary_suggest_without_a_home_folder_lists_the_names_without_earlier_renderings(workspace, no_home):
    (workspace / "story.txt").write_text(
        "Talks resume\n\nThe envoy Zorbak Quellin met officials in Ankara on Monday.\n\nQuellin said talks go on.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["glossary", "suggest", "story.txt"])
    assert result.exit_code == 0, result.output
    assert "Zorbak Quellin" in result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: the store of provisional names cannot be used ({NO_HOME}); this run's choices are not kept"
    ]


CACHE_FIX = "set TOOLKIT_CACHE_DIR to a folder the toolkit may write in"


def cache_warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("warning:") and "cache" in line]


def test_a_cache_variable_naming_a_file_is_one_warning_naming_it_and_the_run_succeeds(workspace, monkeypatch):
    blocker = workspace / "cache.txt"
    blocker.write_text("notes", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocker))
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru,tr"])
    assert result.exit_code == 0, result.output
    (warning,) = cache_warnings(result.output)
    assert f"({blocker}, from $TOOLKIT_CACHE_DIR: {blocker} is a file, not a folder)" in warning
    assert warning.endswith(CACHE_FIX)
    assert blocker.read_text(encoding="utf-8") == "notes"


def test_a_cache_home_under_a_file_names_that_variable_and_the_file(workspace, monkeypatch):
    blocker = workspace / "xdg"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.delenv("TOOLKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru"])
    assert result.exit_code == 0, result.output
    (warning,) = cache_warnings(result.output)
    assert f"({blocker / 'toolkit'}, from $XDG_CACHE_HOME: {blocker} is a file, not a folder)" in warning


def test_a_cache_folder_without_write_permission_is_one_warning_naming_it(workspace, monkeypatch):
    import os

    folder = workspace / "shared-cache"
    folder.mkdir()
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(folder))
    real_access = os.access
    # the tests may run as root, whom a folder's mode does not stop: the folder is made unwritable as access says
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == folder else real_access(path, mode))
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru"])
    assert result.exit_code == 0, result.output
    (warning,) = cache_warnings(result.output)
    assert f"({folder}, from $TOOLKIT_CACHE_DIR: permission denied)" in warning and warning.endswith(CACHE_FIX)
    assert not (folder / "translations.sqlite3").exists()


def test_a_usable_cache_folder_is_not_warned_about(workspace, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(workspace / "new" / "cache"))
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru"])
    assert result.exit_code == 0, result.output
    assert cache_warnings(result.output) == []
    assert (workspace / "new" / "cache").is_dir()
