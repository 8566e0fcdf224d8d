from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.ecdsa_validator_options import EcdsaValidatorOptions
from ..models.embedded_wallet_version_enum import EmbeddedWalletVersionEnum
from ..models.hardware_wallet_enum import HardwareWalletEnum
from ..models.password_source_type_enum import PasswordSourceTypeEnum
from ..models.provider_entry_point_version_enum import ProviderEntryPointVersionEnum
from ..models.provider_kernel_version_enum import ProviderKernelVersionEnum
from ..models.threshold_signature_scheme import ThresholdSignatureScheme
from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

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

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "claimed": "claimed",
    "derivation_path": "derivationPath",
    "ecdsa_provider_type": "ecdsaProviderType",
    "entry_point_version": "entryPointVersion",
    "hardware_wallet": "hardwareWallet",
    "is_authenticator_attached": "isAuthenticatorAttached",
    "is_session_key_compatible": "isSessionKeyCompatible",
    "kernel_version": "kernelVersion",
    "key_shares": "keyShares",
    "settings": "settings",
    "source": "source",
    "threshold_signature_scheme": "thresholdSignatureScheme",
    "turnkey_hd_wallet_id": "turnkeyHDWalletId",
    "turnkey_private_key_id": "turnkeyPrivateKeyId",
    "turnkey_sub_organization_id": "turnkeySubOrganizationId",
    "turnkey_user_id": "turnkeyUserId",
    "version": "version",
}


