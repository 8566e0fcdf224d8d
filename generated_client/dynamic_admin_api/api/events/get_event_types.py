from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_type import EventType
from ...types import Operation, Response

OPERATION = Operation(
    id="getEventTypes",
    method="GET",
    path="/eventTypes",
    tag="Events",
)


def _get_kwargs() -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/eventTypes",
    }

    return _kwargs


def _parse(response: httpx.Response) -> list[EventType]:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return [EventType.from_dict(item0_) for item0_ in data]


def _build_response(response: httpx.Response) -> Response[list[EventType]]:
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
) -> Response[list[EventType]]:
    """Get event types

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[EventType]]
    """

    response = client.get_httpx_client().request(**_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[EventType]:
    """Get event types

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[EventType]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[EventType]]:
    """Get event types

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[list[EventType]]
    """

    response = await client.get_async_httpx_client().request(**_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[EventType]:
    """Get event types

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        list[EventType]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
