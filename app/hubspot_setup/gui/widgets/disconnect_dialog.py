"""Disconnecting: say exactly what it does, ask the admin to type DELETE, then confirm it.

Before: what disconnecting does, one line each (`flow.disconnect_effects`), and on the legacy
path the guide's note about the legacy app's webhook subscriptions, then the DELETE field.
While it runs the dialog stays open and says so; afterwards it shows what happened (and, on
the legacy path, the step left to do in HubSpot) until the admin closes it, so nothing is
missed when the wizard moves on behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.controller import DISCONNECT_WORD, LEGACY_DISCONNECT_NOTE
from hubspot_setup.flow.disconnect_effects import (
    CONFIRM_TITLE,
    DONE_TITLE,
    LEGACY_STEP_AFTER,
    LEGACY_STEP_BEFORE,
    effects_after,
    effects_before,
)
from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.accessibility import (
    ERROR_FOR_PROPERTY,
    announce,
    mark_heading,
    tie_field_message,
)
from hubspot_setup.gui.theme import (
    GRID,
    HEADING_SCALE,
    Tone,
    make_title,
    scaled_font,
    set_role,
    set_tone,
)

# The dialog's text column, in average characters of the body font: wide enough that no line
# of the effects wraps into a ragged third line, narrow enough for an 800x600 window.
MEASURE_CHARS = 62


class _Lines(QWidget):
    """Lines with a bullet in front and a hanging indent."""

    def __init__(self, lines: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(GRID)
        self.grid.setVerticalSpacing(GRID)
        self.grid.setColumnStretch(1, 1)
        self.labels: list[QLabel] = []
        for row, line in enumerate(lines):
            bullet = QLabel("•", self)
            bullet.setAlignment(Qt.AlignmentFlag.AlignTop)
            text = QLabel(line, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1)
            self.labels += [bullet, text]

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels[1::2])


class DisconnectDialog(QDialog):
    confirmed = Signal(str)  # the typed word

    def __init__(self, *, legacy: bool, portal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disconnectDialog")
        self.setWindowTitle(translate("gui.widgets.disconnect_dialog", "Disconnect HubSpot"))
        self._method = Method.LEGACY if legacy else Method.OAUTH
        self._portal = portal
        self._running = False
        self._build_explanation()
        self._build_legacy_box(legacy)
        self._build_confirmation()
        self._build_buttons()
        self._arrange()
        self.word.textChanged.connect(self._typed)
        self.word.returnPressed.connect(self._confirm)
        self.disconnect_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self._fit()
        self.word.setFocus()

    def _build_explanation(self) -> None:
        self.icon = QLabel(self)
        self.icon.hide()
        self.heading = QLabel(CONFIRM_TITLE.text(), self)
        self.heading.setObjectName("disconnectHeading")
        self.heading.setWordWrap(True)
        make_title(self.heading, HEADING_SCALE * 1.15)
        mark_heading(self.heading)
        # Before: what disconnecting this portal does. After: what happened.
        self.message = QLabel(
            translate("gui.widgets.disconnect_dialog", "What disconnecting %1 does:").arg(
                self._portal
            ),
            self,
        )
        self.message.setObjectName("disconnectMessage")
        self.message.setWordWrap(True)
        before = effects_before(self._method, self._portal)
        self.effects = _Lines(before, self)
        self.effects.setObjectName("disconnectEffects")

    def _build_legacy_box(self, legacy: bool) -> None:
        """The guide: on the legacy path the admin also removes the webhook subscriptions."""
        self.legacy_box = QFrame(self)
        self.legacy_box.setObjectName("legacyBox")
        set_role(self.legacy_box, "notice")
        self.legacy_title = QLabel(LEGACY_STEP_BEFORE.text(), self.legacy_box)
        self.legacy_title.setFont(scaled_font(self.legacy_title, 1.0, bold=True))
        self.legacy_note = QLabel(LEGACY_DISCONNECT_NOTE.text(), self.legacy_box)
        self.legacy_note.setObjectName("legacyNote")
        self.legacy_note.setWordWrap(True)
        self.legacy_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self.legacy_box)
        layout.setContentsMargins(GRID * 2, GRID + GRID // 2, GRID * 2, GRID + GRID // 2)
        layout.setSpacing(GRID // 2)
        layout.addWidget(self.legacy_title)
        layout.addWidget(self.legacy_note)
        self.legacy_box.setVisible(legacy)

    def _build_confirmation(self) -> None:
        self.confirm_box = QWidget(self)
        self.prompt = QLabel(
            translate("gui.widgets.disconnect_dialog", "To confirm, type %1 below.").arg(
                DISCONNECT_WORD
            ),
            self.confirm_box,
        )
        self.prompt.setWordWrap(True)
        self.word = QLineEdit(self.confirm_box)
        self.word.setObjectName("confirmWord")
        self.word.setAccessibleName(self.prompt.text())
        self.prompt.setBuddy(self.word)
        self.error = QLabel(self.confirm_box)
        self.error.setObjectName("confirmError")
        self.error.setWordWrap(True)
        self.error.setProperty(ERROR_FOR_PROPERTY, "confirmWord")
        set_tone(self.error, Tone.FAILURE)
        self.error.hide()
        layout = QVBoxLayout(self.confirm_box)
        layout.setContentsMargins(0, GRID, 0, 0)
        layout.setSpacing(GRID)
        for widget in (self.prompt, self.word, self.error):
            layout.addWidget(widget)
        self.status = QLabel(self)
        self.status.setObjectName("disconnectStatus")
        set_role(self.status, "muted")
        self.status.hide()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.disconnect_button = QPushButton(
            translate("gui.widgets.disconnect_dialog", "&Disconnect"), self
        )
        self.disconnect_button.setObjectName("confirmDisconnect")
        self.disconnect_button.setEnabled(False)
        self.buttons.addButton(self.disconnect_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        # Enter in the field confirms (once DELETE is typed); it never presses Cancel by
        # being the dialog's default button.
        for button in (self.cancel_button, self.disconnect_button, self.close_button):
            button.setAutoDefault(False)

    def _arrange(self) -> None:
        header = QHBoxLayout()
        header.setSpacing(GRID + GRID // 2)
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        layout.addLayout(header)
        for widget in (self.message, self.effects, self.legacy_box, self.confirm_box):
            layout.addWidget(widget)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addSpacing(GRID)
        layout.addWidget(self.buttons)
        self._layout = layout

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        """Fit again once the style sheet and the new texts have reached every label."""
        self._fit()
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """A text column of a readable measure; the height follows the wrapped text."""
        width = self.fontMetrics().averageCharWidth() * MEASURE_CHARS + GRID * 6
        self.setMinimumWidth(width)
        layout = self._layout
        layout.invalidate()  # the texts and what is shown changed: measure afresh
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        self.resize(width, max(height, layout.totalMinimumSize().height()))

    def _typed(self, text: str) -> None:
        self.disconnect_button.setEnabled(text.strip() == DISCONNECT_WORD and not self._running)
        self._show_error("")

    def _show_error(self, message: str) -> None:
        shown = self.error.isVisibleTo(self)
        self.error.setText(message)
        self.error.setVisible(bool(message))
        tie_field_message(self.error, message)  # read with the field, and announced
        if shown != bool(message):
            self._refit()  # the line came or went: the dialog grows or shrinks with it

    def _confirm(self) -> None:
        if not self.disconnect_button.isEnabled():
            if self.word.text().strip() and not self._running:
                self._show_error(
                    translate(
                        "gui.widgets.disconnect_dialog", "Type %1 in capitals to confirm."
                    ).arg(DISCONNECT_WORD)
                )
            return
        self._running = True
        self.disconnect_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.word.setEnabled(False)
        self.status.setText(translate("gui.widgets.disconnect_dialog", "Disconnecting HubSpot…"))
        self.status.show()
        self._refit()
        self.confirmed.emit(self.word.text())

    def reject(self) -> None:
        # Escape while the disconnect runs would hide its outcome: it finishes either way.
        if not self._running:
            super().reject()

    def rejected_word(self, message: str) -> None:
        """The controller refused the word (or the disconnect failed): let the admin retry."""
        self._running = False
        self.status.hide()
        self.cancel_button.setEnabled(True)
        self.word.setEnabled(True)
        self._typed(self.word.text())
        self._show_error(message)
        self.word.setFocus()

    def show_disconnected(self) -> None:
        """The backend confirmed: say what happened; only Close remains."""
        self._running = False
        size = self.fontMetrics().height() * 2
        tick = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.icon.setPixmap(tick.pixmap(size, size))
        self.icon.show()
        self.heading.setText(DONE_TITLE.text())
        set_tone(self.heading, Tone.SUCCESS)
        lines = effects_after(self._method, self._portal)
        self.message.setText(" ".join(lines))
        self.effects.hide()
        self.legacy_title.setText(LEGACY_STEP_AFTER.text())
        self.confirm_box.hide()
        self.status.hide()
        self.cancel_button.hide()
        self.disconnect_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self._refit()
        announce(self, f"{self.heading.text()}. {self.message.text()}")
