from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inline_object import InlineObject
from ...models.inline_response_201 import InlineResponse201
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="addOrigin",
    method="POST",
    path="/environments/{environmentId}/origins",
    tag="Origins",
)


def _get_kwargs(
    environment_id: str,
    *,
    body: InlineObject,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/origins".format(
            environment_id=path_segment(environment_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> InlineResponse201:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return InlineResponse201.from_dict(data)


def _build_response(response: httpx.Response) -> Response[InlineResponse201]:
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
    body: InlineObject,
) -> Response[InlineResponse201]:
    """Add origin

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[InlineResponse201]
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
    body: InlineObject,
) -> InlineResponse201:
    """Add origin

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        InlineResponse201
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
    body: InlineObject,
) -> Response[InlineResponse201]:
    """Add origin

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[InlineResponse201]
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
    body: InlineObject,
) -> InlineResponse201:
    """Add origin

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        InlineResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            body=body,
        )
    ).parsed
