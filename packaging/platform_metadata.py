"""What each system's installer metadata says about the app, derived from one source each.

- Windows: the executable's version resource (Explorer's Properties > Details, SmartScreen,
  installers and antivirus read it), generated from the package version for PyInstaller's
  `EXE(version=...)`.
- macOS: `LSMinimumSystemVersion`, the oldest macOS that every bundled wheel supports, read
  from the installed wheels' own tags (PySide6 6.11 is built for macOS 13, 6.12 for 14), so
  the Info.plist can never promise less than Qt needs.

Plain functions, so the Linux tests check them; the spec imports this file from packaging/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib.metadata import Distribution, distributions

COMPANY = "OpenCX"
PRODUCT = "OpenCX HubSpot Setup"
DESCRIPTION = "Connects a HubSpot portal to OpenCX"
COPYRIGHT = "Copyright OpenCX"

_RELEASE = re.compile(r"(\d+(?:\.\d+)*)")
_MACOS_TAG = re.compile(r"macosx_(\d+)_(\d+)_\w+")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """PEP 440 -> Windows' four 16-bit numbers: `0.2.0rc1` -> (0, 2, 0, 0).

    A version resource holds numbers only; the full text (with `rc1`) goes in its strings.
    """
    match = _RELEASE.match(version)
    if match is None:
        raise ValueError(f"{version!r} does not start with a release number")
    parts = [int(part) for part in match.group(1).split(".")][:4]
    if any(part > 0xFFFF for part in parts):
        raise ValueError(f"{version!r}: Windows version numbers stop at 65535")
    padded = (*parts, 0, 0, 0)[:4]
    return (padded[0], padded[1], padded[2], padded[3])


def windows_version_info(version: str, *, file_name: str, internal_name: str) -> str:
    """The text of a PyInstaller version file (`VSVersionInfo(...)`, what `EXE(version=)`
    reads with `eval`), for one executable of the bundle."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": internal_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": file_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    for value in strings.values():
        if "'" in value or "\\" in value:
            raise ValueError(f"{value!r} cannot go into a version file")
    string_structs = ",\n".join(
        f"          StringStruct('{key}', '{value}')" for key, value in strings.items()
    )
    # 0x0409 = U.S. English, 1200 = Unicode (UTF-16): the language and code page Windows
    # looks up first.
    return f"""\
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def minimum_macos(wheel_tags: Iterable[str], floor: str = "11.0") -> str:
    """The newest `macosx_X_Y` among the tags: the oldest macOS that all of them run on.

    `floor` is what the Python build itself needs (python.org's universal2 3.11: 10.9;
    GitHub's runners: 11), so a bundle of pure-Python wheels still gets a sensible value.
    """
    found = [tuple(int(n) for n in floor.split("."))]
    for tag in wheel_tags:
        # A wheel may carry several tags (`macosx_10_12_x86_64.macosx_11_0_arm64`): the one
        # for the machine that built it is what pip picked; take the newest, to be safe.
        found.extend((int(m[0]), int(m[1])) for m in _MACOS_TAG.findall(tag))
    major, minor = max(found)
    return f"{major}.{minor}"


def installed_wheel_tags(dists: Iterable[Distribution] | None = None) -> list[str]:
    """The `Tag:` lines of every installed distribution's WHEEL file."""
    tags: list[str] = []
    for dist in distributions() if dists is None else dists:
        text = dist.read_text("WHEEL") or ""
        tags.extend(
            line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Tag:")
        )
    return tags
