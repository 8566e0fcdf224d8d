from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "defaultSettings",
        "minAmount",
    )
)


@_attrs_define
class FundingExternalWallets:
    enabled: bool
    default_settings: FundingExternalWalletsDefaultSettings | Unset = UNSET
    min_amount: FundingExternalWalletsMinAmount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        default_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_settings, Unset):
            default_settings = self.default_settings.to_dict()

        min_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = self.min_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if default_settings is not UNSET:
            field_dict["defaultSettings"] = default_settings
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        default_settings_ = get("defaultSettings", UNSET)
        min_amount_ = get("minAmount", UNSET)
        instance_ = cls(
            enabled=src_dict["enabled"],
            default_settings=UNSET
            if default_settings_ is UNSET
            else FundingExternalWalletsDefaultSettings.from_dict(default_settings_),
            min_amount=UNSET
            if min_amount_ is UNSET
            else FundingExternalWalletsMinAmount.from_dict(min_amount_),
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
from ..models.funding_external_wallets_default_settings import FundingExternalWalletsDefaultSettings  # noqa: E402
from ..models.funding_external_wallets_min_amount import FundingExternalWalletsMinAmount  # noqa: E402
