from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_enum import ChainEnum
from ...models.chain_token import ChainToken
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getAllTokensByChain",
    method="GET",
    path="/chains/{chainName}/tokens",
    tag="Chains",
)


def _get_kwargs(
    chain_name: ChainEnum,
    *,
    network_id: float | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if network_id is not None:
        params["networkId"] = network_id

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/chains/{chain_name}/tokens".format(
            chain_name=path_segment(chain_name),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> list[ChainToken]:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return [ChainToken.from_dict(item0_) for item0_ in data]


def _build_response(response: httpx.Response) -> Response[list[ChainToken]]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    chain_name: ChainEnum,
    *,
    client: AuthenticatedClient | Client,
    network_id: float | None = None,
) -> Response[list[ChainToken]]:
    """Get all tokens by chain

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[ChainToken]]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            chain_name=chain_name,
            network_id=network_id,
        )
    )
    return _build_response(response)


def sync(
    chain_name: ChainEnum,
    *,
    client: AuthenticatedClient | Client,
    network_id: float | None = None,
) -> list[ChainToken]:
    """Get all tokens by chain

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[ChainToken]
    """

    return sync_detailed(
        client=client,
        chain_name=chain_name,
        network_id=network_id,
    ).parsed


async def asyncio_detailed(
    chain_name: ChainEnum,
    *,
    client: AuthenticatedClient | Client,
    network_id: float | None = None,
) -> Response[list[ChainToken]]:
    """Get all tokens by chain

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[ChainToken]]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            chain_name=chain_name,
            network_id=network_id,
        )
    )
    return _build_response(response)


async def asyncio(
    chain_name: ChainEnum,
    *,
    client: AuthenticatedClient | Client,
    network_id: float | None = None,
) -> list[ChainToken]:
    """Get all tokens by chain

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[ChainToken]
    """

    return (
        await asyncio_detailed(
            client=client,
            chain_name=chain_name,
            network_id=network_id,
        )
    ).parsed
