from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "key",
        "message",
    )
)


@_attrs_define
class DelegatedAccessEncryptionPublicKeyResponse:
    key: DelegatedAccessEncryptionPublicKey
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        instance_ = cls(
            key=DelegatedAccessEncryptionPublicKey.from_dict(src_dict["key"]),
            message=src_dict["message"],
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
from ..models.delegated_access_encryption_public_key import DelegatedAccessEncryptionPublicKey  # noqa: E402
