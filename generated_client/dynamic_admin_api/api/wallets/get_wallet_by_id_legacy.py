from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.wallet import Wallet
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getWalletByIdLegacy",
    method="GET",
    path="/wallets/{walletId}",
    tag="Wallets",
)


def _get_kwargs(
    wallet_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/wallets/{wallet_id}".format(
            wallet_id=path_segment(wallet_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Wallet:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Wallet.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Wallet]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Wallet]:
    """Get wallet by id legacy

    Older form of getWalletById addressed without the environment; prefer getWalletById.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Wallet]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            wallet_id=wallet_id,
        )
    )
    return _build_response(response)


def sync(
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Wallet:
    """Get wallet by id legacy

    Older form of getWalletById addressed without the environment; prefer getWalletById.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Wallet
    """

    return sync_detailed(
        client=client,
        wallet_id=wallet_id,
    ).parsed


async def asyncio_detailed(
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Wallet]:
    """Get wallet by id legacy

    Older form of getWalletById addressed without the environment; prefer getWalletById.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Wallet]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            wallet_id=wallet_id,
        )
    )
    return _build_response(response)


async def asyncio(
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Wallet:
    """Get wallet by id legacy

    Older form of getWalletById addressed without the environment; prefer getWalletById.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Wallet
    """

    return (
        await asyncio_detailed(
            client=client,
            wallet_id=wallet_id,
        )
    ).parsed
