from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "backupLocation",
        "id",
        "passwordEncrypted",
        "externalKeyShareId",
    )
)


@_attrs_define
class WalletKeyShareInfo:
    backup_location: str
    id: str
    password_encrypted: bool
    external_key_share_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_location = self.backup_location

        id = self.id

        password_encrypted = self.password_encrypted

        external_key_share_id = self.external_key_share_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backupLocation": backup_location,
                "id": id,
                "passwordEncrypted": password_encrypted,
            }
        )
        if external_key_share_id is not UNSET:
            field_dict["externalKeyShareId"] = external_key_share_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            backup_location=src_dict["backupLocation"],
            id=src_dict["id"],
            password_encrypted=src_dict["passwordEncrypted"],
            external_key_share_id=get("externalKeyShareId", UNSET),
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
