"""Measure the size floor: a bare PySide6 hello-world, bundled the way the issue describes.

`build/package-venv/bin/python packaging/floor.py` (after `make package` made that venv)
builds a one-dir bundle of a QLabel "hello" with the same PyInstaller and PySide6 as the app,
with PyInstaller's defaults (no exclusions, no pruning, no stripping), packs it as .tar.xz
exactly as build_linux.py packs the app, and writes build/floor/sizes.json, which
`make bench` quotes beside the app's own figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "floor" / "sizes.json"
MIB = 1024 * 1024

HELLO = """\
import sys
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello")
label.show()
sys.exit(app.exec())
"""


def tree_bytes(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="pyside6-floor-") as temp:
        work = Path(temp)
        (work / "hello.py").write_text(HELLO, encoding="utf-8")
        subprocess.run(  # noqa: S603
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level",
             "ERROR", "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
             "--specpath", str(work), str(work / "hello.py")],
            check=True,
        )  # fmt: skip
        bundle = work / "dist" / "hello"
        tarball = work / "hello.tar.xz"
        subprocess.run(  # noqa: S603
            ["tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner",  # noqa: S607
             "-C", str(bundle.parent), "-cJf", str(tarball), bundle.name],
            check=True,
            env={"XZ_OPT": "-9 -T0", "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        sizes = {
            "unpacked_mib": round(tree_bytes(bundle) / MIB, 1),
            "compressed_mib": round(tarball.stat().st_size / MIB, 1),
        }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(sizes, indent=2) + "\n", encoding="utf-8")
    print(f"bare PySide6 hello-world bundle: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
