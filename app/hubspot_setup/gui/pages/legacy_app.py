"""Legacy path, part 1: create the private app in HubSpot, step by step, with copyable values."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hubspot_setup.flow.guide import (
    LEGACY_REQUIRED_SCOPES,
    LEGACY_SUNSET_NOTICE,
    LEGACY_WEBHOOK_SUBSCRIPTIONS,
)
from hubspot_setup.flow.ports import LegacyWebhook
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.tasks import TaskHandle
from hubspot_setup.gui.theme import set_role

# The checkbox of each tick, by the field of `LegacyAppProgress` it sets.
TICKS: dict[str, str] = {
    "app_created": "appCreatedCheck",
    "scopes_enabled": "scopesEnabledCheck",
    "webhook_url_added": "webhookUrlAddedCheck",
    "subscriptions_added": "subscriptionsAddedCheck",
    "changes_committed": "changesCommittedCheck",
}


class LegacyAppPage(StepPage):
    step = StepId.LEGACY_APP
    ui_name = "legacy_app"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        sunset = self.child(QLabel, "sunsetLabel")
        sunset.setText(self.tr(LEGACY_SUNSET_NOTICE))
        set_role(sunset, "error")
        for name in ("appCreatedHelp", "throttlingHelp", "tokenHint"):
            set_role(self.child(QLabel, name), "muted")
        self.ticks: dict[str, QCheckBox] = {}
        for field, name in TICKS.items():
            box = self.child(QCheckBox, name)
            box.toggled.connect(lambda done, field=field: self._tick(field, done))
            self.ticks[field] = box

        self.scopes_text = self.child(QPlainTextEdit, "scopesText")
        self._show_scopes(LEGACY_REQUIRED_SCOPES)
        self.child(QPushButton, "copyScopesButton").clicked.connect(
            lambda: self.ctx.copy_text(" ".join(self._scopes))
        )
        self.webhook_field = self.child(QLineEdit, "webhookUrlField")
        self.copy_webhook = self.child(QPushButton, "copyWebhookButton")
        self.copy_webhook.setEnabled(False)
        self.copy_webhook.clicked.connect(lambda: self.ctx.copy_text(self.webhook_field.text()))
        self._fill_subscriptions()
        self._loading: TaskHandle[LegacyWebhook] | None = None

    def _show_scopes(self, scopes: tuple[str, ...]) -> None:
        self._scopes = scopes
        self.scopes_text.setPlainText("\n".join(scopes))
        lines = len(scopes) + 1
        self.scopes_text.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def _fill_subscriptions(self) -> None:
        table = self.child(QTableWidget, "subscriptionsTable")
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr("Object type"), self.tr("Event"), self.tr("HubSpot event name")]
        )
        table.setRowCount(len(LEGACY_WEBHOOK_SUBSCRIPTIONS))
        for row, sub in enumerate(LEGACY_WEBHOOK_SUBSCRIPTIONS):
            for column, text in enumerate((sub.object_type, sub.event, sub.event_type)):
                table.setItem(row, column, QTableWidgetItem(self.tr(text)))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)

    def render(self, state: WizardState) -> None:
        progress = state.answers.legacy_app
        for field, box in self.ticks.items():
            box.blockSignals(True)
            box.setChecked(bool(getattr(progress, field)))
            box.blockSignals(False)

    def entered(self) -> None:
        if self.webhook_field.text():
            return
        self._loading = self.ctx.tasks.run(
            self.ctx.controller.legacy_webhook(),
            busy=self.tr("Getting your webhook URL from OpenCX…"),
            on_result=self._show_webhook,
        )

    def left(self) -> None:
        if self._loading is not None:
            self._loading.cancel()

    def _show_webhook(self, webhook: LegacyWebhook) -> None:
        self.webhook_field.setText(webhook.webhook_url)
        self.webhook_field.setCursorPosition(0)
        self.copy_webhook.setEnabled(True)
        if webhook.required_scopes:
            self._show_scopes(webhook.required_scopes)

    def _tick(self, field: str, done: bool) -> None:
        self.ctx.controller.tick_legacy_step(field, done)
