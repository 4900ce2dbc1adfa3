"""A stand-in for the system browser, for `BROWSER=...`: it answers the sandbox's sign-in and
consent pages through their own forms (the fixtures' `approve_in_sandbox`), like an admin
clicking "Sign in" and "Approve", and delivers the redirect to the assistant's listener.

Usage: BROWSER="python approving_browser.py %s". Each address it was asked to open is
appended to the file named by APPROVING_BROWSER_LOG, when set, so a test can see it ran;
APPROVING_BROWSER_PORTAL picks a portal on HubSpot's consent page (default: the first).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fixtures.sandbox import approve_in_sandbox


def main(url: str) -> None:
    log = os.environ.get("APPROVING_BROWSER_LOG")
    if log:
        with Path(log).open("a", encoding="utf-8") as handle:
            handle.write(url + "\n")
    portal = os.environ.get("APPROVING_BROWSER_PORTAL")  # the consent page's portal to pick
    approve_in_sandbox(
        url,
        action=os.environ.get("APPROVING_BROWSER_ACTION", "approve"),
        portal_id=int(portal) if portal else None,
    )


if __name__ == "__main__":
    main(sys.argv[1])
