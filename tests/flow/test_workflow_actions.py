"""The workflow actions' status and the legacy token's missing scopes, worded once for the
window and `apply`."""

from __future__ import annotations

from hubspot_setup.flow.problems import ProblemKind, legacy_app_missing_scopes
from hubspot_setup.flow.workflow_actions import ActionStatus, workflow_actions_view

ALL = {"pause_ai": True, "resume_ai": True, "send_to_ai": True, "request_handoff": True}


def test_all_four_installed() -> None:
    view = workflow_actions_view(ALL)
    assert view.all_installed
    assert view.count_text == "4 of 4 installed"
    assert view.summary == "All four actions are ready to use in your workflows."


def test_a_missing_action_is_named_with_its_fix() -> None:
    view = workflow_actions_view({**ALL, "request_handoff": False})
    assert not view.all_installed
    assert view.missing == ("Request OpenCX handoff",)
    assert view.count_text == "3 of 4 installed"
    assert view.summary.startswith("Not installed: Request OpenCX handoff. ")
    assert "connect with HubSpot again" in view.summary


def test_nothing_reported_is_not_known_rather_than_missing() -> None:
    view = workflow_actions_view({})
    assert {status for _, status in view.rows} == {ActionStatus.UNKNOWN}
    assert view.missing == ()
    assert view.count_text == "0 of 4 installed"
    assert view.summary == "OpenCX has not reported the workflow actions yet."


def test_missing_scopes_are_named_once_with_the_doors_way_to_check_again() -> None:
    problem = legacy_app_missing_scopes(("tickets", "conversations.write"), in_window=False)
    assert problem.kind is ProblemKind.MISSING_SCOPES
    assert problem.field == "private_app_token"
    assert problem.missing_scopes == ("tickets", "conversations.write")
    assert problem.message.count("conversations.write") == 1
    assert problem.message.endswith("these scopes: tickets, conversations.write.")
    assert problem.fix.endswith("then run again.")


def test_the_window_asks_to_paste_the_token_again() -> None:
    problem = legacy_app_missing_scopes(("tickets",), in_window=True)
    assert problem.fix.endswith("then paste the token and check it again.")
