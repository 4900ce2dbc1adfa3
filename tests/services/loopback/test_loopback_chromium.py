"""Real headless Chromium completes browser legs against the loopback listener.

First against a tiny authorize endpoint served by the test itself (redirect, Deny, form_post),
then against the sandbox: the OpenCX sign-in page with the PKCE token exchange, and the HubSpot
consent page through the backend's install relay (approve, Deny, a portal the user is not an
admin of).
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from loopback_support import SUCCESS

from hubspot_setup.flow.ports import AttemptPhase, BrowserAttempt
from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.services.browser_flow import BrowserFlow, ResultPage
from hubspot_setup.services.pkce import new_pkce

pytestmark = pytest.mark.browser

Page = Any  # playwright.async_api.Page


class TinyAuthorizeServer:
    """An authorize endpoint that answers at once: redirect, deny, or form_post."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.server: asyncio.Server | None = None
        self.seen: list[str] = []
        self.url = ""

    async def __aenter__(self) -> TinyAuthorizeServer:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/authorize"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        target = head.split(b" ")[1].decode()
        self.seen.append(target)
        query = parse_qs(urlsplit(target).query)
        if urlsplit(target).path != "/authorize":
            writer.write(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
        else:
            redirect_uri, state = query["redirect_uri"][0], query["state"][0]
            params = {"code": "tiny-code", "state": state}
            if self.mode == "deny":
                params = {"error": "access_denied", "state": state}
            if self.mode == "form_post":
                fields = "".join(
                    f'<input type="hidden" name="{k}" value="{html.escape(v)}">'
                    for k, v in params.items()
                )
                body = (
                    f'<form method="post" action="{html.escape(redirect_uri)}">{fields}</form>'
                    "<script>document.forms[0].submit()</script>"
                ).encode()
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
            else:
                location = f"{redirect_uri}?{urlencode(params)}"
                writer.write(
                    f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n"
                    "Connection: close\r\n\r\n".encode()
                )
        await writer.drain()
        writer.close()


class BrowserTab:
    """The `open_browser` of a test: navigates a real Chromium page, off the caller's stack."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.navigation: asyncio.Task[Any] | None = None
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))

    async def __call__(self, url: str) -> bool:
        self.navigation = asyncio.ensure_future(self.page.goto(url))
        return True

    async def settled(self) -> None:
        if self.navigation is not None:
            await asyncio.wait_for(self.navigation, 15)
        await self.page.wait_for_load_state("load")


async def run_leg(
    flow: BrowserFlow,
    start: Callable[[str, str], Awaitable[str]],
    finish: Callable[[Mapping[str, str]], Awaitable[Any]],
    page: ResultPage = SUCCESS,
    phases: list[BrowserAttempt] | None = None,
) -> Any:
    reports = phases if phases is not None else []
    return await asyncio.wait_for(flow.run(start, finish, reports.append, success_page=page), 30)


@pytest.fixture
async def tab(async_chromium: Any) -> Any:
    context = await async_chromium.new_context()
    page = await context.new_page()
    yield BrowserTab(page)
    await context.close()


@pytest.mark.parametrize("mode", ["redirect", "form_post"])
async def test_chromium_completes_a_leg_through_the_listener(tab: BrowserTab, mode: str) -> None:
    async with TinyAuthorizeServer(mode) as authorize:
        flow = BrowserFlow(open_browser=tab)
        redirect_uris: list[str] = []

        async def start(redirect_uri: str, state: str) -> str:
            redirect_uris.append(redirect_uri)
            return f"{authorize.url}?{urlencode({'redirect_uri': redirect_uri, 'state': state})}"

        async def finish(params: Mapping[str, str]) -> str:
            return params["code"]

        phases: list[BrowserAttempt] = []
        assert await run_leg(flow, start, finish, phases=phases) == "tiny-code"
        await tab.settled()
    assert tab.page.url.startswith(redirect_uris[0])
    assert await tab.page.title() == "Signed in"
    text = await tab.page.inner_text("body")
    assert "You are signed in to OpenCX." in text
    assert "return to OpenCX HubSpot Setup" in text
    assert "tiny-code" not in await tab.page.content()
    # Nothing but the authorize server and the listener was ever asked for anything.
    origins = {urlsplit(url).netloc for url in tab.requests}
    assert origins <= {urlsplit(authorize.url).netloc, urlsplit(redirect_uris[0]).netloc}
    assert phases[-1].phase is AttemptPhase.DONE


async def test_chromium_deny_shows_the_plain_message(tab: BrowserTab) -> None:
    async with TinyAuthorizeServer("deny") as authorize:
        flow = BrowserFlow(open_browser=tab)

        async def start(redirect_uri: str, state: str) -> str:
            return f"{authorize.url}?{urlencode({'redirect_uri': redirect_uri, 'state': state})}"

        async def finish(params: Mapping[str, str]) -> str:
            raise AssertionError("a declined leg is never redeemed")

        with pytest.raises(ProblemError) as raised:
            await run_leg(flow, start, finish)
        await tab.settled()
    assert raised.value.problem.kind is ProblemKind.DECLINED
    assert "You chose not to allow access." in await tab.page.inner_text("body")


# ---- against the sandbox ---------------------------------------------------------------------

CLIENT_ID = "hubspot-setup"


async def sign_in_with_sandbox(
    tab: BrowserTab, opencx_url: str, action: str = "approve"
) -> Mapping[str, Any]:
    """The OpenCX sign-in leg as the real client does it: PKCE, browser, token exchange."""
    pkce = new_pkce()
    flow = BrowserFlow(open_browser=tab)
    clicked: list[asyncio.Task[None]] = []

    async def start(redirect_uri: str, state: str) -> str:
        query = {
            "response_type": "code",
            "client_id": CLIENT_ID,
            "redirect_uri": redirect_uri,
            "code_challenge": pkce.challenge,
            "code_challenge_method": "S256",
            "state": state,
            "scope": "hubspot.setup",
        }
        start.redirect_uri = redirect_uri  # type: ignore[attr-defined]
        clicked.append(asyncio.ensure_future(click_after_load(tab, action)))
        return f"{opencx_url}/oauth/authorize?{urlencode(query)}"

    async def finish(params: Mapping[str, str]) -> Mapping[str, Any]:
        async with httpx.AsyncClient(trust_env=False, timeout=10) as client:
            response = await client.post(
                f"{opencx_url}/oauth/token",
                data={
                    "grant_type": "authorization_code",
                    "code": params["code"],
                    "redirect_uri": start.redirect_uri,  # type: ignore[attr-defined]
                    "client_id": CLIENT_ID,
                    "code_verifier": pkce.verifier,
                },
            )
        assert response.status_code == 200, response.text
        tokens: Mapping[str, Any] = response.json()
        return tokens

    try:
        return await run_leg(flow, start, finish)  # type: ignore[no-any-return]
    finally:
        for task in clicked:
            await asyncio.wait_for(task, 15)
        await tab.settled()


async def click_after_load(tab: BrowserTab, action: str, portal_id: int | None = None) -> None:
    """The admin: wait for the sandbox page, pick a portal if asked, press a button."""
    await tab.settled()
    if portal_id is not None:
        await tab.page.check(f"input[name=portal_id][value='{portal_id}']")
    await tab.page.click(f"button[value={action}]")


async def test_chromium_cancel_on_the_sandbox_sign_in_page(tab: BrowserTab, sandbox: Any) -> None:
    with pytest.raises(ProblemError) as raised:
        await sign_in_with_sandbox(tab, sandbox.opencx_url, action="deny")
    assert raised.value.problem.kind is ProblemKind.DECLINED
    assert "You chose not to allow access." in await tab.page.inner_text("body")


async def connect_hubspot_in_sandbox(
    tab: BrowserTab, opencx_url: str, access_token: str, action: str, portal_id: int | None = None
) -> Mapping[str, Any]:
    """The HubSpot leg: the backend starts an install, Chromium consents, the relay returns."""
    flow = BrowserFlow(open_browser=tab)
    headers = {"Authorization": f"Bearer {access_token}"}
    install: dict[str, str] = {}
    clicked: list[asyncio.Task[None]] = []

    async def start(redirect_uri: str, state: str) -> str:
        async with httpx.AsyncClient(trust_env=False, timeout=10, headers=headers) as client:
            response = await client.post(
                f"{opencx_url}/v1/integrations/hubspot/oauth/installs",
                json={"return_to": redirect_uri, "state": state},
            )
        assert response.status_code == 201, response.text
        install.update(response.json())
        clicked.append(asyncio.ensure_future(click_after_load(tab, action, portal_id)))
        return install["authorize_url"]

    async def finish(params: Mapping[str, str]) -> Mapping[str, Any]:
        async with httpx.AsyncClient(trust_env=False, timeout=10, headers=headers) as client:
            response = await client.post(
                f"{opencx_url}/v1/integrations/hubspot/oauth/installs/"
                f"{install['install_id']}/complete",
                json={"result": params["result"]},
            )
        assert response.status_code == 200, response.text
        integration: Mapping[str, Any] = response.json()
        return integration

    connected = ResultPage("Connected", "HubSpot is connected to OpenCX.")
    try:
        return await run_leg(flow, start, finish, page=connected)  # type: ignore[no-any-return]
    finally:
        for task in clicked:
            await asyncio.wait_for(task, 15)
        await tab.settled()


async def test_chromium_signs_in_then_denies_then_connects_hubspot(
    tab: BrowserTab, sandbox: Any
) -> None:
    tokens = await sign_in_with_sandbox(tab, sandbox.opencx_url)  # PKCE + token exchange
    assert tokens["token_type"] == "Bearer"
    assert await tab.page.title() == "Signed in"

    with pytest.raises(ProblemError) as raised:
        await connect_hubspot_in_sandbox(tab, sandbox.opencx_url, tokens["access_token"], "deny")
    assert raised.value.problem.kind is ProblemKind.DECLINED
    assert "You chose not to allow access." in await tab.page.inner_text("body")

    integration = await connect_hubspot_in_sandbox(  # trying again after a Deny works
        tab, sandbox.opencx_url, tokens["access_token"], "approve"
    )
    assert integration["status"] == "connected"
    assert integration["method"] == "oauth"
    assert await tab.page.title() == "Connected"
    assert "HubSpot is connected to OpenCX." in await tab.page.inner_text("body")


@pytest.mark.parametrize(
    ("scenario", "words", "kind"),
    [
        ("hubspot-not-admin", "super admin", ProblemKind.NOT_PORTAL_ADMIN),
        ("no-service-hub", "not available for the selected portal", ProblemKind.APP_NOT_AVAILABLE),
    ],
)
async def test_chromium_a_portal_that_cannot_be_connected(
    tab: BrowserTab, sandbox_factory: Any, scenario: str, words: str, kind: ProblemKind
) -> None:
    sandbox = sandbox_factory(scenario)
    tokens = await sign_in_with_sandbox(tab, sandbox.opencx_url)
    with pytest.raises(ProblemError) as raised:
        await connect_hubspot_in_sandbox(tab, sandbox.opencx_url, tokens["access_token"], "approve")
    assert raised.value.problem.kind is kind
    body = await tab.page.inner_text("body")
    assert words in body
    assert "return to OpenCX HubSpot Setup" in body
