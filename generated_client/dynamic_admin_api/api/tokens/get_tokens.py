from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tokens_response import TokensResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getTokens",
    method="GET",
    path="/environments/{environmentId}/tokens",
    tag="Tokens",
)


def _get_kwargs(
    environment_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/tokens".format(
            environment_id=path_segment(environment_id),
        ),
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
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TokensResponse]:
    """Get tokens

    Lists the API tokens of an environment. Listed tokens never include the secret itself.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[TokensResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TokensResponse:
    """Get tokens

    Lists the API tokens of an environment. Listed tokens never include the secret itself.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        TokensResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TokensResponse]:
    """Get tokens

    Lists the API tokens of an environment. Listed tokens never include the secret itself.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[TokensResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TokensResponse:
    """Get tokens

    Lists the API tokens of an environment. Listed tokens never include the secret itself.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        TokensResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
        )
    ).parsed
