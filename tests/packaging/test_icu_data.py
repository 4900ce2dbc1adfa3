"""The trimmed ICU data library (packaging/icu_data.py) against PySide6's real libicudata:
the package stays well-formed, shrinks, and Qt still collates, case-maps and names time zones
with it, loaded in place of the original the way the bundle loads it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
ORIGINAL = next(iter(sorted(QT_LIB.glob("libicudata.so.*"))), None)

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF only"),
    pytest.mark.skipif(ORIGINAL is None, reason="this PySide6 has no bundled ICU"),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("cc", "nm", "readelf")),
        reason="needs a C compiler and binutils",
    ),
]


@pytest.fixture(scope="module")
def icu_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _names(package: bytes) -> list[str]:
    header = struct.unpack_from("<H", package, 0)[0]
    (count,) = struct.unpack_from("<I", package, header)
    names = []
    for index in range(count):
        name_offset, data_offset = struct.unpack_from("<II", package, header + 4 + 8 * index)
        assert data_offset % 16 == 0
        # Every item starts with its own data header (magic 0xda27).
        assert package[header + data_offset + 2 : header + data_offset + 4] == b"\xda\x27"
        start = header + name_offset
        names.append(package[start : package.index(b"\0", start)].decode("ascii"))
    return names


def test_trimmed_package_is_well_formed_and_small(icu_data: ModuleType) -> None:
    assert ORIGINAL is not None
    _symbol, package = icu_data._symbol_bytes(ORIGINAL)
    trimmed, kept = icu_data.trim_package(package)
    assert _names(trimmed) == kept
    assert kept == sorted(kept)  # ICU finds items by binary search
    short = {name.split("/", 1)[1] for name in kept}
    assert {"root.res", "en.res", "coll/root.res", "coll/sv.res", "coll/ucadata.icu"} <= short
    assert {"zoneinfo64.res", "zone/en.res", "cnvalias.icu", "brkitr/word.brk"} <= short
    assert not {"de.res", "zone/de.res", "lang/en.res", "brkitr/cjdict.dict"} & short
    assert not [name for name in short if name.endswith(".cnv")]
    assert len(trimmed) < len(package) / 4


QT_CHECK = """
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["zebra", "\\u00f6l", "apa"]
print(sorted(words, key=QCollator(QLocale("sv_SE")).sortKey))
print(sorted(words, key=QCollator(QLocale("de_DE")).sortKey))
print(QLocale("tr_TR").toUpper("istanbul"))
zone = QTimeZone(b"Europe/Amsterdam")
print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                       QLocale("en_US")))
"""


def test_qt_works_with_the_trimmed_library(icu_data: ModuleType, tmp_path: Path) -> None:
    assert ORIGINAL is not None
    library = icu_data.build_trimmed_library(ORIGINAL, tmp_path)
    assert library.stat().st_size < ORIGINAL.stat().st_size / 4
    # LD_LIBRARY_PATH outranks Qt's RUNPATH, so this Python loads the trimmed copy.
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "LD_DEBUG": "libs"}
    result = subprocess.run(
        [sys.executable, "-c", QT_CHECK], capture_output=True, text=True, env=env, check=True
    )
    assert f"trying file={library}" in result.stderr
    assert result.stdout.splitlines() == [
        "['apa', 'zebra', 'öl']",  # Swedish: ö after z
        "['apa', 'öl', 'zebra']",  # German: ö with o
        "İSTANBUL",  # Turkish dotted capital I
        "Central European Standard Time",
    ]
