from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="downloadExportById",
    method="GET",
    path="/environments/{environmentId}/exports/{exportId}/download",
    tag="Exports",
)


def _get_kwargs(
    environment_id: str,
    export_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/exports/{export_id}/download".format(
            environment_id=path_segment(environment_id),
            export_id=path_segment(export_id),
        ),
    }

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
    environment_id: str,
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Download export by id

    Downloads the file of a completed export.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            export_id=export_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Download export by id

    Downloads the file of a completed export.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        export_id=export_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Download export by id

    Downloads the file of a completed export.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            export_id=export_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Download export by id

    Downloads the file of a completed export.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            export_id=export_id,
        )
    ).parsed
