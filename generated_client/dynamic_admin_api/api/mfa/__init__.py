"""Mfa operations.

:class:`MfaApi` and :class:`AsyncMfaApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...types import AsyncTransport, Transport


class MfaApi:
    """Mfa operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def reset_all_mfa_devices(
        self,
        user_id: str,
    ) -> None:
        """Reset all mfa devices"""

        from .reset_all_mfa_devices import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def reset_user_mfa(
        self,
        user_id: str,
    ) -> None:
        """Reset user mfa"""

        from .reset_user_mfa import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncMfaApi:
    """Mfa operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def reset_all_mfa_devices(
        self,
        user_id: str,
    ) -> None:
        """Reset all mfa devices"""

        from .reset_all_mfa_devices import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def reset_user_mfa(
        self,
        user_id: str,
    ) -> None:
        """Reset user mfa"""

        from .reset_user_mfa import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
