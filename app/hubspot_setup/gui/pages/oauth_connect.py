"""Connect with HubSpot through the OAuth Public App, in the system browser."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hubspot_setup.flow.answers import CheckStatus, Prerequisite
from hubspot_setup.flow.guide import OAUTH_PERMISSION_AREAS
from hubspot_setup.flow.ports import IntegrationFacts
from hubspot_setup.flow.reconnect import switch_in_place_note
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.page import PageContext, PrimaryAction, StepPage
from hubspot_setup.gui.pages.browser_leg import BrowserLeg
from hubspot_setup.gui.pages.portal_report_section import PortalReportSection
from hubspot_setup.gui.plain_text import shows_server_text
from hubspot_setup.gui.theme import GRID, make_title, set_role
from hubspot_setup.gui.widgets.browser_attempt import BrowserAttemptView
from hubspot_setup.gui.widgets.consent_help import ConsentHelpPanel
from hubspot_setup.gui.widgets.portal_report import PortalReportView


class OAuthConnectPage(StepPage):
    step = StepId.OAUTH_CONNECT
    ui_name = "oauth_connect"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.child(QLabel, "introLabel").setText(
            translate(
                "gui.pages.oauth_connect",
                "Your browser opens HubSpot's consent screen. Choose the HubSpot portal OpenCX "
                "should use, review the permissions and click Connect app. HubSpot then "
                "sends you back, and this window continues on its own.",
            )
        )
        permissions = self.child(QLabel, "permissionsLabel")
        permissions.setText(
            translate("gui.pages.oauth_connect", "OpenCX asks for access to: %1.").arg(
                ", ".join(area.text() for area in OAUTH_PERMISSION_AREAS)
            )
        )
        set_role(permissions, "muted")
        self.attempt = BrowserAttemptView(
            translate("gui.pages.oauth_connect", "Connect with &HubSpot"), self, footer_owned=True
        )
        self.attempt.offer_changed.connect(self.primary_changed)
        self.slot("attemptSlot").addWidget(self.attempt)
        self.browser = BrowserLeg(ctx, self.attempt)
        self.attempt.start_requested.connect(self.connect_hubspot)
        # HubSpot shows some refusals on its own page and never sends the admin back: after
        # about a minute of waiting, say which ones and how to fix each.
        self.consent_help = ConsentHelpPanel(self.attempt)
        self.attempt.add_late_help(self.consent_help)

        self.not_connected_box = self.child(QWidget, "notConnectedBox")
        # A legacy app connected earlier in this run: approving switches it in place.
        self.legacy_note = self.child(QLabel, "legacyNoteLabel")
        set_role(self.legacy_note, "notice")
        self.legacy_note.setMargin(GRID)
        shows_server_text(self.legacy_note)  # the portal's domain, as HubSpot names it
        self.connected_box = self.child(QFrame, "connectedBox")
        set_role(self.connected_box, "card")
        make_title(self.child(QLabel, "connectedLabel"), 1.2)
        self.portal_label = self.child(QLabel, "portalLabel")
        shows_server_text(self.portal_label)  # the portal's domain, as HubSpot names it
        self.prerequisite_warning = self.child(QLabel, "prerequisiteWarning")
        set_role(self.prerequisite_warning, "error")
        errors_help = self.child(QLabel, "errorsHelp")
        errors_help.setText(
            translate(
                "gui.pages.oauth_connect",
                "To install OpenCX, your HubSpot user needs to be a super admin of the portal "
                "or have the App Marketplace Access permission. If the browser shows an error "
                "after you approved, click Try again.",
            )
        )
        set_role(errors_help, "muted")
        # What could be verified about the portal, right under "Connected with HubSpot".
        self.portal_report = PortalReportView(self)
        page_layout = self.child(QVBoxLayout, "pageLayout")
        page_layout.insertWidget(page_layout.indexOf(self.connected_box) + 1, self.portal_report)
        self.report_section = PortalReportSection(ctx, self.portal_report)

    def render(self, state: WizardState) -> None:
        connection = state.answers.connection
        connected = connection is not None and connection.method is Method.OAUTH
        self.not_connected_box.setVisible(not connected)
        self.connected_box.setVisible(connected)
        self.child(QLabel, "errorsHelp").setVisible(not connected)
        switching = connection is not None and connection.method is Method.LEGACY
        self.legacy_note.setVisible(switching)
        if connection is not None and switching:
            self.legacy_note.setText(switch_in_place_note(connection))
        if connection is not None and connected:
            portal = connection.portal
            lines = [translate("gui.pages.oauth_connect", "HubSpot portal %1").arg(portal.id)]
            if portal.domain:
                lines.append(translate("gui.pages.oauth_connect", "Domain: %1").arg(portal.domain))
            self.portal_label.setText("\n".join(lines))
        if connected:
            self.report_section.render(state)
        else:
            self.portal_report.hide()
        service_hub = state.answers.prerequisites[Prerequisite.SERVICE_HUB]
        if service_hub.status is CheckStatus.FAILED:
            self.prerequisite_warning.setText(
                translate(
                    "gui.pages.oauth_connect",
                    "This portal does not have Service Hub Starter or above, which OpenCX "
                    "needs for HubSpot conversations and tickets. %1 Upgrade the portal in "
                    "HubSpot (Account & Billing), or connect another portal.",
                ).arg(service_hub.detail or "")
            )
            self.prerequisite_warning.show()
        else:
            self.prerequisite_warning.hide()

    def primary_action(self) -> PrimaryAction | None:
        """Until connected, the footer's filled button starts it (or tries again)."""
        offered = self.attempt.offered_start()
        if offered is None or not self.not_connected_box.isVisibleTo(self):
            return None
        return PrimaryAction(offered.text(), offered.click)

    def left(self) -> None:
        self.browser.cancel()
        self.report_section.cancel()

    def connect_hubspot(self) -> None:
        self.browser.start(self.ctx.controller.connect_hubspot, self._connected)

    def _connected(self, facts: IntegrationFacts) -> None:
        self.attempt.reset()
