"""OpenCX refusing the legacy token for missing scopes, on the credentials page: the Problem's
text is shown as given, so the list of scopes appears once (issue 17: it appeared twice,
because the page appended the list to a message that already holds it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from fixtures.gui_rig import Rig
from hubspot_setup.flow.answers import LegacyAppProgress
from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.gui.pages.legacy_credentials import LegacyCredentialsPage


def test_missing_scopes_are_listed_once(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("token-missing-scope")
    controller = rig.controller
    rig.run(controller.sign_in_with_api_key(rig.sandbox.api_key))
    rig.run(controller.choose_method(Method.LEGACY))
    for name in LegacyAppProgress.model_fields:
        controller.tick_legacy_step(name, True)
    rig.go_to(StepId.LEGACY_CREDENTIALS)
    page = rig.show(LegacyCredentialsPage)
    assert isinstance(page, LegacyCredentialsPage)
    assert rig.run(controller.check_private_app_token(rig.sandbox.legacy_private_app_token)).ok
    person = next(p for p in rig.run(controller.legacy_teammates()) if p.user_id is not None)
    assert controller.choose_default_user(person).ok

    # Saved anyway (the scopes can change between the check and Save): OpenCX says no.
    with pytest.raises(ProblemError) as refused:
        rig.run(controller.save_legacy_credentials())
    problem = refused.value.problem
    assert problem.kind is ProblemKind.MISSING_SCOPES
    assert problem.missing_scopes == ("conversations.write",)

    assert page.field_problem(problem)
    shown = page.token_message.text()
    assert page.token_message.isVisibleTo(page)
    assert shown.count("conversations.write") == 1, shown
    assert problem.message in shown
    assert problem.fix in shown
