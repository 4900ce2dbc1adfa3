"""Fixtures for the sandbox tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sandbox_helpers import Catcher


@pytest.fixture
def catcher() -> Iterator[Catcher]:
    running = Catcher()
    yield running
    running.close()
