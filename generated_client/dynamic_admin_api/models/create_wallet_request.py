from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.chain_enum import ChainEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chain",
        "publicWalletAddress",
        "walletName",
        "walletProvider",
        "additionalWalletAddresses",
    )
)
_REQUIRED: tuple[str, ...] = (
    "chain",
    "publicWalletAddress",
    "walletName",
    "walletProvider",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "chain": "chain",
    "public_wallet_address": "publicWalletAddress",
    "wallet_name": "walletName",
    "wallet_provider": "walletProvider",
    "additional_wallet_addresses": "additionalWalletAddresses",
}


class CreateWalletRequest:
    chain: ChainEnum
    public_wallet_address: str
    wallet_name: str
    wallet_provider: WalletProviderEnum
    additional_wallet_addresses: list[WalletAdditionalAddress] | Unset
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
        chain: ChainEnum,
        public_wallet_address: str,
        wallet_name: str,
        wallet_provider: WalletProviderEnum,
        additional_wallet_addresses: list[WalletAdditionalAddress] | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "chain": chain,
                "public_wallet_address": public_wallet_address,
                "wallet_name": wallet_name,
                "wallet_provider": wallet_provider,
                "additional_wallet_addresses": additional_wallet_addresses,
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
            raise not_an_object("CreateWalletRequest", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("CreateWalletRequest", _REQUIRED, src_dict)
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
        if "chain" in cache:
            chain = self.chain.value
            field_dict["chain"] = chain
        elif "chain" in raw:
            field_dict["chain"] = raw["chain"]
        if "public_wallet_address" in cache:
            public_wallet_address = self.public_wallet_address
            field_dict["publicWalletAddress"] = public_wallet_address
        elif "publicWalletAddress" in raw:
            field_dict["publicWalletAddress"] = raw["publicWalletAddress"]
        if "wallet_name" in cache:
            wallet_name = self.wallet_name
            field_dict["walletName"] = wallet_name
        elif "walletName" in raw:
            field_dict["walletName"] = raw["walletName"]
        if "wallet_provider" in cache:
            wallet_provider = self.wallet_provider.value
            field_dict["walletProvider"] = wallet_provider
        elif "walletProvider" in raw:
            field_dict["walletProvider"] = raw["walletProvider"]
        if "additional_wallet_addresses" in cache:
            additional_wallet_addresses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.additional_wallet_addresses, Unset):
                additional_wallet_addresses = []
                for additional_wallet_addresses_item_data in self.additional_wallet_addresses:
                    additional_wallet_addresses_item = (
                        additional_wallet_addresses_item_data.to_dict()
                    )
                    additional_wallet_addresses.append(additional_wallet_addresses_item)

            if additional_wallet_addresses is not UNSET:
                field_dict["additionalWalletAddresses"] = additional_wallet_addresses
        elif "additionalWalletAddresses" in raw:
            field_dict["additionalWalletAddresses"] = raw["additionalWalletAddresses"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.chain,
            self.public_wallet_address,
            self.wallet_name,
            self.wallet_provider,
            self.additional_wallet_addresses,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, CreateWalletRequest)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"CreateWalletRequest("
            f"chain={self.chain!r}, "
            f"public_wallet_address={self.public_wallet_address!r}, "
            f"wallet_name={self.wallet_name!r}, "
            f"wallet_provider={self.wallet_provider!r}, "
            f"additional_wallet_addresses={self.additional_wallet_addresses!r}, "
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
    "chain": lambda value: ChainEnum.from_value(value),
    "wallet_provider": lambda value: WalletProviderEnum.from_value(value),
    "additional_wallet_addresses": lambda value: [
        WalletAdditionalAddress.from_dict(item0_) for item0_ in value
    ],
}
for _name, _key in _WIRE.items():
    setattr(CreateWalletRequest, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(CreateWalletRequest, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.wallet_additional_address import WalletAdditionalAddress  # noqa: E402
