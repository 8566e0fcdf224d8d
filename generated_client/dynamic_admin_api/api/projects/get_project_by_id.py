from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project import Project
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getProjectById",
    method="GET",
    path="/projects/{projectId}",
    tag="Projects",
)


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/projects/{project_id}".format(
            project_id=path_segment(project_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Project:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Project.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Project]:
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
) -> Response[Project]:
    """Get project by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Project]
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
) -> Project:
    """Get project by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Project
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Project]:
    """Get project by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Project]
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
) -> Project:
    """Get project by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Project
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
        )
    ).parsed
