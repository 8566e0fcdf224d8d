from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "promptUsersOnSignIn",
        "requiresDelegation",
    )
)


@_attrs_define
class ProjectSettingsSdkWaasDelegatedAccess:
    enabled: bool | Unset = UNSET
    prompt_users_on_sign_in: bool | Unset = UNSET
    requires_delegation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        prompt_users_on_sign_in = self.prompt_users_on_sign_in

        requires_delegation = self.requires_delegation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if prompt_users_on_sign_in is not UNSET:
            field_dict["promptUsersOnSignIn"] = prompt_users_on_sign_in
        if requires_delegation is not UNSET:
            field_dict["requiresDelegation"] = requires_delegation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            enabled=get("enabled", UNSET),
            prompt_users_on_sign_in=get("promptUsersOnSignIn", UNSET),
            requires_delegation=get("requiresDelegation", UNSET),
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
