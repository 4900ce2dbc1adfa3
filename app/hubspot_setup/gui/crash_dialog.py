"""The window's face for the unexpected: "Something went wrong", and the next start's offer.

`CrashReporter` receives reports from `services.crash.CrashRecorder` on any thread (a worker
thread's exception, the asyncio handler, a Qt slot) and shows one dialog at a time on the GUI
thread: what happened in plain words, "Save diagnostics…", "Keep going" and "Quit". It also
routes Qt's own messages to the log (a fatal one is recorded before Qt ends the process).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate
from hubspot_setup.services.crash import CrashKind, CrashRecorder, CrashReport

if TYPE_CHECKING:
    from hubspot_setup.gui.tasks import TaskRunner
    from hubspot_setup.gui.wizard import SetupWizard

SaveDiagnostics = Callable[[Path], Awaitable[Path]]
log = logging.getLogger(__name__)

CRASH_TITLE = QT_TRANSLATE_NOOP("gui.crash_dialog", "Something went wrong")
CRASH_TEXT = QT_TRANSLATE_NOOP(
    "gui.crash_dialog",
    "The assistant ran into a problem it did not expect. Your progress is saved. You can keep "
    "going, or quit and open the assistant again. If it happens again, save the diagnostics "
    "and send the file to OpenCX support.",
)
PREVIOUS_TITLE = QT_TRANSLATE_NOOP(
    "gui.crash_dialog", "The assistant closed unexpectedly last time"
)
PREVIOUS_TEXT = QT_TRANSLATE_NOOP(
    "gui.crash_dialog",
    "Your progress was saved and the setup continues where you left off. A report of what "
    "happened was kept: save the diagnostics to send it to OpenCX support.",
)
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
}


class CrashDialog(QDialog):
    """One unexpected error (or the last session's), with the ways forward."""

    save_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self, title: str, text: str, details: str, *, offer_quit: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("crashDialog")
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("crashHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel(details, self)
        self.details.setObjectName("crashDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # redacted, but never markup
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(bool(details))
        self.details.setAccessibleName(translate("gui.crash_dialog", "Details"))
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(translate("gui.crash_dialog", "Save diagnostics…"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button = QPushButton(
            translate("gui.crash_dialog", "Keep going")
            if offer_quit
            else translate("gui.crash_dialog", "Not now"),
            self,
        )
        self.keep_button.setDefault(True)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = QPushButton(translate("gui.crash_dialog", "Quit"), self)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.setVisible(offer_quit)
        self.save_button.clicked.connect(self.save_requested)
        self.keep_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self._quit)
        for widget in (heading, self.message, self.details):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        layout.setSpacing(10)
        layout.setContentsMargins(20, 18, 20, 16)
        # About 70 characters a line: the text reads as a paragraph, not a column.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _quit(self) -> None:
        self.quit_requested.emit()
        self.reject()


class CrashReporter(QObject):
    """Shows each recorded crash in `window`; safe to report from any thread."""

    # Carries a CrashReport; emitted from any thread, delivered on the GUI thread (queued).
    reported = Signal(object)

    def __init__(
        self,
        window: QWidget,
        recorder: CrashRecorder,
        *,
        quit_app: Callable[[], object],
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.recorder = recorder
        self.quit_app = quit_app
        self.tasks = tasks
        self.save: SaveDiagnostics | None = None  # set once the services are up
        self.dialog: CrashDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.saved: Path | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        recorder.on_report = self.reported.emit

    def install_qt_message_handler(self) -> None:
        qInstallMessageHandler(self._qt_message)

    def uninstall_qt_message_handler(self) -> None:
        qInstallMessageHandler(None)  # None restores Qt's own

    def uninstall(self) -> None:
        """A clean end: Qt's own handler back, the hooks restored, no "crashed" marker."""
        self.uninstall_qt_message_handler()
        self.recorder.stop()

    def offer_previous(self) -> None:
        """The next start's offer: the last session crashed; save its report for support."""
        self._open(PREVIOUS_TITLE.text(), PREVIOUS_TEXT.text(), "", offer_quit=False)

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            # Qt ends the process when this returns: record now (faulthandler adds the stack).
            self.recorder.record_message(CrashKind.QT, message, fatal=True)
            return
        where = f" ({context.category})" if context.category else ""
        log.log(_QT_LEVELS.get(kind, logging.WARNING), "Qt%s: %s", where, message)

    def _show(self, report: CrashReport) -> None:
        if report.fatal:
            return  # the process is ending; the next start offers the report
        if self.dialog is not None and self.dialog.isVisible():
            return  # one at a time: the first explains, the rest are in the log
        details = translate("gui.crash_dialog", "Details: %1").arg(report.summary)
        self._open(CRASH_TITLE.text(), CRASH_TEXT.text(), details, offer_quit=True)

    def _open(self, title: str, text: str, details: str, *, offer_quit: bool) -> None:
        dialog = CrashDialog(title, text, details, offer_quit=offer_quit, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_button.setEnabled(self.save is not None)
        dialog.save_requested.connect(self._choose_file)
        dialog.quit_requested.connect(self.quit_app)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _choose_file(self) -> None:
        from hubspot_setup.gui.pages.summary import default_bundle_name  # noqa: PLC0415

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chooser = QFileDialog(
            self.dialog or self.window,
            translate("gui.crash_dialog", "Save diagnostics for OpenCX support"),
        )
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(translate("gui.crash_dialog", "Diagnostics bundle (*.zip)"))
        chooser.setDefaultSuffix("zip")
        chooser.selectFile(str(Path(folder) / default_bundle_name()))
        chooser.fileSelected.connect(lambda name: self.save_to(Path(name)))
        chooser.finished.connect(chooser.deleteLater)
        self.file_dialog = chooser
        chooser.open()

    def save_to(self, destination: Path) -> None:
        """Write the bundle (off the GUI thread, through the services) and say where."""
        if self.save is None or self.tasks is None:
            return
        dialog = self.dialog
        if dialog is not None:
            dialog.save_button.setEnabled(False)

        def done(path: Path) -> None:
            self.saved = path
            if self.dialog is not None:
                self.dialog.message.setText(
                    translate(
                        "gui.crash_dialog",
                        "Saved as %1. It contains no passwords or keys; send it to OpenCX support.",
                    ).arg(path)
                )

        busy = translate("gui.crash_dialog", "Saving diagnostics…")
        self.tasks.run(self.save(destination), busy=busy, on_result=done)


def install_crash_reporting(window: SetupWizard) -> CrashReporter | None:
    """Every crash hook, writing into the log folder, shown in `window`; the last session's
    crash offered right away. None when the log folder cannot be written (the session says
    so in its notices)."""
    import asyncio  # noqa: PLC0415 (after the first paint, like everything async)

    from hubspot_setup.services.file_writes import LocalFileError  # noqa: PLC0415
    from hubspot_setup.services.logs import log_dir  # noqa: PLC0415

    recorder = CrashRecorder(log_dir())
    try:
        previous = recorder.start()
    except LocalFileError:
        return None
    reporter = CrashReporter(window, recorder, quit_app=window.close, tasks=window.tasks)
    reporter.install_qt_message_handler()
    asyncio.get_event_loop().set_exception_handler(recorder.asyncio_handler)
    if previous is not None:
        QTimer.singleShot(0, reporter.offer_previous)
    return reporter
