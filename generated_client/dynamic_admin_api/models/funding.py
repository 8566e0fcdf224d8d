from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.onramp_providers import OnrampProviders
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "onramps",
        "externalWallets",
    )
)


@_attrs_define
class Funding:
    onramps: list[OnrampProviders]
    external_wallets: FundingExternalWallets | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onramps = []
        for onramps_item_data in self.onramps:
            onramps_item = onramps_item_data.value
            onramps.append(onramps_item)

        external_wallets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_wallets, Unset):
            external_wallets = self.external_wallets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onramps": onramps,
            }
        )
        if external_wallets is not UNSET:
            field_dict["externalWallets"] = external_wallets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        external_wallets_ = get("externalWallets", UNSET)
        instance_ = cls(
            onramps=[OnrampProviders.from_value(item0_) for item0_ in src_dict["onramps"]],
            external_wallets=UNSET
            if external_wallets_ is UNSET
            else FundingExternalWallets.from_dict(external_wallets_),
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
from ..models.funding_external_wallets import FundingExternalWallets  # noqa: E402
