from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "auth",
        "externalAuth",
        "hCaptcha",
        "jwtDuration",
        "mfa",
    )
)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "auth": "auth",
    "external_auth": "externalAuth",
    "h_captcha": "hCaptcha",
    "jwt_duration": "jwtDuration",
    "mfa": "mfa",
}


class ProjectSettingsSecurity:
    auth: AuthSettings | Unset
    external_auth: ExternalAuth | Unset
    h_captcha: HCaptchaSettings | Unset
    jwt_duration: Duration | Unset
    mfa: MFASettings | Unset
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
        auth: AuthSettings | Unset = UNSET,
        external_auth: ExternalAuth | Unset = UNSET,
        h_captcha: HCaptchaSettings | Unset = UNSET,
        jwt_duration: Duration | Unset = UNSET,
        mfa: MFASettings | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "auth": auth,
                "external_auth": external_auth,
                "h_captcha": h_captcha,
                "jwt_duration": jwt_duration,
                "mfa": mfa,
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
            raise not_an_object("ProjectSettingsSecurity", src_dict)
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
        if "auth" in cache:
            auth: dict[str, Any] | Unset = UNSET
            if not isinstance(self.auth, Unset):
                auth = self.auth.to_dict()
            if auth is not UNSET:
                field_dict["auth"] = auth
        elif "auth" in raw:
            field_dict["auth"] = raw["auth"]
        if "external_auth" in cache:
            external_auth: dict[str, Any] | Unset = UNSET
            if not isinstance(self.external_auth, Unset):
                external_auth = self.external_auth.to_dict()
            if external_auth is not UNSET:
                field_dict["externalAuth"] = external_auth
        elif "externalAuth" in raw:
            field_dict["externalAuth"] = raw["externalAuth"]
        if "h_captcha" in cache:
            h_captcha: dict[str, Any] | Unset = UNSET
            if not isinstance(self.h_captcha, Unset):
                h_captcha = self.h_captcha.to_dict()
            if h_captcha is not UNSET:
                field_dict["hCaptcha"] = h_captcha
        elif "hCaptcha" in raw:
            field_dict["hCaptcha"] = raw["hCaptcha"]
        if "jwt_duration" in cache:
            jwt_duration: dict[str, Any] | Unset = UNSET
            if not isinstance(self.jwt_duration, Unset):
                jwt_duration = self.jwt_duration.to_dict()
            if jwt_duration is not UNSET:
                field_dict["jwtDuration"] = jwt_duration
        elif "jwtDuration" in raw:
            field_dict["jwtDuration"] = raw["jwtDuration"]
        if "mfa" in cache:
            mfa: dict[str, Any] | Unset = UNSET
            if not isinstance(self.mfa, Unset):
                mfa = self.mfa.to_dict()
            if mfa is not UNSET:
                field_dict["mfa"] = mfa
        elif "mfa" in raw:
            field_dict["mfa"] = raw["mfa"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.auth,
            self.external_auth,
            self.h_captcha,
            self.jwt_duration,
            self.mfa,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettingsSecurity)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettingsSecurity("
            f"auth={self.auth!r}, "
            f"external_auth={self.external_auth!r}, "
            f"h_captcha={self.h_captcha!r}, "
            f"jwt_duration={self.jwt_duration!r}, "
            f"mfa={self.mfa!r}, "
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
    "auth": lambda value: AuthSettings.from_dict(value),
    "external_auth": lambda value: ExternalAuth.from_dict(value),
    "h_captcha": lambda value: HCaptchaSettings.from_dict(value),
    "jwt_duration": lambda value: Duration.from_dict(value),
    "mfa": lambda value: MFASettings.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(ProjectSettingsSecurity, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(ProjectSettingsSecurity, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.auth_settings import AuthSettings  # noqa: E402
from ..models.duration import Duration  # noqa: E402
from ..models.external_auth import ExternalAuth  # noqa: E402
from ..models.h_captcha_settings import HCaptchaSettings  # noqa: E402
from ..models.mfa_settings import MFASettings  # noqa: E402
