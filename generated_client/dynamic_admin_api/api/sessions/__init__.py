"""Sessions operations.

:class:`SessionsApi` and :class:`AsyncSessionsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.session import Session
    from ...types import AsyncTransport, Transport


class SessionsApi:
    """Sessions operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def revoke_session_by_id(
        self,
        session_id: str,
    ) -> Session:
        """Revoke session by id"""

        from .revoke_session_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            session_id=session_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_session_by_id(
        self,
        user_id: str,
        session_id: str,
    ) -> Session:
        """Get session by id"""

        from .get_session_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
            session_id=session_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncSessionsApi:
    """Sessions operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def revoke_session_by_id(
        self,
        session_id: str,
    ) -> Session:
        """Revoke session by id"""

        from .revoke_session_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            session_id=session_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_session_by_id(
        self,
        user_id: str,
        session_id: str,
    ) -> Session:
        """Get session by id"""

        from .get_session_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
            session_id=session_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
