"""Render resources/icons/app.svg into the icon files the Windows and macOS builds need.

Writes build/icons/app.ico (16-256 px, for the .exe and the installer) and app.icns
(16-1024 px, for the .app), using Qt's own SVG renderer and its ICO/ICNS image writers, so no
extra tool is needed on any CI runner. Run with the packaging venv's Python.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

PACKAGING = Path(__file__).resolve().parent
SOURCE = PACKAGING.parent / "resources" / "icons" / "app.svg"
OUT = PACKAGING.parent / "build" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def write_ico(images: list[QImage], target: Path) -> None:
    """An ICO file with one PNG-compressed entry per size (Windows Vista and later)."""
    entries = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime takes str
        entries.append((image.width(), bytes(data.data())))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(entries).to_bytes(2, "little")
    offset = 6 + 16 * len(entries)
    directory, payload = b"", b""
    for size, png in entries:
        side = size if size < 256 else 0  # 0 means 256 in an ICO directory
        directory += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little")
        directory += (32).to_bytes(2, "little") + len(png).to_bytes(4, "little")
        directory += (offset + len(payload)).to_bytes(4, "little")
        payload += png
    target.write_bytes(header + directory + payload)


def write_icns(renderer: QSvgRenderer, target: Path) -> None:
    if b"icns" not in [bytes(f.data()) for f in QImageWriter.supportedImageFormats()]:
        raise SystemExit("this Qt has no ICNS writer (imageformats/qicns plugin missing)")
    # Qt's ICNS writer takes the largest image and stores the standard sizes below it.
    largest = render(renderer, max(ICNS_SIZES))
    if not largest.save(str(target), "ICNS"):  # type: ignore[call-overload]  # as above
        raise SystemExit(f"could not write {target}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    OUT.mkdir(exist_ok=True)
    write_ico([render(renderer, size) for size in ICO_SIZES], OUT / "app.ico")
    write_icns(renderer, OUT / "app.icns")
    print(f"wrote {OUT / 'app.ico'} and {OUT / 'app.icns'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
