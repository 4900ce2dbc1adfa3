"""The checklist's times are written as the admin's locale writes a time of day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from hubspot_setup.gui.widgets.checklist import _time_text


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("locale")
@pytest.mark.parametrize(
    ("name", "expected"),
    [("de_DE", "14:05:09"), ("pt_BR", "14:05:09"), ("en_US", "2:05:09\u202fPM")],
)
def test_a_check_time_follows_the_locale(name: str, expected: str) -> None:
    QLocale.setDefault(QLocale(name))
    text = _time_text(datetime(2026, 12, 1, 14, 5, 9).astimezone())  # 14:05:09 here
    assert text.replace(" ", "\u202f") == expected
