"""Walking both paths and manage mode through the pure flow."""

from __future__ import annotations

import pytest

from hubspot_setup.flow import changes
from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.answers import (
    ChecklistOutcome,
    CheckState,
    CheckStatus,
    Connection,
    OpenCXAccount,
    Portal,
    Prerequisite,
    Role,
    Teammate,
)
from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES, Channel, CheckId
from hubspot_setup.flow.state import WizardState, replace
from hubspot_setup.flow.steps import Method, Mode, StepId, steps_for_method

ADMIN = OpenCXAccount(
    user_email="ada@acme.test",
    organization_id="org_1",
    organization_name="Acme",
    role=Role.ADMIN,
    credential_ref="opencx-session:org_1",
)
PORTAL = Portal(id=4242, domain="acme.test", service_hub_tier="professional")
SENDER = Teammate(owner_id="101", user_id=9001, email="ai@acme.test", name="Acme AI")
OAUTH = Connection(method=Method.OAUTH, portal=PORTAL)
LEGACY = Connection(method=Method.LEGACY, portal=PORTAL)
ALL_PASSED = ChecklistOutcome(run_id="run_1", checks=dict.fromkeys(CheckId, CheckState.PASSED))


def confirmed(state: WizardState) -> WizardState:
    for item in Prerequisite:
        state = changes.confirm_prerequisite(state, item, confirmed=True)
    return state


def signed_in(state: WizardState, account: OpenCXAccount = ADMIN) -> WizardState:
    state, _ = changes.signed_in(state, account)
    return state


def test_paths_have_the_guide_steps() -> None:
    assert steps_for_method(Method.OAUTH) == (
        StepId.PREREQUISITES, StepId.SIGNIN, StepId.METHOD, StepId.OAUTH_CONNECT, StepId.SENDER,
        StepId.AUTOPILOT, StepId.SIGNATURES, StepId.WORKFLOW_ACTIONS, StepId.TEST_CHECKLIST,
        StepId.SUMMARY,
    )  # fmt: skip
    assert steps_for_method(Method.LEGACY) == (
        StepId.PREREQUISITES, StepId.SIGNIN, StepId.METHOD, StepId.LEGACY_APP,
        StepId.LEGACY_CREDENTIALS, StepId.AUTOPILOT, StepId.TEST_CHECKLIST, StepId.SUMMARY,
    )  # fmt: skip


def test_full_oauth_path() -> None:
    state = WizardState()
    blocked = nav.blocker(state)
    assert blocked is not None
    assert "Confirm each item" in blocked.reason
    with pytest.raises(nav.StepBlocked):
        nav.next_step(state)
    state = nav.next_step(confirmed(state))
    assert state.current is StepId.SIGNIN
    assert not nav.is_complete(state, StepId.SIGNIN)
    state = nav.next_step(signed_in(state))
    assert state.current is StepId.METHOD
    assert state.answers.method is Method.OAUTH  # the recommended default
    state = nav.next_step(state)
    assert state.current is StepId.OAUTH_CONNECT
    with pytest.raises(nav.StepBlocked, match="Connect with HubSpot"):
        nav.next_step(state)
    state = changes.connected(
        state,
        Connection(method=Method.OAUTH, portal=PORTAL),
        workflow_actions_installed={"a": True},
    )
    assert state.answers.prerequisites[Prerequisite.HUBSPOT_ADMIN].status is CheckStatus.PASSED
    # No HubSpot API tells the subscription: Service Hub stays the admin's own tick.
    assert state.answers.prerequisites[Prerequisite.SERVICE_HUB].status is CheckStatus.CONFIRMED
    state = nav.next_step(state)
    assert state.current is StepId.SENDER
    with pytest.raises(nav.StepBlocked, match="teammate"):
        nav.next_step(state)
    state = nav.next_step(changes.set_sender(state, SENDER))
    assert state.current is StepId.AUTOPILOT
    state = changes.autopilot_read(state, {Channel.EMAIL: False, Channel.WEB: True})
    assert any("Autopilot is off for Email" in w for w in nav.warnings(state))
    state = changes.autopilot_read(state, {Channel.EMAIL: True})
    assert nav.warnings(state) == ()
    state = nav.next_step(state)
    assert state.current is StepId.SIGNATURES
    state = nav.next_step(state)
    assert state.current is StepId.WORKFLOW_ACTIONS
    state = nav.next_step(state)
    assert state.current is StepId.TEST_CHECKLIST
    with pytest.raises(nav.StepBlocked, match="checklist"):
        nav.next_step(state)
    state = nav.next_step(changes.test_updated(state, ALL_PASSED))
    assert state.current is StepId.SUMMARY
    with pytest.raises(nav.StepBlocked, match="last step"):
        nav.next_step(state)
    assert state.visited == steps_for_method(Method.OAUTH)


