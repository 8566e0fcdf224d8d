"""Every paginated operation of the description, iterated across two pages.

The operations, their page shapes and their item schemas come from the
description's ``x-dynamic-pagination`` markers; each ``iter_*`` method must
walk the pages the way its marker says and yield every item once.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
import respx
from dynamic_spec.examples import example, resolve

from dynamic_admin import DynamicClient

from .spec_cases import (
    BASE_URL,
    ENV,
    TOKEN,
    Case,
    expected_call,
    iter_cases,
    snake_case,
)

TOTAL = 3
PAGE_SIZE = 2

PAGINATED = [case for case in iter_cases() if "x-dynamic-pagination" in case.operation]


def test_the_description_marks_paginated_operations() -> None:
    """Both pagination styles occur among the marked operations."""
    styles = {case.operation["x-dynamic-pagination"]["style"] for case in PAGINATED}
    assert styles == {"offset", "cursor"}


def _items(case: Case) -> list[Any]:
    marker = case.operation["x-dynamic-pagination"]
    assert case.success_schema is not None
    page = resolve(case.success_schema)
    if marker["items"] is not None:
        page = resolve(page["properties"][marker["items"]])
    item = example(page["items"], f"{case.operation_id}.item")
    items = []
    for n in range(TOTAL):
        value = copy.deepcopy(item)
        if isinstance(value, dict):
            value["id"] = f"item-{n}"
        items.append(value)
    return items


def _page(case: Case, items: list[Any], cursor: str | None) -> Any:
    marker = case.operation["x-dynamic-pagination"]
    if marker["items"] is None:
        return items
    assert case.success_schema is not None
    page = example(case.success_schema, f"{case.operation_id}.page")
    page[marker["items"]] = items
    if marker["count"]:
        page[marker["count"]] = TOTAL
    if marker["cursor"]:
        page.pop(marker["cursor"], None)
        if cursor is not None:
            page[marker["cursor"]] = cursor
    return page


def _server(case: Case, items: list[Any]) -> Any:
    style = case.operation["x-dynamic-pagination"]["style"]

    def answer(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        if style == "offset":
            offset = int(params.get("offset", "0"))
            limit = int(params["limit"])
            chunk = items[offset : offset + limit]
            return httpx.Response(200, json=_page(case, chunk, None))
        if "cursor" not in params:
            return httpx.Response(200, json=_page(case, items[:PAGE_SIZE], "next-1"))
        assert params["cursor"] == "next-1"
        return httpx.Response(200, json=_page(case, items[PAGE_SIZE:], None))

    return answer


@pytest.mark.parametrize("case", PAGINATED, ids=[c.operation_id for c in PAGINATED])
def test_iterator_walks_every_page(case: Case) -> None:
    """The iter_ method fetches two pages and yields each item once, in order."""
    sent = expected_call(case, ENV)
    path_args = {k: v for k, v in sent.kwargs.items() if k not in _query_names(case)}
    style = case.operation["x-dynamic-pagination"]["style"]
    items = _items(case)
    with (
        respx.mock(base_url=BASE_URL, assert_all_called=True) as router,
        DynamicClient(TOKEN, environment_id=ENV, base_url=BASE_URL) as client,
    ):
        route = router.route(method="GET", path=sent.decoded_path)
        route.side_effect = _server(case, items)
        api = getattr(client, snake_case(case.tag))
        name = "iter_" + snake_case(case.operation_id).removeprefix("get_")
        iterate = getattr(api, name)
        kwargs = {snake_case(k): v for k, v in path_args.items()}
        if style == "offset":
            kwargs["limit"] = PAGE_SIZE

        got = [item.to_dict() for item in iterate(**kwargs)]

        requests = [call.request for call in route.calls]
    assert got == items
    assert len(requests) == 2
    for request in requests:
        raw_path = request.url.raw_path.decode().partition("?")[0]
        assert raw_path == "/api/v0" + sent.raw_path
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if style == "offset":
        offsets = [int(r.url.params.get("offset", "0")) for r in requests]
        assert offsets == [0, PAGE_SIZE]
        assert {r.url.params["limit"] for r in requests} == {str(PAGE_SIZE)}
    else:
        assert "cursor" not in requests[0].url.params
        assert requests[1].url.params["cursor"] == "next-1"


def _query_names(case: Case) -> set[str]:
    return {p["name"] for p in case.parameters if p["in"] == "query"}
