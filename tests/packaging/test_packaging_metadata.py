"""What the installers say about the app, checked without building them (fast):

- the hash lock `make package` installs from: every file pinned and hashed, every runtime
  dependency of pyproject.toml in it at a version pyproject allows (PySide6 below 6.12 on 3.11);
- Windows: the executables' version resource, generated from the package version;
- macOS: the minimum system version, derived from the bundled wheels' own tags;
- Linux: the AppStream metainfo (valid, its newest release is the package version) and the
  desktop entry the window names with `setDesktopFileName`.
"""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import hubspot_setup

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LOCK = PACKAGING / "requirements-lock.txt"
METAINFO = PACKAGING / "linux" / "cx.open.hubspot_setup.metainfo.xml"
PACKAGE_PYTHON = ROOT / "build" / "package-venv" / "bin" / "python"

sys.path.insert(0, str(PACKAGING))
from build_linux import metainfo_release  # noqa: E402
from platform_metadata import (  # noqa: E402
    installed_wheel_tags,
    minimum_macos,
    numeric_version,
    windows_version_info,
)


def _locked() -> list[tuple[Requirement, list[str]]]:
    """(requirement with its marker, its hashes) for each entry of the lock."""
    entries: list[tuple[Requirement, list[str]]] = []
    text = LOCK.read_text(encoding="utf-8")
    for block in re.split(r"\n(?=\S)", text):
        lines = [line.strip() for line in block.splitlines() if not line.strip().startswith("#")]
        joined = " ".join(line.rstrip("\\").strip() for line in lines if line)
        if not joined:
            continue
        spec, *hashes = joined.split(" --hash=")
        entries.append((Requirement(spec.strip()), hashes))
    return entries


def test_every_locked_requirement_is_pinned_and_hashed() -> None:
    entries = _locked()
    assert len(entries) > 20
    for requirement, hashes in entries:
        assert re.fullmatch(r"==[0-9][\w.]*", str(requirement.specifier)), requirement
        assert hashes, f"{requirement.name} has no hash"
        assert all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), requirement.name


