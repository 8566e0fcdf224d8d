from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allowlist_entries_response import AllowlistEntriesResponse
from ...types import Operation, Pagination, Response, path_segment

OPERATION = Operation(
    id="getEntriesByAllowlistId",
    method="GET",
    path="/allowlists/{allowlistId}/entries",
    tag="Allowlists",
)
PAGINATION = Pagination(
    style="offset",
    items="entries",
    count="count",
    cursor=None,
)


def _get_kwargs(
    allowlist_id: str,
    *,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    query: str | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if order_by is not None:
        params["orderBy"] = order_by

    if offset is not None:
        params["offset"] = offset

    if limit is not None:
        params["limit"] = limit

    if query is not None:
        params["query"] = query

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/allowlists/{allowlist_id}/entries".format(
            allowlist_id=path_segment(allowlist_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> AllowlistEntriesResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return AllowlistEntriesResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[AllowlistEntriesResponse]:
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
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    query: str | None = None,
) -> Response[AllowlistEntriesResponse]:
    """Get entries by allowlist id

    Lists the entries of an allowlist, paged with `offset` and `limit`; `query` searches the
    entries.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[AllowlistEntriesResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            allowlist_id=allowlist_id,
            order_by=order_by,
            offset=offset,
            limit=limit,
            query=query,
        )
    )
    return _build_response(response)


def sync(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    query: str | None = None,
) -> AllowlistEntriesResponse:
    """Get entries by allowlist id

    Lists the entries of an allowlist, paged with `offset` and `limit`; `query` searches the
    entries.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        AllowlistEntriesResponse
    """

    return sync_detailed(
        client=client,
        allowlist_id=allowlist_id,
        order_by=order_by,
        offset=offset,
        limit=limit,
        query=query,
    ).parsed


async def asyncio_detailed(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    query: str | None = None,
) -> Response[AllowlistEntriesResponse]:
    """Get entries by allowlist id

    Lists the entries of an allowlist, paged with `offset` and `limit`; `query` searches the
    entries.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[AllowlistEntriesResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            allowlist_id=allowlist_id,
            order_by=order_by,
            offset=offset,
            limit=limit,
            query=query,
        )
    )
    return _build_response(response)


async def asyncio(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    query: str | None = None,
) -> AllowlistEntriesResponse:
    """Get entries by allowlist id

    Lists the entries of an allowlist, paged with `offset` and `limit`; `query` searches the
    entries.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        AllowlistEntriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            allowlist_id=allowlist_id,
            order_by=order_by,
            offset=offset,
            limit=limit,
            query=query,
        )
    ).parsed
