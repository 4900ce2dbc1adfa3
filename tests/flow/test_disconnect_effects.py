"""What the disconnect dialog says disconnecting does: the guide's facts and nothing more."""

from __future__ import annotations

from hubspot_setup.flow.disconnect_effects import effects_after, effects_before
from hubspot_setup.flow.steps import Method


def test_before_names_the_portal_what_stops_and_what_stays() -> None:
    lines = effects_before(Method.OAUTH, "acme.test")
    text = " ".join(lines)
    assert "acme.test" in lines[0]
    assert "stops reading and answering" in lines[0]
    assert "Existing OpenCX sessions stay available" in text  # the guide
    assert "Nothing is deleted in HubSpot" in text
    assert "connect again" in lines[-1]
    assert "token" not in text  # no HubSpot token is kept on this computer for OAuth


def test_legacy_also_says_the_token_is_forgotten_here() -> None:
    oauth, legacy = effects_before(Method.OAUTH, "p"), effects_before(Method.LEGACY, "p")
    assert set(oauth) < set(legacy)
    assert [line for line in legacy if line not in oauth] == [
        "This computer forgets the legacy app's token."
    ]


def test_after_confirms_what_happened() -> None:
    oauth = effects_after(Method.OAUTH, "acme.test")
    assert oauth == (
        "OpenCX no longer reads or answers the conversations of acme.test.",
        "Existing OpenCX sessions remain available.",
    )
    assert effects_after(Method.LEGACY, "acme.test")[-1] == (
        "The legacy app's token was removed from this computer."
    )


def test_nothing_is_promised_that_opencx_does_not_document() -> None:
    # OpenCX documents nothing about signatures, workflow actions or the HubSpot install on
    # disconnect: the dialog must not claim anything about them.
    for method in Method:
        text = " ".join(effects_before(method, "p") + effects_after(method, "p")).lower()
        for word in ("signature", "workflow", "uninstall", "webhook"):
            assert word not in text
