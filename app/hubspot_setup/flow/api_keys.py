"""Checking an OpenCX API key's shape before it is sent anywhere.

OpenCX shows a key once, under Settings → Access (`ocx_live_...`), and it travels in an HTTP
header: only printable ASCII, in one piece. A key with a line break or a letter like `é` in it
was copied wrong; sending it would fail inside the HTTP library, not at OpenCX, so it is
refused here with the fix instead. Like `tokens`, messages never include the key or any part
of it.
"""

from __future__ import annotations

from hubspot_setup.flow.problems import ProblemError, api_key_not_copied, invalid_input
from hubspot_setup.flow.words import translate

MAX_API_KEY_LENGTH = 1000  # OpenCX keys are far shorter; a longer paste is something else


def checked_api_key(raw: str) -> str:
    """The key without surrounding spaces; raises ProblemError (field `api_key`) when it
    cannot be an OpenCX key, saying why in one sentence."""
    key = raw.strip()
    if not key:
        raise invalid_input(
            "api_key",
            translate("flow.api_keys", "Paste an OpenCX API key, or sign in with the browser."),
        )
    if len(key) > MAX_API_KEY_LENGTH:
        raise _not_a_key(
            translate(
                "flow.api_keys", "That is much longer than an OpenCX API key; copy only the key."
            )
        )
    if any(ch.isspace() or not ch.isprintable() for ch in key):
        raise _not_a_key(
            translate(
                "flow.api_keys",
                "The API key has spaces, line breaks or invisible characters in the middle, so "
                "it was not copied in one piece.",
            )
        )
    if not key.isascii():
        raise _not_a_key(
            translate(
                "flow.api_keys",
                "The API key has characters no OpenCX key has (letters like é, or curly "
                "quotes), so it was not copied exactly.",
            )
        )
    return key


def _not_a_key(why: str) -> ProblemError:
    fix = translate(
        "flow.api_keys",
        "Copy the key again from OpenCX (Settings → Access), or create a new key there.",
    )
    return ProblemError(api_key_not_copied(why, fix))
