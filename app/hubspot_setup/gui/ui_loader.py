"""Load a page's Qt Designer file (`ui/<name>.ui`) into the widget that owns it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hubspot_setup.paths import ui_dir


@cache
def _loader() -> QUiLoader:
    """One loader for every page, built without Qt Designer's plugin folders.

    QUiLoader's constructor loads every Designer plugin on Qt's library path (PySide's Python
    plugin, the Qt Quick widget, the WebEngine view): about 9 ms and 8 MiB of QML/Quick
    libraries before the first page can paint. Our .ui files use stock widgets only, so the
    library path is emptied while the loader is built and restored straight after.
    """
    library_paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(library_paths)


def load_ui(name: str, owner: QWidget) -> QWidget:
    """Build `ui/<name>.ui` as a child of `owner`, filling it through a margin-less layout.

    Children are then found by objectName, e.g. `owner.findChild(QPushButton, "connectButton")`.
    """
    path = ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The page layout {path.name} is missing from this installation.")
    loader = _loader()
    try:
        content = loader.load(file, owner)
    finally:
        file.close()
    if content is None:
        raise RuntimeError(f"The page layout {path.name} could not be read: {loader.errorString()}")
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content)
    return content
