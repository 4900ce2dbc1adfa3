"""Bringing the wizard back in front of the browser or a second launch."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def bring_forward(widget: QWidget) -> None:
    """Show the top-level window of `widget` in front (the OS may only flash it in the
    taskbar when another application has the focus; that is still the right hint)."""
    window = widget.window()
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
