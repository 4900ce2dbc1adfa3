"""`flow.ports.OpenCXPort` over `OpenCXClient` and the browser hand-off.

Translates the wire models into the flow's answers, keeps the session in the secret store
(the account only carries the entry's name), and runs the two browser legs: the OpenCX
sign-in (authorization code + PKCE on a loopback redirect) and the HubSpot install relay.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from hubspot_setup.flow.answers import (
    AuthKind,
    CheckState,
    Connection,
    OpenCXAccount,
    Portal,
    Role,
    SignatureRule,
    Teammate,
)
from hubspot_setup.flow.checklist_causes import cause_from_wire
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.hubspot_inbox import why_no_inbox_link
from hubspot_setup.flow.portal_report import (
    ChannelAccount,
    InboxFacts,
    InboxKind,
    PortalFacts,
    PortalType,
)
from hubspot_setup.flow.ports import (
    AttemptListener,
    CheckEvent,
    Inbox,
    IntegrationFacts,
    LegacyWebhook,
    RunSnapshot,
    SecretStore,
)
from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.flow.reconnect import PortalChange, PortalChangeNeeded
from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.teammate_list import TeammateList
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate
from hubspot_setup.services.errors import OPENCX, unexpected
from hubspot_setup.services.opencx import OpenCXClient, PortalMismatch, RunFinished, SessionAuth
from hubspot_setup.services.opencx_models import (
    CheckModel,
    Integration,
    Me,
    PortalModel,
    PortalReportModel,
    TeammateModel,
)
from hubspot_setup.services.pkce import new_pkce
from hubspot_setup.services.result_page import ResultPage
from hubspot_setup.services.secrets import KeychainWorker

T = TypeVar("T")

_log = logging.getLogger(__name__)


def signed_in_page() -> ResultPage:
    return ResultPage(
        title=translate("services.opencx_port", "You are signed in to OpenCX"),
        message=_go_back(),
    )


def connected_page() -> ResultPage:
    return ResultPage(
        title=translate("services.opencx_port", "HubSpot is connected to OpenCX"),
        message=_go_back(),
    )


def _go_back() -> str:
    return translate(
        "services.opencx_port", "You can close this tab and go back to the setup assistant."
    )


_CHECK_STATES = {
    "pending": CheckState.WAITING,
    "passed": CheckState.PASSED,
    "failed": CheckState.STALLED,
    "skipped": CheckState.SKIPPED,
}
# HubSpot's names for its channel types (its own UI translates them, so do we; the brands stay).
_CHANNEL_WORDS = {
    "email": QT_TRANSLATE_NOOP("services.opencx_port", "Email"),
    "chat": QT_TRANSLATE_NOOP("services.opencx_port", "Chat"),
    "form": QT_TRANSLATE_NOOP("services.opencx_port", "Form"),
    "calling": QT_TRANSLATE_NOOP("services.opencx_port", "Calling"),
}
_CHANNEL_BRANDS = {"facebook_messenger": "Facebook Messenger", "whatsapp": "WhatsApp"}


class BrowserRunner(Protocol):
    """What the browser hand-off (services.browser_flow.BrowserFlow) offers."""

    async def run(
        self,
        start: Callable[[str, str], Awaitable[str]],
        finish: Callable[[Mapping[str, str]], Awaitable[T]],
        on_attempt: AttemptListener,
        *,
        success_page: ResultPage,
    ) -> T: ...

    def submit_pasted_address(self, address: str) -> None: ...

    def cancel(self) -> None: ...


def _channel_word(channel_type: str) -> str:
    word = _CHANNEL_WORDS.get(channel_type)
    if word is not None:
        return word.text()
    return _CHANNEL_BRANDS.get(channel_type, channel_type.title())


def session_ref(me: Me) -> str:
    """The secret-store entry of one user's session in one organisation."""
    return f"opencx-session:{me.organization.id}:{me.user.id}"


def account_from_me(me: Me, auth_kind: AuthKind) -> OpenCXAccount:
    return OpenCXAccount(
        user_email=me.user.email,
        user_name=me.user.name,
        organization_id=me.organization.id,
        organization_name=me.organization.name,
        role=Role(me.role),
        auth_kind=auth_kind,
        credential_ref=session_ref(me),
    )


