from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.member_response import MemberResponse
from ...models.member_role_field import MemberRoleField
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="updateMemberRole",
    method="PUT",
    path="/members/{memberId}",
    tag="Members",
)


def _get_kwargs(
    member_id: str,
    *,
    body: MemberRoleField,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/members/{member_id}".format(
            member_id=path_segment(member_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> MemberResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return MemberResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[MemberResponse]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemberRoleField,
) -> Response[MemberResponse]:
    """Update member role

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[MemberResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            member_id=member_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemberRoleField,
) -> MemberResponse:
    """Update member role

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        MemberResponse
    """

    return sync_detailed(
        client=client,
        member_id=member_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemberRoleField,
) -> Response[MemberResponse]:
    """Update member role

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[MemberResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            member_id=member_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemberRoleField,
) -> MemberResponse:
    """Update member role

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        MemberResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            member_id=member_id,
            body=body,
        )
    ).parsed
