from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sso_provider import SsoProvider
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getSsoProviderForOrganization",
    method="GET",
    path="/organizations/{organizationId}/ssoProvider",
    tag="Organizations",
)


def _get_kwargs(
    organization_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/organizations/{organization_id}/ssoProvider".format(
            organization_id=path_segment(organization_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> SsoProvider:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return SsoProvider.from_dict(data)


def _build_response(response: httpx.Response) -> Response[SsoProvider]:
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
) -> Response[SsoProvider]:
    """Get sso provider for organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[SsoProvider]
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
) -> SsoProvider:
    """Get sso provider for organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        SsoProvider
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SsoProvider]:
    """Get sso provider for organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[SsoProvider]
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
) -> SsoProvider:
    """Get sso provider for organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        SsoProvider
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
        )
    ).parsed
