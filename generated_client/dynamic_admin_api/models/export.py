from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format_enum import ExportFormatEnum
from ..models.export_model_enum import ExportModelEnum
from ..models.export_status_enum import ExportStatusEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "createdAt",
        "format",
        "id",
        "model",
        "status",
        "completedAt",
        "downloadUrl",
        "error",
        "startedAt",
    )
)


@_attrs_define
class Export:
    created_at: datetime.datetime
    format_: ExportFormatEnum
    id: str
    model: ExportModelEnum
    status: ExportStatusEnum
    completed_at: datetime.datetime | None | Unset = UNSET
    download_url: str | Unset = UNSET
    error: str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        format_ = self.format_.value

        id = self.id

        model = self.model.value

        status = self.status.value

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        download_url = self.download_url

        error = self.error

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "format": format_,
                "id": id,
                "model": model,
                "status": status,
            }
        )
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        completed_at_ = get("completedAt", UNSET)
        started_at_ = get("startedAt", UNSET)
        instance_ = cls(
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            format_=ExportFormatEnum.from_value(src_dict["format"]),
            id=src_dict["id"],
            model=ExportModelEnum.from_value(src_dict["model"]),
            status=ExportStatusEnum.from_value(src_dict["status"]),
            completed_at=UNSET
            if completed_at_ is UNSET
            else (
                None if completed_at_ is None else datetime.datetime.fromisoformat(completed_at_)
            ),
            download_url=get("downloadUrl", UNSET),
            error=get("error", UNSET),
            started_at=UNSET
            if started_at_ is UNSET
            else (None if started_at_ is None else datetime.datetime.fromisoformat(started_at_)),
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
