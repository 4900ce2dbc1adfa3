"""The OpenCX client: one async method per route of docs/backend-api.md.

Every write carries an Idempotency-Key made once per logical write and reused across its
retries, so a retried write is never done twice. An expired session (`401
session_expired`) is refreshed once and the call replayed; if the refresh is refused the
admin is signed out. Following a test run live is `run_events`' job.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from hubspot_setup.flow.problems import Problem, ProblemError, signed_out
from hubspot_setup.services.errors import (
    OPENCX,
    problem_from_response,
    problem_from_transport,
    read_error_body,
    technical_details,
    unexpected,
)
from hubspot_setup.services.http import TIMEOUTS, CallKind
from hubspot_setup.services.logs import remember_secret
from hubspot_setup.services.opencx_models import (
    AutopilotChannel,
    AutopilotChannels,
    Disconnected,
    EventPage,
    InboxList,
    InstallStarted,
    Integration,
    LegacyInfo,
    Me,
    PortalMismatchDetails,
    PortalReportModel,
    SenderAnswer,
    SignatureList,
    SignatureRuleModel,
    TeammateModel,
    TeammatePage,
    TestRun,
    TokenSet,
    parse_response,
)
from hubspot_setup.services.paging import Paged, read_all_pages
from hubspot_setup.services.retry import RetryPolicy, send_with_retries
from hubspot_setup.services.run_events import RunFinished, RunFollower, RunUpdate

CLIENT_ID = "hubspot-setup"
SCOPE = "hubspot.setup"
TEAMMATE_PAGE_SIZE = 500
MAX_TEAMMATE_PAGES = 200  # 100,000 teammates: far beyond any portal, and no endless loop
LONG_POLL_WAIT_S = 25

M = TypeVar("M", bound=BaseModel)

__all__ = ["OpenCXClient", "PortalMismatch", "RunFinished", "RunUpdate", "SessionAuth"]


@dataclass
class SessionAuth:
    """The credential for `/v1`: an access token (with its refresh token) or an API key.

    `repr` hides both; the session lives in the keyring and only passes through here.
    """

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    is_api_key: bool = False

    def __post_init__(self) -> None:
        # Secrets by value, whatever their shape (ocx_live_..., a JWT, an opaque string).
        remember_secret(self.access_token, self.refresh_token)

    @classmethod
    def from_api_key(cls, api_key: str) -> SessionAuth:
        return cls(access_token=api_key, is_api_key=True)

    @classmethod
    def from_tokens(cls, tokens: TokenSet) -> SessionAuth:
        return cls(access_token=tokens.access_token, refresh_token=tokens.refresh_token)

    def to_secret(self) -> str:
        """The keyring form of this credential."""
        if self.is_api_key:
            return json.dumps({"api_key": self.access_token})
        return json.dumps({"access_token": self.access_token, "refresh_token": self.refresh_token})

    @classmethod
    def from_secret(cls, text: str) -> SessionAuth | None:
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        if isinstance(data.get("api_key"), str):
            return cls.from_api_key(data["api_key"])
        access = data.get("access_token")
        refresh = data.get("refresh_token")
        if isinstance(access, str):
            return cls(access, refresh if isinstance(refresh, str) else None)
        return None


# Told the new tokens after a refresh; an awaitable result is awaited (a keychain write).
TokensRefreshed = Callable[[SessionAuth], Awaitable[None] | None]


# A quick look before a browser sign-in (see `check_reachable`).
REACHABLE_TIMEOUT_S = 4.0


class OpenCXClient:
    def __init__(
        self,
        base_url: str,
        http: httpx.AsyncClient,
        *,
        auth: SessionAuth | None = None,
        retry: RetryPolicy | None = None,
        on_tokens_refreshed: TokensRefreshed | None = None,
    ) -> None:
        self._base = httpx.URL(base_url.rstrip("/") + "/")
        self._http = http
        self.auth = auth
        self._retry = retry or RetryPolicy()
        self.on_tokens_refreshed = on_tokens_refreshed
        self._refresh_lock = asyncio.Lock()

    def url(self, path: str) -> httpx.URL:
        return self._base.join(path.lstrip("/"))

    # -- sending --------------------------------------------------------------------

    def _headers(self, idempotency_key: str | None) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if self.auth is not None:
            headers["Authorization"] = f"Bearer {self.auth.access_token}"
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    async def _send(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str | int] | None = None,
        kind: CallKind = CallKind.QUICK,
        write: bool = False,
        answer_statuses: frozenset[int] = frozenset(),
    ) -> httpx.Response:
        """Send with retries and one session refresh; return a 2xx response (or one whose
        status the caller reads itself, `answer_statuses`) or raise."""
        key = str(uuid.uuid4()) if write else None  # one key per logical write
        refreshed = False
        while True:
            sent_with = self.auth.access_token if self.auth else None

            async def once() -> httpx.Response:
                return await self._http.request(
                    method,
                    self.url(path),
                    json=body,
                    params=params,
                    headers=self._headers(key),
                    timeout=TIMEOUTS[kind],
                )

            response = await send_with_retries(
                once, policy=self._retry, retryable=True, service=OPENCX
            )
            if response.is_success or response.status_code in answer_statuses:
                return response
            if (
                response.status_code == 401
                and not refreshed
                and _session_may_have_expired(response, self.auth)
            ):
                refreshed = True
                await self._refresh_session(sent_with, response)
                continue
            using_key = self.auth is not None and self.auth.is_api_key
            raise problem_from_response(response, OPENCX, api_key=using_key)

    async def _json(self, model: type[M], method: str, path: str, **kwargs: Any) -> M:
        response = await self._send(method, path, **kwargs)
        return parse_response(model, response)

    async def _refresh_session(self, sent_with: str | None, response: httpx.Response) -> None:
        """Refresh the access token once; concurrent calls share one refresh."""
        async with self._refresh_lock:
            auth = self.auth
            if auth is None or auth.access_token != sent_with:
                return  # another call refreshed it meanwhile
            if auth.refresh_token is None:
                raise ProblemError(signed_out(technical_details(response.request, status=401)))
            tokens = await self._token_request(
                {
                    "grant_type": "refresh_token",
                    "refresh_token": auth.refresh_token,
                    "client_id": CLIENT_ID,
                }
            )
            self.auth = SessionAuth.from_tokens(tokens)
            if self.auth.refresh_token is None:  # the server did not rotate it
                self.auth.refresh_token = auth.refresh_token
            if self.on_tokens_refreshed is not None:
                kept = self.on_tokens_refreshed(self.auth)
                if kept is not None:
                    await kept

    async def _token_request(self, form: Mapping[str, str]) -> TokenSet:
        # Not retried: codes and refresh tokens are single use.
        try:
            response = await self._http.post(
                self.url("/oauth/token"),
                data=dict(form),
                headers={"Accept": "application/json"},
                timeout=TIMEOUTS[CallKind.QUICK],
            )
        except httpx.TransportError as exc:
            raise problem_from_transport(exc, OPENCX) from exc
        if response.is_success:
            return parse_response(TokenSet, response)
        if response.status_code in (400, 401):
            body_code = _error_code(response)
            raise ProblemError(
                signed_out(
                    technical_details(response.request, status=response.status_code)
                    + (f"; code {body_code}" if body_code else "")
                )
            )
        raise problem_from_response(response, OPENCX)

    # -- sign-in ----------------------------------------------------------------------

    def authorize_url(self, *, redirect_uri: str, challenge: str, state: str) -> str:
        query = httpx.QueryParams(
            {
                "response_type": "code",
                "client_id": CLIENT_ID,
                "redirect_uri": redirect_uri,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "state": state,
                "scope": SCOPE,
            }
        )
        return str(self.url("/oauth/authorize").copy_with(query=str(query).encode("ascii")))

    async def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> TokenSet:
        return await self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": CLIENT_ID,
                "code_verifier": verifier,
            }
        )

    async def revoke(self, token: str) -> None:
        """Best effort: a failed revoke must not keep the admin signed in locally."""
        try:
            await self._http.post(
                self.url("/oauth/revoke"),
                data={"token": token, "client_id": CLIENT_ID},
                timeout=TIMEOUTS[CallKind.QUICK],
            )
        except httpx.TransportError:
            return

    async def check_reachable(self, timeout_s: float = REACHABLE_TIMEOUT_S) -> None:
        """Before a browser sign-in: any HTTP answer from OpenCX's sign-in server will do.
        No answer at all raises the offline (or blocked) Problem at once, instead of the
        admin waiting minutes on a browser page that cannot load."""
        try:
            await self._http.head(self.url("/oauth/authorize"), timeout=timeout_s)
        except httpx.TransportError as exc:
            raise problem_from_transport(exc, OPENCX) from exc

    async def me(self) -> Me:
        return await self._json(Me, "GET", "/v1/me")

    # -- integration ----------------------------------------------------------------

    async def integration(self) -> Integration:
        return await self._json(Integration, "GET", "/v1/integrations/hubspot")

    async def start_install(self, return_to: str, state: str) -> InstallStarted:
        return await self._json(
            InstallStarted,
            "POST",
            "/v1/integrations/hubspot/oauth/installs",
            body={"return_to": return_to, "state": state},
            kind=CallKind.WRITE,
            write=True,
        )

    async def complete_install(
        self, install_id: str, result: str, *, allow_portal_change: bool = False
    ) -> Integration:
        """Redeem the install result; raises `PortalMismatch` when the admin approved
        another portal than the connected one and `allow_portal_change` is not set."""
        body: dict[str, Any] = {"result": result}
        if allow_portal_change:
            body["allow_portal_change"] = True
        response = await self._send(
            "POST",
            f"/v1/integrations/hubspot/oauth/installs/{_segment(install_id)}/complete",
            body=body,
            kind=CallKind.WRITE,
            write=True,
            answer_statuses=frozenset({409}),
        )
        if response.status_code == 409:
            raise _portal_mismatch(response)
        return parse_response(Integration, response)

    async def disconnect(self, confirm: str = "DELETE") -> Disconnected:
        return await self._json(
            Disconnected,
            "POST",
            "/v1/integrations/hubspot/disconnect",
            body={"confirm": confirm},
            kind=CallKind.WRITE,
            write=True,
        )

    async def teammates_page(
        self, *, limit: int = TEAMMATE_PAGE_SIZE, after: str | None = None
    ) -> TeammatePage:
        params: dict[str, str | int] = {"limit": limit}
        if after:
            params["after"] = after
        return await self._json(
            TeammatePage, "GET", "/v1/integrations/hubspot/teammates", params=params
        )

    async def all_teammates(self) -> Paged[TeammateModel]:
        """Every teammate once, across pages (`cut` says why the list may be incomplete)."""

        async def page(after: str | None) -> tuple[list[TeammateModel], str | None]:
            answer = await self.teammates_page(after=after)
            next_page = answer.paging.next if answer.paging else None
            return answer.results, next_page.after if next_page else None

        return await read_all_pages(
            page, key=lambda model: model.owner_id, max_pages=MAX_TEAMMATE_PAGES, what="teammates"
        )

    async def sender(self) -> TeammateModel | None:
        return (await self._json(SenderAnswer, "GET", "/v1/integrations/hubspot/sender")).sender

    async def set_sender(self, owner_id: str) -> TeammateModel:
        answer = await self._json(
            SenderAnswer,
            "PUT",
            "/v1/integrations/hubspot/sender",
            body={"owner_id": owner_id},
            kind=CallKind.WRITE,
            write=True,
        )
        if answer.sender is None:
            raise ProblemError(_no_field("sender"))
        return answer.sender

    async def legacy_info(self) -> LegacyInfo:
        return await self._json(LegacyInfo, "GET", "/v1/integrations/hubspot/legacy")

    async def save_legacy_credentials(
        self, private_app_token: str, default_user_id: str
    ) -> Integration:
        remember_secret(private_app_token)
        return await self._json(
            Integration,
            "PUT",
            "/v1/integrations/hubspot/legacy/credentials",
            body={"private_app_token": private_app_token, "default_user_id": default_user_id},
            kind=CallKind.WRITE,
            write=True,
        )

    # -- autopilot and signatures -----------------------------------------------------

    async def autopilot(self) -> AutopilotChannels:
        return await self._json(AutopilotChannels, "GET", "/v1/autopilot")

    async def set_autopilot(self, channel: str, enabled: bool) -> AutopilotChannel:
        return await self._json(
            AutopilotChannel,
            "PUT",
            f"/v1/autopilot/{_segment(channel)}",
            body={"enabled": enabled},
            kind=CallKind.WRITE,
            write=True,
        )

    async def signatures(self) -> SignatureList:
        return await self._json(SignatureList, "GET", "/v1/integrations/hubspot/signatures")

    async def create_signature(self, pattern: str, html: str) -> SignatureRuleModel:
        return await self._json(
            SignatureRuleModel,
            "POST",
            "/v1/integrations/hubspot/signatures",
            body={"pattern": pattern, "html": html},
            kind=CallKind.WRITE,
            write=True,
        )

    async def update_signature(self, rule_id: str, pattern: str, html: str) -> SignatureRuleModel:
        return await self._json(
            SignatureRuleModel,
            "PUT",
            f"/v1/integrations/hubspot/signatures/{_segment(rule_id)}",
            body={"pattern": pattern, "html": html},
            kind=CallKind.WRITE,
            write=True,
        )

    async def delete_signature(self, rule_id: str) -> None:
        await self._send(
            "DELETE",
            f"/v1/integrations/hubspot/signatures/{_segment(rule_id)}",
            kind=CallKind.WRITE,
            write=True,
        )

    # -- test runs --------------------------------------------------------------------

    async def inboxes(self) -> InboxList:
        return await self._json(InboxList, "GET", "/v1/integrations/hubspot/inboxes")

    async def portal_report(self) -> PortalReportModel:
        return await self._json(PortalReportModel, "GET", "/v1/integrations/hubspot/portal-report")

    async def start_test_run(self, channel: str) -> TestRun:
        return await self._json(
            TestRun,
            "POST",
            "/v1/test-runs",
            body={"channel": channel},
            kind=CallKind.WRITE,
            write=True,
        )

    async def test_run(self, run_id: str) -> TestRun:
        return await self._json(TestRun, "GET", f"/v1/test-runs/{_segment(run_id)}")

    async def request_handoff(self, run_id: str) -> TestRun:
        return await self._json(
            TestRun,
            "POST",
            f"/v1/test-runs/{_segment(run_id)}/handoff",
            body={},
            kind=CallKind.WRITE,
            write=True,
        )

    async def watch_test_run(self, run_id: str) -> TestRun:
        """Forget the message the run followed and wait for the next one (same run)."""
        return await self._json(
            TestRun,
            "POST",
            f"/v1/test-runs/{_segment(run_id)}/watch",
            body={},
            kind=CallKind.WRITE,
            write=True,
        )

    async def follow_test_run(self, run_id: str, after: int = 0) -> AsyncGenerator[RunUpdate, None]:
        """Every check event after `after` once, in order, then `RunFinished`.

        Server-sent events first; a dropped stream is resumed with Last-Event-ID after a
        backoff; a server that answers with JSON instead of a stream is long-polled.
        """
        follower = RunFollower(self, run_id, after)
        # aclosing: a consumer that stops early closes the stream now, in its own task.
        async with contextlib.aclosing(follower.updates()) as updates:
            async for update in updates:
                yield update

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    async def open_events(self, run_id: str, after: int) -> httpx.Response:
        """Open the events stream; the caller must close the response."""
        headers = self._headers(None)
        headers["Accept"] = "text/event-stream"
        if after:
            headers["Last-Event-ID"] = str(after)
        request = self._http.build_request(
            "GET",
            self.url(f"/v1/test-runs/{_segment(run_id)}/events"),
            headers=headers,
            timeout=TIMEOUTS[CallKind.STREAM],
        )
        return await self._http.send(request, stream=True)

    async def poll_events(self, run_id: str, after: int) -> EventPage:
        return await self._json(
            EventPage,
            "GET",
            f"/v1/test-runs/{_segment(run_id)}/events",
            params={"after": after, "wait": LONG_POLL_WAIT_S},
            kind=CallKind.STREAM,
        )


def _error_code(response: httpx.Response) -> str | None:
    try:
        data = response.json()
    except ValueError:
        return None
    if isinstance(data, dict):
        inner = data.get("error")
        if isinstance(inner, dict) and isinstance(inner.get("code"), str):
            return str(inner["code"])
        if isinstance(inner, str):
            return inner
    return None


def _session_may_have_expired(response: httpx.Response, auth: SessionAuth | None) -> bool:
    """`401 session_expired`; OpenCX's public error body names no code, so there any 401 is
    worth one refresh when a browser sign-in holds a refresh token."""
    if _error_code(response) == "session_expired":
        return True
    has_refresh = auth is not None and auth.refresh_token is not None
    return has_refresh and read_error_body(response).public_shape


class PortalMismatch(Exception):
    """`409 portal_mismatch`: nothing changed; the same result can be redeemed again with
    `allow_portal_change` once the admin agreed."""

    def __init__(self, details: PortalMismatchDetails, technical: str) -> None:
        super().__init__("portal_mismatch")
        self.connected = details.connected_portal
        self.approved = details.approved_portal
        self.technical = technical


def _portal_mismatch(response: httpx.Response) -> Exception:
    """The 409 of `complete` as `PortalMismatch`, or the plain Problem for any other 409."""
    body = read_error_body(response)
    if body.code == "portal_mismatch" and body.details is not None:
        try:
            details = PortalMismatchDetails.model_validate(body.details)
        except ValidationError:
            return problem_from_response(response, OPENCX)
        technical = technical_details(response.request, status=409, body=body)
        return PortalMismatch(details, technical)
    return problem_from_response(response, OPENCX)


def _segment(value: str) -> str:
    """An id placed in a path, escaped so it cannot add path segments."""
    return quote(value, safe="")


def _no_field(name: str) -> Problem:
    return unexpected(OPENCX, f"the answer has no {name}")
