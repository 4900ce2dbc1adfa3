"""What Orca reads on Linux, read the way Orca reads it: the live AT-SPI tree of the real
window, on every page of both paths.

The window runs under Xvfb on Qt's xcb platform with its AT-SPI bridge on
(QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), inside a private D-Bus session (`dbus-run-session`)
with the accessibility bus of Debian's at-spi2-core; `atspi_walk.py` walks the pages and
`atspi_probe.py` (Debian's python3-pyatspi, on /usr/bin/python3) reads the tree at each.
Here: every page shows its title as a heading with the title's text, no control a keyboard
or screen reader user can reach is nameless, and problems and checklist ticks are announced.

.ci/run installs the Debian packages; without them the test skips and says which are missing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import PySide6
import pytest

from hubspot_setup.flow.steps import Method, steps_for_method

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
WALK_TIMEOUT_S = 240

# AT-SPI roles a keyboard or screen-reader user operates: each needs a name.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "list",
    "list item",
    "table",
    "tree",
    "page tab",
    "menu item",
    "link",
}
# Where Qt's accessibility bus and bridge come from, per missing file: the Debian package.
NEEDED = {
    "/usr/bin/python3": "python3",
    "/usr/bin/dbus-run-session": "dbus-daemon",
    "/usr/bin/dbus-send": "dbus-bin",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
    "/usr/bin/Xvfb": "xvfb",
}


def missing_packages() -> list[str]:
    missing = [package for path, package in NEEDED.items() if not Path(path).exists()]
    if Path("/usr/bin/python3").exists():
        check = subprocess.run(
            ["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False
        )
        if check.returncode != 0:
            missing.append("python3-pyatspi")
    xcb = Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so"
    ldd = subprocess.run(["ldd", str(xcb)], capture_output=True, text=True, check=False)
    missing += sorted(line.split()[0] for line in ldd.stdout.splitlines() if "not found" in line)
    return missing


@pytest.fixture(scope="module", autouse=True)
def debian_packages() -> None:
    missing = missing_packages()
    if missing:
        pytest.skip(f"AT-SPI test needs the Debian packages: {', '.join(missing)} (see .ci/run)")


@pytest.fixture(scope="module")
def x_display(debian_packages: None) -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1280x900x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:  # Xvfb writes its display number when ready
            number = announced.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def walked(x_display: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the walk once for the module; its snapshots and announcements."""
    out = tmp_path_factory.mktemp("atspi") / "snapshots.json"
    env = {
        **os.environ,
        "DISPLAY": x_display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "ATSPI_SNAPSHOTS": str(out),
    }
    env.pop("WAYLAND_DISPLAY", None)
    # The accessibility bus is started first: Qt connects to it only if it is already there.
    start_bus = (
        "dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus "
        'org.a11y.Bus.GetAddress >/dev/null && exec "$@"'
    )
    pytest_args = ["-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]
    run = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            start_bus,
            "sh",
            sys.executable,
            *pytest_args,
            str(HERE / "atspi_walk.py"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=WALK_TIMEOUT_S,
        check=False,
    )
    assert run.returncode == 0, f"the walk failed:\n{run.stdout[-6000:]}\n{run.stderr[-3000:]}"
    return dict(json.loads(out.read_text()))


def _unnamed(nodes: list[dict[str, Any]]) -> list[str]:
    return [
        f"{node['role']} (depth {node['depth']}, states {','.join(node['states'])})"
        for node in nodes
        if node["role"] in INTERACTIVE and not node["name"].strip()
    ]


def test_every_page_of_both_paths_and_manage_mode_was_read(walked: dict[str, Any]) -> None:
    for path, method in (("oauth", Method.OAUTH), ("legacy", Method.LEGACY)):
        read = {shot["step"] for shot in walked["snapshots"] if shot["path"] == path}
        expected = {step.value for step in steps_for_method(method)}
        if path == "legacy":
            expected -= {"prerequisites", "signin"}  # read on the OAuth walk; same pages
        assert expected <= read, f"{path}: not read: {sorted(expected - read)}"
    assert any(shot["step"] == "manage" for shot in walked["snapshots"])


def test_each_page_title_is_a_heading_with_its_text(walked: dict[str, Any]) -> None:
    for shot in walked["snapshots"]:
        headings = [node["name"] for node in shot["nodes"] if node["role"] == "heading"]
        assert shot["title"], shot["step"]
        assert shot["title"] in headings, f"{shot['step']}: headings {headings}"


def test_no_control_without_a_name(walked: dict[str, Any]) -> None:
    problems = {
        f"{shot['path']}/{shot['step']} {shot['note']}".strip(): _unnamed(shot["nodes"])
        for shot in walked["snapshots"]
    }
    assert not {page: found for page, found in problems.items() if found}


def test_what_the_admin_sees_is_what_is_read(walked: dict[str, Any]) -> None:
    """No label is announced by a description of itself instead of its text."""
    descriptive = {"Step title", "Introduction", "Note", "Why Next is not available yet"}
    for shot in walked["snapshots"]:
        names = {node["name"] for node in shot["nodes"]}
        assert not names & descriptive, shot["step"]


def test_problems_and_ticks_are_announced(walked: dict[str, Any]) -> None:
    heard = walked["announcements"]
    urgent = [h["text"] for h in heard if h["politeness"] == 2]  # ATSPI_LIVE_ASSERTIVE
    polite = [h["text"] for h in heard if h["politeness"] == 1]
    assert urgent, heard  # the refused sign-in
    ticks = [text for text in polite if text.endswith(": done")]
    assert len(ticks) >= 4, polite  # the checklist's items, one by one
    assert any("token" in text.lower() for text in polite), polite  # the token field's error
