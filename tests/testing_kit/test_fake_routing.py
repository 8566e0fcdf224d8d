"""How the fake is installed, records requests and reports unknown routes."""

from __future__ import annotations

import httpx
import pytest
import respx
from testing_kit_support import ENV

from dynamic_admin.testing import DEFAULT_BASE_URL, FakeDynamic, UnknownRouteError


def test_unknown_operation_raises_a_clear_error(client: httpx.Client) -> None:
    """A path the fake does not serve raises instead of answering 200."""
    with pytest.raises(UnknownRouteError, match=r"does not implement GET /environ"):
        client.get(f"/environments/{ENV}/visitors")


def test_unsupported_method_names_the_methods_that_work(client: httpx.Client) -> None:
    """A known path with the wrong method lists the methods it answers."""
    with pytest.raises(UnknownRouteError, match="answers DELETE, GET, PUT"):
        client.patch("/users/some-id")


def test_other_hosts_are_not_answered_by_the_fake(fake: FakeDynamic) -> None:
    """Requests outside the base URL are left to respx's not-mocked check."""
    with pytest.raises(respx.models.AllMockedAssertionError):
        httpx.get("https://example.com/api/v0/users")

    assert fake.requests == []


def test_another_respx_router_can_answer_what_the_fake_does_not(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """Unknown routes fall through to a router the test adds itself."""
    with respx.mock(base_url=DEFAULT_BASE_URL) as extra:
        extra.get(f"/environments/{ENV}/visitors").respond(json={"count": 0})

        response = client.get(f"/environments/{ENV}/visitors")

    assert response.json() == {"count": 0}
    assert fake.requests[-1].url.path.endswith("/visitors")


def test_requests_are_recorded_in_order(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """``requests`` holds every request sent to the base URL, body included."""
    client.post(f"/environments/{ENV}/users", json={"email": "ada@example.com"})
    client.get(f"/environments/{ENV}/users", params={"limit": 5})

    assert [r.method for r in fake.requests] == ["POST", "GET"]
    assert fake.requests[0].content == b'{"email":"ada@example.com"}'
    assert fake.requests[1].url.params["limit"] == "5"
    assert fake.requests[1].headers["Authorization"] == f"Bearer {fake.token}"


def test_custom_base_url_and_token() -> None:
    """The fake answers at any base URL with a token chosen by the test."""
    token = "dyn_" + "a" * 56
    base = "http://localhost:9999/api/v0"

    with FakeDynamic(ENV, token=token, base_url=base) as fake:
        response = httpx.get(
            f"{base}/environments/{ENV}/users",
            headers={"Authorization": f"Bearer {token}"},
        )

    assert response.status_code == 200
    assert fake.token == token


def test_data_survives_a_restart() -> None:
    """Stopping and starting again keeps stored data."""
    fake = FakeDynamic(ENV)
    fake.add_user(email="ada@example.com")

    with fake, fake.http_client() as client:
        client.get(f"/environments/{ENV}/users")
    with fake, fake.http_client() as client:
        body = client.get(f"/environments/{ENV}/users").json()

    assert body["count"] == 1
    assert len(fake.requests) == 2


def test_routes_lists_upstream_operation_ids() -> None:
    """``routes()`` exposes operationId, method and path of each operation."""
    routes = {r.operation: (r.method, r.path) for r in FakeDynamic.routes()}

    assert routes["getEntriesByAllowlistId"] == (
        "GET",
        "/allowlists/{allowlistId}/entries",
    )
    assert routes["getUser"] == ("GET", "/environments/{environmentId}/users/{userId}")
