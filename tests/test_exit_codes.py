"""Exit statuses of the commands besides a run: 0 all good, 1 some article failed or was held back, 2 the request
is wrong, which includes a file the user must fix before the command can do anything, with one message naming the
file and the fix."""

from __future__ import annotations

from click.testing import CliRunner

from toolkit.cli import main

UNCHECKED = """\
- id: sami-rahal
  type: person
  en: {name: Sami Rahal, short: Rahal}
  ar: {name: سامي رحال, short: رحال}
  # check ar.short: cut from the name, where 'Rahal' stands in 'Sami Rahal'
  fa: {name: سامی رحال, short: رحال}
  tr: {name: Sami Rahal, short: Rahal}
  ru: {name: Сами Рахаль, short: Рахаль, indeclinable: true}
"""


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def test_glossary_add_refuses_a_stub_with_a_check_line_as_a_wrong_request_and_writes_nothing(workspace):
    target = workspace / "glossaries" / "people.yaml"
    before = target.read_bytes()
    (workspace / "stubs.yaml").write_text(UNCHECKED, encoding="utf-8")
    for dry_run in ([], ["--dry-run"]):
        result = cli("glossary", "add", "stubs.yaml", "--to", "glossaries/people.yaml", *dry_run)
        assert result.exit_code == 2, result.output
        assert "stubs.yaml:5:3: error: sami-rahal: a '# check' line is still there" in result.stdout
        assert result.stderr == "nothing added: 1 error in stubs.yaml\n"
        assert target.read_bytes() == before
    (workspace / "stubs.yaml").write_text(UNCHECKED.replace(UNCHECKED.splitlines()[4] + "\n", ""), encoding="utf-8")
    added = cli("glossary", "add", "stubs.yaml", "--to", "glossaries/people.yaml")
    assert added.exit_code == 0, added.output
    assert added.stdout.startswith("added 1 entry to glossaries/people.yaml")


def test_glossary_add_refuses_a_stub_missing_a_language_or_with_a_placeholder(workspace):
    persian_missing = UNCHECKED.replace(UNCHECKED.splitlines()[4] + "\n", "").replace(
        "  fa: {name: سامی رحال, short: رحال}\n", ""
    )
    (workspace / "stubs.yaml").write_text(persian_missing, encoding="utf-8")
    result = cli("glossary", "add", "stubs.yaml", "--to", "glossaries/people.yaml")
    assert result.exit_code == 2 and "sami-rahal: has no 'fa' rendering" in result.stdout
    placeholder = UNCHECKED.replace(UNCHECKED.splitlines()[4] + "\n", "").replace("Сами Рахаль", "...")
    (workspace / "stubs.yaml").write_text(placeholder, encoding="utf-8")
    result = cli("glossary", "add", "stubs.yaml", "--to", "glossaries/people.yaml")
    assert result.exit_code == 2 and "ru.name is a placeholder: '...'" in result.stdout


def test_glossary_check_reports_problems_with_status_1_and_a_clean_glossary_with_0(workspace):
    assert cli("glossary", "check").exit_code == 0
    (workspace / "glossaries" / "broken.yaml").write_text("- id: x\n  type: persn\n  en: {name: X}\n", encoding="utf-8")
    result = cli("glossary", "check")
    assert result.exit_code == 1 and "broken.yaml:2:9: error: x: type 'persn'" in result.stdout


def test_a_memory_that_does_not_exist_is_named_with_the_fix(workspace):
    for command in (
        ["translate", "seeds/article.txt", "--memory", "seeds/none.tmx", "--out", "out", "-q"],
        ["memory", "stale", "seeds/article.txt", "--memory", "seeds/none.tmx"],
    ):
        result = cli(*command)
        assert result.exit_code == 2, result.output
        assert "error: seeds/none.tmx: translation memory not found" in result.stderr
        assert "fix: check the path given with --memory" in result.stderr
        assert "Traceback" not in result.output


def test_an_export_to_a_folder_names_the_folder_and_asks_for_a_file(workspace):
    (workspace / "exports").mkdir()
    for command in (
        ["glossary", "export", "--format", "tbx", "--out", "exports"],
        ["memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", "exports"],
    ):
        result = cli(*command)
        assert result.exit_code == 2, result.output
        assert f"error: exports: --out is a folder; the {command[3].upper()} export is one file" in result.stderr
    assert list((workspace / "exports").iterdir()) == []


def test_a_file_written_over_a_folder_names_the_folder_and_asks_for_a_file(tmp_path):
    from toolkit.errors import UserError
    from toolkit.files import write_atomic

    (tmp_path / "editions").mkdir()
    try:
        write_atomic(tmp_path / "editions", "text")
    except UserError as error:
        assert "cannot write file: it is a folder" in str(error)
        assert f"fix: name a file in it, e.g. {tmp_path / 'editions' / 'NAME'}" in str(error)
    else:
        raise AssertionError("a folder was written over")
    assert list((tmp_path / "editions").iterdir()) == []


def test_a_backup_the_memory_does_not_have_is_a_wrong_request(workspace):
    assert cli("memory", "remove", "#1", "--memory", "seeds/article.tmx").exit_code == 0
    for backup in ("7", "0", "yesterday", "1999-01-01"):
        result = cli("memory", "restore", "seeds/article.tmx", "--backup", backup)
        assert result.exit_code == 2, result.output
        assert f"error: seeds/article.tmx: no copy {backup} is kept" in result.stderr
    missing = cli("memory", "restore", "seeds/none.tmx")
    assert missing.exit_code == 2 and "seeds/none.tmx: no copies of it are kept" in missing.stderr
