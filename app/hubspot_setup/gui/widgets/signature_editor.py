"""A small rich-text editor for an email signature: bold, italic, link, line break, image.

The editor knows no HTML: it hands its content over as the flow's `Run`s (text with its
marks, line breaks, images by address), and `flow.signature_html` writes and sanitises the
HTML from them. Loading works the same way back (`set_runs`). Nothing is fetched: an image
shows as a drawn placeholder with its site's name, never loaded from the internet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.signature_html import Run, check_image_address, check_link_address
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.theme import set_role
from hubspot_setup.gui.widgets.signature_address_dialog import AddressDialog

LINE_SEPARATOR = "\u2028"  # what Shift+Enter inserts: a line break inside a paragraph
OBJECT_CHARACTER = "\ufffc"  # an image's place in the text
ALT_PROPERTY = QTextFormat.Property.UserProperty + 1  # an image's description
_BOLD = QFont.Weight.Bold.value
_BOLD_FROM = QFont.Weight.DemiBold.value


def document_runs(document: QTextDocument) -> list[Run]:
    """The document as runs: paragraphs and line separators become line breaks."""
    runs: list[Run] = []
    block = document.begin()
    while block.isValid():
        if block != document.begin():
            runs.append(Run(line_break=True))
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            runs.extend(_fragment_runs(fragment.text(), fragment.charFormat()))
            fragments += 1
        block = block.next()
    return runs


def _fragment_runs(text: str, char_format: QTextCharFormat) -> list[Run]:
    href = char_format.anchorHref() if char_format.isAnchor() else ""
    if char_format.isImageFormat():
        image = char_format.toImageFormat()
        alt = image.property(ALT_PROPERTY)
        description = alt if isinstance(alt, str) else image.toolTip()
        return [
            Run(image=image.name(), alt=description, href=href or None)
            for _ in range(text.count(OBJECT_CHARACTER))
        ]
    bold = char_format.fontWeight() >= _BOLD_FROM
    italic = char_format.fontItalic()
    runs: list[Run] = []
    for number, piece in enumerate(text.replace(OBJECT_CHARACTER, "").split(LINE_SEPARATOR)):
        if number:
            runs.append(Run(line_break=True))
        if piece:
            runs.append(Run(text=piece, bold=bold, italic=italic, href=href or None))
    return runs


def image_placeholder(address: str, palette: QPalette, font: QFont) -> QImage:
    """What the editor shows for an image: a framed box naming its site (nothing fetched)."""
    host = QUrl(address).host() or address
    text = translate("gui.widgets.signature_editor", "Image from %1").arg(host)
    metrics = QFontMetrics(font)
    size = QSize(min(metrics.horizontalAdvance(text) + 16, 320), metrics.height() + 10)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 4, 4)
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(
        QRectF(0, 0, size.width(), size.height()),
        Qt.AlignmentFlag.AlignCenter,
        metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, size.width() - 12),
    )
    painter.end()
    return image


class SignatureTextEdit(QTextEdit):
    """The text area. Resources are never loaded: images get a drawn placeholder. Ctrl+B,
    Ctrl+I and Ctrl+K work here only (not in the page's other fields)."""

    shortcut = Signal(str)  # "bold", "italic" or "link"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []  # addresses asked for and not fetched (for tests)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = {Qt.Key.Key_B: "bold", Qt.Key.Key_I: "italic", Qt.Key.Key_K: "link"}
        name = keys.get(Qt.Key(event.key()))
        if name and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.shortcut.emit(name)
            event.accept()
            return
        super().keyPressEvent(event)

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        self.refused.append(url.toString())
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return image_placeholder(url.toString(), self.palette(), self.font())
        return None


class SignatureEditor(QWidget):
    """Toolbar and text area. `changed` fires on every edit by the admin (not on `set_runs`)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureEditor")
        self.text = SignatureTextEdit(self)
        self.text.setObjectName("signatureText")
        self.text.setAccessibleName(translate("gui.widgets.signature_editor", "Signature"))
        self.text.setTabChangesFocus(True)
        self.text.setAcceptRichText(True)
        self.text.setPlaceholderText(
            translate("gui.widgets.signature_editor", "Kind regards,\nThe Acme team")
        )
        self.bold_button = self._tool(
            "boldButton",
            translate("gui.widgets.signature_editor", "B"),
            translate("gui.widgets.signature_editor", "Bold"),
            "Ctrl+B",
        )
        self.bold_button.setCheckable(True)
        bold_font = self.bold_button.font()
        bold_font.setBold(True)
        self.bold_button.setFont(bold_font)
        self.italic_button = self._tool(
            "italicButton",
            translate("gui.widgets.signature_editor", "I"),
            translate("gui.widgets.signature_editor", "Italic"),
            "Ctrl+I",
        )
        self.italic_button.setCheckable(True)
        italic_font = self.italic_button.font()
        italic_font.setItalic(True)
        self.italic_button.setFont(italic_font)
        self.link_button = self._tool(
            "linkButton",
            translate("gui.widgets.signature_editor", "Lin&k…"),
            translate("gui.widgets.signature_editor", "Link"),
            "Ctrl+K",
        )
        self.break_button = self._tool(
            "lineBreakButton",
            translate("gui.widgets.signature_editor", "Line break"),
            translate("gui.widgets.signature_editor", "Line break"),
            "Shift+Return",
        )
        self.image_button = self._tool(
            "imageButton",
            translate("gui.widgets.signature_editor", "I&mage…"),
            translate("gui.widgets.signature_editor", "Image"),
            "",
        )
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(4)
        for button in (
            self.bold_button,
            self.italic_button,
            self.link_button,
            self.break_button,
            self.image_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(tools)
        # Said when a pasted signature holds what the editor cannot change.
        self.locked_note = QLabel(
            translate(
                "gui.widgets.signature_editor",
                "This signature has layout the editor cannot change (such as a table or "
                "colours). Change it in its HTML, below.",
            ),
            self,
        )
        self.locked_note.setObjectName("signatureLockedNote")
        self.locked_note.setWordWrap(True)
        set_role(self.locked_note, "muted")
        self.locked_note.hide()
        layout.addWidget(self.locked_note)
        layout.addWidget(self.text, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.dialog: AddressDialog | None = None  # the open link or image question
        self._loading = False
        self.text.textChanged.connect(self._edited)
        self.text.currentCharFormatChanged.connect(self._show_marks)
        self.bold_button.toggled.connect(self._set_bold)
        self.italic_button.toggled.connect(self._set_italic)
        self.link_button.clicked.connect(self._ask_link)
        self.break_button.clicked.connect(self.insert_line_break)
        self.image_button.clicked.connect(self._ask_image)
        self.text.shortcut.connect(self._shortcut)
        self.setFocusProxy(self.text)

    def _shortcut(self, name: str) -> None:
        if not self.editable:
            return
        if name == "link":
            self._ask_link()
            return
        button = self.bold_button if name == "bold" else self.italic_button
        button.toggle()

    def _tool(self, name: str, text: str, spoken: str, keys: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(spoken)
        button.setToolTip(f"{spoken} ({keys})" if keys else spoken)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # -- content -----------------------------------------------------------------------

    def runs(self) -> list[Run]:
        return document_runs(self.text.document())

    def set_runs(self, runs: Sequence[Run]) -> None:
        """Show `runs` (a saved signature) without emitting `changed`."""
        self._loading = True
        try:
            self.text.clear()
            self.text.setReadOnly(False)
            cursor = QTextCursor(self.text.document())
            link = self.palette().color(QPalette.ColorRole.Link)
            for run in runs:
                _insert(cursor, run, link)
            self.text.setCurrentCharFormat(QTextCharFormat())
        finally:
            self._loading = False
        self._set_tools_enabled(True)

    def show_only(self, html: str) -> None:
        """Show a signature the editor cannot change (tables, colours): read-only."""
        self._loading = True
        try:
            self.text.setHtml(html)
            self.text.setReadOnly(True)
        finally:
            self._loading = False
        self._set_tools_enabled(False)

    def toolbar_height(self) -> int:
        """Height of the toolbar row and the gap under it (to line a preview up with the text)."""
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        return self.bold_button.sizeHint().height() + spacing

    @property
    def editable(self) -> bool:
        return not self.text.isReadOnly()

    def _set_tools_enabled(self, enabled: bool) -> None:
        self.locked_note.setVisible(not enabled)
        for button in (
            self.bold_button,
            self.italic_button,
            self.link_button,
            self.break_button,
            self.image_button,
        ):
            button.setEnabled(enabled)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    # -- marks -------------------------------------------------------------------------

    def _show_marks(self, char_format: QTextCharFormat) -> None:
        for button, on in (
            (self.bold_button, char_format.fontWeight() >= _BOLD_FROM),
            (self.italic_button, char_format.fontItalic()),
        ):
            blocked = button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(blocked)

    def _set_bold(self, on: bool) -> None:
        change = QTextCharFormat()
        change.setFontWeight(_BOLD if on else QFont.Weight.Normal.value)
        self.text.mergeCurrentCharFormat(change)
        self.text.setFocus()

    def _set_italic(self, on: bool) -> None:
        change = QTextCharFormat()
        change.setFontItalic(on)
        self.text.mergeCurrentCharFormat(change)
        self.text.setFocus()

    def insert_line_break(self) -> None:
        self.text.textCursor().insertText(LINE_SEPARATOR)
        self.text.setFocus()

    # -- link and image ----------------------------------------------------------------

    def _ask_link(self) -> None:
        selected = self.text.textCursor().selectedText()
        dialog = AddressDialog(
            self,
            title=translate("gui.widgets.signature_editor", "Add a link"),
            address_label=translate("gui.widgets.signature_editor", "&Address the link opens"),
            placeholder="https://acme.com",
            check=check_link_address,
            second_label=None
            if selected
            else translate("gui.widgets.signature_editor", "&Text to show"),
        )
        dialog.setObjectName("linkDialog")
        dialog.chosen.connect(self.insert_link)
        self._open(dialog)

    def _ask_image(self) -> None:
        dialog = AddressDialog(
            self,
            title=translate("gui.widgets.signature_editor", "Add an image"),
            address_label=translate("gui.widgets.signature_editor", "Image &address"),
            placeholder="https://acme.com/logo.png",
            check=check_image_address,
            second_label=translate(
                "gui.widgets.signature_editor",
                "&Description (read aloud, and shown when images are off)",
            ),
            help_text=translate(
                "gui.widgets.signature_editor",
                "The image must be on the web already (for example your website's logo). "
                "Email programs load it from there; this window does not.",
            ),
        )
        dialog.setObjectName("imageDialog")
        dialog.chosen.connect(self.insert_image)
        self._open(dialog)

    def _open(self, dialog: AddressDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()  # window-modal, without a nested event loop

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.text.setFocus()

    def insert_link(self, address: str, text: str) -> None:
        """Make the selection (or `text`, inserted) a link to `address`."""
        cursor = self.text.textCursor()
        link = QTextCharFormat()
        link.setAnchor(True)
        link.setAnchorHref(address)
        link.setFontUnderline(True)
        link.setForeground(self.palette().color(QPalette.ColorRole.Link))
        if cursor.hasSelection():
            cursor.mergeCharFormat(link)
        else:
            merged = cursor.charFormat()
            merged.merge(link)
            cursor.insertText(text or address, merged)
            self.text.setTextCursor(cursor)
            self.text.setCurrentCharFormat(_plain_after(merged))

    def insert_image(self, address: str, description: str) -> None:
        image = QTextImageFormat()
        image.setName(address)
        image.setToolTip(description)
        image.setProperty(ALT_PROPERTY, description)
        self.text.textCursor().insertImage(image)


def _plain_after(link: QTextCharFormat) -> QTextCharFormat:
    """What is typed after a new link: the same weight and slant, not linked."""
    after = QTextCharFormat()
    after.setFontWeight(link.fontWeight())
    after.setFontItalic(link.fontItalic())
    return after


def _insert(cursor: QTextCursor, run: Run, link: QColor) -> None:
    if run.line_break:
        cursor.insertText(LINE_SEPARATOR, QTextCharFormat())
        return
    char_format = QTextCharFormat()
    if run.href:
        char_format.setAnchor(True)
        char_format.setAnchorHref(run.href)
        char_format.setFontUnderline(True)
        char_format.setForeground(link)
    if run.image is not None:
        image = QTextImageFormat()
        image.merge(char_format)
        image.setName(run.image)
        image.setToolTip(run.alt)
        image.setProperty(ALT_PROPERTY, run.alt)
        cursor.insertImage(image)
        return
    char_format.setFontWeight(_BOLD if run.bold else QFont.Weight.Normal.value)
    char_format.setFontItalic(run.italic)
    cursor.insertText(run.text, char_format)
