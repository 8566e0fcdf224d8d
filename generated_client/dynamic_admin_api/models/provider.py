from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ecdsa_validator_options import EcdsaValidatorOptions
from ..models.provider_entry_point_version_enum import ProviderEntryPointVersionEnum
from ..models.provider_enum import ProviderEnum
from ..models.provider_kernel_version_enum import ProviderKernelVersionEnum
from ..models.zerodev_bundler_provider import ZerodevBundlerProvider
from ..types import UNSET, Unset

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


@_attrs_define
class Provider:
    provider: ProviderEnum
    account_sid: str | Unset = UNSET
    apple_key_id: str | Unset = UNSET
    apple_team_id: str | Unset = UNSET
    authorization_url: str | Unset = UNSET
    base_auth_url: str | Unset = UNSET
    cancel_url: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    create_new_accounts: bool | Unset = UNSET
    default_chain: str | Unset = UNSET
    default_chain_id: float | Unset = UNSET
    domain: str | Unset = UNSET
    ecdsa_provider_type: EcdsaValidatorOptions | Unset = UNSET
    enable_eip7702: bool | Unset = UNSET
    enable_kernel_v3_migration: bool | Unset = UNSET
    enabled_at: datetime.datetime | None | Unset = UNSET
    enabled_countries: list[SmsCountryCode] | Unset = UNSET
    entry_point_version: ProviderEntryPointVersionEnum | Unset = UNSET
    factory_address: str | Unset = UNSET
    id: str | Unset = UNSET
    kernel_version: ProviderKernelVersionEnum | Unset = UNSET
    key_export_url: str | Unset = UNSET
    multichain_account_abstraction_providers: (
        list[ProviderCreateRequestMultichainAccountAbstractionProviders] | Unset
    ) = UNSET
    passkey_address: str | Unset = UNSET
    paymaster_address: str | Unset = UNSET
    provider_project_id: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    return_url: str | Unset = UNSET
    salt: str | Unset = UNSET
    scopes: str | Unset = UNSET
    sendgrid_ip_pool_name: str | Unset = UNSET
    session_address: str | Unset = UNSET
    shopify_store: str | Unset = UNSET
    terms_accepted_by_user: ProviderAgreement | Unset = UNSET
    twilio_number: str | Unset = UNSET
    zerodev_bundler_provider: ZerodevBundlerProvider | Unset = UNSET
    zerodev_bundler_rpc_url: str | Unset = UNSET
    zerodev_kernel_delegation_address: str | Unset = UNSET
    zerodev_paymaster_rpc_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        account_sid = self.account_sid

        apple_key_id = self.apple_key_id

        apple_team_id = self.apple_team_id

        authorization_url = self.authorization_url

        base_auth_url = self.base_auth_url

        cancel_url = self.cancel_url

        client_id = self.client_id

        client_secret = self.client_secret

        create_new_accounts = self.create_new_accounts

        default_chain = self.default_chain

        default_chain_id = self.default_chain_id

        domain = self.domain

        ecdsa_provider_type: str | Unset = UNSET
        if not isinstance(self.ecdsa_provider_type, Unset):
            ecdsa_provider_type = self.ecdsa_provider_type.value

        enable_eip7702 = self.enable_eip7702

        enable_kernel_v3_migration = self.enable_kernel_v3_migration

        enabled_at: None | str | Unset
        if isinstance(self.enabled_at, Unset):
            enabled_at = UNSET
        elif isinstance(self.enabled_at, datetime.datetime):
            enabled_at = self.enabled_at.isoformat()
        else:
            enabled_at = self.enabled_at

        enabled_countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enabled_countries, Unset):
            enabled_countries = []
            for enabled_countries_item_data in self.enabled_countries:
                enabled_countries_item = enabled_countries_item_data.to_dict()
                enabled_countries.append(enabled_countries_item)

        entry_point_version: str | Unset = UNSET
        if not isinstance(self.entry_point_version, Unset):
            entry_point_version = self.entry_point_version.value

        factory_address = self.factory_address

        id = self.id

        kernel_version: str | Unset = UNSET
        if not isinstance(self.kernel_version, Unset):
            kernel_version = self.kernel_version.value

        key_export_url = self.key_export_url

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

        passkey_address = self.passkey_address

        paymaster_address = self.paymaster_address

        provider_project_id = self.provider_project_id

        redirect_url = self.redirect_url

        return_url = self.return_url

        salt = self.salt

        scopes = self.scopes

        sendgrid_ip_pool_name = self.sendgrid_ip_pool_name

        session_address = self.session_address

        shopify_store = self.shopify_store

        terms_accepted_by_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_accepted_by_user, Unset):
            terms_accepted_by_user = self.terms_accepted_by_user.to_dict()

        twilio_number = self.twilio_number

        zerodev_bundler_provider: str | Unset = UNSET
        if not isinstance(self.zerodev_bundler_provider, Unset):
            zerodev_bundler_provider = self.zerodev_bundler_provider.value

        zerodev_bundler_rpc_url = self.zerodev_bundler_rpc_url

        zerodev_kernel_delegation_address = self.zerodev_kernel_delegation_address

        zerodev_paymaster_rpc_url = self.zerodev_paymaster_rpc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if account_sid is not UNSET:
            field_dict["accountSid"] = account_sid
        if apple_key_id is not UNSET:
            field_dict["appleKeyId"] = apple_key_id
        if apple_team_id is not UNSET:
            field_dict["appleTeamId"] = apple_team_id
        if authorization_url is not UNSET:
            field_dict["authorizationUrl"] = authorization_url
        if base_auth_url is not UNSET:
            field_dict["baseAuthUrl"] = base_auth_url
        if cancel_url is not UNSET:
            field_dict["cancelUrl"] = cancel_url
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if create_new_accounts is not UNSET:
            field_dict["createNewAccounts"] = create_new_accounts
        if default_chain is not UNSET:
            field_dict["defaultChain"] = default_chain
        if default_chain_id is not UNSET:
            field_dict["defaultChainId"] = default_chain_id
        if domain is not UNSET:
            field_dict["domain"] = domain
        if ecdsa_provider_type is not UNSET:
            field_dict["ecdsaProviderType"] = ecdsa_provider_type
        if enable_eip7702 is not UNSET:
            field_dict["enableEIP7702"] = enable_eip7702
        if enable_kernel_v3_migration is not UNSET:
            field_dict["enableKernelV3Migration"] = enable_kernel_v3_migration
        if enabled_at is not UNSET:
            field_dict["enabledAt"] = enabled_at
        if enabled_countries is not UNSET:
            field_dict["enabledCountries"] = enabled_countries
        if entry_point_version is not UNSET:
            field_dict["entryPointVersion"] = entry_point_version
        if factory_address is not UNSET:
            field_dict["factoryAddress"] = factory_address
        if id is not UNSET:
            field_dict["id"] = id
        if kernel_version is not UNSET:
            field_dict["kernelVersion"] = kernel_version
        if key_export_url is not UNSET:
            field_dict["keyExportUrl"] = key_export_url
        if multichain_account_abstraction_providers is not UNSET:
            field_dict["multichainAccountAbstractionProviders"] = (
                multichain_account_abstraction_providers
            )
        if passkey_address is not UNSET:
            field_dict["passkeyAddress"] = passkey_address
        if paymaster_address is not UNSET:
            field_dict["paymasterAddress"] = paymaster_address
        if provider_project_id is not UNSET:
            field_dict["providerProjectId"] = provider_project_id
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if return_url is not UNSET:
            field_dict["returnUrl"] = return_url
        if salt is not UNSET:
            field_dict["salt"] = salt
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if sendgrid_ip_pool_name is not UNSET:
            field_dict["sendgridIpPoolName"] = sendgrid_ip_pool_name
        if session_address is not UNSET:
            field_dict["sessionAddress"] = session_address
        if shopify_store is not UNSET:
            field_dict["shopifyStore"] = shopify_store
        if terms_accepted_by_user is not UNSET:
            field_dict["termsAcceptedByUser"] = terms_accepted_by_user
        if twilio_number is not UNSET:
            field_dict["twilioNumber"] = twilio_number
        if zerodev_bundler_provider is not UNSET:
            field_dict["zerodevBundlerProvider"] = zerodev_bundler_provider
        if zerodev_bundler_rpc_url is not UNSET:
            field_dict["zerodevBundlerRpcUrl"] = zerodev_bundler_rpc_url
        if zerodev_kernel_delegation_address is not UNSET:
            field_dict["zerodevKernelDelegationAddress"] = zerodev_kernel_delegation_address
        if zerodev_paymaster_rpc_url is not UNSET:
            field_dict["zerodevPaymasterRpcUrl"] = zerodev_paymaster_rpc_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        ecdsa_provider_type_ = get("ecdsaProviderType", UNSET)
        enabled_at_ = get("enabledAt", UNSET)
        enabled_countries_ = get("enabledCountries", UNSET)
        entry_point_version_ = get("entryPointVersion", UNSET)
        kernel_version_ = get("kernelVersion", UNSET)
        multichain_account_abstraction_providers_ = get(
            "multichainAccountAbstractionProviders", UNSET
        )
        terms_accepted_by_user_ = get("termsAcceptedByUser", UNSET)
        zerodev_bundler_provider_ = get("zerodevBundlerProvider", UNSET)
        instance_ = cls(
            provider=ProviderEnum.from_value(src_dict["provider"]),
            account_sid=get("accountSid", UNSET),
            apple_key_id=get("appleKeyId", UNSET),
            apple_team_id=get("appleTeamId", UNSET),
            authorization_url=get("authorizationUrl", UNSET),
            base_auth_url=get("baseAuthUrl", UNSET),
            cancel_url=get("cancelUrl", UNSET),
            client_id=get("clientId", UNSET),
            client_secret=get("clientSecret", UNSET),
            create_new_accounts=get("createNewAccounts", UNSET),
            default_chain=get("defaultChain", UNSET),
            default_chain_id=get("defaultChainId", UNSET),
            domain=get("domain", UNSET),
            ecdsa_provider_type=UNSET
            if ecdsa_provider_type_ is UNSET
            else EcdsaValidatorOptions.from_value(ecdsa_provider_type_),
            enable_eip7702=get("enableEIP7702", UNSET),
            enable_kernel_v3_migration=get("enableKernelV3Migration", UNSET),
            enabled_at=UNSET
            if enabled_at_ is UNSET
            else (None if enabled_at_ is None else datetime.datetime.fromisoformat(enabled_at_)),
            enabled_countries=UNSET
            if enabled_countries_ is UNSET
            else [SmsCountryCode.from_dict(item0_) for item0_ in enabled_countries_],
            entry_point_version=UNSET
            if entry_point_version_ is UNSET
            else ProviderEntryPointVersionEnum.from_value(entry_point_version_),
            factory_address=get("factoryAddress", UNSET),
            id=get("id", UNSET),
            kernel_version=UNSET
            if kernel_version_ is UNSET
            else ProviderKernelVersionEnum.from_value(kernel_version_),
            key_export_url=get("keyExportUrl", UNSET),
            multichain_account_abstraction_providers=UNSET
            if multichain_account_abstraction_providers_ is UNSET
            else [
                ProviderCreateRequestMultichainAccountAbstractionProviders.from_dict(item0_)
                for item0_ in multichain_account_abstraction_providers_
            ],
            passkey_address=get("passkeyAddress", UNSET),
            paymaster_address=get("paymasterAddress", UNSET),
            provider_project_id=get("providerProjectId", UNSET),
            redirect_url=get("redirectUrl", UNSET),
            return_url=get("returnUrl", UNSET),
            salt=get("salt", UNSET),
            scopes=get("scopes", UNSET),
            sendgrid_ip_pool_name=get("sendgridIpPoolName", UNSET),
            session_address=get("sessionAddress", UNSET),
            shopify_store=get("shopifyStore", UNSET),
            terms_accepted_by_user=UNSET
            if terms_accepted_by_user_ is UNSET
            else ProviderAgreement.from_dict(terms_accepted_by_user_),
            twilio_number=get("twilioNumber", UNSET),
            zerodev_bundler_provider=UNSET
            if zerodev_bundler_provider_ is UNSET
            else ZerodevBundlerProvider.from_value(zerodev_bundler_provider_),
            zerodev_bundler_rpc_url=get("zerodevBundlerRpcUrl", UNSET),
            zerodev_kernel_delegation_address=get("zerodevKernelDelegationAddress", UNSET),
            zerodev_paymaster_rpc_url=get("zerodevPaymasterRpcUrl", UNSET),
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
from ..models.provider_agreement import ProviderAgreement  # noqa: E402
from ..models.provider_create_request_multichain_account_abstraction_providers import (
    ProviderCreateRequestMultichainAccountAbstractionProviders,  # noqa: E402
)
from ..models.sms_country_code import SmsCountryCode  # noqa: E402
