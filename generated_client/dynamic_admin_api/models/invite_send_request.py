from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.role_enum import RoleEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "role",
        "alias",
        "email",
        "phoneNumber",
        "walletPublicKey",
    )
)
_REQUIRED: tuple[str, ...] = ("role",)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "role": "role",
    "alias": "alias",
    "email": "email",
    "phone_number": "phoneNumber",
    "wallet_public_key": "walletPublicKey",
}


class InviteSendRequest:
    role: RoleEnum
    alias: str | Unset
    email: str | Unset
    phone_number: str | Unset
    wallet_public_key: str | Unset
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
        role: RoleEnum,
        alias: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        wallet_public_key: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "role": role,
                "alias": alias,
                "email": email,
                "phone_number": phone_number,
                "wallet_public_key": wallet_public_key,
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
            raise not_an_object("InviteSendRequest", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("InviteSendRequest", _REQUIRED, src_dict)
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
        if "role" in cache:
            role = self.role.value
            field_dict["role"] = role
        elif "role" in raw:
            field_dict["role"] = raw["role"]
        if "alias" in cache:
            alias = self.alias
            if alias is not UNSET:
                field_dict["alias"] = alias
        elif "alias" in raw:
            field_dict["alias"] = raw["alias"]
        if "email" in cache:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        elif "email" in raw:
            field_dict["email"] = raw["email"]
        if "phone_number" in cache:
            phone_number = self.phone_number
            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        elif "phoneNumber" in raw:
            field_dict["phoneNumber"] = raw["phoneNumber"]
        if "wallet_public_key" in cache:
            wallet_public_key = self.wallet_public_key
            if wallet_public_key is not UNSET:
                field_dict["walletPublicKey"] = wallet_public_key
        elif "walletPublicKey" in raw:
            field_dict["walletPublicKey"] = raw["walletPublicKey"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.role,
            self.alias,
            self.email,
            self.phone_number,
            self.wallet_public_key,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, InviteSendRequest)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"InviteSendRequest("
            f"role={self.role!r}, "
            f"alias={self.alias!r}, "
            f"email={self.email!r}, "
            f"phone_number={self.phone_number!r}, "
            f"wallet_public_key={self.wallet_public_key!r}, "
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
    "role": lambda value: RoleEnum.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(InviteSendRequest, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(InviteSendRequest, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
