from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delegate_ownership_request import DelegateOwnershipRequest
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="delegateOwnership",
    method="PUT",
    path="/members/{memberId}/delegateOwnership",
    tag="Members",
)


def _get_kwargs(
    member_id: str,
    *,
    body: DelegateOwnershipRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/members/{member_id}/delegateOwnership".format(
            member_id=path_segment(member_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> None:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    return None


def _build_response(response: httpx.Response) -> Response[None]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DelegateOwnershipRequest,
) -> Response[None]:
    """Delegate ownership

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[None]
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
    body: DelegateOwnershipRequest,
) -> None:
    """Delegate ownership

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        None
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
    body: DelegateOwnershipRequest,
) -> Response[None]:
    """Delegate ownership

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[None]
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
    body: DelegateOwnershipRequest,
) -> None:
    """Delegate ownership

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            member_id=member_id,
            body=body,
        )
    ).parsed
