"""Shared fixtures. Each area keeps its fixtures in its own module under tests/fixtures/."""

import faulthandler
import os
import sys
from collections.abc import Iterator

import pytest

from hubspot_setup.flow import words

# Order matters: a plugin module imported by another must be registered first, so that pytest
# (not the import) loads it and rewrites its asserts. gui_rig needs sandbox.
pytest_plugins = [
    "fixtures.browser",
    "fixtures.sandbox",
    "fixtures.gui_rig",
    "fixtures.secrets",
]


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that starts a command or the window in another language (in this process)
    leaves the next test in English: the tests assert the English source texts."""
    yield
    words.use_translator(None)


_faults_fd: list[int] = []  # where pytest's faulthandler writes: the terminal, not a capture


def pytest_configure(config: pytest.Config) -> None:
    _faults_fd.append(os.dup(sys.stderr.fileno()))


def pytest_unconfigure(config: pytest.Config) -> None:
    while _faults_fd:
        os.close(_faults_fd.pop())


@pytest.fixture(autouse=True)
def _faulthandler_stays_on() -> Iterator[None]:
    """The crash recorder's tests end with `CrashRecorder.stop()`, which turns faulthandler
    off: on again, so a later hard crash (an abort in Qt, a fatal Python error) still prints
    every thread's stack instead of dying silently."""
    yield
    if _faults_fd and not faulthandler.is_enabled():
        faulthandler.enable(file=_faults_fd[0], all_threads=True)
