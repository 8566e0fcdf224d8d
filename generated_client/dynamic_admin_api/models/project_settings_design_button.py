from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "background",
        "fontColor",
        "paddingHeight",
        "paddingWidth",
        "radius",
    )
)


@_attrs_define
class ProjectSettingsDesignButton:
    background: str | Unset = UNSET
    font_color: str | Unset = UNSET
    padding_height: float | Unset = UNSET
    padding_width: float | Unset = UNSET
    radius: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background = self.background

        font_color = self.font_color

        padding_height = self.padding_height

        padding_width = self.padding_width

        radius = self.radius

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background is not UNSET:
            field_dict["background"] = background
        if font_color is not UNSET:
            field_dict["fontColor"] = font_color
        if padding_height is not UNSET:
            field_dict["paddingHeight"] = padding_height
        if padding_width is not UNSET:
            field_dict["paddingWidth"] = padding_width
        if radius is not UNSET:
            field_dict["radius"] = radius

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            background=get("background", UNSET),
            font_color=get("fontColor", UNSET),
            padding_height=get("paddingHeight", UNSET),
            padding_width=get("paddingWidth", UNSET),
            radius=get("radius", UNSET),
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
