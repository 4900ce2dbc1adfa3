"""OpenCX sign-in: the system browser (with its fallbacks) or an API key; who is signed in."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QWidget

from hubspot_setup.flow.answers import AuthKind, Role
from hubspot_setup.flow.navigation import Redo
from hubspot_setup.flow.problems import Problem, ProblemKind
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate
from hubspot_setup.gui.page import PageContext, PrimaryAction, StepPage, show_field_error
from hubspot_setup.gui.pages.browser_leg import BrowserLeg
from hubspot_setup.gui.plain_text import shows_server_text
from hubspot_setup.gui.theme import make_title, set_role
from hubspot_setup.gui.widgets.browser_attempt import BrowserAttemptView

# Who is signed in, by role and by whether an API key signed them in: whole sentences, so
# the role is worded with the rest (only owners and admins get this far).
_ADMIN_LINES: dict[tuple[Role, bool], Phrase] = {
    (Role.OWNER, False): QT_TRANSLATE_NOOP("gui.pages.signin", "%1 · owner of %2"),
    (Role.ADMIN, False): QT_TRANSLATE_NOOP("gui.pages.signin", "%1 · admin of %2"),
    (Role.OWNER, True): QT_TRANSLATE_NOOP("gui.pages.signin", "%1 · owner of %2 · with an API key"),
    (Role.ADMIN, True): QT_TRANSLATE_NOOP("gui.pages.signin", "%1 · admin of %2 · with an API key"),
}


class SignInPage(StepPage):
    step = StepId.SIGNIN
    ui_name = "signin"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.attempt = BrowserAttemptView(
            translate("gui.pages.signin", "&Sign in with your browser"), self, footer_owned=True
        )
        self.attempt.offer_changed.connect(self.primary_changed)
        self.slot("attemptSlot").addWidget(self.attempt)
        self.browser = BrowserLeg(ctx, self.attempt)
        self.attempt.start_requested.connect(self.sign_in_with_browser)

        self.signed_out_box = self.child(QWidget, "signedOutBox")
        self.signed_in_box = self.child(QFrame, "signedInBox")
        set_role(self.signed_in_box, "card")
        self.signed_in_label = self.child(QLabel, "signedInLabel")
        make_title(self.signed_in_label, 1.1)
        self.role_label = self.child(QLabel, "roleLabel")
        self.notice = self.child(QLabel, "noticeLabel")
        # Names of the admin and the organisation, as OpenCX sends them.
        shows_server_text(self.signed_in_label, self.role_label, self.notice)
        set_role(self.notice, "muted")
        self.notice.hide()

        self.api_key_toggle = self.child(QPushButton, "apiKeyToggle")
        self.api_key_box = self.child(QFrame, "apiKeyBox")
        set_role(self.api_key_box, "card")
        self.api_key_box.hide()
        self.api_key_toggle.toggled.connect(self._toggle_api_key)
        set_role(self.api_key_toggle, "link")
        self._toggle_text = self.api_key_toggle.text()
        self.api_key_toggle.setText("▸ " + self._toggle_text)
        api_key_help = self.child(QLabel, "apiKeyHelp")
        set_role(api_key_help, "muted")
        if not ctx.services.secrets_kept:  # no keychain: never promise one
            api_key_help.setText(
                translate(
                    "gui.pages.signin",
                    "Create an API key in the OpenCX dashboard (Settings → Access) and paste "
                    "it here. It is kept only while the assistant is open, never in a file.",
                )
            )
        self.api_key_field = self.child(QLineEdit, "apiKeyField")
        self.api_key_button = self.child(QPushButton, "apiKeyButton")
        self.api_key_button.clicked.connect(self.sign_in_with_api_key)
        self.api_key_field.returnPressed.connect(self.sign_in_with_api_key)
        self.api_key_error = self.child(QLabel, "apiKeyError")
        set_role(self.api_key_error, "error")
        self.api_key_error.hide()
        self.field_errors["api_key"] = self.api_key_error
        self.sign_out_button = self.child(QPushButton, "signOutButton")
        self.sign_out_button.clicked.connect(self.sign_out)

    # -- rendering --------------------------------------------------------------------

    def render(self, state: WizardState) -> None:
        account = state.answers.account
        self.signed_out_box.setVisible(account is None)
        self.signed_in_box.setVisible(account is not None)
        if account is None:
            return
        who = account.user_name or account.user_email
        self.signed_in_label.setText(translate("gui.pages.signin", "Signed in as %1").arg(who))
        if account.is_admin:
            line = _ADMIN_LINES[(account.role, account.auth_kind is AuthKind.API_KEY)]
            self.role_label.setText(line.text().arg(account.user_email, account.organization_name))
            set_role(self.role_label, "muted")
        else:
            self.role_label.setText(
                translate(
                    "gui.pages.signin",
                    "%1 is a member of %2. Only owners and admins can connect HubSpot: ask an "
                    "owner of %2 to make you an admin, or to run this setup. Then sign out "
                    "and sign in again.",
                ).arg(account.user_email, account.organization_name)
            )
            set_role(self.role_label, "error")

    def primary_action(self) -> PrimaryAction | None:
        """Until signed in, the footer's filled button starts it (or tries again)."""
        offered = self.attempt.offered_start()
        if offered is None or not self.signed_out_box.isVisibleTo(self):
            return None
        if self.api_key_box.isVisibleTo(self):  # the admin chose the key: Enter signs in with it
            return None
        return PrimaryAction(offered.text(), offered.click)

    def left(self) -> None:
        self.browser.cancel()

    # -- intents ----------------------------------------------------------------------

    def sign_in_with_browser(self) -> None:
        self.notice.hide()
        self.browser.start(self.ctx.controller.sign_in_with_browser, self._signed_in)

    def sign_in_with_api_key(self) -> None:
        show_field_error(self.api_key_error, "")
        key = self.api_key_field.text()
        self.ctx.clear_problem()
        self.ctx.tasks.run(
            self.ctx.controller.sign_in_with_api_key(key),
            busy=translate("gui.pages.signin", "Checking the API key with OpenCX…"),
            on_result=self._signed_in_with_key,
            on_problem=self._key_refused,
        )

    def _key_refused(self, problem: Problem) -> None:
        # For a key just pasted, "signed out" means OpenCX does not know this key.
        if problem.kind is ProblemKind.SIGNED_OUT:
            show_field_error(
                self.api_key_error,
                translate(
                    "gui.pages.signin",
                    "OpenCX did not accept this API key. Check that you copied the whole key "
                    "and that it was not deleted in the dashboard, or sign in with the browser.",
                ),
            )
            return
        self.ctx.show_problem(problem)

    def sign_out(self) -> None:
        self.attempt.reset()
        self.ctx.tasks.run(
            self.ctx.controller.sign_out(), busy=translate("gui.pages.signin", "Signing out…")
        )

    def _signed_in_with_key(self, redo: Redo | None) -> None:
        self.api_key_field.clear()  # the key now lives in the keychain only
        self._signed_in(redo)

    def _signed_in(self, redo: Redo | None) -> None:
        self.attempt.reset()
        if redo is not None:
            self.notice.setText(redo.notice)
            self.notice.show()

    def _toggle_api_key(self, shown: bool) -> None:
        self.api_key_box.setVisible(shown)
        self.primary_changed.emit()
        self.api_key_toggle.setText(("▾ " if shown else "▸ ") + self._toggle_text)
        if shown:
            self.api_key_field.setFocus()
