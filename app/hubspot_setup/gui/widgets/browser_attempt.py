"""The system-browser hand-off, shown the same way for OpenCX sign-in and HubSpot connect.

Status in plain words, the address with Copy and Open again (in case the browser did not
open, or opened on another screen), the time left, Cancel and Retry, and after a minute a
"Having trouble?" panel where the admin can paste the address the browser ended on.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.ports import AttemptPhase, BrowserAttempt
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate
from hubspot_setup.gui.accessibility import mark_heading
from hubspot_setup.gui.plain_text import shows_server_text
from hubspot_setup.gui.theme import set_role

HAVING_TROUBLE_AFTER_S = 60

_PHASE_TEXT: dict[AttemptPhase, Phrase] = {
    AttemptPhase.STARTING: QT_TRANSLATE_NOOP(
        "gui.widgets.browser_attempt", "Opening your browser…"
    ),
    AttemptPhase.WAITING: QT_TRANSLATE_NOOP(
        "gui.widgets.browser_attempt", "Finish in your browser. This window continues on its own."
    ),
    AttemptPhase.FINISHING: QT_TRANSLATE_NOOP(
        "gui.widgets.browser_attempt", "Almost done: confirming with OpenCX…"
    ),
    AttemptPhase.DONE: QT_TRANSLATE_NOOP("gui.widgets.browser_attempt", "Done."),
    AttemptPhase.FAILED: QT_TRANSLATE_NOOP("gui.widgets.browser_attempt", "That did not work."),
    AttemptPhase.CANCELLED: QT_TRANSLATE_NOOP("gui.widgets.browser_attempt", "Cancelled."),
}


class BrowserAttemptView(QWidget):
    start_requested = Signal()
    cancel_requested = Signal()
    address_pasted = Signal(str)
    copy_requested = Signal(str)
    open_requested = Signal(str)
    # Whether Start or Try again is on offer changed (see `offered_start`).
    offer_changed = Signal()

    def __init__(
        self, start_text: str, parent: QWidget | None = None, *, footer_owned: bool = False
    ) -> None:
        """`footer_owned`: the window's footer offers Start (the page's one filled button), so
        the view's own Start and Try again stay quiet; otherwise its Start is the filled one."""
        super().__init__(parent)
        self.setObjectName("browserAttempt")
        self._footer_owned = footer_owned
        self._url: str | None = None
        self._seconds_left: int | None = None
        self._waited_s = 0
        self._active = False
        self._late_help: list[QWidget] = []  # shown with "Having trouble?" (add_late_help)
        self._build_actions(start_text)
        self._build_link()
        self._build_trouble_panel()
        self._arrange()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.reset()

    def _build_actions(self, start_text: str) -> None:
        self.start_button = QPushButton(start_text, self)
        self.start_button.setObjectName("startBrowserButton")
        self.start_button.setAccessibleName(start_text.replace("&", ""))
        self.start_button.clicked.connect(self.start_requested)
        if not self._footer_owned:
            set_role(self.start_button, "primary")

        self.status = QLabel(self)
        self.status.setObjectName("attemptStatus")
        self.status.setWordWrap(True)
        shows_server_text(self.status)  # may carry a message from the sign-in result
        self.countdown = QLabel(self)
        self.countdown.setObjectName("attemptCountdown")
        set_role(self.countdown, "muted")
        self.cancel_button = QPushButton(translate("gui.widgets.browser_attempt", "&Cancel"), self)
        self.cancel_button.setObjectName("cancelAttemptButton")
        self.cancel_button.setAccessibleName(
            translate("gui.widgets.browser_attempt", "Cancel waiting for the browser")
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retry_button = QPushButton(
            translate("gui.widgets.browser_attempt", "&Try again"), self
        )
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(translate("gui.widgets.browser_attempt", "Try again"))
        self.retry_button.clicked.connect(self.start_requested)

    def _build_link(self) -> None:
        self.link = QLineEdit(self)
        self.link.setObjectName("attemptLink")
        self.link.setReadOnly(True)
        self.link.setAccessibleName(
            translate("gui.widgets.browser_attempt", "Address opened in your browser")
        )
        self.copy_button = QPushButton(translate("gui.widgets.browser_attempt", "Cop&y link"), self)
        self.copy_button.setObjectName("copyLinkButton")
        self.copy_button.setAccessibleDescription(
            translate("gui.widgets.browser_attempt", "Copies the address for a browser")
        )
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self._url or ""))
        self.open_button = QPushButton(
            translate("gui.widgets.browser_attempt", "Open a&gain"), self
        )
        self.open_button.setObjectName("openAgainButton")
        self.open_button.setAccessibleDescription(
            translate("gui.widgets.browser_attempt", "Opens the address in the browser again")
        )
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self._url or ""))
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.copy_button)
        link_row.addWidget(self.open_button)
        self.link_box = QWidget(self)
        self.link_box.setLayout(link_row)
        link_row.setContentsMargins(0, 0, 0, 0)

    def _build_trouble_panel(self) -> None:
        self.trouble = QFrame(self)
        self.trouble.setObjectName("havingTroublePanel")
        set_role(self.trouble, "notice")
        trouble_title = QLabel(
            translate("gui.widgets.browser_attempt", "Having trouble?"), self.trouble
        )
        trouble_title.setObjectName("havingTroubleTitle")
        mark_heading(trouble_title)
        font = trouble_title.font()
        font.setBold(True)
        trouble_title.setFont(font)
        trouble_text = QLabel(
            translate(
                "gui.widgets.browser_attempt",
                "If the browser did not open, use Copy link and paste it into your browser. "
                "If the browser shows an error page or nothing happens after you approved, "
                "copy the full address from the browser's address bar and paste it here.",
            ),
            self.trouble,
        )
        trouble_text.setWordWrap(True)
        self.paste_field = QLineEdit(self.trouble)
        self.paste_field.setObjectName("pastedAddressField")
        self.paste_field.setAccessibleName(
            translate("gui.widgets.browser_attempt", "Address from the browser's address bar")
        )
        self.paste_field.setPlaceholderText("http://127.0.0.1:…/callback?…")  # an address: no words
        self.paste_button = QPushButton(
            translate("gui.widgets.browser_attempt", "&Use this address"), self.trouble
        )
        self.paste_button.setObjectName("usePastedAddressButton")
        self.paste_button.setAccessibleDescription(
            translate("gui.widgets.browser_attempt", "Uses the pasted address")
        )
        self.paste_button.setAutoDefault(False)
        self.paste_button.clicked.connect(self._paste)
        self.paste_field.returnPressed.connect(self._paste)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_field, 1)
        paste_row.addWidget(self.paste_button)
        trouble_layout = QVBoxLayout(self.trouble)
        trouble_layout.setContentsMargins(14, 10, 12, 10)
        trouble_layout.addWidget(trouble_title)
        trouble_layout.addWidget(trouble_text)
        trouble_layout.addLayout(paste_row)

    def _arrange(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout = self._column = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.countdown)
        layout.addWidget(self.link_box)
        layout.addWidget(self.trouble)

    # -- what the page calls ----------------------------------------------------------

    def add_late_help(self, widget: QWidget) -> None:
        """Help of the page's own, shown above "Having trouble?" and at the same moment."""
        self._column.insertWidget(self._column.indexOf(self.trouble), widget)
        self._late_help.append(widget)
        widget.setVisible(self.trouble.isVisibleTo(self))

    def reset(self) -> None:
        """Nothing running: only the start button."""
        self._active = False
        self._timer.stop()
        self._url = None
        self.start_button.show()
        self.start_button.setEnabled(True)
        self.retry_button.hide()
        self.cancel_button.hide()
        self.status.hide()
        self.countdown.hide()
        self.link_box.hide()
        self._show_trouble(False)
        self.paste_field.clear()
        self.offer_changed.emit()

    def starting(self) -> None:
        """The page started an attempt; the port's first report follows."""
        self.show_attempt(BrowserAttempt(AttemptPhase.STARTING))

    def show_attempt(self, attempt: BrowserAttempt) -> None:
        running = attempt.phase in (
            AttemptPhase.STARTING,
            AttemptPhase.WAITING,
            AttemptPhase.FINISHING,
        )
        if running and not self._active:
            self._waited_s = 0
        self._active = running
        if attempt.url:
            self._url = attempt.url
            self.link.setText(attempt.url)
            self.link.setCursorPosition(0)
        self.status.setText(attempt.message or _PHASE_TEXT[attempt.phase].text())
        self.status.show()
        self.start_button.setVisible(not running and attempt.phase is not AttemptPhase.FAILED)
        self.start_button.setEnabled(not running)
        self.retry_button.setVisible(attempt.phase in (AttemptPhase.FAILED, AttemptPhase.CANCELLED))
        self.cancel_button.setVisible(running)
        self.link_box.setVisible(running and self._url is not None)
        if attempt.seconds_left is not None:
            self._seconds_left = attempt.seconds_left
        if attempt.phase is AttemptPhase.WAITING:
            # Not restarted by each report: the port reports once a second too, and a timer
            # restarted every second would never tick (nor "Having trouble?" ever show early).
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        waiting = attempt.phase is AttemptPhase.WAITING
        self._show_trouble(
            waiting and (attempt.having_trouble or self._waited_s >= HAVING_TROUBLE_AFTER_S)
        )
        self._show_countdown(waiting)
        self.offer_changed.emit()

    def offered_start(self) -> QPushButton | None:
        """Start, or Try again after a failure, when one is on offer (a footer mirrors it)."""
        for button in (self.start_button, self.retry_button):
            if button.isVisibleTo(self) and button.isEnabled():
                return button
        return None

    def finished(self, phase: AttemptPhase, message: str = "") -> None:
        """The page's task ended (done, failed or cancelled)."""
        self.show_attempt(BrowserAttempt(phase, message=message))

    @property
    def url(self) -> str | None:
        return self._url

    # -- internals ------------------------------------------------------------------

    def _tick(self) -> None:
        self._waited_s += 1
        if self._seconds_left is not None and self._seconds_left > 0:
            self._seconds_left -= 1
        if self._waited_s >= HAVING_TROUBLE_AFTER_S:
            self._show_trouble(True)
        self._show_countdown(True)

    def _show_trouble(self, shown: bool) -> None:
        self.trouble.setVisible(shown)
        for widget in self._late_help:
            widget.setVisible(shown)

    def _show_countdown(self, waiting: bool) -> None:
        if not waiting or self._seconds_left is None:
            self.countdown.hide()
            return
        minutes, seconds = divmod(self._seconds_left, 60)
        # Minutes and seconds as a clock shows them.
        self.countdown.setText(
            translate("gui.widgets.browser_attempt", "Time left: %1:%2").arg(
                str(minutes), f"{seconds:02d}"
            )
        )
        self.countdown.show()

    def _paste(self) -> None:
        text = self.paste_field.text().strip()
        if text:
            self.address_pasted.emit(text)
