from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
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


@_attrs_define
class PostAllowlistEntriesRequest:
    alias: str | Unset = UNSET
    discord_username: str | Unset = UNSET
    email: str | Unset = UNSET
    email_domain: str | Unset = UNSET
    external_user_id: str | Unset = UNSET
    farcaster_fid: float | Unset = UNSET
    farcaster_username: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    twitter_username: str | Unset = UNSET
    wallet_public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        discord_username = self.discord_username

        email = self.email

        email_domain = self.email_domain

        external_user_id = self.external_user_id

        farcaster_fid = self.farcaster_fid

        farcaster_username = self.farcaster_username

        phone_number = self.phone_number

        twitter_username = self.twitter_username

        wallet_public_key = self.wallet_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if discord_username is not UNSET:
            field_dict["discordUsername"] = discord_username
        if email is not UNSET:
            field_dict["email"] = email
        if email_domain is not UNSET:
            field_dict["emailDomain"] = email_domain
        if external_user_id is not UNSET:
            field_dict["externalUserId"] = external_user_id
        if farcaster_fid is not UNSET:
            field_dict["farcasterFid"] = farcaster_fid
        if farcaster_username is not UNSET:
            field_dict["farcasterUsername"] = farcaster_username
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if twitter_username is not UNSET:
            field_dict["twitterUsername"] = twitter_username
        if wallet_public_key is not UNSET:
            field_dict["walletPublicKey"] = wallet_public_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            alias=get("alias", UNSET),
            discord_username=get("discordUsername", UNSET),
            email=get("email", UNSET),
            email_domain=get("emailDomain", UNSET),
            external_user_id=get("externalUserId", UNSET),
            farcaster_fid=get("farcasterFid", UNSET),
            farcaster_username=get("farcasterUsername", UNSET),
            phone_number=get("phoneNumber", UNSET),
            twitter_username=get("twitterUsername", UNSET),
            wallet_public_key=get("walletPublicKey", UNSET),
        )
        # Fields this description does not know yet are kept, not dropped.
        if not _KNOWN_FIELDS.issuperset(src_dict):
            instance_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }
        return instance_

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
