from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "addressLine1",
        "addressLine2",
        "city",
        "country",
        "postalCode",
        "region",
    )
)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "address_line_1": "addressLine1",
    "address_line_2": "addressLine2",
    "city": "city",
    "country": "country",
    "postal_code": "postalCode",
    "region": "region",
}


class OrganizationAddressFields:
    address_line_1: str | Unset
    address_line_2: str | Unset
    city: str | Unset
    country: str | Unset
    postal_code: str | Unset
    region: str | Unset
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
        address_line_1: str | Unset = UNSET,
        address_line_2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        country: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        region: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "city": city,
                "country": country,
                "postal_code": postal_code,
                "region": region,
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
            raise not_an_object("OrganizationAddressFields", src_dict)
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
        if "address_line_1" in cache:
            address_line_1 = self.address_line_1
            if address_line_1 is not UNSET:
                field_dict["addressLine1"] = address_line_1
        elif "addressLine1" in raw:
            field_dict["addressLine1"] = raw["addressLine1"]
        if "address_line_2" in cache:
            address_line_2 = self.address_line_2
            if address_line_2 is not UNSET:
                field_dict["addressLine2"] = address_line_2
        elif "addressLine2" in raw:
            field_dict["addressLine2"] = raw["addressLine2"]
        if "city" in cache:
            city = self.city
            if city is not UNSET:
                field_dict["city"] = city
        elif "city" in raw:
            field_dict["city"] = raw["city"]
        if "country" in cache:
            country = self.country
            if country is not UNSET:
                field_dict["country"] = country
        elif "country" in raw:
            field_dict["country"] = raw["country"]
        if "postal_code" in cache:
            postal_code = self.postal_code
            if postal_code is not UNSET:
                field_dict["postalCode"] = postal_code
        elif "postalCode" in raw:
            field_dict["postalCode"] = raw["postalCode"]
        if "region" in cache:
            region = self.region
            if region is not UNSET:
                field_dict["region"] = region
        elif "region" in raw:
            field_dict["region"] = raw["region"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.address_line_1,
            self.address_line_2,
            self.city,
            self.country,
            self.postal_code,
            self.region,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, OrganizationAddressFields)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"OrganizationAddressFields("
            f"address_line_1={self.address_line_1!r}, "
            f"address_line_2={self.address_line_2!r}, "
            f"city={self.city!r}, "
            f"country={self.country!r}, "
            f"postal_code={self.postal_code!r}, "
            f"region={self.region!r}, "
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
_DECODE: dict[str, Callable[[Any], Any]] = {}
for _name, _key in _WIRE.items():
    setattr(OrganizationAddressFields, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(OrganizationAddressFields, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
