from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_enum import ChainEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chain",
        "id",
        "name",
        "provider",
        "publicKey",
        "lastSelectedAt",
        "properties",
    )
)


@_attrs_define
class Wallet:
    chain: ChainEnum
    id: str
    name: str
    provider: WalletProviderEnum
    public_key: str
    last_selected_at: None | str | Unset = UNSET
    properties: WalletProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain.value

        id = self.id

        name = self.name

        provider = self.provider.value

        public_key = self.public_key

        last_selected_at: None | str | Unset
        if isinstance(self.last_selected_at, Unset):
            last_selected_at = UNSET
        else:
            last_selected_at = self.last_selected_at

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "id": id,
                "name": name,
                "provider": provider,
                "publicKey": public_key,
            }
        )
        if last_selected_at is not UNSET:
            field_dict["lastSelectedAt"] = last_selected_at
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        properties_ = get("properties", UNSET)
        instance_ = cls(
            chain=ChainEnum.from_value(src_dict["chain"]),
            id=src_dict["id"],
            name=src_dict["name"],
            provider=WalletProviderEnum.from_value(src_dict["provider"]),
            public_key=src_dict["publicKey"],
            last_selected_at=get("lastSelectedAt", UNSET),
            properties=UNSET if properties_ is UNSET else WalletProperties.from_dict(properties_),
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
from ..models.wallet_properties import WalletProperties  # noqa: E402
