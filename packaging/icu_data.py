"""A smaller libicudata for the Linux bundle: ICU's data without what Qt never asks for.

PySide6's Qt links ICU 7x, whose `libicudata.so.NN` is one 31 MiB blob (the symbol
`icudtNN_dat`, an ICU "common data" package). Qt uses ICU for collation (`QCollator`), case
mapping, time-zone names and a few look-ups; it does its own number, date and locale
formatting, text boundaries and UTF codecs. So the bundle keeps the core tables, collation,
normalisation, break rules and English time-zone names, and drops the localised names of
languages, regions, currencies and units, other languages' locale and time-zone names,
transliteration, number spell-out, the legacy-charset converters (so `QStringDecoder` knows
only Qt's own UTF and Latin-1 codecs) and the CJK/Thai word dictionaries: 31 MiB -> 6 MiB.

The package format (ICU's ucmndata.h): a data header, then a table of contents (count, then
name/data offsets relative to the table), the item names, and the items, each 16-byte
aligned and carrying its own header. Items are copied byte for byte.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

# Item names (after the "icudtNNl/" prefix) that the bundle leaves out.
DROPPED = re.compile(
    r"(lang|region|curr|unit|translit|rbnf)/.*"  # localised display names, transforms
    r"|zone/(?!(root|en|en_[A-Z0-9_]+|pool|res_index)\.res$).*"  # time-zone names: English only
    r"|[^/]+\.cnv"  # legacy charset converters (Qt decodes UTF itself; the app reads UTF-8)
    r"|brkitr/[^/]+\.dict"  # CJK, Thai, Khmer, Lao, Burmese word dictionaries
    # Locale bundles at the top level (xx.res, xx_YY.res), but for English; root, pool and
    # the non-locale tables (zoneinfo64, supplementalData, ...) stay.
    r"|(?!(en|en_[A-Za-z0-9_]+)\.res$)[a-z]{2,3}(_[A-Za-z0-9]+)*\.res"
)


def _symbol_bytes(library: Path) -> tuple[str, bytes]:
    """The name and contents of the `icudtNN_dat` symbol of a libicudata shared library."""
    symbols = subprocess.run(  # noqa: S603
        ["nm", "-D", "--defined-only", "-S", str(library)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, re.MULTILINE)
    if match is None:
        raise ValueError(f"{library} has no icudtNN_dat symbol")
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    sections = subprocess.run(  # noqa: S603
        ["readelf", "-S", "-W", str(library)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+)", sections)
    if rodata is None:
        raise ValueError(f"{library} has no .rodata section")
    file_offset = address - int(rodata[1], 16) + int(rodata[2], 16)
    return name, library.read_bytes()[file_offset : file_offset + size]


def trim_package(data: bytes, drop: re.Pattern[str] = DROPPED) -> tuple[bytes, list[str]]:
    """The package without the items whose names `drop` matches, and the names kept."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (little-endian CmnD)")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in entries[1:]] + [len(data) - toc]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        raw_name = data[toc + name_offset : data.index(b"\0", toc + name_offset)]
        name = raw_name.decode("ascii")
        short = name.split("/", 1)[1]
        if not drop.fullmatch(short):
            items.append((raw_name, data[toc + data_offset : toc + end]))

    names_start = 4 + 8 * len(items)
    names = b""
    name_offsets = []
    for raw_name, _item in items:
        name_offsets.append(names_start + len(names))
        names += raw_name + b"\0"
    body_start = -(-(names_start + len(names)) // 16) * 16
    body = b""
    data_offsets = []
    for _raw_name, item in items:
        data_offsets.append(body_start + len(body))
        body += item + b"\0" * (-len(item) % 16)
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    padding = b"\0" * (body_start - names_start - len(names))
    kept = [raw_name.decode("ascii") for raw_name, _item in items]
    return data[:header_size] + table + names + padding + body, kept


def build_trimmed_library(original: Path, out_dir: Path) -> Path:
    """Write a libicudata with the same soname and symbol, holding the trimmed package."""
    symbol, package = _symbol_bytes(original)
    trimmed, _kept = trim_package(package)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / original.name
    with tempfile.TemporaryDirectory(prefix="icudata-") as temp:
        blob = Path(temp) / "icudata.dat"
        blob.write_bytes(trimmed)
        source = Path(temp) / "icudata.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{blob}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(  # noqa: S603
            ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{original.name}",  # noqa: S607
             "-o", str(target), str(source)],
            check=True,
        )  # fmt: skip
    return target
