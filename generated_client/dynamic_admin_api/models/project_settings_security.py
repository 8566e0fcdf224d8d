from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "auth",
        "externalAuth",
        "hCaptcha",
        "jwtDuration",
        "mfa",
    )
)


@_attrs_define
class ProjectSettingsSecurity:
    auth: AuthSettings | Unset = UNSET
    external_auth: ExternalAuth | Unset = UNSET
    h_captcha: HCaptchaSettings | Unset = UNSET
    jwt_duration: Duration | Unset = UNSET
    mfa: MFASettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        external_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_auth, Unset):
            external_auth = self.external_auth.to_dict()

        h_captcha: dict[str, Any] | Unset = UNSET
        if not isinstance(self.h_captcha, Unset):
            h_captcha = self.h_captcha.to_dict()

        jwt_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jwt_duration, Unset):
            jwt_duration = self.jwt_duration.to_dict()

        mfa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mfa, Unset):
            mfa = self.mfa.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth
        if external_auth is not UNSET:
            field_dict["externalAuth"] = external_auth
        if h_captcha is not UNSET:
            field_dict["hCaptcha"] = h_captcha
        if jwt_duration is not UNSET:
            field_dict["jwtDuration"] = jwt_duration
        if mfa is not UNSET:
            field_dict["mfa"] = mfa

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        auth_ = get("auth", UNSET)
        external_auth_ = get("externalAuth", UNSET)
        h_captcha_ = get("hCaptcha", UNSET)
        jwt_duration_ = get("jwtDuration", UNSET)
        mfa_ = get("mfa", UNSET)
        instance_ = cls(
            auth=UNSET if auth_ is UNSET else AuthSettings.from_dict(auth_),
            external_auth=UNSET
            if external_auth_ is UNSET
            else ExternalAuth.from_dict(external_auth_),
            h_captcha=UNSET if h_captcha_ is UNSET else HCaptchaSettings.from_dict(h_captcha_),
            jwt_duration=UNSET if jwt_duration_ is UNSET else Duration.from_dict(jwt_duration_),
            mfa=UNSET if mfa_ is UNSET else MFASettings.from_dict(mfa_),
        )
        # Fields this description does not know yet are kept, not dropped.
        if not _KNOWN_FIELDS.issuperset(src_dict):
            instance_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }
        return instance_

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


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.auth_settings import AuthSettings  # noqa: E402
from ..models.duration import Duration  # noqa: E402
from ..models.external_auth import ExternalAuth  # noqa: E402
from ..models.h_captcha_settings import HCaptchaSettings  # noqa: E402
from ..models.mfa_settings import MFASettings  # noqa: E402
