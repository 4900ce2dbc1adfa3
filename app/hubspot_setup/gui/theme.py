"""The wizard's look: an 8 px spacing grid, a type scale, and colours derived from the palette.

Colours come from `palette(...)` roles so light and dark mode both follow the OS; the few
accents that are not palette roles (information, warning, failure) have a light and a dark
variant, chosen by the palette's window lightness when the sheet is built. The shell rebuilds
the sheet when the OS switches between light and dark while the window is open. Sizes are
relative to the application font, so high-DPI screens, large-text settings and the wizard's
own text zoom (Ctrl+Plus / Ctrl+Minus) all scale.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# The spacing grid: every margin and gap is a multiple of this.
GRID = 8

# The type scale, relative to the body font.
TITLE_SCALE = 1.6
HEADING_SCALE = 1.15
SECONDARY_SCALE = 0.92


class Tone(StrEnum):
    """How serious a message is: each has its colour and its icon."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    FAILURE = "failure"


@dataclass(frozen=True)
class Accents:
    """Accent colours for one background: text colours meet WCAG AA (4.5:1) on it."""

    info: str
    success: str
    warning: str
    failure: str
    # Stripes and icons next to text (not text themselves): may be brighter.
    info_mark: str
    warning_mark: str
    failure_mark: str


LIGHT_ACCENTS = Accents(
    info="#1f5fa8",
    success="#1e6b34",
    warning="#8a5300",
    failure="#b3261e",
    info_mark="#3c8dbc",
    warning_mark="#e0a100",
    failure_mark="#d9534f",
)
DARK_ACCENTS = Accents(
    info="#8ab8ff",
    success="#7dd192",
    warning="#ffc861",
    failure="#ff8a80",
    info_mark="#5aa7e0",
    warning_mark="#f0b429",
    failure_mark="#ef6b67",
)

# Kept for modules that draw a stripe beside text (light variant; see `accents_for`).
PROBLEM_ACCENT = LIGHT_ACCENTS.failure_mark
NOTICE_ACCENT = LIGHT_ACCENTS.info_mark


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accents_for(palette: QPalette) -> Accents:
    return DARK_ACCENTS if is_dark(palette) else LIGHT_ACCENTS


def tone_colour(tone: Tone, palette: QPalette | None = None) -> str:
    """The text colour of `tone` on the current (or given) palette."""
    accents = accents_for(palette if palette is not None else QApplication.palette())
    return {
        Tone.INFO: accents.info,
        Tone.SUCCESS: accents.success,
        Tone.WARNING: accents.warning,
        Tone.FAILURE: accents.failure,
    }[tone]


