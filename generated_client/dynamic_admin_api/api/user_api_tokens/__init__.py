"""UserApiTokens operations.

:class:`UserApiTokensApi` and :class:`AsyncUserApiTokensApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.create_token_response import CreateTokenResponse
    from ...models.post_token_fields import PostTokenFields
    from ...models.tokens_response import TokensResponse
    from ...types import AsyncTransport, Transport


class UserApiTokensApi:
    """UserApiTokens operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_user_api_tokens(
        self,
    ) -> TokensResponse:
        """Get user api tokens"""

        from .get_user_api_tokens import OPERATION, _get_kwargs, _parse

        request = _get_kwargs()
        return self._transport.request(OPERATION, request, _parse)

    def create_user_api_token(
        self,
        *,
        body: PostTokenFields,
    ) -> CreateTokenResponse:
        """Create user api token"""

        from .create_user_api_token import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_user_api_token(
        self,
        token_id: str,
    ) -> None:
        """Delete user api token"""

        from .delete_user_api_token import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            token_id=token_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncUserApiTokensApi:
    """UserApiTokens operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_user_api_tokens(
        self,
    ) -> TokensResponse:
        """Get user api tokens"""

        from .get_user_api_tokens import OPERATION, _get_kwargs, _parse

        request = _get_kwargs()
        return await self._transport.request(OPERATION, request, _parse)

    async def create_user_api_token(
        self,
        *,
        body: PostTokenFields,
    ) -> CreateTokenResponse:
        """Create user api token"""

        from .create_user_api_token import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_user_api_token(
        self,
        token_id: str,
    ) -> None:
        """Delete user api token"""

        from .delete_user_api_token import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            token_id=token_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
