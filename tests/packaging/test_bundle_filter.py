"""The spec's selection rules (packaging/bundle_filter.py), on the three wheels' layouts."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle_filter() -> ModuleType:
    path = ROOT / "packaging" / "bundle_filter.py"
    spec = importlib.util.spec_from_file_location("bundle_filter", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        # Linux wheel layout
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),  # a language the assistant speaks
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qt_de.qm", False),  # the meta catalogue: qtbase is loaded
        ("PySide6/Qt/translations/qtwebengine_de.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/QtWidgets.abi3.so", True),
        # Windows wheel layout: no Qt/ folder
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qminimal.dll", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/imageformats/qgif.dll", False),
        ("PySide6/translations/qt_fr.qm", False),
        # macOS
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
        # not Qt at all
        ("hubspot_setup/ui/signin.ui", True),
        ("hubspot_setup/sandbox/scenarios/default.toml", True),
    ],
)
def test_keep(bundle_filter: ModuleType, dest: str, kept: bool) -> None:
    assert bundle_filter.keep(dest) is kept


@pytest.mark.parametrize(
    ("name", "system"),
    [
        ("libX11.so.6", True),
        ("libxcb-cursor.so.0", True),
        ("libfontconfig.so.1", True),
        ("libdbus-1.so.3", True),
        ("libstdc++.so.6", True),
        ("libssl.so.3", True),
        ("libz.so.1", True),
        ("libzstd.so.1", True),
        ("libpython3.11.so.1.0", False),
        ("libffi.so.8", False),
        ("libicuuc.so.73", False),
        ("libQt6Core.so.6", False),
        ("libxcb-foo-bar.so.1", True),
        ("libzz.so.1", False),
    ],
)
def test_system_libraries(bundle_filter: ModuleType, name: str, system: bool) -> None:
    assert bool(bundle_filter.LINUX_SYSTEM_LIBRARIES.fullmatch(name)) is system


def test_reachable_libraries_follow_links_from_modules_and_kept_plugins(
    bundle_filter: ModuleType,
) -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/w/libQt6XcbQpa.so.6", "BINARY"),
        ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),  # only the dropped theme used it
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
    ]
    links = {
        "/w/QtGui.abi3.so": ["libQt6Gui.so.6", "libc.so.6"],
        "/w/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/w/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
        "/usr/lib/libgtk-3.so.0": ["libcairo.so.2"],
    }

    def imports_of(path: str) -> Iterable[str]:
        return links.get(path, [])

    reachable = bundle_filter.reachable_libraries(binaries, imports_of)
    assert reachable == {"QtGui.abi3.so", "libqxcb.so", "libQt6Gui.so.6", "libQt6XcbQpa.so.6"}
