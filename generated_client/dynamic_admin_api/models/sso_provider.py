from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.sso_provider_enum import SsoProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "clientId",
        "createdAt",
        "emailDomain",
        "enforceOnlySSO",
        "id",
        "maskedClientSecret",
        "organizationId",
        "provider",
        "ssoDomain",
        "updatedAt",
        "redirectUrl",
    )
)
_REQUIRED: tuple[str, ...] = (
    "clientId",
    "createdAt",
    "emailDomain",
    "enforceOnlySSO",
    "id",
    "maskedClientSecret",
    "organizationId",
    "provider",
    "ssoDomain",
    "updatedAt",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "client_id": "clientId",
    "created_at": "createdAt",
    "email_domain": "emailDomain",
    "enforce_only_sso": "enforceOnlySSO",
    "id": "id",
    "masked_client_secret": "maskedClientSecret",
    "organization_id": "organizationId",
    "provider": "provider",
    "sso_domain": "ssoDomain",
    "updated_at": "updatedAt",
    "redirect_url": "redirectUrl",
}


class SsoProvider:
    client_id: str
    created_at: datetime.datetime
    email_domain: str
    enforce_only_sso: bool
    id: str
    masked_client_secret: str
    organization_id: str
    provider: SsoProviderEnum
    sso_domain: str
    updated_at: datetime.datetime
    redirect_url: str | Unset
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
        client_id: str,
        created_at: datetime.datetime,
        email_domain: str,
        enforce_only_sso: bool,
        id: str,
        masked_client_secret: str,
        organization_id: str,
        provider: SsoProviderEnum,
        sso_domain: str,
        updated_at: datetime.datetime,
        redirect_url: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "client_id": client_id,
                "created_at": created_at,
                "email_domain": email_domain,
                "enforce_only_sso": enforce_only_sso,
                "id": id,
                "masked_client_secret": masked_client_secret,
                "organization_id": organization_id,
                "provider": provider,
                "sso_domain": sso_domain,
                "updated_at": updated_at,
                "redirect_url": redirect_url,
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
            raise not_an_object("SsoProvider", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("SsoProvider", _REQUIRED, src_dict)
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
            field_dict["clientId"] = client_id
        elif "clientId" in raw:
            field_dict["clientId"] = raw["clientId"]
        if "created_at" in cache:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "email_domain" in cache:
            email_domain = self.email_domain
            field_dict["emailDomain"] = email_domain
        elif "emailDomain" in raw:
            field_dict["emailDomain"] = raw["emailDomain"]
        if "enforce_only_sso" in cache:
            enforce_only_sso = self.enforce_only_sso
            field_dict["enforceOnlySSO"] = enforce_only_sso
        elif "enforceOnlySSO" in raw:
            field_dict["enforceOnlySSO"] = raw["enforceOnlySSO"]
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "masked_client_secret" in cache:
            masked_client_secret = self.masked_client_secret
            field_dict["maskedClientSecret"] = masked_client_secret
        elif "maskedClientSecret" in raw:
            field_dict["maskedClientSecret"] = raw["maskedClientSecret"]
        if "organization_id" in cache:
            organization_id = self.organization_id
            field_dict["organizationId"] = organization_id
        elif "organizationId" in raw:
            field_dict["organizationId"] = raw["organizationId"]
        if "provider" in cache:
            provider = self.provider.value
            field_dict["provider"] = provider
        elif "provider" in raw:
            field_dict["provider"] = raw["provider"]
        if "sso_domain" in cache:
            sso_domain = self.sso_domain
            field_dict["ssoDomain"] = sso_domain
        elif "ssoDomain" in raw:
            field_dict["ssoDomain"] = raw["ssoDomain"]
        if "updated_at" in cache:
            updated_at = self.updated_at.isoformat()
            field_dict["updatedAt"] = updated_at
        elif "updatedAt" in raw:
            field_dict["updatedAt"] = raw["updatedAt"]
        if "redirect_url" in cache:
            redirect_url = self.redirect_url
            if redirect_url is not UNSET:
                field_dict["redirectUrl"] = redirect_url
        elif "redirectUrl" in raw:
            field_dict["redirectUrl"] = raw["redirectUrl"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.client_id,
            self.created_at,
            self.email_domain,
            self.enforce_only_sso,
            self.id,
            self.masked_client_secret,
            self.organization_id,
            self.provider,
            self.sso_domain,
            self.updated_at,
            self.redirect_url,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, SsoProvider)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"SsoProvider("
            f"client_id={self.client_id!r}, "
            f"created_at={self.created_at!r}, "
            f"email_domain={self.email_domain!r}, "
            f"enforce_only_sso={self.enforce_only_sso!r}, "
            f"id={self.id!r}, "
            f"masked_client_secret={self.masked_client_secret!r}, "
            f"organization_id={self.organization_id!r}, "
            f"provider={self.provider!r}, "
            f"sso_domain={self.sso_domain!r}, "
            f"updated_at={self.updated_at!r}, "
            f"redirect_url={self.redirect_url!r}, "
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
    "provider": lambda value: SsoProviderEnum.from_value(value),
    "updated_at": lambda value: datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(SsoProvider, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(SsoProvider, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
