from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "allowListId",
        "id",
        "alias",
        "discordUsername",
        "email",
        "emailDomain",
        "externalUserId",
        "farcasterFid",
        "farcasterUsername",
        "phoneNumber",
        "twitterUsername",
        "walletPublicKey",
    )
)
_REQUIRED: tuple[str, ...] = (
    "allowListId",
    "id",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "allow_list_id": "allowListId",
    "id": "id",
    "alias": "alias",
    "discord_username": "discordUsername",
    "email": "email",
    "email_domain": "emailDomain",
    "external_user_id": "externalUserId",
    "farcaster_fid": "farcasterFid",
    "farcaster_username": "farcasterUsername",
    "phone_number": "phoneNumber",
    "twitter_username": "twitterUsername",
    "wallet_public_key": "walletPublicKey",
}


class AllowlistEntry:
    allow_list_id: str
    id: str
    alias: str | Unset
    discord_username: str | Unset
    email: str | Unset
    email_domain: str | Unset
    external_user_id: str | Unset
    farcaster_fid: float | Unset
    farcaster_username: str | Unset
    phone_number: str | Unset
    twitter_username: str | Unset
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
        allow_list_id: str,
        id: str,
        alias: str | Unset = UNSET,
        discord_username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        email_domain: str | Unset = UNSET,
        external_user_id: str | Unset = UNSET,
        farcaster_fid: float | Unset = UNSET,
        farcaster_username: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        twitter_username: str | Unset = UNSET,
        wallet_public_key: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "allow_list_id": allow_list_id,
                "id": id,
                "alias": alias,
                "discord_username": discord_username,
                "email": email,
                "email_domain": email_domain,
                "external_user_id": external_user_id,
                "farcaster_fid": farcaster_fid,
                "farcaster_username": farcaster_username,
                "phone_number": phone_number,
                "twitter_username": twitter_username,
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
            raise not_an_object("AllowlistEntry", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("AllowlistEntry", _REQUIRED, src_dict)
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
        if "allow_list_id" in cache:
            allow_list_id = self.allow_list_id
            field_dict["allowListId"] = allow_list_id
        elif "allowListId" in raw:
            field_dict["allowListId"] = raw["allowListId"]
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "alias" in cache:
            alias = self.alias
            if alias is not UNSET:
                field_dict["alias"] = alias
        elif "alias" in raw:
            field_dict["alias"] = raw["alias"]
        if "discord_username" in cache:
            discord_username = self.discord_username
            if discord_username is not UNSET:
                field_dict["discordUsername"] = discord_username
        elif "discordUsername" in raw:
            field_dict["discordUsername"] = raw["discordUsername"]
        if "email" in cache:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        elif "email" in raw:
            field_dict["email"] = raw["email"]
        if "email_domain" in cache:
            email_domain = self.email_domain
            if email_domain is not UNSET:
                field_dict["emailDomain"] = email_domain
        elif "emailDomain" in raw:
            field_dict["emailDomain"] = raw["emailDomain"]
        if "external_user_id" in cache:
            external_user_id = self.external_user_id
            if external_user_id is not UNSET:
                field_dict["externalUserId"] = external_user_id
        elif "externalUserId" in raw:
            field_dict["externalUserId"] = raw["externalUserId"]
        if "farcaster_fid" in cache:
            farcaster_fid = self.farcaster_fid
            if farcaster_fid is not UNSET:
                field_dict["farcasterFid"] = farcaster_fid
        elif "farcasterFid" in raw:
            field_dict["farcasterFid"] = raw["farcasterFid"]
        if "farcaster_username" in cache:
            farcaster_username = self.farcaster_username
            if farcaster_username is not UNSET:
                field_dict["farcasterUsername"] = farcaster_username
        elif "farcasterUsername" in raw:
            field_dict["farcasterUsername"] = raw["farcasterUsername"]
        if "phone_number" in cache:
            phone_number = self.phone_number
            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        elif "phoneNumber" in raw:
            field_dict["phoneNumber"] = raw["phoneNumber"]
        if "twitter_username" in cache:
            twitter_username = self.twitter_username
            if twitter_username is not UNSET:
                field_dict["twitterUsername"] = twitter_username
        elif "twitterUsername" in raw:
            field_dict["twitterUsername"] = raw["twitterUsername"]
        if "wallet_public_key" in cache:
            wallet_public_key = self.wallet_public_key
            if wallet_public_key is not UNSET:
                field_dict["walletPublicKey"] = wallet_public_key
        elif "walletPublicKey" in raw:
            field_dict["walletPublicKey"] = raw["walletPublicKey"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.allow_list_id,
            self.id,
            self.alias,
            self.discord_username,
            self.email,
            self.email_domain,
            self.external_user_id,
            self.farcaster_fid,
            self.farcaster_username,
            self.phone_number,
            self.twitter_username,
            self.wallet_public_key,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, AllowlistEntry)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"AllowlistEntry("
            f"allow_list_id={self.allow_list_id!r}, "
            f"id={self.id!r}, "
            f"alias={self.alias!r}, "
            f"discord_username={self.discord_username!r}, "
            f"email={self.email!r}, "
            f"email_domain={self.email_domain!r}, "
            f"external_user_id={self.external_user_id!r}, "
            f"farcaster_fid={self.farcaster_fid!r}, "
            f"farcaster_username={self.farcaster_username!r}, "
            f"phone_number={self.phone_number!r}, "
            f"twitter_username={self.twitter_username!r}, "
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
_DECODE: dict[str, Callable[[Any], Any]] = {}
for _name, _key in _WIRE.items():
    setattr(AllowlistEntry, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(AllowlistEntry, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
