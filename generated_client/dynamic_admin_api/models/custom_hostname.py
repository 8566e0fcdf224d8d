from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_hostname_status_enum import CustomHostnameStatusEnum
from ..models.custom_hostname_usage_enum import CustomHostnameUsageEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "hostname",
        "id",
        "status",
        "usage",
        "verificationRecords",
        "errors",
    )
)


@_attrs_define
class CustomHostname:
    hostname: str
    id: str
    status: CustomHostnameStatusEnum
    usage: CustomHostnameUsageEnum
    verification_records: list[CustomHostnameVerificationRecord]
    errors: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        id = self.id

        status = self.status.value

        usage = self.usage.value

        verification_records = []
        for verification_records_item_data in self.verification_records:
            verification_records_item = verification_records_item_data.to_dict()
            verification_records.append(verification_records_item)

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "id": id,
                "status": status,
                "usage": usage,
                "verificationRecords": verification_records,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            hostname=src_dict["hostname"],
            id=src_dict["id"],
            status=CustomHostnameStatusEnum.from_value(src_dict["status"]),
            usage=CustomHostnameUsageEnum.from_value(src_dict["usage"]),
            verification_records=[
                CustomHostnameVerificationRecord.from_dict(item0_)
                for item0_ in src_dict["verificationRecords"]
            ],
            errors=get("errors", UNSET),
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
from ..models.custom_hostname_verification_record import CustomHostnameVerificationRecord  # noqa: E402
