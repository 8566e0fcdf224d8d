from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getEventById",
    method="GET",
    path="/environments/{environmentId}/events/{eventId}",
    tag="Events",
)


def _get_kwargs(
    environment_id: str,
    event_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/events/{event_id}".format(
            environment_id=path_segment(environment_id),
            event_id=path_segment(event_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Event:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Event.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Event]:
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
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Event]:
    """Get event by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Event]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            event_id=event_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Event:
    """Get event by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Event
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        event_id=event_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Event]:
    """Get event by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Event]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            event_id=event_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Event:
    """Get event by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Event
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            event_id=event_id,
        )
    ).parsed
