from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.waas_delegated_access_encryption_public_key_type import (
    WaasDelegatedAccessEncryptionPublicKeyType,
)
from ..models.waas_delegation_credentials_response_alg import WaasDelegationCredentialsResponseAlg
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "alg",
        "createdAt",
        "kid",
        "publicKey",
        "updatedAt",
        "type",
    )
)
_REQUIRED: tuple[str, ...] = (
    "alg",
    "createdAt",
    "kid",
    "publicKey",
    "updatedAt",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "alg": "alg",
    "created_at": "createdAt",
    "kid": "kid",
    "public_key": "publicKey",
    "updated_at": "updatedAt",
    "type_": "type",
}


class WaasDelegationCredentialsResponse:
    alg: WaasDelegationCredentialsResponseAlg
    created_at: datetime.datetime
    kid: str
    public_key: str
    updated_at: datetime.datetime
    type_: WaasDelegatedAccessEncryptionPublicKeyType | Unset
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
        alg: WaasDelegationCredentialsResponseAlg,
        created_at: datetime.datetime,
        kid: str,
        public_key: str,
        updated_at: datetime.datetime,
        type_: WaasDelegatedAccessEncryptionPublicKeyType | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "alg": alg,
                "created_at": created_at,
                "kid": kid,
                "public_key": public_key,
                "updated_at": updated_at,
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
            raise not_an_object("WaasDelegationCredentialsResponse", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("WaasDelegationCredentialsResponse", _REQUIRED, src_dict)
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
        if "alg" in cache:
            alg = self.alg.value
            field_dict["alg"] = alg
        elif "alg" in raw:
            field_dict["alg"] = raw["alg"]
        if "created_at" in cache:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "kid" in cache:
            kid = self.kid
            field_dict["kid"] = kid
        elif "kid" in raw:
            field_dict["kid"] = raw["kid"]
        if "public_key" in cache:
            public_key = self.public_key
            field_dict["publicKey"] = public_key
        elif "publicKey" in raw:
            field_dict["publicKey"] = raw["publicKey"]
        if "updated_at" in cache:
            updated_at = self.updated_at.isoformat()
            field_dict["updatedAt"] = updated_at
        elif "updatedAt" in raw:
            field_dict["updatedAt"] = raw["updatedAt"]
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
            self.alg,
            self.created_at,
            self.kid,
            self.public_key,
            self.updated_at,
            self.type_,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, WaasDelegationCredentialsResponse)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"WaasDelegationCredentialsResponse("
            f"alg={self.alg!r}, "
            f"created_at={self.created_at!r}, "
            f"kid={self.kid!r}, "
            f"public_key={self.public_key!r}, "
            f"updated_at={self.updated_at!r}, "
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
    "alg": lambda value: WaasDelegationCredentialsResponseAlg.from_value(value),
    "created_at": lambda value: datetime.datetime.fromisoformat(value),
    "updated_at": lambda value: datetime.datetime.fromisoformat(value),
    "type_": lambda value: WaasDelegatedAccessEncryptionPublicKeyType.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(WaasDelegationCredentialsResponse, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(WaasDelegationCredentialsResponse, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
