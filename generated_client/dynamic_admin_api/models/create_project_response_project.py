from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "organizationId",
        "projectEnvironments",
    )
)


@_attrs_define
class CreateProjectResponseProject:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    project_environments: list[CreateProjectResponseProjectProjectEnvironments] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        organization_id = self.organization_id

        project_environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_environments, Unset):
            project_environments = []
            for project_environments_item_data in self.project_environments:
                project_environments_item = project_environments_item_data.to_dict()
                project_environments.append(project_environments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if project_environments is not UNSET:
            field_dict["projectEnvironments"] = project_environments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        project_environments_ = get("projectEnvironments", UNSET)
        instance_ = cls(
            id=get("id", UNSET),
            name=get("name", UNSET),
            organization_id=get("organizationId", UNSET),
            project_environments=UNSET
            if project_environments_ is UNSET
            else [
                CreateProjectResponseProjectProjectEnvironments.from_dict(item0_)
                for item0_ in project_environments_
            ],
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
from ..models.create_project_response_project_project_environments import (
    CreateProjectResponseProjectProjectEnvironments,  # noqa: E402
)
