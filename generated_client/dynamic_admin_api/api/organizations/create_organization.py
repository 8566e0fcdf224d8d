from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization_request import OrganizationRequest
from ...models.organization_response import OrganizationResponse
from ...types import Operation, Response

OPERATION = Operation(
    id="createOrganization",
    method="POST",
    path="/organizations",
    tag="Organizations",
)


def _get_kwargs(
    *,
    body: OrganizationRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/organizations",
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> OrganizationResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return OrganizationResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[OrganizationResponse]:
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
    body: OrganizationRequest,
) -> Response[OrganizationResponse]:
    """Create organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[OrganizationResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationRequest,
) -> OrganizationResponse:
    """Create organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        OrganizationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationRequest,
) -> Response[OrganizationResponse]:
    """Create organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[OrganizationResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationRequest,
) -> OrganizationResponse:
    """Create organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        OrganizationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
