from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.visitor_search_filter_params import VisitorSearchFilterParams
from ...models.visitors_response import VisitorsResponse
from ...types import Operation, Pagination, Response, deep_object, path_segment

OPERATION = Operation(
    id="getEnvironmentVisitors",
    method="GET",
    path="/environments/{environmentId}/visitors",
    tag="Visits",
)
PAGINATION = Pagination(
    style="offset",
    items="visitors",
    count="count",
    cursor=None,
)


def _get_kwargs(
    environment_id: str,
    *,
    filter_: VisitorSearchFilterParams | None = None,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if filter_ is not None:
        json_filter_ = filter_.to_dict()
        params.update(deep_object("filter", json_filter_))

    if order_by is not None:
        params["orderBy"] = order_by

    if offset is not None:
        params["offset"] = offset

    if limit is not None:
        params["limit"] = limit

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/visitors".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> VisitorsResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return VisitorsResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[VisitorsResponse]:
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
    filter_: VisitorSearchFilterParams | None = None,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> Response[VisitorsResponse]:
    """Get environment visitors

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[VisitorsResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            filter_=filter_,
            order_by=order_by,
            offset=offset,
            limit=limit,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: VisitorSearchFilterParams | None = None,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> VisitorsResponse:
    """Get environment visitors

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        VisitorsResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        filter_=filter_,
        order_by=order_by,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: VisitorSearchFilterParams | None = None,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> Response[VisitorsResponse]:
    """Get environment visitors

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[VisitorsResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            filter_=filter_,
            order_by=order_by,
            offset=offset,
            limit=limit,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: VisitorSearchFilterParams | None = None,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> VisitorsResponse:
    """Get environment visitors

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        VisitorsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            filter_=filter_,
            order_by=order_by,
            offset=offset,
            limit=limit,
        )
    ).parsed
