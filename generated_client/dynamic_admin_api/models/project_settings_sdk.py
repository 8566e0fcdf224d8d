from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedded_wallet_security_method import EmbeddedWalletSecurityMethod
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "accountAbstraction",
        "automaticEmbeddedWalletCreation",
        "blockEmailSubaddresses",
        "confirmEmailProviderForVerify",
        "confirmWalletTransfers",
        "disabledWalletConnectors",
        "displayDynamicMessaging",
        "emailSignIn",
        "embeddedWalletSecurityMethods",
        "embeddedWallets",
        "enableMultiAsset",
        "exchangeOptions",
        "featureFlags",
        "funding",
        "hideNetworkInDynamicWidget",
        "mobile",
        "multiWallet",
        "multiWalletUnlinkDisabled",
        "nameService",
        "onrampFunding",
        "passkeyEmbeddedWalletEnabled",
        "passkeyEmbeddedWalletRecoveryEnabled",
        "preventOrphanedAccounts",
        "showFiat",
        "socialSignIn",
        "views",
        "waas",
        "walletConnect",
    )
)


@_attrs_define
class ProjectSettingsSdk:
    account_abstraction: ProjectSettingsSdkAccountAbstraction | Unset = UNSET
    automatic_embedded_wallet_creation: bool | Unset = UNSET
    block_email_subaddresses: bool | Unset = UNSET
    confirm_email_provider_for_verify: bool | Unset = UNSET
    confirm_wallet_transfers: bool | Unset = UNSET
    disabled_wallet_connectors: list[str] | Unset = UNSET
    display_dynamic_messaging: bool | Unset = UNSET
    email_sign_in: ProjectSettingsSdkEmailSignIn | Unset = UNSET
    embedded_wallet_security_methods: list[EmbeddedWalletSecurityMethod] | Unset = UNSET
    embedded_wallets: ProjectSettingsSdkEmbeddedWallets | Unset = UNSET
    enable_multi_asset: bool | Unset = UNSET
    exchange_options: list[ExchangeOption] | Unset = UNSET
    feature_flags: FeatureFlags | Unset = UNSET
    funding: Funding | Unset = UNSET
    hide_network_in_dynamic_widget: bool | Unset = UNSET
    mobile: MobileSettings | Unset = UNSET
    multi_wallet: bool | Unset = UNSET
    multi_wallet_unlink_disabled: bool | Unset = UNSET
    name_service: NameServiceSdkSettings | Unset = UNSET
    onramp_funding: bool | Unset = UNSET
    passkey_embedded_wallet_enabled: bool | Unset = UNSET
    passkey_embedded_wallet_recovery_enabled: bool | Unset = UNSET
    prevent_orphaned_accounts: bool | Unset = UNSET
    show_fiat: bool | Unset = UNSET
    social_sign_in: ProjectSettingsSdkSocialSignIn | Unset = UNSET
    views: list[SdkView] | Unset = UNSET
    waas: ProjectSettingsSdkWaas | Unset = UNSET
    wallet_connect: ProjectSettingsSdkWalletConnect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_abstraction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_abstraction, Unset):
            account_abstraction = self.account_abstraction.to_dict()

        automatic_embedded_wallet_creation = self.automatic_embedded_wallet_creation

        block_email_subaddresses = self.block_email_subaddresses

        confirm_email_provider_for_verify = self.confirm_email_provider_for_verify

        confirm_wallet_transfers = self.confirm_wallet_transfers

        disabled_wallet_connectors: list[str] | Unset = UNSET
        if not isinstance(self.disabled_wallet_connectors, Unset):
            disabled_wallet_connectors = self.disabled_wallet_connectors

        display_dynamic_messaging = self.display_dynamic_messaging

        email_sign_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_sign_in, Unset):
            email_sign_in = self.email_sign_in.to_dict()

        embedded_wallet_security_methods: list[str] | Unset = UNSET
        if not isinstance(self.embedded_wallet_security_methods, Unset):
            embedded_wallet_security_methods = []
            for embedded_wallet_security_methods_item_data in self.embedded_wallet_security_methods:
                embedded_wallet_security_methods_item = (
                    embedded_wallet_security_methods_item_data.value
                )
                embedded_wallet_security_methods.append(embedded_wallet_security_methods_item)

        embedded_wallets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.embedded_wallets, Unset):
            embedded_wallets = self.embedded_wallets.to_dict()

        enable_multi_asset = self.enable_multi_asset

        exchange_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchange_options, Unset):
            exchange_options = []
            for exchange_options_item_data in self.exchange_options:
                exchange_options_item = exchange_options_item_data.to_dict()
                exchange_options.append(exchange_options_item)

        feature_flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_flags, Unset):
            feature_flags = self.feature_flags.to_dict()

        funding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding, Unset):
            funding = self.funding.to_dict()

        hide_network_in_dynamic_widget = self.hide_network_in_dynamic_widget

        mobile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobile, Unset):
            mobile = self.mobile.to_dict()

        multi_wallet = self.multi_wallet

        multi_wallet_unlink_disabled = self.multi_wallet_unlink_disabled

        name_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name_service, Unset):
            name_service = self.name_service.to_dict()

        onramp_funding = self.onramp_funding

        passkey_embedded_wallet_enabled = self.passkey_embedded_wallet_enabled

        passkey_embedded_wallet_recovery_enabled = self.passkey_embedded_wallet_recovery_enabled

        prevent_orphaned_accounts = self.prevent_orphaned_accounts

        show_fiat = self.show_fiat

        social_sign_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social_sign_in, Unset):
            social_sign_in = self.social_sign_in.to_dict()

        views: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.views, Unset):
            views = []
            for views_item_data in self.views:
                views_item = views_item_data.to_dict()
                views.append(views_item)

        waas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.waas, Unset):
            waas = self.waas.to_dict()

        wallet_connect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallet_connect, Unset):
            wallet_connect = self.wallet_connect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_abstraction is not UNSET:
            field_dict["accountAbstraction"] = account_abstraction
        if automatic_embedded_wallet_creation is not UNSET:
            field_dict["automaticEmbeddedWalletCreation"] = automatic_embedded_wallet_creation
        if block_email_subaddresses is not UNSET:
            field_dict["blockEmailSubaddresses"] = block_email_subaddresses
        if confirm_email_provider_for_verify is not UNSET:
            field_dict["confirmEmailProviderForVerify"] = confirm_email_provider_for_verify
        if confirm_wallet_transfers is not UNSET:
            field_dict["confirmWalletTransfers"] = confirm_wallet_transfers
        if disabled_wallet_connectors is not UNSET:
            field_dict["disabledWalletConnectors"] = disabled_wallet_connectors
        if display_dynamic_messaging is not UNSET:
            field_dict["displayDynamicMessaging"] = display_dynamic_messaging
        if email_sign_in is not UNSET:
            field_dict["emailSignIn"] = email_sign_in
        if embedded_wallet_security_methods is not UNSET:
            field_dict["embeddedWalletSecurityMethods"] = embedded_wallet_security_methods
        if embedded_wallets is not UNSET:
            field_dict["embeddedWallets"] = embedded_wallets
        if enable_multi_asset is not UNSET:
            field_dict["enableMultiAsset"] = enable_multi_asset
        if exchange_options is not UNSET:
            field_dict["exchangeOptions"] = exchange_options
        if feature_flags is not UNSET:
            field_dict["featureFlags"] = feature_flags
        if funding is not UNSET:
            field_dict["funding"] = funding
        if hide_network_in_dynamic_widget is not UNSET:
            field_dict["hideNetworkInDynamicWidget"] = hide_network_in_dynamic_widget
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if multi_wallet is not UNSET:
            field_dict["multiWallet"] = multi_wallet
        if multi_wallet_unlink_disabled is not UNSET:
            field_dict["multiWalletUnlinkDisabled"] = multi_wallet_unlink_disabled
        if name_service is not UNSET:
            field_dict["nameService"] = name_service
        if onramp_funding is not UNSET:
            field_dict["onrampFunding"] = onramp_funding
        if passkey_embedded_wallet_enabled is not UNSET:
            field_dict["passkeyEmbeddedWalletEnabled"] = passkey_embedded_wallet_enabled
        if passkey_embedded_wallet_recovery_enabled is not UNSET:
            field_dict["passkeyEmbeddedWalletRecoveryEnabled"] = (
                passkey_embedded_wallet_recovery_enabled
            )
        if prevent_orphaned_accounts is not UNSET:
            field_dict["preventOrphanedAccounts"] = prevent_orphaned_accounts
        if show_fiat is not UNSET:
            field_dict["showFiat"] = show_fiat
        if social_sign_in is not UNSET:
            field_dict["socialSignIn"] = social_sign_in
        if views is not UNSET:
            field_dict["views"] = views
        if waas is not UNSET:
            field_dict["waas"] = waas
        if wallet_connect is not UNSET:
            field_dict["walletConnect"] = wallet_connect

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        account_abstraction_ = get("accountAbstraction", UNSET)
        email_sign_in_ = get("emailSignIn", UNSET)
        embedded_wallet_security_methods_ = get("embeddedWalletSecurityMethods", UNSET)
        embedded_wallets_ = get("embeddedWallets", UNSET)
        exchange_options_ = get("exchangeOptions", UNSET)
        feature_flags_ = get("featureFlags", UNSET)
        funding_ = get("funding", UNSET)
        mobile_ = get("mobile", UNSET)
        name_service_ = get("nameService", UNSET)
        social_sign_in_ = get("socialSignIn", UNSET)
        views_ = get("views", UNSET)
        waas_ = get("waas", UNSET)
        wallet_connect_ = get("walletConnect", UNSET)
        instance_ = cls(
            account_abstraction=UNSET
            if account_abstraction_ is UNSET
            else ProjectSettingsSdkAccountAbstraction.from_dict(account_abstraction_),
            automatic_embedded_wallet_creation=get("automaticEmbeddedWalletCreation", UNSET),
            block_email_subaddresses=get("blockEmailSubaddresses", UNSET),
            confirm_email_provider_for_verify=get("confirmEmailProviderForVerify", UNSET),
            confirm_wallet_transfers=get("confirmWalletTransfers", UNSET),
            disabled_wallet_connectors=get("disabledWalletConnectors", UNSET),
            display_dynamic_messaging=get("displayDynamicMessaging", UNSET),
            email_sign_in=UNSET
            if email_sign_in_ is UNSET
            else ProjectSettingsSdkEmailSignIn.from_dict(email_sign_in_),
            embedded_wallet_security_methods=UNSET
            if embedded_wallet_security_methods_ is UNSET
            else [
                EmbeddedWalletSecurityMethod.from_value(item0_)
                for item0_ in embedded_wallet_security_methods_
            ],
            embedded_wallets=UNSET
            if embedded_wallets_ is UNSET
            else ProjectSettingsSdkEmbeddedWallets.from_dict(embedded_wallets_),
            enable_multi_asset=get("enableMultiAsset", UNSET),
            exchange_options=UNSET
            if exchange_options_ is UNSET
            else [ExchangeOption.from_dict(item0_) for item0_ in exchange_options_],
            feature_flags=UNSET
            if feature_flags_ is UNSET
            else FeatureFlags.from_dict(feature_flags_),
            funding=UNSET if funding_ is UNSET else Funding.from_dict(funding_),
            hide_network_in_dynamic_widget=get("hideNetworkInDynamicWidget", UNSET),
            mobile=UNSET if mobile_ is UNSET else MobileSettings.from_dict(mobile_),
            multi_wallet=get("multiWallet", UNSET),
            multi_wallet_unlink_disabled=get("multiWalletUnlinkDisabled", UNSET),
            name_service=UNSET
            if name_service_ is UNSET
            else NameServiceSdkSettings.from_dict(name_service_),
            onramp_funding=get("onrampFunding", UNSET),
            passkey_embedded_wallet_enabled=get("passkeyEmbeddedWalletEnabled", UNSET),
            passkey_embedded_wallet_recovery_enabled=get(
                "passkeyEmbeddedWalletRecoveryEnabled", UNSET
            ),
            prevent_orphaned_accounts=get("preventOrphanedAccounts", UNSET),
            show_fiat=get("showFiat", UNSET),
            social_sign_in=UNSET
            if social_sign_in_ is UNSET
            else ProjectSettingsSdkSocialSignIn.from_dict(social_sign_in_),
            views=UNSET if views_ is UNSET else [SdkView.from_dict(item0_) for item0_ in views_],
            waas=UNSET if waas_ is UNSET else ProjectSettingsSdkWaas.from_dict(waas_),
            wallet_connect=UNSET
            if wallet_connect_ is UNSET
            else ProjectSettingsSdkWalletConnect.from_dict(wallet_connect_),
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
from ..models.exchange_option import ExchangeOption  # noqa: E402
from ..models.feature_flags import FeatureFlags  # noqa: E402
from ..models.funding import Funding  # noqa: E402
from ..models.mobile_settings import MobileSettings  # noqa: E402
from ..models.name_service_sdk_settings import NameServiceSdkSettings  # noqa: E402
from ..models.project_settings_sdk_account_abstraction import ProjectSettingsSdkAccountAbstraction  # noqa: E402
from ..models.project_settings_sdk_email_sign_in import ProjectSettingsSdkEmailSignIn  # noqa: E402
from ..models.project_settings_sdk_embedded_wallets import ProjectSettingsSdkEmbeddedWallets  # noqa: E402
from ..models.project_settings_sdk_social_sign_in import ProjectSettingsSdkSocialSignIn  # noqa: E402
from ..models.project_settings_sdk_waas import ProjectSettingsSdkWaas  # noqa: E402
from ..models.project_settings_sdk_wallet_connect import ProjectSettingsSdkWalletConnect  # noqa: E402
from ..models.sdk_view import SdkView  # noqa: E402
