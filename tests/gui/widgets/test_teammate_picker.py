"""The teammate picker: every typed word narrows, erasing widens again, keyboard picks."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hubspot_setup.flow.answers import Teammate
from hubspot_setup.gui.widgets.teammate_picker import TeammatePicker, search_key

FIRST = ["Anna", "Ben", "Chloé", "Daan", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
LAST = ["Smith", "de Vries", "Jansen", "Müller", "Okafor", "Nakamura", "Rossi", "Novak"]


def people(count: int) -> list[Teammate]:
    rng = random.Random(3)
    found = []
    for number in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first}.{last}{number}@acme.test".lower().replace(" ", "")
        found.append(Teammate(owner_id=str(500 + number), email=email, name=f"{first} {last}"))
    return found


def shown(picker: TeammatePicker) -> set[str]:
    model = picker.model
    return {model.teammate_at(row).owner_id for row in range(model.rowCount())}


def expected(everyone: list[Teammate], text: str) -> set[str]:
    words = text.lower().split()
    return {t.owner_id for t in everyone if all(w in search_key(t) for w in words)}


def test_filter_matches_every_word_while_typing_and_erasing(qtbot: QtBot) -> None:
    everyone = people(1200)
    picker = TeammatePicker()
    qtbot.addWidget(picker)
    picker.set_teammates(everyone)
    assert picker.count.text() == "1200 teammate(s)"
    typed = ""
    for key in "anna smi":
        qtbot.keyClicks(picker.search, key)
        typed += key
        assert shown(picker) == expected(everyone, typed), typed
    for _ in range(5):  # erase back to "ann": the wider set comes back
        qtbot.keyClick(picker.search, Qt.Key.Key_Backspace)
        typed = typed[:-1]
        assert shown(picker) == expected(everyone, typed), typed
    picker.search.setText("müller 1")
    assert shown(picker) == expected(everyone, "müller 1")
    assert "of 1200 teammates match" in picker.count.text()
    picker.search.setText("nobody-at-all")
    assert shown(picker) == set()
    assert picker.count.text() == "No teammate matches your search."


def test_keyboard_choice_and_selection_survive_filtering(qtbot: QtBot) -> None:
    everyone = people(50)
    picker = TeammatePicker()
    qtbot.addWidget(picker)
    picker.set_teammates(everyone)
    chosen: list[Teammate | None] = []
    picker.picked.connect(chosen.append)
    target = everyone[7]
    picker.search.setText(target.email)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # the only match is picked
    assert picker.current() == target
    assert chosen[-1] == target
    picker.search.clear()  # all rows again: the choice stays selected
    assert picker.current() == target
    picker.search.setText("zzz")  # hidden by the filter: nothing current
    assert picker.current() is None
    picker.search.setText(target.name.split()[0])
    assert picker.current() == target
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # into the list for arrow keys
    assert picker.list.hasFocus() or not picker.isVisible()


def test_loading_state_and_preselection(qtbot: QtBot) -> None:
    picker = TeammatePicker()
    qtbot.addWidget(picker)
    picker.set_loading(True)
    assert "Loading" in picker.count.text()
    assert not picker.list.isEnabled()
    everyone = people(10)
    picker.select(everyone[3].owner_id)
    picker.set_teammates(everyone)
    assert picker.list.isEnabled()
    assert picker.current() == everyone[3]
