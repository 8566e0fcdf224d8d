from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session import Session
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getSessionById",
    method="GET",
    path="/users/{userId}/sessions/{sessionId}",
    tag="Sessions",
)


def _get_kwargs(
    user_id: str,
    session_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/users/{user_id}/sessions/{session_id}".format(
            user_id=path_segment(user_id),
            session_id=path_segment(session_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Session:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Session.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Session]:
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
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Session]:
    """Get session by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Session]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            user_id=user_id,
            session_id=session_id,
        )
    )
    return _build_response(response)


def sync(
    user_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Session:
    """Get session by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Session
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        session_id=session_id,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Session]:
    """Get session by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Session]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            user_id=user_id,
            session_id=session_id,
        )
    )
    return _build_response(response)


async def asyncio(
    user_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Session:
    """Get session by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Session
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            session_id=session_id,
        )
    ).parsed
