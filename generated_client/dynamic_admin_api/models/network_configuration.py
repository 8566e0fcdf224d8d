from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
    "blockExplorerUrls",
    "chain",
    "chainId",
    "iconUrls",
    "name",
    "nativeCurrency",
    "networkId",
    "rpcUrls",
    "shortName",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "block_explorer_urls": "blockExplorerUrls",
    "chain": "chain",
    "chain_id": "chainId",
    "icon_urls": "iconUrls",
    "name": "name",
    "native_currency": "nativeCurrency",
    "network_id": "networkId",
    "rpc_urls": "rpcUrls",
    "short_name": "shortName",
    "bech_32_prefix": "bech32Prefix",
    "chain_name": "chainName",
    "cluster": "cluster",
    "genesis_hash": "genesisHash",
    "is_testnet": "isTestnet",
    "key": "key",
    "lcd_url": "lcdUrl",
    "name_service": "nameService",
    "private_customer_rpc_urls": "privateCustomerRpcUrls",
    "vanity_name": "vanityName",
}


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
    bech_32_prefix: str | Unset
    chain_name: str | Unset
    cluster: str | Unset
    genesis_hash: str | Unset
    is_testnet: bool | Unset
    key: str | Unset
    lcd_url: str | Unset
    name_service: NameService | Unset
    private_customer_rpc_urls: list[str] | Unset
    vanity_name: str | Unset
    additional_properties: dict[str, Any]
    """Fields of the payload this description does not know, as decoded."""

    # A parsed instance keeps the decoded JSON object in `_raw`; each field is
    # a `LazyField` (installed below) that converts it on first read and
    # caches it in the instance dict.
    # `_stale` turns True once `_raw` alone may no longer describe the object
    # (built from keywords, an attribute set, a value decoded that could be
    # changed in place), which rules out the `to_dict` fast path.
    _raw: dict[str, Any]
    _stale: bool = False
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(
        self,
        block_explorer_urls: list[str],
        chain: str,
        chain_id: str,
        icon_urls: list[str],
        name: str,
        native_currency: NativeCurrency,
        network_id: str,
        rpc_urls: list[str],
        short_name: str,
        bech_32_prefix: str | Unset = UNSET,
        chain_name: str | Unset = UNSET,
        cluster: str | Unset = UNSET,
        genesis_hash: str | Unset = UNSET,
        is_testnet: bool | Unset = UNSET,
        key: str | Unset = UNSET,
        lcd_url: str | Unset = UNSET,
        name_service: NameService | Unset = UNSET,
        private_customer_rpc_urls: list[str] | Unset = UNSET,
        vanity_name: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "block_explorer_urls": block_explorer_urls,
                "chain": chain,
                "chain_id": chain_id,
                "icon_urls": icon_urls,
                "name": name,
                "native_currency": native_currency,
                "network_id": network_id,
                "rpc_urls": rpc_urls,
                "short_name": short_name,
                "bech_32_prefix": bech_32_prefix,
                "chain_name": chain_name,
                "cluster": cluster,
                "genesis_hash": genesis_hash,
                "is_testnet": is_testnet,
                "key": key,
                "lcd_url": lcd_url,
                "name_service": name_service,
                "private_customer_rpc_urls": private_customer_rpc_urls,
                "vanity_name": vanity_name,
                "additional_properties": {},
            }
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; fields are converted when first read.

        Only the presence of the required fields is checked here. The object
        is kept, not copied: do not change it afterwards.

        Raises:
            MissingFieldError: a required field is missing (a ``KeyError``
                naming the wire field).
            TypeError: ``src_dict`` is not a JSON object.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("NetworkConfiguration", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("NetworkConfiguration", _REQUIRED, src_dict)
        instance_ = cls.__new__(cls)
        instance_.__dict__["_raw"] = src_dict
        return instance_

    if not TYPE_CHECKING:
        # Hidden from type checkers, which would otherwise accept any
        # attribute name on a class defining it.
        def __setattr__(self, name, value):
            cache = self.__dict__
            cache[name] = value
            cache["_stale"] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready object, with wire names.

        For a parsed instance nothing was set on or decoded from, this is a
        shallow copy of the payload: nested lists and objects are shared.
        Fields never read are passed through as they came.
        """
        raw = self._raw
        if not self._stale:
            return dict(raw)
        cache = self.__dict__
        field_dict: dict[str, Any] = {}
        if "additional_properties" in cache:
            field_dict.update(self.additional_properties)
        else:
            field_dict.update(
                {key: value for key, value in raw.items() if key not in _KNOWN_FIELDS}
            )
        if "block_explorer_urls" in cache:
            block_explorer_urls = self.block_explorer_urls

            field_dict["blockExplorerUrls"] = block_explorer_urls
        elif "blockExplorerUrls" in raw:
            field_dict["blockExplorerUrls"] = raw["blockExplorerUrls"]
        if "chain" in cache:
            chain = self.chain
            field_dict["chain"] = chain
        elif "chain" in raw:
            field_dict["chain"] = raw["chain"]
        if "chain_id" in cache:
            chain_id = self.chain_id
            field_dict["chainId"] = chain_id
        elif "chainId" in raw:
            field_dict["chainId"] = raw["chainId"]
        if "icon_urls" in cache:
            icon_urls = self.icon_urls

            field_dict["iconUrls"] = icon_urls
        elif "iconUrls" in raw:
            field_dict["iconUrls"] = raw["iconUrls"]
        if "name" in cache:
            name = self.name
            field_dict["name"] = name
        elif "name" in raw:
            field_dict["name"] = raw["name"]
        if "native_currency" in cache:
            native_currency = self.native_currency.to_dict()
            field_dict["nativeCurrency"] = native_currency
        elif "nativeCurrency" in raw:
            field_dict["nativeCurrency"] = raw["nativeCurrency"]
        if "network_id" in cache:
            network_id = self.network_id
            field_dict["networkId"] = network_id
        elif "networkId" in raw:
            field_dict["networkId"] = raw["networkId"]
        if "rpc_urls" in cache:
            rpc_urls = self.rpc_urls

            field_dict["rpcUrls"] = rpc_urls
        elif "rpcUrls" in raw:
            field_dict["rpcUrls"] = raw["rpcUrls"]
        if "short_name" in cache:
            short_name = self.short_name
            field_dict["shortName"] = short_name
        elif "shortName" in raw:
            field_dict["shortName"] = raw["shortName"]
        if "bech_32_prefix" in cache:
            bech_32_prefix = self.bech_32_prefix
            if bech_32_prefix is not UNSET:
                field_dict["bech32Prefix"] = bech_32_prefix
        elif "bech32Prefix" in raw:
            field_dict["bech32Prefix"] = raw["bech32Prefix"]
        if "chain_name" in cache:
            chain_name = self.chain_name
            if chain_name is not UNSET:
                field_dict["chainName"] = chain_name
        elif "chainName" in raw:
            field_dict["chainName"] = raw["chainName"]
        if "cluster" in cache:
            cluster = self.cluster
            if cluster is not UNSET:
                field_dict["cluster"] = cluster
        elif "cluster" in raw:
            field_dict["cluster"] = raw["cluster"]
        if "genesis_hash" in cache:
            genesis_hash = self.genesis_hash
            if genesis_hash is not UNSET:
                field_dict["genesisHash"] = genesis_hash
        elif "genesisHash" in raw:
            field_dict["genesisHash"] = raw["genesisHash"]
        if "is_testnet" in cache:
            is_testnet = self.is_testnet
            if is_testnet is not UNSET:
                field_dict["isTestnet"] = is_testnet
        elif "isTestnet" in raw:
            field_dict["isTestnet"] = raw["isTestnet"]
        if "key" in cache:
            key = self.key
            if key is not UNSET:
                field_dict["key"] = key
        elif "key" in raw:
            field_dict["key"] = raw["key"]
        if "lcd_url" in cache:
            lcd_url = self.lcd_url
            if lcd_url is not UNSET:
                field_dict["lcdUrl"] = lcd_url
        elif "lcdUrl" in raw:
            field_dict["lcdUrl"] = raw["lcdUrl"]
        if "name_service" in cache:
            name_service: dict[str, Any] | Unset = UNSET
            if not isinstance(self.name_service, Unset):
                name_service = self.name_service.to_dict()
            if name_service is not UNSET:
                field_dict["nameService"] = name_service
        elif "nameService" in raw:
            field_dict["nameService"] = raw["nameService"]
        if "private_customer_rpc_urls" in cache:
            private_customer_rpc_urls: list[str] | Unset = UNSET
            if not isinstance(self.private_customer_rpc_urls, Unset):
                private_customer_rpc_urls = self.private_customer_rpc_urls

            if private_customer_rpc_urls is not UNSET:
                field_dict["privateCustomerRpcUrls"] = private_customer_rpc_urls
        elif "privateCustomerRpcUrls" in raw:
            field_dict["privateCustomerRpcUrls"] = raw["privateCustomerRpcUrls"]
        if "vanity_name" in cache:
            vanity_name = self.vanity_name
            if vanity_name is not UNSET:
                field_dict["vanityName"] = vanity_name
        elif "vanityName" in raw:
            field_dict["vanityName"] = raw["vanityName"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.block_explorer_urls,
            self.chain,
            self.chain_id,
            self.icon_urls,
            self.name,
            self.native_currency,
            self.network_id,
            self.rpc_urls,
            self.short_name,
            self.bech_32_prefix,
            self.chain_name,
            self.cluster,
            self.genesis_hash,
            self.is_testnet,
            self.key,
            self.lcd_url,
            self.name_service,
            self.private_customer_rpc_urls,
            self.vanity_name,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, NetworkConfiguration)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"NetworkConfiguration("
            f"block_explorer_urls={self.block_explorer_urls!r}, "
            f"chain={self.chain!r}, "
            f"chain_id={self.chain_id!r}, "
            f"icon_urls={self.icon_urls!r}, "
            f"name={self.name!r}, "
            f"native_currency={self.native_currency!r}, "
            f"network_id={self.network_id!r}, "
            f"rpc_urls={self.rpc_urls!r}, "
            f"short_name={self.short_name!r}, "
            f"bech_32_prefix={self.bech_32_prefix!r}, "
            f"chain_name={self.chain_name!r}, "
            f"cluster={self.cluster!r}, "
            f"genesis_hash={self.genesis_hash!r}, "
            f"is_testnet={self.is_testnet!r}, "
            f"key={self.key!r}, "
            f"lcd_url={self.lcd_url!r}, "
            f"name_service={self.name_service!r}, "
            f"private_customer_rpc_urls={self.private_customer_rpc_urls!r}, "
            f"vanity_name={self.vanity_name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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


# Field converters, by python attribute; a field missing here is used as decoded.
_DECODE: dict[str, Callable[[Any], Any]] = {
    "native_currency": lambda value: NativeCurrency.from_dict(value),
    "name_service": lambda value: NameService.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(NetworkConfiguration, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(NetworkConfiguration, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.name_service import NameService  # noqa: E402
from ..models.native_currency import NativeCurrency  # noqa: E402
