"""Legacy path, part 1: find the legacy app the portal already has and check it, item by item,
with copyable values; or, without one, switch to the recommended connection."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
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
    LEGACY_APP_CHECKS,
    LEGACY_APP_LOCATION,
    LEGACY_REQUIRED_SCOPES,
    LEGACY_WEBHOOK_SUBSCRIPTIONS,
)
from hubspot_setup.flow.ports import LegacyWebhook
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.tasks import TaskHandle
from hubspot_setup.gui.theme import set_role
from hubspot_setup.gui.widgets.wrapping_check_box import WrappingCheckBox

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
        self.no_app_box = self.child(QFrame, "noAppBox")
        set_role(self.no_app_box, "notice")
        self.child(QLabel, "noAppLabel").setText(
            translate(
                "gui.pages.legacy_app",
                "No legacy app in your portal? HubSpot no longer lets anyone create one: "
                "connect with HubSpot instead, the recommended way (about two minutes).",
            )
        )
        self.use_oauth_button = self.child(QPushButton, "useOAuthButton")
        self.use_oauth_button.setAccessibleName(
            translate("gui.pages.legacy_app", "Connect with HubSpot instead")
        )
        self.use_oauth_button.clicked.connect(self.use_recommended_connection)

        self.child(QLabel, "appCreatedHelp").setText(
            translate(
                "gui.pages.legacy_app", "In HubSpot, go to %1 and open the app OpenCX uses."
            ).arg(" → ".join(part.text() for part in LEGACY_APP_LOCATION))
        )
        for name in ("appCreatedHelp", "scopesHelp", "webhookHelp", "subscriptionsHelp"):
            set_role(self.child(QLabel, name), "muted")
        self.ticks: dict[str, QCheckBox] = {}
        for number, check in enumerate(LEGACY_APP_CHECKS, start=1):
            # The sentences run long in many languages: they wrap.
            box = WrappingCheckBox.replacing(self.child(QCheckBox, TICKS[check.field]))
            label = check.label.text()
            box.setText(f"&{number}. {label}")
            box.setAccessibleName(label)
            box.toggled.connect(lambda done, field=check.field: self._tick(field, done))
            self.ticks[check.field] = box

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
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(
            [
                translate("gui.pages.legacy_app", "Object type"),
                translate("gui.pages.legacy_app", "Event"),
            ]
        )
        table.setRowCount(len(LEGACY_WEBHOOK_SUBSCRIPTIONS))
        for row, sub in enumerate(LEGACY_WEBHOOK_SUBSCRIPTIONS):
            for column, text in enumerate((sub.object_type, sub.event)):
                item = QTableWidgetItem(text.text())
                # HubSpot's technical name, for whoever compares with HubSpot's API or logs.
                item.setToolTip(sub.event_type)
                table.setItem(row, column, item)
        vertical = table.verticalHeader()
        vertical.hide()
        # One line per row, all rows alike (measured rows came out uneven).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().lineSpacing() + 12)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)

    def render(self, state: WizardState) -> None:
        progress = state.answers.legacy_app
        for field, box in self.ticks.items():
            box.blockSignals(True)
            box.setChecked(bool(getattr(progress, field)))
            box.blockSignals(False)
        # Once a legacy app is connected, moving to OAuth is manage mode's job (in place).
        self.no_app_box.setVisible(state.answers.connection is None)

    def entered(self) -> None:
        if self.webhook_field.text():
            return
        self._loading = self.ctx.tasks.run(
            self.ctx.controller.legacy_webhook(),
            busy=translate("gui.pages.legacy_app", "Getting your webhook URL from OpenCX…"),
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

    # -- no legacy app: the recommended connection -------------------------------------

    def use_recommended_connection(self) -> None:
        self.ctx.tasks.run(
            self._switch_to_oauth(),
            busy=translate("gui.pages.legacy_app", "Switching to Connect with HubSpot…"),
        )

    async def _switch_to_oauth(self) -> None:
        controller = self.ctx.controller
        if controller.state.current is not self.step:  # a late click after leaving
            return
        # The flow's own method change: it puts the run back on the method page (this step
        # is not on the OAuth path); from there, straight on to connecting.
        await controller.choose_method(Method.OAUTH)
        controller.go_to(StepId.OAUTH_CONNECT)
