"""The portal report in the window: right after connecting (OAuth and legacy), in the
summary, and "Check again"; walked in the real window on the sandbox."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from fixtures.gui_rig import Rig, WizardRig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.summary import SummaryPage
from hubspot_setup.gui.widgets.portal_report import PortalReportView


def _report(rig: WizardRig) -> PortalReportView:
    view = rig.page().findChild(PortalReportView, "portalReport")
    assert view is not None
    return view


def test_oauth_connect_shows_what_was_seen_and_the_gap(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("starter-portal", size=(800, 600))
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    view = _report(rig)
    assert view.isVisible()
    assert view.title.text() == "What HubSpot shows about portal 1020304"
    texts = view.texts()
    assert "Inbox: Support inbox (inbox): Email support@acme.test" in texts
    gap = next(text for text in texts if text.startswith("Optional permission automation"))
    assert "workflow actions are not added" in gap
    assert any(text.startswith("What to do: Everything else works") for text in texts)
    assert texts[-1].startswith("Service Hub subscription: not checked,")
    # Nothing is cut off at the minimum size: the page never scrolls sideways.
    assert not rig.wizard.page_scroll.horizontalScrollBar().isVisible()
    assert rig.wizard.next_button.isEnabled()

    reads = rig.controller.state.answers.portal_facts
    assert reads is not None
    rig.click("portalReportRefresh")
    rig.wait_idle()
    again = rig.controller.state.answers.portal_facts
    assert again is not None
    assert again.read_at != reads.read_at  # read again from the backend
    assert view.texts() == texts


def test_legacy_save_shows_the_report_and_scrolls_to_it(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("developer-test-portal", size=(800, 600))
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    for field in ("app_created", "scopes_enabled", "webhook_url_added", "subscriptions_added",
                  "changes_committed"):  # fmt: skip
        rig.controller.tick_legacy_step(field, True)
    rig.controller.go_to(StepId.LEGACY_CREDENTIALS)
    rig.wait_step(StepId.LEGACY_CREDENTIALS)
    view = _report(rig)
    assert not view.isVisible()  # nothing connected yet
    rig.check_sandbox_token()
    rig.find(QLineEdit, "typedUserField").setText("7001")
    rig.click("useTypedUserButton")
    rig.click("saveButton")
    rig.wait_idle()
    assert view.isVisible()
    texts = view.texts()
    assert any("developer test account" in text for text in texts)
    assert "Data hosted in: Europe (eu1)." in texts
    assert (
        "Workflow actions: not available with a legacy private app "
        "(only with “Connect with HubSpot”)." in texts
    )
    # Scrolled so the admin sees it without looking for it.
    scroll = rig.wizard.page_scroll
    rig.qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() > 0)
    top = view.mapTo(scroll.widget(), view.rect().topLeft()).y()
    assert top >= scroll.verticalScrollBar().value()


def test_the_summary_shows_the_report(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    rig.connect_oauth()
    rig.choose_first_sender()
    rig.controller.skip_test()
    rig.go_to(StepId.SUMMARY)
    page = rig.show(SummaryPage)
    view = page.findChild(PortalReportView, "portalReport")
    assert view is not None
    assert view.isVisibleTo(page)
    assert "A help desk is in use in this portal." in view.texts()
    assert view.title.text().endswith("portal 1020304")
    assert view.refresh_button.isEnabled()
