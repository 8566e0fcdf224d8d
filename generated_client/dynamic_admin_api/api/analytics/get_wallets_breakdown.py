from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_wallets_breakdown_response_200_item import GetWalletsBreakdownResponse200Item
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getWalletsBreakdown",
    method="GET",
    path="/environments/{environmentId}/analytics/wallets",
    tag="Analytics",
)


def _get_kwargs(
    environment_id: str,
    *,
    start_date: str | None = None,
    end_date: str | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if start_date is not None:
        params["startDate"] = start_date

    if end_date is not None:
        params["endDate"] = end_date

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/analytics/wallets".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> list[GetWalletsBreakdownResponse200Item]:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return [GetWalletsBreakdownResponse200Item.from_dict(item0_) for item0_ in data]


def _build_response(response: httpx.Response) -> Response[list[GetWalletsBreakdownResponse200Item]]:
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
    start_date: str | None = None,
    end_date: str | None = None,
) -> Response[list[GetWalletsBreakdownResponse200Item]]:
    """Get wallets breakdown

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[GetWalletsBreakdownResponse200Item]]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            start_date=start_date,
            end_date=end_date,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: str | None = None,
    end_date: str | None = None,
) -> list[GetWalletsBreakdownResponse200Item]:
    """Get wallets breakdown

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[GetWalletsBreakdownResponse200Item]
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: str | None = None,
    end_date: str | None = None,
) -> Response[list[GetWalletsBreakdownResponse200Item]]:
    """Get wallets breakdown

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[GetWalletsBreakdownResponse200Item]]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            start_date=start_date,
            end_date=end_date,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: str | None = None,
    end_date: str | None = None,
) -> list[GetWalletsBreakdownResponse200Item]:
    """Get wallets breakdown

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[GetWalletsBreakdownResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
