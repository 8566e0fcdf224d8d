from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.waas_backup_options_enum import WaasBackupOptionsEnum

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "externalKeyShareId",
        "keyShareId",
        "location",
    )
)


@_attrs_define
class BackupKeySharesToLocationsResponseLocationsWithKeyShares:
    external_key_share_id: str
    key_share_id: str
    location: WaasBackupOptionsEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_key_share_id = self.external_key_share_id

        key_share_id = self.key_share_id

        location = self.location.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalKeyShareId": external_key_share_id,
                "keyShareId": key_share_id,
                "location": location,
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
            external_key_share_id=src_dict["externalKeyShareId"],
            key_share_id=src_dict["keyShareId"],
            location=WaasBackupOptionsEnum.from_value(src_dict["location"]),
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
