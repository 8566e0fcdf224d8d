from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allowlist import Allowlist
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="enableAllowlistById",
    method="PUT",
    path="/allowlists/{allowlistId}/enable",
    tag="Allowlists",
)


def _get_kwargs(
    allowlist_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/allowlists/{allowlist_id}/enable".format(
            allowlist_id=path_segment(allowlist_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Allowlist:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Allowlist.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Allowlist]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Allowlist]:
    """Enable allowlist by id

    Starts enforcing an allowlist at sign-in.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Allowlist]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            allowlist_id=allowlist_id,
        )
    )
    return _build_response(response)


def sync(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Allowlist:
    """Enable allowlist by id

    Starts enforcing an allowlist at sign-in.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Allowlist
    """

    return sync_detailed(
        client=client,
        allowlist_id=allowlist_id,
    ).parsed


async def asyncio_detailed(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Allowlist]:
    """Enable allowlist by id

    Starts enforcing an allowlist at sign-in.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Allowlist]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            allowlist_id=allowlist_id,
        )
    )
    return _build_response(response)


async def asyncio(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Allowlist:
    """Enable allowlist by id

    Starts enforcing an allowlist at sign-in.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Allowlist
    """

    return (
        await asyncio_detailed(
            client=client,
            allowlist_id=allowlist_id,
        )
    ).parsed
