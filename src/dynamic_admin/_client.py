"""The synchronous client and the transport that drives the shared loop with httpx."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from dynamic_admin_api.api import Resources

from . import _base
from ._core import OperationLike, Settings, attempts, build_request
from ._pagination import Pager, PageRequest, PaginationLike, parse_with_items

T = TypeVar("T")


class SyncTransport:
    """Sends requests with an `httpx.Client`; implements the generated `Transport`.

    `sleep`, `jitter` and `now` are attributes so tests can replace them.
    """

    __slots__ = ("_http", "_settings", "jitter", "now", "sleep")

    def __init__(self, http: httpx.Client, settings: Settings) -> None:
        self._http = http
        self._settings = settings
        self.sleep: Callable[[float], None] = time.sleep
        self.jitter: Callable[[], float] = random.random
        self.now: Callable[[], float] = time.time

    def __repr__(self) -> str:
        return f"SyncTransport({self._settings!r})"

    @property
    def environment_id(self) -> str:
        """The client's default environment id."""
        return _base.environment_id(self._settings)

    def copy(self, settings: Settings) -> SyncTransport:
        """Return a transport with other settings that shares the connection pool."""
        new = SyncTransport(self._http, settings)
        new.sleep, new.jitter, new.now = self.sleep, self.jitter, self.now
        return new

    def request(
        self,
        operation: OperationLike,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
    ) -> T:
        """Send one operation's request, retrying per policy; return the parsed body."""
        settings = self._settings
        http = self._http
        loop = attempts(
            settings.policy,
            operation,
            build_request(http, settings, request),
            parse,
            self.jitter,
            self.now,
        )
        try:
            command = next(loop)
            while True:
                if isinstance(command, float):
                    self.sleep(command)
                    command = next(loop)
                    continue
                try:
                    response = http.send(command)
                except httpx.RequestError as exc:
                    command = loop.throw(exc)
                else:
                    command = loop.send(response)
        except StopIteration as done:
            result: T = done.value
            return result

    def paginate(
        self,
        operation: OperationLike,
        page: PageRequest,
        parse: Callable[[httpx.Response], Any],
        pagination: PaginationLike,
        page_size: int | None,
        max_items: int | None,
    ) -> Iterator[Any]:
        """Yield the items of every page, fetching pages as they are needed."""
        pager = Pager(page, pagination, page_size, max_items)
        parse = parse_with_items(parse, pagination)
        request = pager.first()
        while request is not None:
            items, request = pager.advance(self.request(operation, request, parse))
            yield from items


class DynamicClient(_base.ClientBase[httpx.Client, SyncTransport], Resources):
    """Synchronous client for Dynamic's Admin API.

    Every operation is a method of a resource attribute named after its tag,
    e.g. ``client.users.get_user(user_id)``.

    Args:
        token: API token (``dyn_`` + 56 letters/digits); defaults to
            ``$DYNAMIC_API_TOKEN``.
        environment_id: Default environment for calls that do not pass one;
            defaults to ``$DYNAMIC_ENVIRONMENT_ID``.
        base_url: API root; must be https (http only for loopback hosts).
        timeout: Seconds, or an `httpx.Timeout`, per request attempt.
        max_retries: Retries after the first attempt for transient failures.
        http_client: An `httpx.Client` to send requests with. It is not
            closed by this client; its ``base_url`` and ``auth`` are not used.

    Raises:
        InvalidTokenError: The token is missing or malformed.
        ConfigurationError: The base URL is not acceptable.
    """

    _transport: SyncTransport  # satisfies both bases' declarations
    _http_class = httpx.Client
    _transport_class = SyncTransport

    def close(self) -> None:
        """Close the connection pool, unless it belongs to a caller-supplied client."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
