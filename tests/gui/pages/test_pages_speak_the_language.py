"""Sentences the pages build from code reach the translator whole, with their values inside,
so a translator can order the words (here in the pseudo-locale: one pair of brackets per
sentence; a sentence glued from pieces shows two)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from fixtures.gui_rig import Rig
from fixtures.pseudo_locale import speaking_pseudo
from hubspot_setup.flow.answers import AuthKind
from hubspot_setup.gui.pages.prerequisites import PrerequisitesPage
from hubspot_setup.gui.pages.signin import SignInPage


def one_sentence(text: str) -> bool:
    return text.startswith("[") and text.endswith("]") and text.count("[") == 1


def label(page: QWidget, name: str) -> str:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def test_who_is_signed_in_is_one_sentence_with_the_names_in_it(
    page_rig: Callable[..., Rig],
) -> None:
    rig = page_rig("default")
    with speaking_pseudo():
        rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
        account = rig.controller.state.answers.account
        assert account is not None
        assert account.auth_kind is AuthKind.API_KEY
        page = rig.show(SignInPage)
        role = label(page, "roleLabel")
        assert one_sentence(role), role  # role and "with an API key" worded with the rest
        assert account.user_email in role
        assert account.organization_name in role
        assert one_sentence(label(page, "signedInLabel"))

        # Where the sign-in ticked a prerequisite, its source is part of the sentence.
        page = rig.show(PrerequisitesPage)
        status = label(page, "prerequisiteStatus_opencx_admin")
        assert one_sentence(status), status
