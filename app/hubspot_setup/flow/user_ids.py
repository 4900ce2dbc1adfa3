"""Normalising the legacy path's Default User ID to the bare number HubSpot expects."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from hubspot_setup.flow.validation import FieldResult

MAX_ID_DIGITS = 18  # HubSpot user ids are 64-bit integers at most
_AGENT_ACTOR = re.compile(r"[aA]\s*-\s*(\d+)")

WHERE_TO_FIND = (
    "Pick the teammate from the list, or in HubSpot open Settings → Users & Teams, open "
    "the teammate's profile and copy the number at the end of the address."
)


def normalize_user_id(raw: str) -> FieldResult[str]:
    """Accept `123`, `A-123` or a pasted HubSpot profile URL; return the digits.

    Normalising is idempotent: feeding the result back in gives the same result.
    """
    text = raw.strip()
    if not text:
        return FieldResult.reject("Enter the HubSpot user ID. " + WHERE_TO_FIND)
    if text.isascii() and text.isdigit():
        return _checked_digits(text, notice=None)
    actor = _AGENT_ACTOR.fullmatch(text)
    if actor:
        return _checked_digits(
            actor.group(1),
            notice=f'HubSpot wants the number only, so "{text}" became {actor.group(1)}.',
        )
    if "://" in text or text.lower().startswith(("app.hubspot", "app-")):
        return _from_profile_url(text)
    return FieldResult.reject(
        "The user ID is a number, like 1234567, with no letters. " + WHERE_TO_FIND
    )


def _from_profile_url(text: str) -> FieldResult[str]:
    url = text if "://" in text else "https://" + text
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not (host == "hubspot.com" or host.endswith(".hubspot.com")):
        return FieldResult.reject("That address is not a HubSpot page. " + WHERE_TO_FIND)
    segments = [segment for segment in parts.path.split("/") if segment]
    if not segments or not (segments[-1].isascii() and segments[-1].isdigit()):
        return FieldResult.reject(
            "That HubSpot address does not end with a user ID. Open the teammate's profile "
            "itself and copy its address."
        )
    user_id = segments[-1]
    return _checked_digits(
        user_id, notice=f"Took the user ID {user_id} from the end of the HubSpot address."
    )


def _checked_digits(digits: str, notice: str | None) -> FieldResult[str]:
    canonical = digits.lstrip("0")
    if not canonical:
        return FieldResult.reject("0 is not a HubSpot user ID. " + WHERE_TO_FIND)
    if len(canonical) > MAX_ID_DIGITS:
        return FieldResult.reject("That number is too long to be a HubSpot user ID.")
    if canonical != digits and notice is None:
        notice = f"Leading zeros were removed: {canonical}."
    return FieldResult.accept(canonical, notice)
