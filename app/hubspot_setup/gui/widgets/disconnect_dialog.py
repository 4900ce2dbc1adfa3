"""Disconnecting asks the admin to type DELETE, and then shows what happened.

The dialog stays open while the disconnect runs and afterwards shows the outcome (with the
guide's note about the legacy app's webhook subscriptions on the legacy path), so the note is
read before the wizard moves on.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.controller import DISCONNECT_WORD, LEGACY_DISCONNECT_NOTE


class DisconnectDialog(QDialog):
    confirmed = Signal(str)  # the typed word

    def __init__(self, *, legacy: bool, portal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disconnectDialog")
        self.setWindowTitle(self.tr("Disconnect HubSpot"))
        self.message = QLabel(
            self.tr(
                "OpenCX will stop reading and answering the conversations of %1. Existing "
                "OpenCX sessions stay available. You can connect again later."
            ).replace("%1", portal),
            self,
        )
        self.message.setWordWrap(True)
        self.legacy_note = QLabel(self.tr(LEGACY_DISCONNECT_NOTE), self)
        self.legacy_note.setObjectName("legacyNote")
        self.legacy_note.setWordWrap(True)
        self.legacy_note.setVisible(legacy)
        self.prompt = QLabel(self.tr("Type %1 to confirm:").replace("%1", DISCONNECT_WORD), self)
        self.word = QLineEdit(self)
        self.word.setObjectName("confirmWord")
        self.word.setAccessibleName(self.tr("Type DELETE to confirm"))
        self.prompt.setBuddy(self.word)
        self.error = QLabel(self)
        self.error.setObjectName("confirmError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.disconnect_button = QPushButton(self.tr("&Disconnect"), self)
        self.disconnect_button.setObjectName("confirmDisconnect")
        self.disconnect_button.setEnabled(False)
        self.buttons.addButton(self.disconnect_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        layout = QVBoxLayout(self)
        for widget in (self.message, self.legacy_note, self.prompt, self.word, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.word.textChanged.connect(self._typed)
        self.word.returnPressed.connect(self._confirm)
        self.disconnect_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def _typed(self, text: str) -> None:
        self.disconnect_button.setEnabled(text.strip() == DISCONNECT_WORD)
        self.error.hide()

    def _confirm(self) -> None:
        if not self.disconnect_button.isEnabled():
            return
        self.disconnect_button.setEnabled(False)
        self.word.setEnabled(False)
        self.confirmed.emit(self.word.text())

    def rejected_word(self, message: str) -> None:
        """The controller refused the word (or the disconnect failed): let the admin retry."""
        self.word.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        self._typed(self.word.text())

    def done_with(self, note: str) -> None:
        """Show the outcome; only Close remains."""
        self.message.setText(note)
        for widget in (self.legacy_note, self.prompt, self.word, self.error):
            widget.hide()
        self.cancel_button.hide()
        self.disconnect_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
