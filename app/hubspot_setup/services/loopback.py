"""The loopback listener of one browser attempt (RFC 8252 section 7.3).

It listens on 127.0.0.1 and, when this computer has IPv6, on ::1 with the same random port,
never on any other interface. It is opened for one attempt and closed as soon as that attempt
ends. It runs on plain asyncio streams, so it works under `asyncio.run` and under qasync's Qt
loop alike.

Every connection is served on its own, with a deadline for the whole request and size limits,
so an idle socket (Safari opens them ahead of time) or a slow trickle cannot hold up the real
callback. When every place is taken, the oldest connection still waiting for its request
(one that sent nothing first) is dropped to make room, rather than the new one refused: a
local program holding connections open cannot keep the browser's callback out. The rules for
what a request means live in `loopback_http`.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from hubspot_setup.flow.problems import (
    ProblemError,
    cannot_receive_browser_answer,
    invalid_input,
)
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate
from hubspot_setup.services.logs import remember_secret
from hubspot_setup.services.loopback_http import (
    MAX_REQUEST_LINE,
    Answer,
    Arrived,
    HttpRequest,
    Incomplete,
    KeepWaiting,
    Rejected,
    judge,
    parse_request,
)
from hubspot_setup.services.result_page import ResultPage, Tone, http_response, load_template

logger = logging.getLogger(__name__)

DEFAULT_PORT_TRIES = (0,) * 8  # 0: let the OS pick a free port; retry when ::1 has it taken
_PORT_TAKEN = {errno.EADDRINUSE, errno.EACCES, 10013, 10048}  # 100xx: Windows' WSA codes
_READ_CHUNK = 4096
_WRITE_TIMEOUT_S = 5.0
# After refusing a request the client may still be sending: read and drop its bytes this long
# so that closing does not reset the connection before the browser has read the refusal.
_LINGER_S = 1.0
PASTED_FIELD = "pasted_address"
_SECRET_PARAMS = ("code", "result", "state")  # what a callback carries that is a secret


_WRONG_PLACE = QT_TRANSLATE_NOOP("services.loopback", "Nothing here")
_NOT_SIGN_IN = QT_TRANSLATE_NOOP("services.loopback", "This address is not part of the sign-in.")
_WENT_WRONG = QT_TRANSLATE_NOOP("services.loopback", "Something went wrong")
_TOO_MUCH = QT_TRANSLATE_NOOP("services.loopback", "The browser sent more than expected.")
_UNKNOWN_FORM = QT_TRANSLATE_NOOP(
    "services.loopback", "The browser sent the answer in an unknown form."
)
# Title, message and fix of each page, translated when a page is made (`answer_page`).
_ANSWER_PAGES: Mapping[int, tuple[Phrase, ...]] = {
    400: (
        QT_TRANSLATE_NOOP("services.loopback", "This link has expired"),
        QT_TRANSLATE_NOOP(
            "services.loopback",
            "This page belongs to an earlier or different attempt, so it was not used.",
        ),
        QT_TRANSLATE_NOOP(
            "services.loopback",
            "Go back to the app and finish in the newest browser tab it opened.",
        ),
    ),
    404: (_WRONG_PLACE, _NOT_SIGN_IN),
    405: (_WRONG_PLACE, _NOT_SIGN_IN),
    408: (
        QT_TRANSLATE_NOOP("services.loopback", "This took too long"),
        QT_TRANSLATE_NOOP("services.loopback", "The browser did not finish sending the page."),
    ),
    411: (
        _WENT_WRONG,
        QT_TRANSLATE_NOOP("services.loopback", "The browser sent an incomplete page."),
    ),
    413: (_WENT_WRONG, _TOO_MUCH),
    414: (_WENT_WRONG, QT_TRANSLATE_NOOP("services.loopback", "The address was too long.")),
    415: (_WENT_WRONG, _UNKNOWN_FORM),
    421: (_WRONG_PLACE, _NOT_SIGN_IN),
    431: (_WENT_WRONG, _TOO_MUCH),
    501: (_WENT_WRONG, _UNKNOWN_FORM),
    505: (
        _WENT_WRONG,
        QT_TRANSLATE_NOOP("services.loopback", "The browser spoke an unknown protocol version."),
    ),
}


def answer_page(status: int) -> ResultPage:
    """The page for a request that does not end the wait, in the admin's language."""
    return ResultPage(*(phrase.text() for phrase in _ANSWER_PAGES[status]))


