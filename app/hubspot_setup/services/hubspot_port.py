"""`flow.ports.HubSpotPort` over `HubSpotClient`: token facts and the portal's people."""

from __future__ import annotations

from collections.abc import Sequence

from hubspot_setup.flow.answers import Teammate
from hubspot_setup.flow.ports import TokenFacts
from hubspot_setup.flow.teammate_list import TeammateList
from hubspot_setup.services.hubspot import HubSpotClient, Owner


def teammate_from_owner(owner: Owner) -> Teammate:
    return Teammate(
        owner_id=owner.id, user_id=owner.user_id, email=owner.email or "", name=owner.name
    )


class HubSpotService:
    def __init__(self, client: HubSpotClient) -> None:
        self._client = client

    async def private_app_token_facts(self, private_app_token: str) -> TokenFacts:
        info = await self._client.access_token_info(private_app_token)
        return TokenFacts(portal_id=info.hub_id, granted_scopes=tuple(info.scopes))

    async def owners(self, private_app_token: str) -> Sequence[Teammate]:
        """People only (queues cannot post replies), in HubSpot's order."""
        owners = await self._client.owners(private_app_token)
        people = (owner for owner in owners if owner.type == "PERSON" and not owner.archived)
        return TeammateList(map(teammate_from_owner, people), incomplete=owners.cut is not None)
