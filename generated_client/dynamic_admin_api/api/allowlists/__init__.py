"""Allowlists operations.

:class:`AllowlistsApi` and :class:`AsyncAllowlistsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.allowlist import Allowlist
    from ...models.allowlist_entries_response import AllowlistEntriesResponse
    from ...models.allowlist_entry import AllowlistEntry
    from ...models.post_allowlist_entries_request import PostAllowlistEntriesRequest
    from ...models.post_allowlists_request import PostAllowlistsRequest
    from ...types import AsyncTransport, Transport


class AllowlistsApi:
    """Allowlists operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def delete_allowlist_entry_by_id(
        self,
        allowlist_entry_id: str,
    ) -> None:
        """Delete allowlist entry by id

        Removes one entry from its allowlist."""

        from .delete_allowlist_entry_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_entry_id=allowlist_entry_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_allowlists_by_id(
        self,
        allowlist_id: str,
    ) -> Allowlist:
        """Get allowlists by id

        Fetches one allowlist."""

        from .get_allowlists_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_allowlist_by_id(
        self,
        allowlist_id: str,
        *,
        body: PostAllowlistsRequest,
    ) -> Allowlist:
        """Update allowlist by id

        Changes an allowlist's name, scope or outcome."""

        from .update_allowlist_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_allowlist_by_id(
        self,
        allowlist_id: str,
    ) -> None:
        """Delete allowlist by id

        Deletes an allowlist together with its entries."""

        from .delete_allowlist_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def disable_allowlist_by_id(
        self,
        allowlist_id: str,
    ) -> Allowlist:
        """Disable allowlist by id

        Stops enforcing an allowlist without deleting it."""

        from .disable_allowlist_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def enable_allowlist_by_id(
        self,
        allowlist_id: str,
    ) -> Allowlist:
        """Enable allowlist by id

        Starts enforcing an allowlist at sign-in."""

        from .enable_allowlist_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_entries_by_allowlist_id(
        self,
        allowlist_id: str,
        *,
        order_by: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        query: str | None = None,
    ) -> AllowlistEntriesResponse:
        """Get entries by allowlist id

        Lists the entries of an allowlist, paged with `offset` and `limit`; `query`
        searches the entries."""

        from .get_entries_by_allowlist_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
            order_by=order_by,
            offset=offset,
            limit=limit,
            query=query,
        )
        return self._transport.request(OPERATION, request, _parse)

    def iter_entries_by_allowlist_id(
        self,
        allowlist_id: str,
        *,
        order_by: str | None = None,
        limit: int | None = None,
        query: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[AllowlistEntry]:
        """Iterate over every item of :meth:`get_entries_by_allowlist_id`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_entries_by_allowlist_id import OPERATION, PAGINATION, _get_kwargs, _parse

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                allowlist_id=allowlist_id,
                order_by=order_by,
                limit=limit,
                query=query,
                offset=offset,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)

    def post_entry_by_allowlist_id(
        self,
        allowlist_id: str,
        *,
        body: PostAllowlistEntriesRequest,
    ) -> AllowlistEntry:
        """Post entry by allowlist id

        Adds one entry (a wallet address, email or social account) to an allowlist."""

        from .post_entry_by_allowlist_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_allowlists_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> list[Allowlist]:
        """Get allowlists by environment id

        Lists the allowlists of an environment. An enabled allowlist restricts sign-in
        to the addresses, emails and accounts it holds."""

        from .get_allowlists_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_allowlist_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
        body: PostAllowlistsRequest,
    ) -> Allowlist:
        """Create allowlist by environment id

        Creates an allowlist in the environment."""

        from .create_allowlist_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncAllowlistsApi:
    """Allowlists operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def delete_allowlist_entry_by_id(
        self,
        allowlist_entry_id: str,
    ) -> None:
        """Delete allowlist entry by id

        Removes one entry from its allowlist."""

        from .delete_allowlist_entry_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_entry_id=allowlist_entry_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_allowlists_by_id(
        self,
        allowlist_id: str,
    ) -> Allowlist:
        """Get allowlists by id

        Fetches one allowlist."""

        from .get_allowlists_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_allowlist_by_id(
        self,
        allowlist_id: str,
        *,
        body: PostAllowlistsRequest,
    ) -> Allowlist:
        """Update allowlist by id

        Changes an allowlist's name, scope or outcome."""

        from .update_allowlist_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_allowlist_by_id(
        self,
        allowlist_id: str,
    ) -> None:
        """Delete allowlist by id

        Deletes an allowlist together with its entries."""

        from .delete_allowlist_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def disable_allowlist_by_id(
        self,
        allowlist_id: str,
    ) -> Allowlist:
        """Disable allowlist by id

        Stops enforcing an allowlist without deleting it."""

        from .disable_allowlist_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_allowlist_by_id(
        self,
        allowlist_id: str,
    ) -> Allowlist:
        """Enable allowlist by id

        Starts enforcing an allowlist at sign-in."""

        from .enable_allowlist_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_entries_by_allowlist_id(
        self,
        allowlist_id: str,
        *,
        order_by: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        query: str | None = None,
    ) -> AllowlistEntriesResponse:
        """Get entries by allowlist id

        Lists the entries of an allowlist, paged with `offset` and `limit`; `query`
        searches the entries."""

        from .get_entries_by_allowlist_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
            order_by=order_by,
            offset=offset,
            limit=limit,
            query=query,
        )
        return await self._transport.request(OPERATION, request, _parse)

    def iter_entries_by_allowlist_id(
        self,
        allowlist_id: str,
        *,
        order_by: str | None = None,
        limit: int | None = None,
        query: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[AllowlistEntry]:
        """Iterate over every item of :meth:`get_entries_by_allowlist_id`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_entries_by_allowlist_id import OPERATION, PAGINATION, _get_kwargs, _parse

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                allowlist_id=allowlist_id,
                order_by=order_by,
                limit=limit,
                query=query,
                offset=offset,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)

    async def post_entry_by_allowlist_id(
        self,
        allowlist_id: str,
        *,
        body: PostAllowlistEntriesRequest,
    ) -> AllowlistEntry:
        """Post entry by allowlist id

        Adds one entry (a wallet address, email or social account) to an allowlist."""

        from .post_entry_by_allowlist_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            allowlist_id=allowlist_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_allowlists_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> list[Allowlist]:
        """Get allowlists by environment id

        Lists the allowlists of an environment. An enabled allowlist restricts sign-in
        to the addresses, emails and accounts it holds."""

        from .get_allowlists_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_allowlist_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
        body: PostAllowlistsRequest,
    ) -> Allowlist:
        """Create allowlist by environment id

        Creates an allowlist in the environment."""

        from .create_allowlist_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
