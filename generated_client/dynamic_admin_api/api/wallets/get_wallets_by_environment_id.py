from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.wallets_response import WalletsResponse
from ...types import Operation, Pagination, Response, path_segment

OPERATION = Operation(
    id="getWalletsByEnvironmentId",
    method="GET",
    path="/environments/{environmentId}/wallets",
    tag="Wallets",
)
PAGINATION = Pagination(
    style="offset",
    items="wallets",
    count="count",
    cursor=None,
)


def _get_kwargs(
    environment_id: str,
    *,
    limit: int | None = None,
    offset: int | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = limit

    if offset is not None:
        params["offset"] = offset

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/wallets".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> WalletsResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return WalletsResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[WalletsResponse]:
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
    limit: int | None = None,
    offset: int | None = None,
) -> Response[WalletsResponse]:
    """Get wallets by environment id

    Lists the wallets linked to users of an environment, paged with `offset` and `limit`; the
    response carries the total `count`.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[WalletsResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            limit=limit,
            offset=offset,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
) -> WalletsResponse:
    """Get wallets by environment id

    Lists the wallets linked to users of an environment, paged with `offset` and `limit`; the
    response carries the total `count`.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        WalletsResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
) -> Response[WalletsResponse]:
    """Get wallets by environment id

    Lists the wallets linked to users of an environment, paged with `offset` and `limit`; the
    response carries the total `count`.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[WalletsResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            limit=limit,
            offset=offset,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = None,
    offset: int | None = None,
) -> WalletsResponse:
    """Get wallets by environment id

    Lists the wallets linked to users of an environment, paged with `offset` and `limit`; the
    response carries the total `count`.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        WalletsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
