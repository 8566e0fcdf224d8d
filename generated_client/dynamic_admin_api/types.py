"""Shared types: request plumbing, the transport protocols and field sentinels."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NamedTuple, Protocol, TypeVar
from urllib.parse import quote

import httpx
from attrs import define


class Unset:
    """Type of :data:`UNSET`, the value of a field absent from a payload."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response from an endpoint, with its parsed body."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


class Operation(NamedTuple):
    """Identity of one API operation, as written in the OpenAPI description."""

    id: str
    """operationId exactly as upstream, e.g. ``"getUser"``."""
    method: str
    """Upper-case HTTP method."""
    path: str
    """Path template as in the description, e.g. ``"/environments/{environmentId}/users"``."""
    tag: str
    """The description's tag the operation is filed under."""


class Pagination(NamedTuple):
    """How to walk the pages of a paginated operation."""

    style: Literal["offset", "cursor"]
    items: str | None
    """Attribute of the parsed page holding the list; None when the page is the list."""
    count: str | None  # type: ignore[assignment]  # the field shadows tuple.count
    """Offset style: attribute holding the total count (None: stop on a short page)."""
    cursor: str | None
    """Cursor style: attribute holding the next page's cursor."""


PageRequest = Callable[[int | None, str | None], dict[str, Any]]
"""Builds the request of one page from ``(offset, cursor)``."""


class Transport(Protocol):
    """What the generated facades need from a client (implemented by dynamic_admin)."""

    @property
    def environment_id(self) -> str:
        """The environment used when a call does not name one."""
        ...

    def request(
        self,
        operation: Operation,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
    ) -> T:
        """Send ``request``; return ``parse(response)`` for a 2xx, raise otherwise."""
        ...

    def paginate(
        self,
        operation: Operation,
        page: PageRequest,
        parse: Callable[[httpx.Response], Any],
        pagination: Pagination,
        page_size: int | None,
        max_items: int | None,
    ) -> Iterator[Any]:
        """Yield the items of every page, requesting pages as they are consumed."""
        ...


class AsyncTransport(Protocol):
    """The asyncio counterpart of :class:`Transport`."""

    @property
    def environment_id(self) -> str:
        """The environment used when a call does not name one."""
        ...

    async def request(
        self,
        operation: Operation,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
    ) -> T:
        """Send ``request``; return ``parse(response)`` for a 2xx, raise otherwise."""
        ...

    def paginate(
        self,
        operation: Operation,
        page: PageRequest,
        parse: Callable[[httpx.Response], Any],
        pagination: Pagination,
        page_size: int | None,
        max_items: int | None,
    ) -> AsyncIterator[Any]:
        """Yield the items of every page, requesting pages as they are consumed."""
        ...


def path_segment(value: object) -> str:
    """Percent-encode ``value`` as exactly one path segment.

    ``quote`` leaves "." alone, and a segment of "." or ".." would be
    collapsed by URL normalisation (RFC 3986, section 5.2.4), reaching a
    different resource; so those two are encoded as well.
    """
    text = quote(str(value), safe="")
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return text


def deep_object(name: str, value: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a ``style: deepObject`` parameter into ``name[key]`` query keys."""
    flat: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(item, Mapping):
            flat.update(deep_object(f"{name}[{key}]", item))
        elif item is not None:
            flat[f"{name}[{key}]"] = item
    return flat


__all__ = [
    "UNSET",
    "AsyncTransport",
    "File",
    "FileTypes",
    "Operation",
    "PageRequest",
    "Pagination",
    "RequestFiles",
    "Response",
    "Transport",
    "Unset",
    "deep_object",
    "path_segment",
]
