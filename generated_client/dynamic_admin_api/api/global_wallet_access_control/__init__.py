"""GlobalWalletAccessControl operations.

:class:`GlobalWalletAccessControlApi` and :class:`AsyncGlobalWalletAccessControlApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.global_wallet_access_control_domain_create_request import (
        GlobalWalletAccessControlDomainCreateRequest,
    )
    from ...models.global_wallet_access_control_domain_response import (
        GlobalWalletAccessControlDomainResponse,
    )
    from ...models.global_wallet_access_control_response import GlobalWalletAccessControlResponse
    from ...models.global_wallet_access_control_update_request import (
        GlobalWalletAccessControlUpdateRequest,
    )
    from ...types import AsyncTransport, Transport


class GlobalWalletAccessControlApi:
    """GlobalWalletAccessControl operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_global_wallet_access_control_list(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletAccessControlResponse:
        """Get global wallet access control list"""

        from .get_global_wallet_access_control_list import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def update_global_wallet_access_control(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletAccessControlUpdateRequest,
    ) -> GlobalWalletAccessControlResponse:
        """Update global wallet access control"""

        from .update_global_wallet_access_control import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_global_wallet_access_control(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletAccessControlUpdateRequest,
    ) -> GlobalWalletAccessControlResponse:
        """Create global wallet access control"""

        from .create_global_wallet_access_control import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def disable_global_wallet_access_control(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletAccessControlResponse:
        """Disable global wallet access control"""

        from .disable_global_wallet_access_control import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def add_global_wallet_access_control_domain(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletAccessControlDomainCreateRequest,
    ) -> GlobalWalletAccessControlDomainResponse:
        """Add global wallet access control domain"""

        from .add_global_wallet_access_control_domain import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_global_wallet_access_control_domain_by_id(
        self,
        global_wallet_access_control_domain_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete global wallet access control domain by id"""

        from .delete_global_wallet_access_control_domain_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            global_wallet_access_control_domain_id=global_wallet_access_control_domain_id,
            environment_id=environment_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def enable_global_wallet_access_control(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletAccessControlResponse:
        """Enable global wallet access control"""

        from .enable_global_wallet_access_control import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncGlobalWalletAccessControlApi:
    """GlobalWalletAccessControl operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_global_wallet_access_control_list(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletAccessControlResponse:
        """Get global wallet access control list"""

        from .get_global_wallet_access_control_list import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def update_global_wallet_access_control(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletAccessControlUpdateRequest,
    ) -> GlobalWalletAccessControlResponse:
        """Update global wallet access control"""

        from .update_global_wallet_access_control import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_global_wallet_access_control(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletAccessControlUpdateRequest,
    ) -> GlobalWalletAccessControlResponse:
        """Create global wallet access control"""

        from .create_global_wallet_access_control import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def disable_global_wallet_access_control(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletAccessControlResponse:
        """Disable global wallet access control"""

        from .disable_global_wallet_access_control import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def add_global_wallet_access_control_domain(
        self,
        *,
        environment_id: str | None = None,
        body: GlobalWalletAccessControlDomainCreateRequest,
    ) -> GlobalWalletAccessControlDomainResponse:
        """Add global wallet access control domain"""

        from .add_global_wallet_access_control_domain import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_global_wallet_access_control_domain_by_id(
        self,
        global_wallet_access_control_domain_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete global wallet access control domain by id"""

        from .delete_global_wallet_access_control_domain_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            global_wallet_access_control_domain_id=global_wallet_access_control_domain_id,
            environment_id=environment_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_global_wallet_access_control(
        self,
        *,
        environment_id: str | None = None,
    ) -> GlobalWalletAccessControlResponse:
        """Enable global wallet access control"""

        from .enable_global_wallet_access_control import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
