"""Email signatures: rules by sender domain, a sanitised preview, a "which one applies" tester."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.answers import SignatureRule
from hubspot_setup.flow.domains import DomainPattern, parse_pattern, sender_domain
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.signatures import check_new_pattern
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.gui.page import PageContext, StepPage, show_field_error
from hubspot_setup.gui.theme import set_role
from hubspot_setup.gui.widgets.signature_preview import SignaturePreview

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
        self.preview = SignaturePreview(self)
        # Stacked in a narrow window: each box needs only a few lines of height.
        lines = self.fontMetrics().lineSpacing()
        self.preview.setMinimumHeight(lines * 6)
        self.html_edit.setMinimumHeight(lines * 6)
        # Pasted HTML is one long run of tags: a few lines show enough of it, and a capped
        # height keeps the preview and Save rule within reach instead of below the fold.
        self.html_edit.setMaximumHeight(lines * 8)
        self.preview.setMaximumHeight(lines * 9)
        self.preview.setMinimumWidth(0)
        self.html_edit.setMinimumWidth(0)
        self.child(QVBoxLayout, "previewLayout").addWidget(self.preview)
        self.child(QLabel, "previewLabel").setBuddy(self.preview)
        self.field_errors = {"pattern": self.pattern_error, "html": self.html_notice}
        set_role(self.pattern_error, "error")
        set_role(self.save_button, "primary")
        set_role(self.child(QLabel, "introLabel"), "muted")
        show_field_error(self.pattern_error, "")
        show_field_error(self.html_notice, "")
        self.setTabOrder(self.rules_list, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.pattern_edit)
        self.setTabOrder(self.pattern_edit, self.html_edit)
        self.setTabOrder(self.html_edit, self.preview)
        self.setTabOrder(self.preview, self.save_button)
        self.setTabOrder(self.save_button, self.tester_edit)
        self._rules: tuple[SignatureRule, ...] = ()
        self._editing: int | None = None  # index of the rule in the editor; None: a new one
        self._saving = False
        self.confirm_box: QMessageBox | None = None  # the open "Remove …?" question
        self.rules_list.currentRowChanged.connect(self._rule_chosen)
        self.add_button.clicked.connect(self._new_rule)
        self.remove_button.clicked.connect(self._ask_to_remove)
        self.pattern_edit.textChanged.connect(self._check_pattern)
        self.html_edit.textChanged.connect(self._preview_html)
        self.save_button.clicked.connect(self._save)
        self.pattern_edit.returnPressed.connect(self._save)
        self.tester_edit.textChanged.connect(self._test_address)
        self._update_buttons()

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
                    self.tr("Signature for %1").replace("%1", _display(rule.pattern)),
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
            busy=self.tr("Reading your signatures from OpenCX…"),
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
        show_field_error(self.pattern_error, self.tr(result.error) if result.error else "")
        self._update_buttons()
        return result.ok

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
                    self.tr(
                        "Images from the internet (such as a logo on https) are kept in the "
                        "signature and show in real emails, but this preview does not load them."
                    )
                )
            show_field_error(self.html_notice, " ".join(notices))
        self._update_buttons()
        return result.ok

    def _update_buttons(self) -> None:
        editing = self._editing is not None
        self.editor_box.setTitle(
            self.tr("Edit the rule for %1").replace(
                "%1", _display(self._rules[self._editing].pattern)
            )
            if self._editing is not None and self._editing < len(self._rules)
            else self.tr("New rule")
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
            busy=self.tr("Saving the signature…"),
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
        saved = self.tr("Saved.")
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
        box.setWindowTitle(self.tr("Remove signature"))
        box.setText(self.tr("Remove the signature for %1?").replace("%1", pattern))
        box.setInformativeText(
            self.tr(
                "The AI's emails from %1 will no longer get this signature. To use it again "
                "later, you would add the rule and paste its HTML again."
            ).replace("%1", pattern)
        )
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveButton")
        remove.setAccessibleName(self.tr("Remove the signature for %1").replace("%1", pattern))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Keep the signature"))
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
            busy=self.tr("Removing the signature…"),
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
        if not address:
            self.tester_result.setText("")
            return
        domain = sender_domain(address)
        if domain is None:
            self.tester_result.setText(self.tr("Type a whole email address, like anna@shop.nl."))
            return
        found = self.ctx.controller.signature_for(address)
        if found is None:
            self.tester_result.setText(
                self.tr("No rule matches %1, so its emails get no signature.").replace("%1", domain)
            )
            return
        rule, choice = found
        self.tester_result.setText(
            self.tr("The signature for %1. %2")
            .replace("%1", _display(rule.pattern))
            .replace("%2", choice.reason)
        )
