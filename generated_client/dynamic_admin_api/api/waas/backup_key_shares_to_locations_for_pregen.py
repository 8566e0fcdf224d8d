from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backup_key_shares_to_locations_response import BackupKeySharesToLocationsResponse
from ...models.backup_key_shares_to_locations_with_user_id_request import (
    BackupKeySharesToLocationsWithUserIdRequest,
)
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="backupKeySharesToLocationsForPregen",
    method="POST",
    path="/environments/{environmentId}/waas/{walletId}/keyShares/backup/locations",
    tag="Waas",
)


def _get_kwargs(
    environment_id: str,
    wallet_id: str,
    *,
    body: BackupKeySharesToLocationsWithUserIdRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/waas/{wallet_id}/keyShares/backup/locations".format(
            environment_id=path_segment(environment_id),
            wallet_id=path_segment(wallet_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> BackupKeySharesToLocationsResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return BackupKeySharesToLocationsResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[BackupKeySharesToLocationsResponse]:
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
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupKeySharesToLocationsWithUserIdRequest,
) -> Response[BackupKeySharesToLocationsResponse]:
    """Backup key shares to locations for pregen

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[BackupKeySharesToLocationsResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            wallet_id=wallet_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupKeySharesToLocationsWithUserIdRequest,
) -> BackupKeySharesToLocationsResponse:
    """Backup key shares to locations for pregen

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        BackupKeySharesToLocationsResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        wallet_id=wallet_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupKeySharesToLocationsWithUserIdRequest,
) -> Response[BackupKeySharesToLocationsResponse]:
    """Backup key shares to locations for pregen

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[BackupKeySharesToLocationsResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            wallet_id=wallet_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupKeySharesToLocationsWithUserIdRequest,
) -> BackupKeySharesToLocationsResponse:
    """Backup key shares to locations for pregen

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        BackupKeySharesToLocationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            wallet_id=wallet_id,
            body=body,
        )
    ).parsed
