"""The sandbox's browser pages: self-contained HTML (inline CSS, no external resources).

Every value from a request or a scenario goes through `html.escape` here, and so does every
translated sentence without markup; a sentence with markup gets only escaped values.
Sentences are in the browser's language (`sandbox.words`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from html import escape

from hubspot_setup.sandbox.scenario import Portal
from hubspot_setup.sandbox.words import QT_TRANSLATE_NOOP, Phrase, html_language, translate

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
.buttons{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.5rem}
button{font:inherit;border-radius:8px;padding:.6rem 1.2rem;cursor:pointer;border:1px solid #9aa5b1;
background:#fff;color:#1f2933}
button.primary{background:#2f6fde;border-color:#2f6fde;color:#fff}
.note{color:#52606d;font-size:.9rem}
.message{border:1px solid #d9e2ec;border-radius:8px;padding:.6rem .9rem;margin:.6rem 0}
.message.comment{background:#fff8e1;border-color:#f0d58c}
.who{font-weight:600}
"""


def page(title: str, body: str, *, badge: str | None = None) -> str:
    shown_badge = translate("sandbox.pages", "Practice sandbox") if badge is None else badge
    return (
        f'<!doctype html>\n<html lang="{escape(html_language())}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f'<body><main><div class="badge">{escape(shown_badge)}</div>{body}</main></body></html>'
    )


def hidden(fields: dict[str, str]) -> str:
    return "".join(
        f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'
        for name, value in fields.items()
    )


def sign_in_page(action: str, request_id: str, user_name: str, user_email: str, org: str) -> str:
    title = translate("sandbox.pages", "Sign in to OpenCX")
    asks = translate(
        "sandbox.pages",
        "The HubSpot setup assistant asks to use your OpenCX account for <strong>%1</strong>.",
    ).arg(escape(org))
    signed_in = translate("sandbox.pages", "Signed in as %1 (%2).")
    sign_in_as = translate("sandbox.pages", "Sign in as %1")
    cancel = translate("sandbox.pages", "Cancel")
    body = (
        f"<h1>{escape(title)}</h1><p>{asks}</p>"
        f'<form method="post" action="{escape(action)}">{hidden({"request_id": request_id})}'
        f"<p>{escape(signed_in.arg(user_name, user_email))}</p>"
        '<div class="buttons">'
        f'<button class="primary" type="submit" name="action" value="approve">'
        f"{escape(sign_in_as.arg(user_name))}</button>"
        f'<button type="submit" name="action" value="deny">{escape(cancel)}</button></div></form>'
    )
    return page(title, body, badge=translate("sandbox.pages", "OpenCX practice sign-in"))


def consent_page(
    action: str, fields: dict[str, str], portals: Iterable[Portal], scope_words: Iterable[str]
) -> str:
    account = translate("sandbox.pages", "(account %1)")
    options = "".join(
        f'<label><input type="radio" name="portal_id" value="{portal.id}"'
        f"{' checked' if index == 0 else ''}> {escape(portal.domain)} "
        # An account id is a name, not an amount: never written as 1.234.567.
        f'<span class="note">{escape(account.arg(str(portal.id)))}</span></label>'
        for index, portal in enumerate(portals)
    )
    scopes = "".join(f"<li>{escape(words)}</li>" for words in scope_words)
    # Each sentence is made outside the f-strings: lupdate does not look inside them.
    title = translate("sandbox.pages", "Connect OpenCX to HubSpot")
    choose = translate("sandbox.pages", "Choose the HubSpot account")
    able_to = translate("sandbox.pages", "OpenCX will be able to:")
    connect = translate("sandbox.pages", "Connect app")
    cancel = translate("sandbox.pages", "Cancel")
    body = (
        f"<h1>{escape(title)}</h1>"
        f'<form method="post" action="{escape(action)}">{hidden(fields)}'
        f"<fieldset><legend>{escape(choose)}</legend>{options}</fieldset>"
        f"<p>{escape(able_to)}</p><ul>{scopes}</ul>"
        '<div class="buttons">'
        '<button class="primary" type="submit" name="action" value="approve">'
        f"{escape(connect)}</button>"
        f'<button type="submit" name="action" value="deny">{escape(cancel)}</button></div></form>'
    )
    return page(title, body, badge=translate("sandbox.pages", "HubSpot practice consent"))


