from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "checkboxText",
        "regex",
        "unique",
        "validOptions",
    )
)


@_attrs_define
class CustomFieldValidationRules:
    checkbox_text: str | Unset = UNSET
    regex: str | Unset = UNSET
    unique: bool | Unset = UNSET
    valid_options: list[CustomFieldValidValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkbox_text = self.checkbox_text

        regex = self.regex

        unique = self.unique

        valid_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.valid_options, Unset):
            valid_options = []
            for valid_options_item_data in self.valid_options:
                valid_options_item = valid_options_item_data.to_dict()
                valid_options.append(valid_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkbox_text is not UNSET:
            field_dict["checkboxText"] = checkbox_text
        if regex is not UNSET:
            field_dict["regex"] = regex
        if unique is not UNSET:
            field_dict["unique"] = unique
        if valid_options is not UNSET:
            field_dict["validOptions"] = valid_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        valid_options_ = get("validOptions", UNSET)
        instance_ = cls(
            checkbox_text=get("checkboxText", UNSET),
            regex=get("regex", UNSET),
            unique=get("unique", UNSET),
            valid_options=UNSET
            if valid_options_ is UNSET
            else [CustomFieldValidValue.from_dict(item0_) for item0_ in valid_options_],
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
from ..models.custom_field_valid_value import CustomFieldValidValue  # noqa: E402
