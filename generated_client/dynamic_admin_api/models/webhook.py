from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "createdAt",
        "environmentId",
        "events",
        "isEnabled",
        "updatedAt",
        "url",
        "webhookId",
        "enabledAt",
        "secret",
        "version",
    )
)
_REQUIRED: tuple[str, ...] = (
    "createdAt",
    "environmentId",
    "events",
    "isEnabled",
    "updatedAt",
    "url",
    "webhookId",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "created_at": "createdAt",
    "environment_id": "environmentId",
    "events": "events",
    "is_enabled": "isEnabled",
    "updated_at": "updatedAt",
    "url": "url",
    "webhook_id": "webhookId",
    "enabled_at": "enabledAt",
    "secret": "secret",
    "version": "version",
}


class Webhook:
    created_at: datetime.datetime
    environment_id: str
    events: list[str]
    is_enabled: bool
    updated_at: datetime.datetime
    url: str
    webhook_id: str
    enabled_at: datetime.datetime | Unset
    secret: str | Unset
    version: str | Unset
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
        environment_id: str,
        events: list[str],
        is_enabled: bool,
        updated_at: datetime.datetime,
        url: str,
        webhook_id: str,
        enabled_at: datetime.datetime | Unset = UNSET,
        secret: str | Unset = UNSET,
        version: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "created_at": created_at,
                "environment_id": environment_id,
                "events": events,
                "is_enabled": is_enabled,
                "updated_at": updated_at,
                "url": url,
                "webhook_id": webhook_id,
                "enabled_at": enabled_at,
                "secret": secret,
                "version": version,
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
            raise not_an_object("Webhook", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("Webhook", _REQUIRED, src_dict)
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
        if "environment_id" in cache:
            environment_id = self.environment_id
            field_dict["environmentId"] = environment_id
        elif "environmentId" in raw:
            field_dict["environmentId"] = raw["environmentId"]
        if "events" in cache:
            events = self.events

            field_dict["events"] = events
        elif "events" in raw:
            field_dict["events"] = raw["events"]
        if "is_enabled" in cache:
            is_enabled = self.is_enabled
            field_dict["isEnabled"] = is_enabled
        elif "isEnabled" in raw:
            field_dict["isEnabled"] = raw["isEnabled"]
        if "updated_at" in cache:
            updated_at = self.updated_at.isoformat()
            field_dict["updatedAt"] = updated_at
        elif "updatedAt" in raw:
            field_dict["updatedAt"] = raw["updatedAt"]
        if "url" in cache:
            url = self.url
            field_dict["url"] = url
        elif "url" in raw:
            field_dict["url"] = raw["url"]
        if "webhook_id" in cache:
            webhook_id = self.webhook_id
            field_dict["webhookId"] = webhook_id
        elif "webhookId" in raw:
            field_dict["webhookId"] = raw["webhookId"]
        if "enabled_at" in cache:
            enabled_at: str | Unset = UNSET
            if not isinstance(self.enabled_at, Unset):
                enabled_at = self.enabled_at.isoformat()
            if enabled_at is not UNSET:
                field_dict["enabledAt"] = enabled_at
        elif "enabledAt" in raw:
            field_dict["enabledAt"] = raw["enabledAt"]
        if "secret" in cache:
            secret = self.secret
            if secret is not UNSET:
                field_dict["secret"] = secret
        elif "secret" in raw:
            field_dict["secret"] = raw["secret"]
        if "version" in cache:
            version = self.version
            if version is not UNSET:
                field_dict["version"] = version
        elif "version" in raw:
            field_dict["version"] = raw["version"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.created_at,
            self.environment_id,
            self.events,
            self.is_enabled,
            self.updated_at,
            self.url,
            self.webhook_id,
            self.enabled_at,
            self.secret,
            self.version,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Webhook)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"Webhook("
            f"created_at={self.created_at!r}, "
            f"environment_id={self.environment_id!r}, "
            f"events={self.events!r}, "
            f"is_enabled={self.is_enabled!r}, "
            f"updated_at={self.updated_at!r}, "
            f"url={self.url!r}, "
            f"webhook_id={self.webhook_id!r}, "
            f"enabled_at={self.enabled_at!r}, "
            f"secret={self.secret!r}, "
            f"version={self.version!r}, "
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
    "updated_at": lambda value: datetime.datetime.fromisoformat(value),
    "enabled_at": lambda value: datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(Webhook, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(Webhook, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
