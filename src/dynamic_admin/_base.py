"""Client configuration shared by the sync and async clients."""

from __future__ import annotations

import dataclasses
from typing import Any, Final

import httpx

from ._config import USER_AGENT, check_base_url, resolve_environment_id, resolve_token
from ._core import Settings
from ._errors import MissingEnvironmentIdError
from ._retry import RetryPolicy

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2

TimeoutLike = float | httpx.Timeout


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
