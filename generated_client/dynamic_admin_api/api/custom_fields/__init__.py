"""CustomFields operations.

:class:`CustomFieldsApi` and :class:`AsyncCustomFieldsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.custom_field import CustomField
    from ...models.custom_field_request import CustomFieldRequest
    from ...types import AsyncTransport, Transport


class CustomFieldsApi:
    """CustomFields operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_custom_field_by_id(
        self,
        custom_field_id: str,
    ) -> CustomField:
        """Get custom field by id"""

        from .get_custom_field_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            custom_field_id=custom_field_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_custom_field_by_id(
        self,
        custom_field_id: str,
        *,
        body: CustomFieldRequest,
    ) -> CustomField:
        """Update custom field by id"""

        from .update_custom_field_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            custom_field_id=custom_field_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_custom_field_by_id(
        self,
        custom_field_id: str,
    ) -> None:
        """Delete custom field by id"""

        from .delete_custom_field_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            custom_field_id=custom_field_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_custom_fields_for_environment(
        self,
        *,
        environment_id: str | None = None,
    ) -> list[CustomField]:
        """Get custom fields for environment"""

        from .get_custom_fields_for_environment import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_custom_field_for_environment(
        self,
        *,
        environment_id: str | None = None,
        body: CustomFieldRequest,
    ) -> CustomField:
        """Create custom field for environment"""

        from .create_custom_field_for_environment import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncCustomFieldsApi:
    """CustomFields operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_custom_field_by_id(
        self,
        custom_field_id: str,
    ) -> CustomField:
        """Get custom field by id"""

        from .get_custom_field_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            custom_field_id=custom_field_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_custom_field_by_id(
        self,
        custom_field_id: str,
        *,
        body: CustomFieldRequest,
    ) -> CustomField:
        """Update custom field by id"""

        from .update_custom_field_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            custom_field_id=custom_field_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_custom_field_by_id(
        self,
        custom_field_id: str,
    ) -> None:
        """Delete custom field by id"""

        from .delete_custom_field_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            custom_field_id=custom_field_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_custom_fields_for_environment(
        self,
        *,
        environment_id: str | None = None,
    ) -> list[CustomField]:
        """Get custom fields for environment"""

        from .get_custom_fields_for_environment import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_custom_field_for_environment(
        self,
        *,
        environment_id: str | None = None,
        body: CustomFieldRequest,
    ) -> CustomField:
        """Create custom field for environment"""

        from .create_custom_field_for_environment import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
