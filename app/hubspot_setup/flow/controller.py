"""The flow's controller: one object the GUI and the CLI both drive.

It holds the `WizardState`, turns each user intent into pure flow changes plus calls to the
service ports, saves progress after every change and tells its listeners. It validates
before it calls the backend, and commits a change to the state only after the backend
accepted it, so nothing is half-saved. Failures arrive as `ProblemError` from the ports and
are passed on unchanged for the page (or the CLI) to show.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from hubspot_setup.flow import changes
from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.answers import (
    ChecklistOutcome,
    CheckState,
    OpenCXAccount,
    Prerequisite,
    SignatureRule,
    Teammate,
)
from hubspot_setup.flow.api_keys import checked_api_key
from hubspot_setup.flow.guide import (
    LEGACY_REQUIRED_SCOPES,
    TESTABLE_CHANNELS,
    UNTESTABLE_CHANNEL_REASON,
    Channel,
    CheckId,
)
from hubspot_setup.flow.navigation import Blocker, Redo
from hubspot_setup.flow.portal_report import PortalFacts
from hubspot_setup.flow.ports import (
    AttemptListener,
    CheckEvent,
    HubSpotPort,
    Inbox,
    IntegrationFacts,
    Keychain,
    LegacyWebhook,
    OpenCXPort,
    ProgressStore,
    TokenFacts,
)
from hubspot_setup.flow.problems import (
    Problem,
    ProblemError,
    ProblemKind,
    connection_not_confirmed,
    invalid_input,
    signed_out,
)
from hubspot_setup.flow.signature_html import SanitizedSignature, sanitize_signature
from hubspot_setup.flow.signatures import RuleChoice
from hubspot_setup.flow.state import WizardState, replace
from hubspot_setup.flow.steps import Method, Mode, StepId
from hubspot_setup.flow.teammate_list import as_teammate_list
from hubspot_setup.flow.tokens import check_private_app_token
from hubspot_setup.flow.user_ids import DefaultUser, check_typed_user, teammate_with_user_id
from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate

# The guide's word, typed the same in every language (the dialog says to type it as shown).
DISCONNECT_WORD = "DELETE"
LEGACY_DISCONNECT_NOTE = QT_TRANSLATE_NOOP(
    "flow.controller",
    "Also remove the webhook subscriptions from your HubSpot legacy app: Settings → "
    "Integrations → Private Apps → Legacy Apps → your app → Webhooks.",
)

Listener = Callable[[WizardState], None]
_V = TypeVar("_V")


def private_app_token_ref(organization_id: str) -> str:
    """The keyring entry name under which an organisation's private app token is kept."""
    return f"hubspot-private-app-token:{organization_id}"


