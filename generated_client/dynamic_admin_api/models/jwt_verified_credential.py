from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.jwt_verified_credential_format_enum import JwtVerifiedCredentialFormatEnum
from ..models.provider_enum import ProviderEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "format",
        "id",
        "signInEnabled",
        "address",
        "chain",
        "email",
        "embedded_wallet_id",
        "isoCountryCode",
        "lastSelectedAt",
        "name_service",
        "oauth_account_id",
        "oauth_account_photos",
        "oauth_display_name",
        "oauth_emails",
        "oauth_metadata",
        "oauth_provider",
        "oauth_username",
        "phoneCountryCode",
        "phoneNumber",
        "previous_users",
        "public_identifier",
        "refId",
        "signerRefId",
        "verifiedAt",
        "wallet_additional_addresses",
        "wallet_name",
        "wallet_properties",
        "wallet_provider",
    )
)
_REQUIRED: tuple[str, ...] = (
    "format",
    "id",
    "signInEnabled",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "format_": "format",
    "id": "id",
    "sign_in_enabled": "signInEnabled",
    "address": "address",
    "chain": "chain",
    "email": "email",
    "embedded_wallet_id": "embedded_wallet_id",
    "iso_country_code": "isoCountryCode",
    "last_selected_at": "lastSelectedAt",
    "name_service": "name_service",
    "oauth_account_id": "oauth_account_id",
    "oauth_account_photos": "oauth_account_photos",
    "oauth_display_name": "oauth_display_name",
    "oauth_emails": "oauth_emails",
    "oauth_metadata": "oauth_metadata",
    "oauth_provider": "oauth_provider",
    "oauth_username": "oauth_username",
    "phone_country_code": "phoneCountryCode",
    "phone_number": "phoneNumber",
    "previous_users": "previous_users",
    "public_identifier": "public_identifier",
    "ref_id": "refId",
    "signer_ref_id": "signerRefId",
    "verified_at": "verifiedAt",
    "wallet_additional_addresses": "wallet_additional_addresses",
    "wallet_name": "wallet_name",
    "wallet_properties": "wallet_properties",
    "wallet_provider": "wallet_provider",
}


