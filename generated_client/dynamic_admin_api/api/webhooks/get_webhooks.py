from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhooks_response import WebhooksResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getWebhooks",
    method="GET",
    path="/environments/{environmentId}/webhooks",
    tag="Webhooks",
)


def _get_kwargs(
    environment_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/webhooks".format(
            environment_id=path_segment(environment_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> WebhooksResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return WebhooksResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[WebhooksResponse]:
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
) -> Response[WebhooksResponse]:
    """Get webhooks

    Lists the webhooks configured for an environment.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[WebhooksResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WebhooksResponse:
    """Get webhooks

    Lists the webhooks configured for an environment.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        WebhooksResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WebhooksResponse]:
    """Get webhooks

    Lists the webhooks configured for an environment.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[WebhooksResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WebhooksResponse:
    """Get webhooks

    Lists the webhooks configured for an environment.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        WebhooksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
        )
    ).parsed
