"""Organizations operations.

:class:`OrganizationsApi` and :class:`AsyncOrganizationsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.billing_subscription import BillingSubscription
    from ...models.billing_subscription_coupon import BillingSubscriptionCoupon
    from ...models.organization import Organization
    from ...models.organization_address_fields import OrganizationAddressFields
    from ...models.organization_fields import OrganizationFields
    from ...models.organization_request import OrganizationRequest
    from ...models.organization_response import OrganizationResponse
    from ...models.organizations_response import OrganizationsResponse
    from ...models.sso_provider import SsoProvider
    from ...models.sso_provider_create_request import SsoProviderCreateRequest
    from ...models.sso_provider_update_request import SsoProviderUpdateRequest
    from ...types import AsyncTransport, Transport


class OrganizationsApi:
    """Organizations operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_organizations_for_member(
        self,
    ) -> OrganizationsResponse:
        """Get organizations for member"""

        from .get_organizations_for_member import OPERATION, _get_kwargs, _parse

        request = _get_kwargs()
        return self._transport.request(OPERATION, request, _parse)

    def create_organization(
        self,
        *,
        body: OrganizationRequest,
    ) -> OrganizationResponse:
        """Create organization"""

        from .create_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_organization_by_id(
        self,
        organization_id: str,
    ) -> Organization:
        """Get organization by id"""

        from .get_organization_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_organization_by_id(
        self,
        organization_id: str,
        *,
        body: OrganizationFields,
    ) -> OrganizationResponse:
        """Update organization by id"""

        from .update_organization_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_organization_address_by_id(
        self,
        organization_id: str,
        *,
        body: OrganizationAddressFields,
    ) -> OrganizationResponse:
        """Update organization address by id"""

        from .update_organization_address_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_billing_subscription_by_organization(
        self,
        organization_id: str,
    ) -> BillingSubscription:
        """Get billing subscription by organization"""

        from .get_billing_subscription_by_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def apply_coupon_for_subscription(
        self,
        organization_id: str,
        *,
        body: BillingSubscriptionCoupon,
    ) -> BillingSubscription:
        """Apply coupon for subscription"""

        from .apply_coupon_for_subscription import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def upgrade_subscription_for_organization(
        self,
        organization_id: str,
    ) -> BillingSubscription:
        """Upgrade subscription for organization"""

        from .upgrade_subscription_for_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_sso_provider_for_organization(
        self,
        organization_id: str,
    ) -> SsoProvider:
        """Get sso provider for organization"""

        from .get_sso_provider_for_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def create_sso_provider(
        self,
        organization_id: str,
        *,
        body: SsoProviderCreateRequest,
    ) -> SsoProvider:
        """Create sso provider"""

        from .create_sso_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_sso_provider(
        self,
        organization_id: str,
        sso_provider_id: str,
        *,
        body: SsoProviderUpdateRequest,
    ) -> SsoProvider:
        """Update sso provider"""

        from .update_sso_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            sso_provider_id=sso_provider_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_sso_provider(
        self,
        organization_id: str,
        sso_provider_id: str,
    ) -> None:
        """Delete sso provider"""

        from .delete_sso_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            sso_provider_id=sso_provider_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncOrganizationsApi:
    """Organizations operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_organizations_for_member(
        self,
    ) -> OrganizationsResponse:
        """Get organizations for member"""

        from .get_organizations_for_member import OPERATION, _get_kwargs, _parse

        request = _get_kwargs()
        return await self._transport.request(OPERATION, request, _parse)

    async def create_organization(
        self,
        *,
        body: OrganizationRequest,
    ) -> OrganizationResponse:
        """Create organization"""

        from .create_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_organization_by_id(
        self,
        organization_id: str,
    ) -> Organization:
        """Get organization by id"""

        from .get_organization_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_organization_by_id(
        self,
        organization_id: str,
        *,
        body: OrganizationFields,
    ) -> OrganizationResponse:
        """Update organization by id"""

        from .update_organization_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_organization_address_by_id(
        self,
        organization_id: str,
        *,
        body: OrganizationAddressFields,
    ) -> OrganizationResponse:
        """Update organization address by id"""

        from .update_organization_address_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_billing_subscription_by_organization(
        self,
        organization_id: str,
    ) -> BillingSubscription:
        """Get billing subscription by organization"""

        from .get_billing_subscription_by_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def apply_coupon_for_subscription(
        self,
        organization_id: str,
        *,
        body: BillingSubscriptionCoupon,
    ) -> BillingSubscription:
        """Apply coupon for subscription"""

        from .apply_coupon_for_subscription import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def upgrade_subscription_for_organization(
        self,
        organization_id: str,
    ) -> BillingSubscription:
        """Upgrade subscription for organization"""

        from .upgrade_subscription_for_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_sso_provider_for_organization(
        self,
        organization_id: str,
    ) -> SsoProvider:
        """Get sso provider for organization"""

        from .get_sso_provider_for_organization import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def create_sso_provider(
        self,
        organization_id: str,
        *,
        body: SsoProviderCreateRequest,
    ) -> SsoProvider:
        """Create sso provider"""

        from .create_sso_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_sso_provider(
        self,
        organization_id: str,
        sso_provider_id: str,
        *,
        body: SsoProviderUpdateRequest,
    ) -> SsoProvider:
        """Update sso provider"""

        from .update_sso_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            sso_provider_id=sso_provider_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_sso_provider(
        self,
        organization_id: str,
        sso_provider_id: str,
    ) -> None:
        """Delete sso provider"""

        from .delete_sso_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            sso_provider_id=sso_provider_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
