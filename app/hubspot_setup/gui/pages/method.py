"""The connection method, offered as two outcomes: connect with HubSpot (recommended) or use
an existing legacy app; the technical difference waits behind "What's the difference?"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.guide import METHOD_CHOICES, METHOD_COMPARISON, MethodChoice
from hubspot_setup.flow.navigation import Redo
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.theme import scaled_font, set_role

# Each card's objectName prefix and the Alt+letter of its title (unique on the page).
_CARDS: dict[Method, tuple[str, str]] = {
    Method.OAUTH: ("oauth", "o"),
    Method.LEGACY: ("legacy", "p"),
}

# The chosen card gets the highlight colour's border (its own sheet: the shell's theme has
# no "selected card" role yet).
_CARD_SHEET = 'QFrame#{name}[selected="true"] {{ border: 2px solid palette(highlight); }}'


def with_mnemonic(text: str, letter: str) -> str:
    """`text` with Qt's & before the first `letter` (any case), for an Alt+letter shortcut."""
    index = text.lower().find(letter)
    return text if index < 0 else f"{text[:index]}&{text[index:]}"


class MethodPage(StepPage):
    step = StepId.METHOD
    ui_name = "method"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cards: dict[Method, QFrame] = {}
        self.radios: dict[Method, QRadioButton] = {}
        # The radios sit in separate cards, so they need a group to exclude each other.
        self._group = QButtonGroup(self)
        for choice in METHOD_CHOICES:
            self._build_card(choice)
        self.oauth_radio = self.radios[Method.OAUTH]
        self.legacy_radio = self.radios[Method.LEGACY]

        self.confirm_box = self.child(QFrame, "confirmBox")
        set_role(self.confirm_box, "notice")
        self.confirm_label = self.child(QLabel, "confirmLabel")
        self.child(QPushButton, "confirmSwitchButton").clicked.connect(self._confirm_switch)
        self.child(QPushButton, "keepMethodButton").clicked.connect(self._keep)
        self.confirm_box.hide()
        self._pending: Method | None = None

        self.sunset_box = self.child(QFrame, "sunsetBox")
        set_role(self.sunset_box, "notice")
        self.warning = self.child(QLabel, "warningLabel")

        self.difference_button = self.child(QPushButton, "differenceButton")
        set_role(self.difference_button, "link")
        self.difference_button.toggled.connect(self._show_difference)
        self.difference_box = self.child(QWidget, "differenceBox")
        set_role(self.child(QLabel, "workflowNote"), "muted")
        self._fill_table()
        self._show_difference(False)

    def _build_card(self, choice: MethodChoice) -> None:
        prefix, letter = _CARDS[choice.method]
        card = self.child(QFrame, f"{prefix}Card")
        set_role(card, "card")
        card.setStyleSheet(_CARD_SHEET.format(name=card.objectName()))
        card.setCursor(Qt.CursorShape.PointingHandCursor)
        card.installEventFilter(self)
        radio = self.child(QRadioButton, f"{prefix}Radio")
        title = choice.title.text()
        radio.setText(with_mnemonic(title, letter))
        radio.setFont(scaled_font(radio, 1.1, bold=True))
        tagline = self.child(QLabel, f"{prefix}Tagline")
        tagline.setText(choice.tagline.text())
        summary = self.child(QLabel, f"{prefix}Summary")
        summary.setText(choice.summary.text())
        set_role(summary, "muted")
        # The labels line up with the radio's text, not its circle.
        indent = radio.iconSize().width() + 2 * radio.fontMetrics().averageCharWidth()
        for label in (tagline, summary):
            label.setIndent(indent)
        radio.setAccessibleName(title)
        radio.setAccessibleDescription(f"{tagline.text()}. {summary.text()}")
        radio.toggled.connect(self._radio_toggled)
        self._group.addButton(radio)
        self.cards[choice.method] = card
        self.radios[choice.method] = radio

    def _fill_table(self) -> None:
        table = self.child(QTableWidget, "comparisonTable")
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [
                "",
                translate("gui.pages.method", "Connect with HubSpot"),
                translate("gui.pages.method", "Existing legacy app"),
            ]
        )
        # The guide's names for the two methods, for whoever compares with OpenCX's docs
        # (OpenCX's own English names: not translated).
        for column, guide_name in ((1, "OAuth Public App"), (2, "Private App (legacy)")):
            header_item = table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(guide_name)
        table.setRowCount(len(METHOD_COMPARISON))
        for row, feature in enumerate(METHOD_COMPARISON):
            for column, text in enumerate((feature.aspect, feature.oauth, feature.legacy)):
                item = QTableWidgetItem(text.text())
                if column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._table = table

    def _fit_table(self) -> None:
        # Wrapped cells need their rows re-measured, and the table sized to show them all.
        self._table.resizeRowsToContents()
        for row in range(self._table.rowCount()):  # room around wrapped cells
            self._table.setRowHeight(row, self._table.rowHeight(row) + 8)
        height = self._table.horizontalHeader().height() + 2 * self._table.frameWidth()
        height += sum(self._table.rowHeight(row) for row in range(self._table.rowCount()))
        self._table.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.difference_box.isVisible():
            self._fit_table()

    def _show_difference(self, shown: bool) -> None:
        arrow = "▾" if shown else "▸"
        self.difference_button.setText(
            f"{arrow} " + translate("gui.pages.method", "What's the di&fference?")
        )
        self.difference_box.setVisible(shown)
        if shown:
            self._fit_table()
            QTimer.singleShot(0, self._reveal_difference)

    def _reveal_difference(self) -> None:
        """Scroll the page so the table just opened is in view (it opens below the fold)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None and self.difference_box.isVisible():
            parent.ensureWidgetVisible(self.difference_box, 0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click anywhere on a card chooses it, as a click on its radio button would.
        if event.type() is QEvent.Type.MouseButtonRelease:
            for method, card in self.cards.items():
                if watched is card and not self.radios[method].isChecked():
                    self.radios[method].click()
                    return True
        return super().eventFilter(watched, event)

    def render(self, state: WizardState) -> None:
        method = state.answers.method
        radio = self.radios[method]
        if not radio.isChecked() and self._pending is None:
            radio.blockSignals(True)
            radio.setChecked(True)
            radio.blockSignals(False)
        self._mark_chosen()
        warnings = nav.warnings(state)
        self.warning.setText("\n\n".join(warnings))
        self.sunset_box.setVisible(bool(warnings))

    def _mark_chosen(self) -> None:
        for method, card in self.cards.items():
            chosen = "true" if self.radios[method].isChecked() else "false"
            if card.property("selected") != chosen:
                card.setProperty("selected", chosen)
                card.style().unpolish(card)
                card.style().polish(card)

    # -- intents ----------------------------------------------------------------------

    def _radio_toggled(self, on: bool) -> None:
        self._mark_chosen()
        if on:
            self.choose(Method.OAUTH if self.oauth_radio.isChecked() else Method.LEGACY)

    def choose(self, method: Method) -> None:
        controller = self.ctx.controller
        if method is controller.state.answers.method:
            return
        impact = controller.method_change_impact(method)
        if impact is not None and impact.needs_disconnect:
            self._ask(method, impact)
            return
        self.ctx.tasks.run(
            self._save_choice(method), busy=translate("gui.pages.method", "Saving your choice…")
        )

    async def _save_choice(self, method: Method) -> None:
        # The task starts on the loop's next turn; a Next that landed first (two mnemonics
        # pressed quickly) has left this step, and a method chosen from another step's page
        # would leave the current step outside the path. Coming back shows the saved choice.
        if self.ctx.controller.state.current is not self.step:
            return
        await self.ctx.controller.choose_method(method)

    def _ask(self, method: Method, impact: Redo) -> None:
        self._pending = method
        self.confirm_label.setText(impact.notice)
        self.confirm_box.show()

    def _confirm_switch(self) -> None:
        method = self._pending
        if method is None:
            return
        self.ctx.tasks.run(
            self.ctx.controller.choose_method(method, disconnect_first=True),
            busy=translate("gui.pages.method", "Disconnecting HubSpot, then switching…"),
            on_result=lambda _redo: self._settled(),
            on_problem=self._failed,
        )

    def _keep(self) -> None:
        self._settled()
        self.render(self.ctx.controller.state)

    def _failed(self, problem: Problem) -> None:
        self._keep()
        self.ctx.show_problem(problem)

    def _settled(self) -> None:
        self._pending = None
        self.confirm_box.hide()
