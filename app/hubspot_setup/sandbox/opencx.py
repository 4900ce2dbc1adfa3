"""The simulated OpenCX backend's state: sign-in, the HubSpot integration, Autopilot, signatures.

Operations check their preconditions and raise `ApiError` before changing anything, so a refused
request never leaves half a change behind. Test runs live in `checklist`.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from hubspot_setup.sandbox.compare import same_secret
from hubspot_setup.sandbox.contract_rules import (
    LEGACY_REQUIRED_SCOPES,
    LEGACY_SUBSCRIPTIONS,
    Channel,
    key_need,
)
from hubspot_setup.sandbox.credentials import (
    new_access_token,
    new_api_key,
    new_old_form_api_key,
    new_refresh_token,
    new_signing_key,
    signed_webhook_url,
)
from hubspot_setup.sandbox.domain_patterns import PatternRefused, canonical_pattern
from hubspot_setup.sandbox.errors import ApiError, validation_failed
from hubspot_setup.sandbox.hubspot import (
    CLIENT_ID as HUBSPOT_CLIENT_ID,
)
from hubspot_setup.sandbox.hubspot import (
    OAUTH_OPTIONAL_SCOPES,
    OAUTH_SCOPES,
    Owner,
    SimulatedHubSpot,
    in_minutes,
    now,
    rfc3339,
)
from hubspot_setup.sandbox.scenario import Portal, Scenario
from hubspot_setup.sandbox.signature_policy import SignatureRefused, clean_signature_html

CLIENT_ID = "hubspot-setup"
CODE_SECONDS = 60
ACCESS_TOKEN_SECONDS = 3600
INSTALL_MINUTES = 10
VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")  # RFC 7636 4.1
WORKFLOW_ACTION_IDS = ("pause_ai", "resume_ai", "send_to_ai", "request_handoff")
REFRESH_REJECTED = "refresh_token_rejected"  # the one reconnect reason OpenCX documents
LEGACY_NOTE = (
    "Also remove the webhook subscriptions from your HubSpot legacy private app, so HubSpot "
    "stops sending events to OpenCX."
)


def is_loopback_http(url: str) -> bool:
    """`http://127.0.0.1:<port>/...`, `http://[::1]:<port>/...` or `http://localhost:<port>/...`."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return (
        parts.scheme == "http"
        and host in {"127.0.0.1", "::1", "localhost"}
        and port is not None
        and not parts.username
        and not parts.password
        and not parts.fragment
    )


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass
class AuthRequest:
    redirect_uri: str
    state: str | None
    code_challenge: str


@dataclass
class AuthCode:
    redirect_uri: str
    code_challenge: str
    expires_at: float


@dataclass
class AccessGrant:
    expires_at: float
    calls_left: int | None = None  # the session-expires scenario's short-lived first token


@dataclass
class Install:
    id: str
    return_to: str
    assistant_state: str
    backend_state: str
    expires_at: datetime
    state_used: bool = False
    result: str | None = None
    result_used: bool = False
    portal_id: int | None = None


@dataclass
class SignatureRule:
    id: str
    pattern: str
    html: str
    updated_at: datetime

    def wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "pattern": self.pattern,
            "html": self.html,
            "updated_at": rfc3339(self.updated_at),
        }


@dataclass
class IntegrationState:
    method: str | None = None  # "oauth" | "legacy" | None (not connected)
    portal_id: int | None = None
    connected_at: datetime | None = None
    sender_owner_id: str | None = None
    default_user_id: str | None = None
    # Set when HubSpot refused the refresh token (app uninstalled, permissions changed):
    # the connection stays, with its settings, until the admin reconnects.
    reconnect_reason: str | None = None

    @property
    def needs_reconnect(self) -> bool:
        return self.method is not None and self.reconnect_reason is not None