def legacy_ready(state: WizardState) -> WizardState:
    for field in ("app_created", "scopes_enabled", "webhook_url_added", "subscriptions_added"):
        state = changes.tick_legacy_step(state, field, done=True)
    return state


def test_full_legacy_path() -> None:
    state = nav.next_step(signed_in(nav.next_step(confirmed(WizardState()))))
    state = changes.choose_method(state, Method.LEGACY)
    assert any("26 October 2026" in w for w in nav.warnings(state))
    state = nav.next_step(state)
    assert state.current is StepId.LEGACY_APP
    state = legacy_ready(state)
    with pytest.raises(nav.StepBlocked, match="Commit changes"):
        nav.next_step(state)
    state = nav.next_step(changes.tick_legacy_step(state, "changes_committed", done=True))
    assert state.current is StepId.LEGACY_CREDENTIALS
    with pytest.raises(nav.StepBlocked, match="Paste the private app"):
        nav.next_step(state)
    partial = [s for s in LEGACY_REQUIRED_SCOPES if s != "conversations.write"]
    state = changes.token_checked(state, "hubspot-private-app:org_1", partial)
    blocked = nav.blocker(state)
    assert blocked is not None
    assert "conversations.write" in blocked.reason
    state = changes.token_checked(state, "hubspot-private-app:org_1", LEGACY_REQUIRED_SCOPES)
    with pytest.raises(nav.StepBlocked, match="default user"):
        nav.next_step(state)
    state = changes.set_default_user(state, "9001", SENDER)
    with pytest.raises(nav.StepBlocked, match="Save the credentials"):
        nav.next_step(state)
    state = changes.legacy_saved(state, Connection(method=Method.LEGACY, portal=PORTAL))
    state = nav.next_step(state)
    assert state.current is StepId.AUTOPILOT
    state = nav.next_step(state)
    assert state.current is StepId.TEST_CHECKLIST
    state = nav.next_step(changes.skip_test(state))
    assert state.current is StepId.SUMMARY
    assert state.visited == steps_for_method(Method.LEGACY)


def test_unverified_token_blocks() -> None:
    state = changes.token_checked(WizardState(), "ref", LEGACY_REQUIRED_SCOPES)
    state = changes.token_cleared(state)
    assert nav.blocker(state, StepId.LEGACY_CREDENTIALS) is not None
    unverified = replace(
        state, answers=replace(state.answers, legacy=replace(state.answers.legacy, token_ref="r"))
    )
    blocked = nav.blocker(unverified, StepId.LEGACY_CREDENTIALS)
    assert blocked is not None
    assert "not been checked" in blocked.reason


def test_skipping_the_test_lets_the_admin_finish() -> None:
    state = changes.skip_test(WizardState())
    assert nav.is_complete(state, StepId.TEST_CHECKLIST)
    assert state.answers.test is not None
    assert not state.answers.test.passed


def test_non_admin_is_stopped_at_sign_in_with_a_reason() -> None:
    member = ADMIN.model_copy(update={"role": Role.MEMBER})
    state = signed_in(nav.next_step(confirmed(WizardState())), member)
    blocked = nav.blocker(state)
    assert blocked is not None
    assert "Only owners and admins" in blocked.reason
    answer = state.answers.prerequisites[Prerequisite.OPENCX_ADMIN]
    assert answer.status is CheckStatus.FAILED
    # and the prerequisites step now says so too
    prereq = nav.blocker(state, StepId.PREREQUISITES)
    assert prereq is not None
    assert "Not met" in prereq.reason


def test_an_automatic_check_is_not_overridden_by_a_tick() -> None:
    state = changes.record_prerequisite_check(WizardState(), Prerequisite.SERVICE_HUB, False, "x")
    state = changes.confirm_prerequisite(state, Prerequisite.SERVICE_HUB, confirmed=True)
    assert state.answers.prerequisites[Prerequisite.SERVICE_HUB].status is CheckStatus.FAILED
    state = changes.confirm_prerequisite(state, Prerequisite.HUBSPOT_ADMIN, confirmed=True)
    state = changes.confirm_prerequisite(state, Prerequisite.HUBSPOT_ADMIN, confirmed=False)
    assert state.answers.prerequisites[Prerequisite.HUBSPOT_ADMIN].status is CheckStatus.UNKNOWN