class WalletProperties:
    claimed: bool | Unset
    derivation_path: str | Unset
    ecdsa_provider_type: EcdsaValidatorOptions | Unset
    entry_point_version: ProviderEntryPointVersionEnum | Unset
    hardware_wallet: HardwareWalletEnum | Unset
    is_authenticator_attached: bool | Unset
    is_session_key_compatible: bool | Unset
    kernel_version: ProviderKernelVersionEnum | Unset
    key_shares: list[WalletKeyShareInfo] | Unset
    settings: WaasWalletSettings | Unset
    source: PasswordSourceTypeEnum | Unset
    threshold_signature_scheme: ThresholdSignatureScheme | Unset
    turnkey_hd_wallet_id: None | str | Unset
    turnkey_private_key_id: None | str | Unset
    turnkey_sub_organization_id: None | str | Unset
    turnkey_user_id: None | str | Unset
    version: EmbeddedWalletVersionEnum | Unset
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
        claimed: bool | Unset = UNSET,
        derivation_path: str | Unset = UNSET,
        ecdsa_provider_type: EcdsaValidatorOptions | Unset = UNSET,
        entry_point_version: ProviderEntryPointVersionEnum | Unset = UNSET,
        hardware_wallet: HardwareWalletEnum | Unset = UNSET,
        is_authenticator_attached: bool | Unset = UNSET,
        is_session_key_compatible: bool | Unset = UNSET,
        kernel_version: ProviderKernelVersionEnum | Unset = UNSET,
        key_shares: list[WalletKeyShareInfo] | Unset = UNSET,
        settings: WaasWalletSettings | Unset = UNSET,
        source: PasswordSourceTypeEnum | Unset = UNSET,
        threshold_signature_scheme: ThresholdSignatureScheme | Unset = UNSET,
        turnkey_hd_wallet_id: None | str | Unset = UNSET,
        turnkey_private_key_id: None | str | Unset = UNSET,
        turnkey_sub_organization_id: None | str | Unset = UNSET,
        turnkey_user_id: None | str | Unset = UNSET,
        version: EmbeddedWalletVersionEnum | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "claimed": claimed,
                "derivation_path": derivation_path,
                "ecdsa_provider_type": ecdsa_provider_type,
                "entry_point_version": entry_point_version,
                "hardware_wallet": hardware_wallet,
                "is_authenticator_attached": is_authenticator_attached,
                "is_session_key_compatible": is_session_key_compatible,
                "kernel_version": kernel_version,
                "key_shares": key_shares,
                "settings": settings,
                "source": source,
                "threshold_signature_scheme": threshold_signature_scheme,
                "turnkey_hd_wallet_id": turnkey_hd_wallet_id,
                "turnkey_private_key_id": turnkey_private_key_id,
                "turnkey_sub_organization_id": turnkey_sub_organization_id,
                "turnkey_user_id": turnkey_user_id,
                "version": version,
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
            raise not_an_object("WalletProperties", src_dict)
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
        if "claimed" in cache:
            claimed = self.claimed
            if claimed is not UNSET:
                field_dict["claimed"] = claimed
        elif "claimed" in raw:
            field_dict["claimed"] = raw["claimed"]
        if "derivation_path" in cache:
            derivation_path = self.derivation_path
            if derivation_path is not UNSET:
                field_dict["derivationPath"] = derivation_path
        elif "derivationPath" in raw:
            field_dict["derivationPath"] = raw["derivationPath"]
        if "ecdsa_provider_type" in cache:
            ecdsa_provider_type: str | Unset = UNSET
            if not isinstance(self.ecdsa_provider_type, Unset):
                ecdsa_provider_type = self.ecdsa_provider_type.value

            if ecdsa_provider_type is not UNSET:
                field_dict["ecdsaProviderType"] = ecdsa_provider_type
        elif "ecdsaProviderType" in raw:
            field_dict["ecdsaProviderType"] = raw["ecdsaProviderType"]
        if "entry_point_version" in cache:
            entry_point_version: str | Unset = UNSET
            if not isinstance(self.entry_point_version, Unset):
                entry_point_version = self.entry_point_version.value

            if entry_point_version is not UNSET:
                field_dict["entryPointVersion"] = entry_point_version
        elif "entryPointVersion" in raw:
            field_dict["entryPointVersion"] = raw["entryPointVersion"]
        if "hardware_wallet" in cache:
            hardware_wallet: str | Unset = UNSET
            if not isinstance(self.hardware_wallet, Unset):
                hardware_wallet = self.hardware_wallet.value

            if hardware_wallet is not UNSET:
                field_dict["hardwareWallet"] = hardware_wallet
        elif "hardwareWallet" in raw:
            field_dict["hardwareWallet"] = raw["hardwareWallet"]
        if "is_authenticator_attached" in cache:
            is_authenticator_attached = self.is_authenticator_attached
            if is_authenticator_attached is not UNSET:
                field_dict["isAuthenticatorAttached"] = is_authenticator_attached
        elif "isAuthenticatorAttached" in raw:
            field_dict["isAuthenticatorAttached"] = raw["isAuthenticatorAttached"]
        if "is_session_key_compatible" in cache:
            is_session_key_compatible = self.is_session_key_compatible
            if is_session_key_compatible is not UNSET:
                field_dict["isSessionKeyCompatible"] = is_session_key_compatible
        elif "isSessionKeyCompatible" in raw:
            field_dict["isSessionKeyCompatible"] = raw["isSessionKeyCompatible"]
        if "kernel_version" in cache:
            kernel_version: str | Unset = UNSET
            if not isinstance(self.kernel_version, Unset):
                kernel_version = self.kernel_version.value

            if kernel_version is not UNSET:
                field_dict["kernelVersion"] = kernel_version
        elif "kernelVersion" in raw:
            field_dict["kernelVersion"] = raw["kernelVersion"]
        if "key_shares" in cache:
            key_shares: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.key_shares, Unset):
                key_shares = []
                for key_shares_item_data in self.key_shares:
                    key_shares_item = key_shares_item_data.to_dict()
                    key_shares.append(key_shares_item)

            if key_shares is not UNSET:
                field_dict["keyShares"] = key_shares
        elif "keyShares" in raw:
            field_dict["keyShares"] = raw["keyShares"]
        if "settings" in cache:
            settings: dict[str, Any] | Unset = UNSET
            if not isinstance(self.settings, Unset):
                settings = self.settings.to_dict()
            if settings is not UNSET:
                field_dict["settings"] = settings
        elif "settings" in raw:
            field_dict["settings"] = raw["settings"]
        if "source" in cache:
            source: str | Unset = UNSET
            if not isinstance(self.source, Unset):
                source = self.source.value

            if source is not UNSET:
                field_dict["source"] = source
        elif "source" in raw:
            field_dict["source"] = raw["source"]
        if "threshold_signature_scheme" in cache:
            threshold_signature_scheme: str | Unset = UNSET
            if not isinstance(self.threshold_signature_scheme, Unset):
                threshold_signature_scheme = self.threshold_signature_scheme.value

            if threshold_signature_scheme is not UNSET:
                field_dict["thresholdSignatureScheme"] = threshold_signature_scheme
        elif "thresholdSignatureScheme" in raw:
            field_dict["thresholdSignatureScheme"] = raw["thresholdSignatureScheme"]
        if "turnkey_hd_wallet_id" in cache:
            turnkey_hd_wallet_id: None | str | Unset
            if isinstance(self.turnkey_hd_wallet_id, Unset):
                turnkey_hd_wallet_id = UNSET
            else:
                turnkey_hd_wallet_id = self.turnkey_hd_wallet_id
            if turnkey_hd_wallet_id is not UNSET:
                field_dict["turnkeyHDWalletId"] = turnkey_hd_wallet_id
        elif "turnkeyHDWalletId" in raw:
            field_dict["turnkeyHDWalletId"] = raw["turnkeyHDWalletId"]
        if "turnkey_private_key_id" in cache:
            turnkey_private_key_id: None | str | Unset
            if isinstance(self.turnkey_private_key_id, Unset):
                turnkey_private_key_id = UNSET
            else:
                turnkey_private_key_id = self.turnkey_private_key_id
            if turnkey_private_key_id is not UNSET:
                field_dict["turnkeyPrivateKeyId"] = turnkey_private_key_id
        elif "turnkeyPrivateKeyId" in raw:
            field_dict["turnkeyPrivateKeyId"] = raw["turnkeyPrivateKeyId"]
        if "turnkey_sub_organization_id" in cache:
            turnkey_sub_organization_id: None | str | Unset
            if isinstance(self.turnkey_sub_organization_id, Unset):
                turnkey_sub_organization_id = UNSET
            else:
                turnkey_sub_organization_id = self.turnkey_sub_organization_id
            if turnkey_sub_organization_id is not UNSET:
                field_dict["turnkeySubOrganizationId"] = turnkey_sub_organization_id
        elif "turnkeySubOrganizationId" in raw:
            field_dict["turnkeySubOrganizationId"] = raw["turnkeySubOrganizationId"]
        if "turnkey_user_id" in cache:
            turnkey_user_id: None | str | Unset
            if isinstance(self.turnkey_user_id, Unset):
                turnkey_user_id = UNSET
            else:
                turnkey_user_id = self.turnkey_user_id
            if turnkey_user_id is not UNSET:
                field_dict["turnkeyUserId"] = turnkey_user_id
        elif "turnkeyUserId" in raw:
            field_dict["turnkeyUserId"] = raw["turnkeyUserId"]
        if "version" in cache:
            version: str | Unset = UNSET
            if not isinstance(self.version, Unset):
                version = self.version.value

            if version is not UNSET:
                field_dict["version"] = version
        elif "version" in raw:
            field_dict["version"] = raw["version"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.claimed,
            self.derivation_path,
            self.ecdsa_provider_type,
            self.entry_point_version,
            self.hardware_wallet,
            self.is_authenticator_attached,
            self.is_session_key_compatible,
            self.kernel_version,
            self.key_shares,
            self.settings,
            self.source,
            self.threshold_signature_scheme,
            self.turnkey_hd_wallet_id,
            self.turnkey_private_key_id,
            self.turnkey_sub_organization_id,
            self.turnkey_user_id,
            self.version,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, WalletProperties)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"WalletProperties("
            f"claimed={self.claimed!r}, "
            f"derivation_path={self.derivation_path!r}, "
            f"ecdsa_provider_type={self.ecdsa_provider_type!r}, "
            f"entry_point_version={self.entry_point_version!r}, "
            f"hardware_wallet={self.hardware_wallet!r}, "
            f"is_authenticator_attached={self.is_authenticator_attached!r}, "
            f"is_session_key_compatible={self.is_session_key_compatible!r}, "
            f"kernel_version={self.kernel_version!r}, "
            f"key_shares={self.key_shares!r}, "
            f"settings={self.settings!r}, "
            f"source={self.source!r}, "
            f"threshold_signature_scheme={self.threshold_signature_scheme!r}, "
            f"turnkey_hd_wallet_id={self.turnkey_hd_wallet_id!r}, "
            f"turnkey_private_key_id={self.turnkey_private_key_id!r}, "
            f"turnkey_sub_organization_id={self.turnkey_sub_organization_id!r}, "
            f"turnkey_user_id={self.turnkey_user_id!r}, "
            f"version={self.version!r}, "
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
    "ecdsa_provider_type": lambda value: EcdsaValidatorOptions.from_value(value),
    "entry_point_version": lambda value: ProviderEntryPointVersionEnum.from_value(value),
    "hardware_wallet": lambda value: HardwareWalletEnum.from_value(value),
    "kernel_version": lambda value: ProviderKernelVersionEnum.from_value(value),
    "key_shares": lambda value: [WalletKeyShareInfo.from_dict(item0_) for item0_ in value],
    "settings": lambda value: WaasWalletSettings.from_dict(value),
    "source": lambda value: PasswordSourceTypeEnum.from_value(value),
    "threshold_signature_scheme": lambda value: ThresholdSignatureScheme.from_value(value),
    "version": lambda value: EmbeddedWalletVersionEnum.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(WalletProperties, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(WalletProperties, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.waas_wallet_settings import WaasWalletSettings  # noqa: E402
from ..models.wallet_key_share_info import WalletKeyShareInfo  # noqa: E402
