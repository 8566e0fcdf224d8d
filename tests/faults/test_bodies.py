"""Bodies that are cut off, empty, HTML, incomplete, newer than the client or huge."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from dynamic_admin import APIResponseValidationError, ServerError

from ..wrapper.helpers import AUTH, ENV
from .support import (
    ALLOWLIST,
    ALLOWLIST_PATH,
    GET,
    POST,
    USER,
    USER_PATH,
    USER_TEMPLATE,
    USERS_PATH,
    Client,
    Endpoint,
    call,
    get_allowlist,
    get_user,
)

JSON = {"content-type": "application/json"}

_BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    + "<!-- a padding to disable MSIE's friendly error page -->\r\n" * 60
    + "</body>\r\n</html>\r\n"
)


@pytest.mark.parametrize("endpoint", [GET, POST], ids=["GET", "POST"])
async def test_truncated_json_raises_validation_error_once(
    client: Client, router: respx.MockRouter, endpoint: Endpoint
) -> None:
    """A 2xx with cut-off JSON raises APIResponseValidationError and is not re-sent."""
    truncated = b'{"user": {"id": "u1", "projectEnvironm'
    route = endpoint.route(router).mock(
        return_value=httpx.Response(
            endpoint.success_status, content=truncated, headers=JSON
        )
    )

    with pytest.raises(APIResponseValidationError) as info:
        await call(client, endpoint.call)

    error = info.value
    operation = "getUser" if endpoint is GET else "createUser"
    assert error.operation == operation
    assert str(error).startswith(f"{operation}: ")
    assert "JSONDecodeError" in str(error)
    assert error.body == truncated.decode()
    assert route.call_count == router.calls.call_count == 1


async def test_html_502_page_gives_a_readable_server_error(
    client: Client, router: respx.MockRouter
) -> None:
    """A proxy's HTML 502 page gives a one-line message and keeps a text excerpt."""
    route = GET.route(router).mock(
        return_value=httpx.Response(502, html=_BAD_GATEWAY_PAGE)
    )

    with pytest.raises(ServerError) as info:
        await call(client, GET.call)

    error = info.value
    assert str(error) == f"502 Bad Gateway on GET {USER_TEMPLATE}"
    assert (error.error, error.code) == (None, None)
    assert isinstance(error.body, str)
    assert error.body == _BAD_GATEWAY_PAGE[:2000]
    assert error.attempts == 3
    assert route.call_count == router.calls.call_count == 3


@pytest.mark.parametrize(
    ("content", "headers", "problem"),
    [
        (b"", JSON, "the body is empty"),
        (b"", {}, "the body is empty"),
        (b"<p>Sign in to the Wi-Fi</p>", {"content-type": "text/html"}, "text/html"),
    ],
    ids=["empty-json", "empty", "html"],
)
async def test_empty_or_html_200_raises_validation_error_naming_operation(
    client: Client,
    router: respx.MockRouter,
    content: bytes,
    headers: dict[str, str],
    problem: str,
) -> None:
    """A 200 without a JSON body raises APIResponseValidationError naming it."""
    route = GET.route(router).respond(200, content=content, headers=headers)

    with pytest.raises(APIResponseValidationError) as info:
        await call(client, GET.call)

    error = info.value
    assert error.operation == "getUser"
    assert error.status_code == 200
    assert str(error).startswith(f"getUser: the 200 response from GET {USER_TEMPLATE}")
    assert problem in str(error)
    assert route.call_count == router.calls.call_count == 1


@pytest.mark.parametrize("body", [b"[]", b"null", b'"ok"', b"42"])
async def test_json_that_is_not_an_object_raises_validation_error(
    client: Client, router: respx.MockRouter, body: bytes
) -> None:
    """JSON that is not an object raises APIResponseValidationError."""
    router.get(ALLOWLIST_PATH, headers=AUTH).respond(200, content=body, headers=JSON)

    with pytest.raises(APIResponseValidationError) as info:
        await call(client, get_allowlist)

    assert info.value.operation == "getAllowlistsById"
    assert str(info.value).startswith("getAllowlistsById: ")
    assert info.value.body == body.decode()
    assert router.calls.call_count == 1


