"""What `doctor` checks, one finding per thing that can be checked.

Each check reads (never writes) through the same controller the window uses, and turns
what it sees into a `Finding`: fine, worth knowing, or needing attention. A check that cannot
run (offline, signed out) is itself a finding, so the report is always complete.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hubspot_setup.flow.answers import CheckState, role_name
from hubspot_setup.flow.answers_file import PRIVATE_APP_TOKEN_ENV
from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.domains import parse_pattern
from hubspot_setup.flow.guide import (
    CHANNEL_LABELS,
    CHECK_LABELS,
    LEGACY_REQUIRED_SCOPES,
    Channel,
    CheckId,
)
from hubspot_setup.flow.portal_report import Mark, report_of
from hubspot_setup.flow.ports import TokenFacts
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.flow.reconnect import (
    MOVE_BUTTON,
    MOVE_KEEPS,
    RECONNECT_BUTTON,
    RECONNECT_KEEPS,
    reconnect_message,
)
from hubspot_setup.flow.signature_html import sanitize_signature
from hubspot_setup.flow.steps import METHOD_NAMES, Method
from hubspot_setup.flow.words import PLURAL, translate

CheckToken = Callable[[str], Awaitable[TokenFacts]]


class Level(StrEnum):
    OK = "ok"
    INFO = "info"  # worth knowing, nothing to fix
    ATTENTION = "attention"  # something to fix; doctor exits non-zero


@dataclass(frozen=True)
class Finding:
    check: str
    level: Level
    summary: str
    fix: str = ""
    details: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "level": self.level.value,
            "summary": self.summary,
            "fix": self.fix,
            "details": self.details,
        }


@dataclass(frozen=True)
class DoctorInput:
    controller: SetupController
    signed_in: bool
    sign_in_problem: ProblemError | None = None
    # A private app token to check (from the keyring or HUBSPOT_PRIVATE_APP_TOKEN), if any.
    private_app_token: str | None = None
    check_token: CheckToken | None = None


async def run_checks(given: DoctorInput) -> list[Finding]:
    findings: list[Finding] = []
    if not given.signed_in:
        if given.sign_in_problem is not None:
            findings.append(_problem_finding("opencx_sign_in", given.sign_in_problem))
        else:
            findings.append(
                Finding(
                    "opencx_sign_in",
                    Level.ATTENTION,
                    translate("cli.doctor_checks", "Not signed in to OpenCX."),
                    translate(
                        "cli.doctor_checks",
                        "Sign in with the assistant, or give an owner's or admin's API key.",
                    ),
                )
            )
        findings.extend(await _token_findings(given, connected_legacy=False))
        return findings
    controller = given.controller
    account = controller.state.answers.account
    if account is None:  # signed_in promised an account
        return [
            Finding(
                "opencx_sign_in",
                Level.ATTENTION,
                translate("cli.doctor_checks", "Not signed in to OpenCX."),
            )
        ]
    findings.append(
        Finding(
            "opencx_sign_in",
            Level.OK,
            translate("cli.doctor_checks", "OpenCX is reachable; signed in as %1 (%2).").arg(
                account.user_email, account.organization_name
            ),
        )
    )
    if not account.is_admin:
        findings.append(
            Finding(
                "opencx_role",
                Level.ATTENTION,
                translate(
                    "cli.doctor_checks",
                    "Your OpenCX role is %1; only owners and admins can manage the HubSpot "
                    "connection.",
                ).arg(role_name(account.role)),
                translate(
                    "cli.doctor_checks", "Ask an owner of the organization to make you an admin."
                ),
            )
        )
        return findings
    findings.append(
        Finding(
            "opencx_role",
            Level.OK,
            translate("cli.doctor_checks", "OpenCX role: %1.").arg(role_name(account.role)),
        )
    )
    for name, check in _BACKEND_CHECKS:
        try:
            found = await check(given)
        except ProblemError as error:
            found = [_problem_finding(name, error)]
        findings.extend(found)
        if name == "integration" and controller.state.answers.connection is None:
            break  # the rest needs a connected portal
    connection = controller.state.answers.connection
    legacy = connection is not None and connection.method is Method.LEGACY
    findings.extend(await _token_findings(given, connected_legacy=legacy))
    findings.append(_last_test(given))
    return findings


def needs_attention(findings: list[Finding]) -> bool:
    return any(finding.level is Level.ATTENTION for finding in findings)


async def _integration(given: DoctorInput) -> list[Finding]:
    facts = await given.controller.refresh_integration()
    connection = facts.connection
    if connection is None:
        return [
            Finding(
                "integration",
                Level.ATTENTION,
                translate(
                    "cli.doctor_checks", "HubSpot is not connected to this OpenCX organization."
                ),
                translate(
                    "cli.doctor_checks", "Run the assistant (or `apply`) to connect HubSpot."
                ),
            )
        ]
    how = METHOD_NAMES[connection.method].text()
    if connection.needs_reconnect:
        # Its own check id, so a script can branch on it: the one fix is to reconnect.
        return [
            Finding(
                "reconnect_required",
                Level.ATTENTION,
                translate("cli.doctor_checks", "Reconnect required: %1").arg(
                    reconnect_message(connection)
                ),
                translate(
                    "cli.doctor_checks",
                    "%1: in the assistant's HubSpot connection page, or run `apply` with your "
                    "OAuth answers file. %2",
                ).arg(RECONNECT_BUTTON.text(), RECONNECT_KEEPS.text()),
                f"integration status reconnect_required ({connection.reconnect_reason})",
            )
        ]
    found = [
        Finding(
            "integration",
            Level.OK,
            # The portal id is an id, not a quantity: str() keeps out digit grouping.
            translate("cli.doctor_checks", "Connected via %1 to portal %2 (%3).").arg(
                how, str(connection.portal.id), connection.portal.domain
            )
            if connection.portal.domain
            else translate("cli.doctor_checks", "Connected via %1 to portal %2.").arg(
                how, str(connection.portal.id)
            ),
        )
    ]
    if connection.method is Method.LEGACY:
        found.append(
            Finding(
                "move_to_oauth",
                Level.INFO,
                translate(
                    "cli.doctor_checks",
                    "Action recommended: this portal still uses a legacy private app. Switching "
                    "it to “Connect with HubSpot” (the guide's OAuth Public App) adds workflow "
                    "actions, renews access by itself, sets up webhooks for you and lets agents "
                    "take over faster.",
                ),
                translate(
                    "cli.doctor_checks",
                    "%1: in the assistant's HubSpot connection page, or run `apply` with an "
                    "OAuth answers file. %2",
                ).arg(MOVE_BUTTON.text(), MOVE_KEEPS.text()),
            )
        )
    if connection.method is Method.OAUTH:
        installed = facts.workflow_actions_installed
        missing = sorted(name for name, ok in installed.items() if not ok)
        if missing:
            found.append(
                Finding(
                    "workflow_actions",
                    Level.INFO,
                    translate("cli.doctor_checks", "Workflow actions not installed: %1.").arg(
                        ", ".join(missing)
                    ),
                    translate("cli.doctor_checks", "Reconnect through OAuth to install them."),
                )
            )
    return found


async def _portal(given: DoctorInput) -> list[Finding]:
    """What could be verified about the portal, one finding per line of the portal report
    (check ids `portal.<topic>`). Only a gap that stops OpenCX from answering needs
    attention; an optional permission left out, or a test portal, is worth knowing."""
    await given.controller.refresh_portal_report()
    report = report_of(given.controller.state.answers)
    if report is None:
        return []
    levels = {Mark.SEEN: Level.OK, Mark.INFO: Level.INFO, Mark.UNKNOWN: Level.INFO}
    return [
        Finding(
            f"portal.{line.topic}",
            Level.ATTENTION if line.blocking else levels.get(line.mark, Level.INFO),
            line.text,
            line.fix,
            line.details,
        )
        for line in report.lines
    ]


async def _sender(given: DoctorInput) -> list[Finding]:
    state = given.controller.state
    connection = state.answers.connection
    if connection is None or connection.method is not Method.OAUTH:
        return []
    sender = state.answers.sender
    if sender is None:
        return [
            Finding(
                "sender",
                Level.ATTENTION,
                translate(
                    "cli.doctor_checks",
                    "No teammate is set for the AI to post as, so AI replies cannot be posted.",
                ),
                translate(
                    "cli.doctor_checks",
                    "Pick the AI sender in the assistant (Who the AI posts as).",
                ),
            )
        ]
    return [
        Finding(
            "sender",
            Level.OK,
            translate("cli.doctor_checks", "The AI posts as %1.").arg(sender.label),
        )
    ]


async def _autopilot(given: DoctorInput) -> list[Finding]:
    controller = given.controller
    await controller.refresh_autopilot()
    answers = controller.state.answers
    channels = answers.autopilot
    listed = ", ".join(_channel_switch(c, on) for c, on in channels.items())
    test_channel = answers.test_channel
    if channels.get(test_channel) is False:
        label = CHANNEL_LABELS[test_channel].text()
        return [
            Finding(
                "autopilot",
                Level.ATTENTION,
                translate(
                    "cli.doctor_checks",
                    "Autopilot is off for %1, the channel you test on: OpenCX stores %1 "
                    "conversations but does not reply to them.",
                ).arg(label),
                translate(
                    "cli.doctor_checks", "Turn Autopilot on for %1 (assistant: Autopilot page)."
                ).arg(label),
                listed,
            )
        ]
    return [
        Finding("autopilot", Level.OK, translate("cli.doctor_checks", "Autopilot: %1.").arg(listed))
    ]


def _channel_switch(channel: Channel, on: bool) -> str:
    """ "Email on": a channel's label and its Autopilot switch, as one phrase."""
    label = CHANNEL_LABELS[channel].text()
    if on:
        return translate("cli.doctor_checks", "%1 on").arg(label)
    return translate("cli.doctor_checks", "%1 off").arg(label)


