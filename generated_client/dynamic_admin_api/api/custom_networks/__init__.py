"""CustomNetworks operations.

:class:`CustomNetworksApi` and :class:`AsyncCustomNetworksApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.custom_network_request import CustomNetworkRequest
    from ...models.custom_network_response import CustomNetworkResponse
    from ...models.inline_response_200 import InlineResponse200
    from ...types import AsyncTransport, Transport


class CustomNetworksApi:
    """CustomNetworks operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_custom_networks(
        self,
        organization_id: str,
    ) -> InlineResponse200:
        """Get custom networks"""

        from .get_custom_networks import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def create_custom_network(
        self,
        organization_id: str,
        *,
        body: CustomNetworkRequest,
    ) -> CustomNetworkResponse:
        """Create custom network"""

        from .create_custom_network import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_custom_network(
        self,
        organization_id: str,
        network_id: str,
    ) -> CustomNetworkResponse:
        """Get custom network"""

        from .get_custom_network import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            network_id=network_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_custom_network(
        self,
        organization_id: str,
        network_id: str,
        *,
        body: CustomNetworkRequest,
    ) -> CustomNetworkResponse:
        """Update custom network"""

        from .update_custom_network import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            network_id=network_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_custom_network(
        self,
        organization_id: str,
        network_id: str,
    ) -> None:
        """Delete custom network"""

        from .delete_custom_network import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            network_id=network_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncCustomNetworksApi:
    """CustomNetworks operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_custom_networks(
        self,
        organization_id: str,
    ) -> InlineResponse200:
        """Get custom networks"""

        from .get_custom_networks import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def create_custom_network(
        self,
        organization_id: str,
        *,
        body: CustomNetworkRequest,
    ) -> CustomNetworkResponse:
        """Create custom network"""

        from .create_custom_network import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_custom_network(
        self,
        organization_id: str,
        network_id: str,
    ) -> CustomNetworkResponse:
        """Get custom network"""

        from .get_custom_network import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            network_id=network_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_custom_network(
        self,
        organization_id: str,
        network_id: str,
        *,
        body: CustomNetworkRequest,
    ) -> CustomNetworkResponse:
        """Update custom network"""

        from .update_custom_network import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            network_id=network_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_custom_network(
        self,
        organization_id: str,
        network_id: str,
    ) -> None:
        """Delete custom network"""

        from .delete_custom_network import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            network_id=network_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
