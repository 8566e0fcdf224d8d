from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_outcome_enum import AccessOutcomeEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "projectEnvironmentId",
        "enabledAt",
        "outcome",
        "scope",
    )
)


@_attrs_define
class Allowlist:
    id: str
    name: str
    project_environment_id: str
    enabled_at: datetime.datetime | None | Unset = UNSET
    outcome: AccessOutcomeEnum | Unset = UNSET
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project_environment_id = self.project_environment_id

        enabled_at: None | str | Unset
        if isinstance(self.enabled_at, Unset):
            enabled_at = UNSET
        elif isinstance(self.enabled_at, datetime.datetime):
            enabled_at = self.enabled_at.isoformat()
        else:
            enabled_at = self.enabled_at

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "projectEnvironmentId": project_environment_id,
            }
        )
        if enabled_at is not UNSET:
            field_dict["enabledAt"] = enabled_at
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        enabled_at_ = get("enabledAt", UNSET)
        outcome_ = get("outcome", UNSET)
        instance_ = cls(
            id=src_dict["id"],
            name=src_dict["name"],
            project_environment_id=src_dict["projectEnvironmentId"],
            enabled_at=UNSET
            if enabled_at_ is UNSET
            else (None if enabled_at_ is None else datetime.datetime.fromisoformat(enabled_at_)),
            outcome=UNSET if outcome_ is UNSET else AccessOutcomeEnum.from_value(outcome_),
            scope=get("scope", UNSET),
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
