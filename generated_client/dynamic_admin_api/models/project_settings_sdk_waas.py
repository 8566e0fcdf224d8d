from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.waas_backup_options_enum import WaasBackupOptionsEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "backupOptions",
        "onSignUp",
        "passcodeRequired",
        "allowMultipleWaasWalletsPerChain",
        "customKeyshareRelayBaseUrl",
        "delegatedAccess",
        "delegatedAccessEndpoint",
        "enableForwardMPCClient",
        "relayUrl",
    )
)
_REQUIRED: tuple[str, ...] = (
    "backupOptions",
    "onSignUp",
    "passcodeRequired",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "backup_options": "backupOptions",
    "on_sign_up": "onSignUp",
    "passcode_required": "passcodeRequired",
    "allow_multiple_waas_wallets_per_chain": "allowMultipleWaasWalletsPerChain",
    "custom_keyshare_relay_base_url": "customKeyshareRelayBaseUrl",
    "delegated_access": "delegatedAccess",
    "delegated_access_endpoint": "delegatedAccessEndpoint",
    "enable_forward_mpc_client": "enableForwardMPCClient",
    "relay_url": "relayUrl",
}


class ProjectSettingsSdkWaas:
    backup_options: list[WaasBackupOptionsEnum]
    on_sign_up: ProjectSettingsSdkWaasOnSignUp
    passcode_required: bool
    allow_multiple_waas_wallets_per_chain: bool | Unset
    custom_keyshare_relay_base_url: str | Unset
    delegated_access: ProjectSettingsSdkWaasDelegatedAccess | Unset
    delegated_access_endpoint: str | Unset
    enable_forward_mpc_client: bool | Unset
    relay_url: str | Unset
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
        backup_options: list[WaasBackupOptionsEnum],
        on_sign_up: ProjectSettingsSdkWaasOnSignUp,
        passcode_required: bool,
        allow_multiple_waas_wallets_per_chain: bool | Unset = UNSET,
        custom_keyshare_relay_base_url: str | Unset = UNSET,
        delegated_access: ProjectSettingsSdkWaasDelegatedAccess | Unset = UNSET,
        delegated_access_endpoint: str | Unset = UNSET,
        enable_forward_mpc_client: bool | Unset = UNSET,
        relay_url: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "backup_options": backup_options,
                "on_sign_up": on_sign_up,
                "passcode_required": passcode_required,
                "allow_multiple_waas_wallets_per_chain": allow_multiple_waas_wallets_per_chain,
                "custom_keyshare_relay_base_url": custom_keyshare_relay_base_url,
                "delegated_access": delegated_access,
                "delegated_access_endpoint": delegated_access_endpoint,
                "enable_forward_mpc_client": enable_forward_mpc_client,
                "relay_url": relay_url,
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
            raise not_an_object("ProjectSettingsSdkWaas", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("ProjectSettingsSdkWaas", _REQUIRED, src_dict)
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
        if "backup_options" in cache:
            backup_options = []
            for backup_options_item_data in self.backup_options:
                backup_options_item = backup_options_item_data.value
                backup_options.append(backup_options_item)

            field_dict["backupOptions"] = backup_options
        elif "backupOptions" in raw:
            field_dict["backupOptions"] = raw["backupOptions"]
        if "on_sign_up" in cache:
            on_sign_up = self.on_sign_up.to_dict()
            field_dict["onSignUp"] = on_sign_up
        elif "onSignUp" in raw:
            field_dict["onSignUp"] = raw["onSignUp"]
        if "passcode_required" in cache:
            passcode_required = self.passcode_required
            field_dict["passcodeRequired"] = passcode_required
        elif "passcodeRequired" in raw:
            field_dict["passcodeRequired"] = raw["passcodeRequired"]
        if "allow_multiple_waas_wallets_per_chain" in cache:
            allow_multiple_waas_wallets_per_chain = self.allow_multiple_waas_wallets_per_chain
            if allow_multiple_waas_wallets_per_chain is not UNSET:
                field_dict["allowMultipleWaasWalletsPerChain"] = (
                    allow_multiple_waas_wallets_per_chain
                )
        elif "allowMultipleWaasWalletsPerChain" in raw:
            field_dict["allowMultipleWaasWalletsPerChain"] = raw["allowMultipleWaasWalletsPerChain"]
        if "custom_keyshare_relay_base_url" in cache:
            custom_keyshare_relay_base_url = self.custom_keyshare_relay_base_url
            if custom_keyshare_relay_base_url is not UNSET:
                field_dict["customKeyshareRelayBaseUrl"] = custom_keyshare_relay_base_url
        elif "customKeyshareRelayBaseUrl" in raw:
            field_dict["customKeyshareRelayBaseUrl"] = raw["customKeyshareRelayBaseUrl"]
        if "delegated_access" in cache:
            delegated_access: dict[str, Any] | Unset = UNSET
            if not isinstance(self.delegated_access, Unset):
                delegated_access = self.delegated_access.to_dict()
            if delegated_access is not UNSET:
                field_dict["delegatedAccess"] = delegated_access
        elif "delegatedAccess" in raw:
            field_dict["delegatedAccess"] = raw["delegatedAccess"]
        if "delegated_access_endpoint" in cache:
            delegated_access_endpoint = self.delegated_access_endpoint
            if delegated_access_endpoint is not UNSET:
                field_dict["delegatedAccessEndpoint"] = delegated_access_endpoint
        elif "delegatedAccessEndpoint" in raw:
            field_dict["delegatedAccessEndpoint"] = raw["delegatedAccessEndpoint"]
        if "enable_forward_mpc_client" in cache:
            enable_forward_mpc_client = self.enable_forward_mpc_client
            if enable_forward_mpc_client is not UNSET:
                field_dict["enableForwardMPCClient"] = enable_forward_mpc_client
        elif "enableForwardMPCClient" in raw:
            field_dict["enableForwardMPCClient"] = raw["enableForwardMPCClient"]
        if "relay_url" in cache:
            relay_url = self.relay_url
            if relay_url is not UNSET:
                field_dict["relayUrl"] = relay_url
        elif "relayUrl" in raw:
            field_dict["relayUrl"] = raw["relayUrl"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.backup_options,
            self.on_sign_up,
            self.passcode_required,
            self.allow_multiple_waas_wallets_per_chain,
            self.custom_keyshare_relay_base_url,
            self.delegated_access,
            self.delegated_access_endpoint,
            self.enable_forward_mpc_client,
            self.relay_url,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettingsSdkWaas)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettingsSdkWaas("
            f"backup_options={self.backup_options!r}, "
            f"on_sign_up={self.on_sign_up!r}, "
            f"passcode_required={self.passcode_required!r}, "
            f"allow_multiple_waas_wallets_per_chain={self.allow_multiple_waas_wallets_per_chain!r}, "
            f"custom_keyshare_relay_base_url={self.custom_keyshare_relay_base_url!r}, "
            f"delegated_access={self.delegated_access!r}, "
            f"delegated_access_endpoint={self.delegated_access_endpoint!r}, "
            f"enable_forward_mpc_client={self.enable_forward_mpc_client!r}, "
            f"relay_url={self.relay_url!r}, "
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
    "backup_options": lambda value: [WaasBackupOptionsEnum.from_value(item0_) for item0_ in value],
    "on_sign_up": lambda value: ProjectSettingsSdkWaasOnSignUp.from_dict(value),
    "delegated_access": lambda value: ProjectSettingsSdkWaasDelegatedAccess.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(ProjectSettingsSdkWaas, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(ProjectSettingsSdkWaas, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.project_settings_sdk_waas_delegated_access import (
    ProjectSettingsSdkWaasDelegatedAccess,  # noqa: E402
)
from ..models.project_settings_sdk_waas_on_sign_up import ProjectSettingsSdkWaasOnSignUp  # noqa: E402
