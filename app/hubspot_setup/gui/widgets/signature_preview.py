"""A preview of sanitised signature HTML that never fetches anything.

Qt's text browser would otherwise ask for images and follow links; a preview must show the
sanitised HTML only, so remote resources are refused and links are not followed. Inline
(data:) images, which the sanitiser allows for logos, are shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class SignaturePreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewBrowser")
        self.setAccessibleName(self.tr("Signature preview"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []  # what the HTML asked to load (for tests and curiosity)

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        if url.scheme() == "data":
            return super().loadResource(kind, url)
        self.refused.append(url.toString())
        return None
