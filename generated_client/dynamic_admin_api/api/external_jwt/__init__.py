"""ExternalJwt operations.

:class:`ExternalJwtApi` and :class:`AsyncExternalJwtApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.external_jwt_check_request import ExternalJwtCheckRequest
    from ...models.external_jwt_check_response import ExternalJwtCheckResponse
    from ...types import AsyncTransport, Transport


class ExternalJwtApi:
    """ExternalJwt operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def check_external_jwt(
        self,
        *,
        environment_id: str | None = None,
        body: ExternalJwtCheckRequest,
    ) -> ExternalJwtCheckResponse:
        """Check external jwt"""

        from .check_external_jwt import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncExternalJwtApi:
    """ExternalJwt operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def check_external_jwt(
        self,
        *,
        environment_id: str | None = None,
        body: ExternalJwtCheckRequest,
    ) -> ExternalJwtCheckResponse:
        """Check external jwt"""

        from .check_external_jwt import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
