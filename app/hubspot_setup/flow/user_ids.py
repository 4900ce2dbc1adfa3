"""Normalising the legacy path's Default User ID to the bare number HubSpot expects."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from hubspot_setup.flow.answers import Teammate
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


@dataclass(frozen=True)
class DefaultUser:
    """A default user the admin typed: the user id HubSpot expects, and who that is when the
    portal's teammates are known."""

    user_id: str
    teammate: Teammate | None = None


def teammate_with_user_id(user_id: str, teammates: Iterable[Teammate]) -> Teammate | None:
    """The teammate whose HubSpot user id is `user_id`, if there is one."""
    return next((t for t in teammates if t.user_id is not None and str(t.user_id) == user_id), None)


def check_typed_user(raw: str, teammates: Sequence[Teammate] | None) -> FieldResult[DefaultUser]:
    """A typed default user, checked against the portal's teammates when they are loaded.

    An id nobody in the portal has is refused as it is typed, not when OpenCX refuses it on
    Save. An owner id typed by mistake is taken as that teammate's user id, with a notice.
    `teammates` None (not loaded): only the shape is checked; OpenCX checks it on Save.
    """
    shaped = normalize_user_id(raw)
    if shaped.value is None:
        return FieldResult.reject(shaped.error or "Not a HubSpot user ID.")
    user_id = shaped.value
    if teammates is None:
        return FieldResult.accept(DefaultUser(user_id), shaped.notice)
    notices = [shaped.notice] if shaped.notice else []
    teammate = teammate_with_user_id(user_id, teammates)
    if teammate is None:
        owner = next((t for t in teammates if t.owner_id == user_id), None)
        if owner is None or owner.user_id is None:
            return FieldResult.reject(
                f"Nobody in this HubSpot portal has the user ID {user_id}. Pick the teammate "
                "from the list, or check the number in HubSpot under Settings → Users & Teams."
            )
        teammate, user_id = owner, str(owner.user_id)
        notices.append(
            f"{shaped.value} is the owner number of {teammate.display_name}; "
            f"their user ID is {user_id}."
        )
    else:
        notices.append(f"User ID {user_id} is {teammate.display_name}.")
    return FieldResult.accept(DefaultUser(user_id, teammate), " ".join(notices))
