"""OpenCX HubSpot Setup: a desktop assistant that connects a HubSpot portal to OpenCX."""

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "opencx-hubspot-setup"
APP_NAME = "OpenCX HubSpot Setup"

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["APP_NAME", "DISTRIBUTION", "__version__"]
