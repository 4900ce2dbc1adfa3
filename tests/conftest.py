"""Shared fixtures. Each area keeps its fixtures in its own module under tests/fixtures/."""

from collections.abc import Iterator

import pytest

from hubspot_setup.flow import words

# Order matters: a plugin module imported by another must be registered first, so that pytest
# (not the import) loads it and rewrites its asserts. gui_rig needs sandbox.
pytest_plugins = [
    "fixtures.browser",
    "fixtures.sandbox",
    "fixtures.gui_rig",
    "fixtures.secrets",
]


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that starts a command or the window in another language (in this process)
    leaves the next test in English: the tests assert the English source texts."""
    yield
    words.use_translator(None)
