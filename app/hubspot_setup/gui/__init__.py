"""The Qt wizard: the shell window and one view module per step (see docs/architecture.md)."""

from hubspot_setup.gui.wizard import SetupWizard, WizardConfig

__all__ = ["SetupWizard", "WizardConfig"]
