"""GlobalWallets operations.

:class:`GlobalWalletsApi` and :class:`AsyncGlobalWalletsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.global_wallet_settings import GlobalWalletSettings
    from ...models.global_wallet_settings_create_request import GlobalWalletSettingsCreateRequest
    from ...models.global_wallet_settings_update_request import GlobalWalletSettingsUpdateRequest
    from ...types import AsyncTransport, Transport


class GlobalWalletsApi:
    """GlobalWallets operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def disable_global_wallet(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletSettings:
        """Disable global wallet"""

        from .disable_global_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def enable_global_wallet(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletSettings:
        """Enable global wallet"""

        from .enable_global_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_global_wallet_settings(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletSettings:
        """Get global wallet settings"""

        from .get_global_wallet_settings import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def update_global_wallet_settings(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletSettingsUpdateRequest,
    ) -> GlobalWalletSettings:
        """Update global wallet settings"""

        from .update_global_wallet_settings import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_global_wallet_settings(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletSettingsCreateRequest,
    ) -> GlobalWalletSettings:
        """Create global wallet settings"""

        from .create_global_wallet_settings import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncGlobalWalletsApi:
    """GlobalWallets operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def disable_global_wallet(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletSettings:
        """Disable global wallet"""

        from .disable_global_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_global_wallet(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletSettings:
        """Enable global wallet"""

        from .enable_global_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_global_wallet_settings(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletSettings:
        """Get global wallet settings"""

        from .get_global_wallet_settings import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def update_global_wallet_settings(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletSettingsUpdateRequest,
    ) -> GlobalWalletSettings:
        """Update global wallet settings"""

        from .update_global_wallet_settings import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_global_wallet_settings(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletSettingsCreateRequest,
    ) -> GlobalWalletSettings:
        """Create global wallet settings"""

        from .create_global_wallet_settings import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
