"""Stand-ins for generated operations and a fake clock, shared by the wrapper tests."""

from __future__ import annotations

from typing import Any, NamedTuple
from urllib.parse import quote

import attrs
import httpx

from dynamic_admin import AsyncDynamicClient, DynamicClient

TOKEN = "dyn_" + "Q7x9" * 14
BASE_URL = "https://app.dynamicauth.com/api/v0"
ENV = "env-1"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Operation(NamedTuple):
    """Same shape as dynamic_admin_api.types.Operation."""

    id: str
    method: str
    path: str
    tag: str


class Pagination(NamedTuple):
    """Same shape as dynamic_admin_api.types.Pagination."""

    style: str
    items: str | None
    count: str | None
    cursor: str | None


@attrs.define
class User:
    """Stand-in for a generated model with an id."""

    id: str
    email: str | None = None


@attrs.define
class UsersPage:
    """Stand-in for a generated offset page model."""

    users: list[User]
    count: int | None


GET_USER = Operation(
    "getUser", "GET", "/environments/{environmentId}/users/{userId}", "Users"
)
CREATE_USER = Operation(
    "createUser", "POST", "/environments/{environmentId}/users", "Users"
)
LIST_USERS = Operation(
    "getEnvironmentUsers", "GET", "/environments/{environmentId}/users", "Users"
)


def segment(value: str) -> str:
    """Encode a path parameter the way the generated code does."""
    if value in (".", ".."):
        return value.replace(".", "%2E")
    return quote(value, safe="")


def get_user_request(user_id: str, environment_id: str = ENV) -> dict[str, Any]:
    """What a generated getUser `_get_kwargs` returns."""
    return {
        "method": "GET",
        "url": f"/environments/{segment(environment_id)}/users/{segment(user_id)}",
    }


def create_user_request(email: str) -> dict[str, Any]:
    """What a generated createUser `_get_kwargs` returns."""
    return {
        "method": "POST",
        "url": f"/environments/{ENV}/users",
        "json": {"email": email},
    }


def parse_user(response: httpx.Response) -> User:
    """What a generated `_parse` does with a User body."""
    data = response.json()
    return User(id=data["id"], email=data.get("email"))


def parse_users_page(response: httpx.Response) -> UsersPage:
    """What a generated `_parse` does with a UsersResponse body."""
    data = response.json()
    users = [User(id=u["id"], email=u.get("email")) for u in data["users"]]
    return UsersPage(users=users, count=data.get("count"))


class FakeClock:
    """Replaces sleeping and wall-clock time; records each requested sleep."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        """Return the fake POSIX time."""
        return self.now

    def sleep(self, seconds: float) -> None:
        """Record the sleep and advance the clock instead of waiting."""
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        """Async variant of `sleep`."""
        self.sleep(seconds)


def install_clock(client: DynamicClient | AsyncDynamicClient, clock: FakeClock) -> None:
    """Make `client` sleep on `clock` and use a fixed jitter of 0.5."""
    transport = client._transport
    if isinstance(client, AsyncDynamicClient):
        transport.sleep = clock.async_sleep  # type: ignore[assignment]
    else:
        transport.sleep = clock.sleep  # type: ignore[assignment]
    transport.now = clock.time
    transport.jitter = lambda: 0.5


OFFSET = Pagination("offset", "users", "count", None)
BARE = Pagination("offset", None, None, None)
CURSOR = Pagination("cursor", "data", None, "cursor")
USERS_URL = "/environments/env-1/users"


def users(n: int) -> list[dict[str, str]]:
    return [{"id": f"u{i}"} for i in range(n)]


def offset_server(rows: list[dict[str, str]], *, with_count: bool = True) -> Any:
    """A side effect serving `rows` by offset and limit like Dynamic does."""

    def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        body: dict[str, Any] = {"users": rows[offset : offset + limit]}
        if with_count:
            body["count"] = len(rows)
        return httpx.Response(200, json=body)

    return serve


def page_request(limit: int | None = 100) -> Any:
    """What a generated iterator passes as `page(offset, cursor)`."""

    def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
        params: dict[str, Any] = {"offset": offset}
        if limit is not None:
            params["limit"] = limit
        return {"method": "GET", "url": USERS_URL, "params": params}

    return page
