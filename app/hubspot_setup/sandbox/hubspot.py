"""The simulated HubSpot: portals, owners, tokens, inboxes, threads and messages.

Plain data and rules; `hubspot_routes` turns it into HubSpot's HTTP API with HubSpot's shapes.
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from hubspot_setup.sandbox.compare import same_secret
from hubspot_setup.sandbox.errors import HubSpotError
from hubspot_setup.sandbox.scenario import Portal, Scenario
from hubspot_setup.sandbox.words import QT_TRANSLATE_NOOP, Phrase

APP_ID = 2011410  # the simulated OpenCX public app
PRIVATE_APP_ID = 3022520  # the scenario's legacy private app
CLIENT_ID = "opencx-sandbox-public-app"
CLIENT_SECRET = secrets.token_urlsafe(24)  # never leaves the process: the relay uses it
ACCESS_TOKEN_SECONDS = 1800
RATE_LIMIT_MAX = 190
RATE_LIMIT_INTERVAL_MS = 10_000
EMAIL_CHANNEL_ID = "1002"
CHAT_CHANNEL_ID = "1000"

# What the public app asks for (the guide's permission areas), as HubSpot scope names.
OAUTH_SCOPES: tuple[str, ...] = (
    "oauth",
    "conversations.read",
    "conversations.write",
    "tickets",
    "crm.objects.contacts.read",
    "crm.objects.contacts.write",
    "crm.objects.companies.read",
    "crm.objects.deals.read",
    "crm.objects.owners.read",
    "files",
    "crm.lists.read",
)
OAUTH_OPTIONAL_SCOPES: tuple[str, ...] = ("automation",)

# The consent page's plain words for them, in the browser's language where shown.
SCOPE_WORDS: dict[str, Phrase] = {
    "oauth": QT_TRANSLATE_NOOP("sandbox.hubspot", "Know which HubSpot account you connect"),
    "conversations.read": QT_TRANSLATE_NOOP(
        "sandbox.hubspot", "Read conversations in your inboxes"
    ),
    "conversations.write": QT_TRANSLATE_NOOP(
        "sandbox.hubspot", "Reply in conversations and add notes"
    ),
    "tickets": QT_TRANSLATE_NOOP("sandbox.hubspot", "View and update tickets"),
    "crm.objects.contacts.read": QT_TRANSLATE_NOOP("sandbox.hubspot", "View contacts"),
    "crm.objects.contacts.write": QT_TRANSLATE_NOOP(
        "sandbox.hubspot", "Create and update contacts"
    ),
    "crm.objects.companies.read": QT_TRANSLATE_NOOP("sandbox.hubspot", "View companies"),
    "crm.objects.deals.read": QT_TRANSLATE_NOOP("sandbox.hubspot", "View deals"),
    "crm.objects.owners.read": QT_TRANSLATE_NOOP("sandbox.hubspot", "See your teammates (owners)"),
    "files": QT_TRANSLATE_NOOP("sandbox.hubspot", "Upload and view files"),
    "crm.lists.read": QT_TRANSLATE_NOOP("sandbox.hubspot", "View lists"),
    "automation": QT_TRANSLATE_NOOP("sandbox.hubspot", "Add OpenCX actions to your workflows"),
}

_FIRST_NAMES = ("Ada", "Grace", "Alan", "Katherine", "Edsger", "Barbara", "Donald", "Frances")
_LAST_NAMES = ("Lovelace", "Hopper", "Turing", "Johnson", "Dijkstra", "Liskov", "Knuth", "Allen")


def now() -> datetime:
    return datetime.now(UTC)


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Owner:
    id: str
    user_id: int
    email: str
    first_name: str
    last_name: str

    def public(self, created_at: str) -> dict[str, Any]:
        """HubSpot's PublicOwner."""
        return {
            "id": self.id,
            "email": self.email,
            "type": "PERSON",
            "firstName": self.first_name,
            "lastName": self.last_name,
            "userId": self.user_id,
            "userIdIncludingInactive": self.user_id,
            "createdAt": created_at,
            "updatedAt": created_at,
            "archived": False,
            "teams": [{"id": "178588", "name": "Support", "primary": True}],
        }


