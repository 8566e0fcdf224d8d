from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.sso_provider_enum import SsoProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "clientId",
        "clientSecret",
        "emailDomain",
        "enforceOnlySSO",
        "provider",
        "ssoDomain",
    )
)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "client_id": "clientId",
    "client_secret": "clientSecret",
    "email_domain": "emailDomain",
    "enforce_only_sso": "enforceOnlySSO",
    "provider": "provider",
    "sso_domain": "ssoDomain",
}


class SsoProviderUpdateRequest:
    client_id: str | Unset
    client_secret: str | Unset
    email_domain: str | Unset
    enforce_only_sso: bool | Unset
    provider: SsoProviderEnum | Unset
    sso_domain: str | Unset
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
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        email_domain: str | Unset = UNSET,
        enforce_only_sso: bool | Unset = UNSET,
        provider: SsoProviderEnum | Unset = UNSET,
        sso_domain: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "client_id": client_id,
                "client_secret": client_secret,
                "email_domain": email_domain,
                "enforce_only_sso": enforce_only_sso,
                "provider": provider,
                "sso_domain": sso_domain,
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
            raise not_an_object("SsoProviderUpdateRequest", src_dict)
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
        if "client_id" in cache:
            client_id = self.client_id
            if client_id is not UNSET:
                field_dict["clientId"] = client_id
        elif "clientId" in raw:
            field_dict["clientId"] = raw["clientId"]
        if "client_secret" in cache:
            client_secret = self.client_secret
            if client_secret is not UNSET:
                field_dict["clientSecret"] = client_secret
        elif "clientSecret" in raw:
            field_dict["clientSecret"] = raw["clientSecret"]
        if "email_domain" in cache:
            email_domain = self.email_domain
            if email_domain is not UNSET:
                field_dict["emailDomain"] = email_domain
        elif "emailDomain" in raw:
            field_dict["emailDomain"] = raw["emailDomain"]
        if "enforce_only_sso" in cache:
            enforce_only_sso = self.enforce_only_sso
            if enforce_only_sso is not UNSET:
                field_dict["enforceOnlySSO"] = enforce_only_sso
        elif "enforceOnlySSO" in raw:
            field_dict["enforceOnlySSO"] = raw["enforceOnlySSO"]
        if "provider" in cache:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider.value

            if provider is not UNSET:
                field_dict["provider"] = provider
        elif "provider" in raw:
            field_dict["provider"] = raw["provider"]
        if "sso_domain" in cache:
            sso_domain = self.sso_domain
            if sso_domain is not UNSET:
                field_dict["ssoDomain"] = sso_domain
        elif "ssoDomain" in raw:
            field_dict["ssoDomain"] = raw["ssoDomain"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.client_id,
            self.client_secret,
            self.email_domain,
            self.enforce_only_sso,
            self.provider,
            self.sso_domain,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, SsoProviderUpdateRequest)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"SsoProviderUpdateRequest("
            f"client_id={self.client_id!r}, "
            f"client_secret={self.client_secret!r}, "
            f"email_domain={self.email_domain!r}, "
            f"enforce_only_sso={self.enforce_only_sso!r}, "
            f"provider={self.provider!r}, "
            f"sso_domain={self.sso_domain!r}, "
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
    "provider": lambda value: SsoProviderEnum.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(SsoProviderUpdateRequest, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(SsoProviderUpdateRequest, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
