from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.ecdsa_validator_options import EcdsaValidatorOptions
from ..models.provider_entry_point_version_enum import ProviderEntryPointVersionEnum
from ..models.provider_enum import ProviderEnum
from ..models.provider_kernel_version_enum import ProviderKernelVersionEnum
from ..models.zerodev_bundler_provider import ZerodevBundlerProvider
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "provider",
        "accountSid",
        "appleKeyId",
        "appleTeamId",
        "authorizationUrl",
        "baseAuthUrl",
        "cancelUrl",
        "clientId",
        "clientSecret",
        "createNewAccounts",
        "defaultChain",
        "defaultChainId",
        "domain",
        "ecdsaProviderType",
        "enableEIP7702",
        "enableKernelV3Migration",
        "enabledAt",
        "enabledCountries",
        "entryPointVersion",
        "factoryAddress",
        "id",
        "kernelVersion",
        "keyExportUrl",
        "multichainAccountAbstractionProviders",
        "passkeyAddress",
        "paymasterAddress",
        "providerProjectId",
        "redirectUrl",
        "returnUrl",
        "salt",
        "scopes",
        "sendgridIpPoolName",
        "sessionAddress",
        "shopifyStore",
        "termsAcceptedByUser",
        "twilioNumber",
        "zerodevBundlerProvider",
        "zerodevBundlerRpcUrl",
        "zerodevKernelDelegationAddress",
        "zerodevPaymasterRpcUrl",
    )
)
_REQUIRED: tuple[str, ...] = ("provider",)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "provider": "provider",
    "account_sid": "accountSid",
    "apple_key_id": "appleKeyId",
    "apple_team_id": "appleTeamId",
    "authorization_url": "authorizationUrl",
    "base_auth_url": "baseAuthUrl",
    "cancel_url": "cancelUrl",
    "client_id": "clientId",
    "client_secret": "clientSecret",
    "create_new_accounts": "createNewAccounts",
    "default_chain": "defaultChain",
    "default_chain_id": "defaultChainId",
    "domain": "domain",
    "ecdsa_provider_type": "ecdsaProviderType",
    "enable_eip7702": "enableEIP7702",
    "enable_kernel_v3_migration": "enableKernelV3Migration",
    "enabled_at": "enabledAt",
    "enabled_countries": "enabledCountries",
    "entry_point_version": "entryPointVersion",
    "factory_address": "factoryAddress",
    "id": "id",
    "kernel_version": "kernelVersion",
    "key_export_url": "keyExportUrl",
    "multichain_account_abstraction_providers": "multichainAccountAbstractionProviders",
    "passkey_address": "passkeyAddress",
    "paymaster_address": "paymasterAddress",
    "provider_project_id": "providerProjectId",
    "redirect_url": "redirectUrl",
    "return_url": "returnUrl",
    "salt": "salt",
    "scopes": "scopes",
    "sendgrid_ip_pool_name": "sendgridIpPoolName",
    "session_address": "sessionAddress",
    "shopify_store": "shopifyStore",
    "terms_accepted_by_user": "termsAcceptedByUser",
    "twilio_number": "twilioNumber",
    "zerodev_bundler_provider": "zerodevBundlerProvider",
    "zerodev_bundler_rpc_url": "zerodevBundlerRpcUrl",
    "zerodev_kernel_delegation_address": "zerodevKernelDelegationAddress",
    "zerodev_paymaster_rpc_url": "zerodevPaymasterRpcUrl",
}


