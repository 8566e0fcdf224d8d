"""Webhooks operations.

:class:`WebhooksApi` and :class:`AsyncWebhooksApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.webhook import Webhook
    from ...models.webhook_create_request import WebhookCreateRequest
    from ...models.webhook_message import WebhookMessage
    from ...models.webhook_message_redelivery_response import WebhookMessageRedeliveryResponse
    from ...models.webhook_messages_response import WebhookMessagesResponse
    from ...models.webhook_update_request import WebhookUpdateRequest
    from ...models.webhooks_response import WebhooksResponse
    from ...types import AsyncTransport, Transport


class WebhooksApi:
    """Webhooks operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_webhooks(
        self,
        *,
        environment_id: str | None = None,
    ) -> WebhooksResponse:
        """Get webhooks

        Lists the webhooks configured for an environment."""

        from .get_webhooks import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_webhook(
        self,
        *,
        environment_id: str | None = None,
        body: WebhookCreateRequest,
    ) -> Webhook:
        """Create webhook

        Registers a URL that Dynamic calls when the chosen events happen in the
        environment."""

        from .create_webhook import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_webhook(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
        include_secret: bool | None = None,
    ) -> Webhook:
        """Get webhook

        Fetches one webhook, including its subscribed events."""

        from .get_webhook import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            webhook_id=webhook_id, include_secret=include_secret, environment_id=environment_id
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_webhook_by_id(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
        body: WebhookUpdateRequest,
    ) -> Webhook:
        """Update webhook by id

        Replaces a webhook's URL, subscribed events and enabled state; all three are
        required."""

        from .update_webhook_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(webhook_id=webhook_id, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_webhook_by_id(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete webhook by id

        Removes a webhook; Dynamic stops delivering to it."""

        from .delete_webhook_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(webhook_id=webhook_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_webhook_messages(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
        cursor: str | None = None,
    ) -> WebhookMessagesResponse:
        """Get webhook messages

        Lists the messages sent to a webhook. Pass the `cursor` from one page to fetch
        the next."""

        from .get_webhook_messages import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(webhook_id=webhook_id, cursor=cursor, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def iter_webhook_messages(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[WebhookMessage]:
        """Iterate over every item of :meth:`get_webhook_messages`, page by page.

        Args:
            max_items: Stop after this many items (all of them when None).
        """
        from .get_webhook_messages import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(webhook_id=webhook_id, environment_id=environment_id, cursor=cursor)

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, None, max_items)

    def get_webhook_message_deliveries(
        self,
        webhook_id: str,
        message_id: str,
        *,
        environment_id: str | None = None,
    ) -> WebhookMessagesResponse:
        """Get webhook message deliveries

        Lists the delivery attempts of one webhook message."""

        from .get_webhook_message_deliveries import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            webhook_id=webhook_id, message_id=message_id, environment_id=environment_id
        )
        return self._transport.request(OPERATION, request, _parse)

    def redeliver_webhook_message(
        self,
        webhook_id: str,
        message_id: str,
        *,
        environment_id: str | None = None,
    ) -> WebhookMessageRedeliveryResponse:
        """Redeliver webhook message

        Sends a webhook message again, for example after the receiving endpoint was
        down."""

        from .redeliver_webhook_message import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            webhook_id=webhook_id, message_id=message_id, environment_id=environment_id
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncWebhooksApi:
    """Webhooks operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_webhooks(
        self,
        *,
        environment_id: str | None = None,
    ) -> WebhooksResponse:
        """Get webhooks

        Lists the webhooks configured for an environment."""

        from .get_webhooks import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_webhook(
        self,
        *,
        environment_id: str | None = None,
        body: WebhookCreateRequest,
    ) -> Webhook:
        """Create webhook

        Registers a URL that Dynamic calls when the chosen events happen in the
        environment."""

        from .create_webhook import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_webhook(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
        include_secret: bool | None = None,
    ) -> Webhook:
        """Get webhook

        Fetches one webhook, including its subscribed events."""

        from .get_webhook import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            webhook_id=webhook_id, include_secret=include_secret, environment_id=environment_id
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_webhook_by_id(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
        body: WebhookUpdateRequest,
    ) -> Webhook:
        """Update webhook by id

        Replaces a webhook's URL, subscribed events and enabled state; all three are
        required."""

        from .update_webhook_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(webhook_id=webhook_id, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_webhook_by_id(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete webhook by id

        Removes a webhook; Dynamic stops delivering to it."""

        from .delete_webhook_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(webhook_id=webhook_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_webhook_messages(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
        cursor: str | None = None,
    ) -> WebhookMessagesResponse:
        """Get webhook messages

        Lists the messages sent to a webhook. Pass the `cursor` from one page to fetch
        the next."""

        from .get_webhook_messages import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(webhook_id=webhook_id, cursor=cursor, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    def iter_webhook_messages(
        self,
        webhook_id: str,
        *,
        environment_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WebhookMessage]:
        """Iterate over every item of :meth:`get_webhook_messages`, page by page.

        Args:
            max_items: Stop after this many items (all of them when None).
        """
        from .get_webhook_messages import OPERATION, PAGINATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        def page(offset: int | None, cursor: str | None) -> dict[str, Any]:
            return _get_kwargs(webhook_id=webhook_id, environment_id=environment_id, cursor=cursor)

        return self._transport.paginate(OPERATION, page, _parse, PAGINATION, None, max_items)

    async def get_webhook_message_deliveries(
        self,
        webhook_id: str,
        message_id: str,
        *,
        environment_id: str | None = None,
    ) -> WebhookMessagesResponse:
        """Get webhook message deliveries

        Lists the delivery attempts of one webhook message."""

        from .get_webhook_message_deliveries import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            webhook_id=webhook_id, message_id=message_id, environment_id=environment_id
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def redeliver_webhook_message(
        self,
        webhook_id: str,
        message_id: str,
        *,
        environment_id: str | None = None,
    ) -> WebhookMessageRedeliveryResponse:
        """Redeliver webhook message

        Sends a webhook message again, for example after the receiving endpoint was
        down."""

        from .redeliver_webhook_message import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(
            webhook_id=webhook_id, message_id=message_id, environment_id=environment_id
        )
        return await self._transport.request(OPERATION, request, _parse)
