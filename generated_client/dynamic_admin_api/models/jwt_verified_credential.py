from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jwt_verified_credential_format_enum import JwtVerifiedCredentialFormatEnum
from ..models.provider_enum import ProviderEnum
from ..models.wallet_provider_enum import WalletProviderEnum
from ..types import UNSET, Unset

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


@_attrs_define
class JwtVerifiedCredential:
    format_: JwtVerifiedCredentialFormatEnum
    id: str
    sign_in_enabled: bool
    address: str | Unset = UNSET
    chain: str | Unset = UNSET
    email: str | Unset = UNSET
    embedded_wallet_id: None | str | Unset = UNSET
    iso_country_code: str | Unset = UNSET
    last_selected_at: datetime.datetime | Unset = UNSET
    name_service: NameServiceData | Unset = UNSET
    oauth_account_id: None | str | Unset = UNSET
    oauth_account_photos: list[str] | Unset = UNSET
    oauth_display_name: None | str | Unset = UNSET
    oauth_emails: list[str] | Unset = UNSET
    oauth_metadata: JwtVerifiedCredentialOauthMetadata | Unset = UNSET
    oauth_provider: ProviderEnum | Unset = UNSET
    oauth_username: str | Unset = UNSET
    phone_country_code: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    previous_users: list[str] | Unset = UNSET
    public_identifier: str | Unset = UNSET
    ref_id: str | Unset = UNSET
    signer_ref_id: str | Unset = UNSET
    verified_at: datetime.datetime | Unset = UNSET
    wallet_additional_addresses: list[WalletAdditionalAddress] | Unset = UNSET
    wallet_name: str | Unset = UNSET
    wallet_properties: WalletProperties | Unset = UNSET
    wallet_provider: WalletProviderEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        id = self.id

        sign_in_enabled = self.sign_in_enabled

        address = self.address

        chain = self.chain

        email = self.email

        embedded_wallet_id: None | str | Unset
        if isinstance(self.embedded_wallet_id, Unset):
            embedded_wallet_id = UNSET
        else:
            embedded_wallet_id = self.embedded_wallet_id

        iso_country_code = self.iso_country_code

        last_selected_at: str | Unset = UNSET
        if not isinstance(self.last_selected_at, Unset):
            last_selected_at = self.last_selected_at.isoformat()

        name_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name_service, Unset):
            name_service = self.name_service.to_dict()

        oauth_account_id: None | str | Unset
        if isinstance(self.oauth_account_id, Unset):
            oauth_account_id = UNSET
        else:
            oauth_account_id = self.oauth_account_id

        oauth_account_photos: list[str] | Unset = UNSET
        if not isinstance(self.oauth_account_photos, Unset):
            oauth_account_photos = self.oauth_account_photos

        oauth_display_name: None | str | Unset
        if isinstance(self.oauth_display_name, Unset):
            oauth_display_name = UNSET
        else:
            oauth_display_name = self.oauth_display_name

        oauth_emails: list[str] | Unset = UNSET
        if not isinstance(self.oauth_emails, Unset):
            oauth_emails = self.oauth_emails

        oauth_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth_metadata, Unset):
            oauth_metadata = self.oauth_metadata.to_dict()

        oauth_provider: str | Unset = UNSET
        if not isinstance(self.oauth_provider, Unset):
            oauth_provider = self.oauth_provider.value

        oauth_username = self.oauth_username

        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        previous_users: list[str] | Unset = UNSET
        if not isinstance(self.previous_users, Unset):
            previous_users = self.previous_users

        public_identifier = self.public_identifier

        ref_id = self.ref_id

        signer_ref_id = self.signer_ref_id

        verified_at: str | Unset = UNSET
        if not isinstance(self.verified_at, Unset):
            verified_at = self.verified_at.isoformat()

        wallet_additional_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wallet_additional_addresses, Unset):
            wallet_additional_addresses = []
            for wallet_additional_addresses_item_data in self.wallet_additional_addresses:
                wallet_additional_addresses_item = wallet_additional_addresses_item_data.to_dict()
                wallet_additional_addresses.append(wallet_additional_addresses_item)

        wallet_name = self.wallet_name

        wallet_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallet_properties, Unset):
            wallet_properties = self.wallet_properties.to_dict()

        wallet_provider: str | Unset = UNSET
        if not isinstance(self.wallet_provider, Unset):
            wallet_provider = self.wallet_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "id": id,
                "signInEnabled": sign_in_enabled,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if chain is not UNSET:
            field_dict["chain"] = chain
        if email is not UNSET:
            field_dict["email"] = email
        if embedded_wallet_id is not UNSET:
            field_dict["embedded_wallet_id"] = embedded_wallet_id
        if iso_country_code is not UNSET:
            field_dict["isoCountryCode"] = iso_country_code
        if last_selected_at is not UNSET:
            field_dict["lastSelectedAt"] = last_selected_at
        if name_service is not UNSET:
            field_dict["name_service"] = name_service
        if oauth_account_id is not UNSET:
            field_dict["oauth_account_id"] = oauth_account_id
        if oauth_account_photos is not UNSET:
            field_dict["oauth_account_photos"] = oauth_account_photos
        if oauth_display_name is not UNSET:
            field_dict["oauth_display_name"] = oauth_display_name
        if oauth_emails is not UNSET:
            field_dict["oauth_emails"] = oauth_emails
        if oauth_metadata is not UNSET:
            field_dict["oauth_metadata"] = oauth_metadata
        if oauth_provider is not UNSET:
            field_dict["oauth_provider"] = oauth_provider
        if oauth_username is not UNSET:
            field_dict["oauth_username"] = oauth_username
        if phone_country_code is not UNSET:
            field_dict["phoneCountryCode"] = phone_country_code
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if previous_users is not UNSET:
            field_dict["previous_users"] = previous_users
        if public_identifier is not UNSET:
            field_dict["public_identifier"] = public_identifier
        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        if signer_ref_id is not UNSET:
            field_dict["signerRefId"] = signer_ref_id
        if verified_at is not UNSET:
            field_dict["verifiedAt"] = verified_at
        if wallet_additional_addresses is not UNSET:
            field_dict["wallet_additional_addresses"] = wallet_additional_addresses
        if wallet_name is not UNSET:
            field_dict["wallet_name"] = wallet_name
        if wallet_properties is not UNSET:
            field_dict["wallet_properties"] = wallet_properties
        if wallet_provider is not UNSET:
            field_dict["wallet_provider"] = wallet_provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        last_selected_at_ = get("lastSelectedAt", UNSET)
        name_service_ = get("name_service", UNSET)
        oauth_metadata_ = get("oauth_metadata", UNSET)
        oauth_provider_ = get("oauth_provider", UNSET)
        verified_at_ = get("verifiedAt", UNSET)
        wallet_additional_addresses_ = get("wallet_additional_addresses", UNSET)
        wallet_properties_ = get("wallet_properties", UNSET)
        wallet_provider_ = get("wallet_provider", UNSET)
        instance_ = cls(
            format_=JwtVerifiedCredentialFormatEnum.from_value(src_dict["format"]),
            id=src_dict["id"],
            sign_in_enabled=src_dict["signInEnabled"],
            address=get("address", UNSET),
            chain=get("chain", UNSET),
            email=get("email", UNSET),
            embedded_wallet_id=get("embedded_wallet_id", UNSET),
            iso_country_code=get("isoCountryCode", UNSET),
            last_selected_at=UNSET
            if last_selected_at_ is UNSET
            else datetime.datetime.fromisoformat(last_selected_at_),
            name_service=UNSET
            if name_service_ is UNSET
            else NameServiceData.from_dict(name_service_),
            oauth_account_id=get("oauth_account_id", UNSET),
            oauth_account_photos=get("oauth_account_photos", UNSET),
            oauth_display_name=get("oauth_display_name", UNSET),
            oauth_emails=get("oauth_emails", UNSET),
            oauth_metadata=UNSET
            if oauth_metadata_ is UNSET
            else JwtVerifiedCredentialOauthMetadata.from_dict(oauth_metadata_),
            oauth_provider=UNSET
            if oauth_provider_ is UNSET
            else ProviderEnum.from_value(oauth_provider_),
            oauth_username=get("oauth_username", UNSET),
            phone_country_code=get("phoneCountryCode", UNSET),
            phone_number=get("phoneNumber", UNSET),
            previous_users=get("previous_users", UNSET),
            public_identifier=get("public_identifier", UNSET),
            ref_id=get("refId", UNSET),
            signer_ref_id=get("signerRefId", UNSET),
            verified_at=UNSET
            if verified_at_ is UNSET
            else datetime.datetime.fromisoformat(verified_at_),
            wallet_additional_addresses=UNSET
            if wallet_additional_addresses_ is UNSET
            else [
                WalletAdditionalAddress.from_dict(item0_) for item0_ in wallet_additional_addresses_
            ],
            wallet_name=get("wallet_name", UNSET),
            wallet_properties=UNSET
            if wallet_properties_ is UNSET
            else WalletProperties.from_dict(wallet_properties_),
            wallet_provider=UNSET
            if wallet_provider_ is UNSET
            else WalletProviderEnum.from_value(wallet_provider_),
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
from ..models.jwt_verified_credential_oauth_metadata import JwtVerifiedCredentialOauthMetadata  # noqa: E402
from ..models.name_service_data import NameServiceData  # noqa: E402
from ..models.wallet_additional_address import WalletAdditionalAddress  # noqa: E402
from ..models.wallet_properties import WalletProperties  # noqa: E402
