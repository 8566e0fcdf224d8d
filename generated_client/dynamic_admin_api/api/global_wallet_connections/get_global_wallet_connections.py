from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_global_wallet_connections_status import GetGlobalWalletConnectionsStatus
from ...models.global_wallet_connection import GlobalWalletConnection
from ...types import Operation, Pagination, Response, path_segment

OPERATION = Operation(
    id="getGlobalWalletConnections",
    method="GET",
    path="/environments/{environmentId}/globalWallet/connections",
    tag="GlobalWalletConnections",
)
PAGINATION = Pagination(
    style="offset",
    items=None,
    count=None,
    cursor=None,
)


def _get_kwargs(
    environment_id: str,
    *,
    user_id: str | None = None,
    status: GetGlobalWalletConnectionsStatus | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if user_id is not None:
        params["userId"] = user_id

    if status is not None:
        json_status = status.value
        params["status"] = json_status

    if offset is not None:
        params["offset"] = offset

    if limit is not None:
        params["limit"] = limit

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/globalWallet/connections".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> list[GlobalWalletConnection]:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return [GlobalWalletConnection.from_dict(item0_) for item0_ in data]


def _build_response(response: httpx.Response) -> Response[list[GlobalWalletConnection]]:
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
    user_id: str | None = None,
    status: GetGlobalWalletConnectionsStatus | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> Response[list[GlobalWalletConnection]]:
    """Get global wallet connections

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[GlobalWalletConnection]]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            user_id=user_id,
            status=status,
            offset=offset,
            limit=limit,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | None = None,
    status: GetGlobalWalletConnectionsStatus | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> list[GlobalWalletConnection]:
    """Get global wallet connections

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[GlobalWalletConnection]
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        user_id=user_id,
        status=status,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | None = None,
    status: GetGlobalWalletConnectionsStatus | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> Response[list[GlobalWalletConnection]]:
    """Get global wallet connections

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[GlobalWalletConnection]]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            user_id=user_id,
            status=status,
            offset=offset,
            limit=limit,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | None = None,
    status: GetGlobalWalletConnectionsStatus | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> list[GlobalWalletConnection]:
    """Get global wallet connections

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[GlobalWalletConnection]
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            user_id=user_id,
            status=status,
            offset=offset,
            limit=limit,
        )
    ).parsed
