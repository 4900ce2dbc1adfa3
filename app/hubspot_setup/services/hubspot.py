"""The few HubSpot calls the assistant makes itself (legacy path, with a private app token).

The token is sent in the request only (header and, for the token-info call, the body HubSpot
asks for); it is never kept here. 429s are waited out from HubSpot's rate-limit headers.
"""

from __future__ import annotations

from typing import TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hubspot_setup.services.errors import (
    HUBSPOT,
    problem_from_response,
    unexpected_body,
)
from hubspot_setup.services.http import TIMEOUTS, CallKind
from hubspot_setup.services.logs import remember_secret
from hubspot_setup.services.paging import Paged, read_all_pages
from hubspot_setup.services.retry import RetryPolicy, send_with_retries

OWNERS_PAGE_SIZE = 100
MAX_OWNER_PAGES = 200  # 20,000 owners: far beyond any portal, and no endless loop

M = TypeVar("M", bound=BaseModel)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class AccessTokenInfo(_Response):
    hub_id: int = Field(alias="hubId")
    scopes: list[str] = Field(default_factory=list)
    user_id: int | None = Field(default=None, alias="userId")
    app_id: int | None = Field(default=None, alias="appId")


class Owner(_Response):
    id: str
    email: str | None = None
    first_name: str | None = Field(default=None, alias="firstName")
    last_name: str | None = Field(default=None, alias="lastName")
    user_id: int | None = Field(default=None, alias="userId")
    type: str = "PERSON"
    archived: bool = False

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class _Next(_Response):
    after: str


class _Paging(_Response):
    next: _Next | None = None


class OwnersPage(_Response):
    results: list[Owner]
    paging: _Paging | None = None


class AccountDetails(_Response):
    portal_id: int = Field(alias="portalId")
    ui_domain: str = Field(default="app.hubspot.com", alias="uiDomain")
    data_hosting_location: str | None = Field(default=None, alias="dataHostingLocation")
    account_type: str | None = Field(default=None, alias="accountType")


class HubSpotClient:
    def __init__(
        self, base_url: str, http: httpx.AsyncClient, *, retry: RetryPolicy | None = None
    ) -> None:
        self._base = httpx.URL(base_url.rstrip("/") + "/")
        self._http = http
        self._retry = retry or RetryPolicy()

    async def _get_or_post(
        self,
        model: type[M],
        method: str,
        path: str,
        token: str,
        *,
        json: dict[str, str] | None = None,
        params: dict[str, str | int] | None = None,
    ) -> M:
        remember_secret(token)

        async def once() -> httpx.Response:
            return await self._http.request(
                method,
                self._base.join(path.lstrip("/")),
                json=json,
                params=params,
                headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
                timeout=TIMEOUTS[CallKind.QUICK],
            )

        # Every call here only reads (the token-info POST changes nothing): safe to repeat.
        response = await send_with_retries(
            once, policy=self._retry, retryable=True, service=HUBSPOT
        )
        if not response.is_success:
            raise problem_from_response(response, HUBSPOT)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            kinds = ", ".join(str(error["type"]) for error in exc.errors()[:3])
            raise unexpected_body(response, HUBSPOT, f"invalid body ({kinds})") from None

    async def access_token_info(self, private_app_token: str) -> AccessTokenInfo:
        return await self._get_or_post(
            AccessTokenInfo,
            "POST",
            "/oauth/v2/private-apps/get/access-token-info",
            private_app_token,
            json={"tokenKey": private_app_token},
        )

    async def owners(self, private_app_token: str) -> Paged[Owner]:
        """Every active owner once, following the `after` cursor across pages (`cut` says
        why the list may be incomplete)."""

        async def page(after: str | None) -> tuple[list[Owner], str | None]:
            params: dict[str, str | int] = {"limit": OWNERS_PAGE_SIZE, "archived": "false"}
            if after:
                params["after"] = after
            answer = await self._get_or_post(
                OwnersPage, "GET", "/crm/v3/owners", private_app_token, params=params
            )
            next_page = answer.paging.next if answer.paging else None
            return answer.results, next_page.after if next_page else None

        return await read_all_pages(
            page, key=lambda owner: owner.id, max_pages=MAX_OWNER_PAGES, what="HubSpot owners"
        )

    async def account_details(self, private_app_token: str) -> AccountDetails:
        return await self._get_or_post(
            AccountDetails, "GET", "/account-info/v3/details", private_app_token
        )
