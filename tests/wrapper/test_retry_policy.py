"""The retry decision and delays as pure functions: no I/O, no sleeping."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from dynamic_admin._retry import (
    RetryPolicy,
    is_retryable_error,
    is_retryable_status,
    parse_retry_after,
    retry_delay,
)

NOW = 1_750_000_000.0


@pytest.mark.parametrize(
    ("retry", "jitter", "expected"),
    [(1, 0.0, 0.0), (1, 0.5, 0.25), (2, 0.5, 0.5), (3, 1.0, 2.0), (10, 1.0, 8.0)],
)
def test_backoff_is_exponential_with_full_jitter_and_a_cap(
    retry: int, jitter: float, expected: float
) -> None:
    """The sleep is jitter times min(max_delay, initial_delay * 2**(retry-1))."""
    assert RetryPolicy().backoff(retry, jitter) == pytest.approx(expected)


def test_policy_is_immutable_and_validated() -> None:
    """A policy cannot be changed in place and refuses negative values."""
    policy = RetryPolicy()

    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_retries = 5  # type: ignore[misc]
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])
def test_idempotent_methods_retry_transient_statuses(method: str, status: int) -> None:
    """Idempotent methods retry 408, 429 and the transient 5xx statuses."""
    assert is_retryable_status(method, status)


@pytest.mark.parametrize(
    ("status", "retryable"),
    [(429, True), (503, True), (408, False), (500, False), (502, False), (504, False)],
)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_writes_retry_only_statuses_that_prove_nothing_happened(
    method: str, status: int, retryable: bool
) -> None:
    """POST and PATCH retry 429 and 503 only."""
    assert is_retryable_status(method, status) is retryable


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_other_statuses_are_never_retried(status: int) -> None:
    """Other 4xx statuses and 501 are final for every method."""
    assert not is_retryable_status("GET", status)


@pytest.mark.parametrize(
    ("method", "error", "retryable"),
    [
        ("POST", httpx.ConnectError("refused"), True),
        ("POST", httpx.ConnectTimeout("slow"), True),
        ("PATCH", httpx.PoolTimeout("busy"), True),
        ("POST", httpx.ReadTimeout("slow"), False),
        ("POST", httpx.ReadError("reset"), False),
        ("POST", httpx.RemoteProtocolError("closed"), False),
        ("GET", httpx.ReadTimeout("slow"), True),
        ("DELETE", httpx.ReadError("reset"), True),
        ("PUT", httpx.RemoteProtocolError("closed"), True),
        ("GET", httpx.LocalProtocolError("bad"), False),
        ("GET", httpx.UnsupportedProtocol("gopher"), False),
    ],
)
def test_transport_errors_retry_only_when_safe(
    method: str, error: Exception, retryable: bool
) -> None:
    """Writes retry only when the connection was never made; reads on any transient."""
    assert is_retryable_error(method, error) is retryable


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("1", 1.0),
        ("0", 0.0),
        ("2.5", 2.5),
        ("-3", 0.0),
        ("Sun, 15 Jun 2025 15:06:50 GMT", 10.0),
        ("Sun, 15 Jun 2025 12:20:00 GMT", 0.0),
        ("soon", None),
        ("nan", None),
        ("inf", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_accepts_seconds_and_http_dates(
    header: str | None, expected: float | None
) -> None:
    """Retry-After is read as delay-seconds or as an HTTP-date relative to now."""
    assert parse_retry_after(header, NOW) == expected


def test_delay_uses_backoff_until_retries_run_out() -> None:
    """Each allowed retry gets a backoff delay; past max_retries the answer is None."""
    policy = RetryPolicy(max_retries=2)

    delays = [
        retry_delay(policy, method="GET", attempt=n, status_code=503, jitter=1.0)
        for n in (1, 2, 3)
    ]

    assert delays == [0.5, 1.0, None]


def test_delay_honours_retry_after_up_to_the_cap() -> None:
    """A Retry-After within max_retry_after is the delay; a longer one gives up."""
    policy = RetryPolicy(max_retry_after=60.0)

    def delay(seconds: float) -> float | None:
        return retry_delay(
            policy,
            method="POST",
            attempt=1,
            status_code=429,
            retry_after=seconds,
            jitter=0.5,
        )

    assert delay(1.0) == 1.0
    assert delay(60.0) == 60.0
    assert delay(3600.0) is None


def test_no_retry_when_disabled() -> None:
    """max_retries=0 never retries, whatever the failure."""
    policy = RetryPolicy(max_retries=0)

    assert (
        retry_delay(
            policy, method="GET", attempt=1, error=httpx.ConnectError("x"), jitter=0
        )
        is None
    )
