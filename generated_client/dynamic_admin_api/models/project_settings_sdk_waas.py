from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.waas_backup_options_enum import WaasBackupOptionsEnum
from ..types import UNSET, Unset

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


@_attrs_define
class ProjectSettingsSdkWaas:
    backup_options: list[WaasBackupOptionsEnum]
    on_sign_up: ProjectSettingsSdkWaasOnSignUp
    passcode_required: bool
    allow_multiple_waas_wallets_per_chain: bool | Unset = UNSET
    custom_keyshare_relay_base_url: str | Unset = UNSET
    delegated_access: ProjectSettingsSdkWaasDelegatedAccess | Unset = UNSET
    delegated_access_endpoint: str | Unset = UNSET
    enable_forward_mpc_client: bool | Unset = UNSET
    relay_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_options = []
        for backup_options_item_data in self.backup_options:
            backup_options_item = backup_options_item_data.value
            backup_options.append(backup_options_item)

        on_sign_up = self.on_sign_up.to_dict()

        passcode_required = self.passcode_required

        allow_multiple_waas_wallets_per_chain = self.allow_multiple_waas_wallets_per_chain

        custom_keyshare_relay_base_url = self.custom_keyshare_relay_base_url

        delegated_access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delegated_access, Unset):
            delegated_access = self.delegated_access.to_dict()

        delegated_access_endpoint = self.delegated_access_endpoint

        enable_forward_mpc_client = self.enable_forward_mpc_client

        relay_url = self.relay_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backupOptions": backup_options,
                "onSignUp": on_sign_up,
                "passcodeRequired": passcode_required,
            }
        )
        if allow_multiple_waas_wallets_per_chain is not UNSET:
            field_dict["allowMultipleWaasWalletsPerChain"] = allow_multiple_waas_wallets_per_chain
        if custom_keyshare_relay_base_url is not UNSET:
            field_dict["customKeyshareRelayBaseUrl"] = custom_keyshare_relay_base_url
        if delegated_access is not UNSET:
            field_dict["delegatedAccess"] = delegated_access
        if delegated_access_endpoint is not UNSET:
            field_dict["delegatedAccessEndpoint"] = delegated_access_endpoint
        if enable_forward_mpc_client is not UNSET:
            field_dict["enableForwardMPCClient"] = enable_forward_mpc_client
        if relay_url is not UNSET:
            field_dict["relayUrl"] = relay_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        delegated_access_ = get("delegatedAccess", UNSET)
        instance_ = cls(
            backup_options=[
                WaasBackupOptionsEnum.from_value(item0_) for item0_ in src_dict["backupOptions"]
            ],
            on_sign_up=ProjectSettingsSdkWaasOnSignUp.from_dict(src_dict["onSignUp"]),
            passcode_required=src_dict["passcodeRequired"],
            allow_multiple_waas_wallets_per_chain=get("allowMultipleWaasWalletsPerChain", UNSET),
            custom_keyshare_relay_base_url=get("customKeyshareRelayBaseUrl", UNSET),
            delegated_access=UNSET
            if delegated_access_ is UNSET
            else ProjectSettingsSdkWaasDelegatedAccess.from_dict(delegated_access_),
            delegated_access_endpoint=get("delegatedAccessEndpoint", UNSET),
            enable_forward_mpc_client=get("enableForwardMPCClient", UNSET),
            relay_url=get("relayUrl", UNSET),
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
from ..models.project_settings_sdk_waas_delegated_access import (
    ProjectSettingsSdkWaasDelegatedAccess,  # noqa: E402
)
from ..models.project_settings_sdk_waas_on_sign_up import ProjectSettingsSdkWaasOnSignUp  # noqa: E402
