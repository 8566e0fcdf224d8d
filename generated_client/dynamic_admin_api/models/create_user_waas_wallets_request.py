from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.provider_enum import ProviderEnum
from ..models.user_identifier_type_enum import UserIdentifierTypeEnum
from ..models.waas_chain_enum import WaasChainEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chains",
        "identifier",
        "type",
        "smsCountryCode",
        "socialProvider",
    )
)
_REQUIRED: tuple[str, ...] = (
    "chains",
    "identifier",
    "type",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "chains": "chains",
    "identifier": "identifier",
    "type_": "type",
    "sms_country_code": "smsCountryCode",
    "social_provider": "socialProvider",
}


class CreateUserWaasWalletsRequest:
    chains: list[WaasChainEnum]
    identifier: str
    type_: UserIdentifierTypeEnum
    sms_country_code: SmsCountryCode | Unset
    social_provider: ProviderEnum | Unset
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
        chains: list[WaasChainEnum],
        identifier: str,
        type_: UserIdentifierTypeEnum,
        sms_country_code: SmsCountryCode | Unset = UNSET,
        social_provider: ProviderEnum | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "chains": chains,
                "identifier": identifier,
                "type_": type_,
                "sms_country_code": sms_country_code,
                "social_provider": social_provider,
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
            raise not_an_object("CreateUserWaasWalletsRequest", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("CreateUserWaasWalletsRequest", _REQUIRED, src_dict)
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
        if "chains" in cache:
            chains = []
            for chains_item_data in self.chains:
                chains_item = chains_item_data.value
                chains.append(chains_item)

            field_dict["chains"] = chains
        elif "chains" in raw:
            field_dict["chains"] = raw["chains"]
        if "identifier" in cache:
            identifier = self.identifier
            field_dict["identifier"] = identifier
        elif "identifier" in raw:
            field_dict["identifier"] = raw["identifier"]
        if "type_" in cache:
            type_ = self.type_.value
            field_dict["type"] = type_
        elif "type" in raw:
            field_dict["type"] = raw["type"]
        if "sms_country_code" in cache:
            sms_country_code: dict[str, Any] | Unset = UNSET
            if not isinstance(self.sms_country_code, Unset):
                sms_country_code = self.sms_country_code.to_dict()
            if sms_country_code is not UNSET:
                field_dict["smsCountryCode"] = sms_country_code
        elif "smsCountryCode" in raw:
            field_dict["smsCountryCode"] = raw["smsCountryCode"]
        if "social_provider" in cache:
            social_provider: str | Unset = UNSET
            if not isinstance(self.social_provider, Unset):
                social_provider = self.social_provider.value

            if social_provider is not UNSET:
                field_dict["socialProvider"] = social_provider
        elif "socialProvider" in raw:
            field_dict["socialProvider"] = raw["socialProvider"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.chains,
            self.identifier,
            self.type_,
            self.sms_country_code,
            self.social_provider,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, CreateUserWaasWalletsRequest)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"CreateUserWaasWalletsRequest("
            f"chains={self.chains!r}, "
            f"identifier={self.identifier!r}, "
            f"type_={self.type_!r}, "
            f"sms_country_code={self.sms_country_code!r}, "
            f"social_provider={self.social_provider!r}, "
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
    "chains": lambda value: [WaasChainEnum.from_value(item0_) for item0_ in value],
    "type_": lambda value: UserIdentifierTypeEnum.from_value(value),
    "sms_country_code": lambda value: SmsCountryCode.from_dict(value),
    "social_provider": lambda value: ProviderEnum.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(CreateUserWaasWalletsRequest, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(CreateUserWaasWalletsRequest, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.sms_country_code import SmsCountryCode  # noqa: E402
