"""The private names `gui/loop_internals.py` relies on still exist in the installed versions,
and nothing else in the code or the tests reaches into asyncio's or qasync's privates."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from hubspot_setup.gui import loop_internals

ROOT = Path(__file__).resolve().parents[2]
# `loop._x`, `qasync._x`, `asyncio.events._x`, `_QEventLoop__x`, `_SimpleTimer__x`
PRIVATE = re.compile(r"\b(?:loop|qasync|asyncio(?:\.events)?)\._\w+|_QEventLoop__|_SimpleTimer__")


def test_the_private_names_exist(qapp: QApplication) -> None:
    loop = qasync.QEventLoop(qapp)
    try:
        before = sys.get_asyncgen_hooks()
        restore = loop_internals.adopt_async_generators(loop)
        assert sys.get_asyncgen_hooks().finalizer is not None
        restore()
        assert sys.get_asyncgen_hooks() == before
        assert hasattr(loop, "_QEventLoop__is_running")
        assert isinstance(loop._timer._SimpleTimer__callbacks, dict)
    finally:
        loop.close()
        loop_internals.kill_pending_timers(loop)


def test_only_one_module_touches_loop_privates() -> None:
    sources = [
        *(ROOT / "app").rglob("*.py"),
        *(ROOT / "tests").rglob("*.py"),
        *(ROOT / "benchmarks").rglob("*.py"),
    ]
    allowed = {Path(loop_internals.__file__).resolve(), Path(__file__).resolve()}
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in sources
        if path.resolve() not in allowed
        for match in PRIVATE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
