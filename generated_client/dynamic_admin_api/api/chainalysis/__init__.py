"""Chainalysis operations.

:class:`ChainalysisApi` and :class:`AsyncChainalysisApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.chainalysis_configuration import ChainalysisConfiguration
    from ...types import AsyncTransport, Transport


class ChainalysisApi:
    """Chainalysis operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_chainalysis_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> ChainalysisConfiguration:
        """Get chainalysis by environment id"""

        from .get_chainalysis_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def disable_sanctions_api_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> ChainalysisConfiguration:
        """Disable sanctions api by environment id"""

        from .disable_sanctions_api_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def enable_sanctions_api_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> ChainalysisConfiguration:
        """Enable sanctions api by environment id"""

        from .enable_sanctions_api_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncChainalysisApi:
    """Chainalysis operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_chainalysis_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> ChainalysisConfiguration:
        """Get chainalysis by environment id"""

        from .get_chainalysis_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def disable_sanctions_api_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> ChainalysisConfiguration:
        """Disable sanctions api by environment id"""

        from .disable_sanctions_api_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_sanctions_api_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> ChainalysisConfiguration:
        """Enable sanctions api by environment id"""

        from .enable_sanctions_api_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
