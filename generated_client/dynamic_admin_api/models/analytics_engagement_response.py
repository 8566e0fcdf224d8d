from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "activeWeeklyDays",
        "retention",
        "sessionsHeatmap",
    )
)


@_attrs_define
class AnalyticsEngagementResponse:
    active_weekly_days: list[ActiveWeeklyDaysResult]
    retention: AnalyticsEngagementResponseRetention
    sessions_heatmap: list[SessionsHeatmapResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_weekly_days = []
        for active_weekly_days_item_data in self.active_weekly_days:
            active_weekly_days_item = active_weekly_days_item_data.to_dict()
            active_weekly_days.append(active_weekly_days_item)

        retention = self.retention.to_dict()

        sessions_heatmap = []
        for sessions_heatmap_item_data in self.sessions_heatmap:
            sessions_heatmap_item = sessions_heatmap_item_data.to_dict()
            sessions_heatmap.append(sessions_heatmap_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeWeeklyDays": active_weekly_days,
                "retention": retention,
                "sessionsHeatmap": sessions_heatmap,
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
            active_weekly_days=[
                ActiveWeeklyDaysResult.from_dict(item0_) for item0_ in src_dict["activeWeeklyDays"]
            ],
            retention=AnalyticsEngagementResponseRetention.from_dict(src_dict["retention"]),
            sessions_heatmap=[
                SessionsHeatmapResult.from_dict(item0_) for item0_ in src_dict["sessionsHeatmap"]
            ],
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
from ..models.active_weekly_days_result import ActiveWeeklyDaysResult  # noqa: E402
from ..models.analytics_engagement_response_retention import AnalyticsEngagementResponseRetention  # noqa: E402
from ..models.sessions_heatmap_result import SessionsHeatmapResult  # noqa: E402
