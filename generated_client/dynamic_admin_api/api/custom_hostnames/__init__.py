"""CustomHostnames operations.

:class:`CustomHostnamesApi` and :class:`AsyncCustomHostnamesApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.custom_hostname import CustomHostname
    from ...models.custom_hostname_create_request import CustomHostnameCreateRequest
    from ...models.custom_hostnames_response import CustomHostnamesResponse
    from ...types import AsyncTransport, Transport


class CustomHostnamesApi:
    """CustomHostnames operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_custom_hostnames(
        self,
        *,
        environment_id: str | None = None,
    ) -> CustomHostnamesResponse:
        """Get custom hostnames"""

        from .get_custom_hostnames import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_custom_hostname(
        self,
        *,
        environment_id: str | None = None,
        body: CustomHostnameCreateRequest,
    ) -> CustomHostname:
        """Create custom hostname"""

        from .create_custom_hostname import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_custom_hostname(
        self,
        custom_hostname_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete custom hostname"""

        from .delete_custom_hostname import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(custom_hostname_id=custom_hostname_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncCustomHostnamesApi:
    """CustomHostnames operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_custom_hostnames(
        self,
        *,
        environment_id: str | None = None,
    ) -> CustomHostnamesResponse:
        """Get custom hostnames"""

        from .get_custom_hostnames import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_custom_hostname(
        self,
        *,
        environment_id: str | None = None,
        body: CustomHostnameCreateRequest,
    ) -> CustomHostname:
        """Create custom hostname"""

        from .create_custom_hostname import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_custom_hostname(
        self,
        custom_hostname_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete custom hostname"""

        from .delete_custom_hostname import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(custom_hostname_id=custom_hostname_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
