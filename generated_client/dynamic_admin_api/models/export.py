from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.export_format_enum import ExportFormatEnum
from ..models.export_model_enum import ExportModelEnum
from ..models.export_status_enum import ExportStatusEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
    "createdAt",
    "format",
    "id",
    "model",
    "status",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "created_at": "createdAt",
    "format_": "format",
    "id": "id",
    "model": "model",
    "status": "status",
    "completed_at": "completedAt",
    "download_url": "downloadUrl",
    "error": "error",
    "started_at": "startedAt",
}


class Export:
    created_at: datetime.datetime
    format_: ExportFormatEnum
    id: str
    model: ExportModelEnum
    status: ExportStatusEnum
    completed_at: datetime.datetime | None | Unset
    download_url: str | Unset
    error: str | Unset
    started_at: datetime.datetime | None | Unset
    additional_properties: dict[str, Any]
    """Fields of the payload this description does not know, as decoded."""

    # A parsed instance keeps the decoded JSON object in `_raw`; each field is
    # a `LazyField` (installed below) that converts it on first read and
    # caches it in the instance dict.
    # `_stale` turns True once `_raw` alone may no longer describe the object
    # (built from keywords, an attribute set, a value decoded that could be
    # changed in place), which rules out the `to_dict` fast path.
    _raw: dict[str, Any]
    _stale: bool = False
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(
        self,
        created_at: datetime.datetime,
        format_: ExportFormatEnum,
        id: str,
        model: ExportModelEnum,
        status: ExportStatusEnum,
        completed_at: datetime.datetime | None | Unset = UNSET,
        download_url: str | Unset = UNSET,
        error: str | Unset = UNSET,
        started_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "created_at": created_at,
                "format_": format_,
                "id": id,
                "model": model,
                "status": status,
                "completed_at": completed_at,
                "download_url": download_url,
                "error": error,
                "started_at": started_at,
                "additional_properties": {},
            }
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; fields are converted when first read.

        Only the presence of the required fields is checked here. The object
        is kept, not copied: do not change it afterwards.

        Raises:
            MissingFieldError: a required field is missing (a ``KeyError``
                naming the wire field).
            TypeError: ``src_dict`` is not a JSON object.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("Export", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Export", _REQUIRED, src_dict)
        instance_ = cls.__new__(cls)
        instance_.__dict__["_raw"] = src_dict
        return instance_

    if not TYPE_CHECKING:
        # Hidden from type checkers, which would otherwise accept any
        # attribute name on a class defining it.
        def __setattr__(self, name, value):
            cache = self.__dict__
            cache[name] = value
            cache["_stale"] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready object, with wire names.

        For a parsed instance nothing was set on or decoded from, this is a
        shallow copy of the payload: nested lists and objects are shared.
        Fields never read are passed through as they came.
        """
        raw = self._raw
        if not self._stale:
            return dict(raw)
        cache = self.__dict__
        field_dict: dict[str, Any] = {}
        if "additional_properties" in cache:
            field_dict.update(self.additional_properties)
        else:
            field_dict.update(
                {key: value for key, value in raw.items() if key not in _KNOWN_FIELDS}
            )
        if "created_at" in cache:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "format_" in cache:
            format_ = self.format_.value
            field_dict["format"] = format_
        elif "format" in raw:
            field_dict["format"] = raw["format"]
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "model" in cache:
            model = self.model.value
            field_dict["model"] = model
        elif "model" in raw:
            field_dict["model"] = raw["model"]
        if "status" in cache:
            status = self.status.value
            field_dict["status"] = status
        elif "status" in raw:
            field_dict["status"] = raw["status"]
        if "completed_at" in cache:
            completed_at: None | str | Unset
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            elif isinstance(self.completed_at, datetime.datetime):
                completed_at = self.completed_at.isoformat()
            else:
                completed_at = self.completed_at
            if completed_at is not UNSET:
                field_dict["completedAt"] = completed_at
        elif "completedAt" in raw:
            field_dict["completedAt"] = raw["completedAt"]
        if "download_url" in cache:
            download_url = self.download_url
            if download_url is not UNSET:
                field_dict["downloadUrl"] = download_url
        elif "downloadUrl" in raw:
            field_dict["downloadUrl"] = raw["downloadUrl"]
        if "error" in cache:
            error = self.error
            if error is not UNSET:
                field_dict["error"] = error
        elif "error" in raw:
            field_dict["error"] = raw["error"]
        if "started_at" in cache:
            started_at: None | str | Unset
            if isinstance(self.started_at, Unset):
                started_at = UNSET
            elif isinstance(self.started_at, datetime.datetime):
                started_at = self.started_at.isoformat()
            else:
                started_at = self.started_at
            if started_at is not UNSET:
                field_dict["startedAt"] = started_at
        elif "startedAt" in raw:
            field_dict["startedAt"] = raw["startedAt"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.created_at,
            self.format_,
            self.id,
            self.model,
            self.status,
            self.completed_at,
            self.download_url,
            self.error,
            self.started_at,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Export)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Export("
            f"created_at={self.created_at!r}, "
            f"format_={self.format_!r}, "
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"status={self.status!r}, "
            f"completed_at={self.completed_at!r}, "
            f"download_url={self.download_url!r}, "
            f"error={self.error!r}, "
            f"started_at={self.started_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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


# Field converters, by python attribute; a field missing here is used as decoded.
_DECODE: dict[str, Callable[[Any], Any]] = {
    "created_at": lambda value: datetime.datetime.fromisoformat(value),
    "format_": lambda value: ExportFormatEnum.from_value(value),
    "model": lambda value: ExportModelEnum.from_value(value),
    "status": lambda value: ExportStatusEnum.from_value(value),
    "completed_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
    "started_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(Export, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Export, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
