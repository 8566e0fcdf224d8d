from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "aud",
        "cookieName",
        "enabled",
        "iss",
        "jwksUrl",
    )
)


@_attrs_define
class ExternalAuth:
    aud: None | str | Unset = UNSET
    cookie_name: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    iss: None | str | Unset = UNSET
    jwks_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aud: None | str | Unset
        if isinstance(self.aud, Unset):
            aud = UNSET
        else:
            aud = self.aud

        cookie_name: None | str | Unset
        if isinstance(self.cookie_name, Unset):
            cookie_name = UNSET
        else:
            cookie_name = self.cookie_name

        enabled = self.enabled

        iss: None | str | Unset
        if isinstance(self.iss, Unset):
            iss = UNSET
        else:
            iss = self.iss

        jwks_url = self.jwks_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aud is not UNSET:
            field_dict["aud"] = aud
        if cookie_name is not UNSET:
            field_dict["cookieName"] = cookie_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if iss is not UNSET:
            field_dict["iss"] = iss
        if jwks_url is not UNSET:
            field_dict["jwksUrl"] = jwks_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            aud=get("aud", UNSET),
            cookie_name=get("cookieName", UNSET),
            enabled=get("enabled", UNSET),
            iss=get("iss", UNSET),
            jwks_url=get("jwksUrl", UNSET),
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
