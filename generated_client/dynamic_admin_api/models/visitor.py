from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.chain_enum import ChainEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "address",
        "chain",
        "createdAt",
        "id",
        "provider",
        "walletName",
        "projectEnvironmentId",
    )
)
_REQUIRED: tuple[str, ...] = (
    "address",
    "chain",
    "createdAt",
    "id",
    "provider",
    "walletName",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "address": "address",
    "chain": "chain",
    "created_at": "createdAt",
    "id": "id",
    "provider": "provider",
    "wallet_name": "walletName",
    "project_environment_id": "projectEnvironmentId",
}


class Visitor:
    address: str
    chain: ChainEnum
    created_at: datetime.datetime
    id: str
    provider: WalletProviderEnum
    wallet_name: str
    project_environment_id: str | Unset
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
        address: str,
        chain: ChainEnum,
        created_at: datetime.datetime,
        id: str,
        provider: WalletProviderEnum,
        wallet_name: str,
        project_environment_id: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "address": address,
                "chain": chain,
                "created_at": created_at,
                "id": id,
                "provider": provider,
                "wallet_name": wallet_name,
                "project_environment_id": project_environment_id,
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
            raise not_an_object("Visitor", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Visitor", _REQUIRED, src_dict)
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
        if "address" in cache:
            address = self.address
            field_dict["address"] = address
        elif "address" in raw:
            field_dict["address"] = raw["address"]
        if "chain" in cache:
            chain = self.chain.value
            field_dict["chain"] = chain
        elif "chain" in raw:
            field_dict["chain"] = raw["chain"]
        if "created_at" in cache:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "provider" in cache:
            provider = self.provider.value
            field_dict["provider"] = provider
        elif "provider" in raw:
            field_dict["provider"] = raw["provider"]
        if "wallet_name" in cache:
            wallet_name = self.wallet_name
            field_dict["walletName"] = wallet_name
        elif "walletName" in raw:
            field_dict["walletName"] = raw["walletName"]
        if "project_environment_id" in cache:
            project_environment_id = self.project_environment_id
            if project_environment_id is not UNSET:
                field_dict["projectEnvironmentId"] = project_environment_id
        elif "projectEnvironmentId" in raw:
            field_dict["projectEnvironmentId"] = raw["projectEnvironmentId"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.address,
            self.chain,
            self.created_at,
            self.id,
            self.provider,
            self.wallet_name,
            self.project_environment_id,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Visitor)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Visitor("
            f"address={self.address!r}, "
            f"chain={self.chain!r}, "
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"provider={self.provider!r}, "
            f"wallet_name={self.wallet_name!r}, "
            f"project_environment_id={self.project_environment_id!r}, "
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
    "created_at": lambda value: datetime.datetime.fromisoformat(value),
    "provider": lambda value: WalletProviderEnum.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(Visitor, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Visitor, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
