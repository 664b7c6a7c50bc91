"""Installed Argos models: install, list, remove, offline download errors, and the copy-model test packages.

The packages come from the session fixture ``copy_models`` (tests/conftest.py):
real Argos packages whose model copies its input. They check plumbing, never
translation quality.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.errors import UserError
from toolkit.translate.packages import (
    BAD_ARCHIVE_FIX,
    configure_argos,
    download,
    find_package,
    human_size,
    install,
    list_packages,
    models_dir,
    remove,
)

# Every test here runs with sockets blocked: installing and translating never touch the network.
pytestmark = pytest.mark.usefixtures("no_network")

TOP = "translate-en_ar-copy"  # the folder inside the en->ar copy package

SENTENCES = [
    "The minister met {mamlouk:short+ins} in Damascus on 3 May 2024.",
    "Turkey's exports rose 12.5% to $1,200 million, officials said!",
    "Did Erdogan (AKP) really say \"never\" -- or was it 'not now'?",
    "Talks resume at 10:30 in Ankara; {erdogan} and {putin:gen} will attend.",
    "Prices: 1, 2, 3 [approx.] & more #tags @handles / slashes * stars = 42.",
    "Café owners in Zürich said «no» — and meant it.",  # characters the tokenizer never saw
    (
        "Regional security officials said on Tuesday that talks between the two governments, suspended in "
        "March after a border incident near Qamishli, would resume in Ankara next week with delegations led "
        "by {fidan:gen} and {lavrov:gen}, joined by 12 observers from Geneva."
    ),  # 40 words
    "Short one.",
]


def package_files(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as package:
        return {name: package.read(name) for name in package.namelist()}


def write_archive(
    path: Path, files: dict[str, bytes], symlinks: dict[str, str] | None = None, compression: int = zipfile.ZIP_DEFLATED
) -> Path:
    with zipfile.ZipFile(path, "w", compression) as package:
        for name, data in files.items():
            package.writestr(name, data)
        for name, target in (symlinks or {}).items():
            link = zipfile.ZipInfo(name)
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            package.writestr(link, target)
    return path


def with_metadata(files: dict[str, bytes], **changes) -> dict[str, bytes]:
    metadata = json.loads(files[f"{TOP}/metadata.json"])
    metadata.update(changes)
    for key in [key for key, value in changes.items() if value is None]:
        del metadata[key]
    return {**files, f"{TOP}/metadata.json": json.dumps(metadata).encode()}


def translate_with_ctranslate2(package: Path, sentences: list[str], compute_type: str = "auto") -> list[str]:
    """Translate a batch the way the engine may: CTranslate2 and SentencePiece on the installed files."""
    import ctranslate2
    import sentencepiece

    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
    translator = ctranslate2.Translator(
        str(package / "model"), device="cpu", compute_type=compute_type, intra_threads=1
    )
    results = translator.translate_batch(
        [tokenizer.encode(s, out_type=str) for s in sentences], beam_size=4, replace_unknowns=True
    )
    return [tokenizer.decode_pieces(result.hypotheses[0]) for result in results]


def hidden_entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def argos_folder_restored():
    """Tests that call configure_argos() put Argos back on the sandbox folder afterwards."""
    original = os.environ["ARGOS_PACKAGES_DIR"]
    yield
    configure_argos(original)


# --- the whole path ---------------------------------------------------------


def test_install_list_translate_find_and_remove(copy_models, tmp_path):
    folder = tmp_path / "models"

    [installed] = install(copy_models.archives["ar"], folder)

    assert (installed.pair, installed.package_version, installed.path) == ("en->ar", "1.0", folder / "translate-en_ar")
    assert installed.copy_model and installed.from_name == "English" and installed.to_name == "Arabic"
    assert installed.size == sum(p.stat().st_size for p in installed.path.rglob("*") if p.is_file())
    assert list_packages(folder) == [installed]
    assert find_package("en", "ar", folder) == installed.path
    assert find_package("en", "fa", folder) is None
    assert translate_with_ctranslate2(installed.path, SENTENCES) == SENTENCES

    assert remove("en-ar", folder) == [installed]
    assert list_packages(folder) == [] and not installed.path.exists()
    assert find_package("en", "ar", folder) is None
    assert hidden_entries(folder) == []


def test_session_packages_are_installed_for_the_four_languages(copy_models):
    packages = list_packages(copy_models.models_dir)
    assert [p.pair for p in packages] == ["en->ar", "en->fa", "en->ru", "en->tr"]
    assert [p.path.name for p in packages] == [f"translate-en_{code}" for code in ("ar", "fa", "ru", "tr")]
    assert all(p.type == "translate" and p.copy_model for p in packages)


@pytest.mark.parametrize("compute_type", ["auto", "float32", "int8"])
def test_copy_model_copies_a_batch_exactly(copy_models, compute_type):
    package = find_package("en", "ru", copy_models.models_dir)
    assert translate_with_ctranslate2(package, SENTENCES, compute_type) == SENTENCES


def test_copy_package_is_small_and_complete(copy_models):
    archive = copy_models.archives["tr"]
    files = package_files(archive)
    top = "translate-en_tr-copy"
    assert sorted(files) == sorted(
        f"{top}/{name}"
        for name in [
            "metadata.json",
            "README.md",
            "sentencepiece.model",
            "minisbd/en.onnx",
            "model/model.bin",
            "model/config.json",
            "model/shared_vocabulary.json",
        ]
    )
    metadata = json.loads(files[f"{top}/metadata.json"])
    assert {key: metadata[key] for key in ("type", "from_code", "to_code", "package_version", "to_name")} == {
        "type": "translate",
        "from_code": "en",
        "to_code": "tr",
        "package_version": "1.0",
        "to_name": "Turkish",
    }
    assert json.loads(files[f"{top}/model/config.json"])["add_source_eos"] is True
    import sentencepiece

    tokenizer = sentencepiece.SentencePieceProcessor(model_proto=files[f"{top}/sentencepiece.model"])
    assert tokenizer.get_piece_size() == 400
    # SENTENCES[5] goes through <unk> and replace_unknowns: these characters are unknown to the tokenizer
    assert [tokenizer.piece_to_id(c) == tokenizer.unk_id() for c in "é«—a{"] == [True, True, True, False, False]
    assert archive.stat().st_size < 200 * 1024


# --- where models live --------------------------------------------------------


def test_models_dir_is_the_argument_then_the_environment_then_argos_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path / "from-env"))
    assert models_dir(tmp_path / "given") == tmp_path / "given"
    assert models_dir() == tmp_path / "from-env"

    monkeypatch.delenv("TOOLKIT_MODELS_DIR")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-env"))
    assert models_dir() == tmp_path / "argos-env"

    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert models_dir() == tmp_path / "data" / "argos-translate" / "packages"

    settings = tmp_path / "config" / "argos-translate" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"ARGOS_PACKAGES_DIR": str(tmp_path / "argos-settings")}))
    assert models_dir() == tmp_path / "argos-settings"


# --- checks before installing -------------------------------------------------


def escaping_member(files):
    return {**files, f"{TOP}/../evil.sh": b"rm -rf ~"}


def absolute_member(files):
    return {**files, "/etc/cron.d/evil": b"* * * * * root true"}


def two_top_folders(files):
    return {**files, "other/README.md": b"hello"}


def file_beside_the_folder(files):
    return {**files, "README.md": b"hello"}


def missing_metadata(files):
    return {name: data for name, data in files.items() if not name.endswith("metadata.json")}


def missing_model(files):
    return {name: data for name, data in files.items() if not name.endswith("model.bin")}


def missing_tokenizer(files):
    return {name: data for name, data in files.items() if not name.endswith("sentencepiece.model")}


def broken_metadata(files):
    return {**files, f"{TOP}/metadata.json": b'{"from_code": "en",'}


REFUSALS = [
    (escaping_member, "unsafe archive: member 'translate-en_ar-copy/../evil.sh' points outside the package folder"),
    (absolute_member, "unsafe archive: member '/etc/cron.d/evil' points outside the package folder"),
    (
        two_top_folders,
        "an Argos package holds exactly one top-level folder; "
        "this archive has at its top level: translate-en_ar-copy/, other/",
    ),
    (
        file_beside_the_folder,
        "an Argos package holds exactly one top-level folder; "
        "this archive has at its top level: translate-en_ar-copy/, README.md",
    ),
    (missing_metadata, "no metadata.json in the package folder 'translate-en_ar-copy'"),
    (
        broken_metadata,
        "metadata.json is not valid JSON: Expecting property name enclosed in double quotes: "
        "line 1 column 20 (char 19)",
    ),
    (lambda files: with_metadata(files, type="sbd"), "metadata.json: package type is 'sbd', not 'translate'"),
    (lambda files: with_metadata(files, to_code=None), "metadata.json: missing required field 'to_code'"),
    (lambda files: with_metadata(files, package_version=""), "metadata.json: missing required field 'package_version'"),
    (lambda files: with_metadata(files, from_code="../en"), "metadata.json: from_code '../en' is not a language code"),
    (lambda files: with_metadata(files, from_code=5), "metadata.json: from_code is 5, not text"),
    (lambda files: with_metadata(files, to_code=["ar", "fa"]), 'metadata.json: to_code is ["ar", "fa"], not text'),
    (
        lambda files: with_metadata(files, from_code="en", to_code="en_US"),
        "metadata.json: from_code 'en' and to_code 'en_US' are one language; a translation model goes from one "
        "language to another",
    ),
    (
        lambda files: with_metadata(files, package_version="<b>1.0</b>\n../x"),
        "metadata.json: package_version '<b>1.0</b>\\n../x' is not a version",
    ),
    (missing_model, "no CTranslate2 model: model/model.bin is missing"),
    (missing_tokenizer, "no SentencePiece tokenizer: sentencepiece.model is missing"),
]


@pytest.mark.parametrize(
    "damage, message",
    REFUSALS,
    ids=[
        "escape",
        "absolute",
        "two-folders",
        "file-at-top",
        "no-metadata",
        "bad-json",
        "wrong-type",
        "no-to-code",
        "empty-version",
        "bad-code",
        "code-not-text",
        "codes-not-text",
        "one-language",
        "bad-version",
        "no-model",
        "no-tokenizer",
    ],
)
def test_damaged_packages_are_refused_with_one_clear_error(copy_models, tmp_path, damage, message):
    archive = write_archive(tmp_path / "damaged.argosmodel", damage(package_files(copy_models.archives["ar"])))
    with pytest.raises(UserError) as caught:
        install(archive, tmp_path / "models")
    assert (caught.value.message, caught.value.path) == (message, archive)
    assert caught.value.fix == (
        'install a translation package (type "translate")' if "type" in message else BAD_ARCHIVE_FIX
    )
    assert not (tmp_path / "models").exists()


def test_a_package_with_two_members_of_one_name_is_refused(copy_models, tmp_path):
    """Tools disagree on which copy they read: a second metadata.json could install a Russian model as en->ar."""
    import warnings

    files = package_files(copy_models.archives["ar"])
    archive = write_archive(tmp_path / "translate-en_ar.argosmodel", files)
    with warnings.catch_warnings(), zipfile.ZipFile(archive, "a") as package:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name it is asked to write
        package.writestr(
            f"{TOP}/metadata.json", json.dumps({**json.loads(files[f"{TOP}/metadata.json"]), "to_code": "ru"})
        )
    with pytest.raises(UserError) as caught:
        install(archive, tmp_path / "models")
    assert caught.value.message == f"unsafe archive: two members are named '{TOP}/metadata.json'"
    assert caught.value.fix == BAD_ARCHIVE_FIX
    assert not (tmp_path / "models").exists()


def test_symbolic_links_are_refused(copy_models, tmp_path):
    archive = write_archive(
        tmp_path / "link.argosmodel",
        package_files(copy_models.archives["ar"]),
        symlinks={f"{TOP}/model/extra.bin": "/etc/shadow"},
    )
    with pytest.raises(UserError) as caught:
        install(archive, tmp_path / "models")
    assert str(caught.value) == (
        f"{archive}: unsafe archive: member 'translate-en_ar-copy/model/extra.bin' "
        f"is a symbolic link\n  fix: {BAD_ARCHIVE_FIX}"
    )


def test_zip_bombs_are_refused_before_unpacking(copy_models, tmp_path):
    files = {**package_files(copy_models.archives["ar"]), f"{TOP}/model/padding.bin": bytes(30 * 1024**2)}
    archive = write_archive(tmp_path / "bomb.argosmodel", files)
    packed = zipfile.ZipFile(archive).getinfo(f"{TOP}/model/padding.bin").compress_size
    with pytest.raises(UserError) as caught:
        install(archive, tmp_path / "models")
    assert caught.value.message == (
        f"unsafe archive: member 'translate-en_ar-copy/model/padding.bin' expands from "
        f"{human_size(packed)} to 30.0 MB (more than 100 times)"
    )
    assert not (tmp_path / "models").exists()


def test_files_that_are_not_packages_are_refused(tmp_path):
    text = tmp_path / "notes.argosmodel"
    text.write_text("not a zip")
    with pytest.raises(UserError) as caught:
        install(text, tmp_path / "models")
    assert str(caught.value) == f"{text}: not an Argos package (not a zip archive)\n  fix: {BAD_ARCHIVE_FIX}"

    with pytest.raises(UserError) as caught:
        install(tmp_path / "missing.argosmodel", tmp_path / "models")
    assert caught.value.message == "file not found"

    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError) as caught:
        install(tmp_path / "empty", tmp_path / "models")
    assert (caught.value.message, caught.value.path) == ("no .argosmodel files in this folder", tmp_path / "empty")


# --- installing atomically ------------------------------------------------------


def test_reinstalling_a_pair_replaces_the_old_package(copy_models, tmp_path):
    folder = tmp_path / "models"
    install(copy_models.archives["ar"], folder)
    newer = write_archive(
        tmp_path / "newer.argosmodel", with_metadata(package_files(copy_models.archives["ar"]), package_version="2.0")
    )

    [installed] = install(newer, folder)

    assert [(p.pair, p.package_version, p.path.name) for p in list_packages(folder)] == [
        ("en->ar", "2.0", "translate-en_ar")
    ]
    assert installed.path == folder / "translate-en_ar"
    assert hidden_entries(folder) == []


def test_a_failing_install_leaves_the_old_package_intact(copy_models, tmp_path):
    folder = tmp_path / "models"
    [old] = install(copy_models.archives["ar"], folder)
    old_model = hashlib.sha256((old.path / "model" / "model.bin").read_bytes()).hexdigest()
    # A damaged download: valid structure, but model.bin's bytes do not match its checksum.
    corrupt = write_archive(
        tmp_path / "corrupt.argosmodel",
        with_metadata(package_files(copy_models.archives["ar"]), package_version="2.0"),
        compression=zipfile.ZIP_STORED,
    )
    member = zipfile.ZipFile(corrupt).getinfo(f"{TOP}/model/model.bin")
    data = bytearray(corrupt.read_bytes())
    data[member.header_offset + 30 + len(member.filename) + len(member.extra) + 1000] ^= 0xFF
    corrupt.write_bytes(bytes(data))

    with pytest.raises(UserError) as caught:
        install(corrupt, folder)

    assert caught.value.message == "corrupt archive: Bad CRC-32 for file 'translate-en_ar-copy/model/model.bin'"
    assert [(p.pair, p.package_version) for p in list_packages(folder)] == [("en->ar", "1.0")]
    assert hashlib.sha256((old.path / "model" / "model.bin").read_bytes()).hexdigest() == old_model
    assert hidden_entries(folder) == []


def test_a_folder_is_checked_whole_before_anything_is_installed(copy_models, tmp_path):
    source = tmp_path / "usb"
    source.mkdir()
    for code in ("fa", "tr"):
        (source / copy_models.archives[code].name).write_bytes(copy_models.archives[code].read_bytes())
    write_archive(source / "zz-broken.argosmodel", missing_tokenizer(package_files(copy_models.archives["ar"])))

    with pytest.raises(UserError) as caught:
        install(source, tmp_path / "models")
    assert caught.value.path == source / "zz-broken.argosmodel"
    assert list_packages(tmp_path / "models") == []

    (source / "zz-broken.argosmodel").unlink()
    assert [p.pair for p in install(source, tmp_path / "models")] == ["en->fa", "en->tr"]


def test_removing_needs_an_installed_pair(tmp_path, copy_models):
    folder = tmp_path / "models"
    install(copy_models.archives["ar"], folder)
    with pytest.raises(UserError) as caught:
        remove("en-de", folder)
    assert str(caught.value) == (
        f"no model for en->de is installed in {folder}\n  fix: see the installed pairs with `toolkit models list`"
    )
    with pytest.raises(UserError) as caught:
        remove("arabic", folder)
    assert caught.value.message == "'arabic' is not a language pair"
    assert [p.pair for p in remove("en_ar", folder)] == ["en->ar"]


# --- the network ------------------------------------------------------------------


def test_download_without_network_says_how_to_install_from_a_file(tmp_path, argos_folder_restored):
    with pytest.raises(UserError) as caught:
        download(["ar"], tmp_path / "models")
    assert caught.value.message == "cannot reach the Argos package index: no network"
    assert caught.value.fix.startswith("install from a file instead: `toolkit models install FILE.argosmodel`")
    assert list_packages(tmp_path / "models") == []


# --- the command line -----------------------------------------------------------


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_cli_install_list_remove(copy_models, tmp_path):
    folder = tmp_path / "models"
    archive = copy_models.archives["ar"]

    result = invoke("models", "--models-dir", str(folder), "list")
    assert (result.exit_code, result.output) == (
        0,
        f"no models installed in {folder}\ninstall one with: toolkit models install FILE.argosmodel\n",
    )

    result = invoke("models", "--models-dir", str(folder), "install", str(archive))
    size = human_size(list_packages(folder)[0].size)
    assert (result.exit_code, result.output) == (0, f"installed en->ar 1.0 ({size}) in {folder / 'translate-en_ar'}\n")

    result = invoke("models", "--models-dir", str(folder), "list")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        f"models in {folder}:",
        f"  en->ar    1.0      {size:>9}  {folder / 'translate-en_ar'}  (test copy model: copies, does not translate)",
    ]

    result = invoke("models", "--models-dir", str(folder), "remove", "en-ar")
    assert (result.exit_code, result.output) == (0, f"removed en->ar 1.0 ({size}) from {folder / 'translate-en_ar'}\n")


def test_cli_uses_toolkit_models_dir(copy_models, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(copy_models.models_dir))
    result = invoke("models", "list")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()[1:]] == ["en->ar", "en->fa", "en->ru", "en->tr"]


def test_cli_builds_a_test_package_that_installs(tmp_path):
    out = tmp_path / "en_ar.argosmodel"
    result = invoke("models", "build-test-package", "--from", "en", "--to", "ar", str(out))
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"wrote {out}: en->ar copy model ({human_size(out.stat().st_size)})\n"
        f"install it with: toolkit models install {out}\n"
    )
    result = invoke("models", "--models-dir", str(tmp_path / "models"), "install", str(out))
    assert result.exit_code == 0 and result.output.startswith("installed en->ar 1.0")


def assert_user_error(result, expected):
    assert result.exit_code == 2, result.output
    assert result.output == f"error: {expected}\n"
    assert "Traceback" not in result.output


def test_cli_user_errors_print_one_message_and_exit_2(tmp_path, argos_folder_restored):
    folder = str(tmp_path / "models")
    assert_user_error(
        invoke("models", "--models-dir", folder, "install", "nothing.argosmodel"),
        "nothing.argosmodel: file not found\n  fix: check the path of the .argosmodel file",
    )
    assert_user_error(
        invoke("models", "--models-dir", folder, "remove", "en-ar"),
        f"no model for en->ar is installed in {folder}\n  fix: see the installed pairs with `toolkit models list`",
    )
    assert_user_error(
        invoke("models", "build-test-package", "--to", "../x", str(tmp_path / "x.argosmodel")),
        "target language '../x' is not a language code\n  fix: use an ISO 639 code such as en, ar, fa, tr or ru",
    )
    result = invoke("models", "--models-dir", folder, "download", "ar")
    assert result.exit_code == 2
    assert result.output.startswith(
        "error: cannot reach the Argos package index: no network\n  fix: install from a file"
    )


def test_cli_download_offline_prints_only_the_error(tmp_path):
    """Argos logs the failed index download; the user sees one error and its fix, nothing else."""
    script = (
        "import socket, sys\n"
        "def refuse(*args, **kwargs): raise OSError('no network in this test')\n"
        "socket.getaddrinfo = socket.create_connection = socket.socket.connect = refuse\n"
        "from toolkit.cli import main\n"
        "main(['models', '--models-dir', sys.argv[1], 'download', 'ar'])\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "error: cannot reach the Argos package index: no network\n"
        "  fix: install from a file instead: `toolkit models install FILE.argosmodel` "
        "(.argosmodel files can be copied from a machine with a network)\n"
    )


def test_models_help_and_list_import_neither_argostranslate_nor_ctranslate2(tmp_path):
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from toolkit.cli import main\n"
        "commands = (['models', '--help'], ['models', 'install', '--help'],\n"
        "            ['models', '--models-dir', sys.argv[1], 'list'])\n"
        "codes = [CliRunner().invoke(main, args).exit_code for args in commands]\n"
        "print(codes, sorted(m for m in ('argostranslate', 'ctranslate2') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True)
    assert result.stdout == "[0, 0, 0] []\n"


def raw_metadata(files, change):
    metadata = f"{TOP}/metadata.json"
    return {**files, metadata: change(files[metadata])}


@pytest.mark.parametrize(
    "change, message",
    [
        (
            # Python's json keeps the last to_code, other readers the first: en->ar to one tool, en->ru to another
            lambda data: b'{"to_code": "ru", ' + data.lstrip()[1:],
            "metadata.json is not valid JSON: the key 'to_code' is written twice "
            "(programs differ on which of the two they read)",
        ),
        (
            lambda data: data.rstrip()[:-1] + b', "size": ' + b"9" * 100_000 + b"}",
            "metadata.json is not valid JSON: a number of 100,000 digits, more than any such file holds",
        ),
    ],
    ids=["key-twice", "huge-number"],
)
def test_metadata_read_differently_by_two_tools_or_beyond_any_count_is_refused(copy_models, tmp_path, change, message):
    files = raw_metadata(package_files(copy_models.archives["ar"]), change)
    archive = write_archive(tmp_path / "translate-en_ar.argosmodel", files)
    with pytest.raises(UserError) as caught:
        install(archive, tmp_path / "models")
    assert (caught.value.message, caught.value.fix) == (message, BAD_ARCHIVE_FIX)
    assert "set_int_max_str_digits" not in str(caught.value)
    assert not (tmp_path / "models").exists()


@pytest.mark.parametrize(
    ("folder_name", "escaped"),
    [("models\u202egpj", "models\\u202egpj"), ("models\n  fix: rm -rf ~", "models\\n  fix: rm -rf ~")],
    ids=["bidi override", "line end"],
)
def test_models_commands_name_the_folder_and_packages_escaped(copy_models, tmp_path, folder_name, escaped):
    # printed as they were: the override showed the rest of the line reversed, the line end a false fix line
    folder = tmp_path / folder_name
    commands = (
        ["models", "install", str(copy_models.archives["ar"]), "--models-dir", str(folder)],
        ["models", "list", "--models-dir", str(folder)],
        ["models", "remove", "en-ar", "--models-dir", str(folder)],
        ["models", "list", "--models-dir", str(folder)],
    )
    outputs = []
    for command in commands:
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0, result.output
        assert "\u202e" not in result.output and "\n  fix:" not in result.output
        outputs.append(result.stdout)
    shown = f"{tmp_path}/{escaped}"
    assert outputs[0].startswith("installed en->ar 1.0 (") and outputs[0].endswith(f") in {shown}/translate-en_ar\n")
    assert outputs[1].splitlines()[0] == f"models in {shown}:"
    assert (
        outputs[1].splitlines()[1].endswith(f"  {shown}/translate-en_ar  (test copy model: copies, does not translate)")
    )
    assert outputs[2].startswith("removed en->ar 1.0 (") and outputs[2].endswith(f") from {shown}/translate-en_ar\n")
    assert outputs[3].splitlines()[0] == f"no models installed in {shown}"


def test_build_test_package_names_the_file_it_wrote_escaped(tmp_path):
    out = tmp_path / "en_ar\u202eledom.argosmodel"
    result = CliRunner().invoke(main, ["models", "build-test-package", "--to", "ar", str(out)])
    assert result.exit_code == 0, result.output
    assert "\u202e" not in result.output
    assert result.stdout.splitlines()[0].startswith(f"wrote {tmp_path}/en_ar\\u202eledom.argosmodel: en->ar copy model")
    assert result.stdout.splitlines()[1] == (  # quoted for a shell, as the name needs
        f"install it with: toolkit models install '{tmp_path}/en_ar\\u202eledom.argosmodel'"
    )


def test_a_hostile_package_index_is_named_escaped_and_cut(tmp_path, monkeypatch):
    # an index's version and links come from the network: a line end printed a false "fix:" line, an escape
    # sequence cleared the terminal, and 51 links of 5,000 characters made 755 KB of progress and error
    links = ["file:///nonexistent\u202eevil\n  fix: rm -rf ~"] + [f"file:///{'y' * 5_000}{n}" for n in range(50)]
    entry = {"type": "translate", "from_code": "en", "to_code": "ar", "package_version": "1.0\x1b[2J", "links": links}
    (tmp_path / "index.json").write_text(json.dumps([entry]), encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", (tmp_path / "index.json").as_uri())
    result = invoke("models", "download", "ar", "--models-dir", str(tmp_path / "models"))
    assert result.exit_code == 2
    assert not any(character in result.output for character in "\u202e\x1b")
    assert [line for line in result.output.splitlines() if "fix:" in line.split(" ", 3)[:3]] == [
        "  fix: check the network and try again, or install from a file instead: `toolkit models install "
        "FILE.argosmodel` (.argosmodel files can be copied from a machine with a network)"
    ]
    progress = [line for line in result.output.splitlines() if line.startswith("downloading ")]
    assert len(progress) == 5  # the first five links: an index's entry has one or two
    assert progress[0] == "downloading en->ar 1.0\\x1b[2J from file:///nonexistent\\u202eevil\\n  fix: rm -rf ~"
    assert progress[1].endswith(" ... " + "y" * 96 + "0 (5,009 characters)")
    assert len(result.output) < 5_000
    assert "error: download of en->ar 1.0\\x1b[2J failed: file:///nonexistent\\u202eevil\\n  fix: rm -rf ~: " in (
        result.output
    )
