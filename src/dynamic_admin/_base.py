"""Client configuration shared by the sync and async clients."""

from __future__ import annotations

import dataclasses
from typing import Any, Final, Generic, Protocol, Self, TypeVar

import httpx

from ._config import (
    DEFAULT_BASE_URL,
    USER_AGENT,
    check_base_url,
    resolve_environment_id,
    resolve_token,
)
from ._core import Settings
from ._errors import MissingEnvironmentIdError
from ._retry import RetryPolicy

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2

TimeoutLike = float | httpx.Timeout


class _Transport(Protocol):
    _settings: Settings

    def copy(self, settings: Settings) -> Self: ...


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT", bound=_Transport)


class ClientBase(Generic[HttpT, TransportT]):
    """Construction, repr and `with_options`, shared by both clients.

    Subclasses name the `httpx` client class they send with and the transport
    class that drives the request loop with it; only their I/O differs.
    """

    _http_class: type[HttpT]
    _transport_class: Any  # a transport class taking (http, settings)
    _transport: TransportT

    def __init__(
        self,
        token: str | None = None,
        *,
        environment_id: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpT | None = None,
    ) -> None:
        owned = http_client is None
        settings, headers = configure(
            token=token,
            environment_id=environment_id,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            owned=owned,
        )
        if http_client is None:
            http_client = self._http_class(headers=headers)
        self._http: HttpT = http_client
        self._owns_http = owned
        self._transport = self._transport_class(http_client, settings)

    def __repr__(self) -> str:
        return describe(type(self).__name__, self._transport._settings)

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: TimeoutLike | None = None,
        environment_id: str | None = None,
    ) -> Self:
        """Return a copy with other options that shares this client's connections.

        Closing the copy does not close the shared connections; close the
        original when done.
        """
        settings = with_options(
            self._transport._settings,
            max_retries=max_retries,
            timeout=timeout,
            environment_id=environment_id,
        )
        new = object.__new__(type(self))
        new._http = self._http
        new._owns_http = False
        new._transport = self._transport.copy(settings)
        return new


def configure(
    *,
    token: str | None,
    environment_id: str | None,
    base_url: str,
    timeout: TimeoutLike,
    max_retries: int,
    owned: bool,
) -> tuple[Settings, dict[str, str]]:
    """Validate the constructor arguments; return the settings and default headers.

    When the client owns its `httpx` client (`owned`), the default headers are
    set on that client once, instead of being merged into every request.
    """
    headers = {
        "Authorization": f"Bearer {resolve_token(token)}",
        "User-Agent": USER_AGENT,
        "Accept": "application/json",
    }
    settings = Settings(
        base_url=check_base_url(base_url),
        environment_id=resolve_environment_id(environment_id),
        headers=headers,
        pool_has_headers=owned,
        extensions=_extensions(timeout),
        policy=RetryPolicy(max_retries=max_retries),
    )
    return settings, headers


def with_options(
    settings: Settings,
    *,
    max_retries: int | None,
    timeout: TimeoutLike | None,
    environment_id: str | None,
) -> Settings:
    """Return `settings` with the given options replaced (None keeps the current)."""
    changes: dict[str, object] = {}
    if max_retries is not None:
        policy = dataclasses.replace(settings.policy, max_retries=max_retries)
        changes["policy"] = policy
    if timeout is not None:
        changes["extensions"] = _extensions(timeout)
    if environment_id is not None:
        changes["environment_id"] = environment_id
    return dataclasses.replace(settings, **changes)  # type: ignore[arg-type]


def environment_id(settings: Settings) -> str:
    """Return the default environment id or explain how to set one."""
    if settings.environment_id is None:
        raise MissingEnvironmentIdError(
            "No environment id: pass environment_id=... to the call, or give the "
            "client one (environment_id=... or $DYNAMIC_ENVIRONMENT_ID)"
        )
    return settings.environment_id


def describe(name: str, settings: Settings) -> str:
    """Return a repr for a client; it never includes the token."""
    return (
        f"{name}(base_url={settings.base_url!r}, "
        f"environment_id={settings.environment_id!r}, "
        f"max_retries={settings.policy.max_retries})"
    )


def _extensions(timeout: TimeoutLike) -> dict[str, Any]:
    return {"timeout": httpx.Timeout(timeout).as_dict()}
