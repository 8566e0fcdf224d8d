from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_network_response import CustomNetworkResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getCustomNetwork",
    method="GET",
    path="/organizations/{organizationId}/customNetworks/{networkId}",
    tag="CustomNetworks",
)


def _get_kwargs(
    organization_id: str,
    network_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/organizations/{organization_id}/customNetworks/{network_id}".format(
            organization_id=path_segment(organization_id),
            network_id=path_segment(network_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> CustomNetworkResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return CustomNetworkResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[CustomNetworkResponse]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    organization_id: str,
    network_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomNetworkResponse]:
    """Get custom network

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[CustomNetworkResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
            network_id=network_id,
        )
    )
    return _build_response(response)


def sync(
    organization_id: str,
    network_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomNetworkResponse:
    """Get custom network

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        CustomNetworkResponse
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
        network_id=network_id,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    network_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomNetworkResponse]:
    """Get custom network

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[CustomNetworkResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
            network_id=network_id,
        )
    )
    return _build_response(response)


async def asyncio(
    organization_id: str,
    network_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomNetworkResponse:
    """Get custom network

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        CustomNetworkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
            network_id=network_id,
        )
    ).parsed
