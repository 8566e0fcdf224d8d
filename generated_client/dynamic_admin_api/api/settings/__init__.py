"""Settings operations.

:class:`SettingsApi` and :class:`AsyncSettingsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.exchange import Exchange
    from ...models.exchange_create_request import ExchangeCreateRequest
    from ...models.exchange_response import ExchangeResponse
    from ...models.provider import Provider
    from ...models.provider_create_request import ProviderCreateRequest
    from ...models.provider_update_request import ProviderUpdateRequest
    from ...models.provider_urls_response import ProviderUrlsResponse
    from ...models.providers_response import ProvidersResponse
    from ...types import AsyncTransport, Transport


class SettingsApi:
    """Settings operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_environment_exchanges(
        self,
        *,
        environment_id: str | None = None,
    ) -> ExchangeResponse:
        """Get environment exchanges"""

        from .get_environment_exchanges import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_exchange(
        self,
        *,
        environment_id: str | None = None,
        body: ExchangeCreateRequest,
    ) -> Exchange:
        """Create exchange"""

        from .create_exchange import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_environment_providers(
        self,
        *,
        environment_id: str | None = None,
    ) -> ProvidersResponse:
        """Get environment providers"""

        from .get_environment_providers import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_provider(
        self,
        *,
        environment_id: str | None = None,
        body: ProviderCreateRequest,
    ) -> Provider:
        """Create provider"""

        from .create_provider import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_environment_provider_urls(
        self,
        *,
        environment_id: str | None = None,
    ) -> ProviderUrlsResponse:
        """Get environment provider urls"""

        from .get_environment_provider_urls import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_exchange(
        self,
        exchange_id: str,
    ) -> Exchange:
        """Get exchange"""

        from .get_exchange import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            exchange_id=exchange_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_exchange(
        self,
        exchange_id: str,
    ) -> None:
        """Delete exchange"""

        from .delete_exchange import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            exchange_id=exchange_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def disable_exchange(
        self,
        exchange_id: str,
    ) -> Exchange:
        """Disable exchange"""

        from .disable_exchange import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            exchange_id=exchange_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def enable_exchange(
        self,
        exchange_id: str,
    ) -> Exchange:
        """Enable exchange"""

        from .enable_exchange import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            exchange_id=exchange_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_provider(
        self,
        provider_id: str,
    ) -> Provider:
        """Get provider"""

        from .get_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_provider(
        self,
        provider_id: str,
        *,
        body: ProviderUpdateRequest,
    ) -> Provider:
        """Update provider"""

        from .update_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_provider(
        self,
        provider_id: str,
    ) -> None:
        """Delete provider"""

        from .delete_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def disable_provider(
        self,
        provider_id: str,
    ) -> Provider:
        """Disable provider"""

        from .disable_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def enable_provider(
        self,
        provider_id: str,
    ) -> Provider:
        """Enable provider"""

        from .enable_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncSettingsApi:
    """Settings operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_environment_exchanges(
        self,
        *,
        environment_id: str | None = None,
    ) -> ExchangeResponse:
        """Get environment exchanges"""

        from .get_environment_exchanges import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_exchange(
        self,
        *,
        environment_id: str | None = None,
        body: ExchangeCreateRequest,
    ) -> Exchange:
        """Create exchange"""

        from .create_exchange import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_environment_providers(
        self,
        *,
        environment_id: str | None = None,
    ) -> ProvidersResponse:
        """Get environment providers"""

        from .get_environment_providers import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_provider(
        self,
        *,
        environment_id: str | None = None,
        body: ProviderCreateRequest,
    ) -> Provider:
        """Create provider"""

        from .create_provider import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_environment_provider_urls(
        self,
        *,
        environment_id: str | None = None,
    ) -> ProviderUrlsResponse:
        """Get environment provider urls"""

        from .get_environment_provider_urls import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_exchange(
        self,
        exchange_id: str,
    ) -> Exchange:
        """Get exchange"""

        from .get_exchange import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            exchange_id=exchange_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_exchange(
        self,
        exchange_id: str,
    ) -> None:
        """Delete exchange"""

        from .delete_exchange import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            exchange_id=exchange_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def disable_exchange(
        self,
        exchange_id: str,
    ) -> Exchange:
        """Disable exchange"""

        from .disable_exchange import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            exchange_id=exchange_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_exchange(
        self,
        exchange_id: str,
    ) -> Exchange:
        """Enable exchange"""

        from .enable_exchange import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            exchange_id=exchange_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_provider(
        self,
        provider_id: str,
    ) -> Provider:
        """Get provider"""

        from .get_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_provider(
        self,
        provider_id: str,
        *,
        body: ProviderUpdateRequest,
    ) -> Provider:
        """Update provider"""

        from .update_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_provider(
        self,
        provider_id: str,
    ) -> None:
        """Delete provider"""

        from .delete_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def disable_provider(
        self,
        provider_id: str,
    ) -> Provider:
        """Disable provider"""

        from .disable_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_provider(
        self,
        provider_id: str,
    ) -> Provider:
        """Enable provider"""

        from .enable_provider import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            provider_id=provider_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
