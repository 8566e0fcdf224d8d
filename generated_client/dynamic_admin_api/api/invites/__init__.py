"""Invites operations.

:class:`InvitesApi` and :class:`AsyncInvitesApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.invite_send_request import InviteSendRequest
    from ...models.invite_status_enum import InviteStatusEnum
    from ...models.invite_update_request import InviteUpdateRequest
    from ...models.invites_response import InvitesResponse
    from ...types import AsyncTransport, Transport


class InvitesApi:
    """Invites operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_invites(
        self,
        *,
        status: InviteStatusEnum,
    ) -> InvitesResponse:
        """Get invites"""

        from .get_invites import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            status=status,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_invite(
        self,
        invite_id: str,
        *,
        body: InviteUpdateRequest,
    ) -> None:
        """Update invite"""

        from .update_invite import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            invite_id=invite_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_invite(
        self,
        invite_id: str,
    ) -> None:
        """Delete invite"""

        from .delete_invite import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            invite_id=invite_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_organization_invites_by_organization_id(
        self,
        organization_id: str,
    ) -> InvitesResponse:
        """Get organization invites by organization id"""

        from .get_organization_invites_by_organization_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def create_invite(
        self,
        organization_id: str,
        *,
        body: InviteSendRequest,
    ) -> None:
        """Create invite"""

        from .create_invite import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncInvitesApi:
    """Invites operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_invites(
        self,
        *,
        status: InviteStatusEnum,
    ) -> InvitesResponse:
        """Get invites"""

        from .get_invites import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            status=status,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_invite(
        self,
        invite_id: str,
        *,
        body: InviteUpdateRequest,
    ) -> None:
        """Update invite"""

        from .update_invite import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            invite_id=invite_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_invite(
        self,
        invite_id: str,
    ) -> None:
        """Delete invite"""

        from .delete_invite import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            invite_id=invite_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_organization_invites_by_organization_id(
        self,
        organization_id: str,
    ) -> InvitesResponse:
        """Get organization invites by organization id"""

        from .get_organization_invites_by_organization_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def create_invite(
        self,
        organization_id: str,
        *,
        body: InviteSendRequest,
    ) -> None:
        """Create invite"""

        from .create_invite import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)
