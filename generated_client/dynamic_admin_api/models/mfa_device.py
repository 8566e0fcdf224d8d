from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.mfa_device_type import MFADeviceType
from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "alias",
        "createdAt",
        "default",
        "id",
        "type",
        "verified",
        "verifiedAt",
    )
)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "alias": "alias",
    "created_at": "createdAt",
    "default": "default",
    "id": "id",
    "type_": "type",
    "verified": "verified",
    "verified_at": "verifiedAt",
}


class MFADevice:
    alias: str | Unset
    created_at: datetime.datetime | Unset
    default: bool | Unset
    id: str | Unset
    type_: MFADeviceType | Unset
    verified: bool | Unset
    verified_at: datetime.datetime | None | Unset
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
        alias: str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        default: bool | Unset = UNSET,
        id: str | Unset = UNSET,
        type_: MFADeviceType | Unset = UNSET,
        verified: bool | Unset = UNSET,
        verified_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "alias": alias,
                "created_at": created_at,
                "default": default,
                "id": id,
                "type_": type_,
                "verified": verified,
                "verified_at": verified_at,
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
            raise not_an_object("MFADevice", src_dict)
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
        if "alias" in cache:
            alias = self.alias
            if alias is not UNSET:
                field_dict["alias"] = alias
        elif "alias" in raw:
            field_dict["alias"] = raw["alias"]
        if "created_at" in cache:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "default" in cache:
            default = self.default
            if default is not UNSET:
                field_dict["default"] = default
        elif "default" in raw:
            field_dict["default"] = raw["default"]
        if "id" in cache:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "type_" in cache:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            if type_ is not UNSET:
                field_dict["type"] = type_
        elif "type" in raw:
            field_dict["type"] = raw["type"]
        if "verified" in cache:
            verified = self.verified
            if verified is not UNSET:
                field_dict["verified"] = verified
        elif "verified" in raw:
            field_dict["verified"] = raw["verified"]
        if "verified_at" in cache:
            verified_at: None | str | Unset
            if isinstance(self.verified_at, Unset):
                verified_at = UNSET
            elif isinstance(self.verified_at, datetime.datetime):
                verified_at = self.verified_at.isoformat()
            else:
                verified_at = self.verified_at
            if verified_at is not UNSET:
                field_dict["verifiedAt"] = verified_at
        elif "verifiedAt" in raw:
            field_dict["verifiedAt"] = raw["verifiedAt"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.alias,
            self.created_at,
            self.default,
            self.id,
            self.type_,
            self.verified,
            self.verified_at,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, MFADevice)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"MFADevice("
            f"alias={self.alias!r}, "
            f"created_at={self.created_at!r}, "
            f"default={self.default!r}, "
            f"id={self.id!r}, "
            f"type_={self.type_!r}, "
            f"verified={self.verified!r}, "
            f"verified_at={self.verified_at!r}, "
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
    "created_at": lambda value: datetime.datetime.fromisoformat(value),
    "type_": lambda value: MFADeviceType.from_value(value),
    "verified_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(MFADevice, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(MFADevice, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
