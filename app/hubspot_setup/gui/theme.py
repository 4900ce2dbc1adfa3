"""The wizard's look: spacing, type scale and accents derived from the palette.

Colours come from `palette(...)` roles so light and dark mode both follow the OS; sizes are
relative to the application font so high-DPI screens and large-text settings scale.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

# The one accent that is not a palette role: the problem banner's left stripe. It is drawn
# next to palette text, never as a background behind text, so it reads in both modes.
PROBLEM_ACCENT = "#d9534f"
NOTICE_ACCENT = "#3c8dbc"

STYLE_SHEET = f"""
QListWidget#stepList {{
    background: palette(alternate-base);
    border: none;
    border-right: 1px solid palette(mid);
    padding: 12px 8px;
    outline: none;
}}
QListWidget#stepList::item {{
    padding: 7px 10px;
    border-radius: 6px;
    margin: 1px 0px;
}}
QListWidget#stepList::item:selected {{
    background: palette(highlight);
    color: palette(highlighted-text);
}}
QFrame#problemBanner {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-left: 5px solid {PROBLEM_ACCENT};
    border-radius: 6px;
}}
QFrame#busyStrip {{
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 6px;
}}
QFrame[role="notice"] {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-left: 5px solid {NOTICE_ACCENT};
    border-radius: 6px;
}}
QFrame[role="card"] {{
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
}}
QPushButton[role="primary"] {{
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 5px;
    padding: 6px 16px;
    font-weight: bold;
}}
QPushButton[role="primary"]:disabled {{
    background: palette(button);
    color: palette(placeholder-text);
    border: 1px solid palette(mid);
}}
QPushButton[role="link"] {{
    border: none;
    color: palette(link);
    text-align: left;
    padding: 2px 0px;
}}
QLabel[role="muted"] {{
    color: palette(placeholder-text);
}}
QLabel[role="error"] {{
    color: {PROBLEM_ACCENT};
}}
QLabel#blockerLabel {{
    color: palette(placeholder-text);
}}
"""


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled by `factor` (never a fixed pixel size)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def make_title(widget: QWidget, factor: float = 1.45) -> None:
    widget.setFont(scaled_font(widget, factor, bold=True))


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (muted text, error text, notice frame, card)."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    # A widget not polished yet picks the role up when it is first shown; re-polishing
    # early would create the style (and parse the sheet) before the first paint.
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
