from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.chain_enum import ChainEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
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
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "chain": "chain",
    "created_at": "createdAt",
    "id": "id",
    "lower_public_key": "lowerPublicKey",
    "name": "name",
    "project_environment_id": "projectEnvironmentId",
    "provider": "provider",
    "public_key": "publicKey",
    "updated_at": "updatedAt",
    "user_id": "userId",
    "delegated_access_wallet_api_keys": "delegatedAccessWalletApiKeys",
    "deleted_at": "deletedAt",
    "deleted_user_id": "deletedUserId",
    "ecdsa_provider_type": "ecdsaProviderType",
    "entry_point_version": "entryPointVersion",
    "hardware_wallet": "hardwareWallet",
    "kernel_version": "kernelVersion",
    "last_selected_at": "lastSelectedAt",
    "sign_in_enabled": "signInEnabled",
    "signer_wallet_id": "signerWalletId",
    "turnkey_hd_wallet_id": "turnkeyHDWalletId",
    "waas_wallet": "waasWallet",
    "wallet_additional_addresses": "walletAdditionalAddresses",
    "wallet_book_name": "walletBookName",
}


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
    delegated_access_wallet_api_keys: list[DelegatedAccessWalletApiKey] | Unset
    deleted_at: datetime.datetime | None | Unset
    deleted_user_id: str | Unset
    ecdsa_provider_type: None | str | Unset
    entry_point_version: None | str | Unset
    hardware_wallet: None | Unset | WalletDetailHardwareWalletType0
    kernel_version: None | str | Unset
    last_selected_at: datetime.datetime | None | Unset
    sign_in_enabled: bool | None | Unset
    signer_wallet_id: str | Unset
    turnkey_hd_wallet_id: str | Unset
    waas_wallet: WaasWallet | Unset
    wallet_additional_addresses: list[WalletAdditionalAddress] | Unset
    wallet_book_name: str | Unset
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
        chain: ChainEnum,
        created_at: datetime.datetime,
        id: str,
        lower_public_key: str,
        name: str,
        project_environment_id: str,
        provider: WalletProviderEnum,
        public_key: str,
        updated_at: datetime.datetime,
        user_id: str,
        delegated_access_wallet_api_keys: list[DelegatedAccessWalletApiKey] | Unset = UNSET,
        deleted_at: datetime.datetime | None | Unset = UNSET,
        deleted_user_id: str | Unset = UNSET,
        ecdsa_provider_type: None | str | Unset = UNSET,
        entry_point_version: None | str | Unset = UNSET,
        hardware_wallet: None | Unset | WalletDetailHardwareWalletType0 = UNSET,
        kernel_version: None | str | Unset = UNSET,
        last_selected_at: datetime.datetime | None | Unset = UNSET,
        sign_in_enabled: bool | None | Unset = UNSET,
        signer_wallet_id: str | Unset = UNSET,
        turnkey_hd_wallet_id: str | Unset = UNSET,
        waas_wallet: WaasWallet | Unset = UNSET,
        wallet_additional_addresses: list[WalletAdditionalAddress] | Unset = UNSET,
        wallet_book_name: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "chain": chain,
                "created_at": created_at,
                "id": id,
                "lower_public_key": lower_public_key,
                "name": name,
                "project_environment_id": project_environment_id,
                "provider": provider,
                "public_key": public_key,
                "updated_at": updated_at,
                "user_id": user_id,
                "delegated_access_wallet_api_keys": delegated_access_wallet_api_keys,
                "deleted_at": deleted_at,
                "deleted_user_id": deleted_user_id,
                "ecdsa_provider_type": ecdsa_provider_type,
                "entry_point_version": entry_point_version,
                "hardware_wallet": hardware_wallet,
                "kernel_version": kernel_version,
                "last_selected_at": last_selected_at,
                "sign_in_enabled": sign_in_enabled,
                "signer_wallet_id": signer_wallet_id,
                "turnkey_hd_wallet_id": turnkey_hd_wallet_id,
                "waas_wallet": waas_wallet,
                "wallet_additional_addresses": wallet_additional_addresses,
                "wallet_book_name": wallet_book_name,
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
            raise not_an_object("WalletDetail", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("WalletDetail", _REQUIRED, src_dict)
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
        if "chain" in cache:
            chain = self.chain.value
            field_dict["chain"] = chain
        elif "chain" in raw:
            field_dict["chain"] = raw["chain"]
        if "created_at" in cache:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "lower_public_key" in cache:
            lower_public_key = self.lower_public_key
            field_dict["lowerPublicKey"] = lower_public_key
        elif "lowerPublicKey" in raw:
            field_dict["lowerPublicKey"] = raw["lowerPublicKey"]
        if "name" in cache:
            name = self.name
            field_dict["name"] = name
        elif "name" in raw:
            field_dict["name"] = raw["name"]
        if "project_environment_id" in cache:
            project_environment_id = self.project_environment_id
            field_dict["projectEnvironmentId"] = project_environment_id
        elif "projectEnvironmentId" in raw:
            field_dict["projectEnvironmentId"] = raw["projectEnvironmentId"]
        if "provider" in cache:
            provider = self.provider.value
            field_dict["provider"] = provider
        elif "provider" in raw:
            field_dict["provider"] = raw["provider"]
        if "public_key" in cache:
            public_key = self.public_key
            field_dict["publicKey"] = public_key
        elif "publicKey" in raw:
            field_dict["publicKey"] = raw["publicKey"]
        if "updated_at" in cache:
            updated_at = self.updated_at.isoformat()
            field_dict["updatedAt"] = updated_at
        elif "updatedAt" in raw:
            field_dict["updatedAt"] = raw["updatedAt"]
        if "user_id" in cache:
            user_id = self.user_id
            field_dict["userId"] = user_id
        elif "userId" in raw:
            field_dict["userId"] = raw["userId"]
        if "delegated_access_wallet_api_keys" in cache:
            delegated_access_wallet_api_keys: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.delegated_access_wallet_api_keys, Unset):
                delegated_access_wallet_api_keys = []
                for (
                    delegated_access_wallet_api_keys_item_data
                ) in self.delegated_access_wallet_api_keys:
                    delegated_access_wallet_api_keys_item = (
                        delegated_access_wallet_api_keys_item_data.to_dict()
                    )
                    delegated_access_wallet_api_keys.append(delegated_access_wallet_api_keys_item)

            if delegated_access_wallet_api_keys is not UNSET:
                field_dict["delegatedAccessWalletApiKeys"] = delegated_access_wallet_api_keys
        elif "delegatedAccessWalletApiKeys" in raw:
            field_dict["delegatedAccessWalletApiKeys"] = raw["delegatedAccessWalletApiKeys"]
        if "deleted_at" in cache:
            deleted_at: None | str | Unset
            if isinstance(self.deleted_at, Unset):
                deleted_at = UNSET
            elif isinstance(self.deleted_at, datetime.datetime):
                deleted_at = self.deleted_at.isoformat()
            else:
                deleted_at = self.deleted_at
            if deleted_at is not UNSET:
                field_dict["deletedAt"] = deleted_at
        elif "deletedAt" in raw:
            field_dict["deletedAt"] = raw["deletedAt"]
        if "deleted_user_id" in cache:
            deleted_user_id = self.deleted_user_id
            if deleted_user_id is not UNSET:
                field_dict["deletedUserId"] = deleted_user_id
        elif "deletedUserId" in raw:
            field_dict["deletedUserId"] = raw["deletedUserId"]
        if "ecdsa_provider_type" in cache:
            ecdsa_provider_type: None | str | Unset
            if isinstance(self.ecdsa_provider_type, Unset):
                ecdsa_provider_type = UNSET
            else:
                ecdsa_provider_type = self.ecdsa_provider_type
            if ecdsa_provider_type is not UNSET:
                field_dict["ecdsaProviderType"] = ecdsa_provider_type
        elif "ecdsaProviderType" in raw:
            field_dict["ecdsaProviderType"] = raw["ecdsaProviderType"]
        if "entry_point_version" in cache:
            entry_point_version: None | str | Unset
            if isinstance(self.entry_point_version, Unset):
                entry_point_version = UNSET
            else:
                entry_point_version = self.entry_point_version
            if entry_point_version is not UNSET:
                field_dict["entryPointVersion"] = entry_point_version
        elif "entryPointVersion" in raw:
            field_dict["entryPointVersion"] = raw["entryPointVersion"]
        if "hardware_wallet" in cache:
            hardware_wallet: dict[str, Any] | None | Unset
            if isinstance(self.hardware_wallet, Unset):
                hardware_wallet = UNSET
            elif isinstance(self.hardware_wallet, WalletDetailHardwareWalletType0):
                hardware_wallet = self.hardware_wallet.to_dict()
            else:
                hardware_wallet = self.hardware_wallet
            if hardware_wallet is not UNSET:
                field_dict["hardwareWallet"] = hardware_wallet
        elif "hardwareWallet" in raw:
            field_dict["hardwareWallet"] = raw["hardwareWallet"]
        if "kernel_version" in cache:
            kernel_version: None | str | Unset
            if isinstance(self.kernel_version, Unset):
                kernel_version = UNSET
            else:
                kernel_version = self.kernel_version
            if kernel_version is not UNSET:
                field_dict["kernelVersion"] = kernel_version
        elif "kernelVersion" in raw:
            field_dict["kernelVersion"] = raw["kernelVersion"]
        if "last_selected_at" in cache:
            last_selected_at: None | str | Unset
            if isinstance(self.last_selected_at, Unset):
                last_selected_at = UNSET
            elif isinstance(self.last_selected_at, datetime.datetime):
                last_selected_at = self.last_selected_at.isoformat()
            else:
                last_selected_at = self.last_selected_at
            if last_selected_at is not UNSET:
                field_dict["lastSelectedAt"] = last_selected_at
        elif "lastSelectedAt" in raw:
            field_dict["lastSelectedAt"] = raw["lastSelectedAt"]
        if "sign_in_enabled" in cache:
            sign_in_enabled: bool | None | Unset
            if isinstance(self.sign_in_enabled, Unset):
                sign_in_enabled = UNSET
            else:
                sign_in_enabled = self.sign_in_enabled
            if sign_in_enabled is not UNSET:
                field_dict["signInEnabled"] = sign_in_enabled
        elif "signInEnabled" in raw:
            field_dict["signInEnabled"] = raw["signInEnabled"]
        if "signer_wallet_id" in cache:
            signer_wallet_id = self.signer_wallet_id
            if signer_wallet_id is not UNSET:
                field_dict["signerWalletId"] = signer_wallet_id
        elif "signerWalletId" in raw:
            field_dict["signerWalletId"] = raw["signerWalletId"]
        if "turnkey_hd_wallet_id" in cache:
            turnkey_hd_wallet_id = self.turnkey_hd_wallet_id
            if turnkey_hd_wallet_id is not UNSET:
                field_dict["turnkeyHDWalletId"] = turnkey_hd_wallet_id
        elif "turnkeyHDWalletId" in raw:
            field_dict["turnkeyHDWalletId"] = raw["turnkeyHDWalletId"]
        if "waas_wallet" in cache:
            waas_wallet: dict[str, Any] | Unset = UNSET
            if not isinstance(self.waas_wallet, Unset):
                waas_wallet = self.waas_wallet.to_dict()
            if waas_wallet is not UNSET:
                field_dict["waasWallet"] = waas_wallet
        elif "waasWallet" in raw:
            field_dict["waasWallet"] = raw["waasWallet"]
        if "wallet_additional_addresses" in cache:
            wallet_additional_addresses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.wallet_additional_addresses, Unset):
                wallet_additional_addresses = []
                for wallet_additional_addresses_item_data in self.wallet_additional_addresses:
                    wallet_additional_addresses_item = (
                        wallet_additional_addresses_item_data.to_dict()
                    )
                    wallet_additional_addresses.append(wallet_additional_addresses_item)

            if wallet_additional_addresses is not UNSET:
                field_dict["walletAdditionalAddresses"] = wallet_additional_addresses
        elif "walletAdditionalAddresses" in raw:
            field_dict["walletAdditionalAddresses"] = raw["walletAdditionalAddresses"]
        if "wallet_book_name" in cache:
            wallet_book_name = self.wallet_book_name
            if wallet_book_name is not UNSET:
                field_dict["walletBookName"] = wallet_book_name
        elif "walletBookName" in raw:
            field_dict["walletBookName"] = raw["walletBookName"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.chain,
            self.created_at,
            self.id,
            self.lower_public_key,
            self.name,
            self.project_environment_id,
            self.provider,
            self.public_key,
            self.updated_at,
            self.user_id,
            self.delegated_access_wallet_api_keys,
            self.deleted_at,
            self.deleted_user_id,
            self.ecdsa_provider_type,
            self.entry_point_version,
            self.hardware_wallet,
            self.kernel_version,
            self.last_selected_at,
            self.sign_in_enabled,
            self.signer_wallet_id,
            self.turnkey_hd_wallet_id,
            self.waas_wallet,
            self.wallet_additional_addresses,
            self.wallet_book_name,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, WalletDetail)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"WalletDetail("
            f"chain={self.chain!r}, "
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"lower_public_key={self.lower_public_key!r}, "
            f"name={self.name!r}, "
            f"project_environment_id={self.project_environment_id!r}, "
            f"provider={self.provider!r}, "
            f"public_key={self.public_key!r}, "
            f"updated_at={self.updated_at!r}, "
            f"user_id={self.user_id!r}, "
            f"delegated_access_wallet_api_keys={self.delegated_access_wallet_api_keys!r}, "
            f"deleted_at={self.deleted_at!r}, "
            f"deleted_user_id={self.deleted_user_id!r}, "
            f"ecdsa_provider_type={self.ecdsa_provider_type!r}, "
            f"entry_point_version={self.entry_point_version!r}, "
            f"hardware_wallet={self.hardware_wallet!r}, "
            f"kernel_version={self.kernel_version!r}, "
            f"last_selected_at={self.last_selected_at!r}, "
            f"sign_in_enabled={self.sign_in_enabled!r}, "
            f"signer_wallet_id={self.signer_wallet_id!r}, "
            f"turnkey_hd_wallet_id={self.turnkey_hd_wallet_id!r}, "
            f"waas_wallet={self.waas_wallet!r}, "
            f"wallet_additional_addresses={self.wallet_additional_addresses!r}, "
            f"wallet_book_name={self.wallet_book_name!r}, "
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
    "chain": lambda value: ChainEnum.from_value(value),
    "created_at": lambda value: datetime.datetime.fromisoformat(value),
    "provider": lambda value: WalletProviderEnum.from_value(value),
    "updated_at": lambda value: datetime.datetime.fromisoformat(value),
    "delegated_access_wallet_api_keys": lambda value: [
        DelegatedAccessWalletApiKey.from_dict(item0_) for item0_ in value
    ],
    "deleted_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
    "hardware_wallet": lambda value: (
        None if value is None else WalletDetailHardwareWalletType0.from_dict(value)
    ),
    "last_selected_at": lambda value: (
        None if value is None else datetime.datetime.fromisoformat(value)
    ),
    "waas_wallet": lambda value: WaasWallet.from_dict(value),
    "wallet_additional_addresses": lambda value: [
        WalletAdditionalAddress.from_dict(item0_) for item0_ in value
    ],
}
for _name, _key in _WIRE.items():
    setattr(WalletDetail, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(WalletDetail, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.delegated_access_wallet_api_key import DelegatedAccessWalletApiKey  # noqa: E402
from ..models.waas_wallet import WaasWallet  # noqa: E402
from ..models.wallet_additional_address import WalletAdditionalAddress  # noqa: E402
from ..models.wallet_detail_hardware_wallet_type_0 import WalletDetailHardwareWalletType0  # noqa: E402
