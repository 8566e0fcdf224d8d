from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invite_status_enum import InviteStatusEnum
from ...models.invites_response import InvitesResponse
from ...types import Operation, Response

OPERATION = Operation(
    id="getInvites",
    method="GET",
    path="/invites",
    tag="Invites",
)


def _get_kwargs(
    *,
    status: InviteStatusEnum,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    json_status = status.value
    params["status"] = json_status

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/invites",
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> InvitesResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return InvitesResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[InvitesResponse]:
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
    status: InviteStatusEnum,
) -> Response[InvitesResponse]:
    """Get invites

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[InvitesResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            status=status,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: InviteStatusEnum,
) -> InvitesResponse:
    """Get invites

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        InvitesResponse
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: InviteStatusEnum,
) -> Response[InvitesResponse]:
    """Get invites

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[InvitesResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            status=status,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: InviteStatusEnum,
) -> InvitesResponse:
    """Get invites

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        InvitesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
