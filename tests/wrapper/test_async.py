"""The async client behaves like the sync one, and prefetches pages."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx

from dynamic_admin import (
    APITimeoutError,
    AsyncDynamicClient,
    NotFoundError,
    RateLimitError,
)

from .helpers import (
    AUTH,
    CREATE_USER,
    GET_USER,
    LIST_USERS,
    OFFSET,
    TOKEN,
    FakeClock,
    User,
    create_user_request,
    get_user_request,
    offset_server,
    page_request,
    parse_user,
    parse_users_page,
    users,
)

pytestmark = pytest.mark.asyncio

USER_URL = "/environments/env-1/users/u1"


async def get_user(client: AsyncDynamicClient) -> User:
    return await client._transport.request(GET_USER, get_user_request("u1"), parse_user)


async def test_success_returns_the_parsed_model(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """An awaited call returns the parsed model."""
    router.get(USER_URL, headers=AUTH).respond(200, json={"id": "u1"})

    assert (await get_user(async_client)).id == "u1"


async def test_error_status_maps_to_class(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """A 404 raises NotFoundError with the same fields as the sync client."""
    router.get(USER_URL).respond(
        404,
        json={"error": "user not found", "code": "user_not_found"},
        headers={"x-request-id": "r1"},
    )

    with pytest.raises(NotFoundError) as info:
        await get_user(async_client)

    assert str(info.value) == (
        "404 Not Found on GET /environments/{environmentId}/users/{userId}: "
        "user not found (code: user_not_found)"
    )
    assert (info.value.request_id, info.value.attempts) == ("r1", 1)


async def test_get_503_then_200_succeeds_with_two_requests(
    async_client: AsyncDynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """An async GET that first gets 503 is retried once and succeeds."""
    route = router.get(USER_URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"id": "u1"})]
    )

    await get_user(async_client)

    assert route.call_count == 2
    assert clock.sleeps == [0.25]


async def test_post_read_timeout_is_sent_once(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """An async POST whose response timed out is not sent again."""
    route = router.post("/environments/env-1/users").mock(
        side_effect=httpx.ReadTimeout("slow")
    )

    with pytest.raises(APITimeoutError):
        await async_client._transport.request(
            CREATE_USER, create_user_request("a@example.com"), parse_user
        )

    assert route.call_count == 1


async def test_post_connect_error_is_retried(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """An async POST that could not connect is retried."""
    route = router.post("/environments/env-1/users", json={"email": "a@example.com"})
    route.mock(
        side_effect=[
            httpx.ConnectError("refused"),
            httpx.Response(201, json={"id": "u9"}),
        ]
    )

    await async_client._transport.request(
        CREATE_USER, create_user_request("a@example.com"), parse_user
    )

    assert route.call_count == 2


async def test_retry_after_is_waited_on_the_clock(
    async_client: AsyncDynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A 429 with Retry-After: 1 waits one (fake) second before retrying."""
    router.get(USER_URL).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200, json={"id": "u1"}),
        ]
    )

    await get_user(async_client)

    assert clock.sleeps == [1.0]


async def test_long_retry_after_raises_at_once(
    async_client: AsyncDynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A Retry-After of an hour raises RateLimitError without sleeping."""
    router.get(USER_URL).respond(429, headers={"Retry-After": "3600"})

    with pytest.raises(RateLimitError) as info:
        await get_user(async_client)

    assert info.value.retry_after == 3600.0
    assert clock.sleeps == []


async def test_250_users_with_limit_100_take_three_requests(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """Async offset pagination yields 250 unique users in 3 requests."""
    route = router.get("/environments/env-1/users").mock(
        side_effect=offset_server(users(250))
    )

    iterator = async_client._transport.paginate(
        LIST_USERS, page_request(), parse_users_page, OFFSET, 100, None
    )
    ids = [user.id async for user in iterator]

    assert route.call_count == 3
    assert len(set(ids)) == 250


async def test_next_page_is_fetched_while_the_current_one_is_consumed(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """The request for page 2 goes out before the caller finishes page 1."""
    events: list[str] = []
    serve = offset_server(users(150))

    def record(request: httpx.Request) -> httpx.Response:
        events.append(f"request offset={request.url.params['offset']}")
        return serve(request)

    router.get("/environments/env-1/users").mock(side_effect=record)

    iterator = async_client._transport.paginate(
        LIST_USERS, page_request(), parse_users_page, OFFSET, 100, None
    )
    async for user in iterator:
        events.append(user.id)
        await asyncio.sleep(0)

    assert events.index("request offset=100") < events.index("u99")


async def test_page_after_next_is_requested_before_the_next_is_parsed(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """With a count known, page 3 is asked for before page 2 is decoded."""
    events: list[str] = []
    serve = offset_server(users(350))

    async def record(request: httpx.Request) -> httpx.Response:
        events.append(f"request offset={request.url.params['offset']}")
        await asyncio.sleep(0)  # the answer takes a moment, as over a network
        return serve(request)

    def parse(response: httpx.Response) -> Any:
        events.append(f"parse offset={response.request.url.params['offset']}")
        return parse_users_page(response)

    router.get("/environments/env-1/users").mock(side_effect=record)

    iterator = async_client._transport.paginate(
        LIST_USERS, page_request(), parse, OFFSET, 100, None
    )
    ids = [user.id async for user in iterator]

    assert len(set(ids)) == 350
    assert events.count("request offset=200") == 1
    assert events.index("request offset=200") < events.index("parse offset=100")
    assert "request offset=400" not in events


async def test_breaking_out_cancels_the_prefetch(
    async_client: AsyncDynamicClient, router: respx.MockRouter
) -> None:
    """Leaving the loop early cancels the pending page request cleanly."""
    router.get("/environments/env-1/users").mock(side_effect=offset_server(users(500)))

    iterator: Any = async_client._transport.paginate(
        LIST_USERS, page_request(), parse_users_page, OFFSET, 100, None
    )
    async for _ in iterator:
        break
    await iterator.aclose()

    pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    await asyncio.gather(*pending, return_exceptions=True)
    assert all(t.done() for t in pending)


async def test_async_context_manager_closes_only_its_own_pool() -> None:
    """Leaving `async with` closes the owned pool but not a caller's AsyncClient."""
    supplied = httpx.AsyncClient()

    async with AsyncDynamicClient(TOKEN) as owned:
        pass
    async with AsyncDynamicClient(TOKEN, http_client=supplied) as borrowing:
        copy = borrowing.with_options(max_retries=0)

    assert owned._http.is_closed
    assert not supplied.is_closed
    assert copy._http is supplied
    await supplied.aclose()
