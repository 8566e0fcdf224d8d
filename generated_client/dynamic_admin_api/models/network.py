from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.network_type import NetworkType
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
    "chainName",
    "enabled",
    "networkId",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "chain_name": "chainName",
    "enabled": "enabled",
    "network_id": "networkId",
    "icon_url": "iconUrl",
    "rpc_url": "rpcUrl",
    "type_": "type",
}


class Network:
    chain_name: str
    enabled: bool
    network_id: float
    icon_url: str | Unset
    rpc_url: str | Unset
    type_: NetworkType | Unset
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
        chain_name: str,
        enabled: bool,
        network_id: float,
        icon_url: str | Unset = UNSET,
        rpc_url: str | Unset = UNSET,
        type_: NetworkType | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "chain_name": chain_name,
                "enabled": enabled,
                "network_id": network_id,
                "icon_url": icon_url,
                "rpc_url": rpc_url,
                "type_": type_,
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
            raise not_an_object("Network", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Network", _REQUIRED, src_dict)
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
        if "chain_name" in cache:
            chain_name = self.chain_name
            field_dict["chainName"] = chain_name
        elif "chainName" in raw:
            field_dict["chainName"] = raw["chainName"]
        if "enabled" in cache:
            enabled = self.enabled
            field_dict["enabled"] = enabled
        elif "enabled" in raw:
            field_dict["enabled"] = raw["enabled"]
        if "network_id" in cache:
            network_id = self.network_id
            field_dict["networkId"] = network_id
        elif "networkId" in raw:
            field_dict["networkId"] = raw["networkId"]
        if "icon_url" in cache:
            icon_url = self.icon_url
            if icon_url is not UNSET:
                field_dict["iconUrl"] = icon_url
        elif "iconUrl" in raw:
            field_dict["iconUrl"] = raw["iconUrl"]
        if "rpc_url" in cache:
            rpc_url = self.rpc_url
            if rpc_url is not UNSET:
                field_dict["rpcUrl"] = rpc_url
        elif "rpcUrl" in raw:
            field_dict["rpcUrl"] = raw["rpcUrl"]
        if "type_" in cache:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            if type_ is not UNSET:
                field_dict["type"] = type_
        elif "type" in raw:
            field_dict["type"] = raw["type"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.chain_name,
            self.enabled,
            self.network_id,
            self.icon_url,
            self.rpc_url,
            self.type_,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Network)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Network("
            f"chain_name={self.chain_name!r}, "
            f"enabled={self.enabled!r}, "
            f"network_id={self.network_id!r}, "
            f"icon_url={self.icon_url!r}, "
            f"rpc_url={self.rpc_url!r}, "
            f"type_={self.type_!r}, "
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
    "type_": lambda value: NetworkType.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(Network, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Network, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
