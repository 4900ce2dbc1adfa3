"""Text from outside (a server's message, a callback's error_description, a bundle) made safe
to print on a terminal, as plain text.

A terminal obeys what it is sent: escape sequences move the cursor, recolour, retitle the
window or hide what came before; control characters rewrite the line; bidirectional overrides
show text in another order than it is stored. All of these are removed, and line breaks
become spaces, so one field stays one line and cannot pretend to be the next ("What to do:").
The text is not HTML-escaped: a terminal shows `<b>` as it is, and `&lt;` would be noise.
"""

from __future__ import annotations

import re

# ECMA-48 sequences in their 7-bit (ESC ...) and 8-bit (C1) forms: CSI (colours, cursor moves),
# the string sequences OSC/DCS/SOS/PM/APC (window titles, hyperlinks) up to BEL or ST, and
# the other escapes (ESC c resets the terminal). An unfinished one runs to the end of the text.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*(?:[@-~]|$)"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c|$)"
    r"|\x1b[ -/]*[0-~]?"
)
_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")
# What is left of C0 and C1, DEL, and the bidirectional marks, embeddings, overrides and
# isolates (Unicode's Bidi_Control).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """`text` as one plain line with nothing a terminal would act on."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _LINE_BREAKS.sub(" ", text)
    return _UNSAFE.sub("", text)
