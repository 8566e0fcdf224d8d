from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "createdAt",
        "encryptionPublicKey",
        "scopes",
        "updatedAt",
        "deletedAt",
        "expiresAt",
    )
)


@_attrs_define
class DelegatedAccessWalletApiKey:
    created_at: datetime.datetime
    encryption_public_key: DelegatedAccessEncryptionPublicKey
    scopes: list[str]
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        encryption_public_key = self.encryption_public_key.to_dict()

        scopes = self.scopes

        updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "encryptionPublicKey": encryption_public_key,
                "scopes": scopes,
                "updatedAt": updated_at,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        deleted_at_ = get("deletedAt", UNSET)
        expires_at_ = get("expiresAt", UNSET)
        instance_ = cls(
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            encryption_public_key=DelegatedAccessEncryptionPublicKey.from_dict(
                src_dict["encryptionPublicKey"]
            ),
            scopes=src_dict["scopes"],
            updated_at=datetime.datetime.fromisoformat(src_dict["updatedAt"]),
            deleted_at=UNSET
            if deleted_at_ is UNSET
            else (None if deleted_at_ is None else datetime.datetime.fromisoformat(deleted_at_)),
            expires_at=UNSET
            if expires_at_ is UNSET
            else (None if expires_at_ is None else datetime.datetime.fromisoformat(expires_at_)),
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
from ..models.delegated_access_encryption_public_key import DelegatedAccessEncryptionPublicKey  # noqa: E402
