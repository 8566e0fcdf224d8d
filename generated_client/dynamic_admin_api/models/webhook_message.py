from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import LazyExtraFields, LazyField, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
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
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "created_at": "createdAt",
    "delivered_at": "deliveredAt",
    "delivery_attempt": "deliveryAttempt",
    "delivery_id": "deliveryId",
    "environment_id": "environmentId",
    "event_created_at": "eventCreatedAt",
    "event_id": "eventId",
    "event_received_at": "eventReceivedAt",
    "message_created_at": "messageCreatedAt",
    "message_id": "messageId",
    "request": "request",
    "response": "response",
    "status": "status",
    "updated_at": "updatedAt",
    "webhook_id": "webhookId",
}


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
    additional_properties: dict[str, Any]
    """Fields of the payload this description does not know, as decoded."""

    # A parsed instance keeps the decoded JSON object in `_raw`; each field is
    # a `LazyField` (installed below) that converts it on first read and
    # caches it in the instance dict.
    # `_stale` turns True once `_raw` alone may no longer describe the object
    # (built from keywords, an attribute set, a value decoded that could be
    # changed in place), which rules out the `to_dict` fast path.
    _raw: dict[str, Any]
    _stale: bool = False
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(
        self,
        created_at: datetime.datetime,
        delivered_at: datetime.datetime,
        delivery_attempt: float,
        delivery_id: str,
        environment_id: str,
        event_created_at: datetime.datetime,
        event_id: str,
        event_received_at: datetime.datetime,
        message_created_at: datetime.datetime,
        message_id: str,
        request: WebhookMessageRequest,
        response: WebhookMessageResponse,
        status: str,
        updated_at: datetime.datetime,
        webhook_id: str,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "created_at": created_at,
                "delivered_at": delivered_at,
                "delivery_attempt": delivery_attempt,
                "delivery_id": delivery_id,
                "environment_id": environment_id,
                "event_created_at": event_created_at,
                "event_id": event_id,
                "event_received_at": event_received_at,
                "message_created_at": message_created_at,
                "message_id": message_id,
                "request": request,
                "response": response,
                "status": status,
                "updated_at": updated_at,
                "webhook_id": webhook_id,
                "additional_properties": {},
            }
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; fields are converted when first read.

        Only the presence of the required fields is checked here. The object
        is kept, not copied: do not change it afterwards.

        Raises:
            MissingFieldError: a required field is missing (a ``KeyError``
                naming the wire field).
            TypeError: ``src_dict`` is not a JSON object.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("WebhookMessage", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("WebhookMessage", _REQUIRED, src_dict)
        instance_ = cls.__new__(cls)
        instance_.__dict__["_raw"] = src_dict
        return instance_

    if not TYPE_CHECKING:
        # Hidden from type checkers, which would otherwise accept any
        # attribute name on a class defining it.
        def __setattr__(self, name, value):
            cache = self.__dict__
            cache[name] = value
            cache["_stale"] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready object, with wire names.

        For a parsed instance nothing was set on or decoded from, this is a
        shallow copy of the payload: nested lists and objects are shared.
        Fields never read are passed through as they came.
        """
        raw = self._raw
        if not self._stale:
            return dict(raw)
        cache = self.__dict__
        field_dict: dict[str, Any] = {}
        if "additional_properties" in cache:
            field_dict.update(self.additional_properties)
        else:
            field_dict.update(
                {key: value for key, value in raw.items() if key not in _KNOWN_FIELDS}
            )
        if "created_at" in cache:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "delivered_at" in cache:
            delivered_at = self.delivered_at.isoformat()
            field_dict["deliveredAt"] = delivered_at
        elif "deliveredAt" in raw:
            field_dict["deliveredAt"] = raw["deliveredAt"]
        if "delivery_attempt" in cache:
            delivery_attempt = self.delivery_attempt
            field_dict["deliveryAttempt"] = delivery_attempt
        elif "deliveryAttempt" in raw:
            field_dict["deliveryAttempt"] = raw["deliveryAttempt"]
        if "delivery_id" in cache:
            delivery_id = self.delivery_id
            field_dict["deliveryId"] = delivery_id
        elif "deliveryId" in raw:
            field_dict["deliveryId"] = raw["deliveryId"]
        if "environment_id" in cache:
            environment_id = self.environment_id
            field_dict["environmentId"] = environment_id
        elif "environmentId" in raw:
            field_dict["environmentId"] = raw["environmentId"]
        if "event_created_at" in cache:
            event_created_at = self.event_created_at.isoformat()
            field_dict["eventCreatedAt"] = event_created_at
        elif "eventCreatedAt" in raw:
            field_dict["eventCreatedAt"] = raw["eventCreatedAt"]
        if "event_id" in cache:
            event_id = self.event_id
            field_dict["eventId"] = event_id
        elif "eventId" in raw:
            field_dict["eventId"] = raw["eventId"]
        if "event_received_at" in cache:
            event_received_at = self.event_received_at.isoformat()
            field_dict["eventReceivedAt"] = event_received_at
        elif "eventReceivedAt" in raw:
            field_dict["eventReceivedAt"] = raw["eventReceivedAt"]
        if "message_created_at" in cache:
            message_created_at = self.message_created_at.isoformat()
            field_dict["messageCreatedAt"] = message_created_at
        elif "messageCreatedAt" in raw:
            field_dict["messageCreatedAt"] = raw["messageCreatedAt"]
        if "message_id" in cache:
            message_id = self.message_id
            field_dict["messageId"] = message_id
        elif "messageId" in raw:
            field_dict["messageId"] = raw["messageId"]
        if "request" in cache:
            request = self.request.to_dict()
            field_dict["request"] = request
        elif "request" in raw:
            field_dict["request"] = raw["request"]
        if "response" in cache:
            response = self.response.to_dict()
            field_dict["response"] = response
        elif "response" in raw:
            field_dict["response"] = raw["response"]
        if "status" in cache:
            status = self.status
            field_dict["status"] = status
        elif "status" in raw:
            field_dict["status"] = raw["status"]
        if "updated_at" in cache:
            updated_at = self.updated_at.isoformat()
            field_dict["updatedAt"] = updated_at
        elif "updatedAt" in raw:
            field_dict["updatedAt"] = raw["updatedAt"]
        if "webhook_id" in cache:
            webhook_id = self.webhook_id
            field_dict["webhookId"] = webhook_id
        elif "webhookId" in raw:
            field_dict["webhookId"] = raw["webhookId"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.created_at,
            self.delivered_at,
            self.delivery_attempt,
            self.delivery_id,
            self.environment_id,
            self.event_created_at,
            self.event_id,
            self.event_received_at,
            self.message_created_at,
            self.message_id,
            self.request,
            self.response,
            self.status,
            self.updated_at,
            self.webhook_id,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, WebhookMessage)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"WebhookMessage("
            f"created_at={self.created_at!r}, "
            f"delivered_at={self.delivered_at!r}, "
            f"delivery_attempt={self.delivery_attempt!r}, "
            f"delivery_id={self.delivery_id!r}, "
            f"environment_id={self.environment_id!r}, "
            f"event_created_at={self.event_created_at!r}, "
            f"event_id={self.event_id!r}, "
            f"event_received_at={self.event_received_at!r}, "
            f"message_created_at={self.message_created_at!r}, "
            f"message_id={self.message_id!r}, "
            f"request={self.request!r}, "
            f"response={self.response!r}, "
            f"status={self.status!r}, "
            f"updated_at={self.updated_at!r}, "
            f"webhook_id={self.webhook_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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


# Field converters, by python attribute; a field missing here is used as decoded.
_DECODE: dict[str, Callable[[Any], Any]] = {
    "created_at": lambda value: datetime.datetime.fromisoformat(value),
    "delivered_at": lambda value: datetime.datetime.fromisoformat(value),
    "event_created_at": lambda value: datetime.datetime.fromisoformat(value),
    "event_received_at": lambda value: datetime.datetime.fromisoformat(value),
    "message_created_at": lambda value: datetime.datetime.fromisoformat(value),
    "request": lambda value: WebhookMessageRequest.from_dict(value),
    "response": lambda value: WebhookMessageResponse.from_dict(value),
    "updated_at": lambda value: datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(WebhookMessage, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(WebhookMessage, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.webhook_message_request import WebhookMessageRequest  # noqa: E402
from ..models.webhook_message_response import WebhookMessageResponse  # noqa: E402
