from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_hostname_verification_type import CustomHostnameVerificationType
from ..models.dns_record_type import DnsRecordType

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "dnsRecordType",
        "name",
        "value",
        "verificationType",
    )
)


@_attrs_define
class CustomHostnameVerificationRecord:
    dns_record_type: DnsRecordType
    name: str
    value: str
    verification_type: CustomHostnameVerificationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns_record_type = self.dns_record_type.value

        name = self.name

        value = self.value

        verification_type = self.verification_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dnsRecordType": dns_record_type,
                "name": name,
                "value": value,
                "verificationType": verification_type,
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
            dns_record_type=DnsRecordType.from_value(src_dict["dnsRecordType"]),
            name=src_dict["name"],
            value=src_dict["value"],
            verification_type=CustomHostnameVerificationType.from_value(
                src_dict["verificationType"]
            ),
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
