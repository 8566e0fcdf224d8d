from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.environment_enum import EnvironmentEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
    "chains",
    "design",
    "general",
    "kyc",
    "privacy",
    "sdk",
    "security",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "chains": "chains",
    "design": "design",
    "general": "general",
    "kyc": "kyc",
    "privacy": "privacy",
    "sdk": "sdk",
    "security": "security",
    "custom_fields": "customFields",
    "environment_name": "environmentName",
    "exchanges": "exchanges",
    "networks": "networks",
    "providers": "providers",
}


class ProjectSettings:
    chains: list[ProjectSettingsChains]
    design: ProjectSettingsDesign
    general: ProjectSettingsGeneral
    kyc: list[ProjectSettingsKyc]
    privacy: ProjectSettingsPrivacy
    sdk: ProjectSettingsSdk
    security: ProjectSettingsSecurity
    custom_fields: list[ProjectSettingsKyc] | Unset
    environment_name: EnvironmentEnum | Unset
    exchanges: list[Exchange] | Unset
    networks: list[NetworkConfigurationResponse] | Unset
    providers: list[Provider] | Unset
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
        chains: list[ProjectSettingsChains],
        design: ProjectSettingsDesign,
        general: ProjectSettingsGeneral,
        kyc: list[ProjectSettingsKyc],
        privacy: ProjectSettingsPrivacy,
        sdk: ProjectSettingsSdk,
        security: ProjectSettingsSecurity,
        custom_fields: list[ProjectSettingsKyc] | Unset = UNSET,
        environment_name: EnvironmentEnum | Unset = UNSET,
        exchanges: list[Exchange] | Unset = UNSET,
        networks: list[NetworkConfigurationResponse] | Unset = UNSET,
        providers: list[Provider] | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "chains": chains,
                "design": design,
                "general": general,
                "kyc": kyc,
                "privacy": privacy,
                "sdk": sdk,
                "security": security,
                "custom_fields": custom_fields,
                "environment_name": environment_name,
                "exchanges": exchanges,
                "networks": networks,
                "providers": providers,
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
            raise not_an_object("ProjectSettings", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("ProjectSettings", _REQUIRED, src_dict)
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
        if "chains" in cache:
            chains = []
            for chains_item_data in self.chains:
                chains_item = chains_item_data.to_dict()
                chains.append(chains_item)

            field_dict["chains"] = chains
        elif "chains" in raw:
            field_dict["chains"] = raw["chains"]
        if "design" in cache:
            design = self.design.to_dict()
            field_dict["design"] = design
        elif "design" in raw:
            field_dict["design"] = raw["design"]
        if "general" in cache:
            general = self.general.to_dict()
            field_dict["general"] = general
        elif "general" in raw:
            field_dict["general"] = raw["general"]
        if "kyc" in cache:
            kyc = []
            for kyc_item_data in self.kyc:
                kyc_item = kyc_item_data.to_dict()
                kyc.append(kyc_item)

            field_dict["kyc"] = kyc
        elif "kyc" in raw:
            field_dict["kyc"] = raw["kyc"]
        if "privacy" in cache:
            privacy = self.privacy.to_dict()
            field_dict["privacy"] = privacy
        elif "privacy" in raw:
            field_dict["privacy"] = raw["privacy"]
        if "sdk" in cache:
            sdk = self.sdk.to_dict()
            field_dict["sdk"] = sdk
        elif "sdk" in raw:
            field_dict["sdk"] = raw["sdk"]
        if "security" in cache:
            security = self.security.to_dict()
            field_dict["security"] = security
        elif "security" in raw:
            field_dict["security"] = raw["security"]
        if "custom_fields" in cache:
            custom_fields: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.custom_fields, Unset):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = custom_fields_item_data.to_dict()
                    custom_fields.append(custom_fields_item)

            if custom_fields is not UNSET:
                field_dict["customFields"] = custom_fields
        elif "customFields" in raw:
            field_dict["customFields"] = raw["customFields"]
        if "environment_name" in cache:
            environment_name: str | Unset = UNSET
            if not isinstance(self.environment_name, Unset):
                environment_name = self.environment_name.value

            if environment_name is not UNSET:
                field_dict["environmentName"] = environment_name
        elif "environmentName" in raw:
            field_dict["environmentName"] = raw["environmentName"]
        if "exchanges" in cache:
            exchanges: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.exchanges, Unset):
                exchanges = []
                for exchanges_item_data in self.exchanges:
                    exchanges_item = exchanges_item_data.to_dict()
                    exchanges.append(exchanges_item)

            if exchanges is not UNSET:
                field_dict["exchanges"] = exchanges
        elif "exchanges" in raw:
            field_dict["exchanges"] = raw["exchanges"]
        if "networks" in cache:
            networks: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.networks, Unset):
                networks = []
                for networks_item_data in self.networks:
                    networks_item = networks_item_data.to_dict()
                    networks.append(networks_item)

            if networks is not UNSET:
                field_dict["networks"] = networks
        elif "networks" in raw:
            field_dict["networks"] = raw["networks"]
        if "providers" in cache:
            providers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.providers, Unset):
                providers = []
                for providers_item_data in self.providers:
                    providers_item = providers_item_data.to_dict()
                    providers.append(providers_item)

            if providers is not UNSET:
                field_dict["providers"] = providers
        elif "providers" in raw:
            field_dict["providers"] = raw["providers"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.chains,
            self.design,
            self.general,
            self.kyc,
            self.privacy,
            self.sdk,
            self.security,
            self.custom_fields,
            self.environment_name,
            self.exchanges,
            self.networks,
            self.providers,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettings)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettings("
            f"chains={self.chains!r}, "
            f"design={self.design!r}, "
            f"general={self.general!r}, "
            f"kyc={self.kyc!r}, "
            f"privacy={self.privacy!r}, "
            f"sdk={self.sdk!r}, "
            f"security={self.security!r}, "
            f"custom_fields={self.custom_fields!r}, "
            f"environment_name={self.environment_name!r}, "
            f"exchanges={self.exchanges!r}, "
            f"networks={self.networks!r}, "
            f"providers={self.providers!r}, "
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
    "chains": lambda value: [ProjectSettingsChains.from_dict(item0_) for item0_ in value],
    "design": lambda value: ProjectSettingsDesign.from_dict(value),
    "general": lambda value: ProjectSettingsGeneral.from_dict(value),
    "kyc": lambda value: [ProjectSettingsKyc.from_dict(item0_) for item0_ in value],
    "privacy": lambda value: ProjectSettingsPrivacy.from_dict(value),
    "sdk": lambda value: ProjectSettingsSdk.from_dict(value),
    "security": lambda value: ProjectSettingsSecurity.from_dict(value),
    "custom_fields": lambda value: [ProjectSettingsKyc.from_dict(item0_) for item0_ in value],
    "environment_name": lambda value: EnvironmentEnum.from_value(value),
    "exchanges": lambda value: [Exchange.from_dict(item0_) for item0_ in value],
    "networks": lambda value: [NetworkConfigurationResponse.from_dict(item0_) for item0_ in value],
    "providers": lambda value: [Provider.from_dict(item0_) for item0_ in value],
}
for _name, _key in _WIRE.items():
    setattr(ProjectSettings, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(ProjectSettings, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


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
