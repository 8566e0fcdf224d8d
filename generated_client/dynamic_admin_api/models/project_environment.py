from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "createdAt",
        "sdkVersion",
        "settings",
        "updatedAt",
    )
)


@_attrs_define
class ProjectEnvironment:
    id: str
    created_at: datetime.datetime | Unset = UNSET
    sdk_version: str | Unset = UNSET
    settings: ProjectSettings | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        sdk_version = self.sdk_version

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if sdk_version is not UNSET:
            field_dict["sdkVersion"] = sdk_version
        if settings is not UNSET:
            field_dict["settings"] = settings
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        created_at_ = get("createdAt", UNSET)
        settings_ = get("settings", UNSET)
        updated_at_ = get("updatedAt", UNSET)
        instance_ = cls(
            id=src_dict["id"],
            created_at=UNSET
            if created_at_ is UNSET
            else datetime.datetime.fromisoformat(created_at_),
            sdk_version=get("sdkVersion", UNSET),
            settings=UNSET if settings_ is UNSET else ProjectSettings.from_dict(settings_),
            updated_at=UNSET
            if updated_at_ is UNSET
            else datetime.datetime.fromisoformat(updated_at_),
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
from ..models.project_settings import ProjectSettings  # noqa: E402