def teammate_from_model(model: TeammateModel) -> Teammate:
    return Teammate(
        owner_id=model.owner_id, user_id=model.user_id, email=model.email, name=model.name
    )


def portal_from_model(portal: PortalModel) -> Portal:
    made = Portal(
        id=portal.id,
        domain=portal.domain,
        ui_domain=portal.ui_domain,
        account_type=_portal_type(portal.account_type),
        data_hosting_location=portal.data_hosting_location or None,
    )
    _log_when_unlinked(made)
    return made


_UNLINKED: set[tuple[int, str]] = set()  # said once per portal and address, not per read


def _log_when_unlinked(portal: Portal) -> None:
    """Every portal link is built by `hubspot_inbox.inbox_url`; say here why one is not."""
    reason = why_no_inbox_link(portal)
    if reason is not None and (portal.id, portal.ui_domain) not in _UNLINKED:
        _UNLINKED.add((portal.id, portal.ui_domain))
        _log.warning("No link to HubSpot portal %d is shown: %s", portal.id, reason)


def facts_from_integration(integration: Integration) -> IntegrationFacts:
    connection = None
    # "reconnect_required" is still a connection (its settings stay): only HubSpot's access
    # must be approved again.
    linked = integration.status in ("connected", "reconnect_required")
    if linked and integration.portal and integration.method:
        reason = None
        if integration.status == "reconnect_required":
            reason = integration.reconnect_reason or "refresh_token_rejected"
        connection = Connection(
            method=Method(integration.method),
            portal=portal_from_model(integration.portal),
            connected_at=integration.connected_at,
            reconnect_reason=reason,
        )
    return IntegrationFacts(
        connection=connection,
        sender=teammate_from_model(integration.sender) if integration.sender else None,
        default_user_id=integration.default_user_id,
        workflow_actions_installed=dict(integration.workflow_actions),
    )


def _portal_type(text: str | None) -> PortalType | None:
    known = {kind.value for kind in PortalType}
    return PortalType(text.lower()) if text and text.lower() in known else None


def facts_from_portal_report(report: PortalReportModel) -> PortalFacts:
    inboxes = None
    if report.inboxes is not None:
        inboxes = tuple(
            InboxFacts(
                name=inbox.name,
                kind=InboxKind.HELP_DESK if inbox.type == "help_desk" else InboxKind.INBOX,
                channels=tuple(
                    ChannelAccount(kind=c.type, name=c.name, active=c.active)
                    for c in inbox.channels
                ),
            )
            for inbox in report.inboxes
        )
    scopes = report.scopes
    return PortalFacts(
        required_scopes=tuple(scopes.required),
        optional_scopes=tuple(scopes.optional),
        granted_scopes=None if scopes.granted is None else tuple(scopes.granted),
        inboxes=inboxes,
        unread=dict(report.unread),
        read_at=datetime.now(UTC),
    )


def check_event(check: CheckModel) -> CheckEvent:
    return CheckEvent(
        check=CheckId(check.id),
        state=_CHECK_STATES[check.state],
        at=check.at,
        link=check.link,
        explanation=check.explanation,
        cause=cause_from_wire(check.cause) if check.state in ("failed", "skipped") else None,
        details=dict(check.details),
    )


