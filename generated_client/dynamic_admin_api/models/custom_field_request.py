from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "fieldType",
        "name",
        "position",
        "required",
        "validationRules",
    )
)


@_attrs_define
class CustomFieldRequest:
    enabled: bool
    field_type: CustomFieldType
    name: str
    position: float
    required: bool
    validation_rules: CustomFieldValidationRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_type = self.field_type.value

        name = self.name

        position = self.position

        required = self.required

        validation_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_rules, Unset):
            validation_rules = self.validation_rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "fieldType": field_type,
                "name": name,
                "position": position,
                "required": required,
            }
        )
        if validation_rules is not UNSET:
            field_dict["validationRules"] = validation_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        validation_rules_ = get("validationRules", UNSET)
        instance_ = cls(
            enabled=src_dict["enabled"],
            field_type=CustomFieldType.from_value(src_dict["fieldType"]),
            name=src_dict["name"],
            position=src_dict["position"],
            required=src_dict["required"],
            validation_rules=UNSET
            if validation_rules_ is UNSET
            else CustomFieldValidationRules.from_dict(validation_rules_),
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
from ..models.custom_field_validation_rules import CustomFieldValidationRules  # noqa: E402
