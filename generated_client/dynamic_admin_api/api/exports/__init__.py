"""Exports operations.

:class:`ExportsApi` and :class:`AsyncExportsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.export import Export
    from ...models.export_create_request import ExportCreateRequest
    from ...models.export_model_enum import ExportModelEnum
    from ...models.exports_response import ExportsResponse
    from ...types import AsyncTransport, Transport


class ExportsApi:
    """Exports operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_environment_exports(
        self,
        *,
        environment_id: str | None = None,
        model: ExportModelEnum | None = None,
    ) -> ExportsResponse:
        """Get environment exports

        Lists the exports requested for the environment."""

        from .get_environment_exports import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(model=model, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_export(
        self,
        *,
        environment_id: str | None = None,
        body: ExportCreateRequest,
    ) -> Export:
        """Create export

        Queues an export of the environment's data (such as users) in the requested
        format. Poll getExportById until it completes."""

        from .create_export import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_export_by_id(
        self,
        export_id: str,
        *,
        environment_id: str | None = None,
    ) -> Export:
        """Get export by id

        Fetches one export and its processing status."""

        from .get_export_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(export_id=export_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def download_export_by_id(
        self,
        export_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Download export by id

        Downloads the file of a completed export."""

        from .download_export_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(export_id=export_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncExportsApi:
    """Exports operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_environment_exports(
        self,
        *,
        environment_id: str | None = None,
        model: ExportModelEnum | None = None,
    ) -> ExportsResponse:
        """Get environment exports

        Lists the exports requested for the environment."""

        from .get_environment_exports import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(model=model, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_export(
        self,
        *,
        environment_id: str | None = None,
        body: ExportCreateRequest,
    ) -> Export:
        """Create export

        Queues an export of the environment's data (such as users) in the requested
        format. Poll getExportById until it completes."""

        from .create_export import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_export_by_id(
        self,
        export_id: str,
        *,
        environment_id: str | None = None,
    ) -> Export:
        """Get export by id

        Fetches one export and its processing status."""

        from .get_export_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(export_id=export_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def download_export_by_id(
        self,
        export_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Download export by id

        Downloads the file of a completed export."""

        from .download_export_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(export_id=export_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
