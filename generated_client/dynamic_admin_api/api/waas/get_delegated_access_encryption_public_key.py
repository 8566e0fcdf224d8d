from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delegated_access_encryption_public_key_response import (
    DelegatedAccessEncryptionPublicKeyResponse,
)
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getDelegatedAccessEncryptionPublicKey",
    method="GET",
    path="/sdk/{environmentId}/waas/delegatedAccess/encryptionPublicKey",
    tag="Waas",
)


def _get_kwargs(
    environment_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/sdk/{environment_id}/waas/delegatedAccess/encryptionPublicKey".format(
            environment_id=path_segment(environment_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> DelegatedAccessEncryptionPublicKeyResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return DelegatedAccessEncryptionPublicKeyResponse.from_dict(data)


def _build_response(
    response: httpx.Response,
) -> Response[DelegatedAccessEncryptionPublicKeyResponse]:
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
) -> Response[DelegatedAccessEncryptionPublicKeyResponse]:
    """Get delegated access encryption public key

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[DelegatedAccessEncryptionPublicKeyResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DelegatedAccessEncryptionPublicKeyResponse:
    """Get delegated access encryption public key

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        DelegatedAccessEncryptionPublicKeyResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DelegatedAccessEncryptionPublicKeyResponse]:
    """Get delegated access encryption public key

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[DelegatedAccessEncryptionPublicKeyResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DelegatedAccessEncryptionPublicKeyResponse:
    """Get delegated access encryption public key

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        DelegatedAccessEncryptionPublicKeyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
        )
    ).parsed
