"""Checking a pasted HubSpot private app token before it is sent anywhere.

The token itself is a secret: this module only looks at its shape and never includes it,
or any part of it, in a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import translate

# pat-<hublet>-<uuid>, for example pat-na1-91d91373-8e94-4872-893c-e7d080224a56.
_PRIVATE_APP_TOKEN = re.compile(
    r"pat-(?P<region>[a-z]{2}[0-9])-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_REFRESH_TOKEN = re.compile(r"[a-z]{2}[0-9]-[0-9a-f]{4}-[0-9a-f-]{8,}")
_LONG_OPAQUE = re.compile(r"[A-Za-z0-9_\-]{40,}={0,2}")

MAX_TOKEN_LENGTH = 300  # HubSpot's own advice for token storage sizes


@dataclass(frozen=True)
class PrivateAppToken:
    """A token of the right shape. `repr` never shows it."""

    value: str
    region: str

    def __repr__(self) -> str:
        return f"PrivateAppToken(region={self.region!r}, value=<hidden>)"


def check_private_app_token(raw: str) -> FieldResult[PrivateAppToken]:
    """Trim the pasted text and accept only the `pat-<region>-<uuid>` shape, with a hint."""
    text = raw.strip().strip("\"'").strip()
    notice = None
    if text.lower().startswith("bearer "):
        text = text[len("bearer ") :].strip()
        notice = translate("flow.tokens", 'The word "Bearer" in front of the token was removed.')
    if not text:
        return FieldResult.reject(
            _with_copy_hint(translate("flow.tokens", "Paste the private app access token."))
        )
    if len(text) > MAX_TOKEN_LENGTH:
        return FieldResult.reject(
            _with_copy_hint(
                translate(
                    "flow.tokens",
                    "That is much longer than a private app token. Copy only the token.",
                )
            )
        )
    if any(ch.isspace() for ch in text):
        return FieldResult.reject(
            translate(
                "flow.tokens",
                "The token has spaces or line breaks in the middle. Copy it again in one piece.",
            )
        )
    match = _PRIVATE_APP_TOKEN.fullmatch(text)
    if match:
        return FieldResult.accept(PrivateAppToken(text, match["region"]), notice)
    return FieldResult.reject(_why_not_a_private_app_token(text))


def _with_copy_hint(why: str) -> str:
    """`why`, then where the token is copied from in HubSpot, as its own sentence."""
    hint = translate(
        "flow.tokens",
        "In HubSpot, open Settings → Integrations → Private Apps → Legacy Apps, open your app, "
        "and on the Auth tab click Show token, then Copy.",
    )
    return f"{why} {hint}"


def _why_not_a_private_app_token(text: str) -> str:
    if text.lower().startswith("pat-"):
        why = translate(
            "flow.tokens",
            "This starts like a private app token but is incomplete or has extra characters. "
            "Copy it again.",
        )
    elif _UUID.fullmatch(text):
        why = translate(
            "flow.tokens",
            "This looks like a developer API key, not a private app token. Private app tokens "
            "start with pat-.",
        )
    elif _REFRESH_TOKEN.fullmatch(text):
        why = translate(
            "flow.tokens",
            "This looks like an OAuth refresh token. The legacy path needs the private app "
            "token, which starts with pat-.",
        )
    elif _LONG_OPAQUE.fullmatch(text):
        why = translate(
            "flow.tokens",
            "This looks like an OAuth access token or a personal access key. The legacy path "
            "needs the private app token, which starts with pat-.",
        )
    else:
        why = translate(
            "flow.tokens", "This is not a HubSpot private app token; those start with pat-."
        )
    return _with_copy_hint(why)


def looks_like_private_app_token(text: str) -> bool:
    """True when `text` contains something token-shaped: used to keep tokens out of models."""
    return _PRIVATE_APP_TOKEN.search(text) is not None


# The literals no answers, saved progress or answers file may hold. Shapes only: a secret
# is recognised by its value elsewhere (services.logs), but a file is checked before any
# secret is known. Loose on purpose: a truncated or mistyped token is still a secret.
_SECRET_LITERALS = re.compile(
    # a HubSpot private app token, whole or in part: pat-na1-91d91373-...
    r"(?<![A-Za-z0-9])pat-[a-z]{2}[0-9]-[0-9a-fA-F-]{8,}"
    # an OpenCX key or token: ocx_live_..., the older ocx_key_..., any ocx_<word>_. The
    # 16 characters leave room for a keyring entry named like "ocx_live_key".
    r"|(?<![A-Za-z0-9])ocx_[a-z]+_[A-Za-z0-9_\-]{16,}"
    # a JWT (OpenCX's bearer may be one): base64url '{"' header, payload, signature
    r"|(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*"
)


def looks_like_secret(text: str) -> bool:
    """True when `text` holds a literal that looks like a private app token (`pat-...`), an
    OpenCX key (`ocx_<word>_...`) or a JWT: the one rule for keeping secrets out of answers,
    saved progress and answers files."""
    return _PRIVATE_APP_TOKEN.search(text) is not None or _SECRET_LITERALS.search(text) is not None
