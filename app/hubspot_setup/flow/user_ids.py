"""Normalising the legacy path's Default User ID to the bare number HubSpot expects."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from hubspot_setup.flow.answers import Teammate
from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import translate

MAX_ID_DIGITS = 18  # HubSpot user ids are 64-bit integers at most
_AGENT_ACTOR = re.compile(r"[aA]\s*-\s*(\d+)")


def _with_where_to_find(why: str) -> str:
    """`why`, then where the number is found, as its own sentence."""
    where = translate(
        "flow.user_ids",
        "Pick the teammate from the list, or in HubSpot open Settings → Users & Teams, open "
        "the teammate's profile and copy the number at the end of the address.",
    )
    return f"{why} {where}"


def normalize_user_id(raw: str) -> FieldResult[str]:
    """Accept `123`, `A-123` or a pasted HubSpot profile URL; return the digits.

    Normalising is idempotent: feeding the result back in gives the same result.
    """
    text = raw.strip()
    if not text:
        return FieldResult.reject(
            _with_where_to_find(translate("flow.user_ids", "Enter the HubSpot user ID."))
        )
    if text.isascii() and text.isdigit():
        return _checked_digits(text, notice=None)
    actor = _AGENT_ACTOR.fullmatch(text)
    if actor:
        return _checked_digits(
            actor.group(1),
            notice=translate(
                "flow.user_ids", 'HubSpot wants the number only, so "%1" became %2.'
            ).arg(text, actor.group(1)),
        )
    if "://" in text or text.lower().startswith(("app.hubspot", "app-")):
        return _from_profile_url(text)
    return FieldResult.reject(
        _with_where_to_find(
            translate("flow.user_ids", "The user ID is a number, like 1234567, with no letters.")
        )
    )


def _from_profile_url(text: str) -> FieldResult[str]:
    url = text if "://" in text else "https://" + text
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not (host == "hubspot.com" or host.endswith(".hubspot.com")):
        return FieldResult.reject(
            _with_where_to_find(translate("flow.user_ids", "That address is not a HubSpot page."))
        )
    segments = [segment for segment in parts.path.split("/") if segment]
    if not segments or not (segments[-1].isascii() and segments[-1].isdigit()):
        return FieldResult.reject(
            translate(
                "flow.user_ids",
                "That HubSpot address does not end with a user ID. Open the teammate's profile "
                "itself and copy its address.",
            )
        )
    user_id = segments[-1]
    return _checked_digits(
        user_id,
        notice=translate(
            "flow.user_ids", "Took the user ID %1 from the end of the HubSpot address."
        ).arg(user_id),
    )


def _checked_digits(digits: str, notice: str | None) -> FieldResult[str]:
    canonical = digits.lstrip("0")
    if not canonical:
        return FieldResult.reject(
            _with_where_to_find(translate("flow.user_ids", "0 is not a HubSpot user ID."))
        )
    if len(canonical) > MAX_ID_DIGITS:
        return FieldResult.reject(
            translate("flow.user_ids", "That number is too long to be a HubSpot user ID.")
        )
    if canonical != digits and notice is None:
        notice = translate("flow.user_ids", "Leading zeros were removed: %1.").arg(canonical)
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
        return FieldResult.reject(
            shaped.error or translate("flow.user_ids", "Not a HubSpot user ID.")
        )
    user_id = shaped.value
    if teammates is None:
        return FieldResult.accept(DefaultUser(user_id), shaped.notice)
    notices = [shaped.notice] if shaped.notice else []
    teammate = teammate_with_user_id(user_id, teammates)
    if teammate is None:
        owner = next((t for t in teammates if t.owner_id == user_id), None)
        if owner is None or owner.user_id is None:
            return FieldResult.reject(
                translate(
                    "flow.user_ids",
                    "Nobody in this HubSpot portal has the user ID %1. Pick the teammate from "
                    "the list, or check the number in HubSpot under Settings → Users & Teams.",
                ).arg(user_id)
            )
        teammate, user_id = owner, str(owner.user_id)
        notices.append(
            translate("flow.user_ids", "%1 is the owner number of %2; their user ID is %3.").arg(
                shaped.value, teammate.display_name, user_id
            )
        )
    else:
        notices.append(
            translate("flow.user_ids", "User ID %1 is %2.").arg(user_id, teammate.display_name)
        )
    return FieldResult.accept(DefaultUser(user_id, teammate), " ".join(notices))
