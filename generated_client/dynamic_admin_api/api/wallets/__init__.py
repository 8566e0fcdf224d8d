"""Wallets operations.

:class:`WalletsApi` and :class:`AsyncWalletsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.create_user_embedded_wallets_from_farcaster_request import (
        CreateUserEmbeddedWalletsFromFarcasterRequest,
    )
    from ...models.create_user_embedded_wallets_request import CreateUserEmbeddedWalletsRequest
    from ...models.create_wallet_request import CreateWalletRequest
    from ...models.embedded_wallet_version_enum import EmbeddedWalletVersionEnum
    from ...models.user_response import UserResponse
    from ...models.user_wallets_response import UserWalletsResponse
    from ...models.wallet import Wallet
    from ...models.wallet_detail import WalletDetail
    from ...models.wallet_recovery_request import WalletRecoveryRequest
    from ...models.wallet_recovery_response import WalletRecoveryResponse
    from ...models.wallets_response import WalletsResponse
    from ...types import AsyncTransport, Transport


class WalletsApi:
    """Wallets operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_active_embedded_wallet_versions_for_environment(
        self,
        *,
        environment_id: str | None = None,
    ) -> list[EmbeddedWalletVersionEnum]:
        """Get active embedded wallet versions for environment

        Lists the embedded wallet versions in use in the environment."""

        from .get_active_embedded_wallet_versions_for_environment import (
            OPERATION,
            _get_kwargs,
            _parse,
        )

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_embedded_wallet(
        self,
        *,
        environment_id: str | None = None,
        body: CreateUserEmbeddedWalletsRequest,
    ) -> UserResponse:
        """Create embedded wallet

        Creates embedded (Dynamic-managed) wallets for a user identified by email, phone
        number or another identifier, creating the user if needed."""

        from .create_embedded_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_embedded_wallet_from_farcaster(
        self,
        *,
        environment_id: str | None = None,
        body: CreateUserEmbeddedWalletsFromFarcasterRequest,
    ) -> UserResponse:
        """Create embedded wallet from farcaster

        Creates embedded wallets for a user identified by their Farcaster account."""

        from .create_embedded_wallet_from_farcaster import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_wallets_by_user_id(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
    ) -> UserWalletsResponse:
        """Get wallets by user id

        Lists every wallet linked to one user."""

        from .get_wallets_by_user_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_wallet(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create wallet

        Links an existing wallet address to a user."""

        from .create_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_wallets_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> WalletsResponse:
        """Get wallets by environment id

        Lists the wallets linked to users of an environment, paged with `offset` and
        `limit`; the response carries the total `count`."""

        from .get_wallets_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(limit=limit, offset=offset, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def iter_wallets_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WalletDetail]:
        """Iterate over every item of :meth:`get_wallets_by_environment_id`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_wallets_by_environment_id import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(limit=limit, environment_id=environment_id, offset=offset)

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)

    def recover_deleted_wallets_with_environment(
        self,
        *,
        environment_id: str | None = None,
        body: WalletRecoveryRequest,
    ) -> WalletRecoveryResponse:
        """Recover deleted wallets with environment

        Restores wallets that were deleted from the environment."""

        from .recover_deleted_wallets_with_environment import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_wallet_by_id(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
    ) -> Wallet:
        """Get wallet by id

        Fetches one wallet of the environment by its Dynamic wallet id."""

        from .get_wallet_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_wallet_by_id(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete wallet by id

        Unlinks a wallet from its user. The on-chain account itself is not affected."""

        from .delete_wallet_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_wallets_by_user_id_legacy(
        self,
        user_id: str,
    ) -> UserWalletsResponse:
        """Get wallets by user id legacy

        Older form of getWalletsByUserId addressed without the environment; prefer
        getWalletsByUserId."""

        from .get_wallets_by_user_id_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def create_wallet_legacy(
        self,
        user_id: str,
        *,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create wallet legacy

        Older form of createWallet addressed without the environment; prefer
        createWallet."""

        from .create_wallet_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_wallet_by_id_legacy(
        self,
        wallet_id: str,
    ) -> Wallet:
        """Get wallet by id legacy

        Older form of getWalletById addressed without the environment; prefer
        getWalletById."""

        from .get_wallet_by_id_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            wallet_id=wallet_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_wallet_by_id_legacy(
        self,
        wallet_id: str,
    ) -> None:
        """Delete wallet by id legacy

        Older form of deleteWalletById addressed without the environment; prefer
        deleteWalletById."""

        from .delete_wallet_by_id_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            wallet_id=wallet_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncWalletsApi:
    """Wallets operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_active_embedded_wallet_versions_for_environment(
        self,
        *,
        environment_id: str | None = None,
    ) -> list[EmbeddedWalletVersionEnum]:
        """Get active embedded wallet versions for environment

        Lists the embedded wallet versions in use in the environment."""

        from .get_active_embedded_wallet_versions_for_environment import (
            OPERATION,
            _get_kwargs,
            _parse,
        )

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_embedded_wallet(
        self,
        *,
        environment_id: str | None = None,
        body: CreateUserEmbeddedWalletsRequest,
    ) -> UserResponse:
        """Create embedded wallet

        Creates embedded (Dynamic-managed) wallets for a user identified by email, phone
        number or another identifier, creating the user if needed."""

        from .create_embedded_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_embedded_wallet_from_farcaster(
        self,
        *,
        environment_id: str | None = None,
        body: CreateUserEmbeddedWalletsFromFarcasterRequest,
    ) -> UserResponse:
        """Create embedded wallet from farcaster

        Creates embedded wallets for a user identified by their Farcaster account."""

        from .create_embedded_wallet_from_farcaster import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_wallets_by_user_id(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
    ) -> UserWalletsResponse:
        """Get wallets by user id

        Lists every wallet linked to one user."""

        from .get_wallets_by_user_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_wallet(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create wallet

        Links an existing wallet address to a user."""

        from .create_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_wallets_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> WalletsResponse:
        """Get wallets by environment id

        Lists the wallets linked to users of an environment, paged with `offset` and
        `limit`; the response carries the total `count`."""

        from .get_wallets_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(limit=limit, offset=offset, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    def iter_wallets_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WalletDetail]:
        """Iterate over every item of :meth:`get_wallets_by_environment_id`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_wallets_by_environment_id import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(limit=limit, environment_id=environment_id, offset=offset)

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)

    async def recover_deleted_wallets_with_environment(
        self,
        *,
        environment_id: str | None = None,
        body: WalletRecoveryRequest,
    ) -> WalletRecoveryResponse:
        """Recover deleted wallets with environment

        Restores wallets that were deleted from the environment."""

        from .recover_deleted_wallets_with_environment import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_wallet_by_id(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
    ) -> Wallet:
        """Get wallet by id

        Fetches one wallet of the environment by its Dynamic wallet id."""

        from .get_wallet_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_wallet_by_id(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete wallet by id

        Unlinks a wallet from its user. The on-chain account itself is not affected."""

        from .delete_wallet_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_wallets_by_user_id_legacy(
        self,
        user_id: str,
    ) -> UserWalletsResponse:
        """Get wallets by user id legacy

        Older form of getWalletsByUserId addressed without the environment; prefer
        getWalletsByUserId."""

        from .get_wallets_by_user_id_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def create_wallet_legacy(
        self,
        user_id: str,
        *,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create wallet legacy

        Older form of createWallet addressed without the environment; prefer
        createWallet."""

        from .create_wallet_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_wallet_by_id_legacy(
        self,
        wallet_id: str,
    ) -> Wallet:
        """Get wallet by id legacy

        Older form of getWalletById addressed without the environment; prefer
        getWalletById."""

        from .get_wallet_by_id_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            wallet_id=wallet_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_wallet_by_id_legacy(
        self,
        wallet_id: str,
    ) -> None:
        """Delete wallet by id legacy

        Older form of deleteWalletById addressed without the environment; prefer
        deleteWalletById."""

        from .delete_wallet_by_id_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            wallet_id=wallet_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
