from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "createdAt",
        "environmentId",
        "events",
        "isEnabled",
        "updatedAt",
        "url",
        "webhookId",
        "enabledAt",
        "secret",
        "version",
    )
)


@_attrs_define
class Webhook:
    created_at: datetime.datetime
    environment_id: str
    events: list[str]
    is_enabled: bool
    updated_at: datetime.datetime
    url: str
    webhook_id: str
    enabled_at: datetime.datetime | Unset = UNSET
    secret: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        events = self.events

        is_enabled = self.is_enabled

        updated_at = self.updated_at.isoformat()

        url = self.url

        webhook_id = self.webhook_id

        enabled_at: str | Unset = UNSET
        if not isinstance(self.enabled_at, Unset):
            enabled_at = self.enabled_at.isoformat()

        secret = self.secret

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "environmentId": environment_id,
                "events": events,
                "isEnabled": is_enabled,
                "updatedAt": updated_at,
                "url": url,
                "webhookId": webhook_id,
            }
        )
        if enabled_at is not UNSET:
            field_dict["enabledAt"] = enabled_at
        if secret is not UNSET:
            field_dict["secret"] = secret
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        enabled_at_ = get("enabledAt", UNSET)
        instance_ = cls(
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            environment_id=src_dict["environmentId"],
            events=src_dict["events"],
            is_enabled=src_dict["isEnabled"],
            updated_at=datetime.datetime.fromisoformat(src_dict["updatedAt"]),
            url=src_dict["url"],
            webhook_id=src_dict["webhookId"],
            enabled_at=UNSET
            if enabled_at_ is UNSET
            else datetime.datetime.fromisoformat(enabled_at_),
            secret=get("secret", UNSET),
            version=get("version", UNSET),
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