@dataclass
class OAuthGrant:
    portal_id: int
    scopes: tuple[str, ...]
    expires_at: float = 0.0


@dataclass
class Message:
    id: str
    thread_id: str
    type: str  # MESSAGE or COMMENT
    text: str
    direction: str | None
    actor_id: str
    sender_name: str
    sender_email: str | None
    channel_id: str
    channel_account_id: str
    created_at: datetime
    integration: bool


@dataclass
class Thread:
    id: str
    inbox_id: str
    channel_id: str
    channel_account_id: str
    contact_id: str
    created_at: datetime
    messages: list[Message] = field(default_factory=list)
    assigned_to: str | None = None  # actor id "A-<userId>"; inbox routing may assign threads
    contact_email: str | None = None  # the associated contact's email, if it has one


@dataclass
class Ticket:
    """A HubSpot ticket, as OpenCX's handoff creates it."""

    id: str
    subject: str
    owner_id: str | None
    tags: tuple[str, ...]
    thread_id: str
    contact_email: str
    created_at: datetime


@dataclass(frozen=True)
class Inbox:
    id: str
    name: str
    channel_id: str
    channel_account_id: str
    channel_type: str  # "email" or "chat"
    type: str = "INBOX"  # HubSpot's inbox type: INBOX or HELP_DESK
    address: str = ""  # the connected email address, or the chat's site
    active: bool = True


