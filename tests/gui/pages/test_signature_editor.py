"""The signature editor against the real sandbox: bold, italic, link, line break and image
written without HTML, a live sanitised preview, HTML under "Advanced", and the tester showing
the matching signature rendered."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fixtures.gui_rig import Rig
from hubspot_setup.flow.signature_html import Run
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.signatures import SignaturesPage
from hubspot_setup.gui.widgets.signature_address_dialog import AddressDialog
from hubspot_setup.gui.widgets.signature_editor import SignatureEditor

CTRL = Qt.KeyboardModifier.ControlModifier
LOGO = "https://cdn.acme.test/logo.png"
WRITTEN = (
    "<p>Kind regards,<br><b>Anna</b><br><i>Support</i><br>"
    '<a href="https://acme.test" rel="noopener noreferrer">Acme</a><br>'
    f'<img src="{LOGO}" alt="Acme logo"></p>'
)


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


def answer(rig: Rig, editor: SignatureEditor, address: str, second: str = "") -> AddressDialog:
    dialog = editor.dialog
    assert dialog is not None
    rig.qtbot.waitUntil(dialog.isVisible)
    dialog.address.setText(address)
    dialog.second.setText(second)
    return dialog


def test_the_editor_writes_sanitised_html_for_each_mark(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_page(rig)
    assert not page.advanced_box.isVisibleTo(page)  # HTML is the advanced way, not the first
    editor = page.editor
    text = editor.text
    page.pattern_edit.setText("*.nl")
    text.setFocus()
    rig.qtbot.keyClicks(text, "Kind regards,")
    editor.break_button.click()
    rig.qtbot.keyClick(text, Qt.Key.Key_B, CTRL)
    assert editor.bold_button.isChecked()
    rig.qtbot.keyClicks(text, "Anna")
    rig.qtbot.keyClick(text, Qt.Key.Key_B, CTRL)
    rig.qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    editor.italic_button.click()
    rig.qtbot.keyClicks(text, "Support")
    editor.italic_button.click()
    editor.break_button.click()
    # The preview follows as the admin writes.
    assert "Support" in page.preview.toPlainText()

    editor.link_button.click()
    dialog = answer(rig, editor, "javascript:alert(1)", "Acme")
    assert not dialog.ok_button.isEnabled()
    assert "opens a web page" in dialog.message.text()
    dialog.address.setText("https://acme.test")
    dialog.ok_button.click()
    rig.qtbot.waitUntil(lambda: editor.dialog is None)
    editor.break_button.click()

    editor.image_button.click()
    dialog = answer(rig, editor, "http://cdn.acme.test/logo.png", "Acme logo")
    assert not dialog.ok_button.isEnabled()
    assert "plain http" in dialog.message.text()
    dialog.address.setText(LOGO)
    dialog.ok_button.click()
    rig.qtbot.waitUntil(lambda: editor.dialog is None)

    assert page.html_edit.toPlainText() == WRITTEN.replace(' rel="noopener noreferrer"', "")
    preview = page.preview.toHtml()
    assert "font-weight:700" in preview
    assert "font-style:italic" in preview
    assert 'href="https://acme.test"' in preview
    text.grab()
    page.preview.grab()
    # Neither the editor nor the preview fetched the logo: both only refused it.
    assert LOGO in text.refused
    assert set(page.preview.refused) == {LOGO}

    page.save_button.click()
    rig.wait_idle()
    assert rig.problems == []
    assert backend_html(rig, "*.nl") == WRITTEN


def test_html_under_advanced_reads_back_into_the_editor(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_page(rig)
    page.advanced_check.click()
    assert page.advanced_box.isVisibleTo(page)
    page.html_edit.setPlainText(
        '<p>Hi <b>there</b></p><script>steal()</script><p onclick="x">2</p>'
    )
    assert page.editor.editable
    assert page.editor.runs() == [
        Run(text="Hi "),
        Run(text="there", bold=True),
        Run(line_break=True),
        Run(text="2"),
    ]
    assert "scripts" in page.html_notice.text()

    # A table cannot be written in the editor: shown read-only there, with a word why.
    page.advanced_check.click()
    page.html_edit.setPlainText('<table><tr><td style="color:#c00">Acme</td></tr></table>')
    assert not page.editor.editable
    assert page.advanced_check.isChecked()
    note = page.editor.findChild(QLabel, "signatureLockedNote")
    assert note is not None
    assert note.isVisibleTo(page)
    assert not page.editor.bold_button.isEnabled()
    assert "Acme" in page.editor.text.toPlainText()

    # Back to something simple: the editor takes over again, and writes the field.
    page.html_edit.setPlainText("<p>Regards</p>")
    assert page.editor.editable
    page.editor.text.setFocus()
    page.editor.text.moveCursor(page.editor.text.textCursor().MoveOperation.End)
    rig.qtbot.keyClicks(page.editor.text, ", Acme")
    assert page.html_edit.toPlainText() == "<p>Regards, Acme</p>"


def test_the_tester_shows_the_matching_signature_rendered(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_page(rig)
    page.pattern_edit.setText("*.nl")
    page.editor.text.setFocus()
    rig.qtbot.keyClicks(page.editor.text, "Met vriendelijke groet")
    page.save_button.click()
    rig.wait_idle()
    assert not page.tester_preview.isVisibleTo(page)
    page.tester_edit.setText("jan@shop.nl")
    assert page.tester_preview.isVisibleTo(page)
    assert page.tester_preview.toPlainText() == "Met vriendelijke groet"
    assert page.tester_result.textFormat() == Qt.TextFormat.PlainText  # OpenCX's text
    page.tester_edit.setText("someone@example.com")
    assert "No rule matches" in page.tester_result.text()
    assert not page.tester_preview.isVisibleTo(page)
