"""`outside_text.terminal_text`: server text as one plain line a terminal cannot act on."""

from __future__ import annotations

import pytest

from hubspot_setup.flow.outside_text import terminal_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred\x1b[0m text", "red text"),  # colours (CSI)
        ("\x9b2Jcleared", "cleared"),  # the 8-bit CSI
        ("a\x1b[", "a"),  # a sequence cut off at the end
        ("\x1b]0;new title\x07kept", "kept"),  # window title (OSC ... BEL)
        ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"),  # hidden link
        ("\x1bPdevice\x1b\\x", "x"),  # DCS ... ST
        ("\x1bcreset", "reset"),  # ESC c resets the terminal
        ("pay \u202e3.01$\u202c now", "pay 3.01$ now"),  # bidirectional override
        ("\u2066iso\u2069 \u200fmark\u200e \u061c", "iso mark "),
        ("one\r\ntwo\rthree\nfour", "one two three four"),
        ("tab\there", "tab here"),
        ("u2028\u2028u2029\u2029nel\x85end", "u2028 u2029 nel end"),
        ("nul\x00bell\x07del\x7fbs\x08", "nulbelldelbs"),
        ("<b>Bob</b> &amp; Co", "<b>Bob</b> &amp; Co"),  # plain text: never HTML-escaped
        ("Zoë 日本 😀 الاسم", "Zoë 日本 😀 الاسم"),  # letters of any script stay
    ],
)
def test_terminal_text(raw: str, shown: str) -> None:
    assert terminal_text(raw) == shown
