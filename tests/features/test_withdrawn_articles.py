"""An article whose source is deleted or renamed: its editions stay on disk (a web server may serve the output
folder, and only a person takes files down) but are no longer listed as current."""

import json
import os
import shutil

from toolkit import run


def news_folder(workspace, *names):
    """news/ with a copy of the seed article (and its memory) under each name."""
    news = workspace / "news"
    news.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(workspace / "seeds" / "article.txt", news / f"{name}.txt")
        shutil.copy(workspace / "seeds" / "article.tmx", news / f"{name}.tmx")
    return news


def manifest(workspace, name):
    return json.loads((workspace / "output" / name / "manifest.json").read_text(encoding="utf-8"))


def index_sections(workspace):
    """(article, status) of each article section of the index page, in page order."""
    import re

    page = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    return re.findall(r'<section class="article" id="([^"]+)" data-status="([^"]+)">', page)


def test_an_article_deleted_from_the_folder_read_is_listed_as_withdrawn_without_links(workspace):
    news = news_folder(workspace, "budget", "summit")
    run(["news"], index=True)
    (news / "budget.txt").unlink()
    said = []
    result = run(["news"], index=True, notice=said.append)

    assert result.exit_code == 0 and result.withdrawn == ["budget"]
    assert [line for line in said if "withdrawn" in line] == [
        "warning: output/budget/ holds the editions of news/budget.txt, which is gone "
        "(deleted or renamed): the index lists them as withdrawn, no longer current; delete the folder to take "
        "its files down"
    ]
    assert "withdrawn" in manifest(workspace, "budget") and "withdrawn" not in manifest(workspace, "summit")
    assert index_sections(workspace) == [("summit", "published"), ("budget", "withdrawn")]
    page = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert 'href="budget/' not in page  # no link leads to its editions as if they were current
    assert "withdrawn: its source was deleted or renamed" in page
    # its files are left as they were: the toolkit never removes what a person may still be serving
    assert (workspace / "output" / "budget" / "budget.ar.docx").is_file()


def test_a_renamed_article_is_written_under_its_new_name_and_the_old_folder_withdrawn(workspace):
    news = news_folder(workspace, "budget")
    run(["news"], index=True)
    (news / "budget.txt").rename(news / "budget-2027.txt")
    result = run(["news"], index=True)
    assert [(a.name, a.status) for a in result.articles] == [("budget-2027", "published")]
    assert result.withdrawn == ["budget"]
    assert sorted(index_sections(workspace)) == [("budget", "withdrawn"), ("budget-2027", "published")]


def test_the_withdrawal_lasts_in_later_runs_and_ends_when_the_source_comes_back(workspace):
    news = news_folder(workspace, "budget", "summit")
    run(["news"], index=True)
    moved = workspace / "budget.txt"
    (news / "budget.txt").rename(moved)
    run(["news"], index=True)
    # a later run of another article rebuilds the index from the folders: still withdrawn, not said again
    again = run(["news/summit.txt"], index=True)
    assert again.withdrawn == [] and ("budget", "withdrawn") in index_sections(workspace)
    moved.rename(news / "budget.txt")  # back, unchanged: written again as current, not skipped as up to date
    back = run(["news"], index=True)
    assert {a.name: a.status for a in back.articles} == {"budget": "published", "summit": "skipped"}
    assert "withdrawn" not in manifest(workspace, "budget")
    assert sorted(index_sections(workspace)) == [("budget", "published"), ("summit", "published")]


def test_only_a_folder_the_run_read_whole_can_show_a_source_gone(workspace):
    """Articles given by name say nothing of the others: an article not named this time is not withdrawn."""
    news = news_folder(workspace, "budget", "summit")
    run(["news"])
    result = run(["news/summit.txt"], force=True)
    assert result.withdrawn == [] and "withdrawn" not in manifest(workspace, "budget")
    (workspace / "elsewhere").mkdir()
    shutil.copy(news / "summit.txt", workspace / "elsewhere" / "other.txt")
    (news / "budget.txt").unlink()
    result = run(["elsewhere"])  # another folder: budget.txt was never in it
    assert result.withdrawn == [] and "withdrawn" not in manifest(workspace, "budget")


def test_a_run_from_another_working_directory_withdraws_nothing_that_still_exists(workspace, monkeypatch):
    """A source is found where its run read it, not where its path as once spelled leads from today's working
    directory: a desk running `toolkit translate . --out ../output` from inside another folder withdraws none of
    the articles an earlier run read from news/ (news/budget.txt read from there is no budget.txt here)."""
    news_folder(workspace, "budget")
    run(["news"], out_dir="output")
    (workspace / "desk").mkdir()
    shutil.copy(workspace / "seeds" / "article.txt", workspace / "desk" / "summit.txt")
    monkeypatch.chdir(workspace / "desk")
    result = run(["."], out_dir="../output", glossary_paths=["../glossaries"])
    assert result.withdrawn == [] and "withdrawn" not in manifest(workspace, "budget")


