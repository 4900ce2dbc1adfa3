"""Every sentence the services word reaches the admin through the translator.

A marking translator wraps each sentence it is asked for in « »: a sentence that bypassed
`flow.words.translate` (an f-string, a constant made before the translator) shows up bare.
Values filled in (a product name, a path) and the technical details stay as they are.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import null

from fixtures.marking_translator import marking, speaking_marked
from hubspot_setup.flow import words
from hubspot_setup.flow.problems import Problem
from hubspot_setup.services import bounded_read, problem_texts
from hubspot_setup.services.errors import (
    HUBSPOT,
    OPENCX,
    problem_from_response,
    problem_from_transport,
)
from hubspot_setup.services.file_writes import folder_error
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.secrets import KeyringSecretStore
from hubspot_setup.services.settings import SettingsError, load_settings
from hubspot_setup.services.writer_lock import Holder, Writer


def _marking(context: str, source: str, disambiguation: str | None, n: int) -> str:
    assert context.startswith("services.")
    return marking(context, source, disambiguation, n)


@pytest.fixture
def marked() -> Iterator[None]:
    with speaking_marked(_marking):
        yield


def _is_marked(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def assert_translated(problem: Problem) -> None:
    for part in (problem.title, problem.message, problem.fix):
        assert _is_marked(part), part
    assert problem.details is None or "«" not in problem.details  # for support: English


def _response(status: int, body: object, url: str = "https://api.open.cx/v1/me") -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("GET", url))


def _opencx(code: str, **details: object) -> dict[str, object]:
    return {"error": {"code": code, "message": "", "details": details}}


def _hubspot(category: str, **context: object) -> dict[str, object]:
    errors = [{"context": context}] if context else []
    return {"status": "error", "message": "", "category": category, "errors": errors}


@pytest.mark.usefixtures("marked")
@pytest.mark.parametrize(
    ("status", "body"),
    [
        (407, {}),
        (403, _opencx("forbidden_role")),
        (403, _opencx("insufficient_scope", required_scope="integrations:write")),
        (403, _opencx("insufficient_scope")),
        (422, _opencx("missing_scopes", missing=["tickets"])),
        (422, _opencx("missing_scopes")),
        (422, _opencx("invalid_token")),
        (422, {"statusCode": 422, "message": [], "error": "Unprocessable Entity"}),
        (409, _opencx("not_connected")),
        (409, _opencx("something_new")),
        (400, _opencx("invalid_state")),
        (429, _opencx("rate_limited")),
        (502, _opencx("hubspot_error")),
        (500, _opencx("internal")),
        (404, _opencx("not_found")),
    ],
)
def test_opencx_problems_are_translated(status: int, body: object) -> None:
    assert_translated(problem_from_response(_response(status, body), OPENCX).problem)


@pytest.mark.usefixtures("marked")
@pytest.mark.parametrize(
    ("status", "body"),
    [
        (401, {}),
        (403, _hubspot("USER_DOES_NOT_HAVE_PERMISSIONS")),
        (403, _hubspot("MISSING_SCOPES", requiredGranularScopes=["tickets"])),
        (403, _hubspot("MISSING_SCOPES")),
        (429, {"message": "You have reached your daily limit.", "category": "RATE_LIMITS"}),
        (429, {"message": "", "category": "RATE_LIMITS"}),
        (407, {}),
        (477, {}),
        (503, {}),
        (404, {}),
    ],
)
def test_hubspot_problems_are_translated(status: int, body: object) -> None:
    response = _response(status, body, "https://api.hubapi.com/crm/v3/owners")
    assert_translated(problem_from_response(response, HUBSPOT).problem)


@pytest.mark.usefixtures("marked")
@pytest.mark.parametrize(
    "error",
    [
        httpx.ProxyError("blocked"),
        httpx.ReadTimeout("slow"),
        httpx.ConnectError("offline"),
    ],
)
def test_transport_problems_are_translated_and_name_the_service(
    error: httpx.TransportError,
) -> None:
    problem = problem_from_transport(error, HUBSPOT).problem
    assert_translated(problem)
    assert HUBSPOT in problem.message  # filled in after translation


def test_a_filled_in_sentence_keeps_the_english_words_without_a_translator() -> None:
    problem = problem_from_response(
        _response(403, _opencx("insufficient_scope", required_scope="integrations:write")),
        OPENCX,
        api_key=True,
    ).problem
    assert problem.message == (
        "The OpenCX API key you signed in with is limited to some permissions, and this step "
        "needs more. OpenCX says it is missing the permission “integrations:write”."
    )
    assert problem.fix == (
        "In OpenCX, open Settings → Access (https://platform.open.cx/settings/access), create "
        "an API key with full access, then sign in with that key instead."
    )


@pytest.mark.usefixtures("marked")
def test_problems_about_this_computer_are_translated(tmp_path: Path) -> None:
    failure = OSError(errno.EACCES, "Permission denied")
    for problem in (
        problem_texts.file_not_saved("diagnostics file", tmp_path / "d.zip", failure),
        problem_texts.file_not_saved("diagnostics bundle", tmp_path / "d.zip", failure),
        problem_texts.file_not_saved("answers file", tmp_path / "a.toml", failure),
        problem_texts.folder_not_writable(folder_error(tmp_path, failure).sentence),
        problem_texts.setting_unusable("«reason»"),
        problem_texts.another_writer_running(Holder(Writer.WINDOW).sentence),
        problem_texts.sandbox_not_started("«reason»"),
        problem_texts.practice_customer_failed("HTTP 500"),
    ):
        assert_translated(problem)


@pytest.mark.usefixtures("marked")
def test_local_file_sentences_are_translated(tmp_path: Path) -> None:
    for code in (errno.EACCES, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.ENOTDIR, 0):
        assert _is_marked(folder_error(tmp_path, OSError(code, "")).sentence)
    assert folder_error(tmp_path, OSError(errno.EIO, "I/O error")).sentence == (
        f"«The folder {tmp_path} cannot be written: I/O error.»"
    )
    for holder in (Holder(Writer.WINDOW), Holder(Writer.APPLY, 4242), Holder(None)):
        assert _is_marked(holder.sentence)
    assert "4242" in Holder(Writer.APPLY, 4242).sentence
    assert _is_marked(KeyringSecretStore(null.Keyring()).notice or "")
    store = FileProgressStore(tmp_path)
    store.path.write_text("{half a file", encoding="utf-8")
    assert _is_marked(store.load().notice or "")


@pytest.mark.usefixtures("marked")
def test_settings_refusals_are_translated_with_their_source(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(config_file=None, env={"OPENCX_URL": "ftp://x"}, overrides={})
    # The label and where it came from are translated too, each on its own.
    assert str(caught.value) == (
        "«««The OpenCX URL» («from the OPENCX_URL environment variable»)» must be a web "
        "address such as https://api.open.cx.»"
    )
    missing = tmp_path / "none.toml"
    with pytest.raises(SettingsError) as caught:
        load_settings(config_file=missing, env={}, overrides={})
    assert str(caught.value) == f"«The settings file {missing} does not exist.»"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_refused_file_says_why_in_a_whole_sentence(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    large = tmp_path / "large"
    large.write_bytes(b"x" * 2048)
    refusals = []
    for path in (tmp_path, pipe, large, tmp_path / "missing"):
        with pytest.raises(bounded_read.FileRefused) as caught:
            bounded_read.read_regular_file(path, 1024)
        refusals.append(caught.value)
    folder, fifo, too_large, missing = refusals
    # `reason` stays what it was (callers glue it after a name); `about` is one sentence.
    assert folder.reason == "is not a regular file (a folder)"
    assert fifo.about("sig.html") == "sig.html is not a regular file (a named pipe)"
    assert too_large.kind is bounded_read.Refusal.TOO_LARGE
    assert too_large.about("sig.html") == "sig.html is larger than 1 KiB"
    assert missing.about("sig.html").startswith("sig.html cannot be read (")
    words.use_translator(_marking)
    try:
        assert folder.about("x") == "«x is not a regular file («a folder»)»"
        assert _is_marked(too_large.about("x"))
    finally:
        words.use_translator(None)
