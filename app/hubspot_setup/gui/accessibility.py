"""What a screen reader hears: headings as headings, announcements of what changes, and a
field's error tied to the field.

A QLabel already exposes its visible text as its accessible name, as long as nobody sets an
`accessibleName` that describes it instead ("Step title"); the description, where one helps
at all, goes in `accessibleDescription`. What Qt widgets cannot say through a property is
added here:

- a heading role for a title label (`mark_heading`, or the dynamic property
  `accessibleHeading` in a .ui file), through an accessibility factory;
- announcements of a problem appearing or a checklist item ticking
  (QAccessibleAnnouncementEvent, Qt 6.8 and later, which the package requires);
- a field's error message as the field's accessible description.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

# A label with this dynamic property set (to true) is announced as a heading.
HEADING_PROPERTY = "accessibleHeading"
# A field's message label names its field (objectName) in this dynamic property.
ERROR_FOR_PROPERTY = "errorFor"
# The description a field had before an error replaced it, restored when the error clears.
_PLAIN_DESCRIPTION = "accessiblePlainDescription"

_factory_installed = False


def label_text(label: QLabel) -> str:
    """What a label shows, as plain text (rich text and mnemonic ampersands removed)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip()


class _HeadingAccessible(QAccessibleWidget):
    """A title label as a screen reader should meet it: role heading, named by its text.

    (Qt's own QLabel interface has role "static text"; there is no property for the role.)
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Heading

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or label_text(self._label)
        return str(super().text(kind))


def _heading_factory(_class_name: str, candidate: QObject) -> QAccessibleInterface | None:
    if isinstance(candidate, QLabel) and candidate.property(HEADING_PROPERTY):
        return _HeadingAccessible(candidate)
    return None


def install_accessibility() -> None:
    """Install the heading factory once (after the QApplication exists, before any label's
    accessible interface is first asked for: Qt keeps the first one it built)."""
    global _factory_installed  # noqa: PLW0603 - one factory per process
    if not _factory_installed:
        QAccessible.installFactory(_heading_factory)
        _factory_installed = True


def mark_heading(label: QLabel) -> None:
    """Let a screen reader list and jump to `label` as a heading."""
    label.setProperty(HEADING_PROPERTY, True)


def announce(source: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say `text` now, without moving the focus.

    `urgent` interrupts what it is reading (a problem); otherwise it waits its turn (a tick).
    """
    text = text.strip()
    if not text or not QAccessible.isActive():  # no assistive technology listens
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def spoken(*parts: str) -> str:
    """Parts joined as sentences, so a screen reader pauses between a title and its text."""
    sentences = [part.strip() for part in parts if part and part.strip()]
    return " ".join(s if s[-1] in ".!?:…" else f"{s}." for s in sentences)


def tie_field_message(label: QLabel, message: str) -> None:
    """The message under a field (an error, or a hint) becomes the field's accessible
    description, read when the field has focus, and is announced when it appears.

    The label names its field in its `errorFor` property (set in the .ui file); a label
    without one is left alone.
    """
    field = _field_of(label)
    if field is None:
        return
    if field.property(_PLAIN_DESCRIPTION) is None:
        field.setProperty(_PLAIN_DESCRIPTION, field.accessibleDescription())
    plain = str(field.property(_PLAIN_DESCRIPTION))
    message = message.strip()
    description = " ".join(part for part in (message, plain) if part)
    if field.accessibleDescription() == description:
        return
    field.setAccessibleDescription(description)
    if message:
        announce(field, message)


def _field_of(label: QLabel) -> QWidget | None:
    value = label.property(ERROR_FOR_PROPERTY)
    if isinstance(value, QByteArray):  # a <cstring> in the .ui file
        value = bytes(value.data()).decode()
    if not value:
        return None
    name = str(value)
    scope = label.parentWidget()
    while scope is not None:
        found = scope.findChild(QWidget, name)
        if found is not None:
            return found
        scope = scope.parentWidget()
    return None
