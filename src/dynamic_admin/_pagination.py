"""Which page to request next and which items to hand out: pure state, no I/O.

The sync and async clients feed each parsed page to `Pager.advance` and get
back the items to yield and the request for the next page, or None when done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import httpx

PageRequest = Callable[[int | None, str | None], dict[str, Any]]
Parse = Callable[["httpx.Response"], Any]


class PaginationLike(Protocol):
    """What the pager reads from `dynamic_admin_api.types.Pagination`."""

    @property
    def style(self) -> str: ...
    @property
    def items(self) -> str | None: ...
    @property
    def count(self) -> str | None: ...
    @property
    def cursor(self) -> str | None: ...


def parse_with_items(parse: Parse, pagination: PaginationLike) -> Parse:
    """Wrap a page's `parse` so that it also reads the page's item list.

    Models decode fields on first read; reading the list here checks each
    item's required fields inside `parse`, where a malformed page becomes an
    `APIResponseValidationError` naming the operation, instead of failing
    later in the caller's loop.
    """
    attribute = pagination.items
    if attribute is None:
        return parse

    def parse_page(response: httpx.Response) -> Any:
        page = parse(response)
        getattr(page, attribute, None)
        return page

    return parse_page


class Pager:
    """Walks an offset- or cursor-paginated listing.

    Offset style stops at an empty page, once ``offset >= count`` when the page
    reports a count, or else at a page shorter than the page size (the
    requested one, or the first page's length when none was requested).
    Cursor style stops when no new cursor comes back. Both skip items whose
    ``id`` was already yielded (offset pages shift when items are added during
    the walk), stop at a non-empty page with nothing new (a server ignoring
    the offset would otherwise loop forever), and stop after `max_items`.
    """

    __slots__ = (
        "_count",
        "_cursor",
        "_max_items",
        "_offset",
        "_page",
        "_page_size",
        "_pagination",
        "_seen",
        "_yielded",
    )

    def __init__(
        self,
        page: PageRequest,
        pagination: PaginationLike,
        page_size: int | None,
        max_items: int | None,
    ) -> None:
        self._page = page
        self._pagination = pagination
        self._page_size = page_size
        self._max_items = max_items
        self._offset = 0
        self._cursor: str | None = None
        self._count: int | None = None
        self._seen: set[Any] = set()
        self._yielded = 0

    def first(self) -> dict[str, Any] | None:
        """Return the request for the first page, or None if nothing is wanted."""
        if self._max_items is not None and self._max_items <= 0:
            return None
        if self._pagination.style == "cursor":
            return self._page(None, None)
        return self._page(0, None)

    def advance(self, page: Any) -> tuple[list[Any], dict[str, Any] | None]:
        """Take a parsed page; return the new items and the next page's request."""
        attribute = self._pagination.items
        raw = page if attribute is None else getattr(page, attribute, None)
        if not isinstance(raw, list):
            raw = []
        fresh = self._fresh(raw)
        if self._max_items is not None and self._yielded >= self._max_items:
            return fresh, None
        if not raw or not fresh:
            return fresh, None
        if self._pagination.style == "cursor":
            return fresh, self._next_cursor(page)
        return fresh, self._next_offset(page, len(raw))

    def lookahead(self) -> dict[str, Any] | None:
        """Return the request after the page in flight, when it is sure to be wanted.

        Offset style only, once a page has reported the total count: the page
        in flight is taken to be full, and None is returned when the next one
        would start at or past the count, or is not needed for `max_items`. A
        caller may send it early, and must use its answer only if `advance`
        then returns an equal request.
        """
        size, count = self._page_size, self._count
        if self._pagination.style != "offset" or size is None or count is None:
            return None
        offset = self._offset + size
        if offset >= count:
            return None
        if self._max_items is not None and self._yielded + size >= self._max_items:
            return None
        return self._page(offset, None)

    def _fresh(self, raw: list[Any]) -> list[Any]:
        seen = self._seen
        limit = self._max_items
        fresh = []
        for item in raw:
            key = getattr(item, "id", None)
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
            fresh.append(item)
            self._yielded += 1
            if limit is not None and self._yielded >= limit:
                break
        return fresh

    def _next_offset(self, page: Any, received: int) -> dict[str, Any] | None:
        self._offset += received
        attribute = self._pagination.count
        count = None if attribute is None else getattr(page, attribute, None)
        if isinstance(count, int) and not isinstance(count, bool):
            self._count = count
            if self._offset >= count:
                return None
        else:
            if self._page_size is None:
                self._page_size = received
            if received < self._page_size:
                return None
        return self._page(self._offset, None)

    def _next_cursor(self, page: Any) -> dict[str, Any] | None:
        attribute = self._pagination.cursor
        cursor = None if attribute is None else getattr(page, attribute, None)
        if not isinstance(cursor, str) or not cursor or cursor == self._cursor:
            return None
        self._cursor = cursor
        return self._page(None, cursor)