def stopped_page() -> ResultPage:
    return ResultPage(
        translate("services.loopback", "This attempt was stopped"),
        translate("services.loopback", "The assistant is no longer waiting for this page."),
        translate("services.loopback", "Return to the app to start again."),
    )


def nothing_waiting() -> str:
    return translate(
        "services.loopback",
        "Nothing is waiting for an address right now. Start the sign-in or connect again.",
    )


def answer_bytes(status: int, *, head_only: bool = False) -> bytes:
    """The complete response for a request that does not end the wait (made each time, about
    10 µs, so it is always in the language of the translator in use)."""
    extra = (("Allow", "GET, POST"),) if status == 405 else ()
    tone = Tone.PROBLEM if status in (400, 408) else Tone.NEUTRAL
    return http_response(
        status, answer_page(status), tone, head_only=head_only, extra_headers=extra
    )


@dataclass
class _Reading:
    """A connection still waiting for its request."""

    writer: asyncio.StreamWriter
    got_bytes: bool = False


@dataclass
class ArrivedCallback:
    """The callback of the waiting attempt; the browser tab that sent it waits for its page."""

    params: Mapping[str, str]
    arrived_at: float  # time.perf_counter() when its first byte was read
    via_paste: bool = False
    _reply: asyncio.Future[bytes] | None = field(default=None, repr=False)
    _sent: asyncio.Future[float | None] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # The code, state and install result are secrets from the moment they arrive.
        remember_secret(*(self.params.get(key) for key in _SECRET_PARAMS))

    def __repr__(self) -> str:  # params carry the code and state: keep them out of logs
        return f"ArrivedCallback(keys={sorted(self.params)}, via_paste={self.via_paste})"

    @property
    def answered(self) -> bool:
        return self._reply is None or self._reply.done()

    async def answer(self, response: bytes) -> float | None:
        """Send `response` to the waiting tab; perf_counter() once written, None if not sent."""
        if self._reply is None or self._sent is None:
            return None  # pasted: there is no browser tab to answer
        if not self._reply.done():
            self._reply.set_result(response)
        try:
            return await asyncio.wait_for(asyncio.shield(self._sent), _WRITE_TIMEOUT_S + 1)
        except TimeoutError:
            return None


