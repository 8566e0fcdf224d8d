from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_enum import ProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "authorizationUrl",
        "provider",
        "redirectUrl",
        "scopes",
        "scopesRefUrl",
    )
)


@_attrs_define
class ProviderUrl:
    authorization_url: str
    provider: ProviderEnum
    redirect_url: str
    scopes: str | Unset = UNSET
    scopes_ref_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_url = self.authorization_url

        provider = self.provider.value

        redirect_url = self.redirect_url

        scopes = self.scopes

        scopes_ref_url = self.scopes_ref_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorizationUrl": authorization_url,
                "provider": provider,
                "redirectUrl": redirect_url,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if scopes_ref_url is not UNSET:
            field_dict["scopesRefUrl"] = scopes_ref_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            authorization_url=src_dict["authorizationUrl"],
            provider=ProviderEnum.from_value(src_dict["provider"]),
            redirect_url=src_dict["redirectUrl"],
            scopes=get("scopes", UNSET),
            scopes_ref_url=get("scopesRefUrl", UNSET),
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