def test_connecting_never_decides_the_service_hub_prerequisite() -> None:
    # No HubSpot API tells the subscription: the admin's own tick stays what it was, and a
    # tier in progress saved by an older version is dropped, not believed.
    portal = Portal.model_validate({"id": 1, "service_hub_tier": "free"})
    ticked = changes.confirm_prerequisite(WizardState(), Prerequisite.SERVICE_HUB, confirmed=True)
    state = changes.connected(ticked, Connection(method=Method.OAUTH, portal=portal))
    answer = state.answers.prerequisites[Prerequisite.SERVICE_HUB]
    assert answer.status is CheckStatus.CONFIRMED
    connection = state.answers.connection
    assert connection is not None
    assert "service_hub_tier" not in connection.portal.model_dump()


def test_back_and_go_to() -> None:
    state = nav.next_step(signed_in(nav.next_step(confirmed(WizardState()))))
    assert nav.can_go_back(state)
    state = nav.back(state)
    assert state.current is StepId.SIGNIN
    state = nav.back(state)
    assert state.current is StepId.PREREQUISITES
    assert not nav.can_go_back(state)
    assert nav.back(state) is state
    assert nav.go_to(state, StepId.METHOD).current is StepId.METHOD
    with pytest.raises(nav.StepBlocked, match="Connect with HubSpot"):
        nav.go_to(state, StepId.SENDER)
    with pytest.raises(nav.StepBlocked, match="not on this path"):
        nav.go_to(state, StepId.LEGACY_APP)


def test_switching_method_after_connecting_needs_a_disconnect() -> None:
    state = nav.next_step(signed_in(nav.next_step(confirmed(WizardState()))))
    assert changes.method_change_impact(state, Method.LEGACY) is None  # not connected yet
    state = changes.connected(state, Connection(method=Method.OAUTH, portal=PORTAL))
    state = changes.set_sender(state, SENDER)
    impact = changes.method_change_impact(state, Method.LEGACY)
    assert impact is not None
    assert impact.needs_disconnect
    assert impact.steps == (
        StepId.LEGACY_APP, StepId.LEGACY_CREDENTIALS, StepId.AUTOPILOT, StepId.TEST_CHECKLIST,
        StepId.SUMMARY,
    )  # fmt: skip
    assert "disconnects it first" in impact.notice
    with pytest.raises(ValueError, match="disconnects it first"):
        changes.choose_method(state, Method.LEGACY)
    state = changes.disconnected(state)
    assert state.current is StepId.METHOD
    assert state.answers.connection is None
    assert state.answers.sender is None
    assert state.answers.account == ADMIN  # sign-in is kept
    state = changes.choose_method(state, Method.LEGACY)
    assert state.answers.method is Method.LEGACY
    assert changes.method_change_impact(state, Method.LEGACY) is None


def test_a_legacy_app_switches_to_connect_with_hubspot_without_a_disconnect() -> None:
    # OpenCX migrates a private app in place when the admin approves the OAuth Public App.
    state = nav.next_step(signed_in(nav.next_step(confirmed(WizardState()))))
    state = changes.choose_method(state, Method.LEGACY)
    state = changes.connected(state, Connection(method=Method.LEGACY, portal=PORTAL))
    assert changes.method_change_impact(state, Method.OAUTH) is None
    state = changes.choose_method(state, Method.OAUTH)
    assert state.answers.method is Method.OAUTH
    assert state.answers.connection == Connection(method=Method.LEGACY, portal=PORTAL)
    # Until HubSpot's approval switches it, the connect step is not done.
    reason = nav.blocker(replace(state, current=StepId.OAUTH_CONNECT))
    assert reason is not None
    assert "approve OpenCX" in reason.reason


