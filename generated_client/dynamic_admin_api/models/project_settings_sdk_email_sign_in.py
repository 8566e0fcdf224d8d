from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sign_in_provider_enum import SignInProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(("signInProvider",))


@_attrs_define
class ProjectSettingsSdkEmailSignIn:
    sign_in_provider: SignInProviderEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_in_provider: str | Unset = UNSET
        if not isinstance(self.sign_in_provider, Unset):
            sign_in_provider = self.sign_in_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sign_in_provider is not UNSET:
            field_dict["signInProvider"] = sign_in_provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        sign_in_provider_ = get("signInProvider", UNSET)
        instance_ = cls(
            sign_in_provider=UNSET
            if sign_in_provider_ is UNSET
            else SignInProviderEnum.from_value(sign_in_provider_),
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
