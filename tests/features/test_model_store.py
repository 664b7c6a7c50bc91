"""The model store under hostile conditions: packages that do not load, misnamed archives, killed and
parallel installs, machine-readable listing, and downloads with the standard library alone.

Every test runs with sockets blocked; downloads read a local mirror through file: URLs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.errors import UserError
from toolkit.translate.packages import download, install, list_packages, package_index_url

pytestmark = pytest.mark.usefixtures("no_network")

TOP = "translate-en_ar-copy"
NOT_LOADING_FIX = (
    "its model.bin or sentencepiece.model is damaged, or was made for a newer CTranslate2 than this "
    "one (CTranslate2 {version}); ask for a fresh copy of the package, or upgrade with "
    "`pip install -U ctranslate2`; nothing was installed"
)


def package_files(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as package:
        return {name: package.read(name) for name in package.namelist()}


def write_archive(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in files.items():
            package.writestr(name, data)
    return path


def folders_argos_would_read(folder: Path) -> list[str]:
    """What argostranslate.package.get_installed_packages() iterates: every folder in the models folder."""
    return sorted(entry.name for entry in folder.iterdir() if entry.is_dir())


def ctranslate2_version() -> str:
    import ctranslate2

    return ctranslate2.__version__


# --- 6. packages that install but would not load ------------------------------------------


@pytest.mark.parametrize(
    "member, garbage, detail",
    [
        ("model/model.bin", b"\x00garbage" * 64, "Unsupported model binary version"),
        ("sentencepiece.model", b"not a sentencepiece model", "could not parse ModelProto"),
    ],
    ids=["model.bin", "sentencepiece.model"],
)
def test_a_package_that_does_not_load_is_refused_and_the_old_one_kept(copy_models, tmp_path, member, garbage, detail):
    folder = tmp_path / "models"
    [old] = install(copy_models.archives["ar"], folder)
    broken = write_archive(
        tmp_path / "translate-en_ar-2_0.argosmodel",
        {**package_files(copy_models.archives["ar"]), f"{TOP}/{member}": garbage},
    )

    with pytest.raises(UserError) as caught:
        install(broken, folder)

    assert caught.value.message.startswith("the en->ar model does not load: ")
    assert detail in caught.value.message
    assert caught.value.path == broken
    assert caught.value.fix == NOT_LOADING_FIX.format(version=ctranslate2_version())
    assert list_packages(folder) == [old]
    assert folders_argos_would_read(folder) == ["translate-en_ar"]


def test_a_model_made_by_a_newer_ctranslate2_is_named_as_such(copy_models, tmp_path):
    files = package_files(copy_models.archives["ar"])
    model = bytearray(files[f"{TOP}/model/model.bin"])
    model[:4] = (99).to_bytes(4, "little")  # the binary version field, as a future CTranslate2 writes it
    broken = write_archive(tmp_path / "translate-en_ar.argosmodel", {**files, f"{TOP}/model/model.bin": bytes(model)})
    result = CliRunner().invoke(main, ["models", "--models-dir", str(tmp_path / "models"), "install", str(broken)])
    assert result.exit_code == 2
    assert result.output.startswith(
        f"error: {broken}: the en->ar model does not load: Unsupported model binary version. This executable "
        f"supports models with binary version v6 or below, but the model has binary version v99."
    )
    assert "Traceback" not in result.output
    assert list_packages(tmp_path / "models") == []


def test_a_model_that_breaks_after_install_is_a_clear_error_at_translate_time(copy_models, tmp_path, workspace):
    folder = tmp_path / "models"
    [package] = install(copy_models.archives["tr"], folder)
    (package.path / "model" / "model.bin").write_bytes(b"damaged on disk")
    (workspace / "story.txt").write_text("The minister met reporters on Monday.\n", encoding="utf-8")

    result = CliRunner().invoke(main, ["translate", "story.txt", "--to", "tr", "--models-dir", str(folder), "-q"])

    assert result.exit_code == 2, result.output  # checked before any article: the request cannot be served
    assert result.output.startswith(f"error: {package.path}: the en->tr model does not work: ")
    assert result.output.endswith(
        "  fix: install a fresh copy: `toolkit models install translate-en_tr.argosmodel` (or `toolkit models "
        "download en-tr`); or remove it: `toolkit models remove en-tr`\n"
    )
    assert "Traceback" not in result.output
    assert not (workspace / "output").exists()


def test_an_archive_whose_name_and_metadata_disagree_is_refused(copy_models, tmp_path):
    misnamed = tmp_path / "translate-en_ru-1_9.argosmodel"
    misnamed.write_bytes(copy_models.archives["ar"].read_bytes())
    with pytest.raises(UserError) as caught:
        install(misnamed, tmp_path / "models")
    assert str(caught.value) == (
        f"{misnamed}: the file name says en->ru, but its metadata.json says en->ar\n"
        "  fix: check that this is the model you meant; if it is, rename the file to translate-en_ar.argosmodel"
    )
    assert not (tmp_path / "models").exists() or list_packages(tmp_path / "models") == []

    plain = tmp_path / "arabic-model.argosmodel"  # a name that states no pair is fine
    plain.write_bytes(copy_models.archives["ar"].read_bytes())
    assert [p.pair for p in install(plain, tmp_path / "models")] == ["en->ar"]


@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "loop"])
def test_non_regular_files_are_refused_at_once(tmp_path, target):
    if target == "fifo":
        path = tmp_path / "pipe.argosmodel"
        os.mkfifo(path)
        expected = "not a regular file (a device, pipe or socket)"
    elif target == "loop":
        path = tmp_path / "loop.argosmodel"
        path.symlink_to(path)
        expected = "cannot read the file: Too many levels of symbolic links"
    else:
        path, expected = Path(target), "not a regular file (a device, pipe or socket)"
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "models", "--models-dir", str(tmp_path / "models"), "install", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {path}: {expected}\n")


@pytest.mark.parametrize(
    "field, value, shown",
    [("from_code", 5, "5"), ("to_code", ["ru"], '["ru"]'), ("package_version", {"major": 1}, '{"major": 1}')],
)
def test_installed_metadata_of_the_wrong_type_is_named_not_read_as_another_language(
    copy_models, tmp_path, field, value, shown
):
    # str(5) made a package of the language "5": the pair's model silently vanished from `models list`
    install(copy_models.archives["ru"], tmp_path / "models")
    (folder,) = (tmp_path / "models").iterdir()
    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    (folder / "metadata.json").write_text(json.dumps({**metadata, field: value}), encoding="utf-8")
    result = CliRunner().invoke(main, ["models", "--models-dir", str(tmp_path / "models"), "list"])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {folder / 'metadata.json'}: unreadable package metadata: {field} is {shown}, not text\n"
        "  fix: remove this package folder or install the package again\n"
    )


# --- 7. leftovers and races --------------------------------------------------------------


def test_a_killed_install_leaves_nothing_argos_reads_and_the_next_command_cleans_up(copy_models, tmp_path):
    folder = tmp_path / "models"
    install(copy_models.archives["fa"], folder)
    work = tmp_path / ".toolkit-models"
    command = [
        sys.executable,
        "-m",
        "toolkit",
        "models",
        "--models-dir",
        str(folder),
        "install",
        str(copy_models.archives["ar"]),
    ]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not list(work.glob(".toolkit-installing-en_ar-*/model/model.bin")):  # unpacked, being checked
        assert child.poll() is None and time.monotonic() < deadline, "the install ended before it could be killed"
        time.sleep(0.005)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)

    assert folders_argos_would_read(folder) == ["translate-en_fa"]
    assert list(work.glob(".toolkit-installing-*"))  # the leftover sits beside the models folder
    result = CliRunner().invoke(main, ["models", "--models-dir", str(folder), "list"])
    assert result.exit_code == 0
    assert result.output.startswith("removed 1 leftover(s) of interrupted installs (")
    assert not list(work.glob(".toolkit-installing-*"))
    assert [p.pair for p in list_packages(folder)] == ["en->fa"]


def test_leftovers_of_older_versions_inside_the_models_folder_are_removed(copy_models, tmp_path):
    folder = tmp_path / "models"
    install(copy_models.archives["fa"], folder)
    for name in (".toolkit-installing-k2j3h4", ".toolkit-retired-translate-en_ar-1a2b3c4d"):
        (folder / name / "model").mkdir(parents=True)
        (folder / name / "model" / "model.bin").write_bytes(bytes(1000))

    install(copy_models.archives["tr"], folder)

    assert folders_argos_would_read(folder) == ["translate-en_fa", "translate-en_tr"]


def test_parallel_installs_of_one_pair_take_turns(copy_models, tmp_path):
    folder = tmp_path / "models"
    command = [
        sys.executable,
        "-m",
        "toolkit",
        "models",
        "--models-dir",
        str(folder),
        "install",
        str(copy_models.archives["ar"]),
    ]
    children = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [(*child.communicate(timeout=120), child.returncode) for child in children]

    assert [code for _, _, code in results] == [0, 0, 0, 0], results
    assert all(out.startswith("installed en->ar 1.0") and err == "" for out, err, _ in results)
    assert folders_argos_would_read(folder) == ["translate-en_ar"]
    assert [p.pair for p in list_packages(folder)] == ["en->ar"]
    assert not [p for p in (tmp_path / ".toolkit-models").iterdir() if p.is_dir()]


def test_without_room_beside_the_models_folder_staging_happens_inside_it(copy_models, tmp_path):
    folder = tmp_path / "models"
    (tmp_path / ".toolkit-models").write_text("a file where the work area would go")
    assert [p.pair for p in install(copy_models.archives["ar"], folder)] == ["en->ar"]
    assert folders_argos_would_read(folder) == ["translate-en_ar"]
    (folder / ".toolkit-installing-en_fa-killed").mkdir()  # what a killed install leaves there
    result = CliRunner().invoke(main, ["models", "--models-dir", str(folder), "list"])
    assert result.exit_code == 0 and result.output.startswith("removed 1 leftover(s) of interrupted installs")
    assert folders_argos_would_read(folder) == ["translate-en_ar"]


# --- models list --json ---------------------------------------------------------------------


def test_models_list_json(copy_models, tmp_path):
    folder = tmp_path / "models"
    result = CliRunner().invoke(main, ["models", "--models-dir", str(folder), "list", "--json"])
    assert (result.exit_code, json.loads(result.output)) == (0, {"folder": str(folder), "models": []})

    install([copy_models.archives["ru"], copy_models.archives["ar"]], folder)
    result = CliRunner().invoke(main, ["models", "--models-dir", str(folder), "list", "--json"])
    assert result.exit_code == 0
    listed = json.loads(result.output)
    assert listed["folder"] == str(folder)
    assert [
        (m["pair"], m["from_code"], m["to_code"], m["package_version"], m["path"], m["copy_model"], m["to_name"])
        for m in listed["models"]
    ] == [
        ("en->ar", "en", "ar", "1.0", str(folder / "translate-en_ar"), True, "Arabic"),
        ("en->ru", "en", "ru", "1.0", str(folder / "translate-en_ru"), True, "Russian"),
    ]
    assert [m["size"] for m in listed["models"]] == [p.size for p in list_packages(folder)]


# --- downloads with the standard library -------------------------------------------------------


@pytest.fixture
def mirror(tmp_path, monkeypatch, copy_models):
    """A package index with links, served from the file system (as a local mirror is)."""
    root = tmp_path / "mirror"
    root.mkdir()
    entries = []
    for code, version in (("ar", "1.0"), ("ar", "1.9"), ("fa", "1.0")):
        archive = root / f"translate-en_{code}-{version.replace('.', '_')}.argosmodel"
        files = package_files(copy_models.archives[code])
        top = f"translate-en_{code}-copy"
        metadata = json.loads(files[f"{top}/metadata.json"])
        files[f"{top}/metadata.json"] = json.dumps({**metadata, "package_version": version}).encode()
        write_archive(archive, files)
        entries.append(
            {
                "type": "translate",
                "from_code": "en",
                "to_code": code,
                "package_version": version,
                "links": [archive.as_uri()],
            }
        )
    entries.append({"type": "sbd", "from_code": "en", "links": []})
    (root / "index.json").write_text(json.dumps(entries))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", root.as_uri() + "/")
    return root


def test_download_reads_the_index_and_installs_the_newest_version(mirror, tmp_path):
    folder = tmp_path / "models"
    messages = []
    installed = download(["ar", "en-fa"], folder, progress=messages.append)
    assert [(p.pair, p.package_version) for p in installed] == [("en->ar", "1.9"), ("en->fa", "1.0")]
    assert messages == [
        f"downloading en->ar 1.9 from {(mirror / 'translate-en_ar-1_9.argosmodel').as_uri()}",
        f"downloading en->fa 1.0 from {(mirror / 'translate-en_fa-1_0.argosmodel').as_uri()}",
    ]
    assert folders_argos_would_read(folder) == ["translate-en_ar", "translate-en_fa"]
    assert not list((tmp_path / ".toolkit-models").glob(".toolkit-download-*"))


def test_download_checks_the_archive_against_the_pair_asked_for(mirror, tmp_path):
    index = json.loads((mirror / "index.json").read_text())
    index[0]["links"] = index[2]["links"]  # the index's en->ar entry points at the en->fa archive
    index[1]["package_version"] = "0.1"
    (mirror / "index.json").write_text(json.dumps(index))
    with pytest.raises(UserError) as caught:
        download(["ar"], tmp_path / "models")
    assert caught.value.message == "the file name says en->ar, but its metadata.json says en->fa"
    assert list_packages(tmp_path / "models") == []


def test_download_errors_are_one_clear_message(mirror, tmp_path, monkeypatch):
    with pytest.raises(UserError) as caught:
        download(["de"], tmp_path / "models")
    assert (caught.value.message, caught.value.fix) == (
        "the Argos package index has no model for en->de",
        "check the language code (e.g. ar, fa, tr, ru)",
    )
    (mirror / "translate-en_fa-1_0.argosmodel").unlink()
    with pytest.raises(UserError) as caught:
        download(["fa"], tmp_path / "models")
    assert caught.value.message.startswith("download of en->fa 1.0 failed: file:")

    (mirror / "index.json").write_text("{not json")
    with pytest.raises(UserError) as caught:
        download(["ar"], tmp_path / "models")
    assert caught.value.message.startswith("the package index is not valid JSON: ")

    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://example.org/index/")
    with pytest.raises(UserError) as caught:
        download(["ar"], tmp_path / "models")
    assert str(caught.value) == (
        "refusing to download over http: http://example.org/index/index.json\n"
        "  fix: use an https:// address (set ARGOS_PACKAGE_INDEX to an HTTPS mirror)"
    )


def test_the_index_address_follows_argos_settings(monkeypatch, tmp_path):
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert package_index_url() == "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
    (tmp_path / "argos-translate").mkdir()
    (tmp_path / "argos-translate" / "settings.json").write_text(
        json.dumps({"ARGOS_PACKAGE_INDEX": "https://mirror.example/argos"})
    )
    assert package_index_url() == "https://mirror.example/argos/index.json"
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "https://other.example/index.json")
    assert package_index_url() == "https://other.example/index.json"


def test_download_never_imports_argostranslate(mirror, tmp_path):
    script = (
        "import sys\nfrom toolkit.translate.packages import download\n"
        "download(['ar'], sys.argv[1])\n"
        "print(sorted(m for m in ('argostranslate', 'torch', 'stanza', 'spacy') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "models")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "[]\n", "")
