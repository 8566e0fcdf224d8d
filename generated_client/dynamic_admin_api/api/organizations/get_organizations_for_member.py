from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organizations_response import OrganizationsResponse
from ...types import Operation, Response

OPERATION = Operation(
    id="getOrganizationsForMember",
    method="GET",
    path="/organizations",
    tag="Organizations",
)


def _get_kwargs() -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/organizations",
    }

    return _kwargs


def _parse(response: httpx.Response) -> OrganizationsResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return OrganizationsResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[OrganizationsResponse]:
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
) -> Response[OrganizationsResponse]:
    """Get organizations for member

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[OrganizationsResponse]
    """

    response = client.get_httpx_client().request(**_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> OrganizationsResponse:
    """Get organizations for member

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        OrganizationsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrganizationsResponse]:
    """Get organizations for member

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[OrganizationsResponse]
    """

    response = await client.get_async_httpx_client().request(**_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> OrganizationsResponse:
    """Get organizations for member

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        OrganizationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
