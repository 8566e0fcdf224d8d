from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization import Organization
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getOrganizationById",
    method="GET",
    path="/organizations/{organizationId}",
    tag="Organizations",
)


def _get_kwargs(
    organization_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/organizations/{organization_id}".format(
            organization_id=path_segment(organization_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Organization:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Organization.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Organization]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[Organization]:
    """Get organization by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Organization]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
        )
    )
    return _build_response(response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Organization:
    """Get organization by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Organization
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Organization]:
    """Get organization by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Organization]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
        )
    )
    return _build_response(response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Organization:
    """Get organization by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Organization
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
        )
    ).parsed
