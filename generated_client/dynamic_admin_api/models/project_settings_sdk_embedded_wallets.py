from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedded_wallet_version_enum import EmbeddedWalletVersionEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "allowSkippingAuthenticatorAtSignup",
        "automaticEmbeddedWalletCreation",
        "automaticEmbeddedWalletCreationForExternal",
        "chainConfigurations",
        "defaultWalletVersion",
        "domainEnabledByProvider",
        "emailRecoveryEnabled",
        "forceAuthenticatorAtSignup",
        "promptForKeyExport",
        "sessionKeyDuration",
        "showEmbeddedWalletActionsUI",
        "supportedSecurityMethods",
        "svmGasSponsorshipEnabled",
        "transactionSimulation",
    )
)


@_attrs_define
class ProjectSettingsSdkEmbeddedWallets:
    allow_skipping_authenticator_at_signup: bool | Unset = UNSET
    automatic_embedded_wallet_creation: bool | Unset = UNSET
    automatic_embedded_wallet_creation_for_external: bool | Unset = UNSET
    chain_configurations: list[ChainConfiguration] | Unset = UNSET
    default_wallet_version: EmbeddedWalletVersionEnum | Unset = UNSET
    domain_enabled_by_provider: bool | Unset = UNSET
    email_recovery_enabled: bool | Unset = UNSET
    force_authenticator_at_signup: bool | Unset = UNSET
    prompt_for_key_export: bool | Unset = UNSET
    session_key_duration: Duration | Unset = UNSET
    show_embedded_wallet_actions_ui: bool | Unset = UNSET
    supported_security_methods: SupportedSecurityMethods | Unset = UNSET
    svm_gas_sponsorship_enabled: bool | Unset = UNSET
    transaction_simulation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_skipping_authenticator_at_signup = self.allow_skipping_authenticator_at_signup

        automatic_embedded_wallet_creation = self.automatic_embedded_wallet_creation

        automatic_embedded_wallet_creation_for_external = (
            self.automatic_embedded_wallet_creation_for_external
        )

        chain_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chain_configurations, Unset):
            chain_configurations = []
            for chain_configurations_item_data in self.chain_configurations:
                chain_configurations_item = chain_configurations_item_data.to_dict()
                chain_configurations.append(chain_configurations_item)

        default_wallet_version: str | Unset = UNSET
        if not isinstance(self.default_wallet_version, Unset):
            default_wallet_version = self.default_wallet_version.value

        domain_enabled_by_provider = self.domain_enabled_by_provider

        email_recovery_enabled = self.email_recovery_enabled

        force_authenticator_at_signup = self.force_authenticator_at_signup

        prompt_for_key_export = self.prompt_for_key_export

        session_key_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_key_duration, Unset):
            session_key_duration = self.session_key_duration.to_dict()

        show_embedded_wallet_actions_ui = self.show_embedded_wallet_actions_ui

        supported_security_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supported_security_methods, Unset):
            supported_security_methods = self.supported_security_methods.to_dict()

        svm_gas_sponsorship_enabled = self.svm_gas_sponsorship_enabled

        transaction_simulation = self.transaction_simulation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_skipping_authenticator_at_signup is not UNSET:
            field_dict["allowSkippingAuthenticatorAtSignup"] = (
                allow_skipping_authenticator_at_signup
            )
        if automatic_embedded_wallet_creation is not UNSET:
            field_dict["automaticEmbeddedWalletCreation"] = automatic_embedded_wallet_creation
        if automatic_embedded_wallet_creation_for_external is not UNSET:
            field_dict["automaticEmbeddedWalletCreationForExternal"] = (
                automatic_embedded_wallet_creation_for_external
            )
        if chain_configurations is not UNSET:
            field_dict["chainConfigurations"] = chain_configurations
        if default_wallet_version is not UNSET:
            field_dict["defaultWalletVersion"] = default_wallet_version
        if domain_enabled_by_provider is not UNSET:
            field_dict["domainEnabledByProvider"] = domain_enabled_by_provider
        if email_recovery_enabled is not UNSET:
            field_dict["emailRecoveryEnabled"] = email_recovery_enabled
        if force_authenticator_at_signup is not UNSET:
            field_dict["forceAuthenticatorAtSignup"] = force_authenticator_at_signup
        if prompt_for_key_export is not UNSET:
            field_dict["promptForKeyExport"] = prompt_for_key_export
        if session_key_duration is not UNSET:
            field_dict["sessionKeyDuration"] = session_key_duration
        if show_embedded_wallet_actions_ui is not UNSET:
            field_dict["showEmbeddedWalletActionsUI"] = show_embedded_wallet_actions_ui
        if supported_security_methods is not UNSET:
            field_dict["supportedSecurityMethods"] = supported_security_methods
        if svm_gas_sponsorship_enabled is not UNSET:
            field_dict["svmGasSponsorshipEnabled"] = svm_gas_sponsorship_enabled
        if transaction_simulation is not UNSET:
            field_dict["transactionSimulation"] = transaction_simulation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        chain_configurations_ = get("chainConfigurations", UNSET)
        default_wallet_version_ = get("defaultWalletVersion", UNSET)
        session_key_duration_ = get("sessionKeyDuration", UNSET)
        supported_security_methods_ = get("supportedSecurityMethods", UNSET)
        instance_ = cls(
            allow_skipping_authenticator_at_signup=get("allowSkippingAuthenticatorAtSignup", UNSET),
            automatic_embedded_wallet_creation=get("automaticEmbeddedWalletCreation", UNSET),
            automatic_embedded_wallet_creation_for_external=get(
                "automaticEmbeddedWalletCreationForExternal", UNSET
            ),
            chain_configurations=UNSET
            if chain_configurations_ is UNSET
            else [ChainConfiguration.from_dict(item0_) for item0_ in chain_configurations_],
            default_wallet_version=UNSET
            if default_wallet_version_ is UNSET
            else EmbeddedWalletVersionEnum.from_value(default_wallet_version_),
            domain_enabled_by_provider=get("domainEnabledByProvider", UNSET),
            email_recovery_enabled=get("emailRecoveryEnabled", UNSET),
            force_authenticator_at_signup=get("forceAuthenticatorAtSignup", UNSET),
            prompt_for_key_export=get("promptForKeyExport", UNSET),
            session_key_duration=UNSET
            if session_key_duration_ is UNSET
            else Duration.from_dict(session_key_duration_),
            show_embedded_wallet_actions_ui=get("showEmbeddedWalletActionsUI", UNSET),
            supported_security_methods=UNSET
            if supported_security_methods_ is UNSET
            else SupportedSecurityMethods.from_dict(supported_security_methods_),
            svm_gas_sponsorship_enabled=get("svmGasSponsorshipEnabled", UNSET),
            transaction_simulation=get("transactionSimulation", UNSET),
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
from ..models.chain_configuration import ChainConfiguration  # noqa: E402
from ..models.duration import Duration  # noqa: E402
from ..models.supported_security_methods import SupportedSecurityMethods  # noqa: E402
