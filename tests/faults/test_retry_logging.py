"""Retry logging: one WARNING per scheduled retry, and never the token."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from dynamic_admin import RateLimitError, ServerError

from .support import GET, POST, Client, Endpoint, assert_no_token, call, status


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.name == "dynamic_admin" and r.levelno == logging.WARNING
    ]


async def test_one_warning_per_scheduled_retry(
    client: Client, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """Two retries log two WARNINGs naming the operation, cause and attempt."""
    caplog.set_level(logging.WARNING, logger="dynamic_admin")
    GET.route(router).side_effect = [
        status(503),
        httpx.ConnectError("refused"),
        GET.success(),
    ]

    await call(client, GET.call)

    messages = [r.getMessage() for r in _warnings(caplog)]
    assert messages == [
        "Retrying getUser in 0.25 s after 503 Service Unavailable (attempt 1 of 3)",
        "Retrying getUser in 0.50 s after ConnectError (attempt 2 of 3)",
    ]


async def test_the_final_failure_logs_no_retry_warning(
    client: Client, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """Exhausted retries log a WARNING per retry and none for the last attempt."""
    caplog.set_level(logging.WARNING, logger="dynamic_admin")
    GET.route(router).mock(return_value=status(500))

    with pytest.raises(ServerError):
        await call(client, GET.call)

    assert [r.getMessage() for r in _warnings(caplog)] == [
        "Retrying getUser in 0.25 s after 500 Internal Server Error (attempt 1 of 3)",
        "Retrying getUser in 0.50 s after 500 Internal Server Error (attempt 2 of 3)",
    ]


@pytest.mark.parametrize(
    ("endpoint", "code", "retry_after", "error"),
    [(POST, 500, None, ServerError), (GET, 429, "600", RateLimitError)],
    ids=["post-500", "retry-after-over-cap"],
)
async def test_an_unretried_failure_logs_no_warning(
    client: Client,
    router: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
    endpoint: Endpoint,
    code: int,
    retry_after: str | None,
    error: type[Exception],
) -> None:
    """A failure that is not retried logs no WARNING at all."""
    caplog.set_level(logging.WARNING, logger="dynamic_admin")
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    endpoint.route(router).mock(return_value=status(code, **headers))

    with pytest.raises(error):
        await call(client, endpoint.call)

    assert _warnings(caplog) == []


async def test_no_record_holds_the_token(
    client: Client, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """No log record of any logger, at any level, carries the API token."""
    caplog.set_level(logging.DEBUG)
    GET.route(router).side_effect = [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("timed out"),
        status(429, **{"Retry-After": "1"}),
        status(503),
    ]

    with pytest.raises(ServerError) as info:
        await call(client.with_options(max_retries=3), GET.call)

    assert len(_warnings(caplog)) == 3
    for record in caplog.records:
        assert_no_token(record.getMessage())
        assert_no_token(repr(vars(record)))
    assert_no_token(caplog.text + repr(info.value) + str(info.value))
