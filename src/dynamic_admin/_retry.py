"""When to retry a request and how long to wait: pure functions, no I/O, no clock."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import httpx

RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})

# Statuses that tell us a request was not acted upon, so even a write may be
# sent again: 429 rejects before processing and 503 means the service did not
# take the request (RFC 9110, section 15.6.4).
WRITE_SAFE_STATUSES: Final = frozenset({429, 503})

# RFC 9110, section 9.2.2.
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

# Failures after which the request may have reached the server: fine to repeat
# for idempotent methods only.
_TRANSIENT_ERRORS: Final = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)

# Failures before a connection carried any byte of the request: fine to repeat
# for any method.
_UNSENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to wait before sending a failed request again.

    Args:
        max_retries: Retries after the first attempt; 0 disables retrying.
        initial_delay: Upper bound in seconds of the first backoff sleep.
        max_delay: Cap in seconds on any single backoff sleep.
        max_retry_after: Longest ``Retry-After`` in seconds that is waited
            for; a longer one ends the call with the error at once.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        if min(self.initial_delay, self.max_delay, self.max_retry_after) < 0:
            raise ValueError("retry delays must be >= 0")

    def backoff(self, retry: int, jitter: float) -> float:
        """Return the sleep before retry number `retry` (1-based).

        Exponential backoff with full jitter: uniform between 0 and
        ``min(max_delay, initial_delay * 2 ** (retry - 1))``, so clients that
        failed together do not come back together.

        Args:
            retry: 1 for the first retry, 2 for the second, ...
            jitter: A number in [0, 1), normally ``random.random()``.
        """
        ceiling = min(self.max_delay, self.initial_delay * 2.0 ** (retry - 1))
        return ceiling * jitter


def is_retryable_status(method: str, status_code: int) -> bool:
    """Return True if a response with this status may be retried for `method`."""
    if status_code not in RETRYABLE_STATUSES:
        return False
    return method in IDEMPOTENT_METHODS or status_code in WRITE_SAFE_STATUSES


def is_retryable_error(method: str, error: BaseException) -> bool:
    """Return True if a request that failed with `error` may be sent again."""
    if isinstance(error, _UNSENT_ERRORS):
        return True
    return method in IDEMPOTENT_METHODS and isinstance(error, _TRANSIENT_ERRORS)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Return the wait a ``Retry-After`` header asks for, in seconds.

    Both forms of RFC 9110, section 10.2.3 are understood: delay-seconds and
    an HTTP-date (compared with `now`, a POSIX timestamp). Dates in the past
    give 0. Unparseable values give None, as if the header were absent.
    """
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # float() also reads "nan" and "inf", which are no delay at all.
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(when.timestamp() - now, 0.0)


def retry_delay(
    policy: RetryPolicy,
    *,
    method: str,
    attempt: int,
    status_code: int | None = None,
    error: BaseException | None = None,
    retry_after: float | None = None,
    jitter: float,
) -> float | None:
    """Decide whether to retry and return the sleep before it, or None to give up.

    Args:
        policy: The retry policy in force for this call.
        method: Upper-case HTTP method of the request.
        attempt: How many attempts have been made so far (1 after the first).
        status_code: Status of the failed response, when there was one.
        error: Transport error of the failed attempt, when there was no response.
        retry_after: Parsed ``Retry-After`` of the response, if any.
        jitter: A number in [0, 1) used for the backoff.
    """
    if attempt > policy.max_retries:
        return None
    if error is not None:
        retryable = is_retryable_error(method, error)
    else:
        retryable = status_code is not None and is_retryable_status(method, status_code)
    if not retryable:
        return None
    if retry_after is not None:
        return retry_after if retry_after <= policy.max_retry_after else None
    return policy.backoff(attempt, jitter)
