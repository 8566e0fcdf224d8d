"""The committed package's facades honour the contract with the wrapper core."""

from __future__ import annotations

import ast
import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import dynamic_admin_api
import httpx
import pytest
from dynamic_admin_api.api import AsyncResources, Resources
from dynamic_admin_api.api.events import EventsApi
from dynamic_admin_api.api.global_wallet_connections import (
    GlobalWalletConnectionsApi,
)
from dynamic_admin_api.api.users import AsyncUsersApi, UsersApi
from dynamic_admin_api.models import UserFilterableFieldsEnum, UserSearchFilterParams
from dynamic_admin_api.types import Operation, Pagination

PACKAGE = Path(dynamic_admin_api.__file__).parent
SPEC = Path(__file__).parents[2] / "openapi" / "dynamic-admin-api.json"


class RecordingTransport:
    """A Transport that records calls and answers with canned responses."""

    environment_id = "env-default"

    def __init__(self, body: Any = None, status: int = 200) -> None:
        self.body = body
        self.status = status
        self.calls: list[tuple[Operation, dict[str, Any]]] = []
        self.pages: list[tuple[Any, ...]] = []

    def _response(self, request: dict[str, Any]) -> httpx.Response:
        built = httpx.Client(base_url="https://h.test/api/v0").build_request(**request)
        if self.body is None:
            return httpx.Response(self.status, request=built)
        return httpx.Response(self.status, json=self.body, request=built)

    def request(
        self,
        operation: Operation,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], Any],
    ) -> Any:
        self.calls.append((operation, request))
        return parse(self._response(request))

    def paginate(self, *args: Any) -> Iterator[Any]:
        self.pages.append(args)
        return iter(())


class AsyncRecordingTransport(RecordingTransport):
    """The asyncio flavour of RecordingTransport."""

    async def request(  # type: ignore[override]
        self,
        operation: Operation,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], Any],
    ) -> Any:
        return RecordingTransport.request(self, operation, request, parse)

    def paginate(self, *args: Any) -> AsyncIterator[Any]:  # type: ignore[override]
        self.pages.append(args)

        async def empty() -> AsyncIterator[Any]:
            for item in ():
                yield item

        return empty()


USER = {"id": "u1", "projectEnvironmentId": "env-default"}


def test_method_uses_default_environment_and_operation() -> None:
    """A facade method defaults environment_id to the transport's and names its op."""
    transport = RecordingTransport({"user": USER})
    response = UsersApi(transport).get_user("a/b")
    assert response.user.id == "u1"
    operation, request = transport.calls[0]
    assert operation == Operation(
        "getUser", "GET", "/environments/{environmentId}/users/{userId}", "Users"
    )
    assert request == {"method": "GET", "url": "/environments/env-default/users/a%2Fb"}


def test_explicit_environment_and_deep_object_filter() -> None:
    """An explicit environment wins; filter is sent as filter[...] keys."""
    transport = RecordingTransport({"users": [USER], "count": 1})
    search = UserSearchFilterParams(
        filter_column=UserFilterableFieldsEnum.EMAIL, filter_value="a@b.c"
    )
    page = UsersApi(transport).get_environment_users(
        environment_id="env2", filter=search, limit=10
    )
    assert page.count == 1
    request = transport.calls[0][1]
    assert request["url"] == "/environments/env2/users"
    assert request["params"] == {
        "filter[filterColumn]": "email",
        "filter[filterValue]": "a@b.c",
        "limit": 10,
    }


def test_no_content_operation_returns_none() -> None:
    """An operation answering 204 parses to None."""
    transport = RecordingTransport(status=204)
    assert UsersApi(transport).delete_user("u1") is None


def test_offset_iterator_builds_pages() -> None:
    """iter_* hands the transport the offset pagination and a page builder."""
    transport = RecordingTransport()
    items = UsersApi(transport).iter_environment_users(limit=50, max_items=120)
    assert list(items) == []
    operation, page, _parse, pagination, page_size, max_items = transport.pages[0]
    assert operation.id == "getEnvironmentUsers"
    assert pagination == Pagination("offset", "users", "count", None)
    assert (page_size, max_items) == (50, 120)
    assert page(100, None)["params"] == {"offset": 100, "limit": 50}
    assert page(100, None)["url"] == "/environments/env-default/users"


def test_cursor_iterator_and_bare_array_pages() -> None:
    """Cursor pagination passes the cursor; a bare-array page has no items field."""
    transport = RecordingTransport()
    EventsApi(transport).iter_events(environment_id="e")
    GlobalWalletConnectionsApi(transport).iter_global_wallet_connections()
    events, connections = transport.pages
    assert events[3] == Pagination("cursor", "data", None, "cursor")
    assert events[1](None, "c2")["params"] == {"cursor": "c2"}
    assert events[1](None, None).get("params") is None
    assert connections[3] == Pagination("offset", None, None, None)


def test_resources_are_cached_per_client() -> None:
    """Resources exposes every tag once, bound to the client's transport."""

    class Client(Resources):
        def __init__(self) -> None:
            self._transport = RecordingTransport()

    client = Client()
    assert isinstance(client.users, UsersApi)
    assert client.users is client.users
    assert client.users._transport is client._transport


def test_async_facade() -> None:
    """The async facade awaits the transport and shares the request building."""

    class Client(AsyncResources):
        def __init__(self) -> None:
            self._transport = AsyncRecordingTransport({"user": USER})

    client = Client()
    assert isinstance(client.users, AsyncUsersApi)
    response = asyncio.run(client.users.get_user("u1", environment_id="e"))
    assert response.user.project_environment_id == "env-default"
    assert client._transport.calls[0][1]["url"] == "/environments/e/users/u1"


def test_every_tag_and_operation_is_generated() -> None:
    """Each operation of the description has an endpoint module and a facade method."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    operations = [
        op
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in {"get", "put", "post", "patch", "delete"}
    ]
    ids = set()
    for module in PACKAGE.glob("api/*/*.py"):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and getattr(node.targets[0], "id", None) == "OPERATION"
            ):
                ids |= {
                    ast.literal_eval(kw.value)
                    for kw in node.value.keywords
                    if kw.arg == "id"
                }
    assert ids == {op["operationId"] for op in operations}
    resource_names = {name for name in vars(Resources) if not name.startswith("_")}
    assert resource_names == {p.name for p in PACKAGE.glob("api/*") if p.is_dir()}


@pytest.mark.parametrize("name", ["environment_id", "filter", "max_items"])
def test_iterator_parameters_are_keyword_only(name: str) -> None:
    """Paginated iterators take their options by keyword only."""
    import inspect

    parameter = inspect.signature(UsersApi.iter_environment_users).parameters[name]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
    assert parameter.default is None