@dataclass
class SimulatedOpenCX:
    scenario: Scenario
    hubspot: SimulatedHubSpot
    opencx_url: str
    hubspot_app_url: str
    api_key: str = field(default_factory=new_api_key)  # OpenCX's documented ocx_live_ form
    old_form_api_key: str = field(default_factory=new_old_form_api_key)  # still accepted
    signing_key: bytes = field(default_factory=new_signing_key, repr=False)
    auth_requests: dict[str, AuthRequest] = field(default_factory=dict)
    codes: dict[str, AuthCode] = field(default_factory=dict)
    access_tokens: dict[str, AccessGrant] = field(default_factory=dict)
    refresh_tokens: set[str] = field(default_factory=set)
    first_token_issued: bool = False
    integration: IntegrationState = field(default_factory=IntegrationState)
    installs: dict[str, Install] = field(default_factory=dict)
    autopilot: dict[Channel, bool] = field(default_factory=dict)
    signatures: dict[str, SignatureRule] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.autopilot = {
            channel: self.scenario.autopilot.get(channel, True) for channel in Channel
        }
        start = self.scenario.integration
        if start.method is not None:
            self.integration = IntegrationState(
                method=start.method,
                portal_id=self.scenario.hubspot.portals[0].id,
                connected_at=now(),
                sender_owner_id=start.sender_owner_id,
                default_user_id=start.default_user_id,
                reconnect_reason=REFRESH_REJECTED if start.reconnect_required else None,
            )
        for seed in self.scenario.signatures:
            self.add_signature(seed.pattern, seed.html)

    # --- sign-in ------------------------------------------------------------------------------

    def start_sign_in(self, redirect_uri: str, state: str | None, challenge: str) -> str:
        request_id = secrets.token_urlsafe(16)
        self.auth_requests[request_id] = AuthRequest(redirect_uri, state, challenge)
        return request_id

    def finish_sign_in(self, request_id: str) -> tuple[AuthRequest, str] | None:
        """The request and a fresh code, or None for an unknown or already answered request."""
        request = self.auth_requests.pop(request_id, None)
        if request is None:
            return None
        code = secrets.token_urlsafe(24)
        self.codes[code] = AuthCode(
            request.redirect_uri, request.code_challenge, time.monotonic() + CODE_SECONDS
        )
        return request, code

    def redeem_code(self, code: str, redirect_uri: str, verifier: str) -> dict[str, Any]:
        entry = self.codes.pop(code, None)
        if entry is None or entry.expires_at < time.monotonic():
            raise OAuthError("invalid_grant", "The sign-in code is unknown, used or expired.")
        if entry.redirect_uri != redirect_uri:
            raise OAuthError("invalid_grant", "redirect_uri does not match the sign-in request.")
        if not VERIFIER.fullmatch(verifier) or not same_secret(
            s256(verifier), entry.code_challenge
        ):
            raise OAuthError("invalid_grant", "code_verifier does not match code_challenge.")
        return self._issue_tokens()

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        if refresh_token not in self.refresh_tokens:
            raise OAuthError("invalid_grant", "The refresh token is unknown or was already used.")
        self.refresh_tokens.discard(refresh_token)  # rotation: each refresh token works once
        return self._issue_tokens()

    def revoke(self, token: str) -> None:
        self.access_tokens.pop(token, None)
        self.refresh_tokens.discard(token)

    def _issue_tokens(self) -> dict[str, Any]:
        opencx = self.scenario.opencx
        access = new_access_token(
            self.signing_key,
            subject=opencx.user.id,
            organization=opencx.organization.id,
            seconds=ACCESS_TOKEN_SECONDS,
        )
        refresh = new_refresh_token()
        calls_left = None
        if not self.first_token_issued:
            calls_left = self.scenario.opencx.access_token_expires_after_calls
            self.first_token_issued = True
        self.access_tokens[access] = AccessGrant(
            time.monotonic() + ACCESS_TOKEN_SECONDS, calls_left
        )
        self.refresh_tokens.add(refresh)
        return {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_in": ACCESS_TOKEN_SECONDS,
        }

    def authenticate(self, authorization: str | None) -> str:
        """The token's identity for idempotency scoping, or 401."""
        scheme, _, token = (authorization or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "unauthorized", "Sign in to OpenCX first.")
        if same_secret(token, self.api_key) or same_secret(token, self.old_form_api_key):
            return "api_key"
        grant = self.access_tokens.get(token)
        if grant is None:
            raise ApiError(401, "unauthorized", "This sign-in is not known. Sign in again.")
        if grant.expires_at < time.monotonic() or grant.calls_left == 0:
            raise ApiError(401, "session_expired", "The sign-in has expired. Refresh it.")
        if grant.calls_left is not None:
            grant.calls_left -= 1
        return hashlib.sha256(token.encode()).hexdigest()[:16]

    def require_key_access(self, caller: str, method: str, route: str) -> None:
        """A limited API key (scenario `api_key_scopes`) may call only what its scopes cover."""
        scopes = self.scenario.opencx.api_key_scopes
        need = key_need(method, route)
        if caller != "api_key" or scopes is None or need is None or need.scope in scopes:
            return
        message = (
            f"Missing scope: {need.scope}"
            if need.scope
            else "This API key is limited to some scopes; this needs a key with full access."
        )
        raise ApiError(403, "insufficient_scope", message, details={"required_scope": need.scope})

    def require_in_service(self, route: str) -> None:
        if self.scenario.failures.opencx_maintenance and route != "/v1/me":
            raise ApiError(
                503,
                "unavailable",
                "OpenCX is down for maintenance. Try again in a few minutes.",
                headers={"Retry-After": "1"},
            )

    def require_admin(self) -> None:
        role = self.scenario.opencx.role
        if role not in {"owner", "admin"}:
            raise ApiError(
                403,
                "forbidden_role",
                "Only owners and admins of the OpenCX organisation can change integrations.",
                details={"role": role},
            )

    def me(self) -> dict[str, Any]:
        opencx = self.scenario.opencx
        return {
            "user": opencx.user.model_dump(),
            "organization": opencx.organization.model_dump(),
            "role": opencx.role,
        }

    # --- the integration ---------------------------------------------------------------------

    def portal(self) -> Portal | None:
        if self.integration.portal_id is None:
            return None
        return self.scenario.portal(self.integration.portal_id)

    def require_connected(self, *, live: bool = True) -> Portal:
        """The connected portal; with `live`, one HubSpot still accepts OpenCX's access for."""
        portal = self.portal()
        if self.integration.method is None or portal is None:
            raise ApiError(409, "not_connected", "No HubSpot portal is connected yet.")
        if live and self.integration.needs_reconnect:
            raise ApiError(
                409,
                "reconnect_required",
                "HubSpot no longer accepts OpenCX's access to this portal. Reconnect with "
                "HubSpot first.",
            )
        return portal

    def require_installable(self) -> None:
        """An install may start unless a healthy OAuth connection exists: while nothing is
        connected, to reconnect, or to move a legacy connection to OAuth in place."""
        state = self.integration
        if state.method == "oauth" and not state.needs_reconnect:
            raise ApiError(
                409,
                "already_connected",
                "A HubSpot portal is already connected. Disconnect it first.",
            )

    def require_not_connected(self) -> None:
        if self.integration.method is not None:
            raise ApiError(
                409,
                "already_connected",
                "A HubSpot portal is already connected. Disconnect it first.",
            )

    def teammate(self, owner: Owner) -> dict[str, Any]:
        return {
            "owner_id": owner.id,
            "user_id": owner.user_id,
            "email": owner.email,
            "first_name": owner.first_name,
            "last_name": owner.last_name,
        }

    def inbox_routing(self) -> dict[str, Any]:
        """Whom the inbox's routing assigns new conversations to (`Inbox.routing`)."""
        owner_id = self.scenario.pipeline.inbox_assigns_to
        owner = self.hubspot.owner(owner_id) if owner_id else None
        return {"assigns_to": self.teammate(owner) if owner else None}

    def sender(self) -> dict[str, Any] | None:
        owner_id = self.integration.sender_owner_id
        owner = self.hubspot.owner(owner_id) if owner_id else None
        return self.teammate(owner) if owner else None

    def integration_wire(self) -> dict[str, Any]:
        state = self.integration
        portal = self.portal()
        connected = state.method is not None and portal is not None
        status = "not_connected"
        if connected:
            status = "reconnect_required" if state.needs_reconnect else "connected"
        return {
            "status": status,
            "reconnect_reason": state.reconnect_reason if connected else None,
            "method": state.method if connected else None,
            "portal": portal_wire(portal) if connected and portal else None,
            "connected_at": rfc3339(state.connected_at)
            if connected and state.connected_at
            else None,
            "sender": self.sender() if connected else None,
            "default_user_id": state.default_user_id if connected else None,
            "workflow_actions": dict.fromkeys(
                WORKFLOW_ACTION_IDS,
                connected and state.method == "oauth" and not state.needs_reconnect,
            ),
        }

    def start_install(self, return_to: str, state: str) -> dict[str, Any]:
        self.require_installable()
        install = Install(
            id=f"ins_{secrets.token_urlsafe(12)}",
            return_to=return_to,
            assistant_state=state,
            backend_state=secrets.token_urlsafe(24),
            expires_at=in_minutes(INSTALL_MINUTES),
        )
        self.installs[install.id] = install
        query = urlencode(
            {
                "client_id": HUBSPOT_CLIENT_ID,
                "redirect_uri": self.relay_url,
                "scope": " ".join(OAUTH_SCOPES),
                "optional_scope": " ".join(OAUTH_OPTIONAL_SCOPES),
                "state": install.backend_state,
            }
        )
        return {
            "install_id": install.id,
            "authorize_url": f"{self.hubspot_app_url}/oauth/authorize?{query}",
            "expires_at": rfc3339(install.expires_at),
        }

    @property
    def relay_url(self) -> str:
        return f"{self.opencx_url}/v1/integrations/hubspot/oauth/callback"

    def install_by_backend_state(self, backend_state: str) -> Install | None:
        for install in self.installs.values():
            if same_secret(install.backend_state, backend_state):
                return install
        return None

    def complete_install(
        self, install_id: str, result: str, *, allow_portal_change: bool = False
    ) -> dict[str, Any]:
        install = self.installs.get(install_id)
        if install is None:
            raise ApiError(404, "not_found", "There is no such HubSpot install.")
        if (
            install.result is None
            or install.result_used
            or install.expires_at < now()
            or not same_secret(install.result, result)
            or install.portal_id is None
        ):
            raise ApiError(
                400,
                "invalid_state",
                "This HubSpot approval is unknown, expired or was already used. "
                "Connect with HubSpot again.",
            )
        self.require_installable()
        before = self.integration
        moving = before.method is not None and before.portal_id != install.portal_id
        if moving and not allow_portal_change:
            # Nothing changes and the result stays redeemable: the assistant asks the admin,
            # then confirms with allow_portal_change (or lets the result expire).
            old, new = self.portal(), self.scenario.portal(install.portal_id)
            raise ApiError(
                409,
                "portal_mismatch",
                "You approved a different HubSpot portal than the one connected to OpenCX.",
                details={
                    "connected_portal": portal_wire(old) if old else None,
                    "approved_portal": portal_wire(new) if new else None,
                },
            )
        install.result_used = True
        self.integration = self._after_install(before, install.portal_id, moving=moving)
        return self.integration_wire()

    def _after_install(
        self, before: IntegrationState, portal_id: int, *, moving: bool
    ) -> IntegrationState:
        """A fresh connection, a reconnect or a move from legacy: the same portal keeps its
        sender and default user (a legacy default user becomes the sender when none is set);
        another portal's teammates are not this one's, so both are cleared. Signatures and
        Autopilot belong to the organisation and are never touched here."""
        if before.method is None or moving:
            return IntegrationState(method="oauth", portal_id=portal_id, connected_at=now())
        sender = before.sender_owner_id
        if sender is None and before.default_user_id is not None:
            owner = self.hubspot.owner_by_user_id(before.default_user_id)
            sender = owner.id if owner else None
        return IntegrationState(
            method="oauth",
            portal_id=portal_id,
            connected_at=now(),
            sender_owner_id=sender,
            default_user_id=before.default_user_id,
        )

    def disconnect(self) -> dict[str, Any]:
        self.require_connected(live=False)
        legacy = self.integration.method == "legacy"
        self.integration = IntegrationState()
        return {"status": "not_connected", "legacy_note": LEGACY_NOTE if legacy else None}

    def set_sender(self, owner_id: str) -> dict[str, Any]:
        self.require_connected()
        owner = self.hubspot.owner(owner_id)
        if owner is None:
            raise validation_failed({"owner_id": "This teammate is not in the HubSpot portal."})
        self.integration.sender_owner_id = owner.id
        return {"sender": self.teammate(owner)}

    def legacy_info(self) -> dict[str, Any]:
        org = self.scenario.opencx.organization.id
        return {
            "webhook_url": signed_webhook_url(self.opencx_url, org, self.signing_key),
            "required_scopes": list(LEGACY_REQUIRED_SCOPES),
            "subscriptions": [{"object": s.object, "event": s.event} for s in LEGACY_SUBSCRIPTIONS],
        }

    def save_legacy(self, token: str, default_user_id: str) -> dict[str, Any]:
        self.require_not_connected()
        if not same_secret(token, self.hubspot.legacy_token):
            raise ApiError(
                422,
                "invalid_token",
                "HubSpot does not accept this private app token. Copy it again from the app.",
            )
        scopes = self.hubspot.scenario.hubspot.legacy_token_scopes
        missing = [scope for scope in LEGACY_REQUIRED_SCOPES if scope not in scopes]
        if missing:
            raise ApiError(
                422,
                "missing_scopes",
                "The private app is missing scopes OpenCX needs: " + ", ".join(missing) + ".",
                details={"missing": missing},
            )
        if self.hubspot.owner_by_user_id(default_user_id) is None:
            raise validation_failed(
                {"default_user_id": "No teammate in this HubSpot portal has this user ID."}
            )
        self.integration = IntegrationState(
            method="legacy",
            portal_id=self.scenario.hubspot.portals[0].id,
            connected_at=now(),
            default_user_id=default_user_id,
        )
        return self.integration_wire()

    # --- signatures --------------------------------------------------------------------------

    def check_signature(self, pattern: str, html: str, *, except_id: str | None) -> tuple[str, str]:
        fields: dict[str, str] = {}
        text = clean = ""
        try:
            text = canonical_pattern(pattern)
        except PatternRefused as refused:
            fields["pattern"] = refused.reason
        try:
            clean = clean_signature_html(html)
        except SignatureRefused as refused:
            fields["html"] = refused.reason
        if fields:
            raise validation_failed(fields, "The signature rule is not valid.")
        if any(r.pattern == text and r.id != except_id for r in self.signatures.values()):
            raise ApiError(
                409,
                "duplicate_pattern",
                f"There is already a signature for {text}. Edit that one instead.",
            )
        return text, clean

    def add_signature(self, pattern: str, html: str) -> dict[str, Any]:
        text, clean = self.check_signature(pattern, html, except_id=None)
        rule = SignatureRule(f"sig_{secrets.token_hex(6)}", text, clean, now())
        self.signatures[rule.id] = rule
        return rule.wire()

    def signature(self, rule_id: str) -> SignatureRule:
        rule = self.signatures.get(rule_id)
        if rule is None:
            raise ApiError(404, "not_found", "There is no such signature rule.")
        return rule

    def update_signature(self, rule_id: str, pattern: str, html: str) -> dict[str, Any]:
        rule = self.signature(rule_id)
        text, clean = self.check_signature(pattern, html, except_id=rule_id)
        rule.pattern, rule.html, rule.updated_at = text, clean, now()
        return rule.wire()

    def delete_signature(self, rule_id: str) -> None:
        self.signature(rule_id)
        del self.signatures[rule_id]


class OAuthError(Exception):
    """RFC 6749 5.2 token endpoint error."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(error)
        self.error = error
        self.description = description


def portal_wire(portal: Portal) -> dict[str, Any]:
    """The contract's Portal: what HubSpot's account-info tells (never a Service Hub tier,
    which no HubSpot API reports)."""
    return {
        "id": portal.id,
        "domain": portal.domain,
        "ui_domain": portal.ui_domain,
        "account_type": portal.account_type.lower(),
        "data_hosting_location": portal.data_hosting_location,
    }
