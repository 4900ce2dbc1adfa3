"""What the PyInstaller spec keeps of what PyInstaller collected, as plain functions.

PyInstaller's PySide6 hooks collect every Qt plugin of every used module, the plugins'
dependencies and Qt's translations. The spec filters that list with `keep()`, then on Linux
prunes the libraries nothing kept still needs (`reachable_libraries()`) and leaves the
desktop's own libraries to the system (`LINUX_SYSTEM_LIBRARIES`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from hubspot_setup.flow.languages import TRANSLATED_LANGUAGES

# Qt plugins kept, by folder: the platform integrations each target uses (offscreen for the
# smoke tests), SVG for the icon, input methods so accented and CJK names can be typed, the
# desktop portal for native file dialogs, the native widget styles. Everything else goes:
# eglfs/linuxfb/vnc, other image formats, TLS and network information (QtNetwork serves only
# the local single-instance socket), the GTK3 theme (it drags in ~20 MiB of GTK and Cairo).
QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"xcb", "wayland", "offscreen", "windows", "cocoa"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "platformthemes": frozenset({"xdgdesktopportal"}),
    "iconengines": frozenset({"svgicon"}),
    "imageformats": frozenset({"svg"}),
    "styles": frozenset({"modernwindowsstyle", "windowsvistastyle", "macstyle"}),
}

# Qt's own catalogues of the languages the assistant speaks (standard buttons and dialogs);
# Qt's other 30 languages and the catalogues of modules the app does not use stay out.
QT_CATALOGUES = frozenset(f"qtbase_{language}.qm" for language in TRANSLATED_LANGUAGES)

# Linux desktop libraries every target already has (the .deb depends on them: DEB_DEPENDS in
# build_linux.py), left to the system as AppImage's exclude list does: a copy from the build
# machine only adds size, and an older or newer X11, fontconfig or D-Bus than the desktop's
# own can misbehave. The C++ runtime and OpenSSL 3 go too: the glibc the bundle needs (2.35+)
# only ships beside a libstdc++ new enough for Qt and beside OpenSSL 3, and the system's
# OpenSSL gets the distribution's security updates. libpython and libffi stay.
LINUX_SYSTEM_LIBRARIES = re.compile(
    r"lib(X11|X11-xcb|Xau|Xdmcp|xcb(-[a-z-]+)?|xkbcommon(-x11)?|fontconfig|freetype|png16|"
    r"expat|glib-2\.0|gthread-2\.0|pcre2-8|dbus-1|systemd|gcrypt|gpg-error|lz4|zstd|cap|"
    r"brotli(common|dec)|bsd|md|krb5|krb5support|k5crypto|gssapi_krb5|com_err|keyutils|"
    r"stdc\+\+|gcc_s|ssl|crypto|z|lzma|bz2|uuid)\.so[.\d]*"
)

# PyInstaller's table of contents: (path inside the bundle, source, type code).
TocEntry = tuple[str, str, str]


def plugin_stem(file_name: str) -> str:
    """`libqxcb.so`, `qwindows.dll`, `libqcocoa.dylib` -> `xcb`, `windows`, `cocoa`."""
    return file_name.split(".", maxsplit=1)[0].removeprefix("lib").removeprefix("q")


def keep(dest: str) -> bool:
    """Whether one collected file (by its path inside the bundle) belongs in the bundle."""
    parts = Path(dest).parts
    if parts[:1] != ("PySide6",):
        return True
    # Linux and macOS wheels keep Qt's files under PySide6/Qt/, Windows wheels under PySide6/.
    inside_qt = parts[2:] if parts[1:2] == ("Qt",) else parts[1:]
    if inside_qt[:1] == ("translations",):
        return inside_qt[-1] in QT_CATALOGUES  # all of Qt's would be 7 MiB
    if inside_qt[:1] == ("plugins",) and len(inside_qt) >= 3:
        folder, file_name = inside_qt[1], inside_qt[-1]
        return plugin_stem(file_name) in QT_PLUGINS.get(folder, frozenset())
    return True


def reachable_libraries(
    binaries: Sequence[TocEntry], imports_of: Callable[[str], Iterable[str]]
) -> set[str]:
    """Names of the binaries that a kept extension module, plugin or libpython needs.

    `imports_of(path)` gives the library names a binary links to (PyInstaller's
    `bindepend.get_imports`). Symlink entries lead to their target.
    """
    by_name = {Path(dest).name: (src, kind) for dest, src, kind in binaries}
    pending = [
        Path(dest).name
        for dest, _src, kind in binaries
        if kind == "EXTENSION" or "plugins" in Path(dest).parts or "libpython" in dest
    ]
    reachable: set[str] = set()
    while pending:
        name = pending.pop()
        if name in reachable or name not in by_name:
            continue
        reachable.add(name)
        src, kind = by_name[name]
        if kind == "SYMLINK":
            pending.append(Path(src).name)
        else:
            pending.extend(Path(needed).name for needed in imports_of(src))
    return reachable
