from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.threshold_signature_scheme import ThresholdSignatureScheme
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "hasDeniedDelegatedAccess",
        "reshareOnNextSignOn",
        "revokeOnNextSignOn",
        "shouldRefreshOnNextSignOn",
    )
)


@_attrs_define
class WaasWalletSettings:
    has_denied_delegated_access: bool | Unset = UNSET
    reshare_on_next_sign_on: ThresholdSignatureScheme | Unset = UNSET
    revoke_on_next_sign_on: bool | Unset = UNSET
    should_refresh_on_next_sign_on: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_denied_delegated_access = self.has_denied_delegated_access

        reshare_on_next_sign_on: str | Unset = UNSET
        if not isinstance(self.reshare_on_next_sign_on, Unset):
            reshare_on_next_sign_on = self.reshare_on_next_sign_on.value

        revoke_on_next_sign_on = self.revoke_on_next_sign_on

        should_refresh_on_next_sign_on = self.should_refresh_on_next_sign_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_denied_delegated_access is not UNSET:
            field_dict["hasDeniedDelegatedAccess"] = has_denied_delegated_access
        if reshare_on_next_sign_on is not UNSET:
            field_dict["reshareOnNextSignOn"] = reshare_on_next_sign_on
        if revoke_on_next_sign_on is not UNSET:
            field_dict["revokeOnNextSignOn"] = revoke_on_next_sign_on
        if should_refresh_on_next_sign_on is not UNSET:
            field_dict["shouldRefreshOnNextSignOn"] = should_refresh_on_next_sign_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        reshare_on_next_sign_on_ = get("reshareOnNextSignOn", UNSET)
        instance_ = cls(
            has_denied_delegated_access=get("hasDeniedDelegatedAccess", UNSET),
            reshare_on_next_sign_on=UNSET
            if reshare_on_next_sign_on_ is UNSET
            else ThresholdSignatureScheme.from_value(reshare_on_next_sign_on_),
            revoke_on_next_sign_on=get("revokeOnNextSignOn", UNSET),
            should_refresh_on_next_sign_on=get("shouldRefreshOnNextSignOn", UNSET),
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
