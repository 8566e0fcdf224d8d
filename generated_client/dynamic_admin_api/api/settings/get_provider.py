from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.provider import Provider
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getProvider",
    method="GET",
    path="/settings/providers/{providerId}",
    tag="Settings",
)


def _get_kwargs(
    provider_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/settings/providers/{provider_id}".format(
            provider_id=path_segment(provider_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Provider:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Provider.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Provider]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Provider]:
    """Get provider

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Provider]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            provider_id=provider_id,
        )
    )
    return _build_response(response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Provider:
    """Get provider

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Provider
    """

    return sync_detailed(
        client=client,
        provider_id=provider_id,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Provider]:
    """Get provider

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Provider]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            provider_id=provider_id,
        )
    )
    return _build_response(response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Provider:
    """Get provider

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Provider
    """

    return (
        await asyncio_detailed(
            client=client,
            provider_id=provider_id,
        )
    ).parsed
