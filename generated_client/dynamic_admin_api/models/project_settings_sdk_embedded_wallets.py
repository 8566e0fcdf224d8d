from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.embedded_wallet_version_enum import EmbeddedWalletVersionEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

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

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "allow_skipping_authenticator_at_signup": "allowSkippingAuthenticatorAtSignup",
    "automatic_embedded_wallet_creation": "automaticEmbeddedWalletCreation",
    "automatic_embedded_wallet_creation_for_external": "automaticEmbeddedWalletCreationForExternal",
    "chain_configurations": "chainConfigurations",
    "default_wallet_version": "defaultWalletVersion",
    "domain_enabled_by_provider": "domainEnabledByProvider",
    "email_recovery_enabled": "emailRecoveryEnabled",
    "force_authenticator_at_signup": "forceAuthenticatorAtSignup",
    "prompt_for_key_export": "promptForKeyExport",
    "session_key_duration": "sessionKeyDuration",
    "show_embedded_wallet_actions_ui": "showEmbeddedWalletActionsUI",
    "supported_security_methods": "supportedSecurityMethods",
    "svm_gas_sponsorship_enabled": "svmGasSponsorshipEnabled",
    "transaction_simulation": "transactionSimulation",
}


class ProjectSettingsSdkEmbeddedWallets:
    allow_skipping_authenticator_at_signup: bool | Unset
    automatic_embedded_wallet_creation: bool | Unset
    automatic_embedded_wallet_creation_for_external: bool | Unset
    chain_configurations: list[ChainConfiguration] | Unset
    default_wallet_version: EmbeddedWalletVersionEnum | Unset
    domain_enabled_by_provider: bool | Unset
    email_recovery_enabled: bool | Unset
    force_authenticator_at_signup: bool | Unset
    prompt_for_key_export: bool | Unset
    session_key_duration: Duration | Unset
    show_embedded_wallet_actions_ui: bool | Unset
    supported_security_methods: SupportedSecurityMethods | Unset
    svm_gas_sponsorship_enabled: bool | Unset
    transaction_simulation: bool | Unset
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
        allow_skipping_authenticator_at_signup: bool | Unset = UNSET,
        automatic_embedded_wallet_creation: bool | Unset = UNSET,
        automatic_embedded_wallet_creation_for_external: bool | Unset = UNSET,
        chain_configurations: list[ChainConfiguration] | Unset = UNSET,
        default_wallet_version: EmbeddedWalletVersionEnum | Unset = UNSET,
        domain_enabled_by_provider: bool | Unset = UNSET,
        email_recovery_enabled: bool | Unset = UNSET,
        force_authenticator_at_signup: bool | Unset = UNSET,
        prompt_for_key_export: bool | Unset = UNSET,
        session_key_duration: Duration | Unset = UNSET,
        show_embedded_wallet_actions_ui: bool | Unset = UNSET,
        supported_security_methods: SupportedSecurityMethods | Unset = UNSET,
        svm_gas_sponsorship_enabled: bool | Unset = UNSET,
        transaction_simulation: bool | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "allow_skipping_authenticator_at_signup": allow_skipping_authenticator_at_signup,
                "automatic_embedded_wallet_creation": automatic_embedded_wallet_creation,
                "automatic_embedded_wallet_creation_for_external": automatic_embedded_wallet_creation_for_external,
                "chain_configurations": chain_configurations,
                "default_wallet_version": default_wallet_version,
                "domain_enabled_by_provider": domain_enabled_by_provider,
                "email_recovery_enabled": email_recovery_enabled,
                "force_authenticator_at_signup": force_authenticator_at_signup,
                "prompt_for_key_export": prompt_for_key_export,
                "session_key_duration": session_key_duration,
                "show_embedded_wallet_actions_ui": show_embedded_wallet_actions_ui,
                "supported_security_methods": supported_security_methods,
                "svm_gas_sponsorship_enabled": svm_gas_sponsorship_enabled,
                "transaction_simulation": transaction_simulation,
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
            raise not_an_object("ProjectSettingsSdkEmbeddedWallets", src_dict)
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
        if "allow_skipping_authenticator_at_signup" in cache:
            allow_skipping_authenticator_at_signup = self.allow_skipping_authenticator_at_signup
            if allow_skipping_authenticator_at_signup is not UNSET:
                field_dict["allowSkippingAuthenticatorAtSignup"] = (
                    allow_skipping_authenticator_at_signup
                )
        elif "allowSkippingAuthenticatorAtSignup" in raw:
            field_dict["allowSkippingAuthenticatorAtSignup"] = raw[
                "allowSkippingAuthenticatorAtSignup"
            ]
        if "automatic_embedded_wallet_creation" in cache:
            automatic_embedded_wallet_creation = self.automatic_embedded_wallet_creation
            if automatic_embedded_wallet_creation is not UNSET:
                field_dict["automaticEmbeddedWalletCreation"] = automatic_embedded_wallet_creation
        elif "automaticEmbeddedWalletCreation" in raw:
            field_dict["automaticEmbeddedWalletCreation"] = raw["automaticEmbeddedWalletCreation"]
        if "automatic_embedded_wallet_creation_for_external" in cache:
            automatic_embedded_wallet_creation_for_external = (
                self.automatic_embedded_wallet_creation_for_external
            )
            if automatic_embedded_wallet_creation_for_external is not UNSET:
                field_dict["automaticEmbeddedWalletCreationForExternal"] = (
                    automatic_embedded_wallet_creation_for_external
                )
        elif "automaticEmbeddedWalletCreationForExternal" in raw:
            field_dict["automaticEmbeddedWalletCreationForExternal"] = raw[
                "automaticEmbeddedWalletCreationForExternal"
            ]
        if "chain_configurations" in cache:
            chain_configurations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.chain_configurations, Unset):
                chain_configurations = []
                for chain_configurations_item_data in self.chain_configurations:
                    chain_configurations_item = chain_configurations_item_data.to_dict()
                    chain_configurations.append(chain_configurations_item)

            if chain_configurations is not UNSET:
                field_dict["chainConfigurations"] = chain_configurations
        elif "chainConfigurations" in raw:
            field_dict["chainConfigurations"] = raw["chainConfigurations"]
        if "default_wallet_version" in cache:
            default_wallet_version: str | Unset = UNSET
            if not isinstance(self.default_wallet_version, Unset):
                default_wallet_version = self.default_wallet_version.value

            if default_wallet_version is not UNSET:
                field_dict["defaultWalletVersion"] = default_wallet_version
        elif "defaultWalletVersion" in raw:
            field_dict["defaultWalletVersion"] = raw["defaultWalletVersion"]
        if "domain_enabled_by_provider" in cache:
            domain_enabled_by_provider = self.domain_enabled_by_provider
            if domain_enabled_by_provider is not UNSET:
                field_dict["domainEnabledByProvider"] = domain_enabled_by_provider
        elif "domainEnabledByProvider" in raw:
            field_dict["domainEnabledByProvider"] = raw["domainEnabledByProvider"]
        if "email_recovery_enabled" in cache:
            email_recovery_enabled = self.email_recovery_enabled
            if email_recovery_enabled is not UNSET:
                field_dict["emailRecoveryEnabled"] = email_recovery_enabled
        elif "emailRecoveryEnabled" in raw:
            field_dict["emailRecoveryEnabled"] = raw["emailRecoveryEnabled"]
        if "force_authenticator_at_signup" in cache:
            force_authenticator_at_signup = self.force_authenticator_at_signup
            if force_authenticator_at_signup is not UNSET:
                field_dict["forceAuthenticatorAtSignup"] = force_authenticator_at_signup
        elif "forceAuthenticatorAtSignup" in raw:
            field_dict["forceAuthenticatorAtSignup"] = raw["forceAuthenticatorAtSignup"]
        if "prompt_for_key_export" in cache:
            prompt_for_key_export = self.prompt_for_key_export
            if prompt_for_key_export is not UNSET:
                field_dict["promptForKeyExport"] = prompt_for_key_export
        elif "promptForKeyExport" in raw:
            field_dict["promptForKeyExport"] = raw["promptForKeyExport"]
        if "session_key_duration" in cache:
            session_key_duration: dict[str, Any] | Unset = UNSET
            if not isinstance(self.session_key_duration, Unset):
                session_key_duration = self.session_key_duration.to_dict()
            if session_key_duration is not UNSET:
                field_dict["sessionKeyDuration"] = session_key_duration
        elif "sessionKeyDuration" in raw:
            field_dict["sessionKeyDuration"] = raw["sessionKeyDuration"]
        if "show_embedded_wallet_actions_ui" in cache:
            show_embedded_wallet_actions_ui = self.show_embedded_wallet_actions_ui
            if show_embedded_wallet_actions_ui is not UNSET:
                field_dict["showEmbeddedWalletActionsUI"] = show_embedded_wallet_actions_ui
        elif "showEmbeddedWalletActionsUI" in raw:
            field_dict["showEmbeddedWalletActionsUI"] = raw["showEmbeddedWalletActionsUI"]
        if "supported_security_methods" in cache:
            supported_security_methods: dict[str, Any] | Unset = UNSET
            if not isinstance(self.supported_security_methods, Unset):
                supported_security_methods = self.supported_security_methods.to_dict()
            if supported_security_methods is not UNSET:
                field_dict["supportedSecurityMethods"] = supported_security_methods
        elif "supportedSecurityMethods" in raw:
            field_dict["supportedSecurityMethods"] = raw["supportedSecurityMethods"]
        if "svm_gas_sponsorship_enabled" in cache:
            svm_gas_sponsorship_enabled = self.svm_gas_sponsorship_enabled
            if svm_gas_sponsorship_enabled is not UNSET:
                field_dict["svmGasSponsorshipEnabled"] = svm_gas_sponsorship_enabled
        elif "svmGasSponsorshipEnabled" in raw:
            field_dict["svmGasSponsorshipEnabled"] = raw["svmGasSponsorshipEnabled"]
        if "transaction_simulation" in cache:
            transaction_simulation = self.transaction_simulation
            if transaction_simulation is not UNSET:
                field_dict["transactionSimulation"] = transaction_simulation
        elif "transactionSimulation" in raw:
            field_dict["transactionSimulation"] = raw["transactionSimulation"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.allow_skipping_authenticator_at_signup,
            self.automatic_embedded_wallet_creation,
            self.automatic_embedded_wallet_creation_for_external,
            self.chain_configurations,
            self.default_wallet_version,
            self.domain_enabled_by_provider,
            self.email_recovery_enabled,
            self.force_authenticator_at_signup,
            self.prompt_for_key_export,
            self.session_key_duration,
            self.show_embedded_wallet_actions_ui,
            self.supported_security_methods,
            self.svm_gas_sponsorship_enabled,
            self.transaction_simulation,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettingsSdkEmbeddedWallets)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettingsSdkEmbeddedWallets("
            f"allow_skipping_authenticator_at_signup={self.allow_skipping_authenticator_at_signup!r}, "
            f"automatic_embedded_wallet_creation={self.automatic_embedded_wallet_creation!r}, "
            f"automatic_embedded_wallet_creation_for_external={self.automatic_embedded_wallet_creation_for_external!r}, "
            f"chain_configurations={self.chain_configurations!r}, "
            f"default_wallet_version={self.default_wallet_version!r}, "
            f"domain_enabled_by_provider={self.domain_enabled_by_provider!r}, "
            f"email_recovery_enabled={self.email_recovery_enabled!r}, "
            f"force_authenticator_at_signup={self.force_authenticator_at_signup!r}, "
            f"prompt_for_key_export={self.prompt_for_key_export!r}, "
            f"session_key_duration={self.session_key_duration!r}, "
            f"show_embedded_wallet_actions_ui={self.show_embedded_wallet_actions_ui!r}, "
            f"supported_security_methods={self.supported_security_methods!r}, "
            f"svm_gas_sponsorship_enabled={self.svm_gas_sponsorship_enabled!r}, "
            f"transaction_simulation={self.transaction_simulation!r}, "
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
    "chain_configurations": lambda value: [
        ChainConfiguration.from_dict(item0_) for item0_ in value
    ],
    "default_wallet_version": lambda value: EmbeddedWalletVersionEnum.from_value(value),
    "session_key_duration": lambda value: Duration.from_dict(value),
    "supported_security_methods": lambda value: SupportedSecurityMethods.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(ProjectSettingsSdkEmbeddedWallets, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(ProjectSettingsSdkEmbeddedWallets, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.chain_configuration import ChainConfiguration  # noqa: E402
from ..models.duration import Duration  # noqa: E402
from ..models.supported_security_methods import SupportedSecurityMethods  # noqa: E402
