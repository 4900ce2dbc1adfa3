"""What HubSpot's consent screen may show instead of sending the admin back, and each fix.

HubSpot refuses some installs on its own page and never redirects, so the assistant hears
nothing and can only wait. When the wait reports `having_trouble` (after about a minute), the
HubSpot connect page and `apply`'s progress list these messages with their fixes.
"""

from __future__ import annotations

from dataclasses import dataclass

from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate

CONSENT_HELP_TITLE = QT_TRANSLATE_NOOP(
    "flow.consent_refusals", "Did HubSpot show one of these messages?"
)


@dataclass(frozen=True)
class ConsentRefusal:
    """One refusal HubSpot shows on its own page: its words, why, and what to do."""

    # HubSpot's words (its own translation of them where HubSpot shows that language); a
    # paraphrase when `verbatim` is False.
    shown: Phrase
    verbatim: bool  # HubSpot's exact text (quote it) or a description of its message
    cause: Phrase
    fix: Phrase

    @property
    def heading(self) -> str:
        if self.verbatim:
            return translate("flow.consent_refusals", "“%1”").arg(self.shown.text())
        return self.shown.text()


CONSENT_REFUSALS: tuple[ConsentRefusal, ...] = (
    ConsentRefusal(
        shown=QT_TRANSLATE_NOOP("flow.consent_refusals", "Insufficient scopes were provided"),
        verbatim=True,
        cause=QT_TRANSLATE_NOOP(
            "flow.consent_refusals", "Your HubSpot user may not use everything OpenCX asks for."
        ),
        fix=QT_TRANSLATE_NOOP(
            "flow.consent_refusals",
            "Ask a HubSpot super admin to connect OpenCX, or to give you access to tickets and "
            "conversations.",
        ),
    ),
    ConsentRefusal(
        shown=QT_TRANSLATE_NOOP(
            "flow.consent_refusals",
            "This account doesn't have access to some HubSpot features that are required by "
            "this app",
        ),
        verbatim=True,
        cause=QT_TRANSLATE_NOOP(
            "flow.consent_refusals", "This HubSpot account has no Service Hub Starter or above."
        ),
        fix=QT_TRANSLATE_NOOP(
            "flow.consent_refusals",
            "Choose the account that has it, or add Service Hub in HubSpot (Account & Billing).",
        ),
    ),
    ConsentRefusal(
        shown=QT_TRANSLATE_NOOP("flow.consent_refusals", "A message that you may not install apps"),
        verbatim=False,
        cause=QT_TRANSLATE_NOOP(
            "flow.consent_refusals",
            "Only HubSpot super admins, and users with App Marketplace Access, may install apps.",
        ),
        fix=QT_TRANSLATE_NOOP(
            "flow.consent_refusals",
            "Ask a super admin to connect OpenCX, or to give you that permission (Settings → "
            "Users & Teams).",
        ),
    ),
)


def consent_help_lines(*, then: str) -> tuple[str, ...]:
    """The list as plain text lines (for `apply`), ending with what to do `then` (a whole
    sentence, translated)."""
    lines: list[str] = [CONSENT_HELP_TITLE.text()]
    for refusal in CONSENT_REFUSALS:
        lines.append(f"- {refusal.heading}")
        lines.append(f"  {refusal.cause.text()} {refusal.fix.text()}")
    lines.append(then)
    return tuple(lines)
