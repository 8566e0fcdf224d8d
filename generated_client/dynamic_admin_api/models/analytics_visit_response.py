from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "summedSessionsCount",
        "summedTotalUniqueCount",
        "users",
        "visits",
    )
)


@_attrs_define
class AnalyticsVisitResponse:
    summed_sessions_count: int | Unset = UNSET
    summed_total_unique_count: int | Unset = UNSET
    users: AnalyticsSessionsByDate | Unset = UNSET
    visits: AnalyticsSessionsByDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summed_sessions_count = self.summed_sessions_count

        summed_total_unique_count = self.summed_total_unique_count

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        visits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visits, Unset):
            visits = self.visits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summed_sessions_count is not UNSET:
            field_dict["summedSessionsCount"] = summed_sessions_count
        if summed_total_unique_count is not UNSET:
            field_dict["summedTotalUniqueCount"] = summed_total_unique_count
        if users is not UNSET:
            field_dict["users"] = users
        if visits is not UNSET:
            field_dict["visits"] = visits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        users_ = get("users", UNSET)
        visits_ = get("visits", UNSET)
        instance_ = cls(
            summed_sessions_count=get("summedSessionsCount", UNSET),
            summed_total_unique_count=get("summedTotalUniqueCount", UNSET),
            users=UNSET if users_ is UNSET else AnalyticsSessionsByDate.from_dict(users_),
            visits=UNSET if visits_ is UNSET else AnalyticsSessionsByDate.from_dict(visits_),
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
from ..models.analytics_sessions_by_date import AnalyticsSessionsByDate  # noqa: E402
