from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.threshold_signature_scheme import ThresholdSignatureScheme
from ..models.waas_backup_options_enum import WaasBackupOptionsEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "location",
        "externalKeyShareId",
        "keygenId",
        "thresholdSignatureScheme",
    )
)


@_attrs_define
class BackupKeySharesToLocationsWithUserIdRequestLocations:
    location: WaasBackupOptionsEnum
    external_key_share_id: str | Unset = UNSET
    keygen_id: str | Unset = UNSET
    threshold_signature_scheme: ThresholdSignatureScheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location.value

        external_key_share_id = self.external_key_share_id

        keygen_id = self.keygen_id

        threshold_signature_scheme: str | Unset = UNSET
        if not isinstance(self.threshold_signature_scheme, Unset):
            threshold_signature_scheme = self.threshold_signature_scheme.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
            }
        )
        if external_key_share_id is not UNSET:
            field_dict["externalKeyShareId"] = external_key_share_id
        if keygen_id is not UNSET:
            field_dict["keygenId"] = keygen_id
        if threshold_signature_scheme is not UNSET:
            field_dict["thresholdSignatureScheme"] = threshold_signature_scheme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        threshold_signature_scheme_ = get("thresholdSignatureScheme", UNSET)
        instance_ = cls(
            location=WaasBackupOptionsEnum.from_value(src_dict["location"]),
            external_key_share_id=get("externalKeyShareId", UNSET),
            keygen_id=get("keygenId", UNSET),
            threshold_signature_scheme=UNSET
            if threshold_signature_scheme_ is UNSET
            else ThresholdSignatureScheme.from_value(threshold_signature_scheme_),
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
