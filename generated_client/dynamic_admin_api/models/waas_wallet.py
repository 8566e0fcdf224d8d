from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.threshold_signature_scheme import ThresholdSignatureScheme
from ..models.waas_chain_enum import WaasChainEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "accountAddress",
        "chainName",
        "derivationPath",
        "thresholdSignatureScheme",
        "walletId",
        "keyShares",
    )
)
_REQUIRED: tuple[str, ...] = (
    "accountAddress",
    "chainName",
    "derivationPath",
    "thresholdSignatureScheme",
    "walletId",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "account_address": "accountAddress",
    "chain_name": "chainName",
    "derivation_path": "derivationPath",
    "threshold_signature_scheme": "thresholdSignatureScheme",
    "wallet_id": "walletId",
    "key_shares": "keyShares",
}


class WaasWallet:
    account_address: str
    chain_name: WaasChainEnum
    derivation_path: str
    threshold_signature_scheme: ThresholdSignatureScheme
    wallet_id: str
    key_shares: list[WalletKeyShareInfo] | Unset
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
        account_address: str,
        chain_name: WaasChainEnum,
        derivation_path: str,
        threshold_signature_scheme: ThresholdSignatureScheme,
        wallet_id: str,
        key_shares: list[WalletKeyShareInfo] | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "account_address": account_address,
                "chain_name": chain_name,
                "derivation_path": derivation_path,
                "threshold_signature_scheme": threshold_signature_scheme,
                "wallet_id": wallet_id,
                "key_shares": key_shares,
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
            raise not_an_object("WaasWallet", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("WaasWallet", _REQUIRED, src_dict)
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
        if "account_address" in cache:
            account_address = self.account_address
            field_dict["accountAddress"] = account_address
        elif "accountAddress" in raw:
            field_dict["accountAddress"] = raw["accountAddress"]
        if "chain_name" in cache:
            chain_name = self.chain_name.value
            field_dict["chainName"] = chain_name
        elif "chainName" in raw:
            field_dict["chainName"] = raw["chainName"]
        if "derivation_path" in cache:
            derivation_path = self.derivation_path
            field_dict["derivationPath"] = derivation_path
        elif "derivationPath" in raw:
            field_dict["derivationPath"] = raw["derivationPath"]
        if "threshold_signature_scheme" in cache:
            threshold_signature_scheme = self.threshold_signature_scheme.value
            field_dict["thresholdSignatureScheme"] = threshold_signature_scheme
        elif "thresholdSignatureScheme" in raw:
            field_dict["thresholdSignatureScheme"] = raw["thresholdSignatureScheme"]
        if "wallet_id" in cache:
            wallet_id = self.wallet_id
            field_dict["walletId"] = wallet_id
        elif "walletId" in raw:
            field_dict["walletId"] = raw["walletId"]
        if "key_shares" in cache:
            key_shares: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.key_shares, Unset):
                key_shares = []
                for key_shares_item_data in self.key_shares:
                    key_shares_item = key_shares_item_data.to_dict()
                    key_shares.append(key_shares_item)

            if key_shares is not UNSET:
                field_dict["keyShares"] = key_shares
        elif "keyShares" in raw:
            field_dict["keyShares"] = raw["keyShares"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.account_address,
            self.chain_name,
            self.derivation_path,
            self.threshold_signature_scheme,
            self.wallet_id,
            self.key_shares,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, WaasWallet)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"WaasWallet("
            f"account_address={self.account_address!r}, "
            f"chain_name={self.chain_name!r}, "
            f"derivation_path={self.derivation_path!r}, "
            f"threshold_signature_scheme={self.threshold_signature_scheme!r}, "
            f"wallet_id={self.wallet_id!r}, "
            f"key_shares={self.key_shares!r}, "
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
    "chain_name": lambda value: WaasChainEnum.from_value(value),
    "threshold_signature_scheme": lambda value: ThresholdSignatureScheme.from_value(value),
    "key_shares": lambda value: [WalletKeyShareInfo.from_dict(item0_) for item0_ in value],
}
for _name, _key in _WIRE.items():
    setattr(WaasWallet, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(WaasWallet, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.wallet_key_share_info import WalletKeyShareInfo  # noqa: E402
