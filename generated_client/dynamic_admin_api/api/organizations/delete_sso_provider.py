from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="deleteSsoProvider",
    method="DELETE",
    path="/organizations/{organizationId}/ssoProvider/{ssoProviderId}",
    tag="Organizations",
)


def _get_kwargs(
    organization_id: str,
    sso_provider_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/organizations/{organization_id}/ssoProvider/{sso_provider_id}".format(
            organization_id=path_segment(organization_id),
            sso_provider_id=path_segment(sso_provider_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> None:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    return None


def _build_response(response: httpx.Response) -> Response[None]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    organization_id: str,
    sso_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete sso provider

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
            sso_provider_id=sso_provider_id,
        )
    )
    return _build_response(response)


def sync(
    organization_id: str,
    sso_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete sso provider

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
        sso_provider_id=sso_provider_id,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    sso_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete sso provider

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
            sso_provider_id=sso_provider_id,
        )
    )
    return _build_response(response)


async def asyncio(
    organization_id: str,
    sso_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete sso provider

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
            sso_provider_id=sso_provider_id,
        )
    ).parsed