def test_signing_in_to_another_organisation_starts_over() -> None:
    state = signed_in(confirmed(WizardState()))
    state = changes.connected(state, Connection(method=Method.OAUTH, portal=PORTAL))
    same, redo = changes.signed_in(state, ADMIN)
    assert redo is None
    assert same.answers.connection is not None
    other = ADMIN.model_copy(update={"organization_id": "org_2", "organization_name": "Beta"})
    moved, redo = changes.signed_in(state, other)
    assert redo is not None
    assert "Beta" in redo.notice
    assert StepId.OAUTH_CONNECT in redo.steps
    assert moved.answers.connection is None
    # what was checked on the old portal no longer holds; the new role is checked again
    answers = moved.answers.prerequisites
    assert answers[Prerequisite.SERVICE_HUB].status is CheckStatus.CONFIRMED  # the admin's tick
    assert answers[Prerequisite.HUBSPOT_ADMIN].status is CheckStatus.UNKNOWN
    assert answers[Prerequisite.OPENCX_ADMIN].status is CheckStatus.PASSED


def test_signing_out_returns_to_sign_in() -> None:
    state = changes.signed_out(signed_in(WizardState()))
    assert state.current is StepId.SIGNIN
    assert state.answers.account is None


def test_manage_mode_detours_and_back() -> None:
    state = changes.enter_manage(
        signed_in(WizardState()), Connection(method=Method.OAUTH, portal=PORTAL)
    )
    assert state.mode is Mode.MANAGE
    assert nav.steps(state) == (StepId.SIGNIN, StepId.MANAGE)
    sender = nav.open_from_manage(state, StepId.SENDER)
    assert sender.current is StepId.SENDER
    assert nav.can_go_back(sender)
    assert nav.back(sender).current is StepId.MANAGE
    with pytest.raises(nav.StepBlocked):
        nav.next_step(sender)  # no sender picked yet
    done = nav.next_step(changes.set_sender(sender, SENDER))
    assert done.current is StepId.MANAGE
    assert done.detour is None
    with pytest.raises(nav.StepBlocked):
        nav.open_from_manage(state, StepId.METHOD)
    with pytest.raises(nav.StepBlocked):
        nav.open_from_manage(WizardState(), StepId.SENDER)
    legacy = changes.enter_manage(WizardState(), Connection(method=Method.LEGACY, portal=PORTAL))
    with pytest.raises(nav.StepBlocked, match="only with “Connect with HubSpot”"):
        nav.open_from_manage(legacy, StepId.SIGNATURES)
    assert nav.open_from_manage(legacy, StepId.TEST_CHECKLIST).current is StepId.TEST_CHECKLIST
    with pytest.raises(nav.StepBlocked, match="last step"):
        nav.next_step(state)  # manage is the end of its own path


def test_disconnect_from_manage_returns_to_setup() -> None:
    state = changes.enter_manage(
        signed_in(WizardState()), Connection(method=Method.LEGACY, portal=PORTAL)
    )
    state = changes.disconnected(state)
    assert state.mode is Mode.SETUP
    assert state.current is StepId.METHOD
    assert state.answers.method is Method.LEGACY


def test_resume_reopens_where_the_admin_stopped() -> None:
    state = nav.next_step(signed_in(nav.next_step(confirmed(WizardState()))))
    state = nav.next_step(state)
    assert nav.resume(state).current is StepId.OAUTH_CONNECT
    # an earlier step that is no longer complete wins
    state = changes.signed_out(state)
    state = replace(state, current=StepId.OAUTH_CONNECT)
    assert nav.resume(state).current is StepId.SIGNIN
    # a step that is not on the current path falls back to the start
    off_path = replace(state, current=StepId.LEGACY_APP)
    assert nav.resume(off_path).current is StepId.PREREQUISITES
    manage = changes.enter_manage(WizardState(), Connection(method=Method.OAUTH, portal=PORTAL))
    manage = nav.open_from_manage(manage, StepId.AUTOPILOT)
    assert nav.resume(manage).current is StepId.MANAGE


def test_choosing_the_other_method_from_one_of_its_own_steps_returns_to_the_method_page() -> None:
    legacy = replace(WizardState(), answers=replace(WizardState().answers, method=Method.LEGACY))
    on_legacy_step = replace(legacy, current=StepId.LEGACY_APP)
    back_to_oauth = changes.choose_method(on_legacy_step, Method.OAUTH)
    assert back_to_oauth.answers.method is Method.OAUTH
    assert back_to_oauth.current is StepId.METHOD
    on_shared_step = replace(on_legacy_step, current=StepId.AUTOPILOT)
    assert changes.choose_method(on_shared_step, Method.OAUTH).current is StepId.AUTOPILOT
