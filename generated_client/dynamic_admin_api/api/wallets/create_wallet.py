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
    id="createWallet",
    method="POST",
    path="/environments/{environmentId}/users/{userId}/wallets",
    tag="Wallets",
)


def _get_kwargs(
    environment_id: str,
    user_id: str,
    *,
    body: CreateWalletRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/users/{user_id}/wallets".format(
            environment_id=path_segment(environment_id),
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
    environment_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Response[Wallet]:
    """Create wallet

    Links an existing wallet address to a user.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Wallet]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            user_id=user_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Wallet:
    """Create wallet

    Links an existing wallet address to a user.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Wallet
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        user_id=user_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Response[Wallet]:
    """Create wallet

    Links an existing wallet address to a user.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Wallet]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            user_id=user_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Wallet:
    """Create wallet

    Links an existing wallet address to a user.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Wallet
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            user_id=user_id,
            body=body,
        )
    ).parsed
