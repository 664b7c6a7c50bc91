"""The toolkit and argostranslate read the same installed packages, both ways, offline.

These need the optional ``argos`` extra (``pip install -c constraints.txt '.[argos,test]'``) and are
skipped without it; CI runs them in a second environment that has it.
"""

from __future__ import annotations

import pytest

from toolkit.translate.machine import ArgosEngine
from toolkit.translate.packages import configure_argos, install, list_packages, remove

pytestmark = [pytest.mark.argos, pytest.mark.usefixtures("no_network")]

TEXT = "The minister met {mamlouk:short+ins} in Damascus. Talks resume at 10:30! Will they attend?"


@pytest.fixture
def argos_on(tmp_path):
    """argostranslate pointed at a fresh models folder, and back at the sandbox afterwards."""
    import os

    original = os.environ["ARGOS_PACKAGES_DIR"]
    folder = configure_argos(tmp_path / "packages")
    folder.mkdir()
    yield folder
    configure_argos(original)


def test_argostranslate_lists_and_translates_what_the_toolkit_installed(copy_models, argos_on):
    from argostranslate import package, translate

    [ours] = install(copy_models.archives["fa"], argos_on)

    [theirs] = package.get_installed_packages()
    assert (theirs.from_code, theirs.to_code, theirs.package_version) == ("en", "fa", "1.0")
    assert theirs.package_path == ours.path
    # three sentences, split by the package's own MiniSBD model (no download), each copied
    assert translate.translate(TEXT, "en", "fa") == TEXT

    remove("en-fa", argos_on)
    translate.get_installed_languages.cache_clear()
    assert package.get_installed_packages() == []


def test_the_toolkit_lists_and_translates_what_argostranslate_installed(copy_models, argos_on):
    from argostranslate import package

    package.install_from_path(copy_models.archives["ru"])

    [ours] = list_packages(argos_on)
    [theirs] = package.get_installed_packages()
    assert (ours.pair, ours.package_version, ours.path, ours.copy_model) == ("en->ru", "1.0", theirs.package_path, True)
    [translation] = ArgosEngine(argos_on, threads=1).translate_raw(["Talks resume at 10:30 in Ankara."], "ru")
    assert translation.text == "Talks resume at 10:30 in Ankara."

    # a toolkit install of the same pair replaces argostranslate's folder: one package per pair for both
    install(copy_models.archives["ru"], argos_on)
    assert [p.package_path.name for p in package.get_installed_packages()] == ["translate-en_ru"]


def test_the_packaged_sentence_splitter_splits_after_sentence_end_and_space(copy_models):
    from minisbd import SBDetect

    [model] = (copy_models.models_dir / "translate-en_ar" / "minisbd").glob("*.onnx")
    detector = SBDetect(str(model), use_gpu=False)
    assert detector.sentences("Talks resumed. Did they? Yes! Prices rose 3.5% in the U.S. on Monday") == [
        "Talks resumed.",
        "Did they?",
        "Yes!",
        "Prices rose 3.5% in the U.S.",
        "on Monday",
    ]