def error_page(title: str, message: str) -> str:
    return page(title, f"<h1>{escape(title)}</h1><p>{escape(message)}</p>")


# What HubSpot's consent page shows for an install it refuses on the spot, by the scenario's
# `consent_refusal`. HubSpot never redirects back for these. The first two headings are
# HubSpot's own words; the wording of the third is not documented, so it is a plausible one.
CONSENT_REFUSALS: dict[str, tuple[Phrase, Phrase]] = {
    "insufficient_scopes": (
        QT_TRANSLATE_NOOP("sandbox.pages", "Insufficient scopes were provided"),
        QT_TRANSLATE_NOOP(
            "sandbox.pages",
            "Your user doesn't have access to all of the scopes this app requires. "
            "Contact a super admin of this account.",
        ),
    ),
    "missing_features": (
        QT_TRANSLATE_NOOP(
            "sandbox.pages",
            "This account doesn't have access to some HubSpot features that are required by "
            "this app",
        ),
        QT_TRANSLATE_NOOP(
            "sandbox.pages", "Choose another account, or contact the app's developer."
        ),
    ),
    "no_install_permission": (
        QT_TRANSLATE_NOOP("sandbox.pages", "You don't have permission to install apps"),
        QT_TRANSLATE_NOOP(
            "sandbox.pages",
            "Only super admins and users with App Marketplace Access can install apps in "
            "this account. Contact a super admin.",
        ),
    ),
}


def consent_refusal_page(refusal: str) -> str:
    """HubSpot's own error page for a refused install: no form, no way back to the app."""
    title, message = (phrase.text() for phrase in CONSENT_REFUSALS[refusal])
    body = f"<h1>{escape(title)}</h1><p>{escape(message)}</p>"
    return page(title, body, badge=translate("sandbox.pages", "HubSpot practice consent"))


def customer_page(action: str, scenario: str) -> str:
    title = translate("sandbox.pages", "Practice customer")
    scenario_line = translate("sandbox.pages", "Scenario: <strong>%1</strong>").arg(
        escape(scenario)
    )
    sent = translate("sandbox.pages", "Sent. Watch the checklist.")
    not_sent = translate("sandbox.pages", "Could not send the message.")
    intro = translate(
        "sandbox.pages",
        "Send the test message a customer would send. Start the live checklist in the "
        "assistant first.",
    )
    email = translate("sandbox.pages", "Email")
    chat = translate("sandbox.pages", "Chat on the website")
    send = translate("sandbox.pages", "Send a test message as a customer")
    body = (
        f"<h1>{escape(title)}</h1><p>{scenario_line}</p><p>{escape(intro)}</p>"
        f'<form method="post" action="{escape(action)}" id="customer">'
        '<label><input type="radio" name="channel" value="email" checked> '
        f"{escape(email)}</label>"
        f'<label><input type="radio" name="channel" value="web"> {escape(chat)}</label>'
        f'<div class="buttons"><button class="primary" type="submit">{escape(send)}'
        "</button></div></form>"
        '<p class="note" id="status" role="status"></p>'
        "<script>document.getElementById('customer').addEventListener('submit',async e=>{"
        "e.preventDefault();const c=new FormData(e.target).get('channel');"
        f"const r=await fetch({_js_string(action)},{{method:'POST',"
        "headers:{'Content-Type':'application/json'},body:JSON.stringify({channel:c})});"
        f"document.getElementById('status').textContent=r.ok?{_js_string(sent)}:"
        f"{_js_string(not_sent)};}});</script>"
    )
    return page(title, body)


def _js_string(text: str) -> str:
    # A JavaScript string literal that cannot close the script element.
    return json.dumps(text).replace("<", "\\u003c")


def conversation_page(title: str, intro: str, messages: Iterable[tuple[str, str, bool]]) -> str:
    """A thread or session: (who, text, is_internal_note) per message, oldest first."""
    internal_note = translate("sandbox.pages", "%1 (internal note)")
    items = "".join(
        f'<div class="message{" comment" if note else ""}"><div class="who">'
        f"{escape(internal_note.arg(who) if note else who)}</div><div>{escape(text)}</div></div>"
        for who, text, note in messages
    )
    return page(title, f"<h1>{escape(title)}</h1><p>{escape(intro)}</p>{items}")
