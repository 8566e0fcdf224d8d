from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ecdsa_validator_options import EcdsaValidatorOptions
from ..models.embedded_wallet_version_enum import EmbeddedWalletVersionEnum
from ..models.hardware_wallet_enum import HardwareWalletEnum
from ..models.password_source_type_enum import PasswordSourceTypeEnum
from ..models.provider_entry_point_version_enum import ProviderEntryPointVersionEnum
from ..models.provider_kernel_version_enum import ProviderKernelVersionEnum
from ..models.threshold_signature_scheme import ThresholdSignatureScheme
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "claimed",
        "derivationPath",
        "ecdsaProviderType",
        "entryPointVersion",
        "hardwareWallet",
        "isAuthenticatorAttached",
        "isSessionKeyCompatible",
        "kernelVersion",
        "keyShares",
        "settings",
        "source",
        "thresholdSignatureScheme",
        "turnkeyHDWalletId",
        "turnkeyPrivateKeyId",
        "turnkeySubOrganizationId",
        "turnkeyUserId",
        "version",
    )
)


@_attrs_define
class WalletProperties:
    claimed: bool | Unset = UNSET
    derivation_path: str | Unset = UNSET
    ecdsa_provider_type: EcdsaValidatorOptions | Unset = UNSET
    entry_point_version: ProviderEntryPointVersionEnum | Unset = UNSET
    hardware_wallet: HardwareWalletEnum | Unset = UNSET
    is_authenticator_attached: bool | Unset = UNSET
    is_session_key_compatible: bool | Unset = UNSET
    kernel_version: ProviderKernelVersionEnum | Unset = UNSET
    key_shares: list[WalletKeyShareInfo] | Unset = UNSET
    settings: WaasWalletSettings | Unset = UNSET
    source: PasswordSourceTypeEnum | Unset = UNSET
    threshold_signature_scheme: ThresholdSignatureScheme | Unset = UNSET
    turnkey_hd_wallet_id: None | str | Unset = UNSET
    turnkey_private_key_id: None | str | Unset = UNSET
    turnkey_sub_organization_id: None | str | Unset = UNSET
    turnkey_user_id: None | str | Unset = UNSET
    version: EmbeddedWalletVersionEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claimed = self.claimed

        derivation_path = self.derivation_path

        ecdsa_provider_type: str | Unset = UNSET
        if not isinstance(self.ecdsa_provider_type, Unset):
            ecdsa_provider_type = self.ecdsa_provider_type.value

        entry_point_version: str | Unset = UNSET
        if not isinstance(self.entry_point_version, Unset):
            entry_point_version = self.entry_point_version.value

        hardware_wallet: str | Unset = UNSET
        if not isinstance(self.hardware_wallet, Unset):
            hardware_wallet = self.hardware_wallet.value

        is_authenticator_attached = self.is_authenticator_attached

        is_session_key_compatible = self.is_session_key_compatible

        kernel_version: str | Unset = UNSET
        if not isinstance(self.kernel_version, Unset):
            kernel_version = self.kernel_version.value

        key_shares: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.key_shares, Unset):
            key_shares = []
            for key_shares_item_data in self.key_shares:
                key_shares_item = key_shares_item_data.to_dict()
                key_shares.append(key_shares_item)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        threshold_signature_scheme: str | Unset = UNSET
        if not isinstance(self.threshold_signature_scheme, Unset):
            threshold_signature_scheme = self.threshold_signature_scheme.value

        turnkey_hd_wallet_id: None | str | Unset
        if isinstance(self.turnkey_hd_wallet_id, Unset):
            turnkey_hd_wallet_id = UNSET
        else:
            turnkey_hd_wallet_id = self.turnkey_hd_wallet_id

        turnkey_private_key_id: None | str | Unset
        if isinstance(self.turnkey_private_key_id, Unset):
            turnkey_private_key_id = UNSET
        else:
            turnkey_private_key_id = self.turnkey_private_key_id

        turnkey_sub_organization_id: None | str | Unset
        if isinstance(self.turnkey_sub_organization_id, Unset):
            turnkey_sub_organization_id = UNSET
        else:
            turnkey_sub_organization_id = self.turnkey_sub_organization_id

        turnkey_user_id: None | str | Unset
        if isinstance(self.turnkey_user_id, Unset):
            turnkey_user_id = UNSET
        else:
            turnkey_user_id = self.turnkey_user_id

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if claimed is not UNSET:
            field_dict["claimed"] = claimed
        if derivation_path is not UNSET:
            field_dict["derivationPath"] = derivation_path
        if ecdsa_provider_type is not UNSET:
            field_dict["ecdsaProviderType"] = ecdsa_provider_type
        if entry_point_version is not UNSET:
            field_dict["entryPointVersion"] = entry_point_version
        if hardware_wallet is not UNSET:
            field_dict["hardwareWallet"] = hardware_wallet
        if is_authenticator_attached is not UNSET:
            field_dict["isAuthenticatorAttached"] = is_authenticator_attached
        if is_session_key_compatible is not UNSET:
            field_dict["isSessionKeyCompatible"] = is_session_key_compatible
        if kernel_version is not UNSET:
            field_dict["kernelVersion"] = kernel_version
        if key_shares is not UNSET:
            field_dict["keyShares"] = key_shares
        if settings is not UNSET:
            field_dict["settings"] = settings
        if source is not UNSET:
            field_dict["source"] = source
        if threshold_signature_scheme is not UNSET:
            field_dict["thresholdSignatureScheme"] = threshold_signature_scheme
        if turnkey_hd_wallet_id is not UNSET:
            field_dict["turnkeyHDWalletId"] = turnkey_hd_wallet_id
        if turnkey_private_key_id is not UNSET:
            field_dict["turnkeyPrivateKeyId"] = turnkey_private_key_id
        if turnkey_sub_organization_id is not UNSET:
            field_dict["turnkeySubOrganizationId"] = turnkey_sub_organization_id
        if turnkey_user_id is not UNSET:
            field_dict["turnkeyUserId"] = turnkey_user_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        ecdsa_provider_type_ = get("ecdsaProviderType", UNSET)
        entry_point_version_ = get("entryPointVersion", UNSET)
        hardware_wallet_ = get("hardwareWallet", UNSET)
        kernel_version_ = get("kernelVersion", UNSET)
        key_shares_ = get("keyShares", UNSET)
        settings_ = get("settings", UNSET)
        source_ = get("source", UNSET)
        threshold_signature_scheme_ = get("thresholdSignatureScheme", UNSET)
        version_ = get("version", UNSET)
        instance_ = cls(
            claimed=get("claimed", UNSET),
            derivation_path=get("derivationPath", UNSET),
            ecdsa_provider_type=UNSET
            if ecdsa_provider_type_ is UNSET
            else EcdsaValidatorOptions.from_value(ecdsa_provider_type_),
            entry_point_version=UNSET
            if entry_point_version_ is UNSET
            else ProviderEntryPointVersionEnum.from_value(entry_point_version_),
            hardware_wallet=UNSET
            if hardware_wallet_ is UNSET
            else HardwareWalletEnum.from_value(hardware_wallet_),
            is_authenticator_attached=get("isAuthenticatorAttached", UNSET),
            is_session_key_compatible=get("isSessionKeyCompatible", UNSET),
            kernel_version=UNSET
            if kernel_version_ is UNSET
            else ProviderKernelVersionEnum.from_value(kernel_version_),
            key_shares=UNSET
            if key_shares_ is UNSET
            else [WalletKeyShareInfo.from_dict(item0_) for item0_ in key_shares_],
            settings=UNSET if settings_ is UNSET else WaasWalletSettings.from_dict(settings_),
            source=UNSET if source_ is UNSET else PasswordSourceTypeEnum.from_value(source_),
            threshold_signature_scheme=UNSET
            if threshold_signature_scheme_ is UNSET
            else ThresholdSignatureScheme.from_value(threshold_signature_scheme_),
            turnkey_hd_wallet_id=get("turnkeyHDWalletId", UNSET),
            turnkey_private_key_id=get("turnkeyPrivateKeyId", UNSET),
            turnkey_sub_organization_id=get("turnkeySubOrganizationId", UNSET),
            turnkey_user_id=get("turnkeyUserId", UNSET),
            version=UNSET if version_ is UNSET else EmbeddedWalletVersionEnum.from_value(version_),
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
from ..models.waas_wallet_settings import WaasWalletSettings  # noqa: E402
from ..models.wallet_key_share_info import WalletKeyShareInfo  # noqa: E402
