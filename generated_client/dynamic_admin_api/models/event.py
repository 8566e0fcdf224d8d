from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.environment_enum import EnvironmentEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "context",
        "data",
        "environmentId",
        "environmentName",
        "eventId",
        "eventName",
        "timestamp",
        "eventAction",
        "resourceType",
    )
)
_REQUIRED: tuple[str, ...] = (
    "context",
    "data",
    "environmentId",
    "environmentName",
    "eventId",
    "eventName",
    "timestamp",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "context": "context",
    "data": "data",
    "environment_id": "environmentId",
    "environment_name": "environmentName",
    "event_id": "eventId",
    "event_name": "eventName",
    "timestamp": "timestamp",
    "event_action": "eventAction",
    "resource_type": "resourceType",
}


class Event:
    context: EventContext
    data: EventData
    environment_id: str
    environment_name: EnvironmentEnum
    event_id: str
    event_name: str
    timestamp: datetime.datetime
    event_action: str | Unset
    resource_type: str | Unset
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
        context: EventContext,
        data: EventData,
        environment_id: str,
        environment_name: EnvironmentEnum,
        event_id: str,
        event_name: str,
        timestamp: datetime.datetime,
        event_action: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "context": context,
                "data": data,
                "environment_id": environment_id,
                "environment_name": environment_name,
                "event_id": event_id,
                "event_name": event_name,
                "timestamp": timestamp,
                "event_action": event_action,
                "resource_type": resource_type,
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
            raise not_an_object("Event", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Event", _REQUIRED, src_dict)
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
        if "context" in cache:
            context = self.context.to_dict()
            field_dict["context"] = context
        elif "context" in raw:
            field_dict["context"] = raw["context"]
        if "data" in cache:
            data = self.data.to_dict()
            field_dict["data"] = data
        elif "data" in raw:
            field_dict["data"] = raw["data"]
        if "environment_id" in cache:
            environment_id = self.environment_id
            field_dict["environmentId"] = environment_id
        elif "environmentId" in raw:
            field_dict["environmentId"] = raw["environmentId"]
        if "environment_name" in cache:
            environment_name = self.environment_name.value
            field_dict["environmentName"] = environment_name
        elif "environmentName" in raw:
            field_dict["environmentName"] = raw["environmentName"]
        if "event_id" in cache:
            event_id = self.event_id
            field_dict["eventId"] = event_id
        elif "eventId" in raw:
            field_dict["eventId"] = raw["eventId"]
        if "event_name" in cache:
            event_name = self.event_name
            field_dict["eventName"] = event_name
        elif "eventName" in raw:
            field_dict["eventName"] = raw["eventName"]
        if "timestamp" in cache:
            timestamp = self.timestamp.isoformat()
            field_dict["timestamp"] = timestamp
        elif "timestamp" in raw:
            field_dict["timestamp"] = raw["timestamp"]
        if "event_action" in cache:
            event_action = self.event_action
            if event_action is not UNSET:
                field_dict["eventAction"] = event_action
        elif "eventAction" in raw:
            field_dict["eventAction"] = raw["eventAction"]
        if "resource_type" in cache:
            resource_type = self.resource_type
            if resource_type is not UNSET:
                field_dict["resourceType"] = resource_type
        elif "resourceType" in raw:
            field_dict["resourceType"] = raw["resourceType"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.context,
            self.data,
            self.environment_id,
            self.environment_name,
            self.event_id,
            self.event_name,
            self.timestamp,
            self.event_action,
            self.resource_type,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Event)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Event("
            f"context={self.context!r}, "
            f"data={self.data!r}, "
            f"environment_id={self.environment_id!r}, "
            f"environment_name={self.environment_name!r}, "
            f"event_id={self.event_id!r}, "
            f"event_name={self.event_name!r}, "
            f"timestamp={self.timestamp!r}, "
            f"event_action={self.event_action!r}, "
            f"resource_type={self.resource_type!r}, "
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
    "context": lambda value: EventContext.from_dict(value),
    "data": lambda value: EventData.from_dict(value),
    "environment_name": lambda value: EnvironmentEnum.from_value(value),
    "timestamp": lambda value: datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(Event, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Event, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.event_context import EventContext  # noqa: E402
from ..models.event_data import EventData  # noqa: E402
