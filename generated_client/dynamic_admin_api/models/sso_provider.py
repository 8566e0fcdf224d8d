from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_provider_enum import SsoProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "clientId",
        "createdAt",
        "emailDomain",
        "enforceOnlySSO",
        "id",
        "maskedClientSecret",
        "organizationId",
        "provider",
        "ssoDomain",
        "updatedAt",
        "redirectUrl",
    )
)


@_attrs_define
class SsoProvider:
    client_id: str
    created_at: datetime.datetime
    email_domain: str
    enforce_only_sso: bool
    id: str
    masked_client_secret: str
    organization_id: str
    provider: SsoProviderEnum
    sso_domain: str
    updated_at: datetime.datetime
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        created_at = self.created_at.isoformat()

        email_domain = self.email_domain

        enforce_only_sso = self.enforce_only_sso

        id = self.id

        masked_client_secret = self.masked_client_secret

        organization_id = self.organization_id

        provider = self.provider.value

        sso_domain = self.sso_domain

        updated_at = self.updated_at.isoformat()

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "createdAt": created_at,
                "emailDomain": email_domain,
                "enforceOnlySSO": enforce_only_sso,
                "id": id,
                "maskedClientSecret": masked_client_secret,
                "organizationId": organization_id,
                "provider": provider,
                "ssoDomain": sso_domain,
                "updatedAt": updated_at,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            client_id=src_dict["clientId"],
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            email_domain=src_dict["emailDomain"],
            enforce_only_sso=src_dict["enforceOnlySSO"],
            id=src_dict["id"],
            masked_client_secret=src_dict["maskedClientSecret"],
            organization_id=src_dict["organizationId"],
            provider=SsoProviderEnum.from_value(src_dict["provider"]),
            sso_domain=src_dict["ssoDomain"],
            updated_at=datetime.datetime.fromisoformat(src_dict["updatedAt"]),
            redirect_url=get("redirectUrl", UNSET),
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
