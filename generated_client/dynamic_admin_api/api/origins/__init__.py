"""Origins operations.

:class:`OriginsApi` and :class:`AsyncOriginsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.inline_object import InlineObject
    from ...models.inline_response_201 import InlineResponse201
    from ...models.origins_response import OriginsResponse
    from ...types import AsyncTransport, Transport


class OriginsApi:
    """Origins operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_origins(
        self,
        *,
        environment_id: str | None = None,
    ) -> OriginsResponse:
        """Get origins"""

        from .get_origins import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def add_origin(
        self,
        *,
        environment_id: str | None = None,
        body: InlineObject,
    ) -> InlineResponse201:
        """Add origin"""

        from .add_origin import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_origin_by_id(
        self,
        origin_id: str,
    ) -> None:
        """Delete origin by id"""

        from .delete_origin_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            origin_id=origin_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncOriginsApi:
    """Origins operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_origins(
        self,
        *,
        environment_id: str | None = None,
    ) -> OriginsResponse:
        """Get origins"""

        from .get_origins import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def add_origin(
        self,
        *,
        environment_id: str | None = None,
        body: InlineObject,
    ) -> InlineResponse201:
        """Add origin"""

        from .add_origin import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_origin_by_id(
        self,
        origin_id: str,
    ) -> None:
        """Delete origin by id"""

        from .delete_origin_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            origin_id=origin_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
