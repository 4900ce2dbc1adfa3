"""Each HubSpot refusal names its one cause, in HubSpot's own terms (issue 15): installing an
app takes a super admin or App Marketplace Access (hubspot-api-facts addendum item 5), a
missing Service Hub is about the portal, not the admin's rights, and a legacy app cannot be
"created again" since HubSpot's sunset (addendum item 1)."""

from __future__ import annotations

import re

import httpx

from hubspot_setup.flow.problems import Problem, ProblemKind
from hubspot_setup.services.browser_flow import callback_problem
from hubspot_setup.services.errors import HUBSPOT, problem_from_response

# "admin" on its own, as in "an admin of that portal": HubSpot's word is "super admin".
_BARE_ADMIN = re.compile(r"(?<!super )\badmins?\b", re.IGNORECASE)


def _words(problem: Problem) -> str:
    return f"{problem.title} {problem.message} {problem.fix}"


def _from_callback(code: str) -> Problem:
    error = callback_problem({"error": code, "state": "s"})
    assert error is not None
    return error.problem


def test_not_portal_admin_asks_for_a_super_admin_or_app_marketplace_access() -> None:
    problem = _from_callback("not_portal_admin")
    assert problem.kind is ProblemKind.NOT_PORTAL_ADMIN
    words = _words(problem)
    assert "install apps" in problem.title
    assert "super admin" in problem.message
    assert "App Marketplace Access" in problem.message
    assert "App Marketplace Access" in problem.fix
    assert _BARE_ADMIN.search(words) is None, words
    assert "Service Hub" not in words  # one cause


def test_a_portal_without_service_hub_is_not_blamed_on_admin_rights() -> None:
    problem = _from_callback("app_not_available")
    assert problem.kind is ProblemKind.APP_NOT_AVAILABLE
    words = _words(problem)
    assert "Service Hub" in problem.title
    assert "not available for the selected portal" in problem.message  # HubSpot's words
    assert "Service Hub" in problem.fix
    assert "admin" not in words.lower()
    assert "permission" not in words.lower()


def test_a_refused_private_app_is_not_created_again() -> None:
    body = {"status": "error", "message": "no", "category": "USER_DOES_NOT_HAVE_PERMISSIONS"}
    request = httpx.Request("GET", "https://api.hubapi.com/crm/v3/owners")
    problem = problem_from_response(httpx.Response(403, json=body, request=request), HUBSPOT)
    words = _words(problem.problem)
    assert "created the private app" in problem.problem.message
    assert "super admin" in problem.problem.fix
    assert "create it again" not in words
    assert _BARE_ADMIN.search(words) is None, words
