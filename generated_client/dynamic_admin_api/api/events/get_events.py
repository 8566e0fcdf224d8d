from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_response import EventsResponse
from ...types import Operation, Pagination, Response, path_segment

OPERATION = Operation(
    id="getEvents",
    method="GET",
    path="/environments/{environmentId}/events",
    tag="Events",
)
PAGINATION = Pagination(
    style="cursor",
    items="data",
    count=None,
    cursor="cursor",
)


def _get_kwargs(
    environment_id: str,
    *,
    cursor: str | None = None,
    resource_type: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if cursor is not None:
        params["cursor"] = cursor

    if resource_type is not None:
        params["resourceType"] = resource_type

    if start_date is not None:
        params["startDate"] = start_date

    if end_date is not None:
        params["endDate"] = end_date

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/events".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> EventsResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return EventsResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[EventsResponse]:
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
    *,
    client: AuthenticatedClient | Client,
    cursor: str | None = None,
    resource_type: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> Response[EventsResponse]:
    """Get events

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[EventsResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            cursor=cursor,
            resource_type=resource_type,
            start_date=start_date,
            end_date=end_date,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | None = None,
    resource_type: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> EventsResponse:
    """Get events

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        EventsResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        cursor=cursor,
        resource_type=resource_type,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | None = None,
    resource_type: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> Response[EventsResponse]:
    """Get events

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[EventsResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            cursor=cursor,
            resource_type=resource_type,
            start_date=start_date,
            end_date=end_date,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | None = None,
    resource_type: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> EventsResponse:
    """Get events

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        EventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            cursor=cursor,
            resource_type=resource_type,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
