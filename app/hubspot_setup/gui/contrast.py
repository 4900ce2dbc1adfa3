"""Readable text in light and dark: WCAG 2.x contrast, and an OS palette nudged up to AA.

The wizard draws secondary text in the palette's placeholder-text colour, links in its link
colour and the primary button's label in highlighted-text on highlight. An OS palette does
not promise that these are readable: Fusion's light placeholder text is black at 50 %
(3.9:1 on its window) and its white-on-highlight button label is 3.7:1. `readable_palette`
moves only the roles that fall short, only as far as WCAG AA (4.5:1) needs, and
`keep_text_readable` does it again whenever the palette changes (the OS switching between
light and dark while the window is open). The theme's own accent colours are checked by
tests/gui/test_contrast.py against the same rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

AA_TEXT = 4.5  # WCAG 2.x success criterion 1.4.3, body text

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Roles drawn as text -> the backgrounds each is drawn on, and the role it may move towards.
_TEXT_ROLES: tuple[tuple[Role, tuple[Role, ...], Role], ...] = (
    (Role.PlaceholderText, (Role.Window, Role.Base, Role.AlternateBase), Role.WindowText),
    (Role.Link, (Role.Window, Role.Base, Role.AlternateBase), Role.WindowText),
    (Role.LinkVisited, (Role.Window, Role.Base), Role.WindowText),
)
_GROUPS = (Group.Active, Group.Inactive)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque sRGB colour (0 black .. 1 white)."""
    return (
        0.2126 * _channel(colour.red())
        + 0.7152 * _channel(colour.green())
        + 0.0722 * _channel(colour.blue())
    )


def composite(foreground: QColor, background: QColor) -> QColor:
    """`foreground` drawn over an opaque `background` (a 50 % grey text is a real grey)."""
    alpha = foreground.alphaF()
    return QColor(
        round(foreground.red() * alpha + background.red() * (1 - alpha)),
        round(foreground.green() * alpha + background.green() * (1 - alpha)),
        round(foreground.blue() * alpha + background.blue() * (1 - alpha)),
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio (1 .. 21) of text in `foreground` on `background`."""
    lighter, darker = sorted(
        (relative_luminance(composite(foreground, background)), relative_luminance(background)),
        reverse=True,
    )
    return (lighter + 0.05) / (darker + 0.05)


def _mix(colour: QColor, target: QColor, share: float) -> QColor:
    return QColor(
        round(colour.red() + (target.red() - colour.red()) * share),
        round(colour.green() + (target.green() - colour.green()) * share),
        round(colour.blue() + (target.blue() - colour.blue()) * share),
    )


def nudged(
    colour: QColor, backgrounds: Iterable[QColor], towards: QColor, minimum: float = AA_TEXT
) -> QColor:
    """`colour` moved towards `towards` in small steps until it reaches `minimum` on every
    background; unchanged (but made opaque) if it already does. The hue is kept as far as
    the contrast allows."""
    grounds = list(backgrounds)
    base = composite(colour, grounds[0]) if colour.alpha() < 255 else QColor(colour)
    for step in range(21):
        candidate = _mix(base, towards, step / 20)
        if all(contrast_ratio(candidate, ground) >= minimum for ground in grounds):
            return candidate
    return QColor(towards)


def _readable_highlight(palette: QPalette, group: Group) -> QColor | None:
    """A highlight the highlighted text reaches AA on (the primary button's label)."""
    highlight = palette.color(group, Role.Highlight)
    text = palette.color(group, Role.HighlightedText)
    if contrast_ratio(text, highlight) >= AA_TEXT:
        return None
    light_text = relative_luminance(text) > 0.5  # move away from the text, not towards it
    away = QColor("#000000") if light_text else QColor("#ffffff")
    for step in range(1, 21):
        candidate = _mix(highlight, away, step / 20)
        if contrast_ratio(text, candidate) >= AA_TEXT:
            return candidate
    return away


def readable_palette(palette: QPalette) -> QPalette | None:
    """A copy of `palette` whose text roles all reach AA, or None if they already do."""
    result = QPalette(palette)
    changed = False
    for group in _GROUPS:
        for role, grounds, towards in _TEXT_ROLES:
            colour = palette.color(group, role)
            backgrounds = [palette.color(group, ground) for ground in grounds]
            if all(contrast_ratio(colour, ground) >= AA_TEXT for ground in backgrounds):
                continue
            result.setColor(group, role, nudged(colour, backgrounds, palette.color(group, towards)))
            changed = True
        highlight = _readable_highlight(palette, group)
        if highlight is not None:
            result.setColor(group, Role.Highlight, highlight)
            changed = True
    return result if changed else None


class _ReadableText(QObject):
    """Watches the application's palette and nudges it when a change made text unreadable."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            _apply()
        return False


def _apply() -> None:
    better = readable_palette(QApplication.palette())
    if better is not None:  # the change event this causes finds nothing left to do
        QApplication.setPalette(better)


def keep_text_readable() -> None:
    """Make the application's palette readable now and after every palette change."""
    app = QApplication.instance()
    if app is None:
        return
    if not app.findChild(_ReadableText):
        app.installEventFilter(_ReadableText(app))
    _apply()
