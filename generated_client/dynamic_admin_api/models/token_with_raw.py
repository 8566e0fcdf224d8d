from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_scopes import TokenScopes
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "checksum",
        "createdAt",
        "createdBy",
        "id",
        "rawToken",
        "active",
        "note",
        "projectEnvironment",
        "projectEnvironmentId",
        "scopes",
    )
)


@_attrs_define
class TokenWithRaw:
    checksum: str
    created_at: datetime.datetime
    created_by: TokenCreatedBy
    id: str
    raw_token: str
    active: bool | Unset = UNSET
    note: str | Unset = UNSET
    project_environment: TokenWithRawProjectEnvironment | Unset = UNSET
    project_environment_id: str | Unset = UNSET
    scopes: list[TokenScopes] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checksum = self.checksum

        created_at = self.created_at.isoformat()

        created_by = self.created_by.to_dict()

        id = self.id

        raw_token = self.raw_token

        active = self.active

        note = self.note

        project_environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_environment, Unset):
            project_environment = self.project_environment.to_dict()

        project_environment_id = self.project_environment_id

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.value
                scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checksum": checksum,
                "createdAt": created_at,
                "createdBy": created_by,
                "id": id,
                "rawToken": raw_token,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if note is not UNSET:
            field_dict["note"] = note
        if project_environment is not UNSET:
            field_dict["projectEnvironment"] = project_environment
        if project_environment_id is not UNSET:
            field_dict["projectEnvironmentId"] = project_environment_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        project_environment_ = get("projectEnvironment", UNSET)
        scopes_ = get("scopes", UNSET)
        instance_ = cls(
            checksum=src_dict["checksum"],
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            created_by=TokenCreatedBy.from_dict(src_dict["createdBy"]),
            id=src_dict["id"],
            raw_token=src_dict["rawToken"],
            active=get("active", UNSET),
            note=get("note", UNSET),
            project_environment=UNSET
            if project_environment_ is UNSET
            else TokenWithRawProjectEnvironment.from_dict(project_environment_),
            project_environment_id=get("projectEnvironmentId", UNSET),
            scopes=UNSET
            if scopes_ is UNSET
            else [TokenScopes.from_value(item0_) for item0_ in scopes_],
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
from ..models.token_created_by import TokenCreatedBy  # noqa: E402
from ..models.token_with_raw_project_environment import TokenWithRawProjectEnvironment  # noqa: E402
