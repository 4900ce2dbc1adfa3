"""The controller on in-memory fakes of its ports: each intent validates first, calls the
backend, and commits to the state only what the backend accepted."""

from __future__ import annotations

import pytest
from fakes import API_KEY, PRIVATE_APP_TOKEN, Fakes, account, passed, teammate

from hubspot_setup.flow.answers import ChecklistOutcome, CheckState, Role
from hubspot_setup.flow.controller import private_app_token_ref
from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES, Channel, CheckId
from hubspot_setup.flow.ports import CheckEvent
from hubspot_setup.flow.problems import Problem, ProblemError, ProblemKind
from hubspot_setup.flow.steps import Method

REFUSED = Problem(kind=ProblemKind.SERVER_FAULT, title="OpenCX failed", message="500", fix="Retry")


async def test_the_oauth_path_records_what_the_backend_said() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    state = fakes.controller.state
    assert state.answers.account == account()
    assert state.answers.connection is not None
    assert state.answers.connection.method is Method.OAUTH
    assert all(state.answers.workflow_actions_installed.values())
    assert fakes.opencx.reads["portal_report"] == 1  # read right after connecting
    assert fakes.progress.saved[-1] == state  # every change is saved


async def test_a_refused_write_changes_nothing() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    before = fakes.controller.state
    fakes.opencx.fail_next("set_sender", REFUSED)
    with pytest.raises(ProblemError):
        await fakes.controller.choose_sender(teammate(1))
    assert fakes.controller.state == before
    assert fakes.opencx.sender is None

    await fakes.controller.choose_sender(teammate(2))
    assert fakes.controller.state.answers.sender == teammate(2)


async def test_autopilot_is_read_and_switched_through_the_backend() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    await fakes.controller.refresh_autopilot()
    assert fakes.controller.state.answers.autopilot[Channel.EMAIL] is False
    await fakes.controller.set_autopilot(Channel.EMAIL, True)
    assert fakes.opencx.autopilot_now[Channel.EMAIL] is True
    assert fakes.controller.state.answers.autopilot[Channel.EMAIL] is True


async def test_a_member_is_signed_in_but_the_integration_is_not_read() -> None:
    fakes = Fakes()
    fakes.opencx.account = account(role=Role.MEMBER)
    await fakes.controller.sign_in_with_api_key(API_KEY)
    assert fakes.controller.state.answers.account is not None
    assert fakes.opencx.reads["integration"] == 0


async def test_the_legacy_token_is_kept_in_the_keychain_and_its_scopes_checked() -> None:
    fakes = Fakes()
    fakes.hubspot.granted_scopes = LEGACY_REQUIRED_SCOPES[1:]
    controller = fakes.controller
    await controller.sign_in_with_api_key(API_KEY)
    await controller.choose_method(Method.LEGACY)
    result = await controller.check_private_app_token(PRIVATE_APP_TOKEN)
    assert result.ok
    ref = private_app_token_ref("org-1")
    assert fakes.secrets.entries == {ref: PRIVATE_APP_TOKEN}
    legacy = controller.state.answers.legacy
    assert legacy.token_ref == ref
    assert legacy.missing_scopes == LEGACY_REQUIRED_SCOPES[:1]
    assert PRIVATE_APP_TOKEN not in controller.state.to_json()


async def test_the_legacy_path_saves_the_chosen_default_user() -> None:
    fakes = Fakes()
    fakes.hubspot.granted_scopes = LEGACY_REQUIRED_SCOPES
    controller = fakes.controller
    await fakes.check_legacy_token()
    people = await controller.legacy_teammates()
    assert controller.choose_default_user(people[1]).ok
    await controller.save_legacy_credentials()
    assert fakes.opencx.default_user_id == "9002"
    connection = controller.state.answers.connection
    assert connection is not None
    assert connection.method is Method.LEGACY
    assert controller.state.answers.legacy.saved


async def test_the_test_run_is_followed_until_every_check_passed() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    fakes.opencx.run_events = [passed(check) for check in CheckId]
    outcome = await fakes.controller.run_test()
    assert outcome.passed
    assert fakes.controller.state.answers.test == outcome
    # Starting, the run OpenCX started, then each event: committed (and saved) as it came.
    ticks = [s.answers.test for s in fakes.progress.saved if s.answers.test is not None]
    assert len(ticks) == 2 + len(CheckId)
    assert ticks[0] is not None
    assert ticks[0].run_id is None


async def test_a_starting_run_shows_no_last_result_and_a_refused_start_restores_it() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    fakes.opencx.run_events = [passed(check) for check in CheckId]
    last = await fakes.controller.run_test()
    seen: list[ChecklistOutcome | None] = []
    unsubscribe = fakes.controller.subscribe(lambda state: seen.append(state.answers.test))
    fakes.opencx.fail_next("start_test", REFUSED)
    with pytest.raises(ProblemError):
        await fakes.controller.run_test()
    unsubscribe()
    starting = seen[0]
    assert starting is not None
    assert starting.run_id is None  # while OpenCX had not answered: nothing to watch for yet
    assert starting.checks == {}
    assert fakes.controller.state.answers.test == last


async def test_the_run_stops_following_at_the_first_stall() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    fakes.opencx.run_events = [
        passed(CheckId.CONVERSATION_IN_HUBSPOT),
        CheckEvent(check=CheckId.OPENCX_SESSION, state=CheckState.STALLED),
        passed(CheckId.AI_REPLY_POSTED),  # never read
    ]
    outcome = await fakes.controller.run_test()
    assert outcome.checks[CheckId.OPENCX_SESSION] is CheckState.STALLED
    assert outcome.checks[CheckId.AI_REPLY_POSTED] is CheckState.WAITING


async def test_disconnect_forgets_the_token_and_asks_for_the_word() -> None:
    fakes = Fakes()
    fakes.hubspot.granted_scopes = LEGACY_REQUIRED_SCOPES
    controller = fakes.controller
    await fakes.check_legacy_token()
    controller.choose_default_user((await controller.legacy_teammates())[0])
    await controller.save_legacy_credentials()

    refused = await controller.disconnect("delete")
    assert not refused.ok
    assert fakes.opencx.reads["disconnect"] == 0
    done = await controller.disconnect("DELETE")
    assert done.ok
    assert "webhook subscriptions" in (done.value or "")
    assert fakes.secrets.entries == {}
    assert controller.state.answers.connection is None
