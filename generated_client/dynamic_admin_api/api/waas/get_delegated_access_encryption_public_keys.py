from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delegated_access_encryption_public_keys_unified_response import (
    DelegatedAccessEncryptionPublicKeysUnifiedResponse,
)
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getDelegatedAccessEncryptionPublicKeys",
    method="GET",
    path="/environments/{environmentId}/waas/delegatedAccess/encryptionPublicKeys",
    tag="Waas",
)


def _get_kwargs(
    environment_id: str,
    *,
    include_all: bool | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if include_all is not None:
        params["includeAll"] = include_all

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/waas/delegatedAccess/encryptionPublicKeys".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> DelegatedAccessEncryptionPublicKeysUnifiedResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return DelegatedAccessEncryptionPublicKeysUnifiedResponse.from_dict(data)


def _build_response(
    response: httpx.Response,
) -> Response[DelegatedAccessEncryptionPublicKeysUnifiedResponse]:
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
    include_all: bool | None = None,
) -> Response[DelegatedAccessEncryptionPublicKeysUnifiedResponse]:
    """Get delegated access encryption public keys

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[DelegatedAccessEncryptionPublicKeysUnifiedResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            include_all=include_all,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_all: bool | None = None,
) -> DelegatedAccessEncryptionPublicKeysUnifiedResponse:
    """Get delegated access encryption public keys

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        DelegatedAccessEncryptionPublicKeysUnifiedResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        include_all=include_all,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_all: bool | None = None,
) -> Response[DelegatedAccessEncryptionPublicKeysUnifiedResponse]:
    """Get delegated access encryption public keys

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[DelegatedAccessEncryptionPublicKeysUnifiedResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            include_all=include_all,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_all: bool | None = None,
) -> DelegatedAccessEncryptionPublicKeysUnifiedResponse:
    """Get delegated access encryption public keys

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        DelegatedAccessEncryptionPublicKeysUnifiedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            include_all=include_all,
        )
    ).parsed
