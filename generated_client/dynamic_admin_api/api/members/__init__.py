"""Members operations.

:class:`MembersApi` and :class:`AsyncMembersApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.delegate_ownership_request import DelegateOwnershipRequest
    from ...models.member_response import MemberResponse
    from ...models.member_role_field import MemberRoleField
    from ...models.organization_members_response import OrganizationMembersResponse
    from ...types import AsyncTransport, Transport


class MembersApi:
    """Members operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def update_member_role(
        self,
        member_id: str,
        *,
        body: MemberRoleField,
    ) -> MemberResponse:
        """Update member role"""

        from .update_member_role import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            member_id=member_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_member_by_id(
        self,
        member_id: str,
    ) -> None:
        """Delete member by id"""

        from .delete_member_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            member_id=member_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delegate_ownership(
        self,
        member_id: str,
        *,
        body: DelegateOwnershipRequest,
    ) -> None:
        """Delegate ownership"""

        from .delegate_ownership import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            member_id=member_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def membership_environment_ids_get(
        self,
    ) -> list[str]:
        """Membership environment ids get"""

        from .membership_environment_ids_get import OPERATION, _get_kwargs, _parse

        request = _get_kwargs()
        return self._transport.request(OPERATION, request, _parse)

    def get_organization_members(
        self,
        organization_id: str,
    ) -> OrganizationMembersResponse:
        """Get organization members"""

        from .get_organization_members import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncMembersApi:
    """Members operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def update_member_role(
        self,
        member_id: str,
        *,
        body: MemberRoleField,
    ) -> MemberResponse:
        """Update member role"""

        from .update_member_role import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            member_id=member_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_member_by_id(
        self,
        member_id: str,
    ) -> None:
        """Delete member by id"""

        from .delete_member_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            member_id=member_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delegate_ownership(
        self,
        member_id: str,
        *,
        body: DelegateOwnershipRequest,
    ) -> None:
        """Delegate ownership"""

        from .delegate_ownership import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            member_id=member_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def membership_environment_ids_get(
        self,
    ) -> list[str]:
        """Membership environment ids get"""

        from .membership_environment_ids_get import OPERATION, _get_kwargs, _parse

        request = _get_kwargs()
        return await self._transport.request(OPERATION, request, _parse)

    async def get_organization_members(
        self,
        organization_id: str,
    ) -> OrganizationMembersResponse:
        """Get organization members"""

        from .get_organization_members import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