class SimulatedHubSpot:
    """One HubSpot account holder (the scenario's user) with access to the scenario's portals."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.created_at = rfc3339(datetime(2024, 3, 1, 9, 0, tzinfo=UTC))
        self.owners = self._make_owners(scenario)
        self.legacy_token = f"pat-na1-{uuid.UUID(int=secrets.randbits(128))}"
        self.codes: dict[str, tuple[OAuthGrant, str]] = {}  # code -> grant, redirect_uri
        self.access_tokens: dict[str, OAuthGrant] = {}
        self.refresh_tokens: dict[str, OAuthGrant] = {}
        self.owners_429_left = scenario.hubspot.owners_rate_limited_times
        self.inboxes = self.inboxes_of(scenario.hubspot.portals[0])
        self.threads: dict[str, Thread] = {}
        self.tickets: dict[str, Ticket] = {}
        self._next_id = 8_000_000_001

    @classmethod
    def _make_owners(cls, scenario: Scenario) -> tuple[Owner, ...]:
        """The scenario's named teammates first, then generated ones up to `owners`; a
        generated owner whose ids a named one already uses is left out."""
        owners = [
            Owner(t.owner_id, t.user_id, t.email, t.first_name, t.last_name)
            for t in scenario.hubspot.teammates
        ]
        taken = {o.id for o in owners}, {o.user_id for o in owners}
        index = 0
        while len(owners) < scenario.hubspot.owners:
            owner = cls._make_owner(index, scenario)
            index += 1
            if owner.id not in taken[0] and owner.user_id not in taken[1]:
                owners.append(owner)
        return tuple(owners)

    @staticmethod
    def _make_owner(index: int, scenario: Scenario) -> Owner:
        first = _FIRST_NAMES[index % len(_FIRST_NAMES)]
        last = _LAST_NAMES[(index // len(_FIRST_NAMES)) % len(_LAST_NAMES)]
        if index == 0:
            email = scenario.hubspot.user_email
        else:
            email = f"{first}.{last}{index}@{scenario.hubspot.portals[0].domain}".lower()
        return Owner(
            id=str(3001 + index),
            user_id=scenario.hubspot.user_id + index,
            email=email,
            first_name=first,
            last_name=last if index < len(_FIRST_NAMES) else f"{last} {index}",
        )

    def new_id(self) -> str:
        self._next_id += 1
        return str(self._next_id)

    # --- OAuth (the public app) ---------------------------------------------------------

    @staticmethod
    def inboxes_of(portal: Portal) -> tuple[Inbox, ...]:
        return tuple(
            Inbox(
                seed.id,
                seed.name,
                EMAIL_CHANNEL_ID if seed.channel == "email" else CHAT_CHANNEL_ID,
                str(42423411 + index),
                seed.channel,
                type=seed.type,
                address=seed.address,
                active=seed.active,
            )
            for index, seed in enumerate(portal.inboxes)
        )

    @staticmethod
    def oauth_scopes_for(portal: Portal) -> tuple[str, ...]:
        """What approving the public app grants: the required scopes, plus the optional ones
        the portal's subscription includes (HubSpot drops the others silently)."""
        if portal.service_hub_tier in {"professional", "enterprise"}:
            return (*OAUTH_SCOPES, *OAUTH_OPTIONAL_SCOPES)
        return OAUTH_SCOPES

    def issue_code(self, portal: Portal, redirect_uri: str) -> str:
        code = secrets.token_urlsafe(24)
        self.codes[code] = (OAuthGrant(portal.id, self.oauth_scopes_for(portal)), redirect_uri)
        return code

    def exchange_code(
        self, code: str, redirect_uri: str, client_id: str, secret: str
    ) -> tuple[str, str]:
        """The backend's `POST /oauth/v1/token`: access and refresh token for the portal."""
        if client_id != CLIENT_ID or not same_secret(secret, CLIENT_SECRET):
            raise _oauth_error(
                "BAD_CLIENT_ID", "invalid_client", "The client id or secret is not valid."
            )
        entry = self.codes.pop(code, None)
        if entry is None or entry[1] != redirect_uri:
            raise _oauth_error(
                "BAD_AUTH_CODE", "invalid_grant", "The authorization code is not valid."
            )
        return self.issue_tokens(entry[0])

    def issue_tokens(self, grant: OAuthGrant) -> tuple[str, str]:
        access = f"sbx-access-{secrets.token_urlsafe(24)}"
        refresh = f"na1-{secrets.token_hex(2)}-{uuid.uuid4()}"
        self.access_tokens[access] = OAuthGrant(
            grant.portal_id, grant.scopes, time.monotonic() + ACCESS_TOKEN_SECONDS
        )
        self.refresh_tokens[refresh] = grant
        return access, refresh

    # --- authentication -------------------------------------------------------------------

    def authenticate(self, authorization: str | None) -> tuple[Portal, tuple[str, ...], bool]:
        """(portal, scopes, is_private_app) for a `Bearer` header, or HubSpot's 401."""
        token = _bearer(authorization)
        if token is not None and same_secret(token, self.legacy_token):
            return self.scenario.hubspot.portals[0], self.scenario.hubspot.legacy_token_scopes, True
        grant = self.access_tokens.get(token or "")
        if grant is not None and grant.expires_at > time.monotonic():
            portal = self.scenario.portal(grant.portal_id)
            if portal is not None:
                return portal, grant.scopes, False
        raise HubSpotError(
            401,
            "INVALID_AUTHENTICATION",
            "Authentication credentials not found. This API supports OAuth 2.0 authentication "
            "and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
        )

    @staticmethod
    def require_scope(scopes: tuple[str, ...], *needed: str) -> None:
        if not any(scope in scopes for scope in needed):
            raise HubSpotError(
                403,
                "MISSING_SCOPES",
                "This app hasn't been granted all required scopes to make this call. "
                f"Read more about required scopes here: {' or '.join(needed)}",
                extra={
                    "errors": [
                        {
                            "message": f"One or more of the following scopes are "
                            f"required: {list(needed)}",
                            "context": {"requiredGranularScopes": list(needed)},
                        }
                    ]
                },
            )

    # --- owners -----------------------------------------------------------------------------

    def take_rate_limit(self) -> None:
        """HubSpot's 10-second limit, hit on purpose by the owners-rate-limited scenario."""
        if self.owners_429_left > 0:
            self.owners_429_left -= 1
            raise HubSpotError(
                429,
                "RATE_LIMITS",
                "You have reached your ten_secondly_rolling limit.",
                headers={**self.rate_limit_headers(remaining=0), "Retry-After": "1"},
                extra={"errorType": "RATE_LIMIT", "policyName": "TEN_SECONDLY_ROLLING"},
            )

    @staticmethod
    def rate_limit_headers(*, remaining: int = RATE_LIMIT_MAX - 1) -> dict[str, str]:
        return {
            "X-HubSpot-RateLimit-Max": str(RATE_LIMIT_MAX),
            "X-HubSpot-RateLimit-Remaining": str(remaining),
            "X-HubSpot-RateLimit-Interval-Milliseconds": str(RATE_LIMIT_INTERVAL_MS),
        }

    def owners_page(
        self, limit: int, after: str | None, email: str | None = None
    ) -> tuple[list[Owner], str | None]:
        """One page of owners and the cursor of the next page (an index, as text)."""
        owners = [o for o in self.owners if email is None or o.email == email.lower()]
        start = int(after) if after and after.isdigit() else 0
        page = owners[start : start + limit]
        following = start + limit
        return page, (str(following) if following < len(owners) else None)

    def owner(self, owner_id: str) -> Owner | None:
        return next((o for o in self.owners if o.id == owner_id), None)

    def owner_by_user_id(self, user_id: str) -> Owner | None:
        return next((o for o in self.owners if str(o.user_id) == user_id), None)

    # --- conversations --------------------------------------------------------------------

    def inbox_for(self, channel_type: str) -> Inbox:
        return next(i for i in self.inboxes if i.channel_type == channel_type)

    def customer_writes(
        self,
        channel_type: str,
        text: str,
        *,
        name: str = "Test Customer",
        email: str | None = "test.customer@example.com",
        kind: str = "MESSAGE",
        assigned_to: str | None = None,
    ) -> Thread:
        """A first message: a new thread in the inbox of that channel, assigned as routed."""
        inbox = self.inbox_for(channel_type)
        thread = Thread(
            id=self.new_id(),
            inbox_id=inbox.id,
            channel_id=inbox.channel_id,
            channel_account_id=inbox.channel_account_id,
            contact_id=self.new_id(),
            created_at=now(),
            assigned_to=assigned_to,
            contact_email=email,
        )
        self.threads[thread.id] = thread
        self.post(
            thread,
            kind,
            text,
            actor_id=f"E-{email}" if email else f"V-{thread.contact_id}",
            name=name,
            email=email,
            direction="INCOMING" if kind == "MESSAGE" else None,
        )
        return thread

    def create_ticket(self, thread: Thread, subject: str, owner_id: str | None) -> Ticket:
        """The handoff's ticket, associated with the thread's contact by email."""
        if thread.contact_email is None:
            raise ValueError("a ticket needs a contact with an email address")
        ticket = Ticket(
            id=self.new_id(),
            subject=subject,
            owner_id=owner_id,
            tags=("opencx_handedoff",),
            thread_id=thread.id,
            contact_email=thread.contact_email,
            created_at=now(),
        )
        self.tickets[ticket.id] = ticket
        return ticket

    def post(
        self,
        thread: Thread,
        kind: str,
        text: str,
        *,
        actor_id: str,
        name: str,
        email: str | None,
        direction: str | None,
        integration: bool = False,
    ) -> Message:
        message = Message(
            id=secrets.token_hex(16),
            thread_id=thread.id,
            type=kind,
            text=text,
            direction=direction,
            actor_id=actor_id,
            sender_name=name,
            sender_email=email,
            channel_id=thread.channel_id,
            channel_account_id=thread.channel_account_id,
            created_at=now(),
            integration=integration,
        )
        thread.messages.append(message)
        return message

    @staticmethod
    def thread_link(app_url: str, portal: Portal, thread: Thread) -> str:
        """The thread in the simulated HubSpot inbox (the sandbox's page, not app.hubspot.com)."""
        return f"{app_url}/live-messages/{portal.id}/inbox/{thread.id}"

    @staticmethod
    def ticket_link(app_url: str, portal: Portal, ticket: Ticket) -> str:
        """The ticket in the simulated HubSpot (HubSpot's own path shape, the sandbox's host)."""
        return f"{app_url}/contacts/{portal.id}/ticket/{ticket.id}"


def _oauth_error(status: str, error: str, message: str) -> HubSpotError:
    """HubSpot's OAuth error: the legacy `status` code plus RFC 6749's `error` fields."""
    extra = {"status": status, "error": error, "error_description": message}
    return HubSpotError(400, "BAD_REQUEST", message, extra=extra)


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def expires_in_seconds(grant: OAuthGrant) -> int:
    return max(0, int(grant.expires_at - time.monotonic()))


def in_minutes(minutes: int) -> datetime:
    return now() + timedelta(minutes=minutes)
