"""Unattended apply: every step of the wizard, answered from an answers file.

It drives the same `SetupController` as the window, in the guide's order, and only writes
what differs from what OpenCX already has, so running it twice changes nothing the second
time. Each step reports its outcome through `ProgressReport`; a failure ends the run with a
`CommandFailed` carrying the Problem and its documented exit code.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from hubspot_setup.cli.answers_input import (
    OPENCX_API_KEY_LABEL,
    PRIVATE_APP_TOKEN_LABEL,
    LoadedAnswers,
    read_secret,
)
from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.cli.progress_output import Outcome, ProgressReport
from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.answers import Portal, Prerequisite, Teammate, role_name
from hubspot_setup.flow.answers_file import SecretFrom
from hubspot_setup.flow.checklist import another_message_helps, first_stall, stall_text
from hubspot_setup.flow.checklist_view import checklist_view, waiting_for
from hubspot_setup.flow.consent_refusals import consent_help_lines
from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.domains import parse_pattern
from hubspot_setup.flow.guide import (
    CHANNEL_LABELS,
    CHECK_LABELS,
    LEGACY_APP_CHECKS,
    TESTABLE_CHANNELS,
    UNTESTABLE_CHANNEL_REASON,
    Channel,
    CheckId,
)
from hubspot_setup.flow.ports import AttemptPhase, BrowserAttempt, SecretStore
from hubspot_setup.flow.problems import (
    answer_refused,
    checklist_did_not_finish,
    checklist_stopped,
    connected_another_way,
    legacy_app_missing_scopes,
    not_a_private_app_token,
    not_an_admin,
    other_portal_approved,
    other_portal_connected,
    reconnect_needed,
    setup_incomplete,
    unexpected_fault,
)
from hubspot_setup.flow.reconnect import (
    RECONNECT_TITLE,
    ConnectionAction,
    PortalChangeNeeded,
    done_note,
    portal_label,
    recommended_action,
    reconnect_message,
)
from hubspot_setup.flow.signature_html import sanitize_signature
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import METHOD_NAMES, STEP_TITLES, Method, Mode, StepId
from hubspot_setup.flow.words import PLURAL, Phrase, translate
from hubspot_setup.flow.workflow_actions import workflow_actions_view

# Sends the sandbox's simulated customer message on a channel (None outside the sandbox).
SendTestMessage = Callable[[Channel], Awaitable[None]]


@dataclass(frozen=True)
class ApplyContext:
    controller: SetupController
    loaded: LoadedAnswers
    report: ProgressReport
    secrets: SecretStore
    send_test_message: SendTestMessage | None = None
    stdin: TextIO | None = None
    # With `--sandbox`: the sandbox's own practice secrets, used when the answers file's
    # source is empty (they change every time the sandbox starts, so nobody can set them).
    practice_secrets: Mapping[Phrase, str] = field(default_factory=dict)


async def apply_answers(ctx: ApplyContext) -> None:
    """Run every step; raises CommandFailed at the first step that cannot be completed."""
    answers = ctx.loaded.answers
    _prerequisites(ctx)
    await _sign_in(ctx)
    await _connect(ctx)
    if answers.method is Method.OAUTH:
        await _sender(ctx)
    await _autopilot(ctx)
    if answers.method is Method.OAUTH:
        await _signatures(ctx)
        _workflow_actions(ctx)
    await _test_checklist(ctx)
    _finish(ctx)


# -- prerequisites and sign-in -----------------------------------------------------------


def _prerequisites(ctx: ApplyContext) -> None:
    ctx.report.begin(StepId.PREREQUISITES.value, STEP_TITLES[StepId.PREREQUISITES].text())
    confirmed = ctx.loaded.answers.prerequisites
    ctx.controller.confirm_prerequisite(Prerequisite.SERVICE_HUB, confirmed.service_hub)
    ctx.controller.confirm_prerequisite(Prerequisite.HUBSPOT_ADMIN, confirmed.hubspot_admin)
    unconfirmed = [
        name
        for name, value in (
            ("service_hub", confirmed.service_hub),
            ("hubspot_admin", confirmed.hubspot_admin),
        )
        if not value
    ]
    # The answers file's keys go in as values: a translator leaves them as they are.
    detail: str = translate("cli.apply_steps", "confirmed in the answers file")
    if "hubspot_admin" in unconfirmed:  # connecting proves it: only an admin can approve
        detail = translate("cli.apply_steps", "%1 is checked when HubSpot is connected").arg(
            "hubspot_admin"
        )
    if "service_hub" in unconfirmed:  # HubSpot tells no app its tier: the portal report instead
        unknown_tier = (
            translate(
                "cli.apply_steps",
                "%1 is not confirmed and HubSpot cannot tell; %2 is checked when HubSpot is "
                "connected",
            )
            if "hubspot_admin" in unconfirmed
            else translate(
                "cli.apply_steps", "%1 is not confirmed and HubSpot cannot tell; %2 confirmed"
            )
        )
        detail = unknown_tier.arg("service_hub", "hubspot_admin")
    ctx.report.end(Outcome.CHECKED, detail)


async def _sign_in(ctx: ApplyContext) -> None:
    ctx.report.begin(StepId.SIGNIN.value, STEP_TITLES[StepId.SIGNIN].text())
    controller = ctx.controller
    opencx = ctx.loaded.answers.opencx
    await controller.start()  # resumes a saved session when there is one
    if opencx.sign_in == "api_key" and opencx.api_key is not None:
        key = _secret(ctx, opencx.api_key, OPENCX_API_KEY_LABEL)
        await controller.sign_in_with_api_key(key)
        signed_in = translate("cli.apply_steps", "%1 (%2 of %3), with the API key")
    elif controller.state.answers.account is None:
        ctx.report.say(
            translate("cli.apply_steps", "Opening your browser to sign in to OpenCX ...")
        )
        await controller.sign_in_with_browser(_attempt_printer(ctx.report))
        signed_in = translate("cli.apply_steps", "%1 (%2 of %3), in the browser")
    else:
        signed_in = translate("cli.apply_steps", "%1 (%2 of %3), with the saved session")
    account = controller.state.answers.account
    if account is None:  # the port raises on failure; this is a broken promise
        raise _unexpected("Sign-in finished without an account.")
    if not account.is_admin:
        blocker = nav.blocker(controller.state, StepId.SIGNIN)
        raise CommandFailed(
            not_an_admin(
                blocker.reason
                if blocker
                else translate("cli.apply_steps", "Your role is %1.").arg(role_name(account.role))
            )
        )
    ctx.report.end(
        Outcome.CHECKED,
        signed_in.arg(account.user_email, role_name(account.role), account.organization_name),
    )


def _secret(ctx: ApplyContext, source: SecretFrom, what: Phrase) -> str:
    try:
        return read_secret(source, what.text(), ctx.secrets, ctx.stdin)
    except CommandFailed as failure:
        practice = ctx.practice_secrets.get(what)
        if failure.exit_code is not ExitCode.SECRET_MISSING or practice is None:
            raise
    ctx.report.note(
        translate("cli.apply_steps", "Using the sandbox's practice %1 (%2 is empty).").arg(
            what.text(), source.describe()
        )
    )
    return practice


def hubspot_consent_help() -> tuple[str, ...]:
    """HubSpot shows some install refusals on its own page and never sends the browser back:
    after about a minute of waiting, `apply` lists them with their fixes (the flow's list)."""
    return consent_help_lines(
        then=translate(
            "cli.apply_steps", "Once it is fixed, stop this command with Ctrl+C and run it again."
        )
    )


def _attempt_printer(
    report: ProgressReport, *, late_help: tuple[str, ...] = ()
) -> Callable[[BrowserAttempt], None]:
    shown: set[tuple[AttemptPhase, str | None]] = set()
    helped = False

    def show(attempt: BrowserAttempt) -> None:
        nonlocal helped
        if attempt.having_trouble and late_help and not helped:
            helped = True
            for line in late_help:
                report.say(line)
        key = (attempt.phase, attempt.url)
        if key in shown:  # the countdown repeats phases; print each change once
            return
        shown.add(key)
        if attempt.phase is AttemptPhase.WAITING and attempt.url:
            report.say(
                translate(
                    "cli.apply_steps", "Waiting for you in the browser. If it did not open, visit:"
                )
            )
            report.say(f"  {attempt.url}")
        elif attempt.phase is AttemptPhase.FINISHING:
            report.say(translate("cli.apply_steps", "The browser answered; finishing ..."))

    return show


# -- connection --------------------------------------------------------------------------


async def _connect(ctx: ApplyContext) -> None:
    answers = ctx.loaded.answers
    controller = ctx.controller
    step = StepId.OAUTH_CONNECT if answers.method is Method.OAUTH else StepId.LEGACY_CREDENTIALS
    ctx.report.begin(step.value, STEP_TITLES[step].text())
    connection = controller.state.answers.connection
    action = recommended_action(connection)
    if connection is not None and action is not None and answers.method is Method.OAUTH:
        # Reconnect, or move the legacy connection to OAuth in place: the consent leg again.
        await _connect_again(ctx, action, connection.portal)
        return
    if connection is not None:
        if connection.needs_reconnect:
            raise CommandFailed(
                reconnect_needed(RECONNECT_TITLE.text(), reconnect_message(connection))
            )
        if connection.method is not answers.method:
            raise CommandFailed(
                connected_another_way(
                    connection.portal.id,
                    METHOD_NAMES[connection.method].text(),
                    METHOD_NAMES[answers.method].text(),
                )
            )
        _check_portal(ctx, connection.portal.id)
        if answers.method is Method.LEGACY:
            await _compare_default_user(ctx)
        ctx.report.end(
            Outcome.UNCHANGED,
            # An id, not a quantity: str() keeps it free of the locale's digit grouping.
            translate("cli.apply_steps", "portal %1 is already connected").arg(
                str(connection.portal.id)
            ),
        )
        return
    await controller.choose_method(answers.method)
    if answers.method is Method.OAUTH:
        ctx.report.say(
            translate("cli.apply_steps", "Opening your browser to approve OpenCX in HubSpot ...")
        )
        facts = await controller.connect_hubspot(
            _attempt_printer(ctx.report, late_help=hubspot_consent_help())
        )
        if facts.connection is None:
            raise _unexpected("HubSpot approval finished but OpenCX shows no connection.")
        portal_id = facts.connection.portal.id
    else:
        portal_id = await _save_legacy(ctx)
    _check_portal(ctx, portal_id)
    ctx.report.end(
        Outcome.CHANGED, translate("cli.apply_steps", "connected portal %1").arg(str(portal_id))
    )


async def _connect_again(ctx: ApplyContext, action: ConnectionAction, connected: Portal) -> None:
    """Reconnect or move to OAuth. Another portal approved in the browser is only taken when
    the answers file names it in `[oauth] portal_id`; otherwise nothing changes."""
    controller = ctx.controller
    moving = action is ConnectionAction.MOVE_TO_OAUTH
    ctx.report.say(
        (
            translate(
                "cli.apply_steps",
                "Switching %1 from the legacy private app to “Connect with HubSpot” (the "
                "guide's OAuth Public App), without disconnecting ...",
            )
            if moving
            else translate(
                "cli.apply_steps", "HubSpot no longer lets OpenCX into %1: reconnecting ..."
            )
        ).arg(portal_label(connected))
    )
    ctx.report.say(
        translate("cli.apply_steps", "Opening your browser to approve OpenCX in HubSpot ...")
    )
    try:
        facts = await controller.connect_hubspot(
            _attempt_printer(ctx.report, late_help=hubspot_consent_help())
        )
    except PortalChangeNeeded as asked:
        change = asked.change
        if ctx.loaded.answers.oauth.portal_id != change.approved.id:
            controller.keep_current_portal()
            raise CommandFailed(
                other_portal_approved(
                    asked.problem,
                    portal_label(change.connected),
                    portal_label(change.approved),
                    change.approved.id,
                )
            ) from None
        ctx.report.note(
            translate("cli.apply_steps", "Moving OpenCX to %1, as [oauth] portal_id says.").arg(
                portal_label(change.approved)
            )
        )
        facts = await controller.continue_with_new_portal()
    if facts.connection is None:
        raise _unexpected("HubSpot approval finished but OpenCX shows no connection.")
    _check_portal(ctx, facts.connection.portal.id)
    if moving:
        ctx.report.note(done_note(action))
    done = (
        translate("cli.apply_steps", "switched to Connect with HubSpot: portal %1")
        if moving
        else translate("cli.apply_steps", "reconnected: portal %1")
    )
    ctx.report.end(Outcome.CHANGED, done.arg(str(facts.connection.portal.id)))


def _check_portal(ctx: ApplyContext, portal_id: int) -> None:
    wanted = ctx.loaded.answers.oauth.portal_id
    if wanted is not None and wanted != portal_id:
        raise CommandFailed(other_portal_connected(wanted, portal_id))


async def _save_legacy(ctx: ApplyContext) -> int:
    legacy = ctx.loaded.answers.legacy
    if legacy is None:  # the model guarantees it on the legacy path
        raise _unexpected("The legacy section is missing.")
    controller = ctx.controller
    token = _secret(ctx, legacy.private_app_token, PRIVATE_APP_TOKEN_LABEL)
    checked = await controller.check_private_app_token(token)
    del token  # kept in the keyring by the controller; not needed here any more
    if checked.value is None:
        raise CommandFailed(
            not_a_private_app_token(
                checked.error, missing=False, put_it_in=legacy.private_app_token.describe()
            )
        )
    missing = controller.state.answers.legacy.missing_scopes
    if missing:
        raise CommandFailed(legacy_app_missing_scopes(missing, in_window=False))
    ctx.report.say(
        translate("cli.apply_steps", "token accepted by HubSpot for portal %1").arg(
            str(checked.value.portal_id)
        )
    )
    # The HubSpot-side checks (the existing legacy app's webhook URL and subscriptions) are
    # done by the admin before an unattended run; the token check above proves the scopes.
    for check in LEGACY_APP_CHECKS:
        controller.tick_legacy_step(check.field, True)
    await _choose_default_user(ctx, legacy.default_user)
    facts = await controller.save_legacy_credentials()
    return facts.connection.portal.id if facts.connection else checked.value.portal_id


async def _choose_default_user(ctx: ApplyContext, wanted: str) -> None:
    controller = ctx.controller
    if "@" in wanted and "://" not in wanted:
        teammates = await controller.legacy_teammates()
        match = _find_teammate(teammates, "legacy.default_user", email=wanted)
        result = controller.choose_default_user(match)
    else:
        result = controller.set_default_user_text(wanted)
    if result.value is None:
        raise _answer_refused(
            "legacy.default_user",
            result.error or translate("cli.apply_steps", "not a HubSpot user"),
        )
    if result.notice:
        ctx.report.note(result.notice)


async def _compare_default_user(ctx: ApplyContext) -> None:
    legacy = ctx.loaded.answers.legacy
    facts = await ctx.controller.refresh_integration()
    if legacy is None or facts.default_user_id is None:
        return
    wanted = legacy.default_user
    if "@" not in wanted and wanted.strip() != facts.default_user_id:
        ctx.report.note(
            translate(
                "cli.apply_steps",
                "OpenCX acts as HubSpot user %1, not %2. Changing the default user needs a "
                "disconnect and a new connection.",
            ).arg(facts.default_user_id, wanted)
        )


# -- sender, Autopilot, signatures, workflow actions -----------------------------------


async def _sender(ctx: ApplyContext) -> None:
    ctx.report.begin(StepId.SENDER.value, STEP_TITLES[StepId.SENDER].text())
    wanted = ctx.loaded.answers.sender
    current = ctx.controller.state.answers.sender
    if wanted is None:
        if current is None:
            raise _answer_refused(
                "sender",
                translate("cli.apply_steps", "the OAuth path needs a [sender] (email = ...)"),
            )
        ctx.report.end(
            Outcome.UNCHANGED, translate("cli.apply_steps", "%1 (kept)").arg(current.label)
        )
        return
    if current is not None and _is(current, wanted.email, wanted.owner_id):
        ctx.report.end(Outcome.UNCHANGED, current.label)
        return
    teammates = await ctx.controller.teammates()
    match = _find_teammate(teammates, "sender", email=wanted.email, owner_id=wanted.owner_id)
    saved = await ctx.controller.choose_sender(match)
    ctx.report.end(Outcome.CHANGED, saved.label)


def _is(teammate: Teammate, email: str | None, owner_id: str | None) -> bool:
    if owner_id is not None:
        return teammate.owner_id == owner_id
    return email is not None and teammate.email.casefold() == email.strip().casefold()


def _find_teammate(
    teammates: Sequence[Teammate],
    where: str,
    *,
    email: str | None = None,
    owner_id: str | None = None,
) -> Teammate:
    for teammate in teammates:
        if _is(teammate, email, owner_id):
            return teammate
    known = ", ".join(t.email or t.owner_id for t in teammates[:10])
    known += " ..." if len(teammates) > 10 else ""
    reason = (
        translate("cli.apply_steps", "no HubSpot teammate has the email %1 (teammates: %2)").arg(
            email, known
        )
        if email is not None
        else translate(
            "cli.apply_steps", "no HubSpot teammate has the owner id %1 (teammates: %2)"
        ).arg(owner_id or "", known)
    )
    raise _answer_refused(where, reason)


async def _autopilot(ctx: ApplyContext) -> None:
    ctx.report.begin(StepId.AUTOPILOT.value, STEP_TITLES[StepId.AUTOPILOT].text())
    controller = ctx.controller
    wanted = ctx.loaded.answers.autopilot
    controller.set_test_channel(ctx.loaded.answers.test.channel)
    await controller.refresh_autopilot()
    changed = []
    for channel, enabled in [(c, True) for c in wanted.turn_on] + [
        (c, False) for c in wanted.turn_off
    ]:
        if controller.state.answers.autopilot.get(channel) is not enabled:
            await controller.set_autopilot(channel, enabled)
            changed.append(_channel_switch(channel, enabled))
    for warning in nav.warnings(controller.state, StepId.AUTOPILOT):
        ctx.report.note(warning)
    now = ", ".join(_channel_switch(c, on) for c, on in controller.state.answers.autopilot.items())
    if changed:
        ctx.report.end(
            Outcome.CHANGED,
            translate("cli.apply_steps", "turned %1 (now: %2)").arg(", ".join(changed), now),
        )
    else:
        ctx.report.end(Outcome.UNCHANGED, now)


def _channel_switch(channel: Channel, on: bool) -> str:
    """ "Email on": a channel's label and its Autopilot switch, as one phrase."""
    label = CHANNEL_LABELS[channel].text()
    if on:
        return translate("cli.apply_steps", "%1 on").arg(label)
    return translate("cli.apply_steps", "%1 off").arg(label)


async def _signatures(ctx: ApplyContext) -> None:
    ctx.report.begin(StepId.SIGNATURES.value, STEP_TITLES[StepId.SIGNATURES].text())
    controller = ctx.controller
    await controller.load_signatures()
    added: list[str] = []
    updated: list[str] = []
    for number, entry in enumerate(ctx.loaded.signatures):
        where = f"signatures.{number}"
        pattern = parse_pattern(entry.pattern)
        if pattern.value is None:
            raise _answer_refused(
                f"{where}.pattern",
                pattern.error or translate("cli.apply_steps", "not a domain pattern"),
            )
        html = sanitize_signature(entry.html)
        if html.value is None:
            raise _answer_refused(
                f"{where}.html", html.error or translate("cli.apply_steps", "not usable HTML")
            )
        rules = controller.state.answers.signatures
        index = next((i for i, r in enumerate(rules) if r.pattern == pattern.value.text), None)
        if index is not None and rules[index].html == html.value.html:
            continue
        result = await controller.save_signature(index, entry.pattern, entry.html)
        if result.value is None:
            raise _answer_refused(
                where, result.error or translate("cli.apply_steps", "the rule was refused")
            )
        (added if index is None else updated).append(pattern.value.text)
        if html.notice:
            ctx.report.note(
                translate("cli.apply_steps", "%1: %2").arg(pattern.value.text, html.notice)
            )
    total = len(controller.state.answers.signatures)
    if added and updated:
        ctx.report.end(
            Outcome.CHANGED,
            translate(
                "cli.apply_steps", "added %1; updated %2 (%n rule(s) in all)", None, PLURAL, total
            ).arg(", ".join(added), ", ".join(updated)),
        )
    elif added or updated:
        done = (
            translate("cli.apply_steps", "added %1 (%n rule(s) in all)", None, PLURAL, total)
            if added
            else translate("cli.apply_steps", "updated %1 (%n rule(s) in all)", None, PLURAL, total)
        )
        ctx.report.end(Outcome.CHANGED, done.arg(", ".join(added or updated)))
    else:
        ctx.report.end(
            Outcome.UNCHANGED,
            translate(
                "cli.apply_steps", "%n rule(s), all as in the answers file", None, PLURAL, total
            ),
        )


def _workflow_actions(ctx: ApplyContext) -> None:
    ctx.report.begin(StepId.WORKFLOW_ACTIONS.value, STEP_TITLES[StepId.WORKFLOW_ACTIONS].text())
    view = workflow_actions_view(ctx.controller.state.answers.workflow_actions_installed)
    if not view.all_installed:
        ctx.report.note(view.summary)
    ctx.report.end(Outcome.CHECKED, view.count_text)


# -- the test checklist ------------------------------------------------------------------


async def _test_checklist(ctx: ApplyContext) -> None:
    ctx.report.begin(StepId.TEST_CHECKLIST.value, STEP_TITLES[StepId.TEST_CHECKLIST].text())
    wanted = ctx.loaded.answers.test
    controller = ctx.controller
    if not wanted.run:
        if controller.state.mode is Mode.SETUP:
            controller.skip_test()
        ctx.report.end(
            Outcome.SKIPPED, translate("cli.apply_steps", "the answers file says run = false")
        )
        return
    if wanted.simulated_customer and ctx.send_test_message is None:
        raise _answer_refused(
            "test.simulated_customer",
            translate("cli.apply_steps", "the simulated customer exists only in the sandbox"),
        )
    if wanted.channel not in TESTABLE_CHANNELS:
        raise _answer_refused("test.channel", UNTESTABLE_CHANNEL_REASON.text())
    follower = _ChecklistFollower(ctx)
    unsubscribe = controller.subscribe(follower.on_state)
    outcome = None
    try:
        async with asyncio.timeout(wanted.timeout_seconds):
            outcome = await controller.run_test()
            if another_message_helps(outcome):  # once: the message itself never arrived
                stall = first_stall(outcome)
                if stall is not None:
                    ctx.report.say(stall_text(outcome, stall.check))
                ctx.report.say(
                    translate(
                        "cli.apply_steps", "Watching for another message in the same test ..."
                    )
                )
                follower.another_message()
                outcome = await controller.watch_for_another_message()
    except TimeoutError:
        pass
    finally:
        unsubscribe()
        helper_failure = await follower.close()
    if helper_failure is not None:  # the customer's message or the handoff request failed
        raise helper_failure
    if outcome is None:
        raise CommandFailed(
            checklist_did_not_finish(
                wanted.timeout_seconds, waiting_for(controller.state.answers.test)
            ),
            ExitCode.TEST_FAILED,
        )
    stall = first_stall(outcome)
    if not outcome.passed:
        first = stall.check if stall else None
        raise CommandFailed(
            checklist_stopped(
                CHECK_LABELS[first].text() if first else None,
                stall_text(outcome, first) if first else None,
                f"test run {outcome.run_id}" + (f"; cause {stall.cause.value}" if stall else ""),
            ),
            ExitCode.TEST_FAILED,
        )
    if stall is not None:  # an expected reason (a handoff topic, no ticket creation)
        ctx.report.note(
            translate("cli.apply_steps", "%1: %2").arg(
                CHECK_LABELS[stall.check].text(), stall_text(outcome, stall.check)
            )
        )
        ctx.report.end(
            Outcome.CHANGED,
            translate(
                "cli.apply_steps",
                "the test finished; not every item happened, as set up (test run %1)",
            ).arg(outcome.run_id or "-"),
        )
        return
    ctx.report.end(
        Outcome.CHANGED,
        translate("cli.apply_steps", "all checks passed (test run %1)").arg(outcome.run_id or "-"),
    )


class _ChecklistFollower:
    """Plays the admin's part while the run goes: prints each tick, has the simulated
    customer write once the run exists, and asks for the handoff once the AI replied."""

    def __init__(self, ctx: ApplyContext) -> None:
        self._ctx = ctx
        self._printed: set[CheckId] = set()
        self._tasks: list[asyncio.Task[None]] = []
        self._customer_sent = False
        self._handoff_asked = False

    def another_message(self) -> None:
        """The run watches for another message: print its ticks again, send again."""
        self._printed.clear()
        self._customer_sent = False
        self._handoff_asked = False

    def on_state(self, state: WizardState) -> None:
        test = state.answers.test
        if test is None or test.run_id is None:
            return
        wanted = self._ctx.loaded.answers.test
        send = self._ctx.send_test_message if wanted.simulated_customer else None
        # The same rows and offers as the window's checklist (flow.checklist_view).
        view = checklist_view(
            state.answers,
            running=True,
            handoff_asked=self._handoff_asked,
            practice_customer=send is not None,
        )
        for row in view.rows:
            if row.happened and row.check not in self._printed:
                self._printed.add(row.check)
                self._ctx.report.say(f"[{row.tag}] {row.label}")
        if send is not None and view.offers.send_as_customer and not self._customer_sent:
            self._customer_sent = True
            self._ctx.report.say(
                translate("cli.apply_steps", "The simulated customer sends the test message ...")
            )
            self._tasks.append(asyncio.ensure_future(send(test.channel)))
        if wanted.request_handoff and view.offers.request_handoff:
            self._handoff_asked = True
            self._ctx.report.say(
                translate(
                    "cli.apply_steps", "Asking OpenCX to hand the conversation to a human ..."
                )
            )
            self._tasks.append(asyncio.ensure_future(self._ctx.controller.request_handoff()))

    async def close(self) -> BaseException | None:
        """Stop what is still running; the first failure of a finished helper, if any."""
        for task in self._tasks:
            task.cancel()
        results = await asyncio.gather(*self._tasks, return_exceptions=True)
        return next(
            (
                r
                for r in results
                if isinstance(r, Exception) and not isinstance(r, asyncio.CancelledError)
            ),
            None,
        )


# -- finishing ---------------------------------------------------------------------------


def _finish(ctx: ApplyContext) -> None:
    controller = ctx.controller
    if controller.state.mode is Mode.SETUP:
        blocker = controller.go_to(StepId.SUMMARY)
        if blocker is not None:
            raise CommandFailed(
                setup_incomplete(STEP_TITLES[blocker.step].text(), blocker.reason),
                ExitCode.ANSWERS_INVALID,
            )


def _answer_refused(where: str, reason: str) -> CommandFailed:
    return CommandFailed(answer_refused(where, reason), ExitCode.ANSWERS_INVALID)


def _unexpected(what: str) -> CommandFailed:
    return CommandFailed(unexpected_fault(what, in_window=False), ExitCode.UNEXPECTED)
