"""What is installed is read by toolkit.translate.installed alone: a run checks each language's model before any
article without importing the installing, archive-checking and downloading code of toolkit.translate.packages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from toolkit.translate import installed, packages

ROOT = Path(__file__).resolve().parents[2]


def test_packages_names_the_same_functions_and_records():
    for name in ("models_dir", "find_package", "list_packages", "argos_setting", "argos_packages_dir"):
        assert getattr(packages, name) is getattr(installed, name)
    assert packages.InstalledPackage is installed.InstalledPackage
    assert packages.MODELS_DIR_VARIABLE == installed.MODELS_DIR_VARIABLE == "TOOLKIT_MODELS_DIR"


def test_installed_packages_are_found_without_the_installing_code(copy_models, tmp_path):
    code = (
        "import sys\n"
        "from toolkit.translate.installed import find_package, list_packages\n"
        f"print(find_package('en', 'ar', {str(copy_models.models_dir)!r}).name)\n"
        f"print(find_package('en', 'xx', {str(copy_models.models_dir)!r}))\n"
        f"print(sorted(p.pair for p in list_packages({str(copy_models.models_dir)!r}))[:2])\n"
        "print([m for m in ('toolkit.translate.packages', 'subprocess') if m in sys.modules])\n"
    )
    lines = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert lines[0].startswith("translate-en_ar")
    assert lines[1] == "None"
    assert lines[2] == "['en->ar', 'en->fa']"
    assert "toolkit.translate.packages" not in lines[3] and "subprocess" not in lines[3]


def test_a_run_from_the_memory_checks_the_models_without_the_installing_code(tmp_path):
    code = (
        "import sys\n"
        "from toolkit.cli import main\n"
        f"try: main(['translate', 'seeds/article.txt', '--out', {str(tmp_path / 'out')!r}, '-q'])\n"
        "except SystemExit as stop: print('EXIT', stop.code)\n"
        "print('LOADED', [m for m in ('toolkit.translate.packages', 'subprocess') if m in sys.modules])\n"
    )
    environment = {
        **os.environ,
        "TOOLKIT_CACHE_DIR": str(tmp_path / "cache"),
        "TOOLKIT_MODELS_DIR": str(tmp_path / "models"),  # none installed: the seed's memory answers every sentence
    }
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=environment)
    assert "EXIT 0" in result.stdout, result.stderr
    assert "LOADED []" in result.stdout
    assert (tmp_path / "out" / "article" / "manifest.json").is_file()
