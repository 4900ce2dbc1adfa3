"""A stand-in for the system browser, for `BROWSER=...`, that approves on HubSpot's consent
page like `approving_browser.py` but hands the assistant a forged install result: the state
is the real one (so the assistant accepts the callback), the result reference is made up."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fixtures.sandbox import approve_in_sandbox


def main(url: str) -> None:
    final = approve_in_sandbox(url, deliver=False)
    parts = urlsplit(final)
    query = dict(parse_qsl(parts.query))
    if "result" in query:
        query["result"] = "forged-" + "A" * 24
    with httpx.Client(trust_env=False, timeout=10) as client:
        client.get(urlunsplit(parts._replace(query=urlencode(query))))


if __name__ == "__main__":
    main(sys.argv[1])
