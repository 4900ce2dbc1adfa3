"""The simple signature editor's content as HTML, and back: written here, sanitised by the
same rules as pasted HTML; addresses for links and images checked as typed."""

from __future__ import annotations

import pytest

from hubspot_setup.flow.signature_html import (
    Run,
    check_image_address,
    check_link_address,
    html_from_runs,
    runs_from_html,
    signature_from_runs,
)

SIGNATURE = [
    Run(text="Kind regards,"),
    Run(line_break=True),
    Run(text="Anna <de Vries>", bold=True),
    Run(line_break=True),
    Run(text="Support", italic=True),
    Run(line_break=True),
    Run(text="acme", href="https://acme.test"),
    Run(text=".test", href="https://acme.test", bold=True),
    Run(line_break=True),
    Run(image="https://cdn.acme.test/logo.png", alt='Acme "logo"'),
]


def test_runs_become_sanitised_html_with_each_mark() -> None:
    result = signature_from_runs(SIGNATURE)
    assert result.value is not None
    assert result.value.removed == ()
    assert result.value.html == (
        "<p>Kind regards,<br><b>Anna &lt;de Vries&gt;</b><br><i>Support</i><br>"
        '<a href="https://acme.test" rel="noopener noreferrer">acme<b>.test</b></a><br>'
        '<img src="https://cdn.acme.test/logo.png" alt="Acme &quot;logo&quot;"></p>'
    )


def test_what_the_editor_wrote_reads_back_the_same() -> None:
    html = signature_from_runs(SIGNATURE).value
    assert html is not None
    assert runs_from_html(html.html) == SIGNATURE


def test_leading_and_trailing_breaks_are_dropped_and_empty_is_refused() -> None:
    assert html_from_runs([Run(line_break=True), Run(text="Hi"), Run(line_break=True)]) == (
        "<p>Hi</p>"
    )
    assert html_from_runs([Run(line_break=True), Run(text="  ")]) == ""
    assert signature_from_runs([]).error == "Write the signature first."


def test_an_unsafe_address_in_a_run_is_still_removed() -> None:
    """The runs go through the same sanitiser: a javascript: link or an http image from a
    pasted document in the editor cannot get into the saved HTML."""
    result = signature_from_runs(
        [
            Run(text="click", href="javascript:alert(1)"),
            Run(image="http://tracker.test/pixel.gif", alt="x"),
        ]
    )
    assert result.value is not None
    assert "javascript" not in result.value.html
    assert "tracker.test" not in result.value.html


@pytest.mark.parametrize(
    "html",
    [
        "<table><tr><td>Acme</td></tr></table>",
        '<p style="color:red">Acme</p>',
        '<img src="https://a.test/l.png" width="80">',
        "<u>Acme</u>",
    ],
)
def test_layout_the_editor_cannot_hold_is_left_to_the_html(html: str) -> None:
    assert runs_from_html(html) is None


def test_paragraphs_read_back_as_lines() -> None:
    assert runs_from_html("<p>One</p><p>Two  \n words</p>") == [
        Run(text="One"),
        Run(line_break=True),
        Run(text="Two words"),
    ]


@pytest.mark.parametrize(
    ("typed", "value", "words"),
    [
        ("https://acme.test/about", "https://acme.test/about", None),
        ("acme.test", "https://acme.test", "Links to https://acme.test."),
        ("anna@acme.test", "mailto:anna@acme.test", "email address"),
        ("tel:+31201234567", "tel:+31201234567", None),
        ("javascript:alert(1)", None, "opens a web page"),
        ("https://", None, "no site"),
        ("acme test", None, "no spaces"),
        ("", None, "Type the address"),
    ],
)
def test_link_addresses(typed: str, value: str | None, words: str | None) -> None:
    result = check_link_address(typed)
    assert result.value == value
    if words:
        assert words in (result.error or result.notice or "")


@pytest.mark.parametrize(
    ("typed", "value", "words"),
    [
        ("https://cdn.acme.test/logo.png", "https://cdn.acme.test/logo.png", None),
        ("cdn.acme.test/logo.png", "https://cdn.acme.test/logo.png", "Uses https://"),
        ("http://cdn.acme.test/logo.png", None, "plain http"),
        ("data:image/png;base64,AAAA", None, "on the web"),
        ("file:///C:/logo.png", None, "on the web"),
        ("logo.png", None, "on the web"),
        ("", None, "Upload the image"),
    ],
)
def test_image_addresses(typed: str, value: str | None, words: str | None) -> None:
    result = check_image_address(typed)
    assert result.value == value
    if words:
        assert words in (result.error or result.notice or "")
