from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_enum import ChainEnum

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "blockExplorerUrl",
        "chainId",
        "chainName",
        "iconUrl",
        "id",
        "nativeCurrencyDecimals",
        "nativeCurrencyIconUrl",
        "nativeCurrencyName",
        "nativeCurrencySymbol",
        "networkType",
        "rpcUrl",
    )
)


@_attrs_define
class CustomNetworkResponseCustomNetwork:
    block_explorer_url: str
    chain_id: str
    chain_name: str
    icon_url: str
    id: str
    native_currency_decimals: float
    native_currency_icon_url: str
    native_currency_name: str
    native_currency_symbol: str
    network_type: ChainEnum
    rpc_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_explorer_url = self.block_explorer_url

        chain_id = self.chain_id

        chain_name = self.chain_name

        icon_url = self.icon_url

        id = self.id

        native_currency_decimals = self.native_currency_decimals

        native_currency_icon_url = self.native_currency_icon_url

        native_currency_name = self.native_currency_name

        native_currency_symbol = self.native_currency_symbol

        network_type = self.network_type.value

        rpc_url = self.rpc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blockExplorerUrl": block_explorer_url,
                "chainId": chain_id,
                "chainName": chain_name,
                "iconUrl": icon_url,
                "id": id,
                "nativeCurrencyDecimals": native_currency_decimals,
                "nativeCurrencyIconUrl": native_currency_icon_url,
                "nativeCurrencyName": native_currency_name,
                "nativeCurrencySymbol": native_currency_symbol,
                "networkType": network_type,
                "rpcUrl": rpc_url,
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
            block_explorer_url=src_dict["blockExplorerUrl"],
            chain_id=src_dict["chainId"],
            chain_name=src_dict["chainName"],
            icon_url=src_dict["iconUrl"],
            id=src_dict["id"],
            native_currency_decimals=src_dict["nativeCurrencyDecimals"],
            native_currency_icon_url=src_dict["nativeCurrencyIconUrl"],
            native_currency_name=src_dict["nativeCurrencyName"],
            native_currency_symbol=src_dict["nativeCurrencySymbol"],
            network_type=ChainEnum.from_value(src_dict["networkType"]),
            rpc_url=src_dict["rpcUrl"],
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