class LoopbackListener:
    """Listens for one attempt's callback; see the module docstring for the rules."""

    def __init__(
        self,
        state: str,
        *,
        callback_path: str = "/callback",
        read_timeout_s: float = 10.0,
        max_connections: int = 64,
    ) -> None:
        self._state: str | None = state  # None once used: a state is good for one callback
        self._callback_path = callback_path
        self._read_timeout_s = read_timeout_s
        self._max_connections = max_connections
        self._servers: list[asyncio.Server] = []
        self._handlers: set[asyncio.Task[None]] = set()
        # Connections still waiting for their request, oldest first.
        self._reading: dict[asyncio.Task[None], _Reading] = {}
        self._dropping: set[asyncio.Task[None]] = set()  # dropped, not yet wound down
        self.dropped_idle = 0
        self._arrived: asyncio.Future[ArrivedCallback] | None = None
        self._allowed_hosts: frozenset[str] = frozenset()
        self._pending: ArrivedCallback | None = None
        self.port = 0
        self.ipv6 = False
        self.stale_results = 0  # results that came with a wrong state (an older tab)

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self._callback_path}"

    async def start(self, ports: Sequence[int] = DEFAULT_PORT_TRIES) -> None:
        load_template()  # a broken installation fails here, not when the browser comes back
        self._arrived = asyncio.get_running_loop().create_future()
        sockets = _bind_loopback(ports)
        try:
            for sock in sockets:
                self._servers.append(await asyncio.start_server(self._serve, sock=sock))
        except BaseException:
            for sock in sockets:
                sock.close()
            raise
        self.port = sockets[0].getsockname()[1]
        self.ipv6 = len(sockets) > 1
        self._allowed_hosts = frozenset(
            f"{host}:{self.port}" for host in ("127.0.0.1", "[::1]", "localhost")
        )
        logger.info("listening for the browser on loopback port %d", self.port)

    async def wait(self) -> ArrivedCallback:
        """Wait until the callback with this attempt's state arrives (or is pasted)."""
        if self._arrived is None:
            raise RuntimeError("start() the listener first")
        return await asyncio.shield(self._arrived)

    def stop_accepting(self) -> None:
        for server in self._servers:
            server.close()

    async def aclose(self) -> None:
        """Close everything at once; a tab still waiting for its page is told to go back."""
        self._state = None
        self.stop_accepting()
        if self._pending is not None and not self._pending.answered:
            await self._pending.answer(http_response(200, stopped_page(), Tone.NEUTRAL))
        handlers = set(self._handlers)
        # Connections still waiting for a request end on their own once closed; cancelling
        # them would have Python 3.11's stream server log each one as an error.
        for reading in self._reading.values():
            reading.writer.close()
        for task in handlers - self._reading.keys():
            task.cancel()
        if handlers:
            await asyncio.gather(*handlers, return_exceptions=True)
        for server in self._servers:
            await server.wait_closed()
        if self._arrived is not None and not self._arrived.done():
            self._arrived.cancel()
        logger.info("stopped listening for the browser")

    def offer_pasted(self, address: str) -> None:
        """Take the final address the admin pasted, through the same checks as a request."""
        if self._arrived is None or self._arrived.done() or self._state is None:
            raise invalid_input(PASTED_FIELD, nothing_waiting())
        text = address.strip()
        try:
            parts = urlsplit(text)
        except ValueError:
            parts = None
        if (
            parts is None
            or len(text) > MAX_REQUEST_LINE
            or parts.scheme not in ("http", "https")
            or not parts.netloc
        ):
            raise invalid_input(
                PASTED_FIELD,
                translate(
                    "services.loopback",
                    "Paste the whole address from the browser's address bar (it starts with http).",
                ),
            )
        request = HttpRequest("GET", parts.path, parts.query, "HTTP/1.1", {})
        verdict = judge(
            request,
            callback_path=self._callback_path,
            expected_state=self._state,
            allowed_hosts=None,
        )
        if isinstance(verdict, KeepWaiting):
            if verdict.answer is Answer.STALE:
                raise invalid_input(
                    PASTED_FIELD,
                    translate(
                        "services.loopback",
                        "That address belongs to an earlier or different attempt. "
                        "Paste the address of the newest browser tab.",
                    ),
                )
            raise invalid_input(
                PASTED_FIELD,
                translate(
                    "services.loopback",
                    "That is not the address of the last page. Copy the address of the page "
                    "the browser ended on (it starts with %1).",
                ).arg("http://127.0.0.1"),
            )
        self._accept(ArrivedCallback(verdict.params, time.perf_counter(), via_paste=True))
        logger.info("the final address was pasted and matched this attempt")

    def _accept(self, callback: ArrivedCallback) -> None:
        self._state = None  # discard after first use (RFC 9700 section 4.2.4)
        self.stop_accepting()
        if self._arrived is not None and not self._arrived.done():
            self._arrived.set_result(callback)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        try:
            if self._has_room():
                await self._handle(reader, writer)
        except (ConnectionError, TimeoutError):
            pass  # the other side went away or stopped reading: nothing to answer
        finally:
            if task is not None:
                self._handlers.discard(task)
                self._reading.pop(task, None)
                self._dropping.discard(task)
            writer.close()

    def _has_room(self) -> bool:
        """Room for one more connection, made by dropping the oldest idle one if need be;
        False only when every other connection is busy with a whole request."""
        if len(self._handlers) - len(self._dropping) <= self._max_connections:
            return True
        silent = [task for task, reading in self._reading.items() if not reading.got_bytes]
        oldest = silent[0] if silent else next(iter(self._reading), None)
        if oldest is None:
            return False
        # Closed under it, its read ends as if the other side had gone: no cancellation.
        self._reading.pop(oldest).writer.close()
        self._dropping.add(oldest)
        if self.dropped_idle == 0:
            logger.info(
                "all %d connections were taken: dropping the oldest idle ones",
                self._max_connections,
            )
        self.dropped_idle += 1
        return True

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        buffer = bytearray()
        arrived_at = 0.0
        parsed: HttpRequest | Incomplete | Rejected
        task = asyncio.current_task()
        reading = _Reading(writer)
        if task is not None:
            self._reading[task] = reading
        try:
            async with asyncio.timeout(self._read_timeout_s):
                while True:
                    chunk = await reader.read(_READ_CHUNK)
                    if not chunk:
                        return  # closed before sending a whole request
                    if not buffer:
                        arrived_at = time.perf_counter()
                        reading.got_bytes = True
                    buffer += chunk
                    parsed = parse_request(bytes(buffer))
                    if not isinstance(parsed, Incomplete):
                        break
        except TimeoutError:
            if buffer:  # a partial request; an idle socket (a browser's preconnect) gets nothing
                await _refuse(reader, writer, answer_bytes(408))
            return
        finally:
            if task is not None:
                self._reading.pop(task, None)  # a whole request is never dropped for room
        if isinstance(parsed, Rejected):
            logger.info("refused a malformed request (%s): %d", parsed.reason, parsed.status)
            await _refuse(reader, writer, answer_bytes(parsed.status))
            return
        verdict = judge(
            parsed,
            callback_path=self._callback_path,
            expected_state=self._state,
            allowed_hosts=self._allowed_hosts,
        )
        if isinstance(verdict, KeepWaiting):
            status = verdict.answer.value
            if verdict.carried_result:
                self.stale_results += 1
            logger.info("answered %s %.60r with %d", parsed.method, parsed.path, status)
            await _send(writer, answer_bytes(status, head_only=parsed.method == "HEAD"))
            return
        await self._answer_callback(writer, verdict, arrived_at)

    async def _answer_callback(
        self, writer: asyncio.StreamWriter, verdict: Arrived, arrived_at: float
    ) -> None:
        loop = asyncio.get_running_loop()
        reply: asyncio.Future[bytes] = loop.create_future()
        sent: asyncio.Future[float | None] = loop.create_future()
        self._pending = ArrivedCallback(verdict.params, arrived_at, False, reply, sent)
        logger.info("the browser brought the answer for this attempt")
        self._accept(self._pending)
        try:
            await _send(writer, await reply)
            sent.set_result(time.perf_counter())
        finally:
            if not sent.done():
                sent.set_result(None)


