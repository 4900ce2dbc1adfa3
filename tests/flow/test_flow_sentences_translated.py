"""The flow's own sentences (step titles, field checks, blockers, the portal report, notices)
reach the admin through the translator, whole: nothing English is glued on outside it.

A pseudo-translator wraps every sentence it is asked for in « ». Once every wrapped part is
taken out of a text, only the values that were filled in (a domain, a number, a scope name)
and punctuation may be left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from fixtures.marking_translator import speaking_marked
from hubspot_setup.flow import changes, words
from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.answers import (
    CheckStatus,
    Connection,
    LegacyAppProgress,
    OpenCXAccount,
    Portal,
    Prerequisite,
    Role,
    Teammate,
)
from hubspot_setup.flow.answers_file import AnswersFileError, SecretFrom, parse_answers
from hubspot_setup.flow.api_keys import checked_api_key
from hubspot_setup.flow.domains import parse_pattern
from hubspot_setup.flow.guide import LEGACY_APP_CHECKS, Channel
from hubspot_setup.flow.message_destination import where_to_find
from hubspot_setup.flow.newer_version import NewerVersion
from hubspot_setup.flow.portal_report import (
    ChannelAccount,
    InboxFacts,
    InboxKind,
    PortalFacts,
    PortalType,
    build_report,
)
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.flow.signature_html import (
    check_image_address,
    check_link_address,
    sanitize_signature,
)
from hubspot_setup.flow.signatures import check_new_pattern, choose_rule
from hubspot_setup.flow.state import WizardState, replace
from hubspot_setup.flow.steps import METHOD_NAMES, STEP_TITLES, Method, StepId
from hubspot_setup.flow.tokens import check_private_app_token
from hubspot_setup.flow.user_ids import check_typed_user, normalize_user_id
from hubspot_setup.flow.workflow_actions import STATUS_TEXT, ActionStatus, workflow_actions_view

_WRAPPED = re.compile(r"«[^«»]*»")
_LETTERS = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture(autouse=True)
def pseudo_language() -> Iterator[None]:
    with speaking_marked():
        yield


def english_left(text: str, *values: str) -> list[str]:
    """Words in `text` outside every translated part, the filled-in `values` taken out."""
    while _WRAPPED.search(text):
        text = _WRAPPED.sub(" ", text)
    for value in values:
        text = text.replace(value, " ")
    return _LETTERS.findall(text)


def test_step_titles_and_method_names() -> None:
    for title in STEP_TITLES.values():
        assert english_left(title.text()) == []
    for name in METHOD_NAMES.values():
        assert english_left(name.text()) == []


@pytest.mark.parametrize(
    "raw", ["", "https://open.cx", "a@open.cx", "open.cx/x", "open.cx:80", "a b", "*", "**.nl"]
)
def test_domain_pattern_reasons(raw: str) -> None:
    result = parse_pattern(raw)
    assert result.error is not None
    assert english_left(result.error) == []


def test_domain_reasons_with_values() -> None:
    for raw, values in ((".nl", (".nl",)), ("bad_name.nl", ("bad_name.nl",)), ("nl", ("nl",))):
        error = parse_pattern(raw).error
        assert error is not None
        assert english_left(error, *values) == [], raw
    taken = check_new_pattern("open.cx", [parse_pattern("open.cx").value])  # type: ignore[list-item]
    assert taken.error is not None
    assert english_left(taken.error, "open.cx") == []


def test_which_rule_wins_is_said_in_the_language() -> None:
    exact, wildcard = parse_pattern("open.cx").value, parse_pattern("*.cx").value
    assert exact is not None
    assert wildcard is not None
    for sender in ("anna@open.cx", "anna@shop.cx"):
        choice = choose_rule([exact, wildcard], sender)
        assert choice is not None
        assert english_left(choice.reason, sender.split("@")[1], ".cx", "cx") == []


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "x" * 400,
        "pat-na1 broken",
        "pat-na1-123",
        "00000000-0000-4000-8000-000000000000",
        "na1-abcd-1234567890ab",
        "A" * 60,
        "nonsense",
    ],
)
def test_private_app_token_reasons(raw: str) -> None:
    result = check_private_app_token(raw)
    assert result.error is not None
    assert english_left(result.error) == []


def test_user_id_reasons_and_notices() -> None:
    for raw in ("", "abc", "https://example.com/1", "https://app.hubspot.com/x", "0", "9" * 30):
        error = normalize_user_id(raw).error
        assert error is not None
        assert english_left(error) == [], raw
    assert english_left(normalize_user_id("A-123").notice or "", "A-123", "123") == []
    mia = Teammate(owner_id="55", user_id=77, email="mia@acme.test", name="Mia")
    by_owner = check_typed_user("55", [mia])
    assert english_left(by_owner.notice or "", "55", "Mia", "77") == []
    by_user = check_typed_user("77", [mia])
    assert english_left(by_user.notice or "", "77", "Mia") == []
    nobody = check_typed_user("12345", [mia])
    assert english_left(nobody.error or "", "12345") == []


def test_api_key_reasons_and_fix() -> None:
    for raw in ("", "x" * 2000, "ocx_live_a b", "ocx_live_é"):
        with pytest.raises(ProblemError) as raised:
            checked_api_key(raw)
        problem = raised.value.problem
        assert english_left(problem.message) == [], raw
        assert english_left(problem.fix) == [], raw


def test_signature_html_reasons_and_notices() -> None:
    removed = sanitize_signature('<p onclick="x()">Hi</p><script>evil()</script>')
    assert removed.notice is not None
    assert english_left(removed.notice, "onclick") == []
    for result in (
        sanitize_signature("x" * 40_000),
        sanitize_signature("<script>only()</script>"),
        check_link_address(""),
        check_link_address("a b"),
        check_link_address("ftp:x"),
        check_image_address(""),
        check_image_address("http://acme.test/logo.png"),
        check_image_address("logo.png"),
    ):
        assert result.error is not None
        assert english_left(result.error) == [], result
    assert english_left(check_link_address("anna@acme.test").notice or "", "anna@acme.test") == []
    assert (
        english_left(check_image_address("acme.test/l.png").notice or "", "acme.test/l.png") == []
    )


def test_portal_report_lines() -> None:
    facts = PortalFacts(
        required_scopes=("oauth", "tickets"),
        optional_scopes=("automation",),
        granted_scopes=("oauth",),
        inboxes=(
            InboxFacts(
                name="Support",
                kind=InboxKind.HELP_DESK,
                channels=(ChannelAccount(kind="email", name="help@acme.test", active=False),),
            ),
        ),
    )
    report = build_report(Method.LEGACY, PortalType.SANDBOX, "eu1", facts)
    for line in report.lines:
        values = ("Support", "help@acme.test", "tickets", "automation", "eu1")
        assert english_left(line.text, *values) == [], line.text
        assert english_left(line.fix) == [], line.fix
    unread = build_report(Method.OAUTH, None, None, None)
    assert all(english_left(line.text) == [] for line in unread.lines)


def test_blockers_warnings_and_notices_keep_identifiers_as_written() -> None:
    member = OpenCXAccount(
        user_email="ada@acme.test",
        organization_id="org_1",
        organization_name="Acme",
        role=Role.MEMBER,
        credential_ref="opencx-session:org_1",
    )
    state, _ = changes.signed_in(WizardState(), member)
    failed = state.answers.prerequisites[Prerequisite.OPENCX_ADMIN]
    assert failed.status is CheckStatus.FAILED
    assert english_left(failed.detail or "") == []
    reason = nav.blocker(replace(state, current=StepId.SIGNIN))
    assert reason is not None
    assert english_left(reason.reason, "ada@acme.test", "Acme") == []
    first = nav.blocker(replace(state, current=StepId.PREREQUISITES))
    assert first is not None
    assert english_left(first.reason) == []

    portal = Portal(id=12345678)
    connected = replace(state.answers, connection=Connection(method=Method.OAUTH, portal=portal))
    impact = changes.method_change_impact(replace(state, answers=connected), Method.LEGACY)
    assert impact is not None
    assert "12345678" in impact.notice  # a portal id is not a count: no separators
    assert english_left(impact.notice, "12345678") == []

    autopilot_off = replace(
        state,
        current=StepId.AUTOPILOT,
        answers=replace(state.answers, autopilot={Channel.EMAIL: False}),
    )
    (warning,) = nav.warnings(autopilot_off)
    assert english_left(warning) == []


def test_legacy_steps_say_which_tick_is_next() -> None:
    state = replace(WizardState(), current=StepId.LEGACY_APP)
    state = replace(state, answers=replace(state.answers, method=Method.LEGACY))
    found = nav.blocker(state)
    assert found is not None
    assert english_left(found.reason) == []


def test_small_texts() -> None:
    assert english_left(where_to_find(Channel.EMAIL)) == []
    assert english_left(where_to_find(Channel.WEB)) == []
    newer = NewerVersion(version="1.2.3", url="https://open.cx/releases/1.2.3")
    assert english_left(newer.note, "1.2.3") == []
    assert english_left(newer.link_hint, "1.2.3") == []
    view = workflow_actions_view({})
    assert english_left(view.summary) == []
    assert english_left(view.count_text) == []
    assert all(english_left(text.text()) == [] for text in STATUS_TEXT.values())
    assert STATUS_TEXT[ActionStatus.MISSING].context == "flow.workflow_actions"
    assert english_left(SecretFrom(env="MY_KEY").describe(), "MY_KEY") == []
    assert english_left(Teammate(owner_id="42").label, "42") == []


def test_answers_file_reasons() -> None:
    for text in (
        "method = [",
        'method = "legacy"',
        'colour = "blue"',
        '[autopilot]\nturn_on = ["email"]\nturn_off = ["email"]',
        '[[signatures]]\npattern = "open.cx"',
    ):
        with pytest.raises(AnswersFileError) as raised:
            parse_answers(text)
        for reason in raised.value.problems:
            why = re.sub(r"^[\w.]+: ", "", reason)  # the setting's key stays as written
            assert english_left(why) == [], reason


def test_every_legacy_check_has_its_next_sentence_in_the_same_english() -> None:
    words.use_translator(None)  # the English source, as the labels read
    progress = LegacyAppProgress()
    for check in LEGACY_APP_CHECKS:
        label = check.label.text()
        expected = (
            f"Tick each item once it matches in HubSpot. Next: {label[0].lower()}{label[1:]}."
        )
        state = replace(WizardState(), current=StepId.LEGACY_APP)
        state = replace(
            state, answers=replace(state.answers, method=Method.LEGACY, legacy_app=progress)
        )
        found = nav.blocker(state)
        assert found is not None
        assert found.reason == expected
        progress = replace(progress, **{check.field: True})
    state = replace(state, answers=replace(state.answers, legacy_app=progress))
    assert nav.blocker(state) is None
