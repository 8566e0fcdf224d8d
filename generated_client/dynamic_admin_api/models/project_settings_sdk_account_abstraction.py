from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "allUsers",
        "allWallets",
        "enablePasskeys",
        "separateSmartWalletAndSigner",
    )
)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "all_users": "allUsers",
    "all_wallets": "allWallets",
    "enable_passkeys": "enablePasskeys",
    "separate_smart_wallet_and_signer": "separateSmartWalletAndSigner",
}


class ProjectSettingsSdkAccountAbstraction:
    all_users: bool | Unset
    all_wallets: bool | Unset
    enable_passkeys: bool | Unset
    separate_smart_wallet_and_signer: bool | Unset
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
        all_users: bool | Unset = UNSET,
        all_wallets: bool | Unset = UNSET,
        enable_passkeys: bool | Unset = UNSET,
        separate_smart_wallet_and_signer: bool | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "all_users": all_users,
                "all_wallets": all_wallets,
                "enable_passkeys": enable_passkeys,
                "separate_smart_wallet_and_signer": separate_smart_wallet_and_signer,
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
            raise not_an_object("ProjectSettingsSdkAccountAbstraction", src_dict)
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
        if "all_users" in cache:
            all_users = self.all_users
            if all_users is not UNSET:
                field_dict["allUsers"] = all_users
        elif "allUsers" in raw:
            field_dict["allUsers"] = raw["allUsers"]
        if "all_wallets" in cache:
            all_wallets = self.all_wallets
            if all_wallets is not UNSET:
                field_dict["allWallets"] = all_wallets
        elif "allWallets" in raw:
            field_dict["allWallets"] = raw["allWallets"]
        if "enable_passkeys" in cache:
            enable_passkeys = self.enable_passkeys
            if enable_passkeys is not UNSET:
                field_dict["enablePasskeys"] = enable_passkeys
        elif "enablePasskeys" in raw:
            field_dict["enablePasskeys"] = raw["enablePasskeys"]
        if "separate_smart_wallet_and_signer" in cache:
            separate_smart_wallet_and_signer = self.separate_smart_wallet_and_signer
            if separate_smart_wallet_and_signer is not UNSET:
                field_dict["separateSmartWalletAndSigner"] = separate_smart_wallet_and_signer
        elif "separateSmartWalletAndSigner" in raw:
            field_dict["separateSmartWalletAndSigner"] = raw["separateSmartWalletAndSigner"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.all_users,
            self.all_wallets,
            self.enable_passkeys,
            self.separate_smart_wallet_and_signer,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettingsSdkAccountAbstraction)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettingsSdkAccountAbstraction("
            f"all_users={self.all_users!r}, "
            f"all_wallets={self.all_wallets!r}, "
            f"enable_passkeys={self.enable_passkeys!r}, "
            f"separate_smart_wallet_and_signer={self.separate_smart_wallet_and_signer!r}, "
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
    setattr(ProjectSettingsSdkAccountAbstraction, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(
    ProjectSettingsSdkAccountAbstraction, "additional_properties", LazyExtraFields(_KNOWN_FIELDS)
)
