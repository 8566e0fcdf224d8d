from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_wallet_request import CreateWalletRequest
from ...models.wallet import Wallet
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="createWalletLegacy",
    method="POST",
    path="/users/{userId}/wallets",
    tag="Wallets",
)


def _get_kwargs(
    user_id: str,
    *,
    body: CreateWalletRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/users/{user_id}/wallets".format(
            user_id=path_segment(user_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

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
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Response[Wallet]:
    """Create wallet legacy

    Older form of createWallet addressed without the environment; prefer createWallet.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Wallet]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            user_id=user_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Wallet:
    """Create wallet legacy

    Older form of createWallet addressed without the environment; prefer createWallet.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Wallet
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Response[Wallet]:
    """Create wallet legacy

    Older form of createWallet addressed without the environment; prefer createWallet.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Wallet]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            user_id=user_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Wallet:
    """Create wallet legacy

    Older form of createWallet addressed without the environment; prefer createWallet.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Wallet
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            body=body,
        )
    ).parsed
