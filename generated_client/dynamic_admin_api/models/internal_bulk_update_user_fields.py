from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mfa_backup_code_acknowledgement import MfaBackupCodeAcknowledgement
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "alias",
        "btcWallet",
        "ckbWallet",
        "country",
        "discordNotification",
        "dogeWallet",
        "email",
        "emailNotification",
        "emailVerifiedAt",
        "firstName",
        "id",
        "jobTitle",
        "kasWallet",
        "kdaWallet",
        "lastName",
        "ltcWallet",
        "metadata",
        "mfaBackupCodeAcknowledgement",
        "newsletterNotification",
        "oauthAccounts",
        "phoneNumber",
        "policiesConsent",
        "tShirtSize",
        "team",
        "username",
        "wallets",
    )
)


@_attrs_define
class InternalBulkUpdateUserFields:
    alias: str | Unset = UNSET
    btc_wallet: None | str | Unset = UNSET
    ckb_wallet: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    discord_notification: bool | Unset = UNSET
    doge_wallet: None | str | Unset = UNSET
    email: str | Unset = UNSET
    email_notification: bool | Unset = UNSET
    email_verified_at: datetime.datetime | Unset = UNSET
    first_name: str | Unset = UNSET
    id: str | Unset = UNSET
    job_title: str | Unset = UNSET
    kas_wallet: None | str | Unset = UNSET
    kda_wallet: None | str | Unset = UNSET
    last_name: str | Unset = UNSET
    ltc_wallet: None | str | Unset = UNSET
    metadata: InternalBulkUpdateUserFieldsMetadata | Unset = UNSET
    mfa_backup_code_acknowledgement: MfaBackupCodeAcknowledgement | None | Unset = UNSET
    newsletter_notification: bool | Unset = UNSET
    oauth_accounts: list[CreateUserOauthRequest] | Unset = UNSET
    phone_number: str | Unset = UNSET
    policies_consent: bool | Unset = UNSET
    t_shirt_size: str | Unset = UNSET
    team: str | Unset = UNSET
    username: None | str | Unset = UNSET
    wallets: list[CreateWalletRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        btc_wallet: None | str | Unset
        if isinstance(self.btc_wallet, Unset):
            btc_wallet = UNSET
        else:
            btc_wallet = self.btc_wallet

        ckb_wallet: None | str | Unset
        if isinstance(self.ckb_wallet, Unset):
            ckb_wallet = UNSET
        else:
            ckb_wallet = self.ckb_wallet

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        discord_notification = self.discord_notification

        doge_wallet: None | str | Unset
        if isinstance(self.doge_wallet, Unset):
            doge_wallet = UNSET
        else:
            doge_wallet = self.doge_wallet

        email = self.email

        email_notification = self.email_notification

        email_verified_at: str | Unset = UNSET
        if not isinstance(self.email_verified_at, Unset):
            email_verified_at = self.email_verified_at.isoformat()

        first_name = self.first_name

        id = self.id

        job_title = self.job_title

        kas_wallet: None | str | Unset
        if isinstance(self.kas_wallet, Unset):
            kas_wallet = UNSET
        else:
            kas_wallet = self.kas_wallet

        kda_wallet: None | str | Unset
        if isinstance(self.kda_wallet, Unset):
            kda_wallet = UNSET
        else:
            kda_wallet = self.kda_wallet

        last_name = self.last_name

        ltc_wallet: None | str | Unset
        if isinstance(self.ltc_wallet, Unset):
            ltc_wallet = UNSET
        else:
            ltc_wallet = self.ltc_wallet

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        mfa_backup_code_acknowledgement: None | str | Unset
        if isinstance(self.mfa_backup_code_acknowledgement, Unset):
            mfa_backup_code_acknowledgement = UNSET
        elif isinstance(self.mfa_backup_code_acknowledgement, MfaBackupCodeAcknowledgement):
            mfa_backup_code_acknowledgement = self.mfa_backup_code_acknowledgement.value
        else:
            mfa_backup_code_acknowledgement = self.mfa_backup_code_acknowledgement

        newsletter_notification = self.newsletter_notification

        oauth_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.oauth_accounts, Unset):
            oauth_accounts = []
            for oauth_accounts_item_data in self.oauth_accounts:
                oauth_accounts_item = oauth_accounts_item_data.to_dict()
                oauth_accounts.append(oauth_accounts_item)

        phone_number = self.phone_number

        policies_consent = self.policies_consent

        t_shirt_size = self.t_shirt_size

        team = self.team

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        wallets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wallets, Unset):
            wallets = []
            for wallets_item_data in self.wallets:
                wallets_item = wallets_item_data.to_dict()
                wallets.append(wallets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if btc_wallet is not UNSET:
            field_dict["btcWallet"] = btc_wallet
        if ckb_wallet is not UNSET:
            field_dict["ckbWallet"] = ckb_wallet
        if country is not UNSET:
            field_dict["country"] = country
        if discord_notification is not UNSET:
            field_dict["discordNotification"] = discord_notification
        if doge_wallet is not UNSET:
            field_dict["dogeWallet"] = doge_wallet
        if email is not UNSET:
            field_dict["email"] = email
        if email_notification is not UNSET:
            field_dict["emailNotification"] = email_notification
        if email_verified_at is not UNSET:
            field_dict["emailVerifiedAt"] = email_verified_at
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if id is not UNSET:
            field_dict["id"] = id
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if kas_wallet is not UNSET:
            field_dict["kasWallet"] = kas_wallet
        if kda_wallet is not UNSET:
            field_dict["kdaWallet"] = kda_wallet
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if ltc_wallet is not UNSET:
            field_dict["ltcWallet"] = ltc_wallet
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if mfa_backup_code_acknowledgement is not UNSET:
            field_dict["mfaBackupCodeAcknowledgement"] = mfa_backup_code_acknowledgement
        if newsletter_notification is not UNSET:
            field_dict["newsletterNotification"] = newsletter_notification
        if oauth_accounts is not UNSET:
            field_dict["oauthAccounts"] = oauth_accounts
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if policies_consent is not UNSET:
            field_dict["policiesConsent"] = policies_consent
        if t_shirt_size is not UNSET:
            field_dict["tShirtSize"] = t_shirt_size
        if team is not UNSET:
            field_dict["team"] = team
        if username is not UNSET:
            field_dict["username"] = username
        if wallets is not UNSET:
            field_dict["wallets"] = wallets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        email_verified_at_ = get("emailVerifiedAt", UNSET)
        metadata_ = get("metadata", UNSET)
        mfa_backup_code_acknowledgement_ = get("mfaBackupCodeAcknowledgement", UNSET)
        oauth_accounts_ = get("oauthAccounts", UNSET)
        wallets_ = get("wallets", UNSET)
        instance_ = cls(
            alias=get("alias", UNSET),
            btc_wallet=get("btcWallet", UNSET),
            ckb_wallet=get("ckbWallet", UNSET),
            country=get("country", UNSET),
            discord_notification=get("discordNotification", UNSET),
            doge_wallet=get("dogeWallet", UNSET),
            email=get("email", UNSET),
            email_notification=get("emailNotification", UNSET),
            email_verified_at=UNSET
            if email_verified_at_ is UNSET
            else datetime.datetime.fromisoformat(email_verified_at_),
            first_name=get("firstName", UNSET),
            id=get("id", UNSET),
            job_title=get("jobTitle", UNSET),
            kas_wallet=get("kasWallet", UNSET),
            kda_wallet=get("kdaWallet", UNSET),
            last_name=get("lastName", UNSET),
            ltc_wallet=get("ltcWallet", UNSET),
            metadata=UNSET
            if metadata_ is UNSET
            else InternalBulkUpdateUserFieldsMetadata.from_dict(metadata_),
            mfa_backup_code_acknowledgement=UNSET
            if mfa_backup_code_acknowledgement_ is UNSET
            else (
                None
                if mfa_backup_code_acknowledgement_ is None
                else MfaBackupCodeAcknowledgement.from_value(mfa_backup_code_acknowledgement_)
            ),
            newsletter_notification=get("newsletterNotification", UNSET),
            oauth_accounts=UNSET
            if oauth_accounts_ is UNSET
            else [CreateUserOauthRequest.from_dict(item0_) for item0_ in oauth_accounts_],
            phone_number=get("phoneNumber", UNSET),
            policies_consent=get("policiesConsent", UNSET),
            t_shirt_size=get("tShirtSize", UNSET),
            team=get("team", UNSET),
            username=get("username", UNSET),
            wallets=UNSET
            if wallets_ is UNSET
            else [CreateWalletRequest.from_dict(item0_) for item0_ in wallets_],
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
from ..models.create_user_oauth_request import CreateUserOauthRequest  # noqa: E402
from ..models.create_wallet_request import CreateWalletRequest  # noqa: E402
from ..models.internal_bulk_update_user_fields_metadata import InternalBulkUpdateUserFieldsMetadata  # noqa: E402
