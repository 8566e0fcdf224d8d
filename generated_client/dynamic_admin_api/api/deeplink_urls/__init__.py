"""DeeplinkUrls operations.

:class:`DeeplinkUrlsApi` and :class:`AsyncDeeplinkUrlsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.add_deeplink_url_request import AddDeeplinkUrlRequest
    from ...models.deeplink_url_response import DeeplinkUrlResponse
    from ...models.deeplink_urls_response import DeeplinkUrlsResponse
    from ...types import AsyncTransport, Transport


class DeeplinkUrlsApi:
    """DeeplinkUrls operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def delete_deeplink_url_by_id(
        self,
        deeplink_url_id: str,
    ) -> None:
        """Delete deeplink url by id"""

        from .delete_deeplink_url_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            deeplink_url_id=deeplink_url_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_deeplink_urls(
        self,
        *,
        environment_id: str | None = None,
    ) -> DeeplinkUrlsResponse:
        """Get deeplink urls"""

        from .get_deeplink_urls import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def add_deeplink_url(
        self,
        *,
        environment_id: str | None = None,
        body: AddDeeplinkUrlRequest,
    ) -> DeeplinkUrlResponse:
        """Add deeplink url"""

        from .add_deeplink_url import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncDeeplinkUrlsApi:
    """DeeplinkUrls operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def delete_deeplink_url_by_id(
        self,
        deeplink_url_id: str,
    ) -> None:
        """Delete deeplink url by id"""

        from .delete_deeplink_url_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            deeplink_url_id=deeplink_url_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_deeplink_urls(
        self,
        *,
        environment_id: str | None = None,
    ) -> DeeplinkUrlsResponse:
        """Get deeplink urls"""

        from .get_deeplink_urls import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def add_deeplink_url(
        self,
        *,
        environment_id: str | None = None,
        body: AddDeeplinkUrlRequest,
    ) -> DeeplinkUrlResponse:
        """Add deeplink url"""

        from .add_deeplink_url import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
