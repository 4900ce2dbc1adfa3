"""Shared fixtures. Each area keeps its fixtures in its own module under tests/fixtures/."""

# Order matters: a plugin module imported by another must be registered first, so that pytest
# (not the import) loads it and rewrites its asserts. gui_rig needs sandbox.
pytest_plugins = [
    "fixtures.browser",
    "fixtures.sandbox",
    "fixtures.gui_rig",
    "fixtures.secrets",
]
