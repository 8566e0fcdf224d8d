from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_jwt_check_request import ExternalJwtCheckRequest
from ...models.external_jwt_check_response import ExternalJwtCheckResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="checkExternalJwt",
    method="POST",
    path="/environments/{environmentId}/externalJwt/check",
    tag="ExternalJwt",
)


def _get_kwargs(
    environment_id: str,
    *,
    body: ExternalJwtCheckRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/externalJwt/check".format(
            environment_id=path_segment(environment_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> ExternalJwtCheckResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return ExternalJwtCheckResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[ExternalJwtCheckResponse]:
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
    body: ExternalJwtCheckRequest,
) -> Response[ExternalJwtCheckResponse]:
    """Check external jwt

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[ExternalJwtCheckResponse]
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
    body: ExternalJwtCheckRequest,
) -> ExternalJwtCheckResponse:
    """Check external jwt

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        ExternalJwtCheckResponse
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
    body: ExternalJwtCheckRequest,
) -> Response[ExternalJwtCheckResponse]:
    """Check external jwt

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[ExternalJwtCheckResponse]
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
    body: ExternalJwtCheckRequest,
) -> ExternalJwtCheckResponse:
    """Check external jwt

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        ExternalJwtCheckResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            body=body,
        )
    ).parsed
