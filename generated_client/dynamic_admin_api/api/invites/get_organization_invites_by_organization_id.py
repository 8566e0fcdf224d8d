from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invites_response import InvitesResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getOrganizationInvitesByOrganizationId",
    method="GET",
    path="/organizations/{organizationId}/invites",
    tag="Invites",
)


def _get_kwargs(
    organization_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/organizations/{organization_id}/invites".format(
            organization_id=path_segment(organization_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> InvitesResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return InvitesResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[InvitesResponse]:
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
) -> Response[InvitesResponse]:
    """Get organization invites by organization id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[InvitesResponse]
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
) -> InvitesResponse:
    """Get organization invites by organization id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        InvitesResponse
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InvitesResponse]:
    """Get organization invites by organization id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[InvitesResponse]
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
) -> InvitesResponse:
    """Get organization invites by organization id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        InvitesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
        )
    ).parsed
