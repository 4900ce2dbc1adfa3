"""The small question the signature editor asks for a link or an image: an address (checked by
the flow as it is typed) and, where useful, a second line (the link's text, the image's
description)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.gui.page import show_field_error
from hubspot_setup.gui.theme import GRID, set_role


class AddressDialog(QDialog):
    """OK stays disabled until the address is acceptable; the reason shows under the field."""

    chosen = Signal(str, str)  # the checked address, the second line ("" when not asked)

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        address_label: str,
        placeholder: str,
        check: Callable[[str], FieldResult[str]],
        second_label: str | None = None,
        help_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._check = check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * GRID, 2 * GRID, 2 * GRID, 2 * GRID)
        layout.setSpacing(GRID)
        if help_text:
            help_label = QLabel(help_text, self)
            help_label.setWordWrap(True)
            set_role(help_label, "muted")
            layout.addWidget(help_label)
        self.address = QLineEdit(self)
        self.address.setObjectName("addressField")
        self.address.setPlaceholderText(placeholder)
        label = QLabel(address_label, self)
        label.setBuddy(self.address)
        layout.addWidget(label)
        layout.addWidget(self.address)
        self.message = QLabel(self)
        self.message.setObjectName("addressMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("errorFor", "addressField")
        layout.addWidget(self.message)
        self.second = QLineEdit(self)
        self.second.setObjectName("secondField")
        second = QLabel(second_label or "", self)
        second.setBuddy(self.second)
        second.setWordWrap(True)
        layout.addWidget(second)
        layout.addWidget(self.second)
        second.setVisible(second_label is not None)
        self.second.setVisible(second_label is not None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("addressOkButton")
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._checked)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self._checked("")

    def _checked(self, text: str) -> FieldResult[str]:
        result = self._check(text)
        self.ok_button.setEnabled(result.ok)
        # An empty field is not an error yet: say nothing until something is typed.
        show_field_error(self.message, (result.error or result.notice or "") if text else "")
        set_role(self.message, "error" if text and not result.ok else "muted")
        return result

    def _accept(self) -> None:
        result = self._checked(self.address.text())
        if result.value is None:
            return
        self.chosen.emit(result.value, self.second.text().strip())
        self.accept()
