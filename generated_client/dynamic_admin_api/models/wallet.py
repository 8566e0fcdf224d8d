from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.chain_enum import ChainEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chain",
        "id",
        "name",
        "provider",
        "publicKey",
        "lastSelectedAt",
        "properties",
    )
)
_REQUIRED: tuple[str, ...] = (
    "chain",
    "id",
    "name",
    "provider",
    "publicKey",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "chain": "chain",
    "id": "id",
    "name": "name",
    "provider": "provider",
    "public_key": "publicKey",
    "last_selected_at": "lastSelectedAt",
    "properties": "properties",
}


class Wallet:
    chain: ChainEnum
    id: str
    name: str
    provider: WalletProviderEnum
    public_key: str
    last_selected_at: None | str | Unset
    properties: WalletProperties | Unset
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
        id: str,
        name: str,
        provider: WalletProviderEnum,
        public_key: str,
        last_selected_at: None | str | Unset = UNSET,
        properties: WalletProperties | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "chain": chain,
                "id": id,
                "name": name,
                "provider": provider,
                "public_key": public_key,
                "last_selected_at": last_selected_at,
                "properties": properties,
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
            raise not_an_object("Wallet", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Wallet", _REQUIRED, src_dict)
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
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "name" in cache:
            name = self.name
            field_dict["name"] = name
        elif "name" in raw:
            field_dict["name"] = raw["name"]
        if "provider" in cache:
            provider = self.provider.value
            field_dict["provider"] = provider
        elif "provider" in raw:
            field_dict["provider"] = raw["provider"]
        if "public_key" in cache:
            public_key = self.public_key
            field_dict["publicKey"] = public_key
        elif "publicKey" in raw:
            field_dict["publicKey"] = raw["publicKey"]
        if "last_selected_at" in cache:
            last_selected_at: None | str | Unset
            if isinstance(self.last_selected_at, Unset):
                last_selected_at = UNSET
            else:
                last_selected_at = self.last_selected_at
            if last_selected_at is not UNSET:
                field_dict["lastSelectedAt"] = last_selected_at
        elif "lastSelectedAt" in raw:
            field_dict["lastSelectedAt"] = raw["lastSelectedAt"]
        if "properties" in cache:
            properties: dict[str, Any] | Unset = UNSET
            if not isinstance(self.properties, Unset):
                properties = self.properties.to_dict()
            if properties is not UNSET:
                field_dict["properties"] = properties
        elif "properties" in raw:
            field_dict["properties"] = raw["properties"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.chain,
            self.id,
            self.name,
            self.provider,
            self.public_key,
            self.last_selected_at,
            self.properties,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Wallet)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Wallet("
            f"chain={self.chain!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"provider={self.provider!r}, "
            f"public_key={self.public_key!r}, "
            f"last_selected_at={self.last_selected_at!r}, "
            f"properties={self.properties!r}, "
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
    "provider": lambda value: WalletProviderEnum.from_value(value),
    "properties": lambda value: WalletProperties.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(Wallet, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Wallet, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.wallet_properties import WalletProperties  # noqa: E402
