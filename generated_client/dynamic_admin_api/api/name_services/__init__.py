"""NameServices operations.

:class:`NameServicesApi` and :class:`AsyncNameServicesApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.chain_enum import ChainEnum
    from ...models.name_service_create_request import NameServiceCreateRequest
    from ...models.name_service_response import NameServiceResponse
    from ...models.name_service_signing_message import NameServiceSigningMessage
    from ...models.name_service_signing_message_request import NameServiceSigningMessageRequest
    from ...types import AsyncTransport, Transport


class NameServicesApi:
    """NameServices operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
    ) -> NameServiceResponse:
        """Get name service"""

        from .get_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
        body: NameServiceCreateRequest,
    ) -> NameServiceResponse:
        """Create name service"""

        from .create_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete name service"""

        from .delete_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def disable_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
    ) -> NameServiceResponse:
        """Disable name service"""

        from .disable_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def enable_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
    ) -> NameServiceResponse:
        """Enable name service"""

        from .enable_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def fetch_name_service_signing_message(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
        body: NameServiceSigningMessageRequest,
    ) -> NameServiceSigningMessage:
        """Fetch name service signing message"""

        from .fetch_name_service_signing_message import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncNameServicesApi:
    """NameServices operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
    ) -> NameServiceResponse:
        """Get name service"""

        from .get_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
        body: NameServiceCreateRequest,
    ) -> NameServiceResponse:
        """Create name service"""

        from .create_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete name service"""

        from .delete_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def disable_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
    ) -> NameServiceResponse:
        """Disable name service"""

        from .disable_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_name_service(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
    ) -> NameServiceResponse:
        """Enable name service"""

        from .enable_name_service import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def fetch_name_service_signing_message(
        self,
        chain_name: ChainEnum,
        *,
        environment_id: str | None = None,
        body: NameServiceSigningMessageRequest,
    ) -> NameServiceSigningMessage:
        """Fetch name service signing message"""

        from .fetch_name_service_signing_message import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(chain_name=chain_name, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