class OpenCXService:
    def __init__(
        self, client: OpenCXClient, secrets: SecretStore | KeychainWorker, browser: BrowserRunner
    ) -> None:
        self._client = client
        # The keychain is only ever awaited, in a worker thread (never on the GUI thread).
        self._secrets = secrets if isinstance(secrets, KeychainWorker) else KeychainWorker(secrets)
        self._browser = browser
        self._session_ref: str | None = None
        # An approval of another portal, waiting for the admin's answer: (install id, result).
        self._portal_change: tuple[str, str] | None = None
        client.on_tokens_refreshed = self._keep_refreshed_session

    # -- session ------------------------------------------------------------------------

    async def _keep_refreshed_session(self, auth: SessionAuth) -> None:
        if self._session_ref is not None:
            await self._secrets.put(self._session_ref, auth.to_secret())

    async def _begin_session(self, auth: SessionAuth, me: Me) -> OpenCXAccount:
        account = account_from_me(me, AuthKind.API_KEY if auth.is_api_key else AuthKind.BROWSER)
        self._session_ref = account.credential_ref
        await self._secrets.put(account.credential_ref, auth.to_secret())
        return account

    async def sign_in_with_browser(self, on_attempt: AttemptListener) -> OpenCXAccount:
        await self._client.check_reachable()  # offline: say so now, not after a dead page
        pkce = new_pkce()
        redirect: dict[str, str] = {}

        async def start(redirect_uri: str, state: str) -> str:
            redirect["uri"] = redirect_uri
            return self._client.authorize_url(
                redirect_uri=redirect_uri, challenge=pkce.challenge, state=state
            )

        async def finish(params: Mapping[str, str]) -> OpenCXAccount:
            code = params.get("code")
            if not code:
                raise ProblemError(unexpected(OPENCX, "sign-in callback without a code"))
            tokens = await self._client.exchange_code(code, pkce.verifier, redirect["uri"])
            auth = SessionAuth.from_tokens(tokens)
            me = await self._with_auth(auth)
            return await self._begin_session(auth, me)

        return await self._browser.run(start, finish, on_attempt, success_page=signed_in_page())

    async def sign_in_with_api_key(self, api_key: str) -> OpenCXAccount:
        auth = SessionAuth.from_api_key(api_key)
        me = await self._with_auth(auth)
        return await self._begin_session(auth, me)

    async def _with_auth(self, auth: SessionAuth) -> Me:
        """Read /v1/me with `auth`; keep the previous credential if that fails."""
        previous = self._client.auth
        self._client.auth = auth
        try:
            return await self._client.me()
        except BaseException:
            self._client.auth = previous
            raise

    async def resume_session(self, account: OpenCXAccount) -> OpenCXAccount | None:
        """The saved session, if OpenCX still accepts it; None means sign in again."""
        secret = await self._secrets.get(account.credential_ref)
        auth = SessionAuth.from_secret(secret) if secret else None
        if auth is None:
            return None
        self._session_ref = account.credential_ref
        self._client.auth = auth
        try:
            me = await self._client.me()
        except ProblemError as error:
            if error.problem.kind is ProblemKind.SIGNED_OUT:
                await self._forget(account.credential_ref)
                return None
            raise
        return account_from_me(me, account.auth_kind)

    async def sign_out(self, account: OpenCXAccount) -> None:
        auth = self._client.auth
        if auth is not None and not auth.is_api_key:
            await self._client.revoke(auth.refresh_token or auth.access_token)
        await self._forget(account.credential_ref)

    async def _forget(self, ref: str) -> None:
        self._client.auth = None
        self._session_ref = None
        await self._secrets.delete(ref)

    def submit_pasted_address(self, address: str) -> None:
        self._browser.submit_pasted_address(address)

    def cancel_browser(self) -> None:
        self._browser.cancel()

    # -- integration --------------------------------------------------------------------

    async def integration(self) -> IntegrationFacts:
        return facts_from_integration(await self._client.integration())

    async def connect_hubspot(self, on_attempt: AttemptListener) -> IntegrationFacts:
        install: dict[str, str] = {}

        async def start(return_to: str, state: str) -> str:
            started = await self._client.start_install(return_to, state)
            install["id"] = started.install_id
            return started.authorize_url

        async def finish(params: Mapping[str, str]) -> IntegrationFacts:
            result = params.get("result")
            if not result:
                raise ProblemError(unexpected(OPENCX, "install callback without a result"))
            try:
                integration = await self._client.complete_install(install["id"], result)
            except PortalMismatch as mismatch:
                # Nothing changed yet; the result waits for the admin's answer.
                self._portal_change = (install["id"], result)
                change = PortalChange(
                    connected=portal_from_model(mismatch.connected),
                    approved=portal_from_model(mismatch.approved),
                )
                raise PortalChangeNeeded(change, mismatch.technical) from None
            return facts_from_integration(integration)

        self._portal_change = None
        return await self._browser.run(start, finish, on_attempt, success_page=connected_page())

    async def confirm_portal_change(self) -> IntegrationFacts:
        """The admin chose the portal they approved: redeem the waiting result for it."""
        pending = self._portal_change
        if pending is None:
            raise ProblemError(unexpected(OPENCX, "no approval of another portal is waiting"))
        install_id, result = pending
        try:
            integration = await self._client.complete_install(
                install_id, result, allow_portal_change=True
            )
        except PortalMismatch:  # the backend ignored allow_portal_change: a broken promise
            raise ProblemError(unexpected(OPENCX, "portal_mismatch after consent")) from None
        self._portal_change = None
        return facts_from_integration(integration)

    def drop_portal_change(self) -> None:
        """The admin kept the connected portal: forget the approval (it expires unused)."""
        self._portal_change = None

    async def disconnect(self) -> None:
        answer = await self._client.disconnect()
        if answer.legacy_note:
            _log.info("Disconnected; the backend reminds: %s", answer.legacy_note)

    async def teammates(self) -> Sequence[Teammate]:
        # Read fresh every time: the controller keeps the one copy (and its Reload).
        models = await self._client.all_teammates()
        return TeammateList(map(teammate_from_model, models), incomplete=models.cut is not None)

    async def set_sender(self, teammate: Teammate) -> Teammate:
        return teammate_from_model(await self._client.set_sender(teammate.owner_id))

    async def legacy_webhook(self) -> LegacyWebhook:
        info = await self._client.legacy_info()
        return LegacyWebhook(
            webhook_url=info.webhook_url, required_scopes=tuple(info.required_scopes)
        )

    async def save_legacy_credentials(
        self, private_app_token: str, default_user_id: str
    ) -> IntegrationFacts:
        integration = await self._client.save_legacy_credentials(private_app_token, default_user_id)
        return facts_from_integration(integration)

    # -- autopilot and signatures -------------------------------------------------------

    async def autopilot(self) -> Mapping[Channel, bool]:
        channels = (await self._client.autopilot()).channels
        known = {channel.value for channel in Channel}
        return {Channel(name): on for name, on in channels.items() if name in known}

    async def set_autopilot(self, channel: Channel, enabled: bool) -> bool:
        return (await self._client.set_autopilot(channel.value, enabled)).enabled

    async def signatures(self) -> Sequence[SignatureRule]:
        rules = (await self._client.signatures()).results
        return [SignatureRule(pattern=r.pattern, html=r.html, id=r.id) for r in rules]

    async def save_signature(self, rule: SignatureRule) -> SignatureRule:
        if rule.id:
            saved = await self._client.update_signature(rule.id, rule.pattern, rule.html)
        else:
            saved = await self._client.create_signature(rule.pattern, rule.html)
        return SignatureRule(pattern=saved.pattern, html=saved.html, id=saved.id)

    async def delete_signature(self, rule_id: str) -> None:
        await self._client.delete_signature(rule_id)

    # -- test runs ----------------------------------------------------------------------

    async def inboxes(self) -> Sequence[Inbox]:
        return [
            Inbox(
                name=inbox.name,
                channels=tuple(
                    translate("services.opencx_port", "%1: %2", "channel type: its name").arg(
                        _channel_word(channel.type), channel.name
                    )
                    for channel in inbox.channels
                ),
                channel_types=tuple(channel.type for channel in inbox.channels),
                routing_known=inbox.routing is not None,
                assigns_to=teammate_from_model(inbox.routing.assigns_to)
                if inbox.routing is not None and inbox.routing.assigns_to is not None
                else None,
            )
            for inbox in (await self._client.inboxes()).results
        ]

    async def portal_report(self) -> PortalFacts:
        return facts_from_portal_report(await self._client.portal_report())

    async def start_test(self, channel: Channel) -> str:
        return (await self._client.start_test_run(channel.value)).id

    async def follow_test(self, run_id: str, after: int = 0) -> AsyncGenerator[CheckEvent, None]:
        # aclosing: a consumer that stops early closes the stream now, in its own task.
        async with contextlib.aclosing(self._client.follow_test_run(run_id, after)) as updates:
            async for update in updates:
                if isinstance(update, RunFinished):
                    for check in update.run.checks:  # the final word on every check
                        yield check_event(check)
                    return
                yield check_event(update.check)

    async def request_handoff(self, run_id: str) -> None:
        await self._client.request_handoff(run_id)

    async def watch_again(self, run_id: str) -> RunSnapshot:
        run = await self._client.watch_test_run(run_id)
        return RunSnapshot(run.last_seq, tuple(check_event(check) for check in run.checks))