class Provider:
    provider: ProviderEnum
    account_sid: str | Unset
    apple_key_id: str | Unset
    apple_team_id: str | Unset
    authorization_url: str | Unset
    base_auth_url: str | Unset
    cancel_url: str | Unset
    client_id: str | Unset
    client_secret: str | Unset
    create_new_accounts: bool | Unset
    default_chain: str | Unset
    default_chain_id: float | Unset
    domain: str | Unset
    ecdsa_provider_type: EcdsaValidatorOptions | Unset
    enable_eip7702: bool | Unset
    enable_kernel_v3_migration: bool | Unset
    enabled_at: datetime.datetime | None | Unset
    enabled_countries: list[SmsCountryCode] | Unset
    entry_point_version: ProviderEntryPointVersionEnum | Unset
    factory_address: str | Unset
    id: str | Unset
    kernel_version: ProviderKernelVersionEnum | Unset
    key_export_url: str | Unset
    multichain_account_abstraction_providers: (
        list[ProviderCreateRequestMultichainAccountAbstractionProviders] | Unset
    )
    passkey_address: str | Unset
    paymaster_address: str | Unset
    provider_project_id: str | Unset
    redirect_url: str | Unset
    return_url: str | Unset
    salt: str | Unset
    scopes: str | Unset
    sendgrid_ip_pool_name: str | Unset
    session_address: str | Unset
    shopify_store: str | Unset
    terms_accepted_by_user: ProviderAgreement | Unset
    twilio_number: str | Unset
    zerodev_bundler_provider: ZerodevBundlerProvider | Unset
    zerodev_bundler_rpc_url: str | Unset
    zerodev_kernel_delegation_address: str | Unset
    zerodev_paymaster_rpc_url: str | Unset
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
        provider: ProviderEnum,
        account_sid: str | Unset = UNSET,
        apple_key_id: str | Unset = UNSET,
        apple_team_id: str | Unset = UNSET,
        authorization_url: str | Unset = UNSET,
        base_auth_url: str | Unset = UNSET,
        cancel_url: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        create_new_accounts: bool | Unset = UNSET,
        default_chain: str | Unset = UNSET,
        default_chain_id: float | Unset = UNSET,
        domain: str | Unset = UNSET,
        ecdsa_provider_type: EcdsaValidatorOptions | Unset = UNSET,
        enable_eip7702: bool | Unset = UNSET,
        enable_kernel_v3_migration: bool | Unset = UNSET,
        enabled_at: datetime.datetime | None | Unset = UNSET,
        enabled_countries: list[SmsCountryCode] | Unset = UNSET,
        entry_point_version: ProviderEntryPointVersionEnum | Unset = UNSET,
        factory_address: str | Unset = UNSET,
        id: str | Unset = UNSET,
        kernel_version: ProviderKernelVersionEnum | Unset = UNSET,
        key_export_url: str | Unset = UNSET,
        multichain_account_abstraction_providers: list[
            ProviderCreateRequestMultichainAccountAbstractionProviders
        ]
        | Unset = UNSET,
        passkey_address: str | Unset = UNSET,
        paymaster_address: str | Unset = UNSET,
        provider_project_id: str | Unset = UNSET,
        redirect_url: str | Unset = UNSET,
        return_url: str | Unset = UNSET,
        salt: str | Unset = UNSET,
        scopes: str | Unset = UNSET,
        sendgrid_ip_pool_name: str | Unset = UNSET,
        session_address: str | Unset = UNSET,
        shopify_store: str | Unset = UNSET,
        terms_accepted_by_user: ProviderAgreement | Unset = UNSET,
        twilio_number: str | Unset = UNSET,
        zerodev_bundler_provider: ZerodevBundlerProvider | Unset = UNSET,
        zerodev_bundler_rpc_url: str | Unset = UNSET,
        zerodev_kernel_delegation_address: str | Unset = UNSET,
        zerodev_paymaster_rpc_url: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "provider": provider,
                "account_sid": account_sid,
                "apple_key_id": apple_key_id,
                "apple_team_id": apple_team_id,
                "authorization_url": authorization_url,
                "base_auth_url": base_auth_url,
                "cancel_url": cancel_url,
                "client_id": client_id,
                "client_secret": client_secret,
                "create_new_accounts": create_new_accounts,
                "default_chain": default_chain,
                "default_chain_id": default_chain_id,
                "domain": domain,
                "ecdsa_provider_type": ecdsa_provider_type,
                "enable_eip7702": enable_eip7702,
                "enable_kernel_v3_migration": enable_kernel_v3_migration,
                "enabled_at": enabled_at,
                "enabled_countries": enabled_countries,
                "entry_point_version": entry_point_version,
                "factory_address": factory_address,
                "id": id,
                "kernel_version": kernel_version,
                "key_export_url": key_export_url,
                "multichain_account_abstraction_providers": multichain_account_abstraction_providers,
                "passkey_address": passkey_address,
                "paymaster_address": paymaster_address,
                "provider_project_id": provider_project_id,
                "redirect_url": redirect_url,
                "return_url": return_url,
                "salt": salt,
                "scopes": scopes,
                "sendgrid_ip_pool_name": sendgrid_ip_pool_name,
                "session_address": session_address,
                "shopify_store": shopify_store,
                "terms_accepted_by_user": terms_accepted_by_user,
                "twilio_number": twilio_number,
                "zerodev_bundler_provider": zerodev_bundler_provider,
                "zerodev_bundler_rpc_url": zerodev_bundler_rpc_url,
                "zerodev_kernel_delegation_address": zerodev_kernel_delegation_address,
                "zerodev_paymaster_rpc_url": zerodev_paymaster_rpc_url,
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
            raise not_an_object("Provider", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Provider", _REQUIRED, src_dict)
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
        if "provider" in cache:
            provider = self.provider.value
            field_dict["provider"] = provider
        elif "provider" in raw:
            field_dict["provider"] = raw["provider"]
        if "account_sid" in cache:
            account_sid = self.account_sid
            if account_sid is not UNSET:
                field_dict["accountSid"] = account_sid
        elif "accountSid" in raw:
            field_dict["accountSid"] = raw["accountSid"]
        if "apple_key_id" in cache:
            apple_key_id = self.apple_key_id
            if apple_key_id is not UNSET:
                field_dict["appleKeyId"] = apple_key_id
        elif "appleKeyId" in raw:
            field_dict["appleKeyId"] = raw["appleKeyId"]
        if "apple_team_id" in cache:
            apple_team_id = self.apple_team_id
            if apple_team_id is not UNSET:
                field_dict["appleTeamId"] = apple_team_id
        elif "appleTeamId" in raw:
            field_dict["appleTeamId"] = raw["appleTeamId"]
        if "authorization_url" in cache:
            authorization_url = self.authorization_url
            if authorization_url is not UNSET:
                field_dict["authorizationUrl"] = authorization_url
        elif "authorizationUrl" in raw:
            field_dict["authorizationUrl"] = raw["authorizationUrl"]
        if "base_auth_url" in cache:
            base_auth_url = self.base_auth_url
            if base_auth_url is not UNSET:
                field_dict["baseAuthUrl"] = base_auth_url
        elif "baseAuthUrl" in raw:
            field_dict["baseAuthUrl"] = raw["baseAuthUrl"]
        if "cancel_url" in cache:
            cancel_url = self.cancel_url
            if cancel_url is not UNSET:
                field_dict["cancelUrl"] = cancel_url
        elif "cancelUrl" in raw:
            field_dict["cancelUrl"] = raw["cancelUrl"]
        if "client_id" in cache:
            client_id = self.client_id
            if client_id is not UNSET:
                field_dict["clientId"] = client_id
        elif "clientId" in raw:
            field_dict["clientId"] = raw["clientId"]
        if "client_secret" in cache:
            client_secret = self.client_secret
            if client_secret is not UNSET:
                field_dict["clientSecret"] = client_secret
        elif "clientSecret" in raw:
            field_dict["clientSecret"] = raw["clientSecret"]
        if "create_new_accounts" in cache:
            create_new_accounts = self.create_new_accounts
            if create_new_accounts is not UNSET:
                field_dict["createNewAccounts"] = create_new_accounts
        elif "createNewAccounts" in raw:
            field_dict["createNewAccounts"] = raw["createNewAccounts"]
        if "default_chain" in cache:
            default_chain = self.default_chain
            if default_chain is not UNSET:
                field_dict["defaultChain"] = default_chain
        elif "defaultChain" in raw:
            field_dict["defaultChain"] = raw["defaultChain"]
        if "default_chain_id" in cache:
            default_chain_id = self.default_chain_id
            if default_chain_id is not UNSET:
                field_dict["defaultChainId"] = default_chain_id
        elif "defaultChainId" in raw:
            field_dict["defaultChainId"] = raw["defaultChainId"]
        if "domain" in cache:
            domain = self.domain
            if domain is not UNSET:
                field_dict["domain"] = domain
        elif "domain" in raw:
            field_dict["domain"] = raw["domain"]
        if "ecdsa_provider_type" in cache:
            ecdsa_provider_type: str | Unset = UNSET
            if not isinstance(self.ecdsa_provider_type, Unset):
                ecdsa_provider_type = self.ecdsa_provider_type.value

            if ecdsa_provider_type is not UNSET:
                field_dict["ecdsaProviderType"] = ecdsa_provider_type
        elif "ecdsaProviderType" in raw:
            field_dict["ecdsaProviderType"] = raw["ecdsaProviderType"]
        if "enable_eip7702" in cache:
            enable_eip7702 = self.enable_eip7702
            if enable_eip7702 is not UNSET:
                field_dict["enableEIP7702"] = enable_eip7702
        elif "enableEIP7702" in raw:
            field_dict["enableEIP7702"] = raw["enableEIP7702"]
        if "enable_kernel_v3_migration" in cache:
            enable_kernel_v3_migration = self.enable_kernel_v3_migration
            if enable_kernel_v3_migration is not UNSET:
                field_dict["enableKernelV3Migration"] = enable_kernel_v3_migration
        elif "enableKernelV3Migration" in raw:
            field_dict["enableKernelV3Migration"] = raw["enableKernelV3Migration"]
        if "enabled_at" in cache:
            enabled_at: None | str | Unset
            if isinstance(self.enabled_at, Unset):
                enabled_at = UNSET
            elif isinstance(self.enabled_at, datetime.datetime):
                enabled_at = self.enabled_at.isoformat()
            else:
                enabled_at = self.enabled_at
            if enabled_at is not UNSET:
                field_dict["enabledAt"] = enabled_at
        elif "enabledAt" in raw:
            field_dict["enabledAt"] = raw["enabledAt"]
        if "enabled_countries" in cache:
            enabled_countries: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.enabled_countries, Unset):
                enabled_countries = []
                for enabled_countries_item_data in self.enabled_countries:
                    enabled_countries_item = enabled_countries_item_data.to_dict()
                    enabled_countries.append(enabled_countries_item)

            if enabled_countries is not UNSET:
                field_dict["enabledCountries"] = enabled_countries
        elif "enabledCountries" in raw:
            field_dict["enabledCountries"] = raw["enabledCountries"]
        if "entry_point_version" in cache:
            entry_point_version: str | Unset = UNSET
            if not isinstance(self.entry_point_version, Unset):
                entry_point_version = self.entry_point_version.value

            if entry_point_version is not UNSET:
                field_dict["entryPointVersion"] = entry_point_version
        elif "entryPointVersion" in raw:
            field_dict["entryPointVersion"] = raw["entryPointVersion"]
        if "factory_address" in cache:
            factory_address = self.factory_address
            if factory_address is not UNSET:
                field_dict["factoryAddress"] = factory_address
        elif "factoryAddress" in raw:
            field_dict["factoryAddress"] = raw["factoryAddress"]
        if "id" in cache:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "kernel_version" in cache:
            kernel_version: str | Unset = UNSET
            if not isinstance(self.kernel_version, Unset):
                kernel_version = self.kernel_version.value

            if kernel_version is not UNSET:
                field_dict["kernelVersion"] = kernel_version
        elif "kernelVersion" in raw:
            field_dict["kernelVersion"] = raw["kernelVersion"]
        if "key_export_url" in cache:
            key_export_url = self.key_export_url
            if key_export_url is not UNSET:
                field_dict["keyExportUrl"] = key_export_url
        elif "keyExportUrl" in raw:
            field_dict["keyExportUrl"] = raw["keyExportUrl"]
        if "multichain_account_abstraction_providers" in cache:
            multichain_account_abstraction_providers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.multichain_account_abstraction_providers, Unset):
                multichain_account_abstraction_providers = []
                for (
                    multichain_account_abstraction_providers_item_data
                ) in self.multichain_account_abstraction_providers:
                    multichain_account_abstraction_providers_item = (
                        multichain_account_abstraction_providers_item_data.to_dict()
                    )
                    multichain_account_abstraction_providers.append(
                        multichain_account_abstraction_providers_item
                    )

            if multichain_account_abstraction_providers is not UNSET:
                field_dict["multichainAccountAbstractionProviders"] = (
                    multichain_account_abstraction_providers
                )
        elif "multichainAccountAbstractionProviders" in raw:
            field_dict["multichainAccountAbstractionProviders"] = raw[
                "multichainAccountAbstractionProviders"
            ]
        if "passkey_address" in cache:
            passkey_address = self.passkey_address
            if passkey_address is not UNSET:
                field_dict["passkeyAddress"] = passkey_address
        elif "passkeyAddress" in raw:
            field_dict["passkeyAddress"] = raw["passkeyAddress"]
        if "paymaster_address" in cache:
            paymaster_address = self.paymaster_address
            if paymaster_address is not UNSET:
                field_dict["paymasterAddress"] = paymaster_address
        elif "paymasterAddress" in raw:
            field_dict["paymasterAddress"] = raw["paymasterAddress"]
        if "provider_project_id" in cache:
            provider_project_id = self.provider_project_id
            if provider_project_id is not UNSET:
                field_dict["providerProjectId"] = provider_project_id
        elif "providerProjectId" in raw:
            field_dict["providerProjectId"] = raw["providerProjectId"]
        if "redirect_url" in cache:
            redirect_url = self.redirect_url
            if redirect_url is not UNSET:
                field_dict["redirectUrl"] = redirect_url
        elif "redirectUrl" in raw:
            field_dict["redirectUrl"] = raw["redirectUrl"]
        if "return_url" in cache:
            return_url = self.return_url
            if return_url is not UNSET:
                field_dict["returnUrl"] = return_url
        elif "returnUrl" in raw:
            field_dict["returnUrl"] = raw["returnUrl"]
        if "salt" in cache:
            salt = self.salt
            if salt is not UNSET:
                field_dict["salt"] = salt
        elif "salt" in raw:
            field_dict["salt"] = raw["salt"]
        if "scopes" in cache:
            scopes = self.scopes
            if scopes is not UNSET:
                field_dict["scopes"] = scopes
        elif "scopes" in raw:
            field_dict["scopes"] = raw["scopes"]
        if "sendgrid_ip_pool_name" in cache:
            sendgrid_ip_pool_name = self.sendgrid_ip_pool_name
            if sendgrid_ip_pool_name is not UNSET:
                field_dict["sendgridIpPoolName"] = sendgrid_ip_pool_name
        elif "sendgridIpPoolName" in raw:
            field_dict["sendgridIpPoolName"] = raw["sendgridIpPoolName"]
        if "session_address" in cache:
            session_address = self.session_address
            if session_address is not UNSET:
                field_dict["sessionAddress"] = session_address
        elif "sessionAddress" in raw:
            field_dict["sessionAddress"] = raw["sessionAddress"]
        if "shopify_store" in cache:
            shopify_store = self.shopify_store
            if shopify_store is not UNSET:
                field_dict["shopifyStore"] = shopify_store
        elif "shopifyStore" in raw:
            field_dict["shopifyStore"] = raw["shopifyStore"]
        if "terms_accepted_by_user" in cache:
            terms_accepted_by_user: dict[str, Any] | Unset = UNSET
            if not isinstance(self.terms_accepted_by_user, Unset):
                terms_accepted_by_user = self.terms_accepted_by_user.to_dict()
            if terms_accepted_by_user is not UNSET:
                field_dict["termsAcceptedByUser"] = terms_accepted_by_user
        elif "termsAcceptedByUser" in raw:
            field_dict["termsAcceptedByUser"] = raw["termsAcceptedByUser"]
        if "twilio_number" in cache:
            twilio_number = self.twilio_number
            if twilio_number is not UNSET:
                field_dict["twilioNumber"] = twilio_number
        elif "twilioNumber" in raw:
            field_dict["twilioNumber"] = raw["twilioNumber"]
        if "zerodev_bundler_provider" in cache:
            zerodev_bundler_provider: str | Unset = UNSET
            if not isinstance(self.zerodev_bundler_provider, Unset):
                zerodev_bundler_provider = self.zerodev_bundler_provider.value

            if zerodev_bundler_provider is not UNSET:
                field_dict["zerodevBundlerProvider"] = zerodev_bundler_provider
        elif "zerodevBundlerProvider" in raw:
            field_dict["zerodevBundlerProvider"] = raw["zerodevBundlerProvider"]
        if "zerodev_bundler_rpc_url" in cache:
            zerodev_bundler_rpc_url = self.zerodev_bundler_rpc_url
            if zerodev_bundler_rpc_url is not UNSET:
                field_dict["zerodevBundlerRpcUrl"] = zerodev_bundler_rpc_url
        elif "zerodevBundlerRpcUrl" in raw:
            field_dict["zerodevBundlerRpcUrl"] = raw["zerodevBundlerRpcUrl"]
        if "zerodev_kernel_delegation_address" in cache:
            zerodev_kernel_delegation_address = self.zerodev_kernel_delegation_address
            if zerodev_kernel_delegation_address is not UNSET:
                field_dict["zerodevKernelDelegationAddress"] = zerodev_kernel_delegation_address
        elif "zerodevKernelDelegationAddress" in raw:
            field_dict["zerodevKernelDelegationAddress"] = raw["zerodevKernelDelegationAddress"]
        if "zerodev_paymaster_rpc_url" in cache:
            zerodev_paymaster_rpc_url = self.zerodev_paymaster_rpc_url
            if zerodev_paymaster_rpc_url is not UNSET:
                field_dict["zerodevPaymasterRpcUrl"] = zerodev_paymaster_rpc_url
        elif "zerodevPaymasterRpcUrl" in raw:
            field_dict["zerodevPaymasterRpcUrl"] = raw["zerodevPaymasterRpcUrl"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.provider,
            self.account_sid,
            self.apple_key_id,
            self.apple_team_id,
            self.authorization_url,
            self.base_auth_url,
            self.cancel_url,
            self.client_id,
            self.client_secret,
            self.create_new_accounts,
            self.default_chain,
            self.default_chain_id,
            self.domain,
            self.ecdsa_provider_type,
            self.enable_eip7702,
            self.enable_kernel_v3_migration,
            self.enabled_at,
            self.enabled_countries,
            self.entry_point_version,
            self.factory_address,
            self.id,
            self.kernel_version,
            self.key_export_url,
            self.multichain_account_abstraction_providers,
            self.passkey_address,
            self.paymaster_address,
            self.provider_project_id,
            self.redirect_url,
            self.return_url,
            self.salt,
            self.scopes,
            self.sendgrid_ip_pool_name,
            self.session_address,
            self.shopify_store,
            self.terms_accepted_by_user,
            self.twilio_number,
            self.zerodev_bundler_provider,
            self.zerodev_bundler_rpc_url,
            self.zerodev_kernel_delegation_address,
            self.zerodev_paymaster_rpc_url,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Provider)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Provider("
            f"provider={self.provider!r}, "
            f"account_sid={self.account_sid!r}, "
            f"apple_key_id={self.apple_key_id!r}, "
            f"apple_team_id={self.apple_team_id!r}, "
            f"authorization_url={self.authorization_url!r}, "
            f"base_auth_url={self.base_auth_url!r}, "
            f"cancel_url={self.cancel_url!r}, "
            f"client_id={self.client_id!r}, "
            f"client_secret={self.client_secret!r}, "
            f"create_new_accounts={self.create_new_accounts!r}, "
            f"default_chain={self.default_chain!r}, "
            f"default_chain_id={self.default_chain_id!r}, "
            f"domain={self.domain!r}, "
            f"ecdsa_provider_type={self.ecdsa_provider_type!r}, "
            f"enable_eip7702={self.enable_eip7702!r}, "
            f"enable_kernel_v3_migration={self.enable_kernel_v3_migration!r}, "
            f"enabled_at={self.enabled_at!r}, "
            f"enabled_countries={self.enabled_countries!r}, "
            f"entry_point_version={self.entry_point_version!r}, "
            f"factory_address={self.factory_address!r}, "
            f"id={self.id!r}, "
            f"kernel_version={self.kernel_version!r}, "
            f"key_export_url={self.key_export_url!r}, "
            f"multichain_account_abstraction_providers={self.multichain_account_abstraction_providers!r}, "
            f"passkey_address={self.passkey_address!r}, "
            f"paymaster_address={self.paymaster_address!r}, "
            f"provider_project_id={self.provider_project_id!r}, "
            f"redirect_url={self.redirect_url!r}, "
            f"return_url={self.return_url!r}, "
            f"salt={self.salt!r}, "
            f"scopes={self.scopes!r}, "
            f"sendgrid_ip_pool_name={self.sendgrid_ip_pool_name!r}, "
            f"session_address={self.session_address!r}, "
            f"shopify_store={self.shopify_store!r}, "
            f"terms_accepted_by_user={self.terms_accepted_by_user!r}, "
            f"twilio_number={self.twilio_number!r}, "
            f"zerodev_bundler_provider={self.zerodev_bundler_provider!r}, "
            f"zerodev_bundler_rpc_url={self.zerodev_bundler_rpc_url!r}, "
            f"zerodev_kernel_delegation_address={self.zerodev_kernel_delegation_address!r}, "
            f"zerodev_paymaster_rpc_url={self.zerodev_paymaster_rpc_url!r}, "
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
    "provider": lambda value: ProviderEnum.from_value(value),
    "ecdsa_provider_type": lambda value: EcdsaValidatorOptions.from_value(value),
    "enabled_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
    "enabled_countries": lambda value: [SmsCountryCode.from_dict(item0_) for item0_ in value],
    "entry_point_version": lambda value: ProviderEntryPointVersionEnum.from_value(value),
    "kernel_version": lambda value: ProviderKernelVersionEnum.from_value(value),
    "multichain_account_abstraction_providers": lambda value: [
        ProviderCreateRequestMultichainAccountAbstractionProviders.from_dict(item0_)
        for item0_ in value
    ],
    "terms_accepted_by_user": lambda value: ProviderAgreement.from_dict(value),
    "zerodev_bundler_provider": lambda value: ZerodevBundlerProvider.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(Provider, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Provider, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.provider_agreement import ProviderAgreement  # noqa: E402
from ..models.provider_create_request_multichain_account_abstraction_providers import (
    ProviderCreateRequestMultichainAccountAbstractionProviders,  # noqa: E402
)
from ..models.sms_country_code import SmsCountryCode  # noqa: E402
