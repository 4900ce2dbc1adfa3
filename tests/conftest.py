"""Shared fixtures. Each area keeps its fixtures in its own module under tests/fixtures/."""

pytest_plugins = [
    "fixtures.browser",
    "fixtures.sandbox",  # before gui_pages, which imports it
    "fixtures.gui_pages",
    "fixtures.gui_wizard",
    "fixtures.secrets",
]
