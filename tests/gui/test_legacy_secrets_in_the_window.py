"""The legacy path in the window at DEBUG: the signed webhook URL is shown read-only with a
Copy button (and copies whole), while the log never holds it, nor the typed API key or
private app token, raw or encoded."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from fixtures.gui_rig import WizardRig
from fixtures.secrets import leaks
from hubspot_setup.flow.steps import StepId
from hubspot_setup.services.logs import LOG_FILE, close_logging, setup_logging


def test_the_webhook_url_is_shown_with_copy_and_never_logged(
    wizard_factory: Callable[..., WizardRig], tmp_path: Path
) -> None:
    handler = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    try:
        rig = wizard_factory("default")
        facts = rig.sandbox_state()
        rig.tick_prerequisites()
        rig.find(QPushButton, "apiKeyToggle").click()
        rig.find(QLineEdit, "apiKeyField").setText(facts["api_key"])
        rig.click("apiKeyButton")
        rig.wait_idle()
        assert rig.controller.state.answers.account is not None
        rig.choose_legacy()
        rig.next()
        rig.wait_step(StepId.LEGACY_APP)
        field = rig.find(QLineEdit, "webhookUrlField")
        rig.qtbot.waitUntil(lambda: field.text() != "", timeout=10_000)
        webhook = field.text()
        assert "signature=" in webhook  # signed, so a password in all but name
        assert field.isReadOnly()
        copy = rig.find(QPushButton, "copyWebhookButton")
        assert copy.isEnabled()
        copy.click()
        assert QGuiApplication.clipboard().text() == webhook

        for tick in ("app_created", "scopes_enabled", "webhook_url_added", "subscriptions_added",
                     "changes_committed"):  # fmt: skip
            rig.controller.tick_legacy_step(tick, True)
        rig.controller.go_to(StepId.LEGACY_CREDENTIALS)
        rig.wait_step(StepId.LEGACY_CREDENTIALS)
        rig.find(QLineEdit, "tokenField").setText(facts["legacy_private_app_token"])
        rig.click("checkTokenButton")
        rig.wait_idle()
        assert "every required scope is granted" in rig.find(QLabel, "tokenStatus").text()
    finally:
        close_logging(handler)

    log = (tmp_path / "logs" / LOG_FILE).read_bytes()
    assert b"HTTP Request" in log
    secrets = {
        "webhook URL": webhook,
        "API key": facts["api_key"],
        "private app token": facts["legacy_private_app_token"],
    }
    assert leaks(secrets, {"log": log}) == []
