"""The "which channel will you test on" dropdown, shared by the Autopilot and test pages."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from hubspot_setup.flow.guide import CHANNEL_LABELS, TESTABLE_CHANNELS, Channel
from hubspot_setup.flow.words import translate


def fill_channel_combo(combo: QComboBox, channels: Iterable[Channel] = TESTABLE_CHANNELS) -> None:
    """The channels a test can run on (WhatsApp, SMS and phone have no HubSpot conversation)."""
    combo.clear()
    combo.view().setAccessibleName(translate("gui.widgets.channel_choice", "Channels"))
    for channel in channels:
        combo.addItem(CHANNEL_LABELS[channel].text(), channel.value)


def show_channel(combo: QComboBox, channel: Channel) -> None:
    """Select `channel` without emitting a change (the state already has it)."""
    blocked = combo.blockSignals(True)
    combo.setCurrentIndex(combo.findData(channel.value))
    combo.blockSignals(blocked)


def chosen_channel(combo: QComboBox) -> Channel:
    return Channel(str(combo.currentData()))
