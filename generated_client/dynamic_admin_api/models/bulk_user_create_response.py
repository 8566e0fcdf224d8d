from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "created",
        "failed",
        "total",
        "updated",
    )
)


@_attrs_define
class BulkUserCreateResponse:
    created: list[User] | Unset = UNSET
    failed: list[BulkUserCreateResponseFailed] | Unset = UNSET
    total: int | Unset = UNSET
    updated: list[User] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = []
            for created_item_data in self.created:
                created_item = created_item_data.to_dict()
                created.append(created_item)

        failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item = failed_item_data.to_dict()
                failed.append(failed_item)

        total = self.total

        updated: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = []
            for updated_item_data in self.updated:
                updated_item = updated_item_data.to_dict()
                updated.append(updated_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if failed is not UNSET:
            field_dict["failed"] = failed
        if total is not UNSET:
            field_dict["total"] = total
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        created_ = get("created", UNSET)
        failed_ = get("failed", UNSET)
        updated_ = get("updated", UNSET)
        instance_ = cls(
            created=UNSET if created_ is UNSET else [User.from_dict(item0_) for item0_ in created_],
            failed=UNSET
            if failed_ is UNSET
            else [BulkUserCreateResponseFailed.from_dict(item0_) for item0_ in failed_],
            total=get("total", UNSET),
            updated=UNSET if updated_ is UNSET else [User.from_dict(item0_) for item0_ in updated_],
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
from ..models.bulk_user_create_response_failed import BulkUserCreateResponseFailed  # noqa: E402
from ..models.user import User  # noqa: E402
