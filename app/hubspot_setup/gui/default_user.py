"""Naming the legacy default user where only its HubSpot user ID is known.

A connection made elsewhere (the dashboard, another computer) tells the assistant the default
user's ID only; the summary and manage mode show the teammate's name instead, read from the
portal's teammates through the controller. Until then (or if that fails) they show the ID.
"""

from __future__ import annotations

from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import Method
from hubspot_setup.gui.page import PageContext


def name_default_user(ctx: PageContext) -> None:
    """Start reading who the default user is, when the connection is a legacy one and only
    the ID is known. The state change re-renders the page that asked."""
    answers = ctx.controller.state.answers
    connection = answers.connection
    legacy = answers.legacy
    if connection is None or connection.method is not Method.LEGACY or connection.needs_reconnect:
        return
    if legacy.default_user_id is None or legacy.default_user is not None:
        return
    ctx.tasks.run(ctx.controller.resolve_default_user(), on_problem=_keep_the_id)


def _keep_the_id(_problem: Problem) -> None:
    """A nicety: without the teammates the page keeps showing the user ID."""
