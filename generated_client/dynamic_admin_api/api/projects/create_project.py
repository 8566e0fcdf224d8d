from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_project_response import CreateProjectResponse
from ...models.project_request import ProjectRequest
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="createProject",
    method="POST",
    path="/organizations/{organizationId}/projects",
    tag="Projects",
)


def _get_kwargs(
    organization_id: str,
    *,
    body: ProjectRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/organizations/{organization_id}/projects".format(
            organization_id=path_segment(organization_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> CreateProjectResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return CreateProjectResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[CreateProjectResponse]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectRequest,
) -> Response[CreateProjectResponse]:
    """Create project

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[CreateProjectResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectRequest,
) -> CreateProjectResponse:
    """Create project

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        CreateProjectResponse
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectRequest,
) -> Response[CreateProjectResponse]:
    """Create project

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[CreateProjectResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            organization_id=organization_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectRequest,
) -> CreateProjectResponse:
    """Create project

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        CreateProjectResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
            body=body,
        )
    ).parsed
