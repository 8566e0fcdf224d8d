from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.provider_enum import ProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "additionalMessages",
        "email",
        "embeddedSocialSigninProvider",
        "embeddedWalletName",
        "loginProvider",
        "mergeConflicts",
    )
)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "additional_messages": "additionalMessages",
    "email": "email",
    "embedded_social_signin_provider": "embeddedSocialSigninProvider",
    "embedded_wallet_name": "embeddedWalletName",
    "login_provider": "loginProvider",
    "merge_conflicts": "mergeConflicts",
}


class UnprocessableEntityErrorPayload:
    additional_messages: list[str] | Unset
    email: str | Unset
    embedded_social_signin_provider: ProviderEnum | Unset
    embedded_wallet_name: str | Unset
    login_provider: ProviderEnum | Unset
    merge_conflicts: MergeConflicts | Unset
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
        additional_messages: list[str] | Unset = UNSET,
        email: str | Unset = UNSET,
        embedded_social_signin_provider: ProviderEnum | Unset = UNSET,
        embedded_wallet_name: str | Unset = UNSET,
        login_provider: ProviderEnum | Unset = UNSET,
        merge_conflicts: MergeConflicts | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "additional_messages": additional_messages,
                "email": email,
                "embedded_social_signin_provider": embedded_social_signin_provider,
                "embedded_wallet_name": embedded_wallet_name,
                "login_provider": login_provider,
                "merge_conflicts": merge_conflicts,
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
            raise not_an_object("UnprocessableEntityErrorPayload", src_dict)
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
        if "additional_messages" in cache:
            additional_messages: list[str] | Unset = UNSET
            if not isinstance(self.additional_messages, Unset):
                additional_messages = self.additional_messages

            if additional_messages is not UNSET:
                field_dict["additionalMessages"] = additional_messages
        elif "additionalMessages" in raw:
            field_dict["additionalMessages"] = raw["additionalMessages"]
        if "email" in cache:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        elif "email" in raw:
            field_dict["email"] = raw["email"]
        if "embedded_social_signin_provider" in cache:
            embedded_social_signin_provider: str | Unset = UNSET
            if not isinstance(self.embedded_social_signin_provider, Unset):
                embedded_social_signin_provider = self.embedded_social_signin_provider.value

            if embedded_social_signin_provider is not UNSET:
                field_dict["embeddedSocialSigninProvider"] = embedded_social_signin_provider
        elif "embeddedSocialSigninProvider" in raw:
            field_dict["embeddedSocialSigninProvider"] = raw["embeddedSocialSigninProvider"]
        if "embedded_wallet_name" in cache:
            embedded_wallet_name = self.embedded_wallet_name
            if embedded_wallet_name is not UNSET:
                field_dict["embeddedWalletName"] = embedded_wallet_name
        elif "embeddedWalletName" in raw:
            field_dict["embeddedWalletName"] = raw["embeddedWalletName"]
        if "login_provider" in cache:
            login_provider: str | Unset = UNSET
            if not isinstance(self.login_provider, Unset):
                login_provider = self.login_provider.value

            if login_provider is not UNSET:
                field_dict["loginProvider"] = login_provider
        elif "loginProvider" in raw:
            field_dict["loginProvider"] = raw["loginProvider"]
        if "merge_conflicts" in cache:
            merge_conflicts: dict[str, Any] | Unset = UNSET
            if not isinstance(self.merge_conflicts, Unset):
                merge_conflicts = self.merge_conflicts.to_dict()
            if merge_conflicts is not UNSET:
                field_dict["mergeConflicts"] = merge_conflicts
        elif "mergeConflicts" in raw:
            field_dict["mergeConflicts"] = raw["mergeConflicts"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.additional_messages,
            self.email,
            self.embedded_social_signin_provider,
            self.embedded_wallet_name,
            self.login_provider,
            self.merge_conflicts,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, UnprocessableEntityErrorPayload)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"UnprocessableEntityErrorPayload("
            f"additional_messages={self.additional_messages!r}, "
            f"email={self.email!r}, "
            f"embedded_social_signin_provider={self.embedded_social_signin_provider!r}, "
            f"embedded_wallet_name={self.embedded_wallet_name!r}, "
            f"login_provider={self.login_provider!r}, "
            f"merge_conflicts={self.merge_conflicts!r}, "
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
    "embedded_social_signin_provider": lambda value: ProviderEnum.from_value(value),
    "login_provider": lambda value: ProviderEnum.from_value(value),
    "merge_conflicts": lambda value: MergeConflicts.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(UnprocessableEntityErrorPayload, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(UnprocessableEntityErrorPayload, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.merge_conflicts import MergeConflicts  # noqa: E402