class SetupController:
    def __init__(
        self,
        opencx: OpenCXPort,
        hubspot: HubSpotPort,
        secrets: Keychain,
        progress: ProgressStore,
        state: WizardState | None = None,
    ) -> None:
        self._opencx = opencx
        self._hubspot = hubspot
        self._secrets = secrets
        self._progress = progress
        self._state = state or WizardState()
        self._listeners: list[Listener] = []
        # The one copy of the portal's teammates (the services only fetch), with the
        # organisation and portal it was read for: another one reads them again.
        self._teammates: tuple[Teammate, ...] | None = None
        self._teammates_for: tuple[str, int] | None = None
        # The portal's teammates read with the private app token: a typed default user is
        # checked against them. Forgotten when another token is checked.
        self._legacy_teammates: tuple[Teammate, ...] | None = None

    # -- state and listeners --------------------------------------------------------

    @property
    def state(self) -> WizardState:
        return self._state

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _commit(self, state: WizardState) -> None:
        if state == self._state:
            return
        self._state = state
        self._progress.save(state)  # marks it for saving; written off the caller's thread
        for listener in list(self._listeners):
            listener(state)

    async def _saved(self) -> None:
        """Progress on disk now. Called before a backend write and after its result is
        committed, so that a crash neither loses what led to it nor repeats it."""
        await self._progress.flush()

    # -- navigation (no I/O) ----------------------------------------------------------

    def blocker(self) -> Blocker | None:
        return nav.blocker(self._state)

    def next(self) -> Blocker | None:
        """Go forward, or return why not."""
        try:
            self._commit(nav.next_step(self._state))
        except nav.StepBlocked as blocked:
            return blocked.blocker
        return None

    def back(self) -> None:
        self._commit(nav.back(self._state))

    def go_to(self, step: StepId) -> Blocker | None:
        try:
            self._commit(nav.go_to(self._state, step))
        except nav.StepBlocked as blocked:
            return blocked.blocker
        return None

    def open_from_manage(self, step: StepId) -> None:
        self._commit(nav.open_from_manage(self._state, step))

    # -- start and resume -------------------------------------------------------------

    async def start(self) -> None:
        """Reopen where the admin stopped, checking the saved session and the backend."""
        state = nav.resume(self._state)
        account = state.answers.account
        if account is not None:
            still = await self._opencx.resume_session(account)
            if still is None:
                state = changes.signed_out(state)
            else:
                self._commit(state)
                await self._refresh_after_sign_in(still)
                return
        self._commit(state)

    # -- prerequisites and sign-in ----------------------------------------------------

    def confirm_prerequisite(self, item: Prerequisite, confirmed: bool) -> None:
        self._commit(changes.confirm_prerequisite(self._state, item, confirmed))

    async def sign_in_with_browser(self, on_attempt: AttemptListener) -> Redo | None:
        account = await self._opencx.sign_in_with_browser(on_attempt)
        return await self._refresh_after_sign_in(account)

    async def sign_in_with_api_key(self, api_key: str) -> Redo | None:
        key = checked_api_key(api_key)
        account = await self._opencx.sign_in_with_api_key(key)
        return await self._refresh_after_sign_in(account)

    def submit_pasted_address(self, address: str) -> None:
        self._opencx.submit_pasted_address(address)

    def cancel_browser(self) -> None:
        self._opencx.cancel_browser()

    async def sign_out(self) -> None:
        account = self._state.answers.account
        if account is not None:
            await self._opencx.sign_out(account)
        self._teammates = None
        self._legacy_teammates = None
        self._commit(changes.signed_out(self._state))

    async def _refresh_after_sign_in(self, account: OpenCXAccount) -> Redo | None:
        state, redo = changes.signed_in(self._state, account)
        self._commit(state)
        if account.is_admin:
            await self.refresh_integration()
        return redo

    async def refresh_integration(self) -> IntegrationFacts:
        """Read the integration from the backend and reconcile the saved answers with it."""
        facts = await self._opencx.integration()
        state = self._state
        known = state.answers.connection
        if facts.connection is None:
            if known is not None:  # disconnected elsewhere (for example the dashboard)
                state = changes.disconnected(state)
        elif known is None and state.mode is Mode.SETUP:
            state = changes.enter_manage(state, facts.connection)
        state = self._with_facts(state, facts)
        self._commit(state)
        return facts

    @staticmethod
    def _with_facts(state: WizardState, facts: IntegrationFacts) -> WizardState:
        if facts.connection is None:
            return state
        state = changes.connected(
            state, facts.connection, workflow_actions_installed=facts.workflow_actions_installed
        )
        # The backend's word on the sender, None included: moving to another portal clears it.
        answers = replace(state.answers, sender=facts.sender)
        legacy = answers.legacy
        if facts.default_user_id and facts.default_user_id != legacy.default_user_id:
            # A connection made elsewhere (or before this computer's progress): show its
            # default user too. Only the id is known; the saved flag is left as it was.
            legacy = replace(legacy, default_user_id=facts.default_user_id, default_user=None)
            answers = replace(answers, legacy=legacy)
        return replace(state, answers=answers)

    # -- connection method ------------------------------------------------------------

    def method_change_impact(self, method: Method) -> Redo | None:
        return changes.method_change_impact(self._state, method)

    async def choose_method(self, method: Method, *, disconnect_first: bool = False) -> Redo | None:
        """Choose the method. When that needs a disconnect, nothing changes unless the admin
        agreed (`disconnect_first`); the impact is returned for the page to ask."""
        impact = changes.method_change_impact(self._state, method)
        if impact is not None and impact.needs_disconnect:
            if not disconnect_first:
                return impact
            await self._saved()
            await self._opencx.disconnect()
            self._commit(changes.disconnected(self._state))
            await self._saved()
        self._commit(changes.choose_method(self._state, method))
        return impact

    # -- OAuth connect ----------------------------------------------------------------

    async def connect_hubspot(self, on_attempt: AttemptListener) -> IntegrationFacts:
        """Connect, reconnect, or move a legacy connection to OAuth: the same consent leg.

        Raises `reconnect.PortalChangeNeeded` when the admin approved another portal than the
        connected one; nothing changed then, and `continue_with_new_portal` or
        `keep_current_portal` gives the admin's answer."""
        await self._saved()
        facts = await self._opencx.connect_hubspot(on_attempt)
        await self._connected_again(facts)
        return facts

    async def continue_with_new_portal(self) -> IntegrationFacts:
        await self._saved()
        facts = await self._opencx.confirm_portal_change()
        await self._connected_again(facts)
        return facts

    def keep_current_portal(self) -> None:
        self._opencx.drop_portal_change()

    async def _connected_again(self, facts: IntegrationFacts) -> None:
        before = self._state.answers.connection
        self._teammates = None
        state = self._with_facts(self._state, facts)
        moved = facts.connection is not None and facts.connection.method is Method.OAUTH
        token_ref = state.answers.legacy.token_ref
        if before is not None and before.method is Method.LEGACY and moved and token_ref:
            # OpenCX no longer uses the private app: this computer need not keep its token.
            await self._secrets.delete(token_ref)
            state = changes.token_cleared(state)
        self._commit(state)
        await self._saved()
        await self._read_portal_after_connect()

    # -- what the portal looks like ---------------------------------------------------

    async def refresh_portal_report(self) -> PortalFacts:
        """Read what can be verified about the connected portal (inboxes and their type,
        channels, permissions) and keep it. A part the backend cannot read is recorded as
        unread rather than failing: the report then says what could not be checked."""
        try:
            facts = await self._opencx.portal_report()
        except ProblemError as error:
            if error.problem.kind in (ProblemKind.SIGNED_OUT, ProblemKind.NOT_ADMIN):
                raise
            facts = self._portal_facts_unread(error.problem)
        self._commit(changes.portal_facts_read(self._state, facts))
        return facts

    async def _read_portal_after_connect(self) -> None:
        # The connection itself succeeded: a report that cannot be read must not undo it.
        with contextlib.suppress(ProblemError):
            await self.refresh_portal_report()

    def _portal_facts_unread(self, problem: Problem) -> PortalFacts:
        why = "; ".join(filter(None, (f"{problem.title}: {problem.message}", problem.details)))
        legacy = self._state.answers.legacy
        connection = self._state.answers.connection
        if connection is not None and connection.method is Method.LEGACY and legacy.token_verified:
            # The token check already told which scopes HubSpot granted the private app.
            return PortalFacts(
                required_scopes=LEGACY_REQUIRED_SCOPES,
                granted_scopes=legacy.granted_scopes,
                unread={"inboxes": why},
            )
        return PortalFacts(unread={"inboxes": why, "permissions": why})

    # -- legacy private app -----------------------------------------------------------

    def tick_legacy_step(self, field: str, done: bool) -> None:
        self._commit(changes.tick_legacy_step(self._state, field, done))

    async def legacy_webhook(self) -> LegacyWebhook:
        return await self._opencx.legacy_webhook()

    async def check_private_app_token(self, raw: str) -> FieldResult[TokenFacts]:
        """Check the token's shape, then ask HubSpot for its scopes; keep it in the keyring."""
        shape = check_private_app_token(raw)
        if shape.value is None:
            return FieldResult.reject(
                shape.error or translate("flow.controller", "Not a private app token.")
            )
        account = self._require_account()
        facts = await self._hubspot.private_app_token_facts(shape.value.value)
        self._legacy_teammates = None  # another token may be another portal's
        ref = private_app_token_ref(account.organization_id)
        await self._secrets.put(ref, shape.value.value)
        self._commit(changes.token_checked(self._state, ref, facts.granted_scopes))
        return FieldResult.accept(facts, shape.notice)

    async def legacy_teammates(self, *, refresh: bool = False) -> tuple[Teammate, ...]:
        """The portal's teammates, read with the private app token (for the default user)."""
        if self._legacy_teammates is None or refresh:
            token = await self._private_app_token()
            self._legacy_teammates = as_teammate_list(await self._hubspot.owners(token))
        return self._legacy_teammates

    def check_default_user_text(self, raw: str) -> FieldResult[DefaultUser]:
        """A typed default user, checked against the teammates read so far (nothing saved)."""
        return check_typed_user(raw, self._legacy_teammates)

    def set_default_user_text(self, raw: str) -> FieldResult[str]:
        result = self.check_default_user_text(raw)
        if result.value is None:
            return FieldResult.reject(
                result.error or translate("flow.controller", "Not a HubSpot user ID.")
            )
        chosen = result.value
        self._commit(changes.set_default_user(self._state, chosen.user_id, chosen.teammate))
        return FieldResult.accept(chosen.user_id, result.notice)

    async def resolve_default_user(self) -> Teammate | None:
        """Who the legacy default user is, by name, when only the id is known (a connection
        made elsewhere, or before this computer's progress): read from the teammates."""
        legacy = self._state.answers.legacy
        user_id = legacy.default_user_id
        if user_id is None or legacy.default_user is not None:
            return legacy.default_user
        teammates = self._legacy_teammates or await self.teammates()
        teammate = teammate_with_user_id(user_id, teammates)
        if teammate is not None:
            self._commit(changes.default_user_named(self._state, user_id, teammate))
        return teammate

    def choose_default_user(self, teammate: Teammate) -> FieldResult[str]:
        if teammate.user_id is None:
            return FieldResult.reject(
                translate(
                    "flow.controller",
                    "%1 is not a HubSpot user (a queue or a deactivated owner). Pick a person.",
                ).arg(teammate.label)
            )
        user_id = str(teammate.user_id)
        self._commit(changes.set_default_user(self._state, user_id, teammate))
        return FieldResult.accept(user_id)

    async def save_legacy_credentials(self) -> IntegrationFacts:
        legacy = self._state.answers.legacy
        if legacy.default_user_id is None:
            raise invalid_input(
                "default_user_id", translate("flow.controller", "Pick the default user first.")
            )
        token = await self._private_app_token()
        await self._saved()
        facts = await self._opencx.save_legacy_credentials(token, legacy.default_user_id)
        if facts.connection is None:
            raise ProblemError(connection_not_confirmed())
        self._commit(changes.legacy_saved(self._state, facts.connection))
        await self._saved()
        await self._read_portal_after_connect()
        return facts

    async def _private_app_token(self) -> str:
        ref = self._state.answers.legacy.token_ref
        token = await self._secrets.get(ref) if ref else None
        if token is None:
            raise invalid_input(
                "private_app_token",
                translate(
                    "flow.controller",
                    "The private app token is no longer in this computer's keychain. Paste it "
                    "again.",
                ),
            )
        return token

    def _require_account(self) -> OpenCXAccount:
        account = self._state.answers.account
        if account is None:
            raise ProblemError(signed_out())
        return account

    # -- AI sender --------------------------------------------------------------------

    async def teammates(self, *, refresh: bool = False) -> tuple[Teammate, ...]:
        """The connected portal's teammates, read through OpenCX once per organisation and
        portal; `refresh` (the sender page's Reload) reads them again."""
        account = self._state.answers.account
        connection = self._state.answers.connection
        wanted = (
            account.organization_id if account is not None else "",
            connection.portal.id if connection is not None else 0,
        )
        if self._teammates is None or refresh or self._teammates_for != wanted:
            self._teammates = as_teammate_list(await self._opencx.teammates())
            self._teammates_for = wanted
        return self._teammates

    async def choose_sender(self, teammate: Teammate) -> Teammate:
        await self._saved()
        saved = await self._opencx.set_sender(teammate)
        self._commit(changes.set_sender(self._state, saved))
        await self._saved()
        return saved

    # -- Autopilot --------------------------------------------------------------------

    async def refresh_autopilot(self) -> None:
        channels = await self._opencx.autopilot()
        self._commit(changes.autopilot_read(self._state, channels))

    async def set_autopilot(self, channel: Channel, enabled: bool) -> None:
        await self._saved()
        now = await self._opencx.set_autopilot(channel, enabled)
        updated = dict(self._state.answers.autopilot)
        updated[channel] = now
        self._commit(changes.autopilot_read(self._state, updated))
        await self._saved()

    def set_test_channel(self, channel: Channel) -> None:
        self._commit(changes.set_test_channel(self._state, channel))

    # -- email signatures -------------------------------------------------------------

    async def load_signatures(self) -> None:
        rules = tuple(await self._opencx.signatures())
        self._commit(replace(self._state, answers=replace(self._state.answers, signatures=rules)))

    def preview_signature(self, raw_html: str) -> FieldResult[SanitizedSignature]:
        return sanitize_signature(raw_html)

    def signature_for(self, sender_email: str) -> tuple[SignatureRule, RuleChoice] | None:
        return changes.signature_for(self._state, sender_email)

    async def save_signature(
        self, index: int | None, raw_pattern: str, raw_html: str
    ) -> FieldResult[SignatureRule]:
        """Validate, save on the backend, then record; a rejected rule changes nothing."""
        if index is None:
            candidate, result = changes.add_signature(self._state, raw_pattern, raw_html)
            position = len(candidate.answers.signatures) - 1
        else:
            candidate, result = changes.edit_signature(self._state, index, raw_pattern, raw_html)
            position = index
        if result.value is None:
            return result
        await self._saved()
        saved = await self._opencx.save_signature(result.value)
        self._commit(changes.signature_saved(candidate, position, saved.id or ""))
        await self._saved()
        return FieldResult.accept(saved, result.notice)

    async def delete_signature(self, index: int) -> None:
        rule = self._state.answers.signatures[index]
        if rule.id:
            await self._saved()
            await self._opencx.delete_signature(rule.id)
        self._commit(changes.remove_signature(self._state, index))
        await self._saved()

    # -- live test checklist ----------------------------------------------------------

    async def inboxes(self) -> Sequence[Inbox]:
        return await self._opencx.inboxes()

    async def run_test(self) -> ChecklistOutcome:
        """Start a test run and follow its events until every check passed or one stalled."""
        channel = self._state.answers.test_channel
        if channel not in TESTABLE_CHANNELS:
            raise invalid_input("test_channel", UNTESTABLE_CHANNEL_REASON.text())
        await self._saved()
        # Until OpenCX answers, the last run's outcome must not pass for this one: nobody
        # may send the test message before OpenCX watches for it.
        previous = self._state.answers.test
        self._commit(changes.test_starting(self._state, channel))
        try:
            run_id = await self._opencx.start_test(channel)
        except BaseException:  # refused or cancelled: the last result still stands
            self._commit(changes.test_updated(self._state, previous))
            raise
        outcome = ChecklistOutcome(
            run_id=run_id, channel=channel, checks=dict.fromkeys(CheckId, CheckState.WAITING)
        )
        self._commit(changes.test_updated(self._state, outcome))
        await self._saved()  # a restart follows this run instead of starting another
        return await self._follow_test(outcome, after=0)

    async def watch_for_another_message(self) -> ChecklistOutcome:
        """Keep the same run, forget the message it followed, and follow the next one (a
        message OpenCX never received is fixed by sending another, not by waiting)."""
        test = self._state.answers.test
        if test is None or test.run_id is None:
            raise invalid_input("test", translate("flow.controller", "Start the test first."))
        snapshot = await self._opencx.watch_again(test.run_id)
        outcome = ChecklistOutcome(
            run_id=test.run_id,
            channel=test.channel,
            checks=dict.fromkeys(CheckId, CheckState.WAITING),
        )
        for event in snapshot.checks:
            outcome = _with_event(outcome, event)
        self._commit(changes.test_updated(self._state, outcome))
        return await self._follow_test(outcome, after=snapshot.last_seq)

    async def _follow_test(self, outcome: ChecklistOutcome, *, after: int) -> ChecklistOutcome:
        events = self._opencx.follow_test(outcome.run_id or "", after)
        try:
            async for event in events:
                outcome = _with_event(outcome, event)
                self._commit(changes.test_updated(self._state, outcome))
                if outcome.passed or CheckState.STALLED in outcome.checks.values():
                    break
        finally:
            # Close the stream in this task: left to the garbage collector, its connection
            # would be closed from another task, which the HTTP stack refuses.
            close = getattr(events, "aclose", None)
            if close is not None:
                await close()
        return outcome

    async def request_handoff(self) -> None:
        test = self._state.answers.test
        if test is None or test.run_id is None:
            raise invalid_input("test", translate("flow.controller", "Start the test first."))
        await self._opencx.request_handoff(test.run_id)

    def skip_test(self) -> None:
        self._commit(changes.skip_test(self._state))

    def finish(self) -> None:
        """The admin finished the setup: from now on the assistant opens on the connection's
        status (manage mode), not on the summary."""
        connection = self._state.answers.connection
        if self._state.current is StepId.SUMMARY and connection is not None:
            self._commit(changes.enter_manage(self._state, connection))

    # -- manage: disconnect -----------------------------------------------------------

    async def disconnect(self, typed: str) -> FieldResult[str]:
        """Disconnect after the admin typed DELETE. Returns a note to show afterwards."""
        if typed.strip() != DISCONNECT_WORD:
            return FieldResult.reject(
                translate("flow.controller", "Type %1 in capitals to confirm.").arg(DISCONNECT_WORD)
            )
        connection = self._state.answers.connection
        await self._saved()
        await self._opencx.disconnect()
        ref = self._state.answers.legacy.token_ref
        if ref:
            await self._secrets.delete(ref)
        self._teammates = None
        self._legacy_teammates = None
        self._commit(changes.disconnected(self._state))
        await self._saved()
        legacy = connection is not None and connection.method is Method.LEGACY
        note = translate(
            "flow.controller", "HubSpot is disconnected. Existing OpenCX sessions remain available."
        )
        return FieldResult.accept(f"{note} {LEGACY_DISCONNECT_NOTE.text()}" if legacy else note)


def _with_event(outcome: ChecklistOutcome, event: CheckEvent) -> ChecklistOutcome:
    """The outcome after one check event; a check back to waiting forgets its old cause."""
    check = event.check
    return replace(
        outcome,
        checks={**outcome.checks, check: event.state},
        times=_put(outcome.times, check, event.at),
        links=_put(outcome.links, check, event.link),
        explanations=_put(outcome.explanations, check, event.explanation),
        causes=_put(outcome.causes, check, event.cause),
        details=_put(outcome.details, check, dict(event.details) or None),
    )


def _put(mapping: Mapping[CheckId, _V], check: CheckId, value: _V | None) -> dict[CheckId, _V]:
    kept = {key: item for key, item in mapping.items() if key != check}
    return kept if value is None else {**kept, check: value}
