"""Size of the Linux installers that `make package` left in dist/ (issue 9).

Reads an existing build and never builds one (that takes minutes): with no build, or one of
another version, the figures are null and the note says why. The floor, a bare PySide6
hello-world bundle from the same PyInstaller (`packaging/floor.py`), is quoted in the note
when it has been measured.
"""

from __future__ import annotations

import json
import platform
from pathlib import Path

import hubspot_setup
from benchmarks.figures import Measurement

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / hubspot_setup.DISTRIBUTION
FLOOR = ROOT / "build" / "floor" / "sizes.json"
MIB = 1024 * 1024


def tree_bytes(root: Path) -> int:
    """Bytes of the regular files under `root` (symlinks count as nothing, as on disk)."""
    return sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def tarball() -> Path:
    name = f"{hubspot_setup.DISTRIBUTION}-{hubspot_setup.__version__}-linux-{platform.machine()}"
    return DIST / f"{name}.tar.xz"


def _floor_note(key: str) -> str:
    if not FLOOR.is_file():
        return "floor not measured (build/package-venv/bin/python packaging/floor.py)"
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    return f"bare PySide6 floor {floor[key]:.1f} MiB"


def _missing() -> str | None:
    if not (BUNDLE / hubspot_setup.DISTRIBUTION).is_file():
        return "no build in dist/: run `make package` first"
    if not tarball().is_file():
        return f"no {tarball().name} in dist/: run `make package` (version changed?)"
    return None


def measure_bundle_unpacked_mib() -> Measurement:
    if reason := _missing():
        return Measurement(None, reason)
    return Measurement(tree_bytes(BUNDLE) / MIB, _floor_note("unpacked_mib"))


def measure_bundle_compressed_mib() -> Measurement:
    if reason := _missing():
        return Measurement(None, reason)
    return Measurement(tarball().stat().st_size / MIB, _floor_note("compressed_mib"))
