from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_enum import EnvironmentEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chains",
        "design",
        "general",
        "kyc",
        "privacy",
        "sdk",
        "security",
        "customFields",
        "environmentName",
        "exchanges",
        "networks",
        "providers",
    )
)


@_attrs_define
class ProjectSettings:
    chains: list[ProjectSettingsChains]
    design: ProjectSettingsDesign
    general: ProjectSettingsGeneral
    kyc: list[ProjectSettingsKyc]
    privacy: ProjectSettingsPrivacy
    sdk: ProjectSettingsSdk
    security: ProjectSettingsSecurity
    custom_fields: list[ProjectSettingsKyc] | Unset = UNSET
    environment_name: EnvironmentEnum | Unset = UNSET
    exchanges: list[Exchange] | Unset = UNSET
    networks: list[NetworkConfigurationResponse] | Unset = UNSET
    providers: list[Provider] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chains = []
        for chains_item_data in self.chains:
            chains_item = chains_item_data.to_dict()
            chains.append(chains_item)

        design = self.design.to_dict()

        general = self.general.to_dict()

        kyc = []
        for kyc_item_data in self.kyc:
            kyc_item = kyc_item_data.to_dict()
            kyc.append(kyc_item)

        privacy = self.privacy.to_dict()

        sdk = self.sdk.to_dict()

        security = self.security.to_dict()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        environment_name: str | Unset = UNSET
        if not isinstance(self.environment_name, Unset):
            environment_name = self.environment_name.value

        exchanges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchanges, Unset):
            exchanges = []
            for exchanges_item_data in self.exchanges:
                exchanges_item = exchanges_item_data.to_dict()
                exchanges.append(exchanges_item)

        networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = []
            for networks_item_data in self.networks:
                networks_item = networks_item_data.to_dict()
                networks.append(networks_item)

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chains": chains,
                "design": design,
                "general": general,
                "kyc": kyc,
                "privacy": privacy,
                "sdk": sdk,
                "security": security,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if environment_name is not UNSET:
            field_dict["environmentName"] = environment_name
        if exchanges is not UNSET:
            field_dict["exchanges"] = exchanges
        if networks is not UNSET:
            field_dict["networks"] = networks
        if providers is not UNSET:
            field_dict["providers"] = providers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        custom_fields_ = get("customFields", UNSET)
        environment_name_ = get("environmentName", UNSET)
        exchanges_ = get("exchanges", UNSET)
        networks_ = get("networks", UNSET)
        providers_ = get("providers", UNSET)
        instance_ = cls(
            chains=[ProjectSettingsChains.from_dict(item0_) for item0_ in src_dict["chains"]],
            design=ProjectSettingsDesign.from_dict(src_dict["design"]),
            general=ProjectSettingsGeneral.from_dict(src_dict["general"]),
            kyc=[ProjectSettingsKyc.from_dict(item0_) for item0_ in src_dict["kyc"]],
            privacy=ProjectSettingsPrivacy.from_dict(src_dict["privacy"]),
            sdk=ProjectSettingsSdk.from_dict(src_dict["sdk"]),
            security=ProjectSettingsSecurity.from_dict(src_dict["security"]),
            custom_fields=UNSET
            if custom_fields_ is UNSET
            else [ProjectSettingsKyc.from_dict(item0_) for item0_ in custom_fields_],
            environment_name=UNSET
            if environment_name_ is UNSET
            else EnvironmentEnum.from_value(environment_name_),
            exchanges=UNSET
            if exchanges_ is UNSET
            else [Exchange.from_dict(item0_) for item0_ in exchanges_],
            networks=UNSET
            if networks_ is UNSET
            else [NetworkConfigurationResponse.from_dict(item0_) for item0_ in networks_],
            providers=UNSET
            if providers_ is UNSET
            else [Provider.from_dict(item0_) for item0_ in providers_],
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
from ..models.exchange import Exchange  # noqa: E402
from ..models.network_configuration_response import NetworkConfigurationResponse  # noqa: E402
from ..models.project_settings_chains import ProjectSettingsChains  # noqa: E402
from ..models.project_settings_design import ProjectSettingsDesign  # noqa: E402
from ..models.project_settings_general import ProjectSettingsGeneral  # noqa: E402
from ..models.project_settings_kyc import ProjectSettingsKyc  # noqa: E402
from ..models.project_settings_privacy import ProjectSettingsPrivacy  # noqa: E402
from ..models.project_settings_sdk import ProjectSettingsSdk  # noqa: E402
from ..models.project_settings_security import ProjectSettingsSecurity  # noqa: E402
from ..models.provider import Provider  # noqa: E402
