from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedded_wallet_chain_enum import EmbeddedWalletChainEnum
from ..models.provider_enum import ProviderEnum
from ..models.user_identifier_type_enum import UserIdentifierTypeEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "identifier",
        "type",
        "chain",
        "chains",
        "smsCountryCode",
        "socialProvider",
    )
)


@_attrs_define
class CreateUserEmbeddedWalletsRequest:
    identifier: str
    type_: UserIdentifierTypeEnum
    chain: EmbeddedWalletChainEnum | Unset = UNSET
    chains: list[EmbeddedWalletChainEnum] | Unset = UNSET
    sms_country_code: SmsCountryCode | Unset = UNSET
    social_provider: ProviderEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        type_ = self.type_.value

        chain: str | Unset = UNSET
        if not isinstance(self.chain, Unset):
            chain = self.chain.value

        chains: list[str] | Unset = UNSET
        if not isinstance(self.chains, Unset):
            chains = []
            for chains_item_data in self.chains:
                chains_item = chains_item_data.value
                chains.append(chains_item)

        sms_country_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_country_code, Unset):
            sms_country_code = self.sms_country_code.to_dict()

        social_provider: str | Unset = UNSET
        if not isinstance(self.social_provider, Unset):
            social_provider = self.social_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "type": type_,
            }
        )
        if chain is not UNSET:
            field_dict["chain"] = chain
        if chains is not UNSET:
            field_dict["chains"] = chains
        if sms_country_code is not UNSET:
            field_dict["smsCountryCode"] = sms_country_code
        if social_provider is not UNSET:
            field_dict["socialProvider"] = social_provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        chain_ = get("chain", UNSET)
        chains_ = get("chains", UNSET)
        sms_country_code_ = get("smsCountryCode", UNSET)
        social_provider_ = get("socialProvider", UNSET)
        instance_ = cls(
            identifier=src_dict["identifier"],
            type_=UserIdentifierTypeEnum.from_value(src_dict["type"]),
            chain=UNSET if chain_ is UNSET else EmbeddedWalletChainEnum.from_value(chain_),
            chains=UNSET
            if chains_ is UNSET
            else [EmbeddedWalletChainEnum.from_value(item0_) for item0_ in chains_],
            sms_country_code=UNSET
            if sms_country_code_ is UNSET
            else SmsCountryCode.from_dict(sms_country_code_),
            social_provider=UNSET
            if social_provider_ is UNSET
            else ProviderEnum.from_value(social_provider_),
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
from ..models.sms_country_code import SmsCountryCode  # noqa: E402
