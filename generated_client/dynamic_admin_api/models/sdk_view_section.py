from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_view_section_alignment import SdkViewSectionAlignment
from ..models.sdk_view_section_type import SdkViewSectionType
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "alignment",
        "defaultItem",
        "label",
        "numOfItemsToDisplay",
    )
)


@_attrs_define
class SdkViewSection:
    type_: SdkViewSectionType
    alignment: SdkViewSectionAlignment | Unset = UNSET
    default_item: str | Unset = UNSET
    label: str | Unset = UNSET
    num_of_items_to_display: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        alignment: str | Unset = UNSET
        if not isinstance(self.alignment, Unset):
            alignment = self.alignment.value

        default_item = self.default_item

        label = self.label

        num_of_items_to_display = self.num_of_items_to_display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        if default_item is not UNSET:
            field_dict["defaultItem"] = default_item
        if label is not UNSET:
            field_dict["label"] = label
        if num_of_items_to_display is not UNSET:
            field_dict["numOfItemsToDisplay"] = num_of_items_to_display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        alignment_ = get("alignment", UNSET)
        instance_ = cls(
            type_=SdkViewSectionType.from_value(src_dict["type"]),
            alignment=UNSET
            if alignment_ is UNSET
            else SdkViewSectionAlignment.from_value(alignment_),
            default_item=get("defaultItem", UNSET),
            label=get("label", UNSET),
            num_of_items_to_display=get("numOfItemsToDisplay", UNSET),
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