def test_the_folder_read_is_recognised_however_a_run_spells_it(workspace, monkeypatch):
    """Relative, absolute, through a symbolic link or from inside it: the same folder, so an article deleted
    from it is withdrawn, and one still in it is not."""
    news = news_folder(workspace, "budget", "summit", "talks", "sanctions")
    (workspace / "today").symlink_to(news)
    run(["news"], out_dir="output")
    (news / "budget.txt").unlink()
    assert run([str(news)], out_dir="output").withdrawn == ["budget"]
    (news / "summit.txt").unlink()
    assert run(["today"], out_dir="output").withdrawn == ["summit"]
    (news / "talks.txt").unlink()
    monkeypatch.chdir(news)
    assert run(["."], out_dir="../output", glossary_paths=["../glossaries"]).withdrawn == ["talks"]


def test_two_folders_published_into_one_output_folder_leave_each_other_alone(workspace):
    news = news_folder(workspace, "budget", "summit")
    (workspace / "features").mkdir()
    shutil.copy(workspace / "seeds" / "article.txt", workspace / "features" / "profile.txt")
    run(["news"], out_dir="output")
    run(["features"], out_dir="output")
    (news / "budget.txt").unlink()
    assert run(["features"], out_dir="output", force=True).withdrawn == []
    assert run(["news", "features"], out_dir="output").withdrawn == ["budget"]


def test_an_article_run_by_name_keeps_the_place_its_folder_run_found_it_in(workspace, monkeypatch):
    """An editor re-runs one article by name (from anywhere) between nightly runs of its folder: when it is
    deleted later, the nightly run still knows it lay in the folder, and withdraws it."""
    news = news_folder(workspace, "budget", "summit")
    run(["news"])
    (workspace / "elsewhere").mkdir()
    monkeypatch.chdir(workspace / "elsewhere")
    run(["../news/budget.txt"], out_dir="../output", glossary_paths=["../glossaries"], force=True)
    assert manifest(workspace, "budget")["read_in"] == manifest(workspace, "summit")["read_in"] | {"path": "budget.txt"}
    monkeypatch.chdir(workspace)
    (news / "budget.txt").unlink()
    assert run(["news"]).withdrawn == ["budget"]


def test_a_manifest_whose_source_place_leads_out_of_its_folder_is_damaged_and_the_article_written_again(workspace):
    """The place a manifest gives its source is read like all of it, as untrusted: a path out of the folder
    read (../../etc/passwd) could make an existing file decide an article's fate, so it is refused."""
    news_folder(workspace, "budget")
    run(["news"])
    path = workspace / "output" / "budget" / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["read_in"]["path"] = "../../etc/passwd"
    path.write_text(json.dumps(data), encoding="utf-8")
    said = []
    result = run(["news"], notice=said.append)
    assert [(a.name, a.status) for a in result.articles] == [("budget", "published")]
    assert any("read_in: path leads out of its folder" in line for line in said)
    assert manifest(workspace, "budget")["read_in"]["path"] == "budget.txt"


def _not_writable_for_the_run(monkeypatch, *folders):
    """The system's answer for a folder another user owns (a run as root is never refused, so the test asks
    the system's permission check to refuse, as it does for an unprivileged run)."""
    import os

    import toolkit.files

    access, write_atomic = os.access, toolkit.files.write_atomic
    refused = [os.path.realpath(folder) for folder in folders]

    def inside(path) -> bool:
        return any(os.path.realpath(path).startswith(folder) for folder in refused)

    def checked_access(path, mode, **options):
        return not (mode & os.W_OK and inside(path)) and access(path, mode, **options)

    def refused_write(path, data):
        if inside(path):
            raise toolkit.files.UserError(
                "cannot write here: Permission denied", path=path.parent, fix="choose another --out folder"
            )
        return write_atomic(path, data)

    monkeypatch.setattr(os, "access", checked_access)
    monkeypatch.setattr(toolkit.files, "write_atomic", refused_write)