async def _send(writer: asyncio.StreamWriter, response: bytes) -> None:
    writer.write(response)
    async with asyncio.timeout(_WRITE_TIMEOUT_S):
        await writer.drain()


async def _refuse(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, response: bytes
) -> None:
    """Answer a request that was not read to its end, then close without a reset.

    Closing a socket with unread bytes makes the kernel send a reset, which can reach the
    browser before the answer does ("connection reset" instead of the page). So: answer,
    say we are done sending, and drop whatever still arrives for a moment (a lingering
    close, as Apache and nginx do)."""
    await _send(writer, response)
    if not writer.can_write_eof():
        return
    try:
        writer.write_eof()
    except OSError:
        return  # the other side has already gone: nothing left to protect
    try:
        async with asyncio.timeout(_LINGER_S):
            while await reader.read(_READ_CHUNK):
                pass
    except TimeoutError:
        pass  # still sending after a second: close anyway, the answer has had its chance


def _listening_socket(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        # No SO_REUSEADDR: a second program must not be able to share this port.
        if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind((host, port))
        sock.listen(32)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def _bind_loopback(ports: Sequence[int]) -> list[socket.socket]:
    """127.0.0.1 and, when possible, ::1 on one port; the next candidate when it is taken."""
    failure: OSError | None = None
    for candidate in ports:
        try:
            v4 = _listening_socket(socket.AF_INET, "127.0.0.1", candidate)
        except OSError as error:
            if error.errno not in _PORT_TAKEN:
                raise _cannot_listen(error) from error
            failure = error
            continue
        port = v4.getsockname()[1]
        if not socket.has_ipv6:
            return [v4]
        try:
            v6 = _listening_socket(socket.AF_INET6, "::1", port)
        except OSError as error:
            if error.errno in _PORT_TAKEN:  # another program has this port on ::1
                v4.close()
                failure = error
                continue
            logger.info("no IPv6 loopback here (%s); listening on 127.0.0.1 only", error)
            return [v4]
        return [v4, v6]
    raise _cannot_listen(failure)


def _cannot_listen(error: OSError | None) -> ProblemError:
    return ProblemError(cannot_receive_browser_answer(getattr(error, "errno", None)))
