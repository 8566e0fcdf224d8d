from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook_message_redelivery_response import WebhookMessageRedeliveryResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="redeliverWebhookMessage",
    method="POST",
    path="/environments/{environmentId}/webhooks/{webhookId}/messages/{messageId}/redeliver",
    tag="Webhooks",
)


def _get_kwargs(
    environment_id: str,
    webhook_id: str,
    message_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/webhooks/{webhook_id}/messages/{message_id}/redeliver".format(
            environment_id=path_segment(environment_id),
            webhook_id=path_segment(webhook_id),
            message_id=path_segment(message_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> WebhookMessageRedeliveryResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return WebhookMessageRedeliveryResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[WebhookMessageRedeliveryResponse]:
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
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WebhookMessageRedeliveryResponse]:
    """Redeliver webhook message

    Sends a webhook message again, for example after the receiving endpoint was down.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[WebhookMessageRedeliveryResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            webhook_id=webhook_id,
            message_id=message_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    webhook_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WebhookMessageRedeliveryResponse:
    """Redeliver webhook message

    Sends a webhook message again, for example after the receiving endpoint was down.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        WebhookMessageRedeliveryResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        webhook_id=webhook_id,
        message_id=message_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    webhook_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WebhookMessageRedeliveryResponse]:
    """Redeliver webhook message

    Sends a webhook message again, for example after the receiving endpoint was down.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[WebhookMessageRedeliveryResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            webhook_id=webhook_id,
            message_id=message_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    webhook_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WebhookMessageRedeliveryResponse:
    """Redeliver webhook message

    Sends a webhook message again, for example after the receiving endpoint was down.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        WebhookMessageRedeliveryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            webhook_id=webhook_id,
            message_id=message_id,
        )
    ).parsed
