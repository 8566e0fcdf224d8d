from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import LazyExtraFields, LazyField, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "byLoginMethod",
        "byOperatingSystem",
    )
)
_REQUIRED: tuple[str, ...] = (
    "byLoginMethod",
    "byOperatingSystem",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "by_login_method": "byLoginMethod",
    "by_operating_system": "byOperatingSystem",
}


class AnalyticsOverviewResponseSessions:
    by_login_method: list[SessionsTrendResult]
    by_operating_system: list[SessionsTrendResult]
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
        by_login_method: list[SessionsTrendResult],
        by_operating_system: list[SessionsTrendResult],
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "by_login_method": by_login_method,
                "by_operating_system": by_operating_system,
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
            raise not_an_object("AnalyticsOverviewResponseSessions", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("AnalyticsOverviewResponseSessions", _REQUIRED, src_dict)
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
        if "by_login_method" in cache:
            by_login_method = []
            for by_login_method_item_data in self.by_login_method:
                by_login_method_item = by_login_method_item_data.to_dict()
                by_login_method.append(by_login_method_item)

            field_dict["byLoginMethod"] = by_login_method
        elif "byLoginMethod" in raw:
            field_dict["byLoginMethod"] = raw["byLoginMethod"]
        if "by_operating_system" in cache:
            by_operating_system = []
            for by_operating_system_item_data in self.by_operating_system:
                by_operating_system_item = by_operating_system_item_data.to_dict()
                by_operating_system.append(by_operating_system_item)

            field_dict["byOperatingSystem"] = by_operating_system
        elif "byOperatingSystem" in raw:
            field_dict["byOperatingSystem"] = raw["byOperatingSystem"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.by_login_method,
            self.by_operating_system,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, AnalyticsOverviewResponseSessions)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"AnalyticsOverviewResponseSessions("
            f"by_login_method={self.by_login_method!r}, "
            f"by_operating_system={self.by_operating_system!r}, "
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
    "by_login_method": lambda value: [SessionsTrendResult.from_dict(item0_) for item0_ in value],
    "by_operating_system": lambda value: [
        SessionsTrendResult.from_dict(item0_) for item0_ in value
    ],
}
for _name, _key in _WIRE.items():
    setattr(AnalyticsOverviewResponseSessions, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(AnalyticsOverviewResponseSessions, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.sessions_trend_result import SessionsTrendResult  # noqa: E402
