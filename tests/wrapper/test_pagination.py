"""Iterating paginated listings: offset and cursor styles, dedup, limits."""

from __future__ import annotations

from typing import Any

import attrs
import httpx
import pytest
import respx

from dynamic_admin import DynamicClient
from dynamic_admin._pagination import Pager

from .helpers import (
    AUTH,
    BARE,
    CURSOR,
    LIST_USERS,
    OFFSET,
    USERS_URL,
    User,
    offset_server,
    page_request,
    parse_users_page,
    users,
)


def test_250_users_with_limit_100_take_three_requests(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """Offset pagination over 250 users at 100 per page makes 3 requests."""
    route = router.get(USERS_URL, headers=AUTH).mock(
        side_effect=offset_server(users(250))
    )

    items = list(
        client._transport.paginate(
            LIST_USERS, page_request(), parse_users_page, OFFSET, 100, None
        )
    )

    assert route.call_count == 3
    assert len({user.id for user in items}) == 250
    offsets = [call.request.url.params["offset"] for call in route.calls]
    assert offsets == ["0", "100", "200"]


def test_no_request_before_iteration_starts(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """Creating the iterator sends nothing; the first page is fetched on demand."""
    route = router.get(USERS_URL).mock(side_effect=offset_server(users(5)))

    iterator = client._transport.paginate(
        LIST_USERS, page_request(), parse_users_page, OFFSET, 100, None
    )

    assert route.call_count == 0
    assert [user.id for user in iterator] == ["u0", "u1", "u2", "u3", "u4"]


def test_duplicates_from_shifted_pages_are_skipped(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """When an insert shifts the pages, items already yielded are not yielded again."""
    rows = users(150)
    shifted = [{"id": "new"}, *rows]
    route = router.get(USERS_URL).mock(
        side_effect=[
            httpx.Response(200, json={"users": rows[:100], "count": 150}),
            httpx.Response(200, json={"users": shifted[100:200], "count": 151}),
        ]
    )

    items = list(
        client._transport.paginate(
            LIST_USERS, page_request(), parse_users_page, OFFSET, 100, None
        )
    )

    ids = [user.id for user in items]
    assert route.call_count == 2
    assert len(ids) == len(set(ids)) == 150


def test_max_items_stops_early(client: DynamicClient, router: respx.MockRouter) -> None:
    """max_items caps the items yielded and the pages requested."""
    route = router.get(USERS_URL).mock(side_effect=offset_server(users(250)))

    items = list(
        client._transport.paginate(
            LIST_USERS, page_request(), parse_users_page, OFFSET, 100, 150
        )
    )

    assert len(items) == 150
    assert route.call_count == 2


def test_short_page_ends_a_listing_without_count(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """Without a count, a page shorter than the page size is the last one."""
    route = router.get(USERS_URL).mock(
        side_effect=offset_server(users(230), with_count=False)
    )

    items = list(
        client._transport.paginate(
            LIST_USERS, page_request(), parse_users_page, OFFSET, 100, None
        )
    )

    assert len(items) == 230
    assert route.call_count == 3


def test_bare_array_pages(client: DynamicClient, router: respx.MockRouter) -> None:
    """Pages that are a bare JSON array (items=None) paginate by offset too."""
    rows = users(120)

    def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        return httpx.Response(200, json=rows[offset : offset + 50])

    route = router.get("/connections").mock(side_effect=serve)

    def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
        return {"method": "GET", "url": "/connections", "params": {"offset": offset}}

    def parse(response: httpx.Response) -> list[User]:
        return [User(id=row["id"]) for row in response.json()]

    items = list(client._transport.paginate(LIST_USERS, page, parse, BARE, None, None))

    assert len(items) == 120
    assert route.call_count == 3


@attrs.define
class EventsPage:
    """Stand-in for a generated cursor page model."""

    data: list[User]
    cursor: str | None


def parse_events(response: httpx.Response) -> EventsPage:
    body = response.json()
    return EventsPage([User(id=e["id"]) for e in body["data"]], body.get("cursor"))


def test_cursor_pagination_follows_cursors_until_none(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """Cursor style sends each returned cursor and stops when none comes back."""
    route = router.get("/events").mock(
        side_effect=[
            httpx.Response(
                200, json={"data": [{"id": "e1"}, {"id": "e2"}], "cursor": "c1"}
            ),
            httpx.Response(200, json={"data": [{"id": "e3"}], "cursor": "c2"}),
            httpx.Response(200, json={"data": [{"id": "e4"}], "cursor": None}),
        ]
    )

    def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
        params = {} if cursor is None else {"cursor": cursor}
        return {"method": "GET", "url": "/events", "params": params}

    items = list(
        client._transport.paginate(LIST_USERS, page, parse_events, CURSOR, None, None)
    )

    assert [e.id for e in items] == ["e1", "e2", "e3", "e4"]
    sent = [call.request.url.params.get("cursor") for call in route.calls]
    assert sent == [None, "c1", "c2"]


def fixed_page(offset: int | None, cursor: str | None) -> dict[str, Any]:
    return {"offset": offset, "cursor": cursor}


@pytest.mark.parametrize(
    ("pages", "expected_requests"),
    [
        ([[1, 2, 3], [4, 5, 6], [7]], 3),  # short page ends it
        ([[1, 2, 3], [4, 5, 6], []], 3),  # empty page ends it
        ([[1, 2, 3], [1, 2, 3]], 2),  # a repeated page ends it
    ],
)
def test_pager_without_page_size_uses_the_first_page_length(
    pages: list[list[int]], expected_requests: int
) -> None:
    """With no page size requested, the first page's length defines a short page."""
    pager = Pager(fixed_page, BARE, None, None)
    wrapped = [[User(id=str(i)) for i in page] for page in pages]

    request = pager.first()
    made = 0
    while request is not None:
        _, request = pager.advance(wrapped[made])
        made += 1

    assert made == expected_requests


def test_pager_with_zero_max_items_requests_nothing() -> None:
    """max_items=0 means no request at all."""
    assert Pager(fixed_page, OFFSET, 100, 0).first() is None


def test_lookahead_needs_a_count_and_stays_within_it() -> None:
    """The page after the one in flight is only named once a count says it exists."""
    pager = Pager(page_request(), OFFSET, 100, None)
    pager.first()
    assert pager.lookahead() is None  # no count seen yet

    first = type("Page", (), {"users": [User(id=str(i)) for i in range(100)]})()
    first.count = 250
    _, second = pager.advance(first)

    assert second is not None and second["params"]["offset"] == 100
    ahead = pager.lookahead()
    assert ahead is not None and ahead["params"]["offset"] == 200
    third = type("Page", (), {"users": [User(id=f"b{i}") for i in range(100)]})()
    third.count = 250
    _, after_second = pager.advance(third)
    assert after_second == ahead
    assert pager.lookahead() is None  # 300 would be past the count


def test_lookahead_respects_max_items() -> None:
    """No page is named ahead when the page in flight may reach max_items."""
    pager = Pager(page_request(), OFFSET, 100, 150)
    pager.first()
    page = type("Page", (), {"users": [User(id=str(i)) for i in range(100)]})()
    page.count = 1000
    pager.advance(page)

    assert pager.lookahead() is None
