from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_enum import ChainEnum
from ..models.visitor_filterable_fields_enum import VisitorFilterableFieldsEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chain",
        "filterColumn",
        "filterValue",
    )
)


@_attrs_define
class VisitorSearchFilterParams:
    chain: ChainEnum | Unset = UNSET
    filter_column: VisitorFilterableFieldsEnum | Unset = UNSET
    filter_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain: str | Unset = UNSET
        if not isinstance(self.chain, Unset):
            chain = self.chain.value

        filter_column: str | Unset = UNSET
        if not isinstance(self.filter_column, Unset):
            filter_column = self.filter_column.value

        filter_value = self.filter_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain is not UNSET:
            field_dict["chain"] = chain
        if filter_column is not UNSET:
            field_dict["filterColumn"] = filter_column
        if filter_value is not UNSET:
            field_dict["filterValue"] = filter_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        chain_ = get("chain", UNSET)
        filter_column_ = get("filterColumn", UNSET)
        instance_ = cls(
            chain=UNSET if chain_ is UNSET else ChainEnum.from_value(chain_),
            filter_column=UNSET
            if filter_column_ is UNSET
            else VisitorFilterableFieldsEnum.from_value(filter_column_),
            filter_value=get("filterValue", UNSET),
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
