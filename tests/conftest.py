"""Shared fixtures. Each area keeps its fixtures in its own module under tests/fixtures/."""

pytest_plugins = [
    "fixtures.browser",
    "fixtures.sandbox",
    "fixtures.secrets",
]
