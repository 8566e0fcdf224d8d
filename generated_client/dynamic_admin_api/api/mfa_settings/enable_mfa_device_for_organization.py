from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mfa_device_type import MFADeviceType
from ...models.organization_mfa_settings import OrganizationMfaSettings
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="enableMfaDeviceForOrganization",
    method="PUT",
    path="/organizations/{organizationId}/mfaSettings/{mfaDeviceType}/enable",
    tag="MfaSettings",
)


def _get_kwargs(
    organization_id: str,
    mfa_device_type: MFADeviceType,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/organizations/{organization_id}/mfaSettings/{mfa_device_type}/enable".format(
            organization_id=path_segment(organization_id),
            mfa_device_type=path_segment(mfa_device_type),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> OrganizationMfaSettings:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return OrganizationMfaSettings.from_dict(data)


def _build_response(response: httpx.Response) -> Response[OrganizationMfaSettings]:
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
    mfa_device_type: MFADeviceType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrganizationMfaSettings]:
    """Enable mfa device for organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[OrganizationMfaSettings]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
            mfa_device_type=mfa_device_type,
        )
    )
    return _build_response(response)


def sync(
    organization_id: str,
    mfa_device_type: MFADeviceType,
    *,
    client: AuthenticatedClient | Client,
) -> OrganizationMfaSettings:
    """Enable mfa device for organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        OrganizationMfaSettings
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
        mfa_device_type=mfa_device_type,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    mfa_device_type: MFADeviceType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrganizationMfaSettings]:
    """Enable mfa device for organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[OrganizationMfaSettings]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
            mfa_device_type=mfa_device_type,
        )
    )
    return _build_response(response)


async def asyncio(
    organization_id: str,
    mfa_device_type: MFADeviceType,
    *,
    client: AuthenticatedClient | Client,
) -> OrganizationMfaSettings:
    """Enable mfa device for organization

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        OrganizationMfaSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
            mfa_device_type=mfa_device_type,
        )
    ).parsed
