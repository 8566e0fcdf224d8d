from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_response import UserResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getUserLegacy",
    method="GET",
    path="/users/{userId}",
    tag="Users",
)


def _get_kwargs(
    user_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/users/{user_id}".format(
            user_id=path_segment(user_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> UserResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return UserResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[UserResponse]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserResponse]:
    """Get user legacy

    Older form of getUser addressed without the environment; prefer getUser.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[UserResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            user_id=user_id,
        )
    )
    return _build_response(response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> UserResponse:
    """Get user legacy

    Older form of getUser addressed without the environment; prefer getUser.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        UserResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserResponse]:
    """Get user legacy

    Older form of getUser addressed without the environment; prefer getUser.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[UserResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            user_id=user_id,
        )
    )
    return _build_response(response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> UserResponse:
    """Get user legacy

    Older form of getUser addressed without the environment; prefer getUser.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        UserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
        )
    ).parsed
