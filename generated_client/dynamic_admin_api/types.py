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

    def __reduce__(self) -> str:
        # Copies and unpickled objects must refer to the one sentinel, as
        # fields are compared with it by identity.
        return "UNSET"


UNSET: Unset = Unset()


class MissingFieldError(KeyError):
    """A decoded JSON object lacks a field the description marks as required.

    A ``KeyError`` whose only argument is the missing wire field name, so
    ``except KeyError`` and ``exc.args[0]`` keep working. ``model`` is the
    model the field belongs to; ``path`` locates it from the object that was
    read, e.g. ``"User.wallets.publicKey"`` when reading ``user.wallets``
    found a wallet without ``publicKey``.
    """

    def __init__(self, field: str, model: str = "", path: str = "") -> None:
        super().__init__(field)
        self.field = field
        self.model = model
        self.path = path or f"{model}.{field}"

    def __str__(self) -> str:
        return f"{self.path}: required field {self.field!r} of {self.model} is missing"

    def within(self, holder: str) -> MissingFieldError:
        """The same error, located from the field ``holder`` (``"User.wallets"``) that held it."""
        inner = self.path.partition(".")[2]
        return MissingFieldError(self.field, self.model, f"{holder}.{inner}")


def missing_field(
    model: str, required: tuple[str, ...], data: Mapping[str, Any]
) -> MissingFieldError:
    """The error for the first of the ``required`` wire fields absent from ``data``."""
    field = next(key for key in required if key not in data)
    return MissingFieldError(field, model)


class LazyField:
    """One field of a parsed model, converted from the wire value when first read.

    A non-data descriptor: the value it stores in the instance's ``__dict__``
    shadows it afterwards, so later reads cost a plain attribute lookup.
    """

    __slots__ = ("decode", "key", "name")

    def __init__(self, name: str, key: str, decode: Callable[[Any], Any] | None) -> None:
        self.name = name
        self.key = key
        self.decode = decode

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        cache = instance.__dict__
        value = cache["_raw"].get(self.key, UNSET)
        decode = self.decode
        if decode is not None and value is not UNSET:
            try:
                value = decode(value)
            except MissingFieldError as exc:
                raise exc.within(f"{type(instance).__name__}.{self.name}") from None
            # The result may be changed in place, which the payload would not show.
            cache["_stale"] = True
        cache[self.name] = value
        return value


class LazyExtraFields:
    """``additional_properties`` of a parsed model: its unknown fields, read once."""

    __slots__ = ("decode", "known")

    def __init__(self, known: frozenset[str], decode: Callable[[Any], Any] | None = None) -> None:
        self.known = known
        self.decode = decode

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        cache = instance.__dict__
        known, decode = self.known, self.decode
        items = ((key, value) for key, value in cache["_raw"].items() if key not in known)
        value = {key: decode(item) for key, item in items} if decode else dict(items)
        cache["additional_properties"] = value
        cache["_stale"] = True
        return value


def not_an_object(model: str, data: object) -> TypeError:
    """The error for a JSON value that should have been an object."""
    return TypeError(f"{model} expects a JSON object, got {type(data).__name__}")


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
    "LazyExtraFields",
    "LazyField",
    "MissingFieldError",
    "FileTypes",
    "Operation",
    "PageRequest",
    "Pagination",
    "RequestFiles",
    "Response",
    "Transport",
    "Unset",
    "deep_object",
    "missing_field",
    "not_an_object",
    "path_segment",
]
