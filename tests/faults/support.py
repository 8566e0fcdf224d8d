"""Operations, routes and bodies shared by the fault-injection tests."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import respx
from dynamic_admin_api.models import (
    InternalBulkUpdateUserFields,
    InternalUpdatableUserFields,
)

from dynamic_admin import AsyncDynamicClient, DynamicClient

from ..wrapper.helpers import AUTH, ENV, TOKEN

Client = DynamicClient | AsyncDynamicClient
Call = Callable[[Any], Any]

USER_PATH = f"/environments/{ENV}/users/u1"
USERS_PATH = f"/environments/{ENV}/users"
ALLOWLIST_PATH = "/allowlists/al1"
# The path template each error message names.
USER_TEMPLATE = "/environments/{environmentId}/users/{userId}"

USER = {"id": "u1", "projectEnvironmentId": ENV, "email": "a@example.com"}
ALLOWLIST = {"id": "al1", "name": "beta", "projectEnvironmentId": ENV}


async def call(client: Client, operation: Call) -> Any:
    """Run `operation(client)`, awaiting its result when the client is async."""
    result = operation(client)
    if inspect.isawaitable(result):
        return await result
    return result


def get_user(client: Any) -> Any:
    return client.users.get_user("u1")


def create_user(client: Any) -> Any:
    body = InternalBulkUpdateUserFields(email="a@example.com")
    return client.users.create_user(body=body)


def update_user(client: Any) -> Any:
    body = InternalUpdatableUserFields(first_name="Ada")
    return client.users.update_user("u1", body=body)


def delete_user(client: Any) -> Any:
    return client.users.delete_user("u1")


def get_allowlist(client: Any) -> Any:
    return client.allowlists.get_allowlists_by_id("al1")


@dataclass(frozen=True)
class Endpoint:
    """One generated operation, the request it must send and its success answer."""

    method: str
    path: str
    body: dict[str, Any] | None
    call: Call
    success_status: int

    def route(self, router: respx.MockRouter) -> respx.Route:
        """Add a route matching method, path, Authorization and the JSON body."""
        lookups: dict[str, Any] = {"headers": AUTH}
        if self.body is not None:
            lookups["json"] = self.body
        return router.request(self.method, self.path, **lookups)

    def success(self) -> httpx.Response:
        """A fresh success response of this operation."""
        if self.success_status == 204:
            return httpx.Response(204)
        return httpx.Response(self.success_status, json={"user": USER})


GET = Endpoint("GET", USER_PATH, None, get_user, 200)
POST = Endpoint("POST", USERS_PATH, {"email": "a@example.com"}, create_user, 201)
PUT = Endpoint("PUT", USER_PATH, {"firstName": "Ada"}, update_user, 200)
DELETE = Endpoint("DELETE", USER_PATH, None, delete_user, 204)
ENDPOINTS = {e.method: e for e in (GET, POST, PUT, DELETE)}


def status(code: int, **headers: str) -> httpx.Response:
    """An error answer with Dynamic's error body."""
    body = {"error": f"status {code}", "code": "fault"}
    return httpx.Response(code, json=body, headers=headers)


def assert_no_token(text: str) -> None:
    """Fail if `text` holds the API token or its secret part."""
    assert TOKEN not in text
    assert TOKEN[4:] not in text
