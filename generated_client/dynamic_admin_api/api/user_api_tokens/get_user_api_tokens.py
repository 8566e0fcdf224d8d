from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tokens_response import TokensResponse
from ...types import Operation, Response

OPERATION = Operation(
    id="getUserApiTokens",
    method="GET",
    path="/user/tokens",
    tag="UserApiTokens",
)


def _get_kwargs() -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/user/tokens",
    }

    return _kwargs


def _parse(response: httpx.Response) -> TokensResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return TokensResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[TokensResponse]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[TokensResponse]:
    """Get user api tokens

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[TokensResponse]
    """

    response = client.get_httpx_client().request(**_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> TokensResponse:
    """Get user api tokens

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        TokensResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[TokensResponse]:
    """Get user api tokens

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[TokensResponse]
    """

    response = await client.get_async_httpx_client().request(**_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> TokensResponse:
    """Get user api tokens

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        TokensResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
