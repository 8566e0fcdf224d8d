from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_enum import ProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "additionalMessages",
        "email",
        "embeddedSocialSigninProvider",
        "embeddedWalletName",
        "loginProvider",
        "mergeConflicts",
    )
)


@_attrs_define
class UnprocessableEntityErrorPayload:
    additional_messages: list[str] | Unset = UNSET
    email: str | Unset = UNSET
    embedded_social_signin_provider: ProviderEnum | Unset = UNSET
    embedded_wallet_name: str | Unset = UNSET
    login_provider: ProviderEnum | Unset = UNSET
    merge_conflicts: MergeConflicts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_messages: list[str] | Unset = UNSET
        if not isinstance(self.additional_messages, Unset):
            additional_messages = self.additional_messages

        email = self.email

        embedded_social_signin_provider: str | Unset = UNSET
        if not isinstance(self.embedded_social_signin_provider, Unset):
            embedded_social_signin_provider = self.embedded_social_signin_provider.value

        embedded_wallet_name = self.embedded_wallet_name

        login_provider: str | Unset = UNSET
        if not isinstance(self.login_provider, Unset):
            login_provider = self.login_provider.value

        merge_conflicts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge_conflicts, Unset):
            merge_conflicts = self.merge_conflicts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_messages is not UNSET:
            field_dict["additionalMessages"] = additional_messages
        if email is not UNSET:
            field_dict["email"] = email
        if embedded_social_signin_provider is not UNSET:
            field_dict["embeddedSocialSigninProvider"] = embedded_social_signin_provider
        if embedded_wallet_name is not UNSET:
            field_dict["embeddedWalletName"] = embedded_wallet_name
        if login_provider is not UNSET:
            field_dict["loginProvider"] = login_provider
        if merge_conflicts is not UNSET:
            field_dict["mergeConflicts"] = merge_conflicts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        embedded_social_signin_provider_ = get("embeddedSocialSigninProvider", UNSET)
        login_provider_ = get("loginProvider", UNSET)
        merge_conflicts_ = get("mergeConflicts", UNSET)
        instance_ = cls(
            additional_messages=get("additionalMessages", UNSET),
            email=get("email", UNSET),
            embedded_social_signin_provider=UNSET
            if embedded_social_signin_provider_ is UNSET
            else ProviderEnum.from_value(embedded_social_signin_provider_),
            embedded_wallet_name=get("embeddedWalletName", UNSET),
            login_provider=UNSET
            if login_provider_ is UNSET
            else ProviderEnum.from_value(login_provider_),
            merge_conflicts=UNSET
            if merge_conflicts_ is UNSET
            else MergeConflicts.from_dict(merge_conflicts_),
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
from ..models.merge_conflicts import MergeConflicts  # noqa: E402
