from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.provider_enum import ProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "accountId",
        "provider",
        "displayName",
        "emails",
        "photos",
        "profile",
        "username",
    )
)
_REQUIRED: tuple[str, ...] = (
    "accountId",
    "provider",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "account_id": "accountId",
    "provider": "provider",
    "display_name": "displayName",
    "emails": "emails",
    "photos": "photos",
    "profile": "profile",
    "username": "username",
}


class CreateUserOauthRequest:
    account_id: str
    provider: ProviderEnum
    display_name: str | Unset
    emails: list[str] | Unset
    photos: list[str] | Unset
    profile: CreateUserOauthRequestProfile | Unset
    username: str | Unset
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
        account_id: str,
        provider: ProviderEnum,
        display_name: str | Unset = UNSET,
        emails: list[str] | Unset = UNSET,
        photos: list[str] | Unset = UNSET,
        profile: CreateUserOauthRequestProfile | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "account_id": account_id,
                "provider": provider,
                "display_name": display_name,
                "emails": emails,
                "photos": photos,
                "profile": profile,
                "username": username,
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
            raise not_an_object("CreateUserOauthRequest", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("CreateUserOauthRequest", _REQUIRED, src_dict)
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
        if "account_id" in cache:
            account_id = self.account_id
            field_dict["accountId"] = account_id
        elif "accountId" in raw:
            field_dict["accountId"] = raw["accountId"]
        if "provider" in cache:
            provider = self.provider.value
            field_dict["provider"] = provider
        elif "provider" in raw:
            field_dict["provider"] = raw["provider"]
        if "display_name" in cache:
            display_name = self.display_name
            if display_name is not UNSET:
                field_dict["displayName"] = display_name
        elif "displayName" in raw:
            field_dict["displayName"] = raw["displayName"]
        if "emails" in cache:
            emails: list[str] | Unset = UNSET
            if not isinstance(self.emails, Unset):
                emails = self.emails

            if emails is not UNSET:
                field_dict["emails"] = emails
        elif "emails" in raw:
            field_dict["emails"] = raw["emails"]
        if "photos" in cache:
            photos: list[str] | Unset = UNSET
            if not isinstance(self.photos, Unset):
                photos = self.photos

            if photos is not UNSET:
                field_dict["photos"] = photos
        elif "photos" in raw:
            field_dict["photos"] = raw["photos"]
        if "profile" in cache:
            profile: dict[str, Any] | Unset = UNSET
            if not isinstance(self.profile, Unset):
                profile = self.profile.to_dict()
            if profile is not UNSET:
                field_dict["profile"] = profile
        elif "profile" in raw:
            field_dict["profile"] = raw["profile"]
        if "username" in cache:
            username = self.username
            if username is not UNSET:
                field_dict["username"] = username
        elif "username" in raw:
            field_dict["username"] = raw["username"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.account_id,
            self.provider,
            self.display_name,
            self.emails,
            self.photos,
            self.profile,
            self.username,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, CreateUserOauthRequest)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"CreateUserOauthRequest("
            f"account_id={self.account_id!r}, "
            f"provider={self.provider!r}, "
            f"display_name={self.display_name!r}, "
            f"emails={self.emails!r}, "
            f"photos={self.photos!r}, "
            f"profile={self.profile!r}, "
            f"username={self.username!r}, "
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
    "provider": lambda value: ProviderEnum.from_value(value),
    "profile": lambda value: CreateUserOauthRequestProfile.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(CreateUserOauthRequest, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(CreateUserOauthRequest, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.create_user_oauth_request_profile import CreateUserOauthRequestProfile  # noqa: E402
