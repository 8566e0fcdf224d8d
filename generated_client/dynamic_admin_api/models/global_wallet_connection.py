from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.global_wallet_connection_status_enum import GlobalWalletConnectionStatusEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "appUrl",
        "createdAt",
        "id",
        "status",
        "userId",
        "expiresAt",
        "updatedAt",
    )
)
_REQUIRED: tuple[str, ...] = (
    "appUrl",
    "createdAt",
    "id",
    "status",
    "userId",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "app_url": "appUrl",
    "created_at": "createdAt",
    "id": "id",
    "status": "status",
    "user_id": "userId",
    "expires_at": "expiresAt",
    "updated_at": "updatedAt",
}


class GlobalWalletConnection:
    app_url: str
    created_at: datetime.datetime
    id: str
    status: GlobalWalletConnectionStatusEnum
    user_id: str
    expires_at: datetime.datetime | None | Unset
    updated_at: datetime.datetime | Unset
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
        app_url: str,
        created_at: datetime.datetime,
        id: str,
        status: GlobalWalletConnectionStatusEnum,
        user_id: str,
        expires_at: datetime.datetime | None | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "app_url": app_url,
                "created_at": created_at,
                "id": id,
                "status": status,
                "user_id": user_id,
                "expires_at": expires_at,
                "updated_at": updated_at,
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
            raise not_an_object("GlobalWalletConnection", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("GlobalWalletConnection", _REQUIRED, src_dict)
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
        if "app_url" in cache:
            app_url = self.app_url
            field_dict["appUrl"] = app_url
        elif "appUrl" in raw:
            field_dict["appUrl"] = raw["appUrl"]
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
        if "status" in cache:
            status = self.status.value
            field_dict["status"] = status
        elif "status" in raw:
            field_dict["status"] = raw["status"]
        if "user_id" in cache:
            user_id = self.user_id
            field_dict["userId"] = user_id
        elif "userId" in raw:
            field_dict["userId"] = raw["userId"]
        if "expires_at" in cache:
            expires_at: None | str | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at
            if expires_at is not UNSET:
                field_dict["expiresAt"] = expires_at
        elif "expiresAt" in raw:
            field_dict["expiresAt"] = raw["expiresAt"]
        if "updated_at" in cache:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at
        elif "updatedAt" in raw:
            field_dict["updatedAt"] = raw["updatedAt"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.app_url,
            self.created_at,
            self.id,
            self.status,
            self.user_id,
            self.expires_at,
            self.updated_at,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, GlobalWalletConnection)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"GlobalWalletConnection("
            f"app_url={self.app_url!r}, "
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"user_id={self.user_id!r}, "
            f"expires_at={self.expires_at!r}, "
            f"updated_at={self.updated_at!r}, "
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
    "status": lambda value: GlobalWalletConnectionStatusEnum.from_value(value),
    "expires_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
    "updated_at": lambda value: datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(GlobalWalletConnection, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(GlobalWalletConnection, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
