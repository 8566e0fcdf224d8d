from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.embedded_wallet_security_method import EmbeddedWalletSecurityMethod
from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

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

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "account_abstraction": "accountAbstraction",
    "automatic_embedded_wallet_creation": "automaticEmbeddedWalletCreation",
    "block_email_subaddresses": "blockEmailSubaddresses",
    "confirm_email_provider_for_verify": "confirmEmailProviderForVerify",
    "confirm_wallet_transfers": "confirmWalletTransfers",
    "disabled_wallet_connectors": "disabledWalletConnectors",
    "display_dynamic_messaging": "displayDynamicMessaging",
    "email_sign_in": "emailSignIn",
    "embedded_wallet_security_methods": "embeddedWalletSecurityMethods",
    "embedded_wallets": "embeddedWallets",
    "enable_multi_asset": "enableMultiAsset",
    "exchange_options": "exchangeOptions",
    "feature_flags": "featureFlags",
    "funding": "funding",
    "hide_network_in_dynamic_widget": "hideNetworkInDynamicWidget",
    "mobile": "mobile",
    "multi_wallet": "multiWallet",
    "multi_wallet_unlink_disabled": "multiWalletUnlinkDisabled",
    "name_service": "nameService",
    "onramp_funding": "onrampFunding",
    "passkey_embedded_wallet_enabled": "passkeyEmbeddedWalletEnabled",
    "passkey_embedded_wallet_recovery_enabled": "passkeyEmbeddedWalletRecoveryEnabled",
    "prevent_orphaned_accounts": "preventOrphanedAccounts",
    "show_fiat": "showFiat",
    "social_sign_in": "socialSignIn",
    "views": "views",
    "waas": "waas",
    "wallet_connect": "walletConnect",
}


