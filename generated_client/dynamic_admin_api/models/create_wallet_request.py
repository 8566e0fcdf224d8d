from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_enum import ChainEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chain",
        "publicWalletAddress",
        "walletName",
        "walletProvider",
        "additionalWalletAddresses",
    )
)


@_attrs_define
class CreateWalletRequest:
    chain: ChainEnum
    public_wallet_address: str
    wallet_name: str
    wallet_provider: WalletProviderEnum
    additional_wallet_addresses: list[WalletAdditionalAddress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain.value

        public_wallet_address = self.public_wallet_address

        wallet_name = self.wallet_name

        wallet_provider = self.wallet_provider.value

        additional_wallet_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_wallet_addresses, Unset):
            additional_wallet_addresses = []
            for additional_wallet_addresses_item_data in self.additional_wallet_addresses:
                additional_wallet_addresses_item = additional_wallet_addresses_item_data.to_dict()
                additional_wallet_addresses.append(additional_wallet_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "publicWalletAddress": public_wallet_address,
                "walletName": wallet_name,
                "walletProvider": wallet_provider,
            }
        )
        if additional_wallet_addresses is not UNSET:
            field_dict["additionalWalletAddresses"] = additional_wallet_addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        additional_wallet_addresses_ = get("additionalWalletAddresses", UNSET)
        instance_ = cls(
            chain=ChainEnum.from_value(src_dict["chain"]),
            public_wallet_address=src_dict["publicWalletAddress"],
            wallet_name=src_dict["walletName"],
            wallet_provider=WalletProviderEnum.from_value(src_dict["walletProvider"]),
            additional_wallet_addresses=UNSET
            if additional_wallet_addresses_ is UNSET
            else [
                WalletAdditionalAddress.from_dict(item0_) for item0_ in additional_wallet_addresses_
            ],
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
from ..models.wallet_additional_address import WalletAdditionalAddress  # noqa: E402
