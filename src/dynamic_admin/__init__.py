"""Python client for Dynamic's (dynamic.xyz) Admin API.

>>> from dynamic_admin import DynamicClient
>>> with DynamicClient() as client:  # $DYNAMIC_API_TOKEN, $DYNAMIC_ENVIRONMENT_ID
...     user = client.users.get_user("user-id")

The package logs to the ``dynamic_admin`` logger (one DEBUG line per request,
one WARNING per retry) and installs no handler.
"""

from typing import TYPE_CHECKING, Any

from ._client import DynamicClient
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DynamicError,
    ForbiddenError,
    InvalidTokenError,
    MissingEnvironmentIdError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._async_client import AsyncDynamicClient

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDynamicClient",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DynamicClient",
    "DynamicError",
    "ForbiddenError",
    "InvalidTokenError",
    "MissingEnvironmentIdError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    # The async client loads on first use, so sync-only programs skip it.
    if name == "AsyncDynamicClient":
        from ._async_client import AsyncDynamicClient

        return AsyncDynamicClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
