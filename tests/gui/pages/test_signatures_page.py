"""The signatures page against the real sandbox: field validation, sanitised preview,
saving, the tester, removing."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from PySide6.QtWidgets import QMessageBox, QPushButton

from fixtures.gui_rig import Rig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.signatures import SignaturesPage

PASTED = (
    '<p onclick="steal()">Met vriendelijke groet,<br><b>Acme</b></p>'
    "<script>alert(1)</script>"
    '<img src="https://cdn.acme.test/logo.png" alt="Acme logo">'
)


def backend_patterns(rig: Rig) -> list[str]:
    state = httpx.get(rig.sandbox.state_url, trust_env=False, timeout=5).json()
    return sorted(rule["pattern"] for rule in state["signatures"])


def backend_html(rig: Rig, pattern: str) -> str:
    state = httpx.get(rig.sandbox.state_url, trust_env=False, timeout=5).json()
    return str(next(rule["html"] for rule in state["signatures"] if rule["pattern"] == pattern))


def open_page(rig: Rig) -> SignaturesPage:
    rig.connect_oauth()
    rig.choose_first_sender()
    rig.go_to(StepId.SIGNATURES)
    page = rig.show(SignaturesPage)
    assert isinstance(page, SignaturesPage)
    rig.wait_idle()
    return page


def test_pattern_errors_show_at_the_field(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_page(rig)
    page.html_edit.setPlainText("<p>Regards</p>")
    for typed, words in (
        ("https://open.cx", "Leave out http"),
        ("anna@open.cx", "only the part after the @"),
        ("nl", "only an ending"),
        ("*", "every address"),
    ):
        page.pattern_edit.setText(typed)
        assert page.pattern_error.isVisibleTo(page), typed
        assert words in page.pattern_error.text(), typed
        assert not page.save_button.isEnabled(), typed
    page.pattern_edit.setText("*.nl")
    assert not page.pattern_error.isVisibleTo(page)
    assert page.save_button.isEnabled()


def test_preview_shows_only_the_sanitised_html(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_page(rig)
    page.html_edit.setPlainText(PASTED)
    shown = page.preview.toHtml()
    assert "Met vriendelijke groet" in page.preview.toPlainText()
    assert "alert" not in shown
    assert "steal" not in shown
    assert "scripts" in page.html_notice.text()
    assert "event handlers" in page.html_notice.text()
    page.preview.grab()  # paint: the logo is asked for and refused, never fetched
    assert set(page.preview.refused) == {"https://cdn.acme.test/logo.png"}
    # The https logo stays in the saved HTML; the preview says in words why it is not shown.
    assert page.preview.remote_images == ["https://cdn.acme.test/logo.png"]
    assert "[image from cdn.acme.test: not loaded in this preview]" in page.preview.toPlainText()
    assert "this preview does not load them" in page.html_notice.text()
    page.html_edit.setPlainText("<p>Kind regards</p>")
    assert page.preview.remote_images == []
    assert "does not load" not in page.html_notice.text()


def test_save_test_and_remove_rules(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_page(rig)
    assert backend_patterns(rig) == []

    page.pattern_edit.setText("*.nl")
    page.html_edit.setPlainText(PASTED)
    page.save_button.click()
    rig.wait_idle()
    assert rig.problems == []
    assert backend_patterns(rig) == ["*.nl"]
    assert page.rules_list.count() == 1
    assert "Saved." in page.html_notice.text()
    assert page.editor_box.title() == "Edit the rule for *.nl"

    page.add_button.click()
    assert page.editor_box.title() == "New rule"
    page.pattern_edit.setText("*.NL")
    assert "already a signature for *.nl" in page.pattern_error.text()
    page.pattern_edit.setText("open.cx")
    page.html_edit.setPlainText("<p>Kind regards, OpenCX</p>")
    page.save_button.click()
    rig.wait_idle()
    assert backend_patterns(rig) == ["*.nl", "open.cx"]

    page.tester_edit.setText("anna@open.cx")
    assert "open.cx" in page.tester_result.text()
    assert "exact" in page.tester_result.text()
    page.tester_edit.setText("jan@shop.nl")
    assert "*.nl" in page.tester_result.text()
    page.tester_edit.setText("someone@example.com")
    assert "No rule matches example.com" in page.tester_result.text()
    page.tester_edit.setText("not an address")
    assert "whole email address" in page.tester_result.text()

    page.rules_list.setCurrentRow(1)  # edit open.cx: a PUT of the same rule
    assert page.pattern_edit.text() == "open.cx"
    page.html_edit.setPlainText("<p>Best wishes, OpenCX</p>")
    page.save_button.click()
    rig.wait_idle()
    assert backend_patterns(rig) == ["*.nl", "open.cx"]
    assert "Best wishes" in backend_html(rig, "open.cx")

    page.rules_list.setCurrentRow(0)
    assert page.pattern_edit.text() == "*.nl"
    # Removing asks first; Cancel (the default button) keeps the rule.
    page.remove_button.click()
    question = page.confirm_box
    assert question is not None
    assert question.isVisible()
    assert "*.nl" in question.text()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    question.button(QMessageBox.StandardButton.Cancel).click()
    rig.wait_idle()
    assert backend_patterns(rig) == ["*.nl", "open.cx"]
    page.remove_button.click()
    question = page.confirm_box
    assert question is not None
    confirm = question.findChild(QPushButton, "confirmRemoveButton")
    assert confirm is not None
    confirm.click()
    rig.wait_idle()
    assert backend_patterns(rig) == ["open.cx"]
    assert page.rules_list.count() == 1
    assert page.editor_box.title() == "New rule"
