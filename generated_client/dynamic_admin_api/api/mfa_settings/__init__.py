"""MfaSettings operations.

:class:`MfaSettingsApi` and :class:`AsyncMfaSettingsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.mfa_device_type import MFADeviceType
    from ...models.organization_mfa_settings import OrganizationMfaSettings
    from ...models.organization_mfa_settings_response import OrganizationMfaSettingsResponse
    from ...types import AsyncTransport, Transport


class MfaSettingsApi:
    """MfaSettings operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_organization_mfa_settings(
        self,
        organization_id: str,
    ) -> OrganizationMfaSettingsResponse:
        """Get organization mfa settings"""

        from .get_organization_mfa_settings import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def disable_mfa_device_for_organization(
        self,
        organization_id: str,
        mfa_device_type: MFADeviceType,
    ) -> OrganizationMfaSettings:
        """Disable mfa device for organization"""

        from .disable_mfa_device_for_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            mfa_device_type=mfa_device_type,
        )
        return self._transport.request(OPERATION, request, _parse)

    def enable_mfa_device_for_organization(
        self,
        organization_id: str,
        mfa_device_type: MFADeviceType,
    ) -> OrganizationMfaSettings:
        """Enable mfa device for organization"""

        from .enable_mfa_device_for_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            mfa_device_type=mfa_device_type,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncMfaSettingsApi:
    """MfaSettings operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_organization_mfa_settings(
        self,
        organization_id: str,
    ) -> OrganizationMfaSettingsResponse:
        """Get organization mfa settings"""

        from .get_organization_mfa_settings import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def disable_mfa_device_for_organization(
        self,
        organization_id: str,
        mfa_device_type: MFADeviceType,
    ) -> OrganizationMfaSettings:
        """Disable mfa device for organization"""

        from .disable_mfa_device_for_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            mfa_device_type=mfa_device_type,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_mfa_device_for_organization(
        self,
        organization_id: str,
        mfa_device_type: MFADeviceType,
    ) -> OrganizationMfaSettings:
        """Enable mfa device for organization"""

        from .enable_mfa_device_for_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            mfa_device_type=mfa_device_type,
        )
        return await self._transport.request(OPERATION, request, _parse)
