"""A preview of sanitised signature HTML that never fetches anything.

Qt's text browser would otherwise ask for images and follow links; a preview must show the
sanitised HTML only, so remote resources are refused and links are not followed. Inline
(data:) images, which the sanitiser allows for logos, are shown. A remote image (an https
logo, kept in the saved signature) is replaced in the preview by a short note in words, so
the admin sees why it is missing instead of a broken-image placeholder.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from hubspot_setup.flow.words import translate


class SignaturePreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewBrowser")
        self.setAccessibleName(translate("gui.widgets.signature_preview", "Signature preview"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []  # what the HTML asked to load (for tests and curiosity)
        self.remote_images: list[str] = []  # addresses of the images not shown in the preview

    def setHtml(self, text: str) -> None:
        super().setHtml(text)
        self.remote_images = self._replace_remote_images()

    def clear(self) -> None:
        super().clear()
        self.remote_images = []

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        if url.scheme() == "data":
            return super().loadResource(kind, url)
        self.refused.append(url.toString())
        return None

    def _replace_remote_images(self) -> list[str]:
        """Swap each non-inline image for a note in words; returns their addresses."""
        document = self.document()
        spans: list[tuple[int, int, str]] = []
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                char_format = fragment.charFormat()
                if char_format.isImageFormat():
                    name = char_format.toImageFormat().name()
                    if QUrl(name).scheme() != "data":
                        spans.append((fragment.position(), fragment.length(), name))
                fragments += 1
            block = block.next()
        note_format = QTextCharFormat()
        note_format.setFontItalic(True)
        note_format.setForeground(self.palette().placeholderText())
        cursor = QTextCursor(document)
        for position, length, name in reversed(spans):  # from the end: positions stay valid
            host = QUrl(name).host() or translate("gui.widgets.signature_preview", "the internet")
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(
                translate(
                    "gui.widgets.signature_preview", "[image from %1: not loaded in this preview]"
                ).arg(host),
                note_format,
            )
        return [name for _position, _length, name in spans]
