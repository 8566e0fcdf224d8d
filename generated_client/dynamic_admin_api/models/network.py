from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_type import NetworkType
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chainName",
        "enabled",
        "networkId",
        "iconUrl",
        "rpcUrl",
        "type",
    )
)


@_attrs_define
class Network:
    chain_name: str
    enabled: bool
    network_id: float
    icon_url: str | Unset = UNSET
    rpc_url: str | Unset = UNSET
    type_: NetworkType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_name = self.chain_name

        enabled = self.enabled

        network_id = self.network_id

        icon_url = self.icon_url

        rpc_url = self.rpc_url

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainName": chain_name,
                "enabled": enabled,
                "networkId": network_id,
            }
        )
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if rpc_url is not UNSET:
            field_dict["rpcUrl"] = rpc_url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        type__ = get("type", UNSET)
        instance_ = cls(
            chain_name=src_dict["chainName"],
            enabled=src_dict["enabled"],
            network_id=src_dict["networkId"],
            icon_url=get("iconUrl", UNSET),
            rpc_url=get("rpcUrl", UNSET),
            type_=UNSET if type__ is UNSET else NetworkType.from_value(type__),
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
