from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delegated_access_encryption_public_key_alg import (
    DelegatedAccessEncryptionPublicKeyAlg,
)
from ..models.delegated_access_encryption_public_key_status import (
    DelegatedAccessEncryptionPublicKeyStatus,
)
from ..models.waas_delegated_access_encryption_public_key_type import (
    WaasDelegatedAccessEncryptionPublicKeyType,
)
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "alg",
        "createdAt",
        "id",
        "kid",
        "projectEnvironmentId",
        "publicKeyPemB64",
        "status",
        "type",
        "updatedAt",
        "expiresAt",
        "revokedAt",
    )
)


@_attrs_define
class DelegatedAccessEncryptionPublicKey:
    alg: DelegatedAccessEncryptionPublicKeyAlg
    created_at: datetime.datetime
    id: str
    kid: str
    project_environment_id: str
    public_key_pem_b64: str
    status: DelegatedAccessEncryptionPublicKeyStatus
    type_: WaasDelegatedAccessEncryptionPublicKeyType
    updated_at: datetime.datetime
    expires_at: datetime.datetime | None | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alg = self.alg.value

        created_at = self.created_at.isoformat()

        id = self.id

        kid = self.kid

        project_environment_id = self.project_environment_id

        public_key_pem_b64 = self.public_key_pem_b64

        status = self.status.value

        type_ = self.type_.value

        updated_at = self.updated_at.isoformat()

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alg": alg,
                "createdAt": created_at,
                "id": id,
                "kid": kid,
                "projectEnvironmentId": project_environment_id,
                "publicKeyPemB64": public_key_pem_b64,
                "status": status,
                "type": type_,
                "updatedAt": updated_at,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if revoked_at is not UNSET:
            field_dict["revokedAt"] = revoked_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        expires_at_ = get("expiresAt", UNSET)
        revoked_at_ = get("revokedAt", UNSET)
        instance_ = cls(
            alg=DelegatedAccessEncryptionPublicKeyAlg.from_value(src_dict["alg"]),
            created_at=datetime.datetime.fromisoformat(src_dict["createdAt"]),
            id=src_dict["id"],
            kid=src_dict["kid"],
            project_environment_id=src_dict["projectEnvironmentId"],
            public_key_pem_b64=src_dict["publicKeyPemB64"],
            status=DelegatedAccessEncryptionPublicKeyStatus.from_value(src_dict["status"]),
            type_=WaasDelegatedAccessEncryptionPublicKeyType.from_value(src_dict["type"]),
            updated_at=datetime.datetime.fromisoformat(src_dict["updatedAt"]),
            expires_at=UNSET
            if expires_at_ is UNSET
            else (None if expires_at_ is None else datetime.datetime.fromisoformat(expires_at_)),
            revoked_at=UNSET
            if revoked_at_ is UNSET
            else (None if revoked_at_ is None else datetime.datetime.fromisoformat(revoked_at_)),
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