async def _signatures(given: DoctorInput) -> list[Finding]:
    state = given.controller.state
    connection = state.answers.connection
    if connection is None or connection.method is not Method.OAUTH:
        return []
    await given.controller.load_signatures()
    rules = given.controller.state.answers.signatures
    bad = []
    for rule in rules:
        pattern = parse_pattern(rule.pattern)
        html = sanitize_signature(rule.html)
        if pattern.value is None or pattern.value.text != rule.pattern:
            why = pattern.error or translate("cli.doctor_checks", "not in canonical form")
            bad.append(translate("cli.doctor_checks", "%1: %2").arg(rule.pattern, why))
        elif html.value is None:
            bad.append(translate("cli.doctor_checks", "%1: %2").arg(rule.pattern, html.error or ""))
    if bad:
        return [
            Finding(
                "signatures",
                Level.ATTENTION,
                translate("cli.doctor_checks", "Some email signature rules are not valid: %1.").arg(
                    "; ".join(bad)
                ),
                translate(
                    "cli.doctor_checks", "Edit or remove them in the assistant (Email signatures)."
                ),
            )
        ]
    names = ", ".join(rule.pattern for rule in rules) or translate("cli.doctor_checks", "none")
    count = len(rules)  # a plain name: lupdate drops a call whose count is an expression
    return [
        Finding(
            "signatures",
            Level.OK,
            translate(
                "cli.doctor_checks", "%n email signature rule(s) (%1).", None, PLURAL, count
            ).arg(names),
        )
    ]


