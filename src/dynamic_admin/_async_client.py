"""The asynchronous client; it drives the same loop as the sync one, with `await`."""

from __future__ import annotations

import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx
from dynamic_admin_api.api import AsyncResources

from . import _base
from ._core import OperationLike, Settings, attempts, build_request
from ._pagination import Pager, PageRequest, PaginationLike, parse_with_items

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported on first use so sync-only programs never load it.
    import asyncio

    await asyncio.sleep(seconds)


class AsyncTransport:
    """Sends requests with an `httpx.AsyncClient`; implements `AsyncTransport`.

    `sleep`, `jitter` and `now` are attributes so tests can replace them.
    """

    __slots__ = ("_http", "_settings", "jitter", "now", "sleep")

    def __init__(self, http: httpx.AsyncClient, settings: Settings) -> None:
        self._http = http
        self._settings = settings
        self.sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
        self.jitter: Callable[[], float] = random.random
        self.now: Callable[[], float] = time.time

    def __repr__(self) -> str:
        return f"AsyncTransport({self._settings!r})"

    @property
    def environment_id(self) -> str:
        """The client's default environment id."""
        return _base.environment_id(self._settings)

    def copy(self, settings: Settings) -> AsyncTransport:
        """Return a transport with other settings that shares the connection pool."""
        new = AsyncTransport(self._http, settings)
        new.sleep, new.jitter, new.now = self.sleep, self.jitter, self.now
        return new

    async def request(
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
                    await self.sleep(command)
                    command = next(loop)
                    continue
                try:
                    response = await http.send(command)
                except httpx.RequestError as exc:
                    command = loop.throw(exc)
                else:
                    command = loop.send(response)
        except StopIteration as done:
            result: T = done.value
            return result

    async def paginate(
        self,
        operation: OperationLike,
        page: PageRequest,
        parse: Callable[[httpx.Response], Any],
        pagination: PaginationLike,
        page_size: int | None,
        max_items: int | None,
    ) -> AsyncIterator[Any]:
        """Yield the items of every page; later pages load while these are used.

        The next page's request is sent before this page's items are handed
        out. For offset pages with a known count, the page after it is sent
        too before the current one is parsed, so the server prepares one page
        while this process decodes another: at most two requests are in
        flight per iterator.
        """
        import asyncio

        def fetch(request: dict[str, Any]) -> asyncio.Task[Any]:
            return asyncio.create_task(self.request(operation, request, parse))

        pager = Pager(page, pagination, page_size, max_items)
        parse = parse_with_items(parse, pagination)
        request = pager.first()
        current = None if request is None else fetch(request)
        ahead: tuple[dict[str, Any], asyncio.Task[Any]] | None = None
        try:
            while current is not None:
                if ahead is None and (guess := pager.lookahead()) is not None:
                    ahead = (guess, fetch(guess))
                items, request = pager.advance(await current)
                current = None
                if ahead is not None:
                    if ahead[0] == request:
                        current = ahead[1]
                    else:
                        _discard(ahead[1])
                    ahead = None
                if current is None and request is not None:
                    current = fetch(request)
                for item in items:
                    yield item
        finally:
            for task in (current, ahead and ahead[1]):
                if task is not None:
                    _discard(task)


def _discard(task: asyncio.Task[Any]) -> None:
    # A finished task's exception must be fetched or asyncio logs it as lost.
    if not task.cancel() and not task.cancelled():
        task.exception()


class AsyncDynamicClient(
    _base.ClientBase[httpx.AsyncClient, AsyncTransport], AsyncResources
):
    """Asynchronous client for Dynamic's Admin API; mirrors `DynamicClient`.

    Every operation is a coroutine method of a resource attribute named after
    its tag, e.g. ``await client.users.get_user(user_id)``; ``iter_*`` methods
    return async iterators.

    Args:
        token: API token (``dyn_`` + 56 letters/digits); defaults to
            ``$DYNAMIC_API_TOKEN``.
        environment_id: Default environment for calls that do not pass one;
            defaults to ``$DYNAMIC_ENVIRONMENT_ID``.
        base_url: API root; must be https (http only for loopback hosts).
        timeout: Seconds, or an `httpx.Timeout`, per request attempt.
        max_retries: Retries after the first attempt for transient failures.
        http_client: An `httpx.AsyncClient` to send requests with. It is not
            closed by this client; its ``base_url`` and ``auth`` are not used.

    Raises:
        InvalidTokenError: The token is missing or malformed.
        ConfigurationError: The base URL is not acceptable.
    """

    _transport: AsyncTransport  # satisfies both bases' declarations
    _http_class = httpx.AsyncClient
    _transport_class = AsyncTransport

    async def aclose(self) -> None:
        """Close the connection pool, unless it belongs to a caller-supplied client."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
