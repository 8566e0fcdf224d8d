from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.when_to_implement_enum import WhenToImplementEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "implementationTimeline",
        "websiteUrl",
    )
)


@_attrs_define
class OrganizationRequest:
    name: str
    description: str | Unset = UNSET
    implementation_timeline: WhenToImplementEnum | Unset = UNSET
    website_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        implementation_timeline: str | Unset = UNSET
        if not isinstance(self.implementation_timeline, Unset):
            implementation_timeline = self.implementation_timeline.value

        website_url = self.website_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if implementation_timeline is not UNSET:
            field_dict["implementationTimeline"] = implementation_timeline
        if website_url is not UNSET:
            field_dict["websiteUrl"] = website_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        implementation_timeline_ = get("implementationTimeline", UNSET)
        instance_ = cls(
            name=src_dict["name"],
            description=get("description", UNSET),
            implementation_timeline=UNSET
            if implementation_timeline_ is UNSET
            else WhenToImplementEnum.from_value(implementation_timeline_),
            website_url=get("websiteUrl", UNSET),
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
