"""Types callers see through the public API; checked by mypy, never executed.

`warn_unused_ignores` makes each ``type: ignore`` below an assertion that the
call is rejected.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import httpx
from dynamic_admin_api.api.users import AsyncUsersApi, UsersApi
from dynamic_admin_api.models.event import Event
from dynamic_admin_api.models.user import User
from dynamic_admin_api.models.user_response import UserResponse

from dynamic_admin import (
    APIStatusError,
    AsyncDynamicClient,
    DynamicClient,
    RateLimitError,
)


def sync_client() -> None:
    """The sync client returns models, not coroutines."""
    with DynamicClient(timeout=httpx.Timeout(5.0)) as client:
        assert_type(client, DynamicClient)
        assert_type(client.users, UsersApi)
        assert_type(client.users.get_user("u1"), UserResponse)
        assert_type(
            client.users.get_user(user_id="u1", environment_id="e"), UserResponse
        )
        assert_type(client.users.iter_environment_users(limit=100), Iterator[User])
        assert_type(client.events.iter_events(max_items=10), Iterator[Event])
        assert_type(client.with_options(max_retries=0, timeout=5), DynamicClient)

        client.users.get_user(1)  # type: ignore[arg-type]
        client.users.get_user("u1", "env")  # type: ignore[call-arg]
        client.users.no_such_operation()  # type: ignore[attr-defined]
        DynamicClient(http_client=httpx.AsyncClient())  # type: ignore[arg-type]


async def async_client() -> None:
    """The async client returns awaitables and async iterators."""
    async with AsyncDynamicClient() as client:
        assert_type(client, AsyncDynamicClient)
        assert_type(client.users, AsyncUsersApi)
        assert_type(await client.users.get_user("u1"), UserResponse)
        assert_type(client.users.iter_environment_users(), AsyncIterator[User])
        assert_type(client.with_options(max_retries=1), AsyncDynamicClient)


def errors(error: APIStatusError) -> None:
    """Error attributes keep their types."""
    assert_type(error.status_code, int)
    assert_type(error.error, str | None)
    assert_type(error.request_id, str | None)
    if isinstance(error, RateLimitError):
        assert_type(error.retry_after, float | None)
