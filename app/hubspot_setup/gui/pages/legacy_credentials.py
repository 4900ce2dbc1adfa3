"""Legacy path, part 2: the private app token (checked as typed, then with HubSpot), the
default user (picked from the portal's teammates, or typed), and Save."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hubspot_setup.flow.answers import Teammate
from hubspot_setup.flow.ports import IntegrationFacts, TokenFacts
from hubspot_setup.flow.problems import Problem, ProblemKind, legacy_app_missing_scopes
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.flow.tokens import check_private_app_token
from hubspot_setup.flow.user_ids import teammate_with_user_id
from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.accessibility import tie_field_message
from hubspot_setup.gui.answer_text import person_text
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.pages.portal_report_section import PortalReportSection
from hubspot_setup.gui.tasks import TaskHandle
from hubspot_setup.gui.theme import make_title, set_role
from hubspot_setup.gui.widgets.portal_report import PortalReportView
from hubspot_setup.gui.widgets.teammate_picker import TeammatePicker


def _say(label: QLabel, text: str, role: str) -> None:
    label.setText(text)
    set_role(label, role)
    label.setVisible(bool(text))
    tie_field_message(label, text)  # the token and user ID fields' messages


class LegacyCredentialsPage(StepPage):
    step = StepId.LEGACY_CREDENTIALS
    ui_name = "legacy_credentials"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        for name in ("tokenHeading", "userHeading"):
            make_title(self.child(QLabel, name), 1.1)
        for name in ("tokenHelp", "userHelp"):
            set_role(self.child(QLabel, name), "muted")
        self.token_field = self.child(QLineEdit, "tokenField")
        self.check_button = self.child(QPushButton, "checkTokenButton")
        self.token_message = self.child(QLabel, "tokenMessage")
        self.token_status = self.child(QLabel, "tokenStatus")
        self.token_field.textChanged.connect(self._token_typed)
        self.token_field.returnPressed.connect(self.check_token)
        self.check_button.clicked.connect(self.check_token)

        self.picker = TeammatePicker(self)
        self.slot("pickerSlot").addWidget(self.picker)
        self.picker.picked.connect(self._picked)
        # A long list would push Save below the fold: show about eight rows, then scroll.
        self.picker.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        # ...and keep the picker that tall: spare height goes below the page, not into a gap
        # between the list and the user ID field.
        picker_layouts: tuple[QLayout | None, ...] = (self.picker.layout(), self.slot("pickerSlot"))
        for layout in picker_layouts:
            if layout is not None:
                layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        self.child(QVBoxLayout, "pageLayout").addStretch(1)
        self.typed_user = self.child(QLineEdit, "typedUserField")
        self.use_typed_button = self.child(QPushButton, "useTypedUserButton")
        self.use_typed_button.clicked.connect(self.use_typed_user)
        self.typed_user.returnPressed.connect(self.use_typed_user)
        # Checked as typed against the portal's teammates: an unknown ID is refused at once.
        self.typed_user.textChanged.connect(self._user_typed)
        self.user_message = self.child(QLabel, "userMessage")
        self.user_message.setTextFormat(Qt.TextFormat.PlainText)
        self.user_status = self.child(QLabel, "userStatus")
        self.user_status.setTextFormat(Qt.TextFormat.RichText)  # names escaped: person_text
        self.save_button = self.child(QPushButton, "saveButton")
        self.save_button.clicked.connect(self.save)
        set_role(self.save_button, "primary")
        self.saved_label = self.child(QLabel, "savedLabel")
        # What could be verified about the portal, shown once the credentials are saved.
        self.portal_report = PortalReportView(self)
        page_layout = self.child(QVBoxLayout, "pageLayout")
        page_layout.insertWidget(page_layout.count() - 1, self.portal_report)  # above the stretch
        self.report_section = PortalReportSection(ctx, self.portal_report)
        for label in (self.token_message, self.token_status, self.user_message, self.saved_label):
            label.hide()
        self.field_errors = {
            "private_app_token": self.token_message,
            "default_user_id": self.user_message,
        }
        self._teammates: TaskHandle[Sequence[Teammate]] | None = None
        self._teammates_loaded = False
        self._token_typed("")

    # -- rendering --------------------------------------------------------------------

    def render(self, state: WizardState) -> None:
        legacy = state.answers.legacy
        if legacy.token_ref and legacy.token_verified:
            if legacy.missing_scopes:
                missing = legacy_app_missing_scopes(legacy.missing_scopes, in_window=True)
                _say(self.token_status, f"{missing.message} {missing.fix}", "error")
            else:
                _say(
                    self.token_status,
                    translate(
                        "gui.pages.legacy_credentials",
                        "✓ Token checked with HubSpot: every required scope is granted.",
                    ),
                    "muted",
                )
        else:
            _say(self.token_status, "", "muted")
        token_ok = bool(legacy.token_ref and legacy.token_verified and not legacy.missing_scopes)
        self.picker.setEnabled(token_ok)
        self.typed_user.setEnabled(token_ok)
        if token_ok and not self._teammates_loaded:
            self._load_teammates()
        user_known = self._render_default_user(state)
        connection = state.answers.connection
        saved = legacy.saved and connection is not None and connection.method is Method.LEGACY
        if saved and connection is not None:
            _say(
                self.saved_label,
                translate(
                    "gui.pages.legacy_credentials",
                    "✓ Saved. OpenCX is connected to HubSpot portal %1.",
                ).arg(connection.portal.id),
                "muted",
            )
        else:
            _say(self.saved_label, "", "muted")
        if saved:
            self.report_section.render(state)
        else:
            self.portal_report.hide()
        self.save_button.setEnabled(token_ok and user_known and not saved)

    def _render_default_user(self, state: WizardState) -> bool:
        """Who the default user is, by name; False when nobody is chosen, or when the chosen
        ID is nobody in the portal's loaded teammates."""
        legacy = state.answers.legacy
        user_id = legacy.default_user_id
        if not user_id:
            _say(self.user_status, "", "muted")
            self.picker.select(None)
            return False
        loaded = self.picker.model.teammates if self.picker.model.total else None
        who = legacy.default_user or (teammate_with_user_id(user_id, loaded) if loaded else None)
        if who is not None:
            text = translate("gui.pages.legacy_credentials", "Default user: %1, user ID %2").arg(
                person_text(who), user_id
            )
            _say(self.user_status, text, "muted")
            self.picker.select(who.owner_id)
            return True
        self.picker.select(None)
        if loaded is None:  # not read yet: OpenCX checks the ID when saving
            _say(
                self.user_status,
                translate("gui.pages.legacy_credentials", "Default user: user ID %1").arg(user_id),
                "muted",
            )
            return True
        _say(self.user_status, "", "muted")
        _say(
            self.user_message,
            translate(
                "gui.pages.legacy_credentials",
                "Nobody in this HubSpot portal has the user ID %1. "
                "Pick the teammate from the list.",
            ).arg(user_id),
            "error",
        )
        return False

    def entered(self) -> None:
        self.render(self.ctx.controller.state)

    def left(self) -> None:
        self.report_section.cancel()
        if self._teammates is not None and not self._teammates.done:
            self._teammates.cancel()
            self._teammates_loaded = False

    def field_problem(self, problem: Problem) -> bool:
        if problem.kind is ProblemKind.MISSING_SCOPES:
            # The Problem's words as given: its message already names the scopes.
            _say(self.token_message, f"{problem.message} {problem.fix}", "error")
            return True
        handled = super().field_problem(problem)
        if handled:
            label = self.field_errors[problem.field or ""]
            set_role(label, "error")
        return handled

    # -- the token --------------------------------------------------------------------

    def _token_typed(self, text: str) -> None:
        if not text.strip():
            _say(self.token_message, "", "muted")
            self.check_button.setEnabled(False)
            return
        result = check_private_app_token(text)
        self.check_button.setEnabled(result.ok)
        if not result.ok:
            _say(self.token_message, result.error or "", "error")
        else:
            hint = translate(
                "gui.pages.legacy_credentials",
                "This looks like a private app token. Click Check token.",
            )
            _say(self.token_message, " ".join(filter(None, (result.notice, hint))), "muted")

    def check_token(self) -> None:
        raw = self.token_field.text()
        if not check_private_app_token(raw).ok:
            return
        self.ctx.clear_problem()
        self._teammates_loaded = False
        self.ctx.tasks.run(
            self.ctx.controller.check_private_app_token(raw),
            busy=translate("gui.pages.legacy_credentials", "Checking the token with HubSpot…"),
            on_result=self._token_checked,
        )

    def _token_checked(self, result: FieldResult[TokenFacts]) -> None:
        if result.value is None:
            _say(self.token_message, result.error or "", "error")
            return
        # The token now lives in the keychain only; do not keep it in the window.
        self.token_field.clear()
        _say(self.token_message, result.notice or "", "muted")

    # -- the default user -------------------------------------------------------------

    def _load_teammates(self) -> None:
        self._teammates_loaded = True
        self.picker.set_loading(True)
        self._teammates = self.ctx.tasks.run(
            self.ctx.controller.legacy_teammates(),
            busy=translate("gui.pages.legacy_credentials", "Loading your HubSpot teammates…"),
            on_result=self._teammates_arrived,
            on_problem=self._teammates_failed,
        )

    def _teammates_arrived(self, teammates: Sequence[Teammate]) -> None:
        self.picker.set_teammates(teammates)
        self.render(self.ctx.controller.state)
        if self.typed_user.text().strip():
            self._user_typed(self.typed_user.text())
        if self.ctx.controller.state.answers.legacy.default_user is None:
            # An ID without a name (typed earlier, or saved elsewhere): name it.
            self.ctx.tasks.run(self.ctx.controller.resolve_default_user(), on_problem=_ignore)

    def _teammates_failed(self, problem: Problem) -> None:
        self._teammates_loaded = False
        self.picker.set_loading(False)
        self.ctx.show_problem(problem)

    def _picked(self, teammate: Teammate) -> None:
        result = self.ctx.controller.choose_default_user(teammate)
        _say(self.user_message, result.error or "", "error")
        if not result.ok:
            self.render(self.ctx.controller.state)  # the tick goes back to the chosen one

    def _user_typed(self, text: str) -> None:
        if not text.strip():
            _say(self.user_message, "", "muted")
            self.use_typed_button.setEnabled(False)
            return
        result = self.ctx.controller.check_default_user_text(text)
        self.use_typed_button.setEnabled(result.ok)
        if result.ok:
            _say(self.user_message, result.notice or "", "muted")
        else:
            _say(self.user_message, result.error or "", "error")

    def use_typed_user(self) -> None:
        result = self.ctx.controller.set_default_user_text(self.typed_user.text())
        if result.ok:
            _say(self.user_message, result.notice or "", "muted")
        else:
            _say(self.user_message, result.error or "", "error")

    # -- save -------------------------------------------------------------------------

    def save(self) -> None:
        self.ctx.clear_problem()
        self.ctx.tasks.run(
            self.ctx.controller.save_legacy_credentials(),
            busy=translate("gui.pages.legacy_credentials", "Saving the credentials in OpenCX…"),
            on_result=self._saved,
            cancellable=False,
        )

    def _saved(self, facts: IntegrationFacts) -> None:
        self.render(self.ctx.controller.state)
        self.report_section.reveal()


def _ignore(_problem: Problem) -> None:
    """Naming the default user is a nicety: without it the page shows the user ID."""
