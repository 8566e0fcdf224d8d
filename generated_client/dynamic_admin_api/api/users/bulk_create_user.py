from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_user_create_response import BulkUserCreateResponse
from ...models.internal_user_fields import InternalUserFields
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="bulkCreateUser",
    method="POST",
    path="/environments/{environmentId}/users/bulk",
    tag="Users",
)


def _get_kwargs(
    environment_id: str,
    *,
    body: list[InternalUserFields],
    upsert: bool | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if upsert is not None:
        params["upsert"] = upsert

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/users/bulk".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    return _kwargs


def _parse(response: httpx.Response) -> BulkUserCreateResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return BulkUserCreateResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[BulkUserCreateResponse]:
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
    body: list[InternalUserFields],
    upsert: bool | None = None,
) -> Response[BulkUserCreateResponse]:
    """Bulk create user

    Creates many users in one request. With `upsert=true`, users that already exist are
    updated instead of reported as failures.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[BulkUserCreateResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            upsert=upsert,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[InternalUserFields],
    upsert: bool | None = None,
) -> BulkUserCreateResponse:
    """Bulk create user

    Creates many users in one request. With `upsert=true`, users that already exist are
    updated instead of reported as failures.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        BulkUserCreateResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        upsert=upsert,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[InternalUserFields],
    upsert: bool | None = None,
) -> Response[BulkUserCreateResponse]:
    """Bulk create user

    Creates many users in one request. With `upsert=true`, users that already exist are
    updated instead of reported as failures.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[BulkUserCreateResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            upsert=upsert,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[InternalUserFields],
    upsert: bool | None = None,
) -> BulkUserCreateResponse:
    """Bulk create user

    Creates many users in one request. With `upsert=true`, users that already exist are
    updated instead of reported as failures.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        BulkUserCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            upsert=upsert,
            body=body,
        )
    ).parsed
