from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "createdAt",
        "policyContent",
        "policyId",
        "projectEnvironmentId",
        "updatedAt",
        "message",
    )
)


@_attrs_define
class WaasPolicyResponse:
    created_at: datetime.datetime
    policy_content: list[WaasPolicyRule]
    policy_id: str
    project_environment_id: str
    updated_at: datetime.datetime
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        policy_content = []
        for policy_content_item_data in self.policy_content:
            policy_content_item = policy_content_item_data.to_dict()
            policy_content.append(policy_content_item)

        policy_id = self.policy_id

        project_environment_id = self.project_environment_id

        updated_at = self.updated_at.isoformat()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "policyContent": policy_content,
                "policyId": policy_id,
                "projectEnvironmentId": project_environment_id,
                "updatedAt": updated_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            policy_content=[
                WaasPolicyRule.from_dict(item0_) for item0_ in src_dict["policyContent"]
            ],
            policy_id=src_dict["policyId"],
            project_environment_id=src_dict["projectEnvironmentId"],
            updated_at=datetime.datetime.fromisoformat(src_dict["updatedAt"]),
            message=get("message", UNSET),
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
from ..models.waas_policy_rule import WaasPolicyRule  # noqa: E402
