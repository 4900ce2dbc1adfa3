"""The built wheel, installed on its own, finds its ui/ and resources/ and reports its version."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import hubspot_setup
from hubspot_setup.flow.languages import TRANSLATED_LANGUAGES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheel_dir = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(wheel_dir), str(ROOT)],
        check=True,
    )  # fmt: skip
    (wheel,) = wheel_dir.glob("opencx_hubspot_setup-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "hubspot_setup/ui/README.md" in names
    assert "hubspot_setup/resources/icons/app.svg" in names
    # The catalogues are built (make catalogues), not committed; their .ts sources stay out.
    for language in TRANSLATED_LANGUAGES:
        assert f"hubspot_setup/resources/translations/hubspot_setup_{language}.qm" in names
    assert not [name for name in names if name.endswith(".ts")]
    assert not any(name.startswith(("tests/", "app/")) for name in names)
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", str(target), str(wheel)],
        check=True,
    )  # fmt: skip
    return target


def _run(target: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [*args], capture_output=True, text=True, check=True, env=env, cwd=target
    )
    return result.stdout


def test_installed_wheel_finds_its_data_folders(installed: Path) -> None:
    out = _run(
        installed,
        sys.executable,
        "-c",
        "from hubspot_setup import paths; print(paths.ui_dir()); print(paths.resources_dir())",
    )
    ui, resources = out.split()
    assert Path(ui) == installed / "hubspot_setup" / "ui"
    assert Path(resources) == installed / "hubspot_setup" / "resources"
    assert (Path(resources) / "icons" / "app.svg").is_file()


def test_installed_command_reports_the_package_version(installed: Path) -> None:
    expected = f"opencx-hubspot-setup {hubspot_setup.__version__}"
    assert _run(installed, sys.executable, "-m", "hubspot_setup", "--version").strip() == expected
    script = installed / "bin" / "opencx-hubspot-setup"
    assert _run(installed, str(script), "--version").strip() == expected


def test_source_tree_layout_is_found_too() -> None:
    from hubspot_setup import paths

    assert paths.ui_dir() == ROOT / "ui"
    assert paths.resources_dir() == ROOT / "resources"
