"""Labels that show words from a server show them exactly as sent: plain text, never markup.

A QLabel's default format (AutoText) renders anything that looks like HTML. An organisation,
teammate or portal name, or an error message, comes from OpenCX or HubSpot: rendered, a name
such as `<img src="https://...">` would fetch a remote picture or show a fake link.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def shows_server_text(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
