from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..models.kyc_field_type import KycFieldType
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "name",
        "required",
        "unique",
        "verify",
        "label",
        "position",
        "type",
        "validationRules",
        "validationType",
    )
)


@_attrs_define
class ProjectSettingsKyc:
    enabled: bool
    name: str
    required: bool
    unique: bool
    verify: bool
    label: str | Unset = UNSET
    position: float | Unset = UNSET
    type_: KycFieldType | Unset = UNSET
    validation_rules: CustomFieldValidationRules | Unset = UNSET
    validation_type: CustomFieldType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        name = self.name

        required = self.required

        unique = self.unique

        verify = self.verify

        label = self.label

        position = self.position

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        validation_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_rules, Unset):
            validation_rules = self.validation_rules.to_dict()

        validation_type: str | Unset = UNSET
        if not isinstance(self.validation_type, Unset):
            validation_type = self.validation_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "name": name,
                "required": required,
                "unique": unique,
                "verify": verify,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if position is not UNSET:
            field_dict["position"] = position
        if type_ is not UNSET:
            field_dict["type"] = type_
        if validation_rules is not UNSET:
            field_dict["validationRules"] = validation_rules
        if validation_type is not UNSET:
            field_dict["validationType"] = validation_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        type__ = get("type", UNSET)
        validation_rules_ = get("validationRules", UNSET)
        validation_type_ = get("validationType", UNSET)
        instance_ = cls(
            enabled=src_dict["enabled"],
            name=src_dict["name"],
            required=src_dict["required"],
            unique=src_dict["unique"],
            verify=src_dict["verify"],
            label=get("label", UNSET),
            position=get("position", UNSET),
            type_=UNSET if type__ is UNSET else KycFieldType.from_value(type__),
            validation_rules=UNSET
            if validation_rules_ is UNSET
            else CustomFieldValidationRules.from_dict(validation_rules_),
            validation_type=UNSET
            if validation_type_ is UNSET
            else CustomFieldType.from_value(validation_type_),
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
