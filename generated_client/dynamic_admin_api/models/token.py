from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.token_scopes import TokenScopes
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "checksum",
        "createdAt",
        "createdBy",
        "id",
        "note",
        "projectEnvironment",
        "projectEnvironmentId",
        "scopes",
    )
)
_REQUIRED: tuple[str, ...] = (
    "checksum",
    "createdAt",
    "createdBy",
    "id",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "checksum": "checksum",
    "created_at": "createdAt",
    "created_by": "createdBy",
    "id": "id",
    "note": "note",
    "project_environment": "projectEnvironment",
    "project_environment_id": "projectEnvironmentId",
    "scopes": "scopes",
}


class Token:
    checksum: str
    created_at: datetime.datetime
    created_by: TokenCreatedBy
    id: str
    note: str | Unset
    project_environment: TokenWithRawProjectEnvironment | Unset
    project_environment_id: str | Unset
    scopes: list[TokenScopes] | Unset
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
        checksum: str,
        created_at: datetime.datetime,
        created_by: TokenCreatedBy,
        id: str,
        note: str | Unset = UNSET,
        project_environment: TokenWithRawProjectEnvironment | Unset = UNSET,
        project_environment_id: str | Unset = UNSET,
        scopes: list[TokenScopes] | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "checksum": checksum,
                "created_at": created_at,
                "created_by": created_by,
                "id": id,
                "note": note,
                "project_environment": project_environment,
                "project_environment_id": project_environment_id,
                "scopes": scopes,
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
            raise not_an_object("Token", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Token", _REQUIRED, src_dict)
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
        if "checksum" in cache:
            checksum = self.checksum
            field_dict["checksum"] = checksum
        elif "checksum" in raw:
            field_dict["checksum"] = raw["checksum"]
        if "created_at" in cache:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "created_by" in cache:
            created_by = self.created_by.to_dict()
            field_dict["createdBy"] = created_by
        elif "createdBy" in raw:
            field_dict["createdBy"] = raw["createdBy"]
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "note" in cache:
            note = self.note
            if note is not UNSET:
                field_dict["note"] = note
        elif "note" in raw:
            field_dict["note"] = raw["note"]
        if "project_environment" in cache:
            project_environment: dict[str, Any] | Unset = UNSET
            if not isinstance(self.project_environment, Unset):
                project_environment = self.project_environment.to_dict()
            if project_environment is not UNSET:
                field_dict["projectEnvironment"] = project_environment
        elif "projectEnvironment" in raw:
            field_dict["projectEnvironment"] = raw["projectEnvironment"]
        if "project_environment_id" in cache:
            project_environment_id = self.project_environment_id
            if project_environment_id is not UNSET:
                field_dict["projectEnvironmentId"] = project_environment_id
        elif "projectEnvironmentId" in raw:
            field_dict["projectEnvironmentId"] = raw["projectEnvironmentId"]
        if "scopes" in cache:
            scopes: list[str] | Unset = UNSET
            if not isinstance(self.scopes, Unset):
                scopes = []
                for scopes_item_data in self.scopes:
                    scopes_item = scopes_item_data.value
                    scopes.append(scopes_item)

            if scopes is not UNSET:
                field_dict["scopes"] = scopes
        elif "scopes" in raw:
            field_dict["scopes"] = raw["scopes"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.checksum,
            self.created_at,
            self.created_by,
            self.id,
            self.note,
            self.project_environment,
            self.project_environment_id,
            self.scopes,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Token)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Token("
            f"checksum={self.checksum!r}, "
            f"created_at={self.created_at!r}, "
            f"created_by={self.created_by!r}, "
            f"id={self.id!r}, "
            f"note={self.note!r}, "
            f"project_environment={self.project_environment!r}, "
            f"project_environment_id={self.project_environment_id!r}, "
            f"scopes={self.scopes!r}, "
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
    "created_by": lambda value: TokenCreatedBy.from_dict(value),
    "project_environment": lambda value: TokenWithRawProjectEnvironment.from_dict(value),
    "scopes": lambda value: [TokenScopes.from_value(item0_) for item0_ in value],
}
for _name, _key in _WIRE.items():
    setattr(Token, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Token, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.token_created_by import TokenCreatedBy  # noqa: E402
from ..models.token_with_raw_project_environment import TokenWithRawProjectEnvironment  # noqa: E402
