"""OpenCX HubSpot Setup: a desktop assistant that connects a HubSpot portal to OpenCX."""

from __future__ import annotations

from functools import cache

DISTRIBUTION = "opencx-hubspot-setup"
APP_NAME = "OpenCX HubSpot Setup"


@cache
def _installed_version() -> str:
    # importlib.metadata is slow to import; the window paints before anything needs this.
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["APP_NAME", "DISTRIBUTION", "__version__"]
