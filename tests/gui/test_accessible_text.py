"""A screen reader reads what a sighted admin reads, checked on Qt's own accessibility
interfaces (what the platform bridges hand to Orca, NVDA and VoiceOver) for every page:

- a label is named by its visible text, never by a description of itself ("Step title");
- a button's name contains its visible text (WCAG 2.5.3, label in name), so "Copy link"
  is not announced as "Copy the address";
- titles are headings; a field's error is the field's description while it shows.

The live AT-SPI tree is read by test_atspi_tree.py; this is the quick, in-process half.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.accessibility import label_text, tie_field_message
from hubspot_setup.gui.page import show_field_error
from hubspot_setup.gui.pages import PAGE_CLASSES

ALL_PAGES = sorted(PAGE_CLASSES, key=list(StepId).index)


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return str(interface.text(QAccessible.Text.Name))


def _words(text: str) -> str:
    """Text as heard: mnemonics, symbols (arrows, ticks, "☰"), a leading step number and
    closing punctuation dropped, spaces normalised."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = "".join(" " if unicodedata.category(c) in {"So", "Sm"} else c for c in text)
    text = re.sub(r"^\s*\d+\.\s+", "", text.replace("…", " "))
    return " ".join(text.split()).strip(" .?!:").casefold()


def _is_state_toggle(button: QAbstractButton) -> bool:
    """A switch whose text is its state ("On"/"Off"): the state is read as checked."""
    return button.isCheckable() and _words(button.text()) in {"on", "off"}


def _mismatches(root: QWidget) -> list[str]:
    found: list[str] = []
    for label in root.findChildren(QLabel):
        shown = _words(label_text(label))
        if re.search(r"[^\W\d_]", shown) and shown not in _words(_name(label)):
            found.append(f"label {label.objectName()!r}: shows {shown!r}, read {_name(label)!r}")
    for button in root.findChildren(QAbstractButton):
        shown = _words(button.text())
        if _is_state_toggle(button):
            continue
        if re.search(r"[^\W\d_]", shown) and shown not in _words(_name(button)):
            found.append(f"button {button.objectName()!r}: shows {shown!r}, read {_name(button)!r}")
    return found


@pytest.mark.parametrize("step", ALL_PAGES)
def test_each_label_and_button_is_read_as_shown(
    wizard_factory: Callable[..., WizardRig], step: StepId
) -> None:
    rig = wizard_factory("default")
    page = rig.wizard.page(step)
    page.render(rig.controller.state)
    assert not _mismatches(page)


def test_the_shell_reads_as_shown_and_titles_are_headings(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    assert not _mismatches(rig.wizard)
    title = QAccessible.queryAccessibleInterface(rig.wizard.step_title)
    assert title.role() == QAccessible.Role.Heading
    assert title.text(QAccessible.Text.Name) == rig.wizard.step_title.text() == "Before you start"
    heading = rig.wizard.page(StepId.PREREQUISITES).findChild(QLabel, "checklistHeading")
    assert QAccessible.queryAccessibleInterface(heading).role() == QAccessible.Role.Heading
    paragraph = rig.wizard.page(StepId.PREREQUISITES).findChild(QLabel, "introLabel")
    assert QAccessible.queryAccessibleInterface(paragraph).role() == QAccessible.Role.StaticText


def test_a_field_error_is_the_field_description_while_it_shows(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    page = rig.wizard.page(StepId.SIGNIN)
    field = page.findChild(QLineEdit, "apiKeyField")
    error = page.findChild(QLabel, "apiKeyError")
    assert field is not None
    assert error is not None
    before = field.accessibleDescription()
    show_field_error(error, "This is not an OpenCX API key.")
    assert field.accessibleDescription().startswith("This is not an OpenCX API key.")
    show_field_error(error, "")
    assert field.accessibleDescription() == before
    tie_field_message(QLabel("no field named"), "ignored")  # a label without errorFor


def test_rich_text_and_mnemonics_are_read_as_words(qapp: object) -> None:
    label = QLabel("<b>Action</b> &amp; result")
    assert label_text(label) == "Action & result"
    buddy = QLabel("Domain &pattern")
    buddy.setBuddy(QLineEdit())
    assert label_text(buddy) == "Domain pattern"
