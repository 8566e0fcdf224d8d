"""GlobalWalletConnections operations.

:class:`GlobalWalletConnectionsApi` and :class:`AsyncGlobalWalletConnectionsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.get_global_wallet_connections_status import GetGlobalWalletConnectionsStatus
    from ...models.global_wallet_connection import GlobalWalletConnection
    from ...types import AsyncTransport, Transport


class GlobalWalletConnectionsApi:
    """GlobalWalletConnections operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_global_wallet_connections(
        self,
        *,
        environment_id: str | None = None,
        user_id: str | None = None,
        status: GetGlobalWalletConnectionsStatus | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> list[GlobalWalletConnection]:
        """Get global wallet connections"""

        from .get_global_wallet_connections import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            user_id=user_id,
            status=status,
            offset=offset,
            limit=limit,
            environment_id=environment_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def iter_global_wallet_connections(
        self,
        *,
        environment_id: str | None = None,
        user_id: str | None = None,
        status: GetGlobalWalletConnectionsStatus | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[GlobalWalletConnection]:
        """Iterate over every item of :meth:`get_global_wallet_connections`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_global_wallet_connections import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                user_id=user_id,
                status=status,
                limit=limit,
                environment_id=environment_id,
                offset=offset,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)


class AsyncGlobalWalletConnectionsApi:
    """GlobalWalletConnections operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_global_wallet_connections(
        self,
        *,
        environment_id: str | None = None,
        user_id: str | None = None,
        status: GetGlobalWalletConnectionsStatus | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> list[GlobalWalletConnection]:
        """Get global wallet connections"""

        from .get_global_wallet_connections import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            user_id=user_id,
            status=status,
            offset=offset,
            limit=limit,
            environment_id=environment_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    def iter_global_wallet_connections(
        self,
        *,
        environment_id: str | None = None,
        user_id: str | None = None,
        status: GetGlobalWalletConnectionsStatus | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[GlobalWalletConnection]:
        """Iterate over every item of :meth:`get_global_wallet_connections`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_global_wallet_connections import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                user_id=user_id,
                status=status,
                limit=limit,
                environment_id=environment_id,
                offset=offset,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)
