"""The portal's teammates have one copy, in the controller: read once, read again on Reload,
and read again for another organisation or portal (the services only fetch)."""

from __future__ import annotations

from fakes import API_KEY, OTHER_PORTAL, PRIVATE_APP_TOKEN, Fakes, account, teammate

from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES


async def test_teammates_are_read_once_and_again_on_reload() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    first = await fakes.controller.teammates()
    assert [t.owner_id for t in first] == ["3001", "3002"]
    assert await fakes.controller.teammates() is first
    assert fakes.opencx.reads["teammates"] == 1

    fakes.opencx.teammates_now.append(teammate(3, name="New Hire"))  # added in HubSpot
    reloaded = await fakes.controller.teammates(refresh=True)
    assert [t.name for t in reloaded][-1] == "New Hire"
    assert fakes.opencx.reads["teammates"] == 2
    assert await fakes.controller.teammates() is reloaded


async def test_another_portal_reads_its_own_teammates() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    await fakes.controller.teammates()
    await fakes.controller.disconnect("DELETE")
    fakes.opencx.approve_portal = OTHER_PORTAL
    fakes.opencx.teammates_now = [teammate(7, name="Other Portal Person")]
    await fakes.controller.connect_hubspot(lambda attempt: None)
    assert [t.name for t in await fakes.controller.teammates()] == ["Other Portal Person"]


async def test_another_organisation_reads_its_own_teammates() -> None:
    fakes = Fakes()
    await fakes.connect_oauth()
    await fakes.controller.teammates()
    fakes.opencx.account = account(organization="org-2")
    fakes.opencx.teammates_now = [teammate(8, name="Org Two Person")]
    # Signed in to another organisation with the same portal connected: not the old list.
    await fakes.controller.sign_in_with_api_key(API_KEY)
    assert [t.name for t in await fakes.controller.teammates()] == ["Org Two Person"]


async def test_legacy_teammates_are_kept_until_reload_or_another_token() -> None:
    fakes = Fakes()
    fakes.hubspot.granted_scopes = LEGACY_REQUIRED_SCOPES
    controller = fakes.controller
    await fakes.check_legacy_token()
    first = await controller.legacy_teammates()
    assert await controller.legacy_teammates() is first
    assert fakes.hubspot.reads["owners"] == 1

    fakes.hubspot.owners_now.append(teammate(4, name="Added Later"))
    assert (await controller.legacy_teammates(refresh=True))[-1].name == "Added Later"
    assert controller.check_default_user_text("9004").ok  # checked against the new list

    fakes.hubspot.owners_now = [teammate(5)]
    await controller.check_private_app_token(PRIVATE_APP_TOKEN)  # perhaps another portal's
    assert [t.owner_id for t in await controller.legacy_teammates()] == ["3005"]
    assert fakes.hubspot.reads["owners"] == 3
