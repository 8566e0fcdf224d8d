from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "blockExplorerUrls",
        "chain",
        "chainId",
        "iconUrls",
        "name",
        "nativeCurrency",
        "networkId",
        "rpcUrls",
        "shortName",
        "bech32Prefix",
        "chainName",
        "cluster",
        "genesisHash",
        "isTestnet",
        "key",
        "lcdUrl",
        "nameService",
        "privateCustomerRpcUrls",
        "vanityName",
    )
)


@_attrs_define
class NetworkConfiguration:
    block_explorer_urls: list[str]
    chain: str
    chain_id: str
    icon_urls: list[str]
    name: str
    native_currency: NativeCurrency
    network_id: str
    rpc_urls: list[str]
    short_name: str
    bech_32_prefix: str | Unset = UNSET
    chain_name: str | Unset = UNSET
    cluster: str | Unset = UNSET
    genesis_hash: str | Unset = UNSET
    is_testnet: bool | Unset = UNSET
    key: str | Unset = UNSET
    lcd_url: str | Unset = UNSET
    name_service: NameService | Unset = UNSET
    private_customer_rpc_urls: list[str] | Unset = UNSET
    vanity_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_explorer_urls = self.block_explorer_urls

        chain = self.chain

        chain_id = self.chain_id

        icon_urls = self.icon_urls

        name = self.name

        native_currency = self.native_currency.to_dict()

        network_id = self.network_id

        rpc_urls = self.rpc_urls

        short_name = self.short_name

        bech_32_prefix = self.bech_32_prefix

        chain_name = self.chain_name

        cluster = self.cluster

        genesis_hash = self.genesis_hash

        is_testnet = self.is_testnet

        key = self.key

        lcd_url = self.lcd_url

        name_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name_service, Unset):
            name_service = self.name_service.to_dict()

        private_customer_rpc_urls: list[str] | Unset = UNSET
        if not isinstance(self.private_customer_rpc_urls, Unset):
            private_customer_rpc_urls = self.private_customer_rpc_urls

        vanity_name = self.vanity_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blockExplorerUrls": block_explorer_urls,
                "chain": chain,
                "chainId": chain_id,
                "iconUrls": icon_urls,
                "name": name,
                "nativeCurrency": native_currency,
                "networkId": network_id,
                "rpcUrls": rpc_urls,
                "shortName": short_name,
            }
        )
        if bech_32_prefix is not UNSET:
            field_dict["bech32Prefix"] = bech_32_prefix
        if chain_name is not UNSET:
            field_dict["chainName"] = chain_name
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if genesis_hash is not UNSET:
            field_dict["genesisHash"] = genesis_hash
        if is_testnet is not UNSET:
            field_dict["isTestnet"] = is_testnet
        if key is not UNSET:
            field_dict["key"] = key
        if lcd_url is not UNSET:
            field_dict["lcdUrl"] = lcd_url
        if name_service is not UNSET:
            field_dict["nameService"] = name_service
        if private_customer_rpc_urls is not UNSET:
            field_dict["privateCustomerRpcUrls"] = private_customer_rpc_urls
        if vanity_name is not UNSET:
            field_dict["vanityName"] = vanity_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        name_service_ = get("nameService", UNSET)
        instance_ = cls(
            block_explorer_urls=src_dict["blockExplorerUrls"],
            chain=src_dict["chain"],
            chain_id=src_dict["chainId"],
            icon_urls=src_dict["iconUrls"],
            name=src_dict["name"],
            native_currency=NativeCurrency.from_dict(src_dict["nativeCurrency"]),
            network_id=src_dict["networkId"],
            rpc_urls=src_dict["rpcUrls"],
            short_name=src_dict["shortName"],
            bech_32_prefix=get("bech32Prefix", UNSET),
            chain_name=get("chainName", UNSET),
            cluster=get("cluster", UNSET),
            genesis_hash=get("genesisHash", UNSET),
            is_testnet=get("isTestnet", UNSET),
            key=get("key", UNSET),
            lcd_url=get("lcdUrl", UNSET),
            name_service=UNSET if name_service_ is UNSET else NameService.from_dict(name_service_),
            private_customer_rpc_urls=get("privateCustomerRpcUrls", UNSET),
            vanity_name=get("vanityName", UNSET),
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
from ..models.name_service import NameService  # noqa: E402
from ..models.native_currency import NativeCurrency  # noqa: E402
