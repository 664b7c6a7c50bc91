"""Project discovery: the glossary, settings and output folder of the newsroom project, from any folder in it."""

import shutil

import pytest
from click.testing import CliRunner
from conftest import GLOSSARY_DIR, ROOT, SEED, SEED_MEMORY

from toolkit.cli import main
from toolkit.errors import UserError
from toolkit.project import PROJECT_VARIABLE, find_project


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A newsroom project with settings, glossaries and a news/2024/ folder holding the seed article."""
    monkeypatch.delenv(PROJECT_VARIABLE, raising=False)
    root = tmp_path / "newsroom"
    shutil.copytree(GLOSSARY_DIR, root / "glossaries")
    shutil.copy(ROOT / "newsroom.yaml", root / "newsroom.yaml")
    news = root / "news" / "2024"
    news.mkdir(parents=True)
    shutil.copy(SEED, news / "article.txt")
    shutil.copy(SEED_MEMORY, news / "article.tmx")
    return root


def test_the_project_is_found_walking_up(project, monkeypatch):
    monkeypatch.chdir(project / "news" / "2024")
    found = find_project()
    assert found.root.resolve() == project.resolve() and found.found_by == "the working directory"
    assert found.settings_file.name == "newsroom.yaml" and found.glossary_folder.name == "glossaries"
    assert found.output_folder.resolve() == (project / "output").resolve()


def test_a_folder_with_only_glossaries_or_only_settings_is_a_project(tmp_path):
    (tmp_path / "a" / "glossaries").mkdir(parents=True)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "newsroom.yaml").write_text("publish: {index: true}\n")
    (tmp_path / "b" / "deep" / "er").mkdir(parents=True)
    assert find_project(start=tmp_path / "a").glossary_folder is not None
    assert find_project(start=tmp_path / "b" / "deep" / "er").settings_file is not None
    assert find_project(start=tmp_path / "b").glossary_folder is None


def test_a_named_project_wins_and_must_be_one(project, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert find_project(project).found_by == "--project"
    monkeypatch.setenv(PROJECT_VARIABLE, str(project))
    assert find_project().found_by == f"${PROJECT_VARIABLE}"
    with pytest.raises(UserError, match="project folder not found"):
        find_project(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match=r"not a newsroom project: it holds neither newsroom\.yaml nor glossaries/"):
        find_project(tmp_path / "empty")


def test_translate_from_a_subfolder_uses_the_project_and_says_so(project, monkeypatch):
    monkeypatch.chdir(project / "news" / "2024")
    result = CliRunner().invoke(main, ["translate", "article.txt", "--to", "fa", "--date", "2020-01-20"])
    assert result.exit_code == 0, result.output
    assert f"project: {project} (from the working directory)" in result.stderr
    assert "glossary: " in result.stderr and "(42 entries in 4 files)" in result.stderr
    assert "settings: " in result.stderr and "newsroom.yaml" in result.stderr
    # the project's newsroom.yaml asks for editions to publish and the index page, in the project's output/
    assert (project / "output" / "article" / "article.fa.publish.md").is_file()
    assert (project / "output" / "index.html").is_file()
    quiet = CliRunner().invoke(main, ["translate", "article.txt", "--to", "fa", "-q", "--force"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == ""


def test_the_project_can_be_named_from_anywhere(project, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = str(project / "news" / "2024" / "article.txt")
    result = CliRunner().invoke(main, ["translate", article, "--to", "tr", "--project", str(project)])
    assert result.exit_code == 0, result.output
    assert "(from --project)" in result.stderr
    monkeypatch.setenv(PROJECT_VARIABLE, str(project))
    result = CliRunner().invoke(main, ["translate", article, "--to", "ru", "--out", "elsewhere"])
    assert result.exit_code == 0 and f"(from ${PROJECT_VARIABLE})" in result.stderr
    assert (tmp_path / "elsewhere" / "article" / "article.ru.publish.md").is_file()


def test_outside_any_project_without_a_glossary_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv(PROJECT_VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, tmp_path / "article.txt")
    result = CliRunner().invoke(main, ["translate", "article.txt"])
    assert result.exit_code == 2
    assert result.output.startswith("error: no newsroom project here:") and "Traceback" not in result.output
    assert "--project DIR" in result.output and "--glossary PATH" in result.output
    assert not (tmp_path / "output").exists()
    with_glossary = CliRunner().invoke(
        main, ["translate", "article.txt", "--glossary", str(GLOSSARY_DIR), "--memory", str(SEED_MEMORY), "--to", "ar"]
    )
    assert with_glossary.exit_code == 0, with_glossary.output
    assert "settings: the defaults (no newsroom.yaml)" in with_glossary.stderr
    assert (tmp_path / "output" / "article" / "article.ar.md").is_file()


def test_a_settings_file_given_that_does_not_exist_is_an_error(project, monkeypatch):
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["translate", "news", "--settings", "desk.yaml"])
    assert result.exit_code == 2 and "desk.yaml: settings file not found" in result.output
    assert not (project / "output").exists()


@pytest.mark.parametrize("kind", ["folder", "broken-link"])
def test_a_newsroom_yaml_that_is_not_a_file_is_an_error_not_the_defaults(project, monkeypatch, kind):
    """A folder or a dangling link where the settings should be: the run says so, never publishes with defaults."""
    (project / "newsroom.yaml").unlink()
    if kind == "folder":
        (project / "newsroom.yaml").mkdir()
        expected = "newsroom.yaml: is a folder, not a file"
    else:
        (project / "newsroom.yaml").symlink_to(project / "settings" / "newsroom.yaml")
        expected = "newsroom.yaml: file not found"
    monkeypatch.chdir(project / "news" / "2024")
    result = CliRunner().invoke(main, ["translate", "article.txt", "--to", "fa"])
    assert result.exit_code == 2 and expected in result.output, result.output
    assert not (project / "output").exists()


def test_the_glossary_commands_find_the_project_too(project, monkeypatch):
    monkeypatch.chdir(project / "news")
    result = CliRunner().invoke(main, ["glossary", "show", "Erdogan"])
    assert result.exit_code == 0, result.output
    assert "erdogan" in result.output
