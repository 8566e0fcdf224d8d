from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.delegated_access_encryption_public_key_alg import (
    DelegatedAccessEncryptionPublicKeyAlg,
)
from ..models.delegated_access_encryption_public_key_status import (
    DelegatedAccessEncryptionPublicKeyStatus,
)
from ..models.waas_delegated_access_encryption_public_key_type import (
    WaasDelegatedAccessEncryptionPublicKeyType,
)
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
    "alg",
    "createdAt",
    "id",
    "kid",
    "projectEnvironmentId",
    "publicKeyPemB64",
    "status",
    "type",
    "updatedAt",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "alg": "alg",
    "created_at": "createdAt",
    "id": "id",
    "kid": "kid",
    "project_environment_id": "projectEnvironmentId",
    "public_key_pem_b64": "publicKeyPemB64",
    "status": "status",
    "type_": "type",
    "updated_at": "updatedAt",
    "expires_at": "expiresAt",
    "revoked_at": "revokedAt",
}


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
    expires_at: datetime.datetime | None | Unset
    revoked_at: datetime.datetime | None | Unset
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
        alg: DelegatedAccessEncryptionPublicKeyAlg,
        created_at: datetime.datetime,
        id: str,
        kid: str,
        project_environment_id: str,
        public_key_pem_b64: str,
        status: DelegatedAccessEncryptionPublicKeyStatus,
        type_: WaasDelegatedAccessEncryptionPublicKeyType,
        updated_at: datetime.datetime,
        expires_at: datetime.datetime | None | Unset = UNSET,
        revoked_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "alg": alg,
                "created_at": created_at,
                "id": id,
                "kid": kid,
                "project_environment_id": project_environment_id,
                "public_key_pem_b64": public_key_pem_b64,
                "status": status,
                "type_": type_,
                "updated_at": updated_at,
                "expires_at": expires_at,
                "revoked_at": revoked_at,
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
            raise not_an_object("DelegatedAccessEncryptionPublicKey", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("DelegatedAccessEncryptionPublicKey", _REQUIRED, src_dict)
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
        if "alg" in cache:
            alg = self.alg.value
            field_dict["alg"] = alg
        elif "alg" in raw:
            field_dict["alg"] = raw["alg"]
        if "created_at" in cache:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "kid" in cache:
            kid = self.kid
            field_dict["kid"] = kid
        elif "kid" in raw:
            field_dict["kid"] = raw["kid"]
        if "project_environment_id" in cache:
            project_environment_id = self.project_environment_id
            field_dict["projectEnvironmentId"] = project_environment_id
        elif "projectEnvironmentId" in raw:
            field_dict["projectEnvironmentId"] = raw["projectEnvironmentId"]
        if "public_key_pem_b64" in cache:
            public_key_pem_b64 = self.public_key_pem_b64
            field_dict["publicKeyPemB64"] = public_key_pem_b64
        elif "publicKeyPemB64" in raw:
            field_dict["publicKeyPemB64"] = raw["publicKeyPemB64"]
        if "status" in cache:
            status = self.status.value
            field_dict["status"] = status
        elif "status" in raw:
            field_dict["status"] = raw["status"]
        if "type_" in cache:
            type_ = self.type_.value
            field_dict["type"] = type_
        elif "type" in raw:
            field_dict["type"] = raw["type"]
        if "updated_at" in cache:
            updated_at = self.updated_at.isoformat()
            field_dict["updatedAt"] = updated_at
        elif "updatedAt" in raw:
            field_dict["updatedAt"] = raw["updatedAt"]
        if "expires_at" in cache:
            expires_at: None | str | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at
            if expires_at is not UNSET:
                field_dict["expiresAt"] = expires_at
        elif "expiresAt" in raw:
            field_dict["expiresAt"] = raw["expiresAt"]
        if "revoked_at" in cache:
            revoked_at: None | str | Unset
            if isinstance(self.revoked_at, Unset):
                revoked_at = UNSET
            elif isinstance(self.revoked_at, datetime.datetime):
                revoked_at = self.revoked_at.isoformat()
            else:
                revoked_at = self.revoked_at
            if revoked_at is not UNSET:
                field_dict["revokedAt"] = revoked_at
        elif "revokedAt" in raw:
            field_dict["revokedAt"] = raw["revokedAt"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.alg,
            self.created_at,
            self.id,
            self.kid,
            self.project_environment_id,
            self.public_key_pem_b64,
            self.status,
            self.type_,
            self.updated_at,
            self.expires_at,
            self.revoked_at,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, DelegatedAccessEncryptionPublicKey)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"DelegatedAccessEncryptionPublicKey("
            f"alg={self.alg!r}, "
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"kid={self.kid!r}, "
            f"project_environment_id={self.project_environment_id!r}, "
            f"public_key_pem_b64={self.public_key_pem_b64!r}, "
            f"status={self.status!r}, "
            f"type_={self.type_!r}, "
            f"updated_at={self.updated_at!r}, "
            f"expires_at={self.expires_at!r}, "
            f"revoked_at={self.revoked_at!r}, "
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
    "alg": lambda value: DelegatedAccessEncryptionPublicKeyAlg.from_value(value),
    "created_at": lambda value: datetime.datetime.fromisoformat(value),
    "status": lambda value: DelegatedAccessEncryptionPublicKeyStatus.from_value(value),
    "type_": lambda value: WaasDelegatedAccessEncryptionPublicKeyType.from_value(value),
    "updated_at": lambda value: datetime.datetime.fromisoformat(value),
    "expires_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
    "revoked_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(DelegatedAccessEncryptionPublicKey, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(DelegatedAccessEncryptionPublicKey, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
