from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mfa_device_type import MFADeviceType
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "actions",
        "availableMethods",
        "enabled",
        "methods",
        "required",
    )
)


@_attrs_define
class MFASettings:
    actions: list[MFASettingsActions] | Unset = UNSET
    available_methods: list[MFADeviceType] | Unset = UNSET
    enabled: bool | Unset = UNSET
    methods: list[MFASettingsMethods] | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        available_methods: list[str] | Unset = UNSET
        if not isinstance(self.available_methods, Unset):
            available_methods = []
            for available_methods_item_data in self.available_methods:
                available_methods_item = available_methods_item_data.value
                available_methods.append(available_methods_item)

        enabled = self.enabled

        methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = []
            for methods_item_data in self.methods:
                methods_item = methods_item_data.to_dict()
                methods.append(methods_item)

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if available_methods is not UNSET:
            field_dict["availableMethods"] = available_methods
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if methods is not UNSET:
            field_dict["methods"] = methods
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        actions_ = get("actions", UNSET)
        available_methods_ = get("availableMethods", UNSET)
        methods_ = get("methods", UNSET)
        instance_ = cls(
            actions=UNSET
            if actions_ is UNSET
            else [MFASettingsActions.from_dict(item0_) for item0_ in actions_],
            available_methods=UNSET
            if available_methods_ is UNSET
            else [MFADeviceType.from_value(item0_) for item0_ in available_methods_],
            enabled=get("enabled", UNSET),
            methods=UNSET
            if methods_ is UNSET
            else [MFASettingsMethods.from_dict(item0_) for item0_ in methods_],
            required=get("required", UNSET),
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
from ..models.mfa_settings_actions import MFASettingsActions  # noqa: E402
from ..models.mfa_settings_methods import MFASettingsMethods  # noqa: E402
