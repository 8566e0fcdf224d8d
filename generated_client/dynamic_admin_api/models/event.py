from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_enum import EnvironmentEnum
from ..types import UNSET, Unset

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


@_attrs_define
class Event:
    context: EventContext
    data: EventData
    environment_id: str
    environment_name: EnvironmentEnum
    event_id: str
    event_name: str
    timestamp: datetime.datetime
    event_action: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context = self.context.to_dict()

        data = self.data.to_dict()

        environment_id = self.environment_id

        environment_name = self.environment_name.value

        event_id = self.event_id

        event_name = self.event_name

        timestamp = self.timestamp.isoformat()

        event_action = self.event_action

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "data": data,
                "environmentId": environment_id,
                "environmentName": environment_name,
                "eventId": event_id,
                "eventName": event_name,
                "timestamp": timestamp,
            }
        )
        if event_action is not UNSET:
            field_dict["eventAction"] = event_action
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            context=EventContext.from_dict(src_dict["context"]),
            data=EventData.from_dict(src_dict["data"]),
            environment_id=src_dict["environmentId"],
            environment_name=EnvironmentEnum.from_value(src_dict["environmentName"]),
            event_id=src_dict["eventId"],
            event_name=src_dict["eventName"],
            timestamp=datetime.datetime.fromisoformat(src_dict["timestamp"]),
            event_action=get("eventAction", UNSET),
            resource_type=get("resourceType", UNSET),
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
from ..models.event_context import EventContext  # noqa: E402
from ..models.event_data import EventData  # noqa: E402
