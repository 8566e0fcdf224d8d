"""The clients through the generated facade: client.<tag>.<operation>(...)."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
import respx
from dynamic_admin_api.api import AsyncResources, Resources
from dynamic_admin_api.models.internal_bulk_update_user_fields import (
    InternalBulkUpdateUserFields,
)
from dynamic_admin_api.models.user_filterable_fields_enum import (
    UserFilterableFieldsEnum,
)
from dynamic_admin_api.models.user_search_filter_params import UserSearchFilterParams

from dynamic_admin import AsyncDynamicClient, DynamicClient, MissingEnvironmentIdError

from .helpers import AUTH, TOKEN

USER = {"id": "u1", "projectEnvironmentId": "env-1", "email": "a@example.com"}


def sdk_users(n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"u{i}", "projectEnvironmentId": "env-1", "verifiedCredentials": []}
        for i in range(n)
    ]


def serve_users(rows: list[dict[str, Any]]) -> Any:
    """Serve `rows` as Dynamic's getEnvironmentUsers does, by offset and limit."""

    def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        page = rows[offset : offset + limit]
        return httpx.Response(200, json={"users": page, "count": len(rows)})

    return serve


def operations(resources: type) -> dict[str, list[str]]:
    """Map each tag attribute of `resources` to its facade's operation names."""
    found = {}
    for tag in (n for n in vars(resources) if not n.startswith("_")):
        facade_name = inspect.get_annotations(getattr(resources, tag).func)["return"]
        module = __import__(f"dynamic_admin_api.api.{tag}", fromlist=["_"])
        facade = getattr(module, facade_name)
        found[tag] = [n for n in vars(facade) if not n.startswith(("_", "iter_"))]
    return found


def test_every_operation_is_reachable_on_both_clients() -> None:
    """All 185 operations are methods of a tag attribute of both clients."""
    sync_ops = operations(Resources)
    async_ops = operations(AsyncResources)

    assert sum(len(names) for names in sync_ops.values()) == 185
    assert sync_ops == async_ops
    assert issubclass(DynamicClient, Resources)
    assert issubclass(AsyncDynamicClient, AsyncResources)


def test_get_user_fills_in_the_default_environment(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """Without environment_id the client's default environment goes into the path."""
    route = router.get("/environments/env-1/users/u1", headers=AUTH).respond(
        200, json={"user": USER}
    )

    response = client.users.get_user(user_id="u1")

    assert route.call_count == 1
    assert response.user.id == "u1"


def test_get_user_with_another_environment(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """An explicit environment_id overrides the client's default."""
    route = router.get("/environments/other-env/users/u1").respond(
        200, json={"user": USER}
    )

    client.users.get_user("u1", environment_id="other-env")

    assert route.call_count == 1


def test_missing_environment_fails_before_any_request(router: respx.MockRouter) -> None:
    """With no environment anywhere, the call raises without sending a request."""
    with DynamicClient(TOKEN) as client, pytest.raises(MissingEnvironmentIdError):
        client.users.get_user("u1")


@pytest.mark.parametrize(
    ("user_id", "raw_segment"),
    [("../x", b"..%2Fx"), ("a/b?c", b"a%2Fb%3Fc"), ("..", b"%2E%2E")],
)
def test_path_parameters_reach_the_server_as_one_segment(
    client: DynamicClient, router: respx.MockRouter, user_id: str, raw_segment: bytes
) -> None:
    """A user id with slashes, dots or '?' stays one path segment on the wire."""
    seen: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json={"user": USER})

    router.route(method="GET").mock(side_effect=record)

    client.users.get_user(user_id)

    assert seen == [b"/api/v0/environments/env-1/users/" + raw_segment]


def test_query_parameters_and_deep_objects(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """Filters are sent as filter[...] query keys next to the paging parameters."""
    route = router.get(
        "/environments/env-1/users",
        params={
            "filter[filterColumn]": "email",
            "filter[filterValue]": "a@example.com",
            "limit": "5",
        },
    ).respond(200, json={"users": [], "count": 0})
    wanted = UserSearchFilterParams(
        filter_column=UserFilterableFieldsEnum.EMAIL, filter_value="a@example.com"
    )

    page = client.users.get_environment_users(filter=wanted, limit=5)

    assert route.call_count == 1
    assert page.count == 0


def test_request_body_is_sent_as_json(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """A body model is serialised with its wire names."""
    route = router.post(
        "/environments/env-1/users", headers=AUTH, json={"email": "a@example.com"}
    ).respond(201, json={"user": USER})

    client.users.create_user(body=InternalBulkUpdateUserFields(email="a@example.com"))

    assert route.call_count == 1


def test_iterating_250_users_takes_three_requests(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """iter_environment_users(limit=100) over 250 users sends 3 requests."""
    route = router.get("/environments/env-1/users", headers=AUTH).mock(
        side_effect=serve_users(sdk_users(250))
    )

    ids = [user.id for user in client.users.iter_environment_users(limit=100)]

    assert route.call_count == 3
    assert len(ids) == len(set(ids)) == 250
    assert [c.request.url.params["offset"] for c in route.calls] == ["0", "100", "200"]


def test_iterating_events_follows_cursors(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """iter_events sends each returned cursor back until none comes."""
    event = {
        "context": {},
        "data": {},
        "environmentId": "env-1",
        "environmentName": "live",
        "eventName": "user.created",
        "timestamp": "2025-01-01T00:00:00Z",
    }
    route = router.get("/environments/env-1/events").mock(
        side_effect=[
            httpx.Response(
                200, json={"data": [{**event, "eventId": "e1"}], "cursor": "c1"}
            ),
            httpx.Response(200, json={"data": [{**event, "eventId": "e2"}]}),
        ]
    )

    ids = [e.event_id for e in client.events.iter_events()]

    assert ids == ["e1", "e2"]
    assert [c.request.url.params.get("cursor") for c in route.calls] == [None, "c1"]


@pytest.mark.asyncio
async def test_async_facade_mirrors_sync(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """The async client exposes the same calls as coroutines and async iterators."""
    router.get("/environments/env-1/users/u1", headers=AUTH).respond(
        200, json={"user": USER}
    )
    route = router.get("/environments/env-1/users").mock(
        side_effect=serve_users(sdk_users(250))
    )

    response = await async_client.users.get_user("u1")
    ids = [u.id async for u in async_client.users.iter_environment_users(limit=100)]

    assert response.user.id == "u1"
    assert len(set(ids)) == 250
    assert route.call_count == 3
