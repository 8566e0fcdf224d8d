from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_status_enum import InviteStatusEnum
from ..models.role_enum import RoleEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "organizationId",
        "organizationName",
        "status",
        "alias",
        "createdByEmail",
        "email",
        "id",
        "role",
        "walletPublicKey",
    )
)


@_attrs_define
class Invite:
    organization_id: str
    organization_name: str
    status: InviteStatusEnum
    alias: str | Unset = UNSET
    created_by_email: str | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    role: RoleEnum | Unset = UNSET
    wallet_public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name = self.organization_name

        status = self.status.value

        alias = self.alias

        created_by_email = self.created_by_email

        email = self.email

        id = self.id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        wallet_public_key = self.wallet_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
                "organizationName": organization_name,
                "status": status,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if created_by_email is not UNSET:
            field_dict["createdByEmail"] = created_by_email
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if wallet_public_key is not UNSET:
            field_dict["walletPublicKey"] = wallet_public_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        role_ = get("role", UNSET)
        instance_ = cls(
            organization_id=src_dict["organizationId"],
            organization_name=src_dict["organizationName"],
            status=InviteStatusEnum.from_value(src_dict["status"]),
            alias=get("alias", UNSET),
            created_by_email=get("createdByEmail", UNSET),
            email=get("email", UNSET),
            id=get("id", UNSET),
            role=UNSET if role_ is UNSET else RoleEnum.from_value(role_),
            wallet_public_key=get("walletPublicKey", UNSET),
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
