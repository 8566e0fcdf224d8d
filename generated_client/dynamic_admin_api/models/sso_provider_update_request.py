from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_provider_enum import SsoProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "clientId",
        "clientSecret",
        "emailDomain",
        "enforceOnlySSO",
        "provider",
        "ssoDomain",
    )
)


@_attrs_define
class SsoProviderUpdateRequest:
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    email_domain: str | Unset = UNSET
    enforce_only_sso: bool | Unset = UNSET
    provider: SsoProviderEnum | Unset = UNSET
    sso_domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        email_domain = self.email_domain

        enforce_only_sso = self.enforce_only_sso

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        sso_domain = self.sso_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if email_domain is not UNSET:
            field_dict["emailDomain"] = email_domain
        if enforce_only_sso is not UNSET:
            field_dict["enforceOnlySSO"] = enforce_only_sso
        if provider is not UNSET:
            field_dict["provider"] = provider
        if sso_domain is not UNSET:
            field_dict["ssoDomain"] = sso_domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        provider_ = get("provider", UNSET)
        instance_ = cls(
            client_id=get("clientId", UNSET),
            client_secret=get("clientSecret", UNSET),
            email_domain=get("emailDomain", UNSET),
            enforce_only_sso=get("enforceOnlySSO", UNSET),
            provider=UNSET if provider_ is UNSET else SsoProviderEnum.from_value(provider_),
            sso_domain=get("ssoDomain", UNSET),
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
