"""Events operations.

:class:`EventsApi` and :class:`AsyncEventsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.event import Event
    from ...models.event_type import EventType
    from ...models.events_response import EventsResponse
    from ...types import AsyncTransport, Transport


class EventsApi:
    """Events operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_events(
        self,
        *,
        environment_id: str | None = None,
        cursor: str | None = None,
        resource_type: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> EventsResponse:
        """Get events"""

        from .get_events import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            cursor=cursor,
            resource_type=resource_type,
            start_date=start_date,
            end_date=end_date,
            environment_id=environment_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def iter_events(
        self,
        *,
        environment_id: str | None = None,
        resource_type: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[Event]:
        """Iterate over every item of :meth:`get_events`, page by page.

        Args:
            max_items: Stop after this many items (all of them when None).
        """
        from .get_events import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                resource_type=resource_type,
                start_date=start_date,
                end_date=end_date,
                environment_id=environment_id,
                cursor=cursor,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, None, max_items)

    def get_event_by_id(
        self,
        event_id: str,
        *,
        environment_id: str | None = None,
    ) -> Event:
        """Get event by id"""

        from .get_event_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(event_id=event_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_event_types(
        self,
    ) -> list[EventType]:
        """Get event types"""

        from .get_event_types import OPERATION, _get_kwargs, _parse

        request = _get_kwargs()
        return self._transport.request(OPERATION, request, _parse)


class AsyncEventsApi:
    """Events operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_events(
        self,
        *,
        environment_id: str | None = None,
        cursor: str | None = None,
        resource_type: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> EventsResponse:
        """Get events"""

        from .get_events import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            cursor=cursor,
            resource_type=resource_type,
            start_date=start_date,
            end_date=end_date,
            environment_id=environment_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    def iter_events(
        self,
        *,
        environment_id: str | None = None,
        resource_type: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Event]:
        """Iterate over every item of :meth:`get_events`, page by page.

        Args:
            max_items: Stop after this many items (all of them when None).
        """
        from .get_events import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                resource_type=resource_type,
                start_date=start_date,
                end_date=end_date,
                environment_id=environment_id,
                cursor=cursor,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, None, max_items)

    async def get_event_by_id(
        self,
        event_id: str,
        *,
        environment_id: str | None = None,
    ) -> Event:
        """Get event by id"""

        from .get_event_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(event_id=event_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_event_types(
        self,
    ) -> list[EventType]:
        """Get event types"""

        from .get_event_types import OPERATION, _get_kwargs, _parse

        request = _get_kwargs()
        return await self._transport.request(OPERATION, request, _parse)