async def _token_findings(given: DoctorInput, *, connected_legacy: bool) -> list[Finding]:
    token, check = given.private_app_token, given.check_token
    if token is None or check is None:
        if connected_legacy:
            return [
                Finding(
                    "private_app_token",
                    Level.INFO,
                    translate(
                        "cli.doctor_checks",
                        "The private app token is not on this computer, so its scopes were not "
                        "checked.",
                    ),
                    translate("cli.doctor_checks", "Set %1 to check them.").arg(
                        PRIVATE_APP_TOKEN_ENV
                    ),
                )
            ]
        return []
    try:
        facts = await check(token)
    except ProblemError as error:
        return [_problem_finding("private_app_token", error)]
    missing = [scope for scope in LEGACY_REQUIRED_SCOPES if scope not in facts.granted_scopes]
    if missing:
        return [
            Finding(
                "private_app_token",
                Level.ATTENTION,
                translate(
                    "cli.doctor_checks",
                    "The private app token for portal %1 is missing scopes: %2.",
                ).arg(str(facts.portal_id), ", ".join(missing)),
                translate(
                    "cli.doctor_checks",
                    "Add the missing scopes to the legacy app in HubSpot and commit the change.",
                ),
            )
        ]
    return [
        Finding(
            "private_app_token",
            Level.OK,
            translate(
                "cli.doctor_checks", "The private app token for portal %1 has every required scope."
            ).arg(str(facts.portal_id)),
        )
    ]


def _last_test(given: DoctorInput) -> Finding:
    test = given.controller.state.answers.test
    if test is None or test.skipped or test.run_id is None:
        return Finding(
            "last_test",
            Level.INFO,
            translate(
                "cli.doctor_checks", "The test message checklist has not been run on this computer."
            ),
            translate(
                "cli.doctor_checks",
                "Run it from the assistant (Send a test message) to prove the connection.",
            ),
        )
    if test.passed:
        return Finding(
            "last_test",
            Level.OK,
            translate("cli.doctor_checks", "The last test run (%1) passed.").arg(test.run_id),
        )
    stalled = [check for check in CheckId if test.checks.get(check) is CheckState.STALLED]
    first = stalled[0] if stalled else None
    what = (
        CHECK_LABELS[first].text()
        if first
        else translate("cli.doctor_checks", "not every check passed")
    )
    return Finding(
        "last_test",
        Level.ATTENTION,
        translate("cli.doctor_checks", "The last test run (%1) did not pass: %2.").arg(
            test.run_id, what
        ),
        (test.explanations.get(first) if first else None)
        or translate("cli.doctor_checks", "Run the test again."),
    )


def _problem_finding(check: str, error: ProblemError) -> Finding:
    problem = error.problem
    return Finding(
        check,
        Level.ATTENTION,
        translate("cli.doctor_checks", "%1: %2").arg(problem.title, problem.message),
        problem.fix,
        problem.details or "",
    )


# Checks that read from OpenCX, in the order of the guide, by the name the report uses.
_BACKEND_CHECKS: tuple[tuple[str, Callable[[DoctorInput], Awaitable[list[Finding]]]], ...] = (
    ("integration", _integration),
    ("portal", _portal),
    ("sender", _sender),
    ("autopilot", _autopilot),
    ("signatures", _signatures),
)
