"""Shared fixtures. Each area keeps its fixtures in its own module under tests/fixtures/."""

# Order matters: a plugin module imported by another must be registered first, so that pytest
# (not the import) loads it and rewrites its asserts. gui_wizard needs sandbox; gui_pages both.
pytest_plugins = [
    "fixtures.browser",
    "fixtures.sandbox",
    "fixtures.gui_wizard",
    "fixtures.gui_pages",
    "fixtures.secrets",
]
