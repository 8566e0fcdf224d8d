"""TestAccount operations.

:class:`TestAccountApi` and :class:`AsyncTestAccountApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.test_account_response import TestAccountResponse
    from ...types import AsyncTransport, Transport


class TestAccountApi:
    """TestAccount operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_test_account(
        self,
        *,
        environment_id: str | None = None,
    ) -> TestAccountResponse:
        """Get test account"""

        from .get_test_account import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_test_account(
        self,
        *,
        environment_id: str | None = None,
    ) -> TestAccountResponse:
        """Create test account"""

        from .create_test_account import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_test_account(
        self,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete test account"""

        from .delete_test_account import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncTestAccountApi:
    """TestAccount operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_test_account(
        self,
        *,
        environment_id: str | None = None,
    ) -> TestAccountResponse:
        """Get test account"""

        from .get_test_account import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_test_account(
        self,
        *,
        environment_id: str | None = None,
    ) -> TestAccountResponse:
        """Create test account"""

        from .create_test_account import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_test_account(
        self,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete test account"""

        from .delete_test_account import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
