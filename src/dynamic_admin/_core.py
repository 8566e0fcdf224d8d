"""The request/retry loop, written once and free of I/O.

`attempts` is a generator that yields commands and receives their results:

* it yields an `httpx.Request`; the driver sends it and resumes the generator
  with the `httpx.Response`, or throws the `httpx.RequestError` into it;
* it yields a float; the driver sleeps that many seconds and resumes it.

It returns the parsed body or raises one of the errors in `_errors`. The sync
and async clients each drive it with a few lines that differ only at `await`,
so retry rules, error mapping and logging cannot drift apart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import httpx

from ._errors import (
    STATUS_ERRORS,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    ServerError,
)
from ._retry import RetryPolicy, parse_retry_after, retry_delay

T = TypeVar("T")

Command = httpx.Request | float
Attempts = Generator[Command, httpx.Response, T]

logger = logging.getLogger("dynamic_admin")

# Checked in this order; the first present one becomes `request_id`.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")

_BODY_EXCERPT = 2000


class OperationLike(Protocol):
    """What the core reads from `dynamic_admin_api.types.Operation`."""

    @property
    def id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...


@dataclass(frozen=True, slots=True, repr=False)
class Settings:
    """Per-client configuration the loop needs; shared by copies of a client.

    Attributes:
        base_url: API root without trailing slash.
        environment_id: Default environment, or None.
        headers: Headers every request needs, Authorization included.
        pool_has_headers: True when the `httpx` client is ours and already
            sends `headers`, so requests need not repeat them.
        extensions: `httpx` request extensions, i.e. the timeout.
        policy: Retry policy.
    """

    base_url: str
    environment_id: str | None
    headers: dict[str, str]
    pool_has_headers: bool
    extensions: dict[str, Any]
    policy: RetryPolicy

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, policy={self.policy!r})"


class _RequestBuilder(Protocol):
    def build_request(
        self,
        method: str,
        url: str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        extensions: Any = None,
    ) -> httpx.Request: ...


def build_request(
    http: _RequestBuilder, settings: Settings, request: Mapping[str, Any]
) -> httpx.Request:
    """Turn a generated request dict into an `httpx.Request` with auth and timeout.

    The URL is joined as a string, so percent-escapes in path parameters
    (``%2F``, ``%2E%2E``) reach the server untouched.
    """
    extra = request.get("headers")
    if extra:
        # Ours last: an operation header must never replace Authorization.
        headers: dict[str, str] | None = {**extra, **settings.headers}
    else:
        headers = None if settings.pool_has_headers else settings.headers
    return http.build_request(
        request["method"],
        settings.base_url + request["url"],
        params=request.get("params"),
        json=request.get("json"),
        content=request.get("content"),
        data=request.get("data"),
        files=request.get("files"),
        headers=headers,
        extensions=settings.extensions,
    )


def attempts(
    policy: RetryPolicy,
    operation: OperationLike,
    request: httpx.Request,
    parse: Callable[[httpx.Response], T],
    jitter: Callable[[], float],
    now: Callable[[], float],
) -> Attempts[T]:
    """Send `request` until it succeeds or the policy gives up; see module docstring."""
    debug = logger.isEnabledFor(logging.DEBUG)
    attempt = 0
    while True:
        attempt += 1
        try:
            response = yield request
        except httpx.RequestError as exc:
            if debug:
                _log_attempt(operation, request, type(exc).__name__, attempt)
            delay, cause = _after_error(
                policy, operation, request, exc, attempt, jitter
            )
        else:
            if debug:
                _log_attempt(operation, request, response.status_code, attempt)
            if 200 <= response.status_code < 300:
                return _parse(operation, parse, response)
            delay, cause = _after_status(
                policy, operation, request, response, attempt, jitter(), now()
            )
        logger.warning(
            "Retrying %s in %.2f s after %s (attempt %d of %d)",
            operation.id, delay, cause, attempt, policy.max_retries + 1,
        )  # fmt: skip
        yield delay


def _after_error(
    policy: RetryPolicy,
    operation: OperationLike,
    request: httpx.Request,
    exc: httpx.RequestError,
    attempt: int,
    jitter: Callable[[], float],
) -> tuple[float, str]:
    """Return the delay and cause of a retry after `exc`, or raise our error."""
    _redact(exc)
    delay = retry_delay(
        policy, method=request.method, attempt=attempt, error=exc, jitter=jitter()
    )
    if delay is None:
        raise _connection_error(exc, operation, request, attempt) from exc
    return delay, type(exc).__name__


def _after_status(
    policy: RetryPolicy,
    operation: OperationLike,
    request: httpx.Request,
    response: httpx.Response,
    attempt: int,
    jitter: float,
    now: float,
) -> tuple[float, str]:
    """Return the delay and cause of a retry after a non-2xx, or raise our error."""
    status = response.status_code
    retry_after = parse_retry_after(response.headers.get("retry-after"), now)
    delay = retry_delay(
        policy,
        method=request.method,
        attempt=attempt,
        status_code=status,
        retry_after=retry_after,
        jitter=jitter,
    )
    if delay is None:
        raise _status_error(operation, request, response, attempt, retry_after)
    return delay, f"{status} {response.reason_phrase}"


def _log_attempt(
    operation: OperationLike, request: httpx.Request, outcome: object, attempt: int
) -> None:
    logger.debug(
        "%s %s -> %s (%s, attempt %d)",
        request.method, request.url, outcome, operation.id, attempt,
    )  # fmt: skip


def _parse(
    operation: OperationLike,
    parse: Callable[[httpx.Response], T],
    response: httpx.Response,
) -> T:
    try:
        return parse(response)
    except KeyError as exc:
        field = str(exc.args[0]) if exc.args else None
        problem = f"required field {field!r} is missing"
        # The generated models' MissingFieldError (a KeyError) says where.
        path = getattr(exc, "path", None)
        if isinstance(path, str):
            problem += f" ({path})"
        cause: Exception = exc
    # AttributeError: generated models call `.get` on the decoded body, so
    # JSON of the wrong kind (an array, null, a string) fails that way.
    except (AttributeError, TypeError, ValueError) as exc:
        field = None
        problem = _describe_bad_body(response, exc)
        cause = exc
    raise APIResponseValidationError(
        f"{operation.id}: the {response.status_code} response from "
        f"{operation.method} {operation.path} does not match the schema: {problem}",
        operation=operation.id,
        status_code=response.status_code,
        field=field,
        body=response.text[:_BODY_EXCERPT],
        request_id=_request_id(response),
    ) from cause


def _describe_bad_body(response: httpx.Response, exc: Exception) -> str:
    if not response.content:
        return "the body is empty"
    content_type = response.headers.get("content-type", "")
    if content_type and "json" not in content_type:
        return f"expected JSON, got {content_type}"
    return f"{type(exc).__name__}: {exc}"


def _status_error(
    operation: OperationLike,
    request: httpx.Request,
    response: httpx.Response,
    attempt: int,
    retry_after: float | None,
) -> APIStatusError:
    status = response.status_code
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text[:_BODY_EXCERPT]
    error = code = None
    if isinstance(body, dict):
        error = _str_or_none(body.get("error") or body.get("message"))
        code = _str_or_none(body.get("code"))
    cls = STATUS_ERRORS.get(status)
    if cls is None:
        cls = ServerError if 500 <= status < 600 else APIStatusError
    exc = cls(
        status_code=status,
        reason=response.reason_phrase,
        error=error,
        code=code,
        body=body,
        request_id=_request_id(response),
        method=request.method,
        url=str(request.url),
        path=operation.path,
        operation=operation.id,
        attempts=attempt,
    )
    if isinstance(exc, RateLimitError):
        exc.retry_after = retry_after
    return exc


def _connection_error(
    exc: httpx.RequestError,
    operation: OperationLike,
    request: httpx.Request,
    attempt: int,
) -> APIConnectionError:
    timed_out = isinstance(exc, httpx.TimeoutException)
    cls = APITimeoutError if timed_out else APIConnectionError
    what = "timed out" if timed_out else "failed"
    detail = str(exc) or type(exc).__name__
    return cls(
        f"{request.method} {operation.path} ({operation.id}) {what} after "
        f"{attempt} attempt{'s' if attempt > 1 else ''}: {detail}",
        method=request.method,
        url=str(request.url),
        operation=operation.id,
        attempts=attempt,
    )


def _redact(exc: httpx.RequestError) -> None:
    # The httpx error becomes our error's __cause__; its request carries the
    # Authorization header, so swap in a copy without headers.
    # The public getter raises when no request is attached, hence _request.
    request = exc._request
    if request is not None:
        exc.request = httpx.Request(request.method, request.url)


def _request_id(response: httpx.Response) -> str | None:
    headers = response.headers
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
