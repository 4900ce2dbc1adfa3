"""The teammate picker: every typed word narrows, erasing widens again, keyboard picks."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPalette
from pytestqt.qtbot import QtBot

from hubspot_setup.flow import words
from hubspot_setup.flow.answers import Teammate
from hubspot_setup.gui.contrast import composite, contrast_ratio
from hubspot_setup.gui.widgets import teammate_picker
from hubspot_setup.gui.widgets.teammate_picker import (
    AVATAR_COLOURS,
    CHOSEN_ROLE,
    TeammatePicker,
    avatar_colour,
    initials,
    search_key,
    spoken,
)

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
    assert picker.count.text() == "1200 teammates: click one to choose"
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


def _click(qtbot: QtBot, picker: TeammatePicker, row: int) -> None:
    index = picker.model.index(row, 0)
    picker.list.scrollTo(index)
    rect = picker.list.visualRect(index)
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_or_enter_picks_and_the_arrow_keys_only_move(qtbot: QtBot) -> None:
    everyone = people(20)
    picker = TeammatePicker()
    qtbot.addWidget(picker)
    picker.resize(420, 360)
    picker.show()
    picker.set_teammates(everyone)
    chosen: list[Teammate] = []
    picker.picked.connect(chosen.append)

    _click(qtbot, picker, 2)
    assert chosen == [picker.model.teammate_at(2)]
    assert picker.chosen() == chosen[-1]
    assert picker.model.data(picker.model.index(2, 0), CHOSEN_ROLE) is True

    picker.list.setFocus()
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    assert len(chosen) == 1  # moving the highlight is not a choice
    assert picker.current() == picker.model.teammate_at(4)
    assert picker.chosen() == chosen[0]

    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert chosen[-1] == picker.model.teammate_at(4)
    assert picker.model.data(picker.model.index(2, 0), CHOSEN_ROLE) is False

    # Enter in the search with several matches moves into the list, picking nothing.
    picker.search.setText("a")
    picker.search.setFocus()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert len(chosen) == 2
    assert picker.focusWidget() is picker.list

    # A preselected teammate (from the saved answers) is shown chosen, without a signal.
    picker.search.clear()
    picker.select(everyone[9].owner_id)
    assert picker.chosen() == everyone[9]
    assert len(chosen) == 2


def test_initials_and_what_a_screen_reader_hears() -> None:
    cases = {
        ("Anna de Vries", "anna@acme.test"): "AV",
        ("Chloé", "chloe@acme.test"): "C",
        ("", "ben@acme.test"): "B",
        ("", ""): "#",
        ("Jean-Luc Picard", ""): "JP",
    }
    for (name, email), expected_initials in cases.items():
        assert initials(Teammate(owner_id="1", name=name, email=email)) == expected_initials
    anna = Teammate(owner_id="1", name="Anna de Vries", email="anna@acme.test")
    assert spoken(anna) == "Anna de Vries, anna@acme.test"
    assert spoken(anna, chosen=True) == "Anna de Vries, anna@acme.test, chosen"
    assert spoken(Teammate(owner_id="7")) == "Owner 7"


def test_avatar_colours_keep_white_initials_readable() -> None:
    white = QColor("#ffffff")
    for colour in AVATAR_COLOURS:
        assert contrast_ratio(white, QColor(colour)) >= 4.5, colour


def _share(image: QImage, rect: QRect, colour: QColor, tolerance: int = 24) -> int:
    found = 0
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            pixel = QColor(image.pixel(x, y))
            if all(
                abs(a - b) <= tolerance
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
            ):
                found += 1
    return found


def test_a_row_paints_the_avatar_the_bold_name_and_the_grey_email(qtbot: QtBot) -> None:
    anna = Teammate(owner_id="42", name="Anna de Vries", email="anna.de.vries@acme.test")
    picker = TeammatePicker()
    qtbot.addWidget(picker)
    picker.resize(520, 200)
    picker.show()
    picker.set_teammates([anna])
    rect = picker.list.visualRect(picker.model.index(0, 0))
    line = picker.list.fontMetrics().height()
    assert rect.height() >= line * 1.7  # room for the round avatar
    image = picker.list.viewport().grab().toImage()
    palette = picker.list.palette()
    avatar = QRect(rect.left(), rect.top(), rect.height(), rect.height())
    assert _share(image, avatar, avatar_colour(anna), tolerance=4) > line * line / 2
    name_width = QFontMetrics(_bold(picker)).horizontalAdvance(anna.name)
    name_area = QRect(avatar.right() + 1, rect.top(), name_width, rect.height())
    email_area = QRect(name_area.right() + line, rect.top(), rect.width() // 2, rect.height())
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    grey = composite(palette.color(QPalette.ColorRole.PlaceholderText), base)
    assert _share(image, name_area, text) > 20
    assert _share(image, email_area, grey) > 20
    assert _share(image, email_area, text, tolerance=8) < _share(image, email_area, grey)
    # The name is drawn bold: wider than the same text in the regular font.
    assert name_width > QFontMetrics(picker.list.font()).horizontalAdvance(anna.name)


def _bold(picker: TeammatePicker) -> QFont:
    font = QFont(picker.list.font())
    font.setBold(True)
    return font


def test_the_count_speaks_the_admins_language_without_widening_the_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count is counted in the admin's language (plural form, grouped digits), and a
    longer language's count wraps instead of making the page wider than the window."""

    def german(context: str, source: str, disambiguation: str | None, n: int) -> str:
        forms = {
            "%n teammates: click one to choose": "%n Teammitglieder: zum Auswählen eines anklicken",
            "%1 of %n teammates match": "%1 von %n Teammitgliedern passen zur Suche",
            "%1 · some may be missing: the list was cut short": (
                "%1 · möglicherweise fehlen einige, weil die Liste vorzeitig gekürzt wurde"
            ),
        }
        return forms.get(source, source)

    words.use_translator(german, lambda value: f"{value:,}".replace(",", "."))
    monkeypatch.setattr(teammate_picker, "may_be_incomplete", lambda _teammates: True)
    picker = TeammatePicker()
    qtbot.addWidget(picker)
    picker.set_teammates(people(1200))
    assert picker.count.text().startswith("1.200 Teammitglieder: zum Auswählen")
    picker.search.setText("anna")
    matches = picker.model.rowCount()
    assert picker.count.text().startswith(f"{matches} von 1.200 Teammitgliedern passen")
    assert picker.count.text().endswith("vorzeitig gekürzt wurde")
    needed = picker.count.fontMetrics().horizontalAdvance(picker.count.text())
    assert picker.minimumSizeHint().width() < needed / 2
