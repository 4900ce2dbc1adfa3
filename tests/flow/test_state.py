"""Answers and state serialise to JSON and TOML and back without loss, and hold no secret."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from hubspot_setup.flow import changes
from hubspot_setup.flow.answers import (
    Answers,
    ChecklistOutcome,
    CheckState,
    Connection,
    LegacyCredentials,
    OpenCXAccount,
    Portal,
    Prerequisite,
    Role,
    Teammate,
)
from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES, Channel, CheckId
from hubspot_setup.flow.state import WizardState, replace
from hubspot_setup.flow.steps import Method, StepId

TOKEN = "pat-na1-91d91373-8e94-4872-893c-e7d080224a56"


def rich_state() -> WizardState:
    state = WizardState()
    for item in Prerequisite:
        state = changes.confirm_prerequisite(state, item, confirmed=True)
    account = OpenCXAccount(
        user_email="ada@acme.test",
        user_name="Ada",
        organization_id="org_1",
        organization_name="Acme",
        role=Role.OWNER,
        credential_ref="opencx-session:org_1",
    )
    state, _ = changes.signed_in(state, account)
    portal = Portal(id=4242, domain="acme.test", service_hub_tier="starter")
    state = changes.connected(
        state,
        Connection(
            method=Method.OAUTH, portal=portal, connected_at=datetime(2026, 11, 25, tzinfo=UTC)
        ),
        workflow_actions_installed={"pause_ai": True, "resume_ai": False},
    )
    state = changes.set_sender(state, Teammate(owner_id="1", user_id=2, email="ai@acme.test"))
    state = changes.autopilot_read(state, {Channel.EMAIL: True, Channel.SMS: False})
    state, _ = changes.add_signature(state, "open.cx", "<b>Ada</b>")
    state, _ = changes.add_signature(state, "*.bücher.de", "<i>Max</i>")
    state = changes.token_checked(state, "hubspot-private-app:org_1", LEGACY_REQUIRED_SCOPES[:3])
    outcome = ChecklistOutcome(
        run_id="r1",
        checks={CheckId.CONVERSATION_IN_HUBSPOT: CheckState.PASSED},
        finished_at=datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
    )
    state = changes.test_updated(state, outcome)
    return replace(state, current=StepId.SIGNATURES, visited=(StepId.PREREQUISITES,))


def test_json_round_trip_is_lossless() -> None:
    state = rich_state()
    assert WizardState.from_json(state.to_json()) == state


def test_toml_round_trip_is_lossless() -> None:
    state = rich_state()
    text = state.to_toml()
    assert "null" not in text
    assert WizardState.from_toml(text) == state
    assert WizardState.from_toml(WizardState().to_toml()) == WizardState()


def test_secrets_are_referenced_by_keyring_entry_only() -> None:
    state = rich_state()
    text = state.to_json() + state.to_toml()
    assert "hubspot-private-app:org_1" in text
    assert "pat-" not in text


@pytest.mark.parametrize(
    "build",
    [
        lambda: LegacyCredentials(token_ref=TOKEN),
        lambda: LegacyCredentials(token_ref="ocx_live_3fQ9xZ2mKp7VbT1wYc8HnR4s"),
        lambda: Answers.model_validate(
            {"sender": {"owner_id": "1", "name": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"}}
        ),
        lambda: Answers(legacy=LegacyCredentials(token_ref=TOKEN)),
        lambda: Answers.model_validate({"autopilot": {}, "sender": {"owner_id": TOKEN}}),
        lambda: WizardState.from_json(
            WizardState()
            .to_json()
            .replace('"signatures": []', f'"signatures": [{{"pattern": "a.b", "html": "{TOKEN}"}}]')
        ),
    ],
)
def test_a_token_cannot_enter_the_answers(build: object) -> None:
    with pytest.raises(ValidationError, match="keychain"):
        build()  # type: ignore[operator]


def test_changes_cannot_smuggle_a_token_in_either() -> None:
    with pytest.raises(ValidationError):
        changes.token_checked(WizardState(), TOKEN, [])


def test_unknown_fields_and_wrong_types_are_rejected() -> None:
    with pytest.raises(ValidationError):
        WizardState.model_validate({"answers": {"method": "carrier-pigeon"}})
    with pytest.raises(ValidationError):
        WizardState.model_validate({"unexpected": 1})


def test_missing_prerequisites_are_filled_in() -> None:
    answers = Answers.model_validate({"prerequisites": {}})
    assert set(answers.prerequisites) == set(Prerequisite)


text_without_tokens = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30
).filter(lambda s: "pat-" not in s)


@settings(max_examples=150)
@given(
    email=text_without_tokens,
    org=text_without_tokens,
    portal_id=st.integers(min_value=1, max_value=2**53),
    channels=st.dictionaries(st.sampled_from(Channel), st.booleans()),
    method=st.sampled_from(Method),
    step=st.sampled_from(StepId),
)
def test_any_state_round_trips_through_json_and_toml(
    email: str,
    org: str,
    portal_id: int,
    channels: dict[Channel, bool],
    method: Method,
    step: StepId,
) -> None:
    account = OpenCXAccount(
        user_email=email,
        organization_id=org,
        organization_name=org,
        role=Role.ADMIN,
        credential_ref="ref",
    )
    answers = Answers(
        account=account,
        method=method,
        connection=Connection(method=method, portal=Portal(id=portal_id, domain=org)),
        autopilot=channels,
    )
    state = WizardState(current=step, answers=answers)
    assert WizardState.from_json(state.to_json()) == state
    assert WizardState.from_toml(state.to_toml()) == state