async def test_unknown_fields_and_enum_values_are_kept(
    client: Client, router: respx.MockRouter
) -> None:
    """Fields and enum values newer than the client parse and stay reachable."""
    user = {**USER, "chain": "QUANTUM", "favouriteColour": "teal"}
    body = {"user": user, "traceId": "t-1"}
    GET.route(router).respond(200, json=body)

    response = await call(client, GET.call)

    assert response["traceId"] == "t-1"
    assert response.user.additional_properties == {"favouriteColour": "teal"}
    assert response.user.chain == "QUANTUM"
    assert response.user.chain.is_known is False
    assert router.calls.call_count == 1


async def test_unknown_enum_value_on_a_top_level_field_is_kept(
    client: Client, router: respx.MockRouter
) -> None:
    """An allowlist outcome the client does not know parses as an unknown member."""
    body = {**ALLOWLIST, "outcome": "quarantine", "createdBy": "admin"}
    router.get(ALLOWLIST_PATH, headers=AUTH).respond(200, json=body)

    allowlist = await call(client, get_allowlist)

    assert str(allowlist.outcome) == "quarantine"
    assert allowlist.outcome.is_known is False
    assert allowlist["createdBy"] == "admin"


@pytest.mark.parametrize("field", ["id", "name", "projectEnvironmentId"])
async def test_missing_required_field_is_named_with_the_operation(
    client: Client, router: respx.MockRouter, field: str
) -> None:
    """A missing required top-level field raises an error naming it, not a KeyError."""
    body = {k: v for k, v in ALLOWLIST.items() if k != field}
    router.get(ALLOWLIST_PATH, headers=AUTH).respond(200, json=body)

    with pytest.raises(APIResponseValidationError) as info:
        await call(client, get_allowlist)

    error = info.value
    assert not isinstance(error, KeyError)
    assert isinstance(error.__cause__, KeyError)
    assert error.field == field
    assert error.operation == "getAllowlistsById"
    assert str(error).startswith("getAllowlistsById: ")
    assert f"required field {field!r} is missing" in str(error)
    assert router.calls.call_count == 1


def _users(n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"u{i}", "projectEnvironmentId": ENV, "email": f"user{i}@example.com"}
        for i in range(n)
    ]


async def test_huge_page_parses_in_one_request(
    client: Client, router: respx.MockRouter
) -> None:
    """A page of 5 000 users parses whole from a single request."""
    route = router.get(
        USERS_PATH, headers=AUTH, params={"limit": "5000", "offset": "0"}
    ).respond(200, json={"count": 5000, "users": _users(5000)})

    page = await call(
        client, lambda c: c.users.get_environment_users(limit=5000, offset=0)
    )

    assert page.count == 5000
    assert len(page.users) == 5000
    assert page.users[-1].email == "user4999@example.com"
    assert route.call_count == router.calls.call_count == 1


async def test_huge_page_iterates_without_another_request(
    client: Client, router: respx.MockRouter
) -> None:
    """Iterating a 5 000-user environment in one page of 5 000 sends one request."""
    route = router.get(
        USERS_PATH, headers=AUTH, params={"limit": "5000", "offset": "0"}
    ).respond(200, json={"count": 5000, "users": _users(5000)})

    iterator = client.users.iter_environment_users(limit=5000)
    if hasattr(iterator, "__aiter__"):
        ids = [user.id async for user in iterator]
    else:
        ids = [user.id for user in iterator]

    assert len(ids) == len(set(ids)) == 5000
    assert route.call_count == router.calls.call_count == 1


async def test_page_item_missing_a_required_field_is_a_validation_error(
    client: Client, router: respx.MockRouter
) -> None:
    """A listed item without a required field fails the page, naming where."""
    users = _users(3)
    del users[1]["projectEnvironmentId"]
    router.get(USERS_PATH, headers=AUTH).respond(200, json={"count": 3, "users": users})

    with pytest.raises(APIResponseValidationError) as info:
        await _drain(client.users.iter_environment_users(limit=3))

    error = info.value
    assert error.operation == "getEnvironmentUsers"
    assert error.field == "projectEnvironmentId"
    assert "(UsersResponse.users.projectEnvironmentId)" in str(error)


async def test_nested_field_missing_fails_when_read(
    client: Client, router: respx.MockRouter
) -> None:
    """Nested objects are checked when first read, with the path in the error."""
    user = {**USER, "wallets": [{"id": "w1"}]}
    router.get(USER_PATH, headers=AUTH).respond(200, json={"user": user})

    parsed = (await call(client, get_user)).user

    assert parsed.email == USER["email"]
    with pytest.raises(KeyError) as info:
        parsed.wallets  # noqa: B018
    assert str(info.value).startswith("User.wallets.")


async def _drain(iterator: Any) -> list[Any]:
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)
