from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.exchange_key_enum import ExchangeKeyEnum
from ..models.provider_enum import ProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "exchange",
        "enabledAt",
        "id",
        "onRampProvider",
        "socialProvider",
    )
)
_REQUIRED: tuple[str, ...] = ("exchange",)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "exchange": "exchange",
    "enabled_at": "enabledAt",
    "id": "id",
    "on_ramp_provider": "onRampProvider",
    "social_provider": "socialProvider",
}


class Exchange:
    exchange: ExchangeKeyEnum
    enabled_at: datetime.datetime | None | Unset
    id: str | Unset
    on_ramp_provider: ProviderEnum | Unset
    social_provider: ProviderEnum | Unset
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
        exchange: ExchangeKeyEnum,
        enabled_at: datetime.datetime | None | Unset = UNSET,
        id: str | Unset = UNSET,
        on_ramp_provider: ProviderEnum | Unset = UNSET,
        social_provider: ProviderEnum | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "exchange": exchange,
                "enabled_at": enabled_at,
                "id": id,
                "on_ramp_provider": on_ramp_provider,
                "social_provider": social_provider,
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
            raise not_an_object("Exchange", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Exchange", _REQUIRED, src_dict)
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
        if "exchange" in cache:
            exchange = self.exchange.value
            field_dict["exchange"] = exchange
        elif "exchange" in raw:
            field_dict["exchange"] = raw["exchange"]
        if "enabled_at" in cache:
            enabled_at: None | str | Unset
            if isinstance(self.enabled_at, Unset):
                enabled_at = UNSET
            elif isinstance(self.enabled_at, datetime.datetime):
                enabled_at = self.enabled_at.isoformat()
            else:
                enabled_at = self.enabled_at
            if enabled_at is not UNSET:
                field_dict["enabledAt"] = enabled_at
        elif "enabledAt" in raw:
            field_dict["enabledAt"] = raw["enabledAt"]
        if "id" in cache:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "on_ramp_provider" in cache:
            on_ramp_provider: str | Unset = UNSET
            if not isinstance(self.on_ramp_provider, Unset):
                on_ramp_provider = self.on_ramp_provider.value

            if on_ramp_provider is not UNSET:
                field_dict["onRampProvider"] = on_ramp_provider
        elif "onRampProvider" in raw:
            field_dict["onRampProvider"] = raw["onRampProvider"]
        if "social_provider" in cache:
            social_provider: str | Unset = UNSET
            if not isinstance(self.social_provider, Unset):
                social_provider = self.social_provider.value

            if social_provider is not UNSET:
                field_dict["socialProvider"] = social_provider
        elif "socialProvider" in raw:
            field_dict["socialProvider"] = raw["socialProvider"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.exchange,
            self.enabled_at,
            self.id,
            self.on_ramp_provider,
            self.social_provider,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Exchange)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Exchange("
            f"exchange={self.exchange!r}, "
            f"enabled_at={self.enabled_at!r}, "
            f"id={self.id!r}, "
            f"on_ramp_provider={self.on_ramp_provider!r}, "
            f"social_provider={self.social_provider!r}, "
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
    "exchange": lambda value: ExchangeKeyEnum.from_value(value),
    "enabled_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
    "on_ramp_provider": lambda value: ProviderEnum.from_value(value),
    "social_provider": lambda value: ProviderEnum.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(Exchange, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Exchange, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
