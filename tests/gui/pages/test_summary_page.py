"""The summary page against the real sandbox: what was set up, links, diagnostics export."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from fixtures.gui_rig import Rig
from fixtures.secrets import UserDirs
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.page import OptionalServices
from hubspot_setup.gui.pages.summary import SummaryPage
from hubspot_setup.services.diagnostics_export import DiagnosticsExport
from hubspot_setup.services.logs import LOG_FILE
from hubspot_setup.services.wiring import Services


def exporter(services: Services) -> OptionalServices:
    return OptionalServices(
        export_diagnostics=DiagnosticsExport(services.controller, services.secrets)
    )


def open_summary(rig: Rig) -> SummaryPage:
    rig.connect_oauth()
    rig.choose_first_sender()
    rig.controller.skip_test()
    rig.go_to(StepId.SUMMARY)
    page = rig.show(SummaryPage)
    assert isinstance(page, SummaryPage)
    return page


def test_lists_what_was_set_up_and_exports_diagnostics(
    page_rig: Callable[..., Rig], tmp_path: Path, user_dirs: UserDirs
) -> None:
    rig = page_rig("default", optional=exporter)
    page = open_summary(rig)
    # A log line that, against all rules, carries the API key: the bundle must not.
    log = user_dirs.logs / LOG_FILE
    log.write_text(f"2026-11-30T10:00:00 INFO test: signed in with {rig.sandbox.api_key}\n")
    answers = rig.controller.state.answers
    assert answers.connection is not None
    assert answers.sender is not None
    assert "Connected through “Connect with HubSpot”" in page.values["method"].text()
    portal = page.values["portal"].text()
    assert str(answers.connection.portal.id) in portal
    assert f"/live-messages/{answers.connection.portal.id}" in portal  # the inbox link
    assert answers.sender.name in page.values["sender"].text()
    assert page.values["checklist"].text() == "Skipped"
    assert page.values["signatures"].isVisibleTo(page)

    assert page.export_button.isEnabled()
    page.export_button.click()
    dialog = page.dialog
    assert dialog is not None
    target = tmp_path / "support.zip"
    dialog.selectFile(str(target))
    dialog.accept()  # the admin presses Save
    assert page.dialog is None
    rig.wait_idle()
    assert rig.problems == []
    assert target.is_file()
    assert str(target) in page.export_label.text()
    with zipfile.ZipFile(target) as bundle:
        names = set(bundle.namelist())
        assert {"progress.json", "checklist.json", "manifest.json", "log.txt"} <= names
        assert "signed in with" in bundle.read("log.txt").decode()
        everything = b"".join(bundle.read(name) for name in names)
    assert rig.sandbox.api_key.encode() not in everything


def test_export_failure_is_shown_in_plain_words(
    page_rig: Callable[..., Rig], tmp_path: Path, user_dirs: UserDirs
) -> None:
    rig = page_rig("default", optional=exporter)
    page = open_summary(rig)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    page.export_to(str(blocked / "support.zip"))
    rig.wait_idle()
    assert [problem.title for problem in rig.problems] == [
        "The diagnostics file could not be saved"
    ]
    assert page.export_button.isEnabled()


def test_without_an_exporter_the_button_says_why(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_summary(rig)
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip() == "Not available yet in this version."
