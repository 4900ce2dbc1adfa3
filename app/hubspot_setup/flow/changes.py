"""Recording answers and backend facts in the state, and what each change undoes.

Each function returns a new `WizardState`; those that can undo earlier work also return a
`Redo` (or None when nothing had to be undone) so a page can tell the admin what happened.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hubspot_setup.flow.answers import (
    Answers,
    ChecklistOutcome,
    CheckStatus,
    Connection,
    LegacyAppProgress,
    LegacyCredentials,
    OpenCXAccount,
    Prerequisite,
    PrerequisiteAnswer,
    SignatureRule,
    Teammate,
    role_name,
)
from hubspot_setup.flow.domains import DomainPattern, parse_pattern
from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES, Channel
from hubspot_setup.flow.navigation import Redo, steps
from hubspot_setup.flow.portal_report import PortalFacts
from hubspot_setup.flow.signature_html import sanitize_signature
from hubspot_setup.flow.signatures import RuleChoice, check_new_pattern, choose_rule
from hubspot_setup.flow.state import WizardState, replace
from hubspot_setup.flow.steps import Method, Mode, StepId
from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import translate


def _answers(state: WizardState, **changes: object) -> WizardState:
    return replace(state, answers=replace(state.answers, **changes))


def _set_prerequisite(
    answers: Answers, item: Prerequisite, status: CheckStatus, detail: str | None = None
) -> dict[Prerequisite, PrerequisiteAnswer]:
    updated = dict(answers.prerequisites)
    updated[item] = PrerequisiteAnswer(status=status, detail=detail)
    return updated


# -- Prerequisites ---------------------------------------------------------------------


def confirm_prerequisite(state: WizardState, item: Prerequisite, confirmed: bool) -> WizardState:
    """The admin ticks (or unticks) an item. An item checked automatically keeps its result."""
    current = state.answers.prerequisites[item].status
    if current in (CheckStatus.PASSED, CheckStatus.FAILED):
        return state
    status = CheckStatus.CONFIRMED if confirmed else CheckStatus.UNKNOWN
    return _answers(state, prerequisites=_set_prerequisite(state.answers, item, status))


def record_prerequisite_check(
    state: WizardState, item: Prerequisite, passed: bool, detail: str | None = None
) -> WizardState:
    """A prerequisite the app could check itself (OpenCX role, portal facts)."""
    status = CheckStatus.PASSED if passed else CheckStatus.FAILED
    return _answers(state, prerequisites=_set_prerequisite(state.answers, item, status, detail))


# -- OpenCX sign-in ----------------------------------------------------------------------


def signed_in(state: WizardState, account: OpenCXAccount) -> tuple[WizardState, Redo | None]:
    """Record the signed-in account; another organisation than before starts over."""
    previous = state.answers.account
    redo = None
    answers = state.answers
    if previous is not None and previous.organization_id != account.organization_id:
        answers = _reset_after_signin(answers)
        redo = Redo(
            steps=steps(replace(state, answers=answers))[2:],
            notice=translate(
                "flow.changes",
                "You signed in to %1, not %2, so the steps after sign-in start over.",
            ).arg(account.organization_name, previous.organization_name),
        )
    role_detail = (
        None
        if account.is_admin
        else translate("flow.changes", "Your OpenCX role is %1.").arg(role_name(account.role))
    )
    prerequisites = _set_prerequisite(
        answers,
        Prerequisite.OPENCX_ADMIN,
        CheckStatus.PASSED if account.is_admin else CheckStatus.FAILED,
        role_detail,
    )
    new_answers = replace(answers, account=account, prerequisites=prerequisites)
    # The same organisation again (a restart in manage mode, say) stays where it was.
    mode = state.mode if redo is None and account.is_admin else Mode.SETUP
    new_state = replace(state, answers=new_answers, mode=mode, detour=None)
    if redo is not None:
        new_state = replace(new_state, visited=_visited_until(new_state, StepId.SIGNIN))
    return new_state, redo


def signed_out(state: WizardState) -> WizardState:
    # A role that was met stays ticked (it is checked again at the next sign-in); a role
    # that was not met asks again, since the next account may be another one.
    was = state.answers.prerequisites[Prerequisite.OPENCX_ADMIN].status
    keep = was in (CheckStatus.PASSED, CheckStatus.CONFIRMED)
    status = CheckStatus.CONFIRMED if keep else CheckStatus.UNKNOWN
    prerequisites = _set_prerequisite(state.answers, Prerequisite.OPENCX_ADMIN, status)
    return replace(
        state,
        answers=replace(state.answers, account=None, prerequisites=prerequisites),
        current=StepId.SIGNIN,
        mode=Mode.SETUP,
        detour=None,
    )


def enter_manage(state: WizardState, connection: Connection) -> WizardState:
    """The portal is already connected: open manage mode on its status."""
    answers = replace(state.answers, connection=connection, method=connection.method)
    return replace(
        state,
        answers=answers,
        mode=Mode.MANAGE,
        current=StepId.MANAGE,
        detour=None,
        visited=_visited_with(state.visited, StepId.MANAGE),
    )


# -- Connection method -------------------------------------------------------------------


def method_change_impact(state: WizardState, method: Method) -> Redo | None:
    """What switching to `method` would undo, or None if nothing.

    Nothing when not connected yet, and nothing from a legacy app to Connect with HubSpot:
    OpenCX switches a legacy connection in place once the admin approves OpenCX in HubSpot
    (tickets, conversations and signatures stay), as manage mode's switch does. Only the
    way back, to a legacy app, needs the portal disconnected first."""
    connection = state.answers.connection
    if method is state.answers.method or connection is None or connection.method is method:
        return None
    if method is Method.OAUTH:
        return None
    later = steps(replace(state, answers=replace(state.answers, method=method)))
    notice = translate(
        "flow.changes",
        "Portal %1 is connected through “Connect with HubSpot”. Switching to an existing "
        "legacy app disconnects it first; the steps after this one start over.",
    ).arg(str(connection.portal.id))
    return Redo(steps=later[later.index(StepId.METHOD) + 1 :], notice=notice, needs_disconnect=True)


def choose_method(state: WizardState, method: Method) -> WizardState:
    """Choose the method. If the portal is connected with the other method, disconnect
    first (see `method_change_impact`): this refuses to leave a half-switched state."""
    impact = method_change_impact(state, method)
    if impact is not None and impact.needs_disconnect:
        raise ValueError(impact.notice)
    chosen = _answers(state, method=method)
    if chosen.current not in steps(chosen):
        # The admin was on a step only the other method has (a late click on the method
        # page, say): the method page is where the new path continues from.
        chosen = replace(chosen, current=StepId.METHOD)
    return chosen


# -- Connecting --------------------------------------------------------------------------


def connected(
    state: WizardState,
    connection: Connection,
    *,
    workflow_actions_installed: Mapping[str, bool] | None = None,
) -> WizardState:
    """The backend reports the portal connected: record it and the facts it proves."""
    answers = replace(
        state.answers,
        connection=connection,
        method=connection.method,
        workflow_actions_installed=dict(workflow_actions_installed or {}),
    )
    # Approving the app (or creating a private app) needs portal admin rights.
    answers = replace(
        answers,
        prerequisites=_set_prerequisite(answers, Prerequisite.HUBSPOT_ADMIN, CheckStatus.PASSED),
    )
    # No API tells the Service Hub tier: that prerequisite stays the admin's to confirm, and
    # the portal report (`portal_facts_read`) says what could be seen instead. Left
    # unanswered (an answers file without it), it is said to be unverifiable, not passed.
    if answers.prerequisites[Prerequisite.SERVICE_HUB].status is CheckStatus.UNKNOWN:
        answers = replace(
            answers,
            prerequisites=_set_prerequisite(
                answers,
                Prerequisite.SERVICE_HUB,
                CheckStatus.NOT_VERIFIABLE,
                translate(
                    "flow.changes",
                    "Not confirmed, and HubSpot does not tell apps which subscription a "
                    "portal has; the portal report shows what could be seen.",
                ),
            ),
        )
    return replace(state, answers=answers)


def portal_facts_read(state: WizardState, facts: PortalFacts) -> WizardState:
    """What was read about the connected portal (inboxes, permissions) after connecting."""
    return _answers(state, portal_facts=facts)


def disconnected(state: WizardState) -> WizardState:
    """The backend disconnected the portal: keep sign-in, start again at the method."""
    answers = _reset_after_signin(state.answers)
    answers = replace(answers, method=state.answers.method)
    new_state = replace(state, answers=answers, mode=Mode.SETUP, detour=None)
    return replace(
        new_state, current=StepId.METHOD, visited=_visited_until(new_state, StepId.METHOD)
    )


def _reset_after_signin(answers: Answers) -> Answers:
    fresh = Answers()
    return replace(
        fresh,
        prerequisites={
            item: (
                answer
                if item is Prerequisite.OPENCX_ADMIN or answer.status is CheckStatus.CONFIRMED
                else fresh.prerequisites[item]
            )
            for item, answer in answers.prerequisites.items()
        },
        account=answers.account,
    )


# -- Legacy path -------------------------------------------------------------------------


def tick_legacy_step(state: WizardState, field: str, done: bool) -> WizardState:
    if field not in LegacyAppProgress.model_fields:
        raise KeyError(field)
    return _answers(state, legacy_app=replace(state.answers.legacy_app, **{field: done}))


def token_checked(state: WizardState, token_ref: str, granted_scopes: Iterable[str]) -> WizardState:
    """HubSpot answered for the token stored under `token_ref`: record the scopes."""
    granted = tuple(sorted(set(granted_scopes)))
    missing = tuple(scope for scope in LEGACY_REQUIRED_SCOPES if scope not in granted)
    legacy = replace(
        state.answers.legacy,
        token_ref=token_ref,
        token_verified=True,
        granted_scopes=granted,
        missing_scopes=missing,
        saved=False,
    )
    return _answers(state, legacy=legacy)


def token_cleared(state: WizardState) -> WizardState:
    legacy = LegacyCredentials(
        default_user_id=state.answers.legacy.default_user_id,
        default_user=state.answers.legacy.default_user,
    )
    return _answers(state, legacy=legacy)


def set_default_user(
    state: WizardState, user_id: str, teammate: Teammate | None = None
) -> WizardState:
    legacy = replace(
        state.answers.legacy, default_user_id=user_id, default_user=teammate, saved=False
    )
    return _answers(state, legacy=legacy)


def default_user_named(state: WizardState, user_id: str, teammate: Teammate) -> WizardState:
    """Who the default user `user_id` is, found among the teammates; nothing else changes."""
    if state.answers.legacy.default_user_id != user_id:
        return state  # chosen again meanwhile
    return _answers(state, legacy=replace(state.answers.legacy, default_user=teammate))


def legacy_saved(state: WizardState, connection: Connection) -> WizardState:
    state = _answers(state, legacy=replace(state.answers.legacy, saved=True))
    return connected(state, connection)


# -- Sender, Autopilot, workflow actions, test -----------------------------------------


def set_sender(state: WizardState, teammate: Teammate) -> WizardState:
    return _answers(state, sender=teammate)


def autopilot_read(state: WizardState, channels: Mapping[Channel, bool]) -> WizardState:
    return _answers(state, autopilot=dict(channels))


def set_test_channel(state: WizardState, channel: Channel) -> WizardState:
    return _answers(state, test_channel=channel)


def test_starting(state: WizardState, channel: Channel) -> WizardState:
    """A run OpenCX has not started yet: no run id, nothing to watch for so far."""
    return _answers(state, test=ChecklistOutcome(channel=channel))


def test_updated(state: WizardState, outcome: ChecklistOutcome | None) -> WizardState:
    return _answers(state, test=outcome)


def skip_test(state: WizardState) -> WizardState:
    outcome = ChecklistOutcome(channel=state.answers.test_channel, skipped=True)
    return _answers(state, test=outcome)


# -- Email signatures --------------------------------------------------------------------


def _patterns(state: WizardState) -> list[DomainPattern]:
    patterns = []
    for rule in state.answers.signatures:
        parsed = parse_pattern(rule.pattern).value
        if parsed is not None:
            patterns.append(parsed)
    return patterns


def add_signature(
    state: WizardState, raw_pattern: str, raw_html: str
) -> tuple[WizardState, FieldResult[SignatureRule]]:
    """Validate and add a rule. On a bad pattern or HTML the state is unchanged."""
    return _put_signature(state, None, raw_pattern, raw_html)


def edit_signature(
    state: WizardState, index: int, raw_pattern: str, raw_html: str
) -> tuple[WizardState, FieldResult[SignatureRule]]:
    return _put_signature(state, index, raw_pattern, raw_html)


def _put_signature(
    state: WizardState, index: int | None, raw_pattern: str, raw_html: str
) -> tuple[WizardState, FieldResult[SignatureRule]]:
    rules = list(state.answers.signatures)
    replacing = None
    if index is not None:
        replacing = parse_pattern(rules[index].pattern).value
    pattern = check_new_pattern(raw_pattern, _patterns(state), replacing=replacing)
    if pattern.value is None:
        return state, FieldResult.reject(
            pattern.error or translate("flow.changes", "Invalid pattern.")
        )
    html = sanitize_signature(raw_html)
    if html.value is None:
        return state, FieldResult.reject(
            html.error or translate("flow.changes", "Invalid signature.")
        )
    rule = SignatureRule(
        pattern=pattern.value.text,
        html=html.value.html,
        id=rules[index].id if index is not None else None,
    )
    if index is None:
        rules.append(rule)
    else:
        rules[index] = rule
    return _answers(state, signatures=tuple(rules)), FieldResult.accept(rule, html.notice)


def signature_saved(state: WizardState, index: int, backend_id: str) -> WizardState:
    rules = list(state.answers.signatures)
    rules[index] = replace(rules[index], id=backend_id)
    return _answers(state, signatures=tuple(rules))


def remove_signature(state: WizardState, index: int) -> WizardState:
    rules = list(state.answers.signatures)
    del rules[index]
    return _answers(state, signatures=tuple(rules))


def signature_for(state: WizardState, sender_email: str) -> tuple[SignatureRule, RuleChoice] | None:
    """The "which signature would an email from X get?" tester."""
    choice = choose_rule(_patterns(state), sender_email)
    if choice is None:
        return None
    return state.answers.signatures[choice.index], choice


# -- helpers ---------------------------------------------------------------------------


def _visited_with(visited: tuple[StepId, ...], step: StepId) -> tuple[StepId, ...]:
    return visited if step in visited else (*visited, step)


def _visited_until(state: WizardState, last: StepId) -> tuple[StepId, ...]:
    order = steps(state)
    keep = order[: order.index(last) + 1] if last in order else order
    return tuple(step for step in state.visited if step in keep)
