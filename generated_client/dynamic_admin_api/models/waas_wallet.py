from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.threshold_signature_scheme import ThresholdSignatureScheme
from ..models.waas_chain_enum import WaasChainEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "accountAddress",
        "chainName",
        "derivationPath",
        "thresholdSignatureScheme",
        "walletId",
        "keyShares",
    )
)


@_attrs_define
class WaasWallet:
    account_address: str
    chain_name: WaasChainEnum
    derivation_path: str
    threshold_signature_scheme: ThresholdSignatureScheme
    wallet_id: str
    key_shares: list[WalletKeyShareInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_address = self.account_address

        chain_name = self.chain_name.value

        derivation_path = self.derivation_path

        threshold_signature_scheme = self.threshold_signature_scheme.value

        wallet_id = self.wallet_id

        key_shares: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.key_shares, Unset):
            key_shares = []
            for key_shares_item_data in self.key_shares:
                key_shares_item = key_shares_item_data.to_dict()
                key_shares.append(key_shares_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountAddress": account_address,
                "chainName": chain_name,
                "derivationPath": derivation_path,
                "thresholdSignatureScheme": threshold_signature_scheme,
                "walletId": wallet_id,
            }
        )
        if key_shares is not UNSET:
            field_dict["keyShares"] = key_shares

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        key_shares_ = get("keyShares", UNSET)
        instance_ = cls(
            account_address=src_dict["accountAddress"],
            chain_name=WaasChainEnum.from_value(src_dict["chainName"]),
            derivation_path=src_dict["derivationPath"],
            threshold_signature_scheme=ThresholdSignatureScheme.from_value(
                src_dict["thresholdSignatureScheme"]
            ),
            wallet_id=src_dict["walletId"],
            key_shares=UNSET
            if key_shares_ is UNSET
            else [WalletKeyShareInfo.from_dict(item0_) for item0_ in key_shares_],
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
from ..models.wallet_key_share_info import WalletKeyShareInfo  # noqa: E402
