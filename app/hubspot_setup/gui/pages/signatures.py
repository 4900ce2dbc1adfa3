"""Email signatures: rules by sender domain, written in a small rich-text editor (or pasted as
HTML under "Advanced"), a live sanitised preview, and a "which one applies" tester that shows
the matching signature rendered.

The HTML field (`htmlEdit`, under Advanced) holds what is saved. The editor writes into it
(the flow turns the editor's runs into HTML); HTML pasted there is read back into the editor
when the editor can hold it, and shown read-only when it cannot (a table, colours).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.answers import SignatureRule
from hubspot_setup.flow.domains import DomainPattern, parse_pattern, sender_domain
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.signature_html import html_from_runs, runs_from_html
from hubspot_setup.flow.signatures import check_new_pattern
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.page import PageContext, PrimaryAction, StepPage, show_field_error
from hubspot_setup.gui.theme import set_role
from hubspot_setup.gui.widgets.signature_editor import SignatureEditor
from hubspot_setup.gui.widgets.signature_preview import SignaturePreview
from hubspot_setup.gui.widgets.wrapping_check_box import WrappingCheckBox

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState


def _display(pattern: str) -> str:
    parsed = parse_pattern(pattern).value
    return parsed.display if parsed is not None else pattern


class SignaturesPage(StepPage):
    step = StepId.SIGNATURES
    ui_name = "signatures"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rules_list = self.child(QListWidget, "rulesList")
        self.add_button = self.child(QPushButton, "addButton")
        self.remove_button = self.child(QPushButton, "removeButton")
        self.editor_box = self.child(QGroupBox, "editorBox")
        self.pattern_edit = self.child(QLineEdit, "patternEdit")
        self.pattern_error = self.child(QLabel, "patternError")
        self.html_edit = self.child(QPlainTextEdit, "htmlEdit")
        self.html_notice = self.child(QLabel, "htmlNotice")
        self.save_button = self.child(QPushButton, "saveButton")
        self.tester_edit = self.child(QLineEdit, "testerEdit")
        self.tester_result = self.child(QLabel, "testerResult")
        self.tester_result.setTextFormat(Qt.TextFormat.PlainText)  # patterns come from OpenCX
        self._build_signature_boxes()
        self._syncing = False  # the editor is writing the HTML field: do not read it back
        self.field_errors = {"pattern": self.pattern_error, "html": self.html_notice}
        set_role(self.pattern_error, "error")
        # The footer's filled button saves a rule being edited (see primary_action).
        set_role(self.child(QLabel, "introLabel"), "muted")
        show_field_error(self.pattern_error, "")
        show_field_error(self.html_notice, "")
        self._set_tab_order()
        self._rules: tuple[SignatureRule, ...] = ()
        self._editing: int | None = None  # index of the rule in the editor; None: a new one
        self._saving = False
        self.confirm_box: QMessageBox | None = None  # the open "Remove …?" question
        self.rules_list.currentRowChanged.connect(self._rule_chosen)
        self.add_button.clicked.connect(self._new_rule)
        self.remove_button.clicked.connect(self._ask_to_remove)
        self.pattern_edit.textChanged.connect(self._check_pattern)
        self.html_edit.textChanged.connect(self._html_changed)
        self.editor.changed.connect(self._editor_changed)
        self.advanced_check.toggled.connect(self.advanced_box.setVisible)
        self.save_button.clicked.connect(self._save)
        self.pattern_edit.returnPressed.connect(self._save)
        self.tester_edit.textChanged.connect(self._test_address)
        self._update_buttons()

    def _build_signature_boxes(self) -> None:
        """The editor and its preview, the Advanced HTML field, the tester's preview."""
        self.preview = SignaturePreview(self)
        self.editor = SignatureEditor(self)
        self._watched_area: QWidget | None = None
        self.advanced_check = WrappingCheckBox.replacing(self.child(QCheckBox, "advancedCheck"))
        self.advanced_box = self.child(QWidget, "advancedBox")
        self.signature_row = self.child(QBoxLayout, "signatureRow")
        # A signature is a few short lines: boxes of about six lines show it whole, and capped
        # heights keep the preview and the tester within reach at 800x600.
        lines = self.fontMetrics().lineSpacing()
        for box in (self.preview, self.editor.text, self.html_edit):
            box.setMinimumHeight(lines * 5)
            box.setMaximumHeight(lines * 7)
            box.setMinimumWidth(0)
        # Most organisations have a rule or three: a short list, with room to scroll.
        rules_list = self.child(QListWidget, "rulesList")
        rules_list.setFixedHeight(lines * 4 + 2 * rules_list.frameWidth() + 4)
        self.child(QVBoxLayout, "pageLayout").addStretch(1)  # spare height below, not between
        # Side by side, the preview starts level with the text it previews (under the toolbar).
        self.preview_offset = QSpacerItem(0, 0)
        preview_column = self.child(QVBoxLayout, "previewColumn")
        preview_column.insertItem(1, self.preview_offset)
        preview_column.addStretch(1)
        self.child(QVBoxLayout, "signatureColumn").addStretch(1)
        for name in ("signatureLabel", "previewLabel"):
            self.child(QLabel, name).setSizePolicy(
                QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed
            )
        self.slot("editorHost").addWidget(self.editor)
        self.child(QLabel, "signatureLabel").setBuddy(self.editor.text)
        self.child(QVBoxLayout, "previewLayout").addWidget(self.preview)
        self.child(QLabel, "previewLabel").setBuddy(self.preview)
        self.child(QLabel, "htmlLabel").setBuddy(self.html_edit)
        self.advanced_box.hide()
        # The tester shows the signature it finds, rendered like the preview.
        self.tester_preview = SignaturePreview(self)
        self.tester_preview.setObjectName("testerPreview")
        self.tester_preview.setAccessibleName(
            translate("gui.pages.signatures", "Signature that applies")
        )
        self.tester_preview.setMinimumHeight(lines * 4)
        self.tester_preview.setMaximumHeight(lines * 6)
        self.tester_preview.hide()
        self.slot("testerPreviewHost").addWidget(self.tester_preview)

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.rules_list, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.pattern_edit)
        self.setTabOrder(self.pattern_edit, self.editor.text)
        self.setTabOrder(self.editor.text, self.preview)
        self.setTabOrder(self.preview, self.advanced_check)
        self.setTabOrder(self.advanced_check, self.html_edit)
        self.setTabOrder(self.html_edit, self.save_button)
        self.setTabOrder(self.save_button, self.tester_edit)

    # -- state -------------------------------------------------------------------------

    def render(self, state: WizardState) -> None:
        rules = state.answers.signatures
        if rules != self._rules:
            self._rules = rules
            blocked = self.rules_list.blockSignals(True)
            self.rules_list.clear()
            for rule in rules:
                item = QListWidgetItem(_display(rule.pattern))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    translate("gui.pages.signatures", "Signature for %1").arg(
                        _display(rule.pattern)
                    ),
                )
                self.rules_list.addItem(item)
            if self._editing is not None and self._editing >= len(rules):
                self._editing = None
            self.rules_list.setCurrentRow(-1 if self._editing is None else self._editing)
            self.rules_list.blockSignals(blocked)
        self._test_address()
        self._update_buttons()

    def entered(self) -> None:
        self.ctx.tasks.run(
            self.ctx.controller.load_signatures(),
            busy=translate("gui.pages.signatures", "Reading your signatures from OpenCX…"),
            on_problem=self.ctx.show_problem,
        )

    # -- the editor --------------------------------------------------------------------

    def _rule_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._rules):
            return
        rule = self._rules[row]
        self._editing = row
        self.pattern_edit.setText(_display(rule.pattern))
        self.html_edit.setPlainText(rule.html)
        self._update_buttons()

    def _new_rule(self) -> None:
        self._editing = None
        self.rules_list.setCurrentRow(-1)
        self.pattern_edit.clear()
        self.html_edit.clear()
        show_field_error(self.pattern_error, "")
        show_field_error(self.html_notice, "")
        self._update_buttons()
        self.pattern_edit.setFocus()

    def _other_patterns(self) -> tuple[list[DomainPattern], DomainPattern | None]:
        patterns: list[DomainPattern] = []
        replacing = None
        for index, rule in enumerate(self._rules):
            parsed = parse_pattern(rule.pattern).value
            if parsed is None:
                continue
            patterns.append(parsed)
            if index == self._editing:
                replacing = parsed
        return patterns, replacing

    def _pattern_result(self) -> FieldResult[DomainPattern]:
        patterns, replacing = self._other_patterns()
        return check_new_pattern(self.pattern_edit.text(), patterns, replacing=replacing)

    def _check_pattern(self) -> bool:
        if not self.pattern_edit.text().strip():
            show_field_error(self.pattern_error, "")
            self._update_buttons()
            return False
        result = self._pattern_result()
        show_field_error(self.pattern_error, result.error or "")
        self._update_buttons()
        return result.ok

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window narrowing shows here first: side by side, this page may be wider than
        # its scroll area (and so get no resize of its own).
        viewport = self._shown_area()
        if viewport is not None and viewport is not self._watched_area:
            viewport.installEventFilter(self)
            self._watched_area = viewport
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_area and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def _arrange(self) -> None:
        """The preview beside the editor where the window has room for both, under it where
        not (a longer language's toolbar and labels need more)."""
        area = self._shown_area()
        room = area.width() if area is not None else self.width()
        average = self.fontMetrics().averageCharWidth()
        preview = max(self.child(QLabel, "previewLabel").sizeHint().width(), average * 24)
        pair = self.editor.minimumSizeHint().width() + self.signature_row.spacing() + preview
        wide = room >= max(pair + self._frame_width(), average * 80)
        self.signature_row.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        toolbar = self.editor.toolbar_height() if wide else 0
        self.preview_offset.changeSize(
            0, toolbar, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
        )
        self.signature_row.invalidate()

    def _frame_width(self) -> int:
        """What the group box and the page's layouts take around the editor's row."""
        box = self.child(QGroupBox, "editorBox")
        width = box.width() - box.contentsRect().width()
        for layout in (box.layout(), self.child(QVBoxLayout, "pageLayout")):
            if layout is not None:
                margins = layout.contentsMargins()
                width += margins.left() + margins.right()
        return width

    def _shown_area(self) -> QWidget | None:
        """The viewport of the scroll area the window shows this page in, if any."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent.viewport() if parent is not None else None

    def _editor_changed(self) -> None:
        """The admin wrote in the editor: its HTML (written by the flow) goes to the field."""
        self._syncing = True
        try:
            self.html_edit.setPlainText(html_from_runs(self.editor.runs()))
        finally:
            self._syncing = False

    def _html_changed(self) -> None:
        self._preview_html()
        if not self._syncing:
            self._load_editor()

    def _load_editor(self) -> None:
        """Show the HTML field's signature in the editor, or read-only there (with Advanced
        open) when it holds what the editor cannot keep."""
        raw = self.html_edit.toPlainText()
        sanitized = self.ctx.controller.preview_signature(raw).value if raw.strip() else None
        html = sanitized.html if sanitized is not None else ""
        runs = runs_from_html(html)
        if runs is None:
            self.editor.show_only(html)
            self.advanced_check.setChecked(True)
        else:
            self.editor.set_runs(runs)

    def _preview_html(self) -> bool:
        raw = self.html_edit.toPlainText()
        if not raw.strip():
            self.preview.clear()
            show_field_error(self.html_notice, "")
            self._update_buttons()
            return False
        result = self.ctx.controller.preview_signature(raw)
        if result.value is None:
            self.preview.clear()
            show_field_error(self.html_notice, result.error or "")
        else:
            self.preview.setHtml(result.value.html)
            notices = [result.notice] if result.notice else []
            if self.preview.remote_images:
                notices.append(
                    translate(
                        "gui.pages.signatures",
                        "Images from the internet (such as a logo on https) are kept in the "
                        "signature and show in real emails, but this preview does not load them.",
                    )
                )
            show_field_error(self.html_notice, " ".join(notices))
        self._update_buttons()
        return result.ok

    def _update_buttons(self) -> None:
        editing = self._editing is not None
        self.editor_box.setTitle(
            translate("gui.pages.signatures", "Edit the rule for %1").arg(
                _display(self._rules[self._editing].pattern)
            )
            if self._editing is not None and self._editing < len(self._rules)
            else translate("gui.pages.signatures", "New rule")
        )
        self.remove_button.setEnabled(editing and not self._saving)
        ready = (
            not self._saving
            and bool(self.pattern_edit.text().strip())
            and bool(self.html_edit.toPlainText().strip())
            and not self.pattern_error.text()
            and self.preview.toPlainText() != ""
        )
        self.save_button.setEnabled(ready)
        self.primary_changed.emit()

    def primary_action(self) -> PrimaryAction | None:
        """While a new or changed rule is ready to save, the footer saves it; otherwise it
        continues."""
        if not self.save_button.isEnabled():
            return None
        if self._editing is not None and self._editing < len(self._rules):
            rule = self._rules[self._editing]
            unchanged = (
                self.pattern_edit.text().strip() == _display(rule.pattern)
                and self.html_edit.toPlainText() == rule.html
            )
            if unchanged:
                return None
        return PrimaryAction(self.save_button.text(), self._save)

    def _save(self) -> None:
        if not (self._check_pattern() and self._preview_html()):
            return
        self.ctx.clear_problem()
        self._saving = True
        self._update_buttons()
        index = self._editing
        self.ctx.tasks.run(
            self.ctx.controller.save_signature(
                index, self.pattern_edit.text(), self.html_edit.toPlainText()
            ),
            busy=translate("gui.pages.signatures", "Saving the signature…"),
            on_result=lambda result: self._saved(index, result),
            on_problem=self._failed,
            on_cancel=self._done_saving,
        )

    def _saved(self, index: int | None, result: FieldResult[SignatureRule]) -> None:
        self._done_saving()
        if result.value is None:
            show_field_error(self.pattern_error, result.error or "")
            return
        position = index if index is not None else len(self._rules) - 1
        self._editing = position
        self.rules_list.setCurrentRow(position)
        saved = translate("gui.pages.signatures", "Saved.")
        self.ctx.show_feedback(translate("gui.pages.signatures", "Saved"))
        show_field_error(self.html_notice, f"{saved} {result.notice or ''}".strip())

    def _failed(self, problem: Problem) -> None:
        self._done_saving()
        if not self.field_problem(problem):
            self.ctx.show_problem(problem)

    def _done_saving(self) -> None:
        self._saving = False
        self._update_buttons()

    def _ask_to_remove(self) -> None:
        """Removing cannot be undone here, so the admin confirms it first (Cancel is the
        default: Enter does not delete)."""
        index = self._editing
        if index is None or index >= len(self._rules):
            return
        pattern = _display(self._rules[index].pattern)
        box = QMessageBox(self)
        box.setObjectName("confirmRemoveDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("gui.pages.signatures", "Remove signature"))
        box.setText(translate("gui.pages.signatures", "Remove the signature for %1?").arg(pattern))
        box.setInformativeText(
            translate(
                "gui.pages.signatures",
                "The AI's emails from %1 will no longer get this signature. To use it again "
                "later, you would add the rule and write the signature again.",
            ).arg(pattern)
        )
        remove = box.addButton(
            translate("gui.pages.signatures", "&Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        remove.setObjectName("confirmRemoveButton")
        remove.setAccessibleName(
            translate("gui.pages.signatures", "Remove the signature for %1").arg(pattern)
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("gui.pages.signatures", "Keep the signature"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._remove(index) if button is remove else None)
        box.finished.connect(self._question_closed)
        self.confirm_box = box
        box.open()  # window-modal, without a nested event loop: async work keeps running

    def _question_closed(self) -> None:
        self.confirm_box = None  # deleted on close

    def _remove(self, index: int) -> None:
        if index != self._editing:  # the rules changed while the question was open
            return
        self.ctx.clear_problem()
        self._saving = True
        self._update_buttons()
        self.ctx.tasks.run(
            self.ctx.controller.delete_signature(index),
            busy=translate("gui.pages.signatures", "Removing the signature…"),
            on_result=lambda _none: self._removed(),
            on_problem=self._failed,
            on_cancel=self._done_saving,
        )

    def _removed(self) -> None:
        self._done_saving()
        self._new_rule()

    # -- the tester --------------------------------------------------------------------

    def _test_address(self) -> None:
        address = self.tester_edit.text().strip()
        self.tester_preview.hide()
        if not address:
            self.tester_result.setText("")
            return
        domain = sender_domain(address)
        if domain is None:
            self.tester_result.setText(
                translate("gui.pages.signatures", "Type a whole email address, like anna@shop.nl.")
            )
            return
        found = self.ctx.controller.signature_for(address)
        if found is None:
            self.tester_result.setText(
                translate(
                    "gui.pages.signatures", "No rule matches %1, so its emails get no signature."
                ).arg(domain)
            )
            return
        rule, choice = found
        self.tester_result.setText(
            translate("gui.pages.signatures", "The signature for %1. %2").arg(
                _display(rule.pattern), choice.reason
            )
        )
        shown = self.ctx.controller.preview_signature(rule.html).value
        if shown is not None:
            self.tester_preview.setHtml(shown.html)
            self.tester_preview.show()
