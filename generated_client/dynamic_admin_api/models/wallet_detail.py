from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_enum import ChainEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chain",
        "createdAt",
        "id",
        "lowerPublicKey",
        "name",
        "projectEnvironmentId",
        "provider",
        "publicKey",
        "updatedAt",
        "userId",
        "delegatedAccessWalletApiKeys",
        "deletedAt",
        "deletedUserId",
        "ecdsaProviderType",
        "entryPointVersion",
        "hardwareWallet",
        "kernelVersion",
        "lastSelectedAt",
        "signInEnabled",
        "signerWalletId",
        "turnkeyHDWalletId",
        "waasWallet",
        "walletAdditionalAddresses",
        "walletBookName",
    )
)


@_attrs_define
class WalletDetail:
    chain: ChainEnum
    created_at: datetime.datetime
    id: str
    lower_public_key: str
    name: str
    project_environment_id: str
    provider: WalletProviderEnum
    public_key: str
    updated_at: datetime.datetime
    user_id: str
    delegated_access_wallet_api_keys: list[DelegatedAccessWalletApiKey] | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    deleted_user_id: str | Unset = UNSET
    ecdsa_provider_type: None | str | Unset = UNSET
    entry_point_version: None | str | Unset = UNSET
    hardware_wallet: None | Unset | WalletDetailHardwareWalletType0 = UNSET
    kernel_version: None | str | Unset = UNSET
    last_selected_at: datetime.datetime | None | Unset = UNSET
    sign_in_enabled: bool | None | Unset = UNSET
    signer_wallet_id: str | Unset = UNSET
    turnkey_hd_wallet_id: str | Unset = UNSET
    waas_wallet: WaasWallet | Unset = UNSET
    wallet_additional_addresses: list[WalletAdditionalAddress] | Unset = UNSET
    wallet_book_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain.value

        created_at = self.created_at.isoformat()

        id = self.id

        lower_public_key = self.lower_public_key

        name = self.name

        project_environment_id = self.project_environment_id

        provider = self.provider.value

        public_key = self.public_key

        updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        delegated_access_wallet_api_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delegated_access_wallet_api_keys, Unset):
            delegated_access_wallet_api_keys = []
            for delegated_access_wallet_api_keys_item_data in self.delegated_access_wallet_api_keys:
                delegated_access_wallet_api_keys_item = (
                    delegated_access_wallet_api_keys_item_data.to_dict()
                )
                delegated_access_wallet_api_keys.append(delegated_access_wallet_api_keys_item)

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        deleted_user_id = self.deleted_user_id

        ecdsa_provider_type: None | str | Unset
        if isinstance(self.ecdsa_provider_type, Unset):
            ecdsa_provider_type = UNSET
        else:
            ecdsa_provider_type = self.ecdsa_provider_type

        entry_point_version: None | str | Unset
        if isinstance(self.entry_point_version, Unset):
            entry_point_version = UNSET
        else:
            entry_point_version = self.entry_point_version

        hardware_wallet: dict[str, Any] | None | Unset
        if isinstance(self.hardware_wallet, Unset):
            hardware_wallet = UNSET
        elif isinstance(self.hardware_wallet, WalletDetailHardwareWalletType0):
            hardware_wallet = self.hardware_wallet.to_dict()
        else:
            hardware_wallet = self.hardware_wallet

        kernel_version: None | str | Unset
        if isinstance(self.kernel_version, Unset):
            kernel_version = UNSET
        else:
            kernel_version = self.kernel_version

        last_selected_at: None | str | Unset
        if isinstance(self.last_selected_at, Unset):
            last_selected_at = UNSET
        elif isinstance(self.last_selected_at, datetime.datetime):
            last_selected_at = self.last_selected_at.isoformat()
        else:
            last_selected_at = self.last_selected_at

        sign_in_enabled: bool | None | Unset
        if isinstance(self.sign_in_enabled, Unset):
            sign_in_enabled = UNSET
        else:
            sign_in_enabled = self.sign_in_enabled

        signer_wallet_id = self.signer_wallet_id

        turnkey_hd_wallet_id = self.turnkey_hd_wallet_id

        waas_wallet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.waas_wallet, Unset):
            waas_wallet = self.waas_wallet.to_dict()

        wallet_additional_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wallet_additional_addresses, Unset):
            wallet_additional_addresses = []
            for wallet_additional_addresses_item_data in self.wallet_additional_addresses:
                wallet_additional_addresses_item = wallet_additional_addresses_item_data.to_dict()
                wallet_additional_addresses.append(wallet_additional_addresses_item)

        wallet_book_name = self.wallet_book_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "createdAt": created_at,
                "id": id,
                "lowerPublicKey": lower_public_key,
                "name": name,
                "projectEnvironmentId": project_environment_id,
                "provider": provider,
                "publicKey": public_key,
                "updatedAt": updated_at,
                "userId": user_id,
            }
        )
        if delegated_access_wallet_api_keys is not UNSET:
            field_dict["delegatedAccessWalletApiKeys"] = delegated_access_wallet_api_keys
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if deleted_user_id is not UNSET:
            field_dict["deletedUserId"] = deleted_user_id
        if ecdsa_provider_type is not UNSET:
            field_dict["ecdsaProviderType"] = ecdsa_provider_type
        if entry_point_version is not UNSET:
            field_dict["entryPointVersion"] = entry_point_version
        if hardware_wallet is not UNSET:
            field_dict["hardwareWallet"] = hardware_wallet
        if kernel_version is not UNSET:
            field_dict["kernelVersion"] = kernel_version
        if last_selected_at is not UNSET:
            field_dict["lastSelectedAt"] = last_selected_at
        if sign_in_enabled is not UNSET:
            field_dict["signInEnabled"] = sign_in_enabled
        if signer_wallet_id is not UNSET:
            field_dict["signerWalletId"] = signer_wallet_id
        if turnkey_hd_wallet_id is not UNSET:
            field_dict["turnkeyHDWalletId"] = turnkey_hd_wallet_id
        if waas_wallet is not UNSET:
            field_dict["waasWallet"] = waas_wallet
        if wallet_additional_addresses is not UNSET:
            field_dict["walletAdditionalAddresses"] = wallet_additional_addresses
        if wallet_book_name is not UNSET:
            field_dict["walletBookName"] = wallet_book_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        delegated_access_wallet_api_keys_ = get("delegatedAccessWalletApiKeys", UNSET)
        deleted_at_ = get("deletedAt", UNSET)
        hardware_wallet_ = get("hardwareWallet", UNSET)
        last_selected_at_ = get("lastSelectedAt", UNSET)
        waas_wallet_ = get("waasWallet", UNSET)
        wallet_additional_addresses_ = get("walletAdditionalAddresses", UNSET)
        instance_ = cls(
            chain=ChainEnum.from_value(src_dict["chain"]),
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            id=src_dict["id"],
            lower_public_key=src_dict["lowerPublicKey"],
            name=src_dict["name"],
            project_environment_id=src_dict["projectEnvironmentId"],
            provider=WalletProviderEnum.from_value(src_dict["provider"]),
            public_key=src_dict["publicKey"],
            updated_at=datetime.datetime.fromisoformat(src_dict["updatedAt"]),
            user_id=src_dict["userId"],
            delegated_access_wallet_api_keys=UNSET
            if delegated_access_wallet_api_keys_ is UNSET
            else [
                DelegatedAccessWalletApiKey.from_dict(item0_)
                for item0_ in delegated_access_wallet_api_keys_
            ],
            deleted_at=UNSET
            if deleted_at_ is UNSET
            else (None if deleted_at_ is None else datetime.datetime.fromisoformat(deleted_at_)),
            deleted_user_id=get("deletedUserId", UNSET),
            ecdsa_provider_type=get("ecdsaProviderType", UNSET),
            entry_point_version=get("entryPointVersion", UNSET),
            hardware_wallet=UNSET
            if hardware_wallet_ is UNSET
            else (
                None
                if hardware_wallet_ is None
                else WalletDetailHardwareWalletType0.from_dict(hardware_wallet_)
            ),
            kernel_version=get("kernelVersion", UNSET),
            last_selected_at=UNSET
            if last_selected_at_ is UNSET
            else (
                None
                if last_selected_at_ is None
                else datetime.datetime.fromisoformat(last_selected_at_)
            ),
            sign_in_enabled=get("signInEnabled", UNSET),
            signer_wallet_id=get("signerWalletId", UNSET),
            turnkey_hd_wallet_id=get("turnkeyHDWalletId", UNSET),
            waas_wallet=UNSET if waas_wallet_ is UNSET else WaasWallet.from_dict(waas_wallet_),
            wallet_additional_addresses=UNSET
            if wallet_additional_addresses_ is UNSET
            else [
                WalletAdditionalAddress.from_dict(item0_) for item0_ in wallet_additional_addresses_
            ],
            wallet_book_name=get("walletBookName", UNSET),
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
from ..models.delegated_access_wallet_api_key import DelegatedAccessWalletApiKey  # noqa: E402
from ..models.waas_wallet import WaasWallet  # noqa: E402
from ..models.wallet_additional_address import WalletAdditionalAddress  # noqa: E402
from ..models.wallet_detail_hardware_wallet_type_0 import WalletDetailHardwareWalletType0  # noqa: E402
