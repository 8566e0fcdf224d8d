from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_enum import ProviderEnum
from ..types import UNSET, Unset

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


@_attrs_define
class CreateUserOauthRequest:
    account_id: str
    provider: ProviderEnum
    display_name: str | Unset = UNSET
    emails: list[str] | Unset = UNSET
    photos: list[str] | Unset = UNSET
    profile: CreateUserOauthRequestProfile | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        provider = self.provider.value

        display_name = self.display_name

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "provider": provider,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if emails is not UNSET:
            field_dict["emails"] = emails
        if photos is not UNSET:
            field_dict["photos"] = photos
        if profile is not UNSET:
            field_dict["profile"] = profile
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        profile_ = get("profile", UNSET)
        instance_ = cls(
            account_id=src_dict["accountId"],
            provider=ProviderEnum.from_value(src_dict["provider"]),
            display_name=get("displayName", UNSET),
            emails=get("emails", UNSET),
            photos=get("photos", UNSET),
            profile=UNSET
            if profile_ is UNSET
            else CreateUserOauthRequestProfile.from_dict(profile_),
            username=get("username", UNSET),
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


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.create_user_oauth_request_profile import CreateUserOauthRequestProfile  # noqa: E402
