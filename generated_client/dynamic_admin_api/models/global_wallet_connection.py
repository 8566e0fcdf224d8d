from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_wallet_connection_status_enum import GlobalWalletConnectionStatusEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "appUrl",
        "createdAt",
        "id",
        "status",
        "userId",
        "expiresAt",
        "updatedAt",
    )
)


@_attrs_define
class GlobalWalletConnection:
    app_url: str
    created_at: datetime.datetime
    id: str
    status: GlobalWalletConnectionStatusEnum
    user_id: str
    expires_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_url = self.app_url

        created_at = self.created_at.isoformat()

        id = self.id

        status = self.status.value

        user_id = self.user_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appUrl": app_url,
                "createdAt": created_at,
                "id": id,
                "status": status,
                "userId": user_id,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        expires_at_ = get("expiresAt", UNSET)
        updated_at_ = get("updatedAt", UNSET)
        instance_ = cls(
            app_url=src_dict["appUrl"],
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            id=src_dict["id"],
            status=GlobalWalletConnectionStatusEnum.from_value(src_dict["status"]),
            user_id=src_dict["userId"],
            expires_at=UNSET
            if expires_at_ is UNSET
            else (None if expires_at_ is None else datetime.datetime.fromisoformat(expires_at_)),
            updated_at=UNSET
            if updated_at_ is UNSET
            else datetime.datetime.fromisoformat(updated_at_),
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
