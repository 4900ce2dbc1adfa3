"""The legacy path after HubSpot's sunset, as the guide's data says it: only for an existing
legacy app, checked (not created) under HubSpot's own names."""

from __future__ import annotations

import re

from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.answers import LegacyAppProgress
from hubspot_setup.flow.guide import (
    LEGACY_APP_CHECKS,
    LEGACY_APP_LOCATION,
    LEGACY_SUNSET_NOTICE,
    LEGACY_WEBHOOK_SUBSCRIPTIONS,
    METHOD_CHOICES,
    METHOD_COMPARISON,
)
from hubspot_setup.flow.state import WizardState, replace
from hubspot_setup.flow.steps import STEP_TITLES, Method, StepId

CREATING = re.compile(r"\bcreat(e|ing)\b.*\bapp\b", re.IGNORECASE)


def test_the_subscriptions_under_hubspots_names() -> None:
    shown = [(s.object_type.text(), s.event.text()) for s in LEGACY_WEBHOOK_SUBSCRIPTIONS]
    assert shown == [
        ("Conversation", "New message"),
        ("Conversation", "Creation"),
        ("Ticket", "Property change"),
    ]
    event_types = [s.event_type for s in LEGACY_WEBHOOK_SUBSCRIPTIONS]
    # HubSpot's eventType names (webhooks-v3.json); it has no conversation.messageCreated.
    assert event_types == ["conversation.newMessage", "conversation.creation",
                           "ticket.propertyChange"]  # fmt: skip
    assert all(
        s.event_type.split(".")[0] == s.object_type.source.lower()
        for s in LEGACY_WEBHOOK_SUBSCRIPTIONS
    )


def test_where_the_legacy_app_is() -> None:
    assert " → ".join(part.text() for part in LEGACY_APP_LOCATION) == (
        "Settings → Integrations → Private Apps → Legacy Apps"
    )


def test_the_page_checks_an_existing_app_and_never_creates_one() -> None:
    assert STEP_TITLES[StepId.LEGACY_APP].text() == "Find your legacy app"
    # One check per tick the saved progress keeps, in the order of the page.
    assert [check.field for check in LEGACY_APP_CHECKS] == list(LegacyAppProgress.model_fields)
    texts = [check.label.text() for check in LEGACY_APP_CHECKS]
    texts += [feature.legacy.text() for feature in METHOD_COMPARISON]
    assert not [text for text in texts if CREATING.search(text)]


def test_the_blocker_names_the_next_check() -> None:
    state = replace(WizardState(), current=StepId.LEGACY_APP)
    state = replace(state, answers=replace(state.answers, method=Method.LEGACY))
    blocker = nav.blocker(state)
    assert blocker is not None
    assert blocker.reason == (
        "Tick each item once it matches in HubSpot. Next: open your legacy app in HubSpot."
    )


def test_the_sunset_in_plain_words() -> None:
    notice = LEGACY_SUNSET_NOTICE.text()
    assert "26 October 2026" in notice
    assert "keep working" in notice
    assert "Service Keys" in notice
    assert "Connect with HubSpot" in notice  # what to do without a legacy app
    state = replace(WizardState(), current=StepId.METHOD)
    legacy = replace(state, answers=replace(state.answers, method=Method.LEGACY))
    assert nav.warnings(legacy) == (notice,)
    assert nav.warnings(state) == ()


def test_the_method_choices_speak_of_outcomes() -> None:
    assert [choice.method for choice in METHOD_CHOICES] == [Method.OAUTH, Method.LEGACY]
    oauth, legacy = METHOD_CHOICES
    assert oauth.title.text() == "Connect with HubSpot"
    assert oauth.tagline.text() == "Recommended · about two minutes"
    assert legacy.title.text() == "Use an existing legacy app"
    assert legacy.tagline.text() == "Older setups"
    assert "already has a legacy app" in legacy.summary.text()
    for choice in METHOD_CHOICES:  # mechanisms wait behind "What's the difference?"
        words = f"{choice.title.text()} {choice.tagline.text()} {choice.summary.text()}".lower()
        assert not re.search(r"token|webhook|oauth|private app", words), words
