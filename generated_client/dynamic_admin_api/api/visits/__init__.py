"""Visits operations.

:class:`VisitsApi` and :class:`AsyncVisitsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.visitor import Visitor
    from ...models.visitor_search_filter_params import VisitorSearchFilterParams
    from ...models.visitors_response import VisitorsResponse
    from ...types import AsyncTransport, Transport


class VisitsApi:
    """Visits operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_environment_visitors(
        self,
        *,
        environment_id: str | None = None,
        filter: VisitorSearchFilterParams | None = None,
        order_by: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> VisitorsResponse:
        """Get environment visitors"""

        from .get_environment_visitors import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            filter_=filter,
            order_by=order_by,
            offset=offset,
            limit=limit,
            environment_id=environment_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def iter_environment_visitors(
        self,
        *,
        environment_id: str | None = None,
        filter: VisitorSearchFilterParams | None = None,
        order_by: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Visitor]:
        """Iterate over every item of :meth:`get_environment_visitors`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_environment_visitors import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                filter_=filter,
                order_by=order_by,
                limit=limit,
                environment_id=environment_id,
                offset=offset,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)


class AsyncVisitsApi:
    """Visits operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_environment_visitors(
        self,
        *,
        environment_id: str | None = None,
        filter: VisitorSearchFilterParams | None = None,
        order_by: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> VisitorsResponse:
        """Get environment visitors"""

        from .get_environment_visitors import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            filter_=filter,
            order_by=order_by,
            offset=offset,
            limit=limit,
            environment_id=environment_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    def iter_environment_visitors(
        self,
        *,
        environment_id: str | None = None,
        filter: VisitorSearchFilterParams | None = None,
        order_by: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Visitor]:
        """Iterate over every item of :meth:`get_environment_visitors`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_environment_visitors import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                filter_=filter,
                order_by=order_by,
                limit=limit,
                environment_id=environment_id,
                offset=offset,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)
