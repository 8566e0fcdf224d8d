"""Tokens operations.

:class:`TokensApi` and :class:`AsyncTokensApi` call them through a
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


class TokensApi:
    """Tokens operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_tokens(
        self,
        *,
        environment_id: str | None = None,
    ) -> TokensResponse:
        """Get tokens

        Lists the API tokens of an environment. Listed tokens never include the secret
        itself."""

        from .get_tokens import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def post_token(
        self,
        *,
        environment_id: str | None = None,
        body: PostTokenFields,
    ) -> CreateTokenResponse:
        """Post token

        Creates an environment API token. The secret (`rawToken`, starting with `dyn_`)
        appears only in this response; store it safely."""

        from .post_token import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_token_by_id(
        self,
        token_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete token by id

        Revokes an environment API token immediately."""

        from .delete_token_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(token_id=token_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncTokensApi:
    """Tokens operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_tokens(
        self,
        *,
        environment_id: str | None = None,
    ) -> TokensResponse:
        """Get tokens

        Lists the API tokens of an environment. Listed tokens never include the secret
        itself."""

        from .get_tokens import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def post_token(
        self,
        *,
        environment_id: str | None = None,
        body: PostTokenFields,
    ) -> CreateTokenResponse:
        """Post token

        Creates an environment API token. The secret (`rawToken`, starting with `dyn_`)
        appears only in this response; store it safely."""

        from .post_token import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_token_by_id(
        self,
        token_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete token by id

        Revokes an environment API token immediately."""

        from .delete_token_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(token_id=token_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
