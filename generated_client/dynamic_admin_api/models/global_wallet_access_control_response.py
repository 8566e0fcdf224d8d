from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_wallet_access_control_type_enum import GlobalWalletAccessControlTypeEnum

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "domains",
        "enabledAt",
        "id",
        "projectEnvironmentId",
        "type",
    )
)


@_attrs_define
class GlobalWalletAccessControlResponse:
    domains: list[GlobalWalletAccessControlDomainResponse]
    enabled_at: datetime.datetime | None
    id: str
    project_environment_id: str
    type_: GlobalWalletAccessControlTypeEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domains = []
        for domains_item_data in self.domains:
            domains_item = domains_item_data.to_dict()
            domains.append(domains_item)

        enabled_at: None | str
        if isinstance(self.enabled_at, datetime.datetime):
            enabled_at = self.enabled_at.isoformat()
        else:
            enabled_at = self.enabled_at

        id = self.id

        project_environment_id = self.project_environment_id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domains": domains,
                "enabledAt": enabled_at,
                "id": id,
                "projectEnvironmentId": project_environment_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        enabled_at_ = src_dict["enabledAt"]
        instance_ = cls(
            domains=[
                GlobalWalletAccessControlDomainResponse.from_dict(item0_)
                for item0_ in src_dict["domains"]
            ],
            enabled_at=None
            if enabled_at_ is None
            else datetime.datetime.fromisoformat(enabled_at_),
            id=src_dict["id"],
            project_environment_id=src_dict["projectEnvironmentId"],
            type_=GlobalWalletAccessControlTypeEnum.from_value(src_dict["type"]),
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
from ..models.global_wallet_access_control_domain_response import (
    GlobalWalletAccessControlDomainResponse,  # noqa: E402
)
