from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_key_enum import ExchangeKeyEnum
from ..models.provider_enum import ProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "exchange",
        "enabledAt",
        "id",
        "onRampProvider",
        "socialProvider",
    )
)


@_attrs_define
class Exchange:
    exchange: ExchangeKeyEnum
    enabled_at: datetime.datetime | None | Unset = UNSET
    id: str | Unset = UNSET
    on_ramp_provider: ProviderEnum | Unset = UNSET
    social_provider: ProviderEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange.value

        enabled_at: None | str | Unset
        if isinstance(self.enabled_at, Unset):
            enabled_at = UNSET
        elif isinstance(self.enabled_at, datetime.datetime):
            enabled_at = self.enabled_at.isoformat()
        else:
            enabled_at = self.enabled_at

        id = self.id

        on_ramp_provider: str | Unset = UNSET
        if not isinstance(self.on_ramp_provider, Unset):
            on_ramp_provider = self.on_ramp_provider.value

        social_provider: str | Unset = UNSET
        if not isinstance(self.social_provider, Unset):
            social_provider = self.social_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
            }
        )
        if enabled_at is not UNSET:
            field_dict["enabledAt"] = enabled_at
        if id is not UNSET:
            field_dict["id"] = id
        if on_ramp_provider is not UNSET:
            field_dict["onRampProvider"] = on_ramp_provider
        if social_provider is not UNSET:
            field_dict["socialProvider"] = social_provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        enabled_at_ = get("enabledAt", UNSET)
        on_ramp_provider_ = get("onRampProvider", UNSET)
        social_provider_ = get("socialProvider", UNSET)
        instance_ = cls(
            exchange=ExchangeKeyEnum.from_value(src_dict["exchange"]),
            enabled_at=UNSET
            if enabled_at_ is UNSET
            else (None if enabled_at_ is None else datetime.datetime.fromisoformat(enabled_at_)),
            id=get("id", UNSET),
            on_ramp_provider=UNSET
            if on_ramp_provider_ is UNSET
            else ProviderEnum.from_value(on_ramp_provider_),
            social_provider=UNSET
            if social_provider_ is UNSET
            else ProviderEnum.from_value(social_provider_),
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
