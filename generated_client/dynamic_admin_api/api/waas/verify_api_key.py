from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.waas_verify_api_key_response import WaasVerifyApiKeyResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="verifyApiKey",
    method="POST",
    path="/environments/{environmentId}/waas/verifyApiKey",
    tag="Waas",
)


def _get_kwargs(
    environment_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/waas/verifyApiKey".format(
            environment_id=path_segment(environment_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> WaasVerifyApiKeyResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return WaasVerifyApiKeyResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[WaasVerifyApiKeyResponse]:
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
) -> Response[WaasVerifyApiKeyResponse]:
    """Verify api key

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[WaasVerifyApiKeyResponse]
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
) -> WaasVerifyApiKeyResponse:
    """Verify api key

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        WaasVerifyApiKeyResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WaasVerifyApiKeyResponse]:
    """Verify api key

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[WaasVerifyApiKeyResponse]
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
) -> WaasVerifyApiKeyResponse:
    """Verify api key

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        WaasVerifyApiKeyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
        )
    ).parsed
