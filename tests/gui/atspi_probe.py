"""What a screen reader on Linux reads: the live AT-SPI tree of one process, as JSON.

Run with Debian's /usr/bin/python3 (python3-pyatspi is a system package), by
`atspi_walk.py`, inside the same D-Bus session as the wizard it reads:

    /usr/bin/python3 atspi_probe.py PID

Commands come one per line on stdin, answers one JSON line each on stdout:
- `snapshot`: every showing accessible object of the application with process id PID
  (role, name, description, states, depth), as Orca would find them;
- `announcements`: what the application announced (object:announcement events, the way
  Orca hears a problem or a checklist tick) since the last such command.
The probe ends at end of input. It never changes the application.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi
from gi.repository import GLib  # type: ignore[import-not-found]

MAX_NODES = 5000
MAX_DEPTH = 60
FIND_APP_S = 20
KEPT_STATES = {
    "showing",
    "visible",
    "focusable",
    "focused",
    "enabled",
    "sensitive",
    "editable",
    "checked",
    "selected",
}


def _states(accessible: object) -> list[str]:
    names = (pyatspi.stateToString(s) for s in accessible.getState().getStates())
    return sorted(name for name in names if name in KEPT_STATES)


def find_application(pid: int) -> object:
    deadline = time.monotonic() + FIND_APP_S
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except GLib.Error:
                continue  # an application that went away meanwhile
        time.sleep(0.2)
    raise SystemExit(f"no accessible application with process id {pid}")


def snapshot(app: object) -> list[dict[str, object]]:
    """The showing part of the tree, depth first (hidden pages and widgets are skipped,
    as a screen reader skips them)."""
    nodes: list[dict[str, object]] = []
    stack: list[tuple[object, int]] = [(app, 0)]
    while stack and len(nodes) < MAX_NODES:
        accessible, depth = stack.pop()
        try:
            states = _states(accessible)
            if depth > 1 and "showing" not in states:
                continue
            nodes.append(
                {
                    "role": accessible.getRoleName(),
                    "name": accessible.name or "",
                    "description": accessible.description or "",
                    "states": states,
                    "depth": depth,
                }
            )
            if depth < MAX_DEPTH:
                children = [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
                stack.extend((child, depth + 1) for child in reversed(children) if child)
        except GLib.Error:
            continue  # a widget deleted while it was read
    return nodes


def main() -> None:
    pid = int(sys.argv[1])
    pyatspi.setTimeout(5000, 15000)
    heard: list[dict[str, object]] = []

    def on_announcement(event: object) -> None:
        heard.append({"text": str(event.any_data), "politeness": int(event.detail1)})

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    app = find_application(pid)
    loop = GLib.MainLoop()

    def on_command(channel: GLib.IOChannel, _condition: object) -> bool:
        line = channel.readline()
        if not line:
            loop.quit()
            return False
        command = line.strip()
        if command == "snapshot":
            answer: object = snapshot(app)
        elif command == "announcements":
            answer = list(heard)
            heard.clear()
        else:
            answer = {"error": f"unknown command {command!r}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
        return True

    GLib.io_add_watch(
        GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, on_command
    )
    sys.stdout.write(json.dumps({"ready": True}) + "\n")
    sys.stdout.flush()
    loop.run()


if __name__ == "__main__":
    main()
