"""What HubSpot's consent screen may show instead of sending the admin back, and each fix.

HubSpot refuses some installs on its own page and never redirects, so the assistant hears
nothing and can only wait. When the wait reports `having_trouble` (after about a minute), the
HubSpot connect page and `apply`'s progress list these messages with their fixes.
"""

from __future__ import annotations

from dataclasses import dataclass

CONSENT_HELP_TITLE = "Did HubSpot show one of these messages?"


@dataclass(frozen=True)
class ConsentRefusal:
    """One refusal HubSpot shows on its own page: its words, why, and what to do."""

    shown: str  # HubSpot's words; a paraphrase when `verbatim` is False
    verbatim: bool  # HubSpot's exact text (quote it) or a description of its message
    cause: str
    fix: str

    @property
    def heading(self) -> str:
        return f"“{self.shown}”" if self.verbatim else self.shown


CONSENT_REFUSALS: tuple[ConsentRefusal, ...] = (
    ConsentRefusal(
        shown="Insufficient scopes were provided",
        verbatim=True,
        cause="Your HubSpot user may not use everything OpenCX asks for.",
        fix="Ask a HubSpot super admin to connect OpenCX, or to give you access to tickets "
        "and conversations.",
    ),
    ConsentRefusal(
        shown="This account doesn't have access to some HubSpot features that are required "
        "by this app",
        verbatim=True,
        cause="This HubSpot account has no Service Hub Starter or above.",
        fix="Choose the account that has it, or add Service Hub in HubSpot (Account & Billing).",
    ),
    ConsentRefusal(
        shown="A message that you may not install apps",
        verbatim=False,
        cause="Only HubSpot super admins, and users with App Marketplace Access, may install apps.",
        fix="Ask a super admin to connect OpenCX, or to give you that permission (Settings → "
        "Users & Teams).",
    ),
)


def consent_help_lines(*, then: str) -> tuple[str, ...]:
    """The list as plain text lines (for `apply`), ending with what to do `then`."""
    lines = [CONSENT_HELP_TITLE]
    for refusal in CONSENT_REFUSALS:
        lines.append(f"- {refusal.heading}")
        lines.append(f"  {refusal.cause} {refusal.fix}")
    lines.append(then)
    return tuple(lines)
