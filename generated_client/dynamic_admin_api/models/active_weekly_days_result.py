from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "nDays",
        "nUserWeeks",
        "pctUserWeeks",
    )
)


@_attrs_define
class ActiveWeeklyDaysResult:
    n_days: float
    n_user_weeks: float
    pct_user_weeks: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n_days = self.n_days

        n_user_weeks = self.n_user_weeks

        pct_user_weeks = self.pct_user_weeks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nDays": n_days,
                "nUserWeeks": n_user_weeks,
                "pctUserWeeks": pct_user_weeks,
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
            n_days=src_dict["nDays"],
            n_user_weeks=src_dict["nUserWeeks"],
            pct_user_weeks=src_dict["pctUserWeeks"],
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
