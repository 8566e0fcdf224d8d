"""The API token never shows up in reprs, logs, errors or URLs."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import respx

from dynamic_admin import (
    APIConnectionError,
    DynamicClient,
    DynamicError,
    UnauthorizedError,
)

from .helpers import (
    ENV,
    GET_USER,
    TOKEN,
    FakeClock,
    get_user_request,
    install_clock,
    parse_user,
)

SECRET = TOKEN[len("dyn_") :]


def reachable_text(obj: Any, depth: int = 0, seen: set[int] | None = None) -> str:
    """Return the reprs of `obj` and of everything reachable from its attributes."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth > 6:
        return ""
    seen.add(id(obj))
    parts = [repr(obj), str(obj)]
    if isinstance(obj, httpx.Request):
        parts.extend(value for _, value in obj.headers.multi_items())
    if isinstance(obj, BaseException):
        parts.append(repr(obj.args))
        links = (obj.__cause__, obj.__context__)
        parts.extend(reachable_text(e, depth + 1, seen) for e in links if e)
    children = getattr(obj, "__dict__", {})
    for value in children.values():
        if isinstance(value, (str, int, float, type(None))):
            parts.append(repr(value))
        elif not isinstance(value, (httpx.Client, httpx.AsyncClient)):
            parts.append(reachable_text(value, depth + 1, seen))
    return "\n".join(parts)


@pytest.fixture
def everything_at_debug(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Capture every logger, httpx and httpcore included, at DEBUG."""
    names = ("httpx", "httpcore", "dynamic_admin")
    levels = {name: logging.getLogger(name).level for name in names}
    caplog.set_level(logging.DEBUG)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def assert_no_token(text: str) -> None:
    assert SECRET not in text
    assert TOKEN not in text


def log_text(caplog: pytest.LogCaptureFixture) -> str:
    records = caplog.records
    return caplog.text + "".join(
        f"{r.getMessage()}{r.args!r}{r.__dict__!r}" for r in records
    )


@pytest.mark.usefixtures("everything_at_debug")
def test_token_is_absent_from_repr_logs_and_errors_with_respx(
    client: DynamicClient,
    router: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Across a retried, failing call nothing observable contains the token."""
    router.get("/environments/env-1/users/u1").mock(
        side_effect=[
            httpx.ReadTimeout("slow"),
            httpx.Response(
                401, json={"error": "invalid token", "code": "unauthorized"}
            ),
        ]
    )
    router.get("/environments/env-1/users/u2").mock(
        side_effect=httpx.ConnectError("refused")
    )

    with pytest.raises(UnauthorizedError) as unauthorized:
        client._transport.request(GET_USER, get_user_request("u1"), parse_user)
    with pytest.raises(APIConnectionError) as refused:
        client._transport.request(GET_USER, get_user_request("u2"), parse_user)

    assert caplog.records, "DEBUG logging should have produced records"
    assert_no_token(log_text(caplog))
    assert_no_token(reachable_text(unauthorized.value))
    assert_no_token(reachable_text(refused.value))
    assert_no_token(repr(client) + repr(client._transport))
    assert_no_token(repr(client.with_options(max_retries=0)))
    assert unauthorized.value.url.startswith("https://app.dynamicauth.com/")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"error": "bad token", "code": "unauthorized"}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 that answers every GET with 401."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/api/v0"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.usefixtures("everything_at_debug")
def test_token_is_absent_from_httpcore_debug_logs_on_a_real_socket(
    local_server: str, caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    """Through a real connection, httpx and httpcore DEBUG logs carry no token."""
    with DynamicClient(TOKEN, environment_id=ENV, base_url=local_server) as client:
        install_clock(client, clock)
        with pytest.raises(UnauthorizedError) as info:
            client._transport.request(GET_USER, get_user_request("u1"), parse_user)

    assert any(r.name.startswith("httpcore") for r in caplog.records)
    assert_no_token(log_text(caplog))
    assert_no_token(reachable_text(info.value))


@pytest.mark.usefixtures("everything_at_debug")
def test_token_is_absent_after_a_refused_connection(
    caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    """A real refused connection, retried and raised, leaks no token anywhere."""
    with DynamicClient(
        TOKEN, environment_id=ENV, base_url="http://127.0.0.1:9/api/v0"
    ) as client:
        install_clock(client, clock)
        with pytest.raises(DynamicError) as info:
            client._transport.request(GET_USER, get_user_request("u1"), parse_user)

    assert isinstance(info.value, APIConnectionError)
    assert info.value.attempts == 3
    assert_no_token(log_text(caplog))
    assert_no_token(reachable_text(info.value))
