from __future__ import annotations

from hubspot_setup.flow import changes
from hubspot_setup.flow.state import WizardState


def test_add_edit_remove_and_test_signatures() -> None:
    state = WizardState()
    state, result = changes.add_signature(state, "Open.CX", "<b>Ada</b><script>x()</script>")
    assert result.value is not None
    assert result.value.pattern == "open.cx"
    assert result.value.html == "<b>Ada</b>"
    assert result.notice is not None
    assert "scripts" in result.notice
    state, result = changes.add_signature(state, "*.cx", "<i>Team</i>")
    assert result.ok
    # the guide's example: exact open.cx beats *.cx
    found = changes.signature_for(state, "ada@open.cx")
    assert found is not None
    assert found[0].html == "<b>Ada</b>"
    found = changes.signature_for(state, "bob@other.cx")
    assert found is not None
    assert found[0].pattern == "*.cx"
    assert changes.signature_for(state, "eve@example.com") is None

    unchanged, result = changes.add_signature(state, "open.cx", "<b>again</b>")
    assert unchanged is state
    assert result.error is not None
    assert "already" in result.error
    unchanged, result = changes.add_signature(state, "https://x.nl", "hi")
    assert unchanged is state
    assert not result.ok
    unchanged, result = changes.add_signature(state, "x.nl", "<script>only()</script>")
    assert unchanged is state
    assert not result.ok

    state = changes.signature_saved(state, 0, "sig_1")
    state, result = changes.edit_signature(state, 0, "open.cx", "<b>Ada Lovelace</b>")
    assert result.ok
    assert state.answers.signatures[0].id == "sig_1"  # the backend id is kept on edit
    assert state.answers.signatures[0].html == "<b>Ada Lovelace</b>"
    state, result = changes.edit_signature(state, 0, "*.cx", "<b>x</b>")
    assert not result.ok  # would duplicate the other rule
    state = changes.remove_signature(state, 0)
    assert [r.pattern for r in state.answers.signatures] == ["*.cx"]


def test_set_test_channel_and_default_user() -> None:
    from hubspot_setup.flow.guide import Channel

    state = changes.set_test_channel(WizardState(), Channel.WEB)
    assert state.answers.test_channel is Channel.WEB
    state = changes.set_default_user(state, "123")
    assert state.answers.legacy.default_user_id == "123"
    state = changes.tick_legacy_step(state, "app_created", done=True)
    assert state.answers.legacy_app.app_created
    try:
        changes.tick_legacy_step(state, "nonsense", done=True)
    except KeyError:
        pass
    else:
        raise AssertionError("unknown tick accepted")
