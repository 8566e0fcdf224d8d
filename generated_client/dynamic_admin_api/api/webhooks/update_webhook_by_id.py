from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook import Webhook
from ...models.webhook_update_request import WebhookUpdateRequest
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="updateWebhookById",
    method="PUT",
    path="/environments/{environmentId}/webhooks/{webhookId}",
    tag="Webhooks",
)


def _get_kwargs(
    environment_id: str,
    webhook_id: str,
    *,
    body: WebhookUpdateRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/environments/{environment_id}/webhooks/{webhook_id}".format(
            environment_id=path_segment(environment_id),
            webhook_id=path_segment(webhook_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> Webhook:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Webhook.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Webhook]:
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
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdateRequest,
) -> Response[Webhook]:
    """Update webhook by id

    Replaces a webhook's URL, subscribed events and enabled state; all three are required.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Webhook]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            webhook_id=webhook_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdateRequest,
) -> Webhook:
    """Update webhook by id

    Replaces a webhook's URL, subscribed events and enabled state; all three are required.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Webhook
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        webhook_id=webhook_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdateRequest,
) -> Response[Webhook]:
    """Update webhook by id

    Replaces a webhook's URL, subscribed events and enabled state; all three are required.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Webhook]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            webhook_id=webhook_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdateRequest,
) -> Webhook:
    """Update webhook by id

    Replaces a webhook's URL, subscribed events and enabled state; all three are required.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            webhook_id=webhook_id,
            body=body,
        )
    ).parsed
