from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "roomId",
        "newServerKeygenIds",
        "serverKeygenIds",
        "walletId",
    )
)


@_attrs_define
class OpenRoomResponse:
    room_id: str
    new_server_keygen_ids: list[str] | Unset = UNSET
    server_keygen_ids: list[str] | Unset = UNSET
    wallet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        new_server_keygen_ids: list[str] | Unset = UNSET
        if not isinstance(self.new_server_keygen_ids, Unset):
            new_server_keygen_ids = self.new_server_keygen_ids

        server_keygen_ids: list[str] | Unset = UNSET
        if not isinstance(self.server_keygen_ids, Unset):
            server_keygen_ids = self.server_keygen_ids

        wallet_id = self.wallet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomId": room_id,
            }
        )
        if new_server_keygen_ids is not UNSET:
            field_dict["newServerKeygenIds"] = new_server_keygen_ids
        if server_keygen_ids is not UNSET:
            field_dict["serverKeygenIds"] = server_keygen_ids
        if wallet_id is not UNSET:
            field_dict["walletId"] = wallet_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            room_id=src_dict["roomId"],
            new_server_keygen_ids=get("newServerKeygenIds", UNSET),
            server_keygen_ids=get("serverKeygenIds", UNSET),
            wallet_id=get("walletId", UNSET),
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
