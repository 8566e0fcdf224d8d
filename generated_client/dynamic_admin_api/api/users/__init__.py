"""Users operations.

:class:`UsersApi` and :class:`AsyncUsersApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.bulk_user_create_response import BulkUserCreateResponse
    from ...models.internal_bulk_update_user_fields import InternalBulkUpdateUserFields
    from ...models.internal_updatable_user_fields import InternalUpdatableUserFields
    from ...models.internal_user_fields import InternalUserFields
    from ...models.user import User
    from ...models.user_oauth_access_token_response import UserOauthAccessTokenResponse
    from ...models.user_response import UserResponse
    from ...models.user_search_filter_params import UserSearchFilterParams
    from ...models.users_response import UsersResponse
    from ...types import AsyncTransport, Transport


class UsersApi:
    """Users operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_environment_users(
        self,
        *,
        environment_id: str | None = None,
        filter: UserSearchFilterParams | None = None,
        order_by: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        include_sessions: bool | None = None,
    ) -> UsersResponse:
        """Get environment users

        Lists the users of an environment, sorted by `orderBy` when given. Narrow the
        list with `filter[filterColumn]` and `filter[filterValue]`; page through it with
        `offset` and `limit`. The response carries the total `count`."""

        from .get_environment_users import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            filter_=filter,
            order_by=order_by,
            offset=offset,
            limit=limit,
            include_sessions=include_sessions,
            environment_id=environment_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def iter_environment_users(
        self,
        *,
        environment_id: str | None = None,
        filter: UserSearchFilterParams | None = None,
        order_by: str | None = None,
        limit: int | None = None,
        include_sessions: bool | None = None,
        max_items: int | None = None,
    ) -> Iterator[User]:
        """Iterate over every item of :meth:`get_environment_users`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_environment_users import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                filter_=filter,
                order_by=order_by,
                limit=limit,
                include_sessions=include_sessions,
                environment_id=environment_id,
                offset=offset,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)

    def create_user(
        self,
        *,
        environment_id: str | None = None,
        body: InternalBulkUpdateUserFields,
    ) -> UserResponse:
        """Create user

        Creates a user in the environment from profile fields such as email, alias or
        metadata, without the user signing in."""

        from .create_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def bulk_create_user(
        self,
        *,
        environment_id: str | None = None,
        body: list[InternalUserFields],
        upsert: bool | None = None,
    ) -> BulkUserCreateResponse:
        """Bulk create user

        Creates many users in one request. With `upsert=true`, users that already exist
        are updated instead of reported as failures."""

        from .bulk_create_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(upsert=upsert, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_user(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
    ) -> UserResponse:
        """Get user

        Fetches one user of the environment, with their verified credentials, wallets
        and profile fields."""

        from .get_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def update_user(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
        body: InternalUpdatableUserFields,
    ) -> UserResponse:
        """Update user

        Changes profile fields of an existing user; fields left out of the body keep
        their values."""

        from .update_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_user(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete user

        Deletes a user and their data from the environment. This cannot be undone."""

        from .delete_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def revoke_user_sessions(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Revoke user sessions

        Ends every active session of a user, so they must sign in again."""

        from .revoke_user_sessions import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_user_oauth_access_token(
        self,
        oauth_account_id: str,
    ) -> UserOauthAccessTokenResponse:
        """Get user oauth access token

        Returns the current access token that Dynamic holds for one of a user's linked
        OAuth (social) accounts."""

        from .get_user_oauth_access_token import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            oauth_account_id=oauth_account_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_user_legacy(
        self,
        user_id: str,
    ) -> UserResponse:
        """Get user legacy

        Older form of getUser addressed without the environment; prefer getUser."""

        from .get_user_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_user_legacy(
        self,
        user_id: str,
        *,
        body: InternalUpdatableUserFields,
    ) -> UserResponse:
        """Update user legacy

        Older form of updateUser addressed without the environment; prefer updateUser."""

        from .update_user_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_user_legacy(
        self,
        user_id: str,
    ) -> None:
        """Delete user legacy

        Older form of deleteUser addressed without the environment; prefer deleteUser."""

        from .delete_user_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def revoke_user_sessions_legacy(
        self,
        user_id: str,
    ) -> None:
        """Revoke user sessions legacy

        Older form of revokeUserSessions addressed without the environment; prefer
        revokeUserSessions."""

        from .revoke_user_sessions_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncUsersApi:
    """Users operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_environment_users(
        self,
        *,
        environment_id: str | None = None,
        filter: UserSearchFilterParams | None = None,
        order_by: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        include_sessions: bool | None = None,
    ) -> UsersResponse:
        """Get environment users

        Lists the users of an environment, sorted by `orderBy` when given. Narrow the
        list with `filter[filterColumn]` and `filter[filterValue]`; page through it with
        `offset` and `limit`. The response carries the total `count`."""

        from .get_environment_users import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            filter_=filter,
            order_by=order_by,
            offset=offset,
            limit=limit,
            include_sessions=include_sessions,
            environment_id=environment_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    def iter_environment_users(
        self,
        *,
        environment_id: str | None = None,
        filter: UserSearchFilterParams | None = None,
        order_by: str | None = None,
        limit: int | None = None,
        include_sessions: bool | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[User]:
        """Iterate over every item of :meth:`get_environment_users`, page by page.

        Args:
            limit: Page size requested from the API (its default when None).
            max_items: Stop after this many items (all of them when None).
        """
        from .get_environment_users import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(
                filter_=filter,
                order_by=order_by,
                limit=limit,
                include_sessions=include_sessions,
                environment_id=environment_id,
                offset=offset,
            )

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, limit, max_items)

    async def create_user(
        self,
        *,
        environment_id: str | None = None,
        body: InternalBulkUpdateUserFields,
    ) -> UserResponse:
        """Create user

        Creates a user in the environment from profile fields such as email, alias or
        metadata, without the user signing in."""

        from .create_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def bulk_create_user(
        self,
        *,
        environment_id: str | None = None,
        body: list[InternalUserFields],
        upsert: bool | None = None,
    ) -> BulkUserCreateResponse:
        """Bulk create user

        Creates many users in one request. With `upsert=true`, users that already exist
        are updated instead of reported as failures."""

        from .bulk_create_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(upsert=upsert, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_user(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
    ) -> UserResponse:
        """Get user

        Fetches one user of the environment, with their verified credentials, wallets
        and profile fields."""

        from .get_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def update_user(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
        body: InternalUpdatableUserFields,
    ) -> UserResponse:
        """Update user

        Changes profile fields of an existing user; fields left out of the body keep
        their values."""

        from .update_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_user(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete user

        Deletes a user and their data from the environment. This cannot be undone."""

        from .delete_user import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def revoke_user_sessions(
        self,
        user_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Revoke user sessions

        Ends every active session of a user, so they must sign in again."""

        from .revoke_user_sessions import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(user_id=user_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_user_oauth_access_token(
        self,
        oauth_account_id: str,
    ) -> UserOauthAccessTokenResponse:
        """Get user oauth access token

        Returns the current access token that Dynamic holds for one of a user's linked
        OAuth (social) accounts."""

        from .get_user_oauth_access_token import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            oauth_account_id=oauth_account_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_user_legacy(
        self,
        user_id: str,
    ) -> UserResponse:
        """Get user legacy

        Older form of getUser addressed without the environment; prefer getUser."""

        from .get_user_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_user_legacy(
        self,
        user_id: str,
        *,
        body: InternalUpdatableUserFields,
    ) -> UserResponse:
        """Update user legacy

        Older form of updateUser addressed without the environment; prefer updateUser."""

        from .update_user_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_user_legacy(
        self,
        user_id: str,
    ) -> None:
        """Delete user legacy

        Older form of deleteUser addressed without the environment; prefer deleteUser."""

        from .delete_user_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def revoke_user_sessions_legacy(
        self,
        user_id: str,
    ) -> None:
        """Revoke user sessions legacy

        Older form of revokeUserSessions addressed without the environment; prefer
        revokeUserSessions."""

        from .revoke_user_sessions_legacy import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            user_id=user_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
