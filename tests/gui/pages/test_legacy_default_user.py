"""The legacy default user by name, against the real sandbox: a typed user ID is checked
against the portal's teammates as it is typed, a picked teammate is the choice, and manage
mode and the summary name a default user that OpenCX only knows by its ID."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from fixtures.gui_rig import Rig
from hubspot_setup.flow.answers import LegacyAppProgress, Teammate
from hubspot_setup.flow.steps import Method, Mode, StepId
from hubspot_setup.gui.pages.legacy_credentials import LegacyCredentialsPage
from hubspot_setup.gui.pages.manage import ManagePage
from hubspot_setup.gui.pages.summary import SummaryPage


def open_with_checked_token(rig: Rig) -> LegacyCredentialsPage:
    rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
    rig.run(rig.controller.choose_method(Method.LEGACY))
    for name in LegacyAppProgress.model_fields:
        rig.controller.tick_legacy_step(name, True)
    rig.go_to(StepId.LEGACY_CREDENTIALS)
    page = rig.show(LegacyCredentialsPage)
    assert isinstance(page, LegacyCredentialsPage)
    page.token_field.setText(rig.sandbox.legacy_private_app_token)
    page.check_button.click()
    rig.wait_idle()
    rig.qtbot.waitUntil(lambda: page.picker.model.total > 0)
    rig.wait_idle()
    return page


def a_person(page: LegacyCredentialsPage) -> Teammate:
    return next(t for t in page.picker.model.teammates if t.user_id is not None and t.name)


def test_an_unknown_user_id_is_refused_as_it_is_typed(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_with_checked_token(rig)
    person = a_person(page)
    assert person.user_id is not None
    use = page.use_typed_button

    page.typed_user.setText("999999")  # nobody's
    assert page.user_message.isVisibleTo(page)
    assert page.user_message.text().startswith(
        "Nobody in this HubSpot portal has the user ID 999999."
    )
    assert page.user_message.property("role") == "error"
    assert not use.isEnabled()
    page.typed_user.setText("12ab")  # not a number at all
    assert "no letters" in page.user_message.text()
    assert not use.isEnabled()
    assert rig.controller.state.answers.legacy.default_user_id is None
    assert not page.save_button.isEnabled()

    page.typed_user.setText(f"A-{person.user_id}")  # the agent form, normalised and named
    assert use.isEnabled()
    assert f"User ID {person.user_id} is {person.name}." in page.user_message.text()
    assert page.user_message.property("role") == "muted"
    use.click()
    legacy = rig.controller.state.answers.legacy
    assert legacy.default_user_id == str(person.user_id)
    assert legacy.default_user == person
    assert f"<b>{person.name}</b>" in page.user_status.text()
    assert page.picker.chosen() == person
    assert page.save_button.isEnabled()

    # Typed as the owner number by mistake: taken as that teammate's user ID, said so.
    page.typed_user.setText(person.owner_id)
    assert f"their user ID is {person.user_id}" in page.user_message.text()


def test_a_click_on_a_teammate_is_the_default_user(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_with_checked_token(rig)
    person = a_person(page)
    row = page.picker.model.row_of(person.owner_id)
    assert row is not None
    view = page.picker.list
    index = page.picker.model.index(row, 0)
    view.scrollTo(index)
    rig.qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    legacy = rig.controller.state.answers.legacy
    assert legacy.default_user == person
    assert page.user_status.text().startswith(f"Default user: <b>{person.name}</b>")
    assert page.save_button.isEnabled()
    page.save_button.click()
    rig.wait_idle()
    assert rig.problems == []
    assert rig.controller.state.answers.legacy.saved


def test_manage_mode_and_the_summary_name_the_default_user(
    page_rig: Callable[..., Rig],
) -> None:
    rig = page_rig("legacy-connected")  # OpenCX knows the default user as "7001" only
    rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
    state = rig.controller.state
    assert state.mode is Mode.MANAGE
    assert state.answers.legacy.default_user_id == "7001"
    assert state.answers.legacy.default_user is None
    owners = rig.run(rig.controller.teammates())
    person = next(t for t in owners if t.user_id == 7001)

    manage = rig.show(ManagePage)
    assert isinstance(manage, ManagePage)
    rig.wait_idle()
    shown = manage.values["sender"].text()
    assert f"<b>{person.display_name}</b>" in shown
    assert "7001" not in shown
    assert rig.controller.state.answers.legacy.default_user == person

    summary = rig.show(SummaryPage)
    assert isinstance(summary, SummaryPage)
    rig.wait_idle()
    assert f"<b>{person.display_name}</b>" in summary.values["sender"].text()
