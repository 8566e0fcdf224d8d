from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export import Export
from ...models.export_create_request import ExportCreateRequest
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="createExport",
    method="POST",
    path="/environments/{environmentId}/exports",
    tag="Exports",
)


def _get_kwargs(
    environment_id: str,
    *,
    body: ExportCreateRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/exports".format(
            environment_id=path_segment(environment_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> Export:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Export.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Export]:
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
    body: ExportCreateRequest,
) -> Response[Export]:
    """Create export

    Queues an export of the environment's data (such as users) in the requested format. Poll
    getExportById until it completes.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Export]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportCreateRequest,
) -> Export:
    """Create export

    Queues an export of the environment's data (such as users) in the requested format. Poll
    getExportById until it completes.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Export
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportCreateRequest,
) -> Response[Export]:
    """Create export

    Queues an export of the environment's data (such as users) in the requested format. Poll
    getExportById until it completes.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Export]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportCreateRequest,
) -> Export:
    """Create export

    Queues an export of the environment's data (such as users) in the requested format. Poll
    getExportById until it completes.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Export
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            body=body,
        )
    ).parsed
