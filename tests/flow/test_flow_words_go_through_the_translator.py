"""Every sentence the rule modules word (problems, the guide's tables, the checklist, consent
refusals, reconnect, disconnect) comes out of the installed translator, whole, at the moment it
is shown: a sentence made before the translator, a table entry shown raw or a glued fragment
would come out unmarked here (or as a `Phrase(...)` repr)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fixtures.marking_translator import speaking_marked
from hubspot_setup.flow import (
    checklist,
    checklist_causes,
    checklist_view,
    consent_refusals,
    disconnect_effects,
    guide,
    problems,
    reconnect,
)
from hubspot_setup.flow.answers import (
    Answers,
    ChecklistOutcome,
    CheckState,
    Connection,
    Portal,
    Teammate,
)
from hubspot_setup.flow.checklist_causes import Cause
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.ports import Inbox
from hubspot_setup.flow.steps import Method


@pytest.fixture(autouse=True)
def marking_translator() -> Iterator[None]:
    with speaking_marked():
        yield


def translated(text: str | None) -> bool:
    """One or more whole sentences, each from the translator."""
    if not text:
        return False
    return text.startswith("«") and text.endswith("»") and "Phrase(" not in text


# Values an admin reads that come from elsewhere are passed in already translated.
W = "«words»"
PORTAL = Portal(id=12345678, domain="acme.example")
OTHER = Portal(id=87654321)


def _problems() -> list[problems.Problem]:
    return [
        problems.field_refused("f", W),
        problems.unexpected_fault(None, in_window=True),
        problems.unexpected_fault(None, in_window=False),
        problems.interrupted(),
        problems.not_signed_in("OPENCX_API_KEY"),
        problems.not_an_admin(W),
        problems.nothing_connected_to_export(),
        problems.answers_file_unusable("answers.toml", [W, W, W], most_shown=2),
        problems.answer_refused("sender", W),
        problems.setup_incomplete(W, W),
        problems.secret_missing(W, W, W),
        problems.not_a_private_app_token(None, missing=True, put_it_in=W),
        problems.not_a_private_app_token(W, missing=False, put_it_in=W),
        problems.reconnect_needed(W, W),
        problems.connected_another_way(12345678, W, W),
        problems.other_portal_approved(problems.interrupted(), W, W, 12345678),
        problems.other_portal_connected(12345678, 87654321),
        problems.checklist_did_not_finish(300.0, W),
        problems.checklist_did_not_finish(0.5, W),
        problems.checklist_stopped(W, None, "details"),
        problems.checklist_stopped(None, W, "details"),
        problems.signed_out(),
        problems.connection_not_confirmed(),
        problems.api_key_not_copied(W, W),
        problems.legacy_app_missing_scopes(["tickets"], in_window=True),
        problems.legacy_app_missing_scopes(["tickets"], in_window=False),
        problems.portal_change_waiting(W, W, None),
        problems.browser_declined("access_denied"),
        problems.not_portal_admin("d"),
        problems.app_not_available("d"),
        problems.browser_answer_server_fault("d"),
        problems.browser_answer_unknown("d"),
        problems.browser_timed_out(600),
        problems.browser_stopped(W),
        problems.start_address_refused(),
        problems.cannot_receive_browser_answer(98),
    ]


def test_every_problem_is_worded_by_the_translator() -> None:
    for problem in _problems():
        for part in (problem.title, problem.message, problem.fix):
            assert translated(part), (problem.kind, part)


def test_ids_are_never_grouped_like_numbers_but_counts_are() -> None:
    assert "12345678" in problems.connected_another_way(12345678, W, W).message
    assert (
        "portal_id = 12345678"
        in problems.other_portal_approved(problems.interrupted(), W, W, 12345678).fix
    )
    assert "87654321" in problems.other_portal_connected(12345678, 87654321).message
    assert reconnect.portal_label(PORTAL) == "«acme.example (portal 12345678)»"
    assert reconnect.portal_label(OTHER) == "«portal 87654321»"
    many = problems.answers_file_unusable("f", [W] * 1002, most_shown=1).message
    assert "«... and 1.001 more»" in many


def test_every_table_of_the_guide_is_shown_translated() -> None:
    phrases = [
        *guide.CHANNEL_LABELS.values(),
        *guide.CHECK_LABELS.values(),
        *guide.LEGACY_APP_LOCATION,
        *guide.OAUTH_PERMISSION_AREAS,
        guide.LEGACY_SUNSET_NOTICE,
        guide.UNTESTABLE_CHANNEL_REASON,
    ]
    for check in guide.LEGACY_APP_CHECKS:
        phrases.append(check.label)
    for sub in guide.LEGACY_WEBHOOK_SUBSCRIPTIONS:
        phrases += [sub.object_type, sub.event]
    for feature in guide.METHOD_COMPARISON:
        phrases += [feature.aspect, feature.oauth, feature.legacy]
    for choice in guide.METHOD_CHOICES:
        phrases += [choice.title, choice.tagline, choice.summary]
    phrases += [action.use_when for action in guide.WORKFLOW_ACTIONS]
    for phrase in phrases:
        assert phrase.context == "flow.guide"
        assert translated(phrase.text()), phrase
    # OpenCX's own names for its actions in HubSpot's workflow editor stay as HubSpot shows them.
    assert guide.WORKFLOW_ACTIONS[0].name == "Pause OpenCX AI"


def _outcome(states: dict[CheckId, CheckState], **extra: object) -> ChecklistOutcome:
    checks = {check: states.get(check, CheckState.PASSED) for check in CheckId}
    return ChecklistOutcome(run_id="run-1", checks=checks, **extra)  # type: ignore[arg-type]


def test_every_cause_is_worded_by_the_translator() -> None:
    kinds = ("teammate", "inbox_address", "internal_note", "outgoing", "marker")
    for cause in Cause:
        for details in ({}, {"sender_kind": kinds[0]}, {"assignee": "Dana", "topic": "refund"}):
            assert translated(checklist_causes.cause_text(cause, details)), cause
    for kind in kinds:
        details = {"sender_kind": kind, "sender": "dana@acme.test"}
        text = checklist_causes.cause_text(Cause.IGNORED_SENDER, details)
        assert translated(text)
        assert text.count("«") == 3, text  # three whole sentences, none glued from pieces


def test_the_backends_channel_is_shown_in_the_admins_words() -> None:
    for named in ("email", "Email"):
        text = checklist_causes.cause_text(Cause.AUTOPILOT_OFF, {"channel": named})
        assert "for «Email», so" in text
    # A channel this version does not know is shown as the backend wrote it.
    assert "for Fax, so" in checklist_causes.cause_text(Cause.AUTOPILOT_OFF, {"channel": "Fax"})
    assert "for «this channel»" in checklist_causes.cause_text(Cause.ASSIST_MODE, {})


def test_the_checklist_says_everything_through_the_translator() -> None:
    stalled = _outcome(
        {CheckId.OPENCX_SESSION: CheckState.STALLED, CheckId.AI_REPLY_POSTED: CheckState.WAITING},
        causes={CheckId.OPENCX_SESSION: Cause.WEBHOOK_DROPPED},
    )
    assert translated(checklist.finished_text(stalled))
    assert translated(checklist.finished_text(_outcome({})))
    assert translated(
        checklist.finished_text(
            _outcome(
                {CheckId.HANDOFF_TICKET: CheckState.SKIPPED},
                causes={CheckId.HANDOFF_TICKET: Cause.TICKET_CREATION_OFF},
            )
        )
    )
    answers = Answers(method=Method.LEGACY, autopilot={Channel.EMAIL: False})
    for check in CheckId:
        for cause in checklist.likely_causes(answers, check):
            assert translated(cause), cause
    ai = Teammate(owner_id="1", name="Acme AI")
    dana = Teammate(owner_id="2", name="Dana")
    inbox = Inbox(name="Support", channels=(), channel_types=("email",), assigns_to=dana)
    warning = checklist.routing_warning(Answers(sender=ai), [inbox])
    assert translated(warning)


def test_each_row_and_the_result_line_are_translated() -> None:
    stalled = _outcome(
        {
            CheckId.AI_REPLY_POSTED: CheckState.STALLED,
            CheckId.HANDOFF_TRIGGERED: CheckState.WAITING,
        },
        causes={CheckId.AI_REPLY_POSTED: Cause.AUTOPILOT_OFF},
    )
    view = checklist_view.checklist_view(Answers(test=stalled))
    for row in view.rows:
        for part in (row.label, row.status, row.tag, row.link_text):
            assert translated(part), (row.check, part)
        assert not row.text or translated(row.text), row.text
    assert translated(view.result)
    assert translated(checklist_view.waiting_for(stalled))
    assert translated(checklist_view.waiting_for(_outcome({})))
    for running in (False, True):
        assert translated(checklist_view.result_text(None, running=running))


def test_consent_refusals_reconnect_and_disconnect_are_translated() -> None:
    lines = consent_refusals.consent_help_lines(then=W)
    assert translated(lines[0])
    for line in lines[1:-1]:
        assert translated(line.strip().removeprefix("- ")), line
    assert consent_refusals.CONSENT_REFUSALS[0].heading == "«“«Insufficient scopes were provided»”»"
    connection = Connection(method=Method.OAUTH, portal=PORTAL)
    change = reconnect.PortalChange(connected=PORTAL, approved=OTHER)
    for text in (
        reconnect.reconnect_message(connection),
        reconnect.portal_change_question(change),
        reconnect.continue_label(change),
        reconnect.cancel_label(change),
        *(reconnect.done_title(action) for action in reconnect.ConnectionAction),
        *(reconnect.done_note(action) for action in reconnect.ConnectionAction),
        *(phrase.text() for phrase in reconnect.MOVE_BENEFITS),
        reconnect.RECONNECT_TITLE.text(),
        reconnect.MOVE_INTRO.text(),
        reconnect.PORTAL_CHANGE_TITLE.text(),
    ):
        assert translated(text), text
    assert "87654321" in reconnect.continue_label(change)
    for method in Method:
        for line in (
            *disconnect_effects.effects_before(method, W),
            *disconnect_effects.effects_after(method, W),
        ):
            assert translated(line), line
    assert translated(disconnect_effects.CONFIRM_TITLE.text())
