"""The "which channel will you test on" dropdown, shared by the Autopilot and test pages."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from hubspot_setup.flow.guide import CHANNEL_LABELS, Channel


def fill_channel_combo(combo: QComboBox) -> None:
    combo.clear()
    combo.view().setAccessibleName(combo.tr("Channels"))
    for channel in Channel:
        combo.addItem(combo.tr(CHANNEL_LABELS[channel]), channel.value)


def show_channel(combo: QComboBox, channel: Channel) -> None:
    """Select `channel` without emitting a change (the state already has it)."""
    blocked = combo.blockSignals(True)
    combo.setCurrentIndex(combo.findData(channel.value))
    combo.blockSignals(blocked)


def chosen_channel(combo: QComboBox) -> Channel:
    return Channel(str(combo.currentData()))