def test_the_lock_holds_every_runtime_dependency_at_an_allowed_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build_tools = [
        Requirement(line)
        for line in (PACKAGING / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    wanted = [Requirement(text) for text in project["project"]["dependencies"]] + build_tools
    entries = _locked()
    for python in ("3.11", "3.12", "3.13"):
        for platform in ("linux", "win32", "darwin"):
            env = {"python_version": python, "python_full_version": f"{python}.0",
                   "sys_platform": platform}  # fmt: skip
            pins = {
                canonicalize_name(req.name): next(iter(req.specifier)).version
                for req, _ in entries
                if req.marker is None or req.marker.evaluate(env)
            }
            for requirement in wanted:
                if requirement.marker is not None and not requirement.marker.evaluate(env):
                    continue
                pinned = pins.get(canonicalize_name(requirement.name))
                assert pinned is not None, f"{requirement.name} missing for {python}/{platform}"
                assert requirement.specifier.contains(pinned, prereleases=True), (
                    f"{requirement.name}=={pinned} is outside {requirement.specifier}: "
                    "run `make lock` (packaging/README.md)"
                )


def test_pyside6_stays_below_6_12_on_python_3_11_in_the_lock() -> None:
    pyside = [req for req, _ in _locked() if canonicalize_name(req.name) == "pyside6-essentials"]
    on_311 = [req for req in pyside if req.marker is None or req.marker.evaluate(
        {"python_version": "3.11", "python_full_version": "3.11.7"})]  # fmt: skip
    assert len(on_311) == 1
    assert next(iter(on_311[0].specifier)).version.startswith("6.11.")
    # Windows- and macOS-only dependencies are locked too (a universal lock).
    names = {canonicalize_name(req.name): req.marker for req, _ in _locked()}
    assert names["pywin32-ctypes"] == Marker("sys_platform == 'win32'")
    assert names["macholib"] == Marker("sys_platform == 'darwin'")


def test_make_package_installs_only_hash_checked_files() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    install = re.search(r"pip install [^\n]*-r \$\(LOCK\)", makefile)
    assert install is not None
    assert "--require-hashes" in install.group(0)
    assert "--no-deps" in install.group(0)
    # The app itself goes in as a wheel built without fetching a build backend.
    assert "--no-build-isolation" in makefile
    assert "requirements.txt ." not in makefile  # the old unpinned install


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("0.2.0rc1", (0, 2, 0, 0)),
        ("2.0b3", (2, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert numeric_version(version) == numbers


@pytest.mark.parametrize("version", ["", "v1.0", "70000.0.0"])
def test_versions_windows_cannot_hold_are_refused(version: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        numeric_version(version)


def test_the_windows_version_resource_names_the_package_version() -> None:
    version = hubspot_setup.__version__
    text = windows_version_info(
        version, file_name="opencx-hubspot-setup.exe", internal_name="opencx-hubspot-setup"
    )
    tree = ast.parse(text, mode="eval")  # what PyInstaller evals: one expression, only calls
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call)
              and isinstance(node.func, ast.Name)}  # fmt: skip
    assert called == {
        "VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
        "VarFileInfo", "VarStruct",
    }  # fmt: skip
    assert f"StringStruct('ProductVersion', '{version}')" in text
    assert f"filevers={numeric_version(version)}" in text


def test_pyinstaller_reads_the_version_resource(tmp_path: Path) -> None:
    """With the packaging venv's PyInstaller (after `make package`), as the spec uses it."""
    if not PACKAGE_PYTHON.exists():
        pytest.skip("no build/package-venv: run `make package` once")
    version_file = tmp_path / "version.txt"
    version_file.write_text(
        windows_version_info("1.2.3rc4", file_name="x.exe", internal_name="x"), encoding="utf-8"
    )
    script = (
        "import sys, types\n"
        # Off Windows the module's imports for writing into an .exe (pefile, win32api) are
        # missing; reading the text and building the binary resource need neither.
        "sys.modules.setdefault('pefile', types.ModuleType('pefile'))\n"
        "import PyInstaller.compat\n"
        "PyInstaller.compat.win32api = None\n"
        "from PyInstaller.utils.win32 import versioninfo\n"
        "info = versioninfo.load_version_info_from_text_file(sys.argv[1])\n"
        "print(info.ffi.fileVersionMS, info.ffi.fileVersionLS, len(info.toRaw()))\n"
        "print(str(info))\n"
    )
    out = subprocess.run(
        [str(PACKAGE_PYTHON), "-c", script, str(version_file)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    ms, ls, raw_size = out.splitlines()[0].split()
    assert (int(ms), int(ls)) == ((1 << 16) | 2, 3 << 16)  # 1.2.3.0
    assert int(raw_size) > 500  # the binary resource Windows reads
    assert "StringStruct('ProductVersion', '1.2.3rc4')" in out


def test_the_macos_minimum_is_the_newest_wheel_floor() -> None:
    tags = [
        "cp310-abi3-macosx_13_0_universal2",  # PySide6-Essentials 6.11
        "cp311-cp311-macosx_11_0_arm64",  # pydantic-core
        "cp39-abi3-macosx_10_12_universal2",
        "py3-none-any",
    ]
    assert minimum_macos(tags) == "13.0"
    assert minimum_macos(["cp310-abi3-macosx_14_0_universal2", *tags]) == "14.0"  # 6.12
    assert minimum_macos(["py3-none-any"]) == "11.0"  # the floor


def test_installed_wheel_tags_are_read_from_the_wheels() -> None:
    tags = installed_wheel_tags()
    assert any(tag.startswith("cp") and "abi3" in tag for tag in tags)  # PySide6's own
    assert "py3-none-any" in tags


def test_the_metainfo_names_this_version_and_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own file
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "cx.open.hubspot_setup"
    assert metainfo_release(METAINFO) == hubspot_setup.__version__
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    desktop_file = PACKAGING / "linux" / str(launchable.text)
    assert desktop_file.name == f"{hubspot_setup.DISTRIBUTION}.desktop"  # setDesktopFileName
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop_file, encoding="utf-8")
    assert entry["Desktop Entry"]["Name"] == root.findtext("name") == hubspot_setup.APP_NAME
    assert entry["Desktop Entry"]["Icon"] == hubspot_setup.DISTRIBUTION


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="needs appstreamcli (appstream)")
def test_the_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout  # no warnings either (infos are fine)


def test_the_spec_signs_through_pyinstaller_and_the_mac_script_never_signs_deep() -> None:
    spec = (PACKAGING / "opencx-hubspot-setup.spec").read_text(encoding="utf-8")
    assert "codesign_identity=CODESIGN_IDENTITY" in spec
    assert "entitlements_file=ENTITLEMENTS" in spec
    assert '"LSMinimumSystemVersion": MACOS_MINIMUM' in spec
    assert "version=_version_file(name)" in spec
    script = (PACKAGING / "macos" / "build.sh").read_text(encoding="utf-8")
    signing = [line for line in script.splitlines() if re.search(r"\bcodesign\b.*--sign", line)]
    assert all("--deep" not in line for line in signing)
    assert not re.search(r"codesign [^\n]*--deep[^\n]*--sign", script)
