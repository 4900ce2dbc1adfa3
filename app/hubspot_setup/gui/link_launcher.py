"""Links in the window open through the app's own browser launcher (services.browser).

The launcher honours `BROWSER` and WSL, which Qt's own `QDesktopServices.openUrl` does not.
While the window is open, http and https addresses given to `QDesktopServices` (labels with
links, `openExternalLinks`) are routed here as well. When no browser could be opened, the
`failed` signal carries the address, so the window can say so and offer to copy it.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)

_SCHEMES = ("http", "https")


class LinkLauncher(QObject):
    """`open(url)` hands `url` to the admin's browser; `failed(url)` when that did not work."""

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routing = False

    def open(self, url: str) -> None:
        # Imported on first use: not needed for the first paint.
        from hubspot_setup.services.browser import open_browser  # noqa: PLC0415

        try:
            handed_over = open_browser(url, fallback=self._open_with_system_default)
        except Exception:  # a broken browser setup must not take the window down
            log.exception("opening a link failed")
            handed_over = False
        if not handed_over:
            self.failed.emit(url)

    def _open_with_system_default(self, url: str) -> None:
        """Python's webbrowser can wait for the browser: off the GUI thread. A signal
        emitted from that thread reaches the window through Qt's queued connection."""

        def run() -> None:
            import webbrowser  # noqa: PLC0415 (with subprocess: 11 ms kept out of the first paint)

            try:
                opened = webbrowser.open(url)
            except Exception:
                log.exception("the system browser could not be started")
                opened = False
            if not opened:
                self.failed.emit(url)

        threading.Thread(target=run, name="open-link", daemon=True).start()

    # -- QDesktopServices routing -----------------------------------------------------

    def route_desktop_links(self) -> None:
        """Send http(s) links opened through QDesktopServices to `open` (until `unroute`)."""
        if self._routing:
            return
        for scheme in _SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "open_qurl")  # type: ignore[arg-type]
        self._routing = True

    def unroute_desktop_links(self) -> None:
        if not self._routing:
            return
        for scheme in _SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        self._routing = False

    @Slot(QUrl)
    def open_qurl(self, url: QUrl) -> None:
        self.open(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
