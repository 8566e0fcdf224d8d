from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.custom_field_type import CustomFieldType
from ..models.kyc_field_type import KycFieldType
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "name",
        "required",
        "unique",
        "verify",
        "label",
        "position",
        "type",
        "validationRules",
        "validationType",
    )
)
_REQUIRED: tuple[str, ...] = (
    "enabled",
    "name",
    "required",
    "unique",
    "verify",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "enabled": "enabled",
    "name": "name",
    "required": "required",
    "unique": "unique",
    "verify": "verify",
    "label": "label",
    "position": "position",
    "type_": "type",
    "validation_rules": "validationRules",
    "validation_type": "validationType",
}


class ProjectSettingsKyc:
    enabled: bool
    name: str
    required: bool
    unique: bool
    verify: bool
    label: str | Unset
    position: float | Unset
    type_: KycFieldType | Unset
    validation_rules: CustomFieldValidationRules | Unset
    validation_type: CustomFieldType | Unset
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
        enabled: bool,
        name: str,
        required: bool,
        unique: bool,
        verify: bool,
        label: str | Unset = UNSET,
        position: float | Unset = UNSET,
        type_: KycFieldType | Unset = UNSET,
        validation_rules: CustomFieldValidationRules | Unset = UNSET,
        validation_type: CustomFieldType | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "enabled": enabled,
                "name": name,
                "required": required,
                "unique": unique,
                "verify": verify,
                "label": label,
                "position": position,
                "type_": type_,
                "validation_rules": validation_rules,
                "validation_type": validation_type,
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
            raise not_an_object("ProjectSettingsKyc", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("ProjectSettingsKyc", _REQUIRED, src_dict)
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
        if "enabled" in cache:
            enabled = self.enabled
            field_dict["enabled"] = enabled
        elif "enabled" in raw:
            field_dict["enabled"] = raw["enabled"]
        if "name" in cache:
            name = self.name
            field_dict["name"] = name
        elif "name" in raw:
            field_dict["name"] = raw["name"]
        if "required" in cache:
            required = self.required
            field_dict["required"] = required
        elif "required" in raw:
            field_dict["required"] = raw["required"]
        if "unique" in cache:
            unique = self.unique
            field_dict["unique"] = unique
        elif "unique" in raw:
            field_dict["unique"] = raw["unique"]
        if "verify" in cache:
            verify = self.verify
            field_dict["verify"] = verify
        elif "verify" in raw:
            field_dict["verify"] = raw["verify"]
        if "label" in cache:
            label = self.label
            if label is not UNSET:
                field_dict["label"] = label
        elif "label" in raw:
            field_dict["label"] = raw["label"]
        if "position" in cache:
            position = self.position
            if position is not UNSET:
                field_dict["position"] = position
        elif "position" in raw:
            field_dict["position"] = raw["position"]
        if "type_" in cache:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            if type_ is not UNSET:
                field_dict["type"] = type_
        elif "type" in raw:
            field_dict["type"] = raw["type"]
        if "validation_rules" in cache:
            validation_rules: dict[str, Any] | Unset = UNSET
            if not isinstance(self.validation_rules, Unset):
                validation_rules = self.validation_rules.to_dict()
            if validation_rules is not UNSET:
                field_dict["validationRules"] = validation_rules
        elif "validationRules" in raw:
            field_dict["validationRules"] = raw["validationRules"]
        if "validation_type" in cache:
            validation_type: str | Unset = UNSET
            if not isinstance(self.validation_type, Unset):
                validation_type = self.validation_type.value

            if validation_type is not UNSET:
                field_dict["validationType"] = validation_type
        elif "validationType" in raw:
            field_dict["validationType"] = raw["validationType"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.enabled,
            self.name,
            self.required,
            self.unique,
            self.verify,
            self.label,
            self.position,
            self.type_,
            self.validation_rules,
            self.validation_type,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettingsKyc)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettingsKyc("
            f"enabled={self.enabled!r}, "
            f"name={self.name!r}, "
            f"required={self.required!r}, "
            f"unique={self.unique!r}, "
            f"verify={self.verify!r}, "
            f"label={self.label!r}, "
            f"position={self.position!r}, "
            f"type_={self.type_!r}, "
            f"validation_rules={self.validation_rules!r}, "
            f"validation_type={self.validation_type!r}, "
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
    "type_": lambda value: KycFieldType.from_value(value),
    "validation_rules": lambda value: CustomFieldValidationRules.from_dict(value),
    "validation_type": lambda value: CustomFieldType.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(ProjectSettingsKyc, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(ProjectSettingsKyc, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.custom_field_validation_rules import CustomFieldValidationRules  # noqa: E402