def test_a_withdrawn_article_whose_folder_is_another_users_is_named_and_the_run_still_reports(workspace, monkeypatch):
    """Marking it withdrawn is a note in its manifest: a folder the run may not write in costs a warning, never
    the run's summary and status (it was 2, "the request is wrong", with every article done)."""
    news = news_folder(workspace, "budget", "summit")
    run(["news"], index=True)
    (news / "budget.txt").unlink()
    _not_writable_for_the_run(monkeypatch, workspace / "output" / "budget")
    said = []
    result = run(["news"], index=True, notice=said.append)
    assert result.exit_code == 0 and result.withdrawn == []
    assert [a.name for a in result.articles] == ["summit"]
    warnings = [line for line in said if "budget" in line]
    assert warnings == [
        "warning: output/budget/: its source news/budget.txt is gone, but its manifest cannot be marked withdrawn "
        "(cannot write here: Permission denied); let the run's user write in the folder, or delete it"
    ]
    assert "withdrawn" not in manifest(workspace, "budget")


def test_an_article_whose_earlier_folder_is_another_users_fails_alone_and_leaves_no_hidden_copy(workspace, monkeypatch):
    """Swapped out, a folder whose files the run may not remove would stay for good, hidden beside the new one
    (and each later run would claim to have removed it): the article fails before, saying why, its files as
    they were."""
    news_folder(workspace, "budget", "summit")
    run(["news"], languages=["ar"])
    out = workspace / "output"
    before = {p: p.read_bytes() for p in (out / "budget").rglob("*") if p.is_file()}
    _not_writable_for_the_run(monkeypatch, out / "budget")
    result = run(["news"], languages=["ar", "ru"])
    assert result.exit_code == 1
    budget, summit = result.articles
    assert (budget.status, summit.status) == ("failed", "published")
    assert (
        budget.reason == "news/budget.txt: cannot write output/budget: its files cannot be replaced by the run's user"
    )
    assert budget.fix.startswith("let the user the run runs as write there (chown or chmod output/budget)")
    assert {p: p.read_bytes() for p in (out / "budget").rglob("*") if p.is_file()} == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".toolkit-run.lock"] == []


def test_a_hand_edited_manifest_whose_source_no_file_can_be_named_is_withdrawn_without_a_traceback(workspace):
    """Its place in the folder read holds a lone surrogate ("\\ud800", as JSON may write it): no file has that
    name, so the source is gone; the manifest is marked withdrawn, the surrogate written back escaped as it was
    read (JSON a run writes holds lone surrogates as \\uXXXX), and the run goes on."""
    news = news_folder(workspace, "budget", "summit")
    run(["news"], index=True)
    (news / "budget.txt").unlink()
    path = workspace / "output" / "budget" / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["read_in"]["path"] = "budget\ud800.txt"
    path.write_text(json.dumps(data), encoding="utf-8")
    said = []
    result = run(["news"], index=True, notice=said.append)
    assert result.exit_code == 0 and result.withdrawn == ["budget"]
    assert [a.name for a in result.articles] == ["summit"]
    assert not [line for line in said if "cannot be marked withdrawn" in line]
    written = manifest(workspace, "budget")
    assert "withdrawn" in written
    assert written["read_in"]["path"] == "budget\ud800.txt"
    assert "\\ud800" in path.read_text(encoding="utf-8")


def test_a_project_moved_whole_still_withdraws_an_article_deleted_after_the_move(workspace, tmp_path, monkeypatch):
    """Where a source lay is recorded from the output folder, as its fingerprint is: a project copied to a new
    disk redoes nothing, and an article deleted there afterwards is still found gone (its manifest named the
    folder by the old absolute path, which no run of the moved project reads)."""
    news_folder(workspace, "budget", "summit")
    run(["news"], languages=["ru"])
    moved = tmp_path.parent / (tmp_path.name + "-moved") / "desk"
    shutil.copytree(workspace, moved)
    monkeypatch.chdir(moved)
    assert [article.status for article in run(["news"], languages=["ru"]).articles] == ["skipped", "skipped"]
    assert manifest(moved, "budget")["read_in"] == manifest(workspace, "budget")["read_in"]
    (moved / "news" / "budget.txt").unlink()
    result = run(["news"], languages=["ru"])
    assert result.withdrawn == ["budget"] and "withdrawn" in manifest(moved, "budget")
    assert [(a.name, a.status) for a in result.articles] == [("summit", "skipped")]


def test_a_manifest_that_names_its_folder_by_its_absolute_path_is_still_read(workspace):
    """Manifests written before the folder was named from the output folder keep working where they were
    written: an article deleted from their folder is withdrawn."""
    from toolkit.batch.fingerprint import digest

    news = news_folder(workspace, "budget", "summit")
    run(["news"], languages=["ru"])
    for name in ("budget", "summit"):  # as an earlier version wrote it: a digest of the folder's absolute path
        path = workspace / "output" / name / "manifest.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data["read_in"]["folder"] = digest("folder read", os.path.realpath(news))
        path.write_text(json.dumps(data), encoding="utf-8")
    (news / "budget.txt").unlink()
    result = run(["news"], languages=["ru"])
    assert result.withdrawn == ["budget"]
