"""The sandbox's release feed: public, shaped as the contract says, and set by the scenario."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from hubspot_setup.sandbox.scenario import parse_scenario
from hubspot_setup.sandbox.server import RunningSandbox

ROUTE = "/v1/apps/hubspot-setup/releases/latest"


def test_the_feed_is_public_and_names_the_scenarios_release(
    sandbox_factory: Callable[..., RunningSandbox], tmp_path: Path
) -> None:
    scenario = tmp_path / "newer.toml"
    scenario.write_text(
        'name = "newer"\ndescription = "A newer assistant."\n[opencx.latest_release]\n'
        'version = "0.3.0rc1"\npublished_at = "2026-12-24T08:00:00Z"\n'
        'url = "https://www.open.cx/hubspot-setup/releases/0.3.0rc1"\n',
        encoding="utf-8",
    )
    sandbox = sandbox_factory(str(scenario))
    answer = httpx.get(sandbox.opencx_url + ROUTE, trust_env=False)  # no Authorization
    assert answer.status_code == 200
    assert answer.json() == {
        "version": "0.3.0rc1",
        "published_at": "2026-12-24T08:00:00Z",
        "url": "https://www.open.cx/hubspot-setup/releases/0.3.0rc1",
    }


def test_the_feed_refuses_parameters_and_other_methods(sandbox: RunningSandbox) -> None:
    with httpx.Client(base_url=sandbox.opencx_url, trust_env=False) as client:
        asked = client.get(ROUTE, params={"platform": "windows"})
        assert asked.status_code == 422
        assert asked.json()["error"]["code"] == "validation_failed"
        posted = client.post(ROUTE, json={})
        assert posted.status_code == 405
        assert posted.headers["Allow"] == "GET"


def test_the_default_scenario_announces_a_release_on_opencx() -> None:
    release = parse_scenario('name = "x"\ndescription = "y"\n', source="test").opencx
    assert release.latest_release.version == "0.1.0"
    assert release.latest_release.url.startswith("https://www.open.cx/")
