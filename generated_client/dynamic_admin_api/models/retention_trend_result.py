from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "cohortWeek",
        "returningWeek",
        "retentionPct",
    )
)


@_attrs_define
class RetentionTrendResult:
    cohort_week: datetime.datetime
    returning_week: datetime.datetime
    retention_pct: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cohort_week = self.cohort_week.isoformat()

        returning_week = self.returning_week.isoformat()

        retention_pct: float | None | Unset
        if isinstance(self.retention_pct, Unset):
            retention_pct = UNSET
        else:
            retention_pct = self.retention_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cohortWeek": cohort_week,
                "returningWeek": returning_week,
            }
        )
        if retention_pct is not UNSET:
            field_dict["retentionPct"] = retention_pct

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            cohort_week=datetime.datetime.fromisoformat(src_dict["cohortWeek"]),
            returning_week=datetime.datetime.fromisoformat(src_dict["returningWeek"]),
            retention_pct=get("retentionPct", UNSET),
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
