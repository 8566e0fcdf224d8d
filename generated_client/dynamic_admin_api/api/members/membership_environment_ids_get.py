from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

OPERATION = Operation(
    id="membershipEnvironmentIdsGet",
    method="GET",
    path="/membershipEnvironmentIds",
    tag="Members",
)


def _get_kwargs() -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/membershipEnvironmentIds",
    }

    return _kwargs


def _parse(response: httpx.Response) -> list[str]:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return cast(list[str], data)


def _build_response(response: httpx.Response) -> Response[list[str]]:
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
) -> Response[list[str]]:
    """Membership environment ids get

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[str]]
    """

    response = client.get_httpx_client().request(**_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[str]:
    """Membership environment ids get

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[str]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[str]]:
    """Membership environment ids get

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[str]]
    """

    response = await client.get_async_httpx_client().request(**_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[str]:
    """Membership environment ids get

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
