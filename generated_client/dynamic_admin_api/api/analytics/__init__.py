"""Analytics operations.

:class:`AnalyticsApi` and :class:`AsyncAnalyticsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.analytics_engagement_response import AnalyticsEngagementResponse
    from ...models.analytics_overview_response import AnalyticsOverviewResponse
    from ...models.analytics_topline_response import AnalyticsToplineResponse
    from ...models.analytics_visit_response import AnalyticsVisitResponse
    from ...models.analytics_wallets_response import AnalyticsWalletsResponse
    from ...models.get_analytics_overview_granularity import GetAnalyticsOverviewGranularity
    from ...models.get_wallets_breakdown_response_200_item import GetWalletsBreakdownResponse200Item
    from ...types import AsyncTransport, Transport


class AnalyticsApi:
    """Analytics operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_analytics_engagement(
        self,
        *,
        environment_id: str | None = None,
        start: str,
        end: str,
    ) -> AnalyticsEngagementResponse:
        """Get analytics engagement"""

        from .get_analytics_engagement import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(start=start, end=end, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_analytics_overview(
        self,
        *,
        environment_id: str | None = None,
        start: str,
        end: str,
        granularity: GetAnalyticsOverviewGranularity,
    ) -> AnalyticsOverviewResponse:
        """Get analytics overview"""

        from .get_analytics_overview import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            start=start, end=end, granularity=granularity, environment_id=environment_id
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_analytics_topline(
        self,
        *,
        environment_id: str | None = None,
        start: str,
        end: str,
    ) -> AnalyticsToplineResponse:
        """Get analytics topline"""

        from .get_analytics_topline import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(start=start, end=end, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_visit_analytics(
        self,
        *,
        environment_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> AnalyticsVisitResponse:
        """Get visit analytics"""

        from .get_visit_analytics import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            start_date=start_date, end_date=end_date, environment_id=environment_id
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_wallets_breakdown(
        self,
        *,
        environment_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> list[GetWalletsBreakdownResponse200Item]:
        """Get wallets breakdown"""

        from .get_wallets_breakdown import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            start_date=start_date, end_date=end_date, environment_id=environment_id
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_analytics_wallets(
        self,
        *,
        environment_id: str | None = None,
        start: str,
        end: str,
        chain: str,
    ) -> AnalyticsWalletsResponse:
        """Get analytics wallets"""

        from .get_analytics_wallets import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(start=start, end=end, chain=chain, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncAnalyticsApi:
    """Analytics operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_analytics_engagement(
        self,
        *,
        environment_id: str | None = None,
        start: str,
        end: str,
    ) -> AnalyticsEngagementResponse:
        """Get analytics engagement"""

        from .get_analytics_engagement import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(start=start, end=end, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_analytics_overview(
        self,
        *,
        environment_id: str | None = None,
        start: str,
        end: str,
        granularity: GetAnalyticsOverviewGranularity,
    ) -> AnalyticsOverviewResponse:
        """Get analytics overview"""

        from .get_analytics_overview import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            start=start, end=end, granularity=granularity, environment_id=environment_id
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_analytics_topline(
        self,
        *,
        environment_id: str | None = None,
        start: str,
        end: str,
    ) -> AnalyticsToplineResponse:
        """Get analytics topline"""

        from .get_analytics_topline import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(start=start, end=end, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_visit_analytics(
        self,
        *,
        environment_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> AnalyticsVisitResponse:
        """Get visit analytics"""

        from .get_visit_analytics import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            start_date=start_date, end_date=end_date, environment_id=environment_id
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_wallets_breakdown(
        self,
        *,
        environment_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> list[GetWalletsBreakdownResponse200Item]:
        """Get wallets breakdown"""

        from .get_wallets_breakdown import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            start_date=start_date, end_date=end_date, environment_id=environment_id
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_analytics_wallets(
        self,
        *,
        environment_id: str | None = None,
        start: str,
        end: str,
        chain: str,
    ) -> AnalyticsWalletsResponse:
        """Get analytics wallets"""

        from .get_analytics_wallets import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(start=start, end=end, chain=chain, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
