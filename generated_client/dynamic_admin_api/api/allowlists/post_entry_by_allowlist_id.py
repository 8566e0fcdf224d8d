from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allowlist_entry import AllowlistEntry
from ...models.post_allowlist_entries_request import PostAllowlistEntriesRequest
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="postEntryByAllowlistId",
    method="POST",
    path="/allowlists/{allowlistId}/entries",
    tag="Allowlists",
)


def _get_kwargs(
    allowlist_id: str,
    *,
    body: PostAllowlistEntriesRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/allowlists/{allowlist_id}/entries".format(
            allowlist_id=path_segment(allowlist_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> AllowlistEntry:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return AllowlistEntry.from_dict(data)


def _build_response(response: httpx.Response) -> Response[AllowlistEntry]:
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
    body: PostAllowlistEntriesRequest,
) -> Response[AllowlistEntry]:
    """Post entry by allowlist id

    Adds one entry (a wallet address, email or social account) to an allowlist.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[AllowlistEntry]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            allowlist_id=allowlist_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostAllowlistEntriesRequest,
) -> AllowlistEntry:
    """Post entry by allowlist id

    Adds one entry (a wallet address, email or social account) to an allowlist.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        AllowlistEntry
    """

    return sync_detailed(
        client=client,
        allowlist_id=allowlist_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostAllowlistEntriesRequest,
) -> Response[AllowlistEntry]:
    """Post entry by allowlist id

    Adds one entry (a wallet address, email or social account) to an allowlist.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[AllowlistEntry]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            allowlist_id=allowlist_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    allowlist_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostAllowlistEntriesRequest,
) -> AllowlistEntry:
    """Post entry by allowlist id

    Adds one entry (a wallet address, email or social account) to an allowlist.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        AllowlistEntry
    """

    return (
        await asyncio_detailed(
            client=client,
            allowlist_id=allowlist_id,
            body=body,
        )
    ).parsed
