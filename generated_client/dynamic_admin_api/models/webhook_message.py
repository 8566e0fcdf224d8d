from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "createdAt",
        "deliveredAt",
        "deliveryAttempt",
        "deliveryId",
        "environmentId",
        "eventCreatedAt",
        "eventId",
        "eventReceivedAt",
        "messageCreatedAt",
        "messageId",
        "request",
        "response",
        "status",
        "updatedAt",
        "webhookId",
    )
)


@_attrs_define
class WebhookMessage:
    created_at: datetime.datetime
    delivered_at: datetime.datetime
    delivery_attempt: float
    delivery_id: str
    environment_id: str
    event_created_at: datetime.datetime
    event_id: str
    event_received_at: datetime.datetime
    message_created_at: datetime.datetime
    message_id: str
    request: WebhookMessageRequest
    response: WebhookMessageResponse
    status: str
    updated_at: datetime.datetime
    webhook_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        delivered_at = self.delivered_at.isoformat()

        delivery_attempt = self.delivery_attempt

        delivery_id = self.delivery_id

        environment_id = self.environment_id

        event_created_at = self.event_created_at.isoformat()

        event_id = self.event_id

        event_received_at = self.event_received_at.isoformat()

        message_created_at = self.message_created_at.isoformat()

        message_id = self.message_id

        request = self.request.to_dict()

        response = self.response.to_dict()

        status = self.status

        updated_at = self.updated_at.isoformat()

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "deliveredAt": delivered_at,
                "deliveryAttempt": delivery_attempt,
                "deliveryId": delivery_id,
                "environmentId": environment_id,
                "eventCreatedAt": event_created_at,
                "eventId": event_id,
                "eventReceivedAt": event_received_at,
                "messageCreatedAt": message_created_at,
                "messageId": message_id,
                "request": request,
                "response": response,
                "status": status,
                "updatedAt": updated_at,
                "webhookId": webhook_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        instance_ = cls(
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            delivered_at=datetime.datetime.fromisoformat(src_dict["deliveredAt"]),
            delivery_attempt=src_dict["deliveryAttempt"],
            delivery_id=src_dict["deliveryId"],
            environment_id=src_dict["environmentId"],
            event_created_at=datetime.datetime.fromisoformat(src_dict["eventCreatedAt"]),
            event_id=src_dict["eventId"],
            event_received_at=datetime.datetime.fromisoformat(src_dict["eventReceivedAt"]),
            message_created_at=datetime.datetime.fromisoformat(src_dict["messageCreatedAt"]),
            message_id=src_dict["messageId"],
            request=WebhookMessageRequest.from_dict(src_dict["request"]),
            response=WebhookMessageResponse.from_dict(src_dict["response"]),
            status=src_dict["status"],
            updated_at=datetime.datetime.fromisoformat(src_dict["updatedAt"]),
            webhook_id=src_dict["webhookId"],
        )
        # Fields this description does not know yet are kept, not dropped.
        if not _KNOWN_FIELDS.issuperset(src_dict):
            instance_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.webhook_message_request import WebhookMessageRequest  # noqa: E402
from ..models.webhook_message_response import WebhookMessageResponse  # noqa: E402
