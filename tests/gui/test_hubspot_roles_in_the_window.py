"""On the HubSpot connect step each refusal names its one cause in HubSpot's terms (issue 15),
walked in the real window on the sandbox: a missing Service Hub is not blamed on admin rights,
and installing needs a super admin or App Marketplace Access (not "an admin")."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.steps import StepId

_BARE_ADMIN = re.compile(r"(?<!super )\badmins?\b", re.IGNORECASE)


def banner_words(rig: WizardRig) -> tuple[str, str]:
    banner = rig.wizard.banner
    assert banner.isVisible()
    return banner.title.text(), f"{banner.message.text()} {banner.fix.text()}"


def test_a_user_who_may_not_install_apps(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("hubspot-not-admin")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.controller.state.current is StepId.OAUTH_CONNECT
    title, text = banner_words(rig)
    assert title == "Your HubSpot user may not install apps in that portal"
    assert "super admin" in text
    assert "App Marketplace Access" in text
    assert "Service Hub" not in text
    assert _BARE_ADMIN.search(f"{title} {text}") is None
    # The page's own help says the same before anything fails.
    help_text = rig.find(QLabel, "errorsHelp").text()
    assert "super admin" in help_text
    assert "App Marketplace Access" in help_text
    assert _BARE_ADMIN.search(help_text) is None


def test_a_portal_without_service_hub(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("no-service-hub")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.controller.state.answers.connection is None
    title, text = banner_words(rig)
    assert title == "That HubSpot portal needs Service Hub"
    assert "Service Hub Starter or above" in text
    assert "admin" not in f"{title} {text}".lower()
    assert "permission" not in f"{title} {text}".lower()


def test_the_prerequisite_uses_hubspots_roles(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("default")
    box = rig.find(QCheckBox, "prerequisite_hubspot_admin")
    assert box.text() == "You may connect apps to the HubSpot portal"
    why = [
        label.text()
        for label in rig.page().findChildren(QLabel)
        if "App Marketplace" in label.text()
    ]
    assert len(why) == 1
    assert "super admin" in why[0]
