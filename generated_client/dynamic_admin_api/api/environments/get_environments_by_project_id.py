from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.environments_response import EnvironmentsResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getEnvironmentsByProjectId",
    method="GET",
    path="/projects/{projectId}/environments",
    tag="Environments",
)


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/projects/{project_id}/environments".format(
            project_id=path_segment(project_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> EnvironmentsResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return EnvironmentsResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[EnvironmentsResponse]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnvironmentsResponse]:
    """Get environments by project id

    Lists the environments (live and sandbox) of a project.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[EnvironmentsResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            project_id=project_id,
        )
    )
    return _build_response(response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EnvironmentsResponse:
    """Get environments by project id

    Lists the environments (live and sandbox) of a project.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        EnvironmentsResponse
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnvironmentsResponse]:
    """Get environments by project id

    Lists the environments (live and sandbox) of a project.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[EnvironmentsResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            project_id=project_id,
        )
    )
    return _build_response(response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EnvironmentsResponse:
    """Get environments by project id

    Lists the environments (live and sandbox) of a project.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        EnvironmentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
        )
    ).parsed
