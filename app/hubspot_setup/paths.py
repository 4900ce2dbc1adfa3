"""Where the app's own data files (Qt Designer files, icons, result pages) live.

A built wheel carries `ui/` and `resources/` inside the package; an editable install or a
source checkout keeps them at the repository root. Both layouts are found here, so no other
module needs to know which one it runs from.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_dir(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    beside_app = _PACKAGE_DIR.parent.parent / name  # <repo>/app/hubspot_setup -> <repo>/<name>
    if beside_app.is_dir():
        return beside_app
    raise FileNotFoundError(f"The app's {name!r} folder is missing from this installation.")


def ui_dir() -> Path:
    """Folder of the Qt Designer (.ui) files, one per wizard page."""
    return _data_dir("ui")


def resources_dir() -> Path:
    """Folder of icons, browser result pages and translations."""
    return _data_dir("resources")
