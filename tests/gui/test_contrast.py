"""Every colour the wizard draws text in reaches WCAG AA (4.5:1) on what it is drawn on, in
light and in dark.

The text colours are read from the shell's real style sheet (every `color:` it declares,
against the rule's own background or else the window, base and alternate-base colours), plus
the palette roles drawn as text and the checklist's marks. Light is Fusion's own palette as an
OS gives it; dark is the palette the dark screenshots use. Both pass through
`readable_palette`, as the running wizard does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from test_screenshots_dark_and_hidpi import dark_palette

from hubspot_setup.flow.answers import CheckState
from hubspot_setup.gui.contrast import AA_TEXT, contrast_ratio, keep_text_readable, readable_palette
from hubspot_setup.gui.theme import style_sheet
from hubspot_setup.gui.widgets.checklist import state_colour

Role = QPalette.ColorRole
GROUNDS = (Role.Window, Role.Base, Role.AlternateBase)
# Palette roles drawn as text by Qt's own widgets and by the sheet, with their backgrounds.
PALETTE_TEXT = (
    (Role.WindowText, (Role.Window,)),
    (Role.Text, (Role.Base, Role.AlternateBase)),
    (Role.ButtonText, (Role.Button,)),
    (Role.PlaceholderText, GROUNDS),
    (Role.Link, GROUNDS),
    (Role.HighlightedText, (Role.Highlight,)),
)


def fusion_light() -> QPalette:
    """Fusion's light palette as Qt builds it, before the wizard touched the application."""
    palette = QApplication.style().standardPalette()
    # Qt derives placeholder text from the text colour at half opacity when the OS does not
    # give one: the value that fails AA on Fusion's window.
    text = palette.color(Role.Text)
    palette.setColor(Role.PlaceholderText, QColor(text.red(), text.green(), text.blue(), 128))
    return palette


PALETTES = {"light": fusion_light, "dark": dark_palette}


def _role(name: str) -> Role:
    return getattr(Role, "".join(part.capitalize() for part in name.split("-")))


def _colour(value: str, palette: QPalette) -> QColor | None:
    value = value.strip()
    match = re.fullmatch(r"palette\(([\w-]+)\)", value)
    if match:
        return palette.color(_role(match.group(1)))
    if value.startswith("#"):
        return QColor(value)
    return None  # transparent, inherit


def sheet_text_colours(
    sheet: str, palette: QPalette
) -> Iterator[tuple[str, QColor, tuple[QColor, ...]]]:
    """(selector, text colour, backgrounds) for every rule of `sheet` that sets `color`."""
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body))
        if "color" not in declarations or ":disabled" in selector:
            continue  # WCAG exempts disabled controls
        text = _colour(declarations["color"], palette)
        assert text is not None, f"{selector.strip()}: unexpected colour {declarations['color']}"
        own = _colour(declarations.get("background", ""), palette)
        grounds = (own,) if own is not None else tuple(palette.color(g) for g in GROUNDS)
        yield selector.strip(), text, grounds


def measured(palette: QPalette) -> list[tuple[str, float]]:
    """Every text colour on each of its backgrounds: (what, contrast ratio)."""
    ratios: list[tuple[str, float]] = []
    for role, grounds in PALETTE_TEXT:
        for ground in grounds:
            ratio = contrast_ratio(palette.color(role), palette.color(ground))
            ratios.append((f"{role.name} on {ground.name}", ratio))
    for selector, text, grounds in sheet_text_colours(style_sheet(palette), palette):
        for ground in grounds:
            ratios.append(
                (f"{selector} {text.name()} on {ground.name()}", contrast_ratio(text, ground))
            )
    for state in CheckState:
        mark = state_colour(state, palette)
        for ground in (Role.Window, Role.Base):
            ratio = contrast_ratio(mark, palette.color(ground))
            ratios.append((f"checklist {state.value} {mark.name()} on {ground.name}", ratio))
    return ratios


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_every_text_colour_reaches_aa(qapp: QApplication, scheme: str) -> None:
    palette = PALETTES[scheme]()
    shown = readable_palette(palette) or palette
    ratios = measured(shown)
    assert len(ratios) > 30  # the sheet was read, not skipped
    failing = [f"{what}: {ratio:.2f}" for what, ratio in ratios if ratio < AA_TEXT]
    assert not failing, f"{scheme}: below {AA_TEXT}:1\n" + "\n".join(failing)


def test_fusion_light_needs_the_nudge_and_gets_only_what_it_needs(qapp: QApplication) -> None:
    palette = fusion_light()
    before = contrast_ratio(palette.color(Role.PlaceholderText), palette.color(Role.Window))
    assert before < AA_TEXT  # why the nudge exists
    shown = readable_palette(palette)
    assert shown is not None
    after = contrast_ratio(shown.color(Role.PlaceholderText), shown.color(Role.Window))
    assert AA_TEXT <= after < AA_TEXT + 0.5  # still secondary: no darker than it must be
    assert shown.color(Role.Window) == palette.color(Role.Window)
    assert shown.color(Role.WindowText) == palette.color(Role.WindowText)
    assert readable_palette(shown) is None  # stable: applying it again changes nothing


def test_a_readable_palette_is_left_alone(qapp: QApplication) -> None:
    assert readable_palette(dark_palette()) is not None  # its white on blue is 4.2:1
    assert readable_palette(readable_palette(dark_palette()) or QPalette()) is None


def test_the_running_application_stays_readable_after_a_switch_to_dark(
    qapp: QApplication,
) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(fusion_light())
        keep_text_readable()
        assert readable_palette(qapp.palette()) is None
        qapp.setPalette(dark_palette())  # the OS switches while the window is open
        assert readable_palette(qapp.palette()) is None
        assert all(ratio >= AA_TEXT for _what, ratio in measured(qapp.palette()))
    finally:
        qapp.setPalette(before)
