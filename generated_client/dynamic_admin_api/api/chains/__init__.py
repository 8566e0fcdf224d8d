"""Chains operations.

:class:`ChainsApi` and :class:`AsyncChainsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.chain_enum import ChainEnum
    from ...models.chain_token import ChainToken
    from ...types import AsyncTransport, Transport


class ChainsApi:
    """Chains operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_all_tokens_by_chain(
        self,
        chain_name: ChainEnum,
        *,
        network_id: float | None = None,
    ) -> list[ChainToken]:
        """Get all tokens by chain"""

        from .get_all_tokens_by_chain import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            chain_name=chain_name,
            network_id=network_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncChainsApi:
    """Chains operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_all_tokens_by_chain(
        self,
        chain_name: ChainEnum,
        *,
        network_id: float | None = None,
    ) -> list[ChainToken]:
        """Get all tokens by chain"""

        from .get_all_tokens_by_chain import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            chain_name=chain_name,
            network_id=network_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