def style_sheet(palette: QPalette) -> str:
    """The shell's style sheet for `palette` (rebuilt when the OS switches light/dark)."""
    a = accents_for(palette)
    g = GRID
    return f"""
QListWidget#stepList {{
    background: palette(alternate-base);
    border: none;
    border-right: 1px solid palette(midlight);
    padding: {g * 2}px {g}px;
    outline: none;
}}
QListWidget#stepList:focus {{
    border: none;
    border-right: 1px solid palette(midlight);
}}
QListWidget#stepList::item {{
    border-radius: {g}px;
    margin: 0px;
}}
QListWidget#stepList::item:selected {{
    background: palette(base);
    color: palette(text);
}}
QFrame#footer {{
    border: none;
    border-top: 1px solid palette(midlight);
}}
QLabel#practiceBadge {{
    color: {a.warning};
    border: 1px solid {a.warning_mark};
    border-radius: {g + 2}px;
    padding: 2px {g}px;
    font-weight: bold;
}}
QFrame#problemBanner {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-left: 5px solid {a.failure_mark};
    border-radius: 6px;
}}
QFrame#problemBanner[tone="warning"] {{
    border-left: 5px solid {a.warning_mark};
}}
QFrame#problemBanner[tone="info"] {{
    border-left: 5px solid {a.info_mark};
}}
QFrame#busyStrip {{
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 6px;
}}
QFrame[role="notice"] {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-left: 5px solid {a.info_mark};
    border-radius: 6px;
}}
QFrame[role="card"] {{
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: {g}px;
}}
QPushButton[role="primary"] {{
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 5px;
    padding: 6px {g * 2}px;
    font-weight: bold;
}}
QPushButton[role="primary"]:focus {{
    border: 2px solid palette(text);
    padding: 5px {g * 2 - 1}px;  /* the wider border takes its pixel from the padding */
}}
QPushButton[role="primary"]:disabled {{
    background: palette(button);
    color: palette(placeholder-text);
    border: 1px solid palette(mid);
}}
QPushButton[role="quiet"] {{
    border: 1px solid transparent;
    border-radius: 5px;
    padding: 6px {g * 1.5:.0f}px;
    background: transparent;
}}
QPushButton[role="quiet"]:hover {{
    border: 1px solid palette(mid);
}}
QPushButton[role="quiet"]:focus {{
    border: 2px solid palette(highlight);
    padding: 5px {g * 1.5 - 1:.0f}px;
}}
QPushButton[role="quiet"]:disabled {{
    color: palette(placeholder-text);
}}
QToolButton#menuButton {{
    border: 1px solid transparent;
    border-radius: 5px;
    padding: 4px {g}px;
}}
QToolButton#menuButton:hover, QToolButton#menuButton:focus {{
    border: 1px solid palette(mid);
}}
QToolButton#menuButton::menu-indicator {{
    image: none;
}}
QPushButton[role="link"] {{
    border: none;
    color: palette(link);
    text-align: left;
    padding: 2px 0px;
}}
QPushButton[role="link"]:focus {{
    text-decoration: underline;
}}
QLabel[role="muted"], QLabel#blockerLabel, QLabel#stepCounter {{
    color: palette(placeholder-text);
}}
QLabel[role="error"], QLabel[tone="failure"] {{
    color: {a.failure};
}}
QLabel[tone="warning"] {{
    color: {a.warning};
}}
QLabel[tone="success"] {{
    color: {a.success};
}}
QLabel[tone="info"] {{
    color: {a.info};
}}
QDialogButtonBox {{
    dialogbuttonbox-buttons-have-icons: 0;
}}
"""


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The body font scaled by `factor` (never a fixed pixel size). The factor is kept on
    the widget, so a text zoom can scale it again (see `rescale_fonts`)."""
    widget.setProperty("fontScale", factor)
    widget.setProperty("fontBold", bold)
    return _scaled(_body_font(widget), factor, bold=bold)


def _scaled(base: QFont, factor: float, *, bold: bool) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _body_font(widget: QWidget) -> QFont:
    """The font a widget would have without its own scale: the application's (the text
    zoom sets that one; with a style sheet in effect Qt passes no parent's font on)."""
    return QFont(QApplication.font())


def make_title(widget: QWidget, factor: float = 1.45) -> None:
    widget.setFont(scaled_font(widget, factor, bold=True))


def rescale_fonts(root: QWidget) -> None:
    """After `root`'s font changed (text zoom): scale every title again from its new base.

    A widget given its own font no longer follows its parent's, so titles made with
    `scaled_font` are set again from their parent's font, top-down.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        factor = widget.property("fontScale")
        if isinstance(factor, float | int) and widget is not root:
            bold = bool(widget.property("fontBold"))
            widget.setFont(_scaled(_body_font(widget), float(factor), bold=bold))


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (muted text, error text, notice frame, card)."""
    _set_property(widget, "role", role)


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Colour a label (or banner) as information, success, warning or failure."""
    _set_property(widget, "tone", tone.value if tone is not None else "")


def _set_property(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    # A widget not polished yet picks the value up when it is first shown; re-polishing
    # early would create the style (and parse the sheet) before the first paint.
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