class ProjectSettingsSdk:
    account_abstraction: ProjectSettingsSdkAccountAbstraction | Unset
    automatic_embedded_wallet_creation: bool | Unset
    block_email_subaddresses: bool | Unset
    confirm_email_provider_for_verify: bool | Unset
    confirm_wallet_transfers: bool | Unset
    disabled_wallet_connectors: list[str] | Unset
    display_dynamic_messaging: bool | Unset
    email_sign_in: ProjectSettingsSdkEmailSignIn | Unset
    embedded_wallet_security_methods: list[EmbeddedWalletSecurityMethod] | Unset
    embedded_wallets: ProjectSettingsSdkEmbeddedWallets | Unset
    enable_multi_asset: bool | Unset
    exchange_options: list[ExchangeOption] | Unset
    feature_flags: FeatureFlags | Unset
    funding: Funding | Unset
    hide_network_in_dynamic_widget: bool | Unset
    mobile: MobileSettings | Unset
    multi_wallet: bool | Unset
    multi_wallet_unlink_disabled: bool | Unset
    name_service: NameServiceSdkSettings | Unset
    onramp_funding: bool | Unset
    passkey_embedded_wallet_enabled: bool | Unset
    passkey_embedded_wallet_recovery_enabled: bool | Unset
    prevent_orphaned_accounts: bool | Unset
    show_fiat: bool | Unset
    social_sign_in: ProjectSettingsSdkSocialSignIn | Unset
    views: list[SdkView] | Unset
    waas: ProjectSettingsSdkWaas | Unset
    wallet_connect: ProjectSettingsSdkWalletConnect | Unset
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
        account_abstraction: ProjectSettingsSdkAccountAbstraction | Unset = UNSET,
        automatic_embedded_wallet_creation: bool | Unset = UNSET,
        block_email_subaddresses: bool | Unset = UNSET,
        confirm_email_provider_for_verify: bool | Unset = UNSET,
        confirm_wallet_transfers: bool | Unset = UNSET,
        disabled_wallet_connectors: list[str] | Unset = UNSET,
        display_dynamic_messaging: bool | Unset = UNSET,
        email_sign_in: ProjectSettingsSdkEmailSignIn | Unset = UNSET,
        embedded_wallet_security_methods: list[EmbeddedWalletSecurityMethod] | Unset = UNSET,
        embedded_wallets: ProjectSettingsSdkEmbeddedWallets | Unset = UNSET,
        enable_multi_asset: bool | Unset = UNSET,
        exchange_options: list[ExchangeOption] | Unset = UNSET,
        feature_flags: FeatureFlags | Unset = UNSET,
        funding: Funding | Unset = UNSET,
        hide_network_in_dynamic_widget: bool | Unset = UNSET,
        mobile: MobileSettings | Unset = UNSET,
        multi_wallet: bool | Unset = UNSET,
        multi_wallet_unlink_disabled: bool | Unset = UNSET,
        name_service: NameServiceSdkSettings | Unset = UNSET,
        onramp_funding: bool | Unset = UNSET,
        passkey_embedded_wallet_enabled: bool | Unset = UNSET,
        passkey_embedded_wallet_recovery_enabled: bool | Unset = UNSET,
        prevent_orphaned_accounts: bool | Unset = UNSET,
        show_fiat: bool | Unset = UNSET,
        social_sign_in: ProjectSettingsSdkSocialSignIn | Unset = UNSET,
        views: list[SdkView] | Unset = UNSET,
        waas: ProjectSettingsSdkWaas | Unset = UNSET,
        wallet_connect: ProjectSettingsSdkWalletConnect | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "account_abstraction": account_abstraction,
                "automatic_embedded_wallet_creation": automatic_embedded_wallet_creation,
                "block_email_subaddresses": block_email_subaddresses,
                "confirm_email_provider_for_verify": confirm_email_provider_for_verify,
                "confirm_wallet_transfers": confirm_wallet_transfers,
                "disabled_wallet_connectors": disabled_wallet_connectors,
                "display_dynamic_messaging": display_dynamic_messaging,
                "email_sign_in": email_sign_in,
                "embedded_wallet_security_methods": embedded_wallet_security_methods,
                "embedded_wallets": embedded_wallets,
                "enable_multi_asset": enable_multi_asset,
                "exchange_options": exchange_options,
                "feature_flags": feature_flags,
                "funding": funding,
                "hide_network_in_dynamic_widget": hide_network_in_dynamic_widget,
                "mobile": mobile,
                "multi_wallet": multi_wallet,
                "multi_wallet_unlink_disabled": multi_wallet_unlink_disabled,
                "name_service": name_service,
                "onramp_funding": onramp_funding,
                "passkey_embedded_wallet_enabled": passkey_embedded_wallet_enabled,
                "passkey_embedded_wallet_recovery_enabled": passkey_embedded_wallet_recovery_enabled,
                "prevent_orphaned_accounts": prevent_orphaned_accounts,
                "show_fiat": show_fiat,
                "social_sign_in": social_sign_in,
                "views": views,
                "waas": waas,
                "wallet_connect": wallet_connect,
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
            raise not_an_object("ProjectSettingsSdk", src_dict)
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
        if "account_abstraction" in cache:
            account_abstraction: dict[str, Any] | Unset = UNSET
            if not isinstance(self.account_abstraction, Unset):
                account_abstraction = self.account_abstraction.to_dict()
            if account_abstraction is not UNSET:
                field_dict["accountAbstraction"] = account_abstraction
        elif "accountAbstraction" in raw:
            field_dict["accountAbstraction"] = raw["accountAbstraction"]
        if "automatic_embedded_wallet_creation" in cache:
            automatic_embedded_wallet_creation = self.automatic_embedded_wallet_creation
            if automatic_embedded_wallet_creation is not UNSET:
                field_dict["automaticEmbeddedWalletCreation"] = automatic_embedded_wallet_creation
        elif "automaticEmbeddedWalletCreation" in raw:
            field_dict["automaticEmbeddedWalletCreation"] = raw["automaticEmbeddedWalletCreation"]
        if "block_email_subaddresses" in cache:
            block_email_subaddresses = self.block_email_subaddresses
            if block_email_subaddresses is not UNSET:
                field_dict["blockEmailSubaddresses"] = block_email_subaddresses
        elif "blockEmailSubaddresses" in raw:
            field_dict["blockEmailSubaddresses"] = raw["blockEmailSubaddresses"]
        if "confirm_email_provider_for_verify" in cache:
            confirm_email_provider_for_verify = self.confirm_email_provider_for_verify
            if confirm_email_provider_for_verify is not UNSET:
                field_dict["confirmEmailProviderForVerify"] = confirm_email_provider_for_verify
        elif "confirmEmailProviderForVerify" in raw:
            field_dict["confirmEmailProviderForVerify"] = raw["confirmEmailProviderForVerify"]
        if "confirm_wallet_transfers" in cache:
            confirm_wallet_transfers = self.confirm_wallet_transfers
            if confirm_wallet_transfers is not UNSET:
                field_dict["confirmWalletTransfers"] = confirm_wallet_transfers
        elif "confirmWalletTransfers" in raw:
            field_dict["confirmWalletTransfers"] = raw["confirmWalletTransfers"]
        if "disabled_wallet_connectors" in cache:
            disabled_wallet_connectors: list[str] | Unset = UNSET
            if not isinstance(self.disabled_wallet_connectors, Unset):
                disabled_wallet_connectors = self.disabled_wallet_connectors

            if disabled_wallet_connectors is not UNSET:
                field_dict["disabledWalletConnectors"] = disabled_wallet_connectors
        elif "disabledWalletConnectors" in raw:
            field_dict["disabledWalletConnectors"] = raw["disabledWalletConnectors"]
        if "display_dynamic_messaging" in cache:
            display_dynamic_messaging = self.display_dynamic_messaging
            if display_dynamic_messaging is not UNSET:
                field_dict["displayDynamicMessaging"] = display_dynamic_messaging
        elif "displayDynamicMessaging" in raw:
            field_dict["displayDynamicMessaging"] = raw["displayDynamicMessaging"]
        if "email_sign_in" in cache:
            email_sign_in: dict[str, Any] | Unset = UNSET
            if not isinstance(self.email_sign_in, Unset):
                email_sign_in = self.email_sign_in.to_dict()
            if email_sign_in is not UNSET:
                field_dict["emailSignIn"] = email_sign_in
        elif "emailSignIn" in raw:
            field_dict["emailSignIn"] = raw["emailSignIn"]
        if "embedded_wallet_security_methods" in cache:
            embedded_wallet_security_methods: list[str] | Unset = UNSET
            if not isinstance(self.embedded_wallet_security_methods, Unset):
                embedded_wallet_security_methods = []
                for (
                    embedded_wallet_security_methods_item_data
                ) in self.embedded_wallet_security_methods:
                    embedded_wallet_security_methods_item = (
                        embedded_wallet_security_methods_item_data.value
                    )
                    embedded_wallet_security_methods.append(embedded_wallet_security_methods_item)

            if embedded_wallet_security_methods is not UNSET:
                field_dict["embeddedWalletSecurityMethods"] = embedded_wallet_security_methods
        elif "embeddedWalletSecurityMethods" in raw:
            field_dict["embeddedWalletSecurityMethods"] = raw["embeddedWalletSecurityMethods"]
        if "embedded_wallets" in cache:
            embedded_wallets: dict[str, Any] | Unset = UNSET
            if not isinstance(self.embedded_wallets, Unset):
                embedded_wallets = self.embedded_wallets.to_dict()
            if embedded_wallets is not UNSET:
                field_dict["embeddedWallets"] = embedded_wallets
        elif "embeddedWallets" in raw:
            field_dict["embeddedWallets"] = raw["embeddedWallets"]
        if "enable_multi_asset" in cache:
            enable_multi_asset = self.enable_multi_asset
            if enable_multi_asset is not UNSET:
                field_dict["enableMultiAsset"] = enable_multi_asset
        elif "enableMultiAsset" in raw:
            field_dict["enableMultiAsset"] = raw["enableMultiAsset"]
        if "exchange_options" in cache:
            exchange_options: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.exchange_options, Unset):
                exchange_options = []
                for exchange_options_item_data in self.exchange_options:
                    exchange_options_item = exchange_options_item_data.to_dict()
                    exchange_options.append(exchange_options_item)

            if exchange_options is not UNSET:
                field_dict["exchangeOptions"] = exchange_options
        elif "exchangeOptions" in raw:
            field_dict["exchangeOptions"] = raw["exchangeOptions"]
        if "feature_flags" in cache:
            feature_flags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.feature_flags, Unset):
                feature_flags = self.feature_flags.to_dict()
            if feature_flags is not UNSET:
                field_dict["featureFlags"] = feature_flags
        elif "featureFlags" in raw:
            field_dict["featureFlags"] = raw["featureFlags"]
        if "funding" in cache:
            funding: dict[str, Any] | Unset = UNSET
            if not isinstance(self.funding, Unset):
                funding = self.funding.to_dict()
            if funding is not UNSET:
                field_dict["funding"] = funding
        elif "funding" in raw:
            field_dict["funding"] = raw["funding"]
        if "hide_network_in_dynamic_widget" in cache:
            hide_network_in_dynamic_widget = self.hide_network_in_dynamic_widget
            if hide_network_in_dynamic_widget is not UNSET:
                field_dict["hideNetworkInDynamicWidget"] = hide_network_in_dynamic_widget
        elif "hideNetworkInDynamicWidget" in raw:
            field_dict["hideNetworkInDynamicWidget"] = raw["hideNetworkInDynamicWidget"]
        if "mobile" in cache:
            mobile: dict[str, Any] | Unset = UNSET
            if not isinstance(self.mobile, Unset):
                mobile = self.mobile.to_dict()
            if mobile is not UNSET:
                field_dict["mobile"] = mobile
        elif "mobile" in raw:
            field_dict["mobile"] = raw["mobile"]
        if "multi_wallet" in cache:
            multi_wallet = self.multi_wallet
            if multi_wallet is not UNSET:
                field_dict["multiWallet"] = multi_wallet
        elif "multiWallet" in raw:
            field_dict["multiWallet"] = raw["multiWallet"]
        if "multi_wallet_unlink_disabled" in cache:
            multi_wallet_unlink_disabled = self.multi_wallet_unlink_disabled
            if multi_wallet_unlink_disabled is not UNSET:
                field_dict["multiWalletUnlinkDisabled"] = multi_wallet_unlink_disabled
        elif "multiWalletUnlinkDisabled" in raw:
            field_dict["multiWalletUnlinkDisabled"] = raw["multiWalletUnlinkDisabled"]
        if "name_service" in cache:
            name_service: dict[str, Any] | Unset = UNSET
            if not isinstance(self.name_service, Unset):
                name_service = self.name_service.to_dict()
            if name_service is not UNSET:
                field_dict["nameService"] = name_service
        elif "nameService" in raw:
            field_dict["nameService"] = raw["nameService"]
        if "onramp_funding" in cache:
            onramp_funding = self.onramp_funding
            if onramp_funding is not UNSET:
                field_dict["onrampFunding"] = onramp_funding
        elif "onrampFunding" in raw:
            field_dict["onrampFunding"] = raw["onrampFunding"]
        if "passkey_embedded_wallet_enabled" in cache:
            passkey_embedded_wallet_enabled = self.passkey_embedded_wallet_enabled
            if passkey_embedded_wallet_enabled is not UNSET:
                field_dict["passkeyEmbeddedWalletEnabled"] = passkey_embedded_wallet_enabled
        elif "passkeyEmbeddedWalletEnabled" in raw:
            field_dict["passkeyEmbeddedWalletEnabled"] = raw["passkeyEmbeddedWalletEnabled"]
        if "passkey_embedded_wallet_recovery_enabled" in cache:
            passkey_embedded_wallet_recovery_enabled = self.passkey_embedded_wallet_recovery_enabled
            if passkey_embedded_wallet_recovery_enabled is not UNSET:
                field_dict["passkeyEmbeddedWalletRecoveryEnabled"] = (
                    passkey_embedded_wallet_recovery_enabled
                )
        elif "passkeyEmbeddedWalletRecoveryEnabled" in raw:
            field_dict["passkeyEmbeddedWalletRecoveryEnabled"] = raw[
                "passkeyEmbeddedWalletRecoveryEnabled"
            ]
        if "prevent_orphaned_accounts" in cache:
            prevent_orphaned_accounts = self.prevent_orphaned_accounts
            if prevent_orphaned_accounts is not UNSET:
                field_dict["preventOrphanedAccounts"] = prevent_orphaned_accounts
        elif "preventOrphanedAccounts" in raw:
            field_dict["preventOrphanedAccounts"] = raw["preventOrphanedAccounts"]
        if "show_fiat" in cache:
            show_fiat = self.show_fiat
            if show_fiat is not UNSET:
                field_dict["showFiat"] = show_fiat
        elif "showFiat" in raw:
            field_dict["showFiat"] = raw["showFiat"]
        if "social_sign_in" in cache:
            social_sign_in: dict[str, Any] | Unset = UNSET
            if not isinstance(self.social_sign_in, Unset):
                social_sign_in = self.social_sign_in.to_dict()
            if social_sign_in is not UNSET:
                field_dict["socialSignIn"] = social_sign_in
        elif "socialSignIn" in raw:
            field_dict["socialSignIn"] = raw["socialSignIn"]
        if "views" in cache:
            views: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.views, Unset):
                views = []
                for views_item_data in self.views:
                    views_item = views_item_data.to_dict()
                    views.append(views_item)

            if views is not UNSET:
                field_dict["views"] = views
        elif "views" in raw:
            field_dict["views"] = raw["views"]
        if "waas" in cache:
            waas: dict[str, Any] | Unset = UNSET
            if not isinstance(self.waas, Unset):
                waas = self.waas.to_dict()
            if waas is not UNSET:
                field_dict["waas"] = waas
        elif "waas" in raw:
            field_dict["waas"] = raw["waas"]
        if "wallet_connect" in cache:
            wallet_connect: dict[str, Any] | Unset = UNSET
            if not isinstance(self.wallet_connect, Unset):
                wallet_connect = self.wallet_connect.to_dict()
            if wallet_connect is not UNSET:
                field_dict["walletConnect"] = wallet_connect
        elif "walletConnect" in raw:
            field_dict["walletConnect"] = raw["walletConnect"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.account_abstraction,
            self.automatic_embedded_wallet_creation,
            self.block_email_subaddresses,
            self.confirm_email_provider_for_verify,
            self.confirm_wallet_transfers,
            self.disabled_wallet_connectors,
            self.display_dynamic_messaging,
            self.email_sign_in,
            self.embedded_wallet_security_methods,
            self.embedded_wallets,
            self.enable_multi_asset,
            self.exchange_options,
            self.feature_flags,
            self.funding,
            self.hide_network_in_dynamic_widget,
            self.mobile,
            self.multi_wallet,
            self.multi_wallet_unlink_disabled,
            self.name_service,
            self.onramp_funding,
            self.passkey_embedded_wallet_enabled,
            self.passkey_embedded_wallet_recovery_enabled,
            self.prevent_orphaned_accounts,
            self.show_fiat,
            self.social_sign_in,
            self.views,
            self.waas,
            self.wallet_connect,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettingsSdk)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettingsSdk("
            f"account_abstraction={self.account_abstraction!r}, "
            f"automatic_embedded_wallet_creation={self.automatic_embedded_wallet_creation!r}, "
            f"block_email_subaddresses={self.block_email_subaddresses!r}, "
            f"confirm_email_provider_for_verify={self.confirm_email_provider_for_verify!r}, "
            f"confirm_wallet_transfers={self.confirm_wallet_transfers!r}, "
            f"disabled_wallet_connectors={self.disabled_wallet_connectors!r}, "
            f"display_dynamic_messaging={self.display_dynamic_messaging!r}, "
            f"email_sign_in={self.email_sign_in!r}, "
            f"embedded_wallet_security_methods={self.embedded_wallet_security_methods!r}, "
            f"embedded_wallets={self.embedded_wallets!r}, "
            f"enable_multi_asset={self.enable_multi_asset!r}, "
            f"exchange_options={self.exchange_options!r}, "
            f"feature_flags={self.feature_flags!r}, "
            f"funding={self.funding!r}, "
            f"hide_network_in_dynamic_widget={self.hide_network_in_dynamic_widget!r}, "
            f"mobile={self.mobile!r}, "
            f"multi_wallet={self.multi_wallet!r}, "
            f"multi_wallet_unlink_disabled={self.multi_wallet_unlink_disabled!r}, "
            f"name_service={self.name_service!r}, "
            f"onramp_funding={self.onramp_funding!r}, "
            f"passkey_embedded_wallet_enabled={self.passkey_embedded_wallet_enabled!r}, "
            f"passkey_embedded_wallet_recovery_enabled={self.passkey_embedded_wallet_recovery_enabled!r}, "
            f"prevent_orphaned_accounts={self.prevent_orphaned_accounts!r}, "
            f"show_fiat={self.show_fiat!r}, "
            f"social_sign_in={self.social_sign_in!r}, "
            f"views={self.views!r}, "
            f"waas={self.waas!r}, "
            f"wallet_connect={self.wallet_connect!r}, "
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
    "account_abstraction": lambda value: ProjectSettingsSdkAccountAbstraction.from_dict(value),
    "email_sign_in": lambda value: ProjectSettingsSdkEmailSignIn.from_dict(value),
    "embedded_wallet_security_methods": lambda value: [
        EmbeddedWalletSecurityMethod.from_value(item0_) for item0_ in value
    ],
    "embedded_wallets": lambda value: ProjectSettingsSdkEmbeddedWallets.from_dict(value),
    "exchange_options": lambda value: [ExchangeOption.from_dict(item0_) for item0_ in value],
    "feature_flags": lambda value: FeatureFlags.from_dict(value),
    "funding": lambda value: Funding.from_dict(value),
    "mobile": lambda value: MobileSettings.from_dict(value),
    "name_service": lambda value: NameServiceSdkSettings.from_dict(value),
    "social_sign_in": lambda value: ProjectSettingsSdkSocialSignIn.from_dict(value),
    "views": lambda value: [SdkView.from_dict(item0_) for item0_ in value],
    "waas": lambda value: ProjectSettingsSdkWaas.from_dict(value),
    "wallet_connect": lambda value: ProjectSettingsSdkWalletConnect.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(ProjectSettingsSdk, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(ProjectSettingsSdk, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


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
