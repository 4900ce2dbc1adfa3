"""The refusals HubSpot shows on its own consent page: HubSpot's words, one cause and one fix
each, in the admin's words; the same list for the window and for `apply`."""

from __future__ import annotations

import re

from hubspot_setup.flow.consent_refusals import (
    CONSENT_HELP_TITLE,
    CONSENT_REFUSALS,
    consent_help_lines,
)

# Words an admin should not meet without an explanation (the preamble's list).
JARGON = re.compile(r"\b(token|webhook|loopback|oauth|scope)s?\b", re.IGNORECASE)


def test_hubspots_own_words_for_the_two_documented_refusals() -> None:
    verbatim = [refusal.shown.text() for refusal in CONSENT_REFUSALS if refusal.verbatim]
    assert verbatim == [
        "Insufficient scopes were provided",
        "This account doesn't have access to some HubSpot features that are required by this app",
    ]
    assert CONSENT_REFUSALS[0].heading == "“Insufficient scopes were provided”"


def test_no_permission_to_install_names_who_may_install() -> None:
    install = CONSENT_REFUSALS[2]
    assert not install.verbatim  # HubSpot's exact wording is not documented: not quoted
    assert install.heading == install.shown.text()
    assert "super admin" in install.cause.text()
    assert "App Marketplace Access" in install.cause.text()


def test_missing_features_is_the_service_hub_not_admin_rights() -> None:
    features = CONSENT_REFUSALS[1]
    assert "Service Hub" in features.cause.text()
    assert "admin" not in features.cause.text() + features.fix.text()


def test_each_refusal_has_one_cause_and_one_fix_in_plain_words() -> None:
    for refusal in CONSENT_REFUSALS:
        cause, fix = refusal.cause.text(), refusal.fix.text()
        assert cause.endswith(".")
        assert fix.endswith(".")
        assert cause.count(". ") == 0, cause
        assert not JARGON.search(cause + " " + fix), refusal


def test_the_text_lines_for_apply() -> None:
    lines = consent_help_lines(then="Run it again.")
    assert lines[0] == CONSENT_HELP_TITLE.text() == "Did HubSpot show one of these messages?"
    assert lines[-1] == "Run it again."
    assert lines[1] == "- “Insufficient scopes were provided”"
    for refusal in CONSENT_REFUSALS:
        assert f"  {refusal.cause.text()} {refusal.fix.text()}" in lines
    assert len(lines) == 2 + 2 * len(CONSENT_REFUSALS)
