"""Exceptions raised by the Dynamic Admin API client.

Every exception the client raises on purpose derives from `DynamicError`::

    DynamicError
    ├── ConfigurationError (also ValueError)
    │   ├── InvalidTokenError
    │   └── MissingEnvironmentIdError
    ├── APIConnectionError            request failed before a response arrived
    │   └── APITimeoutError
    ├── APIResponseValidationError    2xx response whose body does not parse
    └── APIStatusError                any non-2xx response
        ├── BadRequestError           400
        ├── UnauthorizedError         401
        ├── ForbiddenError            403
        ├── NotFoundError             404
        ├── ConflictError             409
        ├── UnprocessableEntityError  422
        ├── RateLimitError            429
        └── ServerError               5xx

None of them holds the API token, the raw `httpx.Request` (whose headers carry
it) or the `httpx.Response` (which points back at that request).
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DynamicError",
    "ForbiddenError",
    "InvalidTokenError",
    "MissingEnvironmentIdError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]


class DynamicError(Exception):
    """Base class of every error raised by this package."""


class ConfigurationError(DynamicError, ValueError):
    """The client was configured with a value it cannot work with."""


class InvalidTokenError(ConfigurationError):
    """The API token is missing or malformed; raised before any request is sent."""


class MissingEnvironmentIdError(ConfigurationError):
    """No environment id was passed to the call and the client has no default."""


class APIConnectionError(DynamicError):
    """The request failed before a response arrived (DNS, connect, read, ...).

    Attributes:
        method: HTTP method of the request.
        url: Full request URL.
        operation: operationId of the endpoint, e.g. ``"getUser"``.
        attempts: Number of attempts made, retries included.
    """

    def __init__(
        self, message: str, *, method: str, url: str, operation: str, attempts: int
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.operation = operation
        self.attempts = attempts


class APITimeoutError(APIConnectionError):
    """The request timed out: connecting, writing, reading or waiting for the pool."""


class APIResponseValidationError(DynamicError):
    """A 2xx response whose body does not match the operation's schema.

    Attributes:
        operation: operationId of the endpoint.
        status_code: HTTP status of the response.
        field: The missing required field, when that is the problem.
        body: The response text, cut to 2000 characters.
        request_id: Request id from the response headers, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        status_code: int,
        field: str | None,
        body: str,
        request_id: str | None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.field = field
        self.body = body
        self.request_id = request_id


class APIStatusError(DynamicError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: HTTP status, e.g. 404.
        error: Dynamic's error message (the ``error`` member of the body), if any.
        code: Dynamic's machine-readable error code, if any.
        body: Decoded JSON body, or the text when it is not JSON.
        request_id: Request id from the response headers, if any.
        method: HTTP method of the request.
        url: Full request URL.
        operation: operationId of the endpoint.
        attempts: Number of attempts made, retries included.
    """

    def __init__(
        self,
        *,
        status_code: int,
        reason: str,
        error: str | None,
        code: str | None,
        body: Any,
        request_id: str | None,
        method: str,
        url: str,
        path: str,
        operation: str,
        attempts: int,
    ) -> None:
        message = f"{status_code} {reason} on {method} {path}"
        if error:
            message += f": {error}"
        if code:
            message += f" (code: {code})"
        super().__init__(message)
        self.status_code = status_code
        self.error = error
        self.code = code
        self.body = body
        self.request_id = request_id
        self.method = method
        self.url = url
        self.operation = operation
        self.attempts = attempts


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class UnauthorizedError(APIStatusError):
    """401: the token is unknown, expired or revoked."""


class ForbiddenError(APIStatusError):
    """403: the token may not act on this environment or resource."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state, e.g. a duplicate."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests.

    Attributes:
        retry_after: Seconds the server asked to wait, or None if it did not say.
    """

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx: the server failed; often worth trying again later."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