class JwtVerifiedCredential:
    format_: JwtVerifiedCredentialFormatEnum
    id: str
    sign_in_enabled: bool
    address: str | Unset
    chain: str | Unset
    email: str | Unset
    embedded_wallet_id: None | str | Unset
    iso_country_code: str | Unset
    last_selected_at: datetime.datetime | Unset
    name_service: NameServiceData | Unset
    oauth_account_id: None | str | Unset
    oauth_account_photos: list[str] | Unset
    oauth_display_name: None | str | Unset
    oauth_emails: list[str] | Unset
    oauth_metadata: JwtVerifiedCredentialOauthMetadata | Unset
    oauth_provider: ProviderEnum | Unset
    oauth_username: str | Unset
    phone_country_code: str | Unset
    phone_number: str | Unset
    previous_users: list[str] | Unset
    public_identifier: str | Unset
    ref_id: str | Unset
    signer_ref_id: str | Unset
    verified_at: datetime.datetime | Unset
    wallet_additional_addresses: list[WalletAdditionalAddress] | Unset
    wallet_name: str | Unset
    wallet_properties: WalletProperties | Unset
    wallet_provider: WalletProviderEnum | Unset
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
        format_: JwtVerifiedCredentialFormatEnum,
        id: str,
        sign_in_enabled: bool,
        address: str | Unset = UNSET,
        chain: str | Unset = UNSET,
        email: str | Unset = UNSET,
        embedded_wallet_id: None | str | Unset = UNSET,
        iso_country_code: str | Unset = UNSET,
        last_selected_at: datetime.datetime | Unset = UNSET,
        name_service: NameServiceData | Unset = UNSET,
        oauth_account_id: None | str | Unset = UNSET,
        oauth_account_photos: list[str] | Unset = UNSET,
        oauth_display_name: None | str | Unset = UNSET,
        oauth_emails: list[str] | Unset = UNSET,
        oauth_metadata: JwtVerifiedCredentialOauthMetadata | Unset = UNSET,
        oauth_provider: ProviderEnum | Unset = UNSET,
        oauth_username: str | Unset = UNSET,
        phone_country_code: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        previous_users: list[str] | Unset = UNSET,
        public_identifier: str | Unset = UNSET,
        ref_id: str | Unset = UNSET,
        signer_ref_id: str | Unset = UNSET,
        verified_at: datetime.datetime | Unset = UNSET,
        wallet_additional_addresses: list[WalletAdditionalAddress] | Unset = UNSET,
        wallet_name: str | Unset = UNSET,
        wallet_properties: WalletProperties | Unset = UNSET,
        wallet_provider: WalletProviderEnum | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "format_": format_,
                "id": id,
                "sign_in_enabled": sign_in_enabled,
                "address": address,
                "chain": chain,
                "email": email,
                "embedded_wallet_id": embedded_wallet_id,
                "iso_country_code": iso_country_code,
                "last_selected_at": last_selected_at,
                "name_service": name_service,
                "oauth_account_id": oauth_account_id,
                "oauth_account_photos": oauth_account_photos,
                "oauth_display_name": oauth_display_name,
                "oauth_emails": oauth_emails,
                "oauth_metadata": oauth_metadata,
                "oauth_provider": oauth_provider,
                "oauth_username": oauth_username,
                "phone_country_code": phone_country_code,
                "phone_number": phone_number,
                "previous_users": previous_users,
                "public_identifier": public_identifier,
                "ref_id": ref_id,
                "signer_ref_id": signer_ref_id,
                "verified_at": verified_at,
                "wallet_additional_addresses": wallet_additional_addresses,
                "wallet_name": wallet_name,
                "wallet_properties": wallet_properties,
                "wallet_provider": wallet_provider,
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
            raise not_an_object("JwtVerifiedCredential", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("JwtVerifiedCredential", _REQUIRED, src_dict)
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
        if "format_" in cache:
            format_ = self.format_.value
            field_dict["format"] = format_
        elif "format" in raw:
            field_dict["format"] = raw["format"]
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "sign_in_enabled" in cache:
            sign_in_enabled = self.sign_in_enabled
            field_dict["signInEnabled"] = sign_in_enabled
        elif "signInEnabled" in raw:
            field_dict["signInEnabled"] = raw["signInEnabled"]
        if "address" in cache:
            address = self.address
            if address is not UNSET:
                field_dict["address"] = address
        elif "address" in raw:
            field_dict["address"] = raw["address"]
        if "chain" in cache:
            chain = self.chain
            if chain is not UNSET:
                field_dict["chain"] = chain
        elif "chain" in raw:
            field_dict["chain"] = raw["chain"]
        if "email" in cache:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        elif "email" in raw:
            field_dict["email"] = raw["email"]
        if "embedded_wallet_id" in cache:
            embedded_wallet_id: None | str | Unset
            if isinstance(self.embedded_wallet_id, Unset):
                embedded_wallet_id = UNSET
            else:
                embedded_wallet_id = self.embedded_wallet_id
            if embedded_wallet_id is not UNSET:
                field_dict["embedded_wallet_id"] = embedded_wallet_id
        elif "embedded_wallet_id" in raw:
            field_dict["embedded_wallet_id"] = raw["embedded_wallet_id"]
        if "iso_country_code" in cache:
            iso_country_code = self.iso_country_code
            if iso_country_code is not UNSET:
                field_dict["isoCountryCode"] = iso_country_code
        elif "isoCountryCode" in raw:
            field_dict["isoCountryCode"] = raw["isoCountryCode"]
        if "last_selected_at" in cache:
            last_selected_at: str | Unset = UNSET
            if not isinstance(self.last_selected_at, Unset):
                last_selected_at = self.last_selected_at.isoformat()
            if last_selected_at is not UNSET:
                field_dict["lastSelectedAt"] = last_selected_at
        elif "lastSelectedAt" in raw:
            field_dict["lastSelectedAt"] = raw["lastSelectedAt"]
        if "name_service" in cache:
            name_service: dict[str, Any] | Unset = UNSET
            if not isinstance(self.name_service, Unset):
                name_service = self.name_service.to_dict()
            if name_service is not UNSET:
                field_dict["name_service"] = name_service
        elif "name_service" in raw:
            field_dict["name_service"] = raw["name_service"]
        if "oauth_account_id" in cache:
            oauth_account_id: None | str | Unset
            if isinstance(self.oauth_account_id, Unset):
                oauth_account_id = UNSET
            else:
                oauth_account_id = self.oauth_account_id
            if oauth_account_id is not UNSET:
                field_dict["oauth_account_id"] = oauth_account_id
        elif "oauth_account_id" in raw:
            field_dict["oauth_account_id"] = raw["oauth_account_id"]
        if "oauth_account_photos" in cache:
            oauth_account_photos: list[str] | Unset = UNSET
            if not isinstance(self.oauth_account_photos, Unset):
                oauth_account_photos = self.oauth_account_photos

            if oauth_account_photos is not UNSET:
                field_dict["oauth_account_photos"] = oauth_account_photos
        elif "oauth_account_photos" in raw:
            field_dict["oauth_account_photos"] = raw["oauth_account_photos"]
        if "oauth_display_name" in cache:
            oauth_display_name: None | str | Unset
            if isinstance(self.oauth_display_name, Unset):
                oauth_display_name = UNSET
            else:
                oauth_display_name = self.oauth_display_name
            if oauth_display_name is not UNSET:
                field_dict["oauth_display_name"] = oauth_display_name
        elif "oauth_display_name" in raw:
            field_dict["oauth_display_name"] = raw["oauth_display_name"]
        if "oauth_emails" in cache:
            oauth_emails: list[str] | Unset = UNSET
            if not isinstance(self.oauth_emails, Unset):
                oauth_emails = self.oauth_emails

            if oauth_emails is not UNSET:
                field_dict["oauth_emails"] = oauth_emails
        elif "oauth_emails" in raw:
            field_dict["oauth_emails"] = raw["oauth_emails"]
        if "oauth_metadata" in cache:
            oauth_metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.oauth_metadata, Unset):
                oauth_metadata = self.oauth_metadata.to_dict()
            if oauth_metadata is not UNSET:
                field_dict["oauth_metadata"] = oauth_metadata
        elif "oauth_metadata" in raw:
            field_dict["oauth_metadata"] = raw["oauth_metadata"]
        if "oauth_provider" in cache:
            oauth_provider: str | Unset = UNSET
            if not isinstance(self.oauth_provider, Unset):
                oauth_provider = self.oauth_provider.value

            if oauth_provider is not UNSET:
                field_dict["oauth_provider"] = oauth_provider
        elif "oauth_provider" in raw:
            field_dict["oauth_provider"] = raw["oauth_provider"]
        if "oauth_username" in cache:
            oauth_username = self.oauth_username
            if oauth_username is not UNSET:
                field_dict["oauth_username"] = oauth_username
        elif "oauth_username" in raw:
            field_dict["oauth_username"] = raw["oauth_username"]
        if "phone_country_code" in cache:
            phone_country_code = self.phone_country_code
            if phone_country_code is not UNSET:
                field_dict["phoneCountryCode"] = phone_country_code
        elif "phoneCountryCode" in raw:
            field_dict["phoneCountryCode"] = raw["phoneCountryCode"]
        if "phone_number" in cache:
            phone_number = self.phone_number
            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        elif "phoneNumber" in raw:
            field_dict["phoneNumber"] = raw["phoneNumber"]
        if "previous_users" in cache:
            previous_users: list[str] | Unset = UNSET
            if not isinstance(self.previous_users, Unset):
                previous_users = self.previous_users

            if previous_users is not UNSET:
                field_dict["previous_users"] = previous_users
        elif "previous_users" in raw:
            field_dict["previous_users"] = raw["previous_users"]
        if "public_identifier" in cache:
            public_identifier = self.public_identifier
            if public_identifier is not UNSET:
                field_dict["public_identifier"] = public_identifier
        elif "public_identifier" in raw:
            field_dict["public_identifier"] = raw["public_identifier"]
        if "ref_id" in cache:
            ref_id = self.ref_id
            if ref_id is not UNSET:
                field_dict["refId"] = ref_id
        elif "refId" in raw:
            field_dict["refId"] = raw["refId"]
        if "signer_ref_id" in cache:
            signer_ref_id = self.signer_ref_id
            if signer_ref_id is not UNSET:
                field_dict["signerRefId"] = signer_ref_id
        elif "signerRefId" in raw:
            field_dict["signerRefId"] = raw["signerRefId"]
        if "verified_at" in cache:
            verified_at: str | Unset = UNSET
            if not isinstance(self.verified_at, Unset):
                verified_at = self.verified_at.isoformat()
            if verified_at is not UNSET:
                field_dict["verifiedAt"] = verified_at
        elif "verifiedAt" in raw:
            field_dict["verifiedAt"] = raw["verifiedAt"]
        if "wallet_additional_addresses" in cache:
            wallet_additional_addresses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.wallet_additional_addresses, Unset):
                wallet_additional_addresses = []
                for wallet_additional_addresses_item_data in self.wallet_additional_addresses:
                    wallet_additional_addresses_item = (
                        wallet_additional_addresses_item_data.to_dict()
                    )
                    wallet_additional_addresses.append(wallet_additional_addresses_item)

            if wallet_additional_addresses is not UNSET:
                field_dict["wallet_additional_addresses"] = wallet_additional_addresses
        elif "wallet_additional_addresses" in raw:
            field_dict["wallet_additional_addresses"] = raw["wallet_additional_addresses"]
        if "wallet_name" in cache:
            wallet_name = self.wallet_name
            if wallet_name is not UNSET:
                field_dict["wallet_name"] = wallet_name
        elif "wallet_name" in raw:
            field_dict["wallet_name"] = raw["wallet_name"]
        if "wallet_properties" in cache:
            wallet_properties: dict[str, Any] | Unset = UNSET
            if not isinstance(self.wallet_properties, Unset):
                wallet_properties = self.wallet_properties.to_dict()
            if wallet_properties is not UNSET:
                field_dict["wallet_properties"] = wallet_properties
        elif "wallet_properties" in raw:
            field_dict["wallet_properties"] = raw["wallet_properties"]
        if "wallet_provider" in cache:
            wallet_provider: str | Unset = UNSET
            if not isinstance(self.wallet_provider, Unset):
                wallet_provider = self.wallet_provider.value

            if wallet_provider is not UNSET:
                field_dict["wallet_provider"] = wallet_provider
        elif "wallet_provider" in raw:
            field_dict["wallet_provider"] = raw["wallet_provider"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.format_,
            self.id,
            self.sign_in_enabled,
            self.address,
            self.chain,
            self.email,
            self.embedded_wallet_id,
            self.iso_country_code,
            self.last_selected_at,
            self.name_service,
            self.oauth_account_id,
            self.oauth_account_photos,
            self.oauth_display_name,
            self.oauth_emails,
            self.oauth_metadata,
            self.oauth_provider,
            self.oauth_username,
            self.phone_country_code,
            self.phone_number,
            self.previous_users,
            self.public_identifier,
            self.ref_id,
            self.signer_ref_id,
            self.verified_at,
            self.wallet_additional_addresses,
            self.wallet_name,
            self.wallet_properties,
            self.wallet_provider,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, JwtVerifiedCredential)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"JwtVerifiedCredential("
            f"format_={self.format_!r}, "
            f"id={self.id!r}, "
            f"sign_in_enabled={self.sign_in_enabled!r}, "
            f"address={self.address!r}, "
            f"chain={self.chain!r}, "
            f"email={self.email!r}, "
            f"embedded_wallet_id={self.embedded_wallet_id!r}, "
            f"iso_country_code={self.iso_country_code!r}, "
            f"last_selected_at={self.last_selected_at!r}, "
            f"name_service={self.name_service!r}, "
            f"oauth_account_id={self.oauth_account_id!r}, "
            f"oauth_account_photos={self.oauth_account_photos!r}, "
            f"oauth_display_name={self.oauth_display_name!r}, "
            f"oauth_emails={self.oauth_emails!r}, "
            f"oauth_metadata={self.oauth_metadata!r}, "
            f"oauth_provider={self.oauth_provider!r}, "
            f"oauth_username={self.oauth_username!r}, "
            f"phone_country_code={self.phone_country_code!r}, "
            f"phone_number={self.phone_number!r}, "
            f"previous_users={self.previous_users!r}, "
            f"public_identifier={self.public_identifier!r}, "
            f"ref_id={self.ref_id!r}, "
            f"signer_ref_id={self.signer_ref_id!r}, "
            f"verified_at={self.verified_at!r}, "
            f"wallet_additional_addresses={self.wallet_additional_addresses!r}, "
            f"wallet_name={self.wallet_name!r}, "
            f"wallet_properties={self.wallet_properties!r}, "
            f"wallet_provider={self.wallet_provider!r}, "
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
    "format_": lambda value: JwtVerifiedCredentialFormatEnum.from_value(value),
    "last_selected_at": lambda value: datetime.datetime.fromisoformat(value),
    "name_service": lambda value: NameServiceData.from_dict(value),
    "oauth_metadata": lambda value: JwtVerifiedCredentialOauthMetadata.from_dict(value),
    "oauth_provider": lambda value: ProviderEnum.from_value(value),
    "verified_at": lambda value: datetime.datetime.fromisoformat(value),
    "wallet_additional_addresses": lambda value: [
        WalletAdditionalAddress.from_dict(item0_) for item0_ in value
    ],
    "wallet_properties": lambda value: WalletProperties.from_dict(value),
    "wallet_provider": lambda value: WalletProviderEnum.from_value(value),
}
for _name, _key in _WIRE.items():
    setattr(JwtVerifiedCredential, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(JwtVerifiedCredential, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.jwt_verified_credential_oauth_metadata import JwtVerifiedCredentialOauthMetadata  # noqa: E402
from ..models.name_service_data import NameServiceData  # noqa: E402
from ..models.wallet_additional_address import WalletAdditionalAddress  # noqa: E402
from ..models.wallet_properties import WalletProperties  # noqa: E402
