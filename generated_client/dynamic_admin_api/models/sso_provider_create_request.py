from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_provider_enum import SsoProviderEnum

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "clientId",
        "clientSecret",
        "emailDomain",
        "provider",
        "ssoDomain",
    )
)


@_attrs_define
class SsoProviderCreateRequest:
    client_id: str
    client_secret: str
    email_domain: str
    provider: SsoProviderEnum
    sso_domain: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        email_domain = self.email_domain

        provider = self.provider.value

        sso_domain = self.sso_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
                "emailDomain": email_domain,
                "provider": provider,
                "ssoDomain": sso_domain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        instance_ = cls(
            client_id=src_dict["clientId"],
            client_secret=src_dict["clientSecret"],
            email_domain=src_dict["emailDomain"],
            provider=SsoProviderEnum.from_value(src_dict["provider"]),
            sso_domain=src_dict["ssoDomain"],
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
