from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.chain_enum import ChainEnum
from ..types import LazyExtraFields, LazyField, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "blockExplorerUrl",
        "chainId",
        "chainName",
        "iconUrl",
        "nativeCurrencyDecimals",
        "nativeCurrencyIconUrl",
        "nativeCurrencyName",
        "nativeCurrencySymbol",
        "networkType",
        "rpcUrl",
    )
)
_REQUIRED: tuple[str, ...] = (
    "blockExplorerUrl",
    "chainId",
    "chainName",
    "iconUrl",
    "nativeCurrencyDecimals",
    "nativeCurrencyIconUrl",
    "nativeCurrencyName",
    "nativeCurrencySymbol",
    "networkType",
    "rpcUrl",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "block_explorer_url": "blockExplorerUrl",
    "chain_id": "chainId",
    "chain_name": "chainName",
    "icon_url": "iconUrl",
    "native_currency_decimals": "nativeCurrencyDecimals",
    "native_currency_icon_url": "nativeCurrencyIconUrl",
    "native_currency_name": "nativeCurrencyName",
    "native_currency_symbol": "nativeCurrencySymbol",
    "network_type": "networkType",
    "rpc_url": "rpcUrl",
}


class CustomNetworkRequest:
    block_explorer_url: str
    chain_id: str
    chain_name: str
    icon_url: str
    native_currency_decimals: float
    native_currency_icon_url: str
    native_currency_name: str
    native_currency_symbol: str
    network_type: ChainEnum
    rpc_url: str
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
        block_explorer_url: str,
        chain_id: str,
        chain_name: str,
        icon_url: str,
        native_currency_decimals: float,
        native_currency_icon_url: str,
        native_currency_name: str,
        native_currency_symbol: str,
        network_type: ChainEnum,
        rpc_url: str,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "block_explorer_url": block_explorer_url,
                "chain_id": chain_id,
                "chain_name": chain_name,
                "icon_url": icon_url,
                "native_currency_decimals": native_currency_decimals,
                "native_currency_icon_url": native_currency_icon_url,
                "native_currency_name": native_currency_name,
                "native_currency_symbol": native_currency_symbol,
                "network_type": network_type,
                "rpc_url": rpc_url,
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
            raise not_an_object("CustomNetworkRequest", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("CustomNetworkRequest", _REQUIRED, src_dict)
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
        if "block_explorer_url" in cache:
            block_explorer_url = self.block_explorer_url
            field_dict["blockExplorerUrl"] = block_explorer_url
        elif "blockExplorerUrl" in raw:
            field_dict["blockExplorerUrl"] = raw["blockExplorerUrl"]
        if "chain_id" in cache:
            chain_id = self.chain_id
            field_dict["chainId"] = chain_id
        elif "chainId" in raw:
            field_dict["chainId"] = raw["chainId"]
        if "chain_name" in cache:
            chain_name = self.chain_name
            field_dict["chainName"] = chain_name
        elif "chainName" in raw:
            field_dict["chainName"] = raw["chainName"]
        if "icon_url" in cache:
            icon_url = self.icon_url
            field_dict["iconUrl"] = icon_url
        elif "iconUrl" in raw:
            field_dict["iconUrl"] = raw["iconUrl"]
        if "native_currency_decimals" in cache:
            native_currency_decimals = self.native_currency_decimals
            field_dict["nativeCurrencyDecimals"] = native_currency_decimals
        elif "nativeCurrencyDecimals" in raw:
            field_dict["nativeCurrencyDecimals"] = raw["nativeCurrencyDecimals"]
        if "native_currency_icon_url" in cache:
            native_currency_icon_url = self.native_currency_icon_url
            field_dict["nativeCurrencyIconUrl"] = native_currency_icon_url
        elif "nativeCurrencyIconUrl" in raw:
            field_dict["nativeCurrencyIconUrl"] = raw["nativeCurrencyIconUrl"]
        if "native_currency_name" in cache:
            native_currency_name = self.native_currency_name
            field_dict["nativeCurrencyName"] = native_currency_name
        elif "nativeCurrencyName" in raw:
            field_dict["nativeCurrencyName"] = raw["nativeCurrencyName"]
        if "native_currency_symbol" in cache:
            native_currency_symbol = self.native_currency_symbol
            field_dict["nativeCurrencySymbol"] = native_currency_symbol
        elif "nativeCurrencySymbol" in raw:
            field_dict["nativeCurrencySymbol"] = raw["nativeCurrencySymbol"]
        if "network_type" in cache:
            network_type = self.network_type.value
            field_dict["networkType"] = network_type
        elif "networkType" in raw:
            field_dict["networkType"] = raw["networkType"]
        if "rpc_url" in cache:
            rpc_url = self.rpc_url
            field_dict["rpcUrl"] = rpc_url
        elif "rpcUrl" in raw:
            field_dict["rpcUrl"] = raw["rpcUrl"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.block_explorer_url,
            self.chain_id,
            self.chain_name,
            self.icon_url,
            self.native_currency_decimals,
            self.native_currency_icon_url,
            self.native_currency_name,
            self.native_currency_symbol,
            self.network_type,
            self.rpc_url,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, CustomNetworkRequest)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"CustomNetworkRequest("
            f"block_explorer_url={self.block_explorer_url!r}, "
            f"chain_id={self.chain_id!r}, "
            f"chain_name={self.chain_name!r}, "
            f"icon_url={self.icon_url!r}, "
            f"native_currency_decimals={self.native_currency_decimals!r}, "
            f"native_currency_icon_url={self.native_currency_icon_url!r}, "
            f"native_currency_name={self.native_currency_name!r}, "
            f"native_currency_symbol={self.native_currency_symbol!r}, "
            f"network_type={self.network_type!r}, "
            f"rpc_url={self.rpc_url!r}, "
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
    "network_type": lambda value: ChainEnum.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(CustomNetworkRequest, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(CustomNetworkRequest, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
