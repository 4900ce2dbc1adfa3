"""The sandbox's browser pages: self-contained HTML (inline CSS, no external resources).

Every value from a request or a scenario goes through `html.escape` here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from html import escape

from hubspot_setup.sandbox.scenario import Portal

_STYLE = """
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:#f5f7fa;
color:#1f2933}
main{max-width:34rem;margin:3rem auto;background:#fff;border-radius:12px;padding:2rem 2.25rem;
box-shadow:0 2px 12px rgba(31,41,51,.08)}
h1{font-size:1.35rem;margin:0 0 .75rem}
p{margin:.5rem 0}
ul{padding-left:1.25rem}
.badge{display:inline-block;font-size:.75rem;letter-spacing:.04em;text-transform:uppercase;
color:#52606d;background:#e4e7eb;border-radius:4px;padding:.1rem .45rem;margin-bottom:1rem}
fieldset{border:1px solid #d9e2ec;border-radius:8px;margin:1rem 0;padding:.5rem 1rem}
label{display:block;padding:.35rem 0}
.buttons{display:flex;gap:.75rem;margin-top:1.5rem}
button{font:inherit;border-radius:8px;padding:.6rem 1.2rem;cursor:pointer;border:1px solid #9aa5b1;
background:#fff;color:#1f2933}
button.primary{background:#2f6fde;border-color:#2f6fde;color:#fff}
.note{color:#52606d;font-size:.9rem}
.message{border:1px solid #d9e2ec;border-radius:8px;padding:.6rem .9rem;margin:.6rem 0}
.message.comment{background:#fff8e1;border-color:#f0d58c}
.who{font-weight:600}
"""


def page(title: str, body: str, *, badge: str = "Practice sandbox") -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f'<body><main><div class="badge">{escape(badge)}</div>{body}</main></body></html>'
    )


def hidden(fields: dict[str, str]) -> str:
    return "".join(
        f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'
        for name, value in fields.items()
    )


def sign_in_page(action: str, request_id: str, user_name: str, user_email: str, org: str) -> str:
    body = (
        "<h1>Sign in to OpenCX</h1>"
        f"<p>The HubSpot setup assistant asks to use your OpenCX account for "
        f"<strong>{escape(org)}</strong>.</p>"
        f'<form method="post" action="{escape(action)}">{hidden({"request_id": request_id})}'
        f"<p>Signed in as {escape(user_name)} ({escape(user_email)}).</p>"
        '<div class="buttons">'
        f'<button class="primary" type="submit" name="action" value="approve">'
        f"Sign in as {escape(user_name)}</button>"
        '<button type="submit" name="action" value="deny">Cancel</button></div></form>'
    )
    return page("Sign in to OpenCX", body, badge="OpenCX practice sign-in")


def consent_page(
    action: str, fields: dict[str, str], portals: Iterable[Portal], scope_words: Iterable[str]
) -> str:
    options = "".join(
        f'<label><input type="radio" name="portal_id" value="{portal.id}"'
        f"{' checked' if index == 0 else ''}> {escape(portal.domain)} "
        f'<span class="note">(account {portal.id})</span></label>'
        for index, portal in enumerate(portals)
    )
    scopes = "".join(f"<li>{escape(words)}</li>" for words in scope_words)
    body = (
        "<h1>Connect OpenCX to HubSpot</h1>"
        f'<form method="post" action="{escape(action)}">{hidden(fields)}'
        f"<fieldset><legend>Choose the HubSpot account</legend>{options}</fieldset>"
        f"<p>OpenCX will be able to:</p><ul>{scopes}</ul>"
        '<div class="buttons">'
        '<button class="primary" type="submit" name="action" value="approve">Connect app</button>'
        '<button type="submit" name="action" value="deny">Cancel</button></div></form>'
    )
    return page("Connect OpenCX to HubSpot", body, badge="HubSpot practice consent")


def error_page(title: str, message: str) -> str:
    return page(title, f"<h1>{escape(title)}</h1><p>{escape(message)}</p>")


# What HubSpot's consent page shows for an install it refuses on the spot, by the scenario's
# `consent_refusal`. HubSpot never redirects back for these. The first two headings are
# HubSpot's own words; the wording of the third is not documented, so it is a plausible one.
CONSENT_REFUSALS: dict[str, tuple[str, str]] = {
    "insufficient_scopes": (
        "Insufficient scopes were provided",
        "Your user doesn't have access to all of the scopes this app requires. "
        "Contact a super admin of this account.",
    ),
    "missing_features": (
        "This account doesn't have access to some HubSpot features that are required by this app",
        "Choose another account, or contact the app's developer.",
    ),
    "no_install_permission": (
        "You don't have permission to install apps",
        "Only super admins and users with App Marketplace Access can install apps in "
        "this account. Contact a super admin.",
    ),
}


def consent_refusal_page(refusal: str) -> str:
    """HubSpot's own error page for a refused install: no form, no way back to the app."""
    title, message = CONSENT_REFUSALS[refusal]
    body = f"<h1>{escape(title)}</h1><p>{escape(message)}</p>"
    return page(title, body, badge="HubSpot practice consent")


def customer_page(action: str, scenario: str) -> str:
    body = (
        "<h1>Practice customer</h1>"
        f"<p>Scenario: <strong>{escape(scenario)}</strong></p>"
        "<p>Send the test message a customer would send. Start the live checklist in the "
        "assistant first.</p>"
        f'<form method="post" action="{escape(action)}" id="customer">'
        '<label><input type="radio" name="channel" value="email" checked> Email</label>'
        '<label><input type="radio" name="channel" value="web"> Chat on the website</label>'
        '<div class="buttons"><button class="primary" type="submit">'
        "Send a test message as a customer</button></div></form>"
        '<p class="note" id="status" role="status"></p>'
        "<script>document.getElementById('customer').addEventListener('submit',async e=>{"
        "e.preventDefault();const c=new FormData(e.target).get('channel');"
        f"const r=await fetch({_js_string(action)},{{method:'POST',"
        "headers:{'Content-Type':'application/json'},body:JSON.stringify({channel:c})});"
        "document.getElementById('status').textContent=r.ok?'Sent. Watch the checklist.':"
        "'Could not send the message.';});</script>"
    )
    return page("Practice customer", body)


def _js_string(text: str) -> str:
    # A JavaScript string literal that cannot close the script element.
    return json.dumps(text).replace("<", "\\u003c")


def conversation_page(title: str, intro: str, messages: Iterable[tuple[str, str, bool]]) -> str:
    """A thread or session: (who, text, is_internal_note) per message, oldest first."""
    items = "".join(
        f'<div class="message{" comment" if note else ""}"><div class="who">{escape(who)}'
        f"{' (internal note)' if note else ''}</div><div>{escape(text)}</div></div>"
        for who, text, note in messages
    )
    return page(title, f"<h1>{escape(title)}</h1><p>{escape(intro)}</p>{items}")
