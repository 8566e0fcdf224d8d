from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_enum import ChainEnum
from ..models.mfa_backup_code_acknowledgement import MfaBackupCodeAcknowledgement
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "projectEnvironmentId",
        "alias",
        "btcWallet",
        "chain",
        "chainalysisChecks",
        "ckbWallet",
        "country",
        "createdAt",
        "discordNotification",
        "dogeWallet",
        "email",
        "emailNotification",
        "firstName",
        "firstVisit",
        "jobTitle",
        "kasWallet",
        "kdaWallet",
        "lastName",
        "lastVerifiedCredentialId",
        "lastVisit",
        "lists",
        "ltcWallet",
        "metadata",
        "mfaBackupCodeAcknowledgement",
        "mfaDevices",
        "missingFields",
        "newUser",
        "newsletterNotification",
        "oauthAccounts",
        "phoneNumber",
        "policiesConsent",
        "scope",
        "sessionId",
        "sessions",
        "tShirtSize",
        "team",
        "updatedAt",
        "username",
        "verifiedCredentials",
        "wallet",
        "walletPublicKey",
        "wallets",
    )
)


@_attrs_define
class User:
    id: str
    project_environment_id: str
    alias: None | str | Unset = UNSET
    btc_wallet: None | str | Unset = UNSET
    chain: ChainEnum | Unset = UNSET
    chainalysis_checks: list[ChainalysisCheck] | Unset = UNSET
    ckb_wallet: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    discord_notification: bool | None | Unset = UNSET
    doge_wallet: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_notification: bool | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    first_visit: datetime.datetime | Unset = UNSET
    job_title: None | str | Unset = UNSET
    kas_wallet: None | str | Unset = UNSET
    kda_wallet: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    last_verified_credential_id: str | Unset = UNSET
    last_visit: datetime.datetime | Unset = UNSET
    lists: list[str] | Unset = UNSET
    ltc_wallet: None | str | Unset = UNSET
    metadata: UserMetadata | Unset = UNSET
    mfa_backup_code_acknowledgement: MfaBackupCodeAcknowledgement | None | Unset = UNSET
    mfa_devices: list[MFADevice] | Unset = UNSET
    missing_fields: list[ProjectSettingsKyc] | Unset = UNSET
    new_user: bool | Unset = UNSET
    newsletter_notification: bool | None | Unset = UNSET
    oauth_accounts: list[OAuthAccount] | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    policies_consent: bool | None | Unset = UNSET
    scope: str | Unset = UNSET
    session_id: str | Unset = UNSET
    sessions: list[Session] | Unset = UNSET
    t_shirt_size: None | str | Unset = UNSET
    team: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    username: None | str | Unset = UNSET
    verified_credentials: list[JwtVerifiedCredential] | Unset = UNSET
    wallet: str | Unset = UNSET
    wallet_public_key: str | Unset = UNSET
    wallets: list[Wallet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_environment_id = self.project_environment_id

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        btc_wallet: None | str | Unset
        if isinstance(self.btc_wallet, Unset):
            btc_wallet = UNSET
        else:
            btc_wallet = self.btc_wallet

        chain: str | Unset = UNSET
        if not isinstance(self.chain, Unset):
            chain = self.chain.value

        chainalysis_checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chainalysis_checks, Unset):
            chainalysis_checks = []
            for chainalysis_checks_item_data in self.chainalysis_checks:
                chainalysis_checks_item = chainalysis_checks_item_data.to_dict()
                chainalysis_checks.append(chainalysis_checks_item)

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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        discord_notification: bool | None | Unset
        if isinstance(self.discord_notification, Unset):
            discord_notification = UNSET
        else:
            discord_notification = self.discord_notification

        doge_wallet: None | str | Unset
        if isinstance(self.doge_wallet, Unset):
            doge_wallet = UNSET
        else:
            doge_wallet = self.doge_wallet

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_notification: bool | None | Unset
        if isinstance(self.email_notification, Unset):
            email_notification = UNSET
        else:
            email_notification = self.email_notification

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        first_visit: str | Unset = UNSET
        if not isinstance(self.first_visit, Unset):
            first_visit = self.first_visit.isoformat()

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
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

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        last_verified_credential_id = self.last_verified_credential_id

        last_visit: str | Unset = UNSET
        if not isinstance(self.last_visit, Unset):
            last_visit = self.last_visit.isoformat()

        lists: list[str] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

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

        mfa_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mfa_devices, Unset):
            mfa_devices = []
            for mfa_devices_item_data in self.mfa_devices:
                mfa_devices_item = mfa_devices_item_data.to_dict()
                mfa_devices.append(mfa_devices_item)

        missing_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing_fields, Unset):
            missing_fields = []
            for missing_fields_item_data in self.missing_fields:
                missing_fields_item = missing_fields_item_data.to_dict()
                missing_fields.append(missing_fields_item)

        new_user = self.new_user

        newsletter_notification: bool | None | Unset
        if isinstance(self.newsletter_notification, Unset):
            newsletter_notification = UNSET
        else:
            newsletter_notification = self.newsletter_notification

        oauth_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.oauth_accounts, Unset):
            oauth_accounts = []
            for oauth_accounts_item_data in self.oauth_accounts:
                oauth_accounts_item = oauth_accounts_item_data.to_dict()
                oauth_accounts.append(oauth_accounts_item)

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        policies_consent: bool | None | Unset
        if isinstance(self.policies_consent, Unset):
            policies_consent = UNSET
        else:
            policies_consent = self.policies_consent

        scope = self.scope

        session_id = self.session_id

        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        t_shirt_size: None | str | Unset
        if isinstance(self.t_shirt_size, Unset):
            t_shirt_size = UNSET
        else:
            t_shirt_size = self.t_shirt_size

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        verified_credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.verified_credentials, Unset):
            verified_credentials = []
            for verified_credentials_item_data in self.verified_credentials:
                verified_credentials_item = verified_credentials_item_data.to_dict()
                verified_credentials.append(verified_credentials_item)

        wallet = self.wallet

        wallet_public_key = self.wallet_public_key

        wallets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wallets, Unset):
            wallets = []
            for wallets_item_data in self.wallets:
                wallets_item = wallets_item_data.to_dict()
                wallets.append(wallets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectEnvironmentId": project_environment_id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if btc_wallet is not UNSET:
            field_dict["btcWallet"] = btc_wallet
        if chain is not UNSET:
            field_dict["chain"] = chain
        if chainalysis_checks is not UNSET:
            field_dict["chainalysisChecks"] = chainalysis_checks
        if ckb_wallet is not UNSET:
            field_dict["ckbWallet"] = ckb_wallet
        if country is not UNSET:
            field_dict["country"] = country
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if discord_notification is not UNSET:
            field_dict["discordNotification"] = discord_notification
        if doge_wallet is not UNSET:
            field_dict["dogeWallet"] = doge_wallet
        if email is not UNSET:
            field_dict["email"] = email
        if email_notification is not UNSET:
            field_dict["emailNotification"] = email_notification
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if first_visit is not UNSET:
            field_dict["firstVisit"] = first_visit
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if kas_wallet is not UNSET:
            field_dict["kasWallet"] = kas_wallet
        if kda_wallet is not UNSET:
            field_dict["kdaWallet"] = kda_wallet
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if last_verified_credential_id is not UNSET:
            field_dict["lastVerifiedCredentialId"] = last_verified_credential_id
        if last_visit is not UNSET:
            field_dict["lastVisit"] = last_visit
        if lists is not UNSET:
            field_dict["lists"] = lists
        if ltc_wallet is not UNSET:
            field_dict["ltcWallet"] = ltc_wallet
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if mfa_backup_code_acknowledgement is not UNSET:
            field_dict["mfaBackupCodeAcknowledgement"] = mfa_backup_code_acknowledgement
        if mfa_devices is not UNSET:
            field_dict["mfaDevices"] = mfa_devices
        if missing_fields is not UNSET:
            field_dict["missingFields"] = missing_fields
        if new_user is not UNSET:
            field_dict["newUser"] = new_user
        if newsletter_notification is not UNSET:
            field_dict["newsletterNotification"] = newsletter_notification
        if oauth_accounts is not UNSET:
            field_dict["oauthAccounts"] = oauth_accounts
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if policies_consent is not UNSET:
            field_dict["policiesConsent"] = policies_consent
        if scope is not UNSET:
            field_dict["scope"] = scope
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if t_shirt_size is not UNSET:
            field_dict["tShirtSize"] = t_shirt_size
        if team is not UNSET:
            field_dict["team"] = team
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if username is not UNSET:
            field_dict["username"] = username
        if verified_credentials is not UNSET:
            field_dict["verifiedCredentials"] = verified_credentials
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if wallet_public_key is not UNSET:
            field_dict["walletPublicKey"] = wallet_public_key
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
        chain_ = get("chain", UNSET)
        chainalysis_checks_ = get("chainalysisChecks", UNSET)
        created_at_ = get("createdAt", UNSET)
        first_visit_ = get("firstVisit", UNSET)
        last_visit_ = get("lastVisit", UNSET)
        metadata_ = get("metadata", UNSET)
        mfa_backup_code_acknowledgement_ = get("mfaBackupCodeAcknowledgement", UNSET)
        mfa_devices_ = get("mfaDevices", UNSET)
        missing_fields_ = get("missingFields", UNSET)
        oauth_accounts_ = get("oauthAccounts", UNSET)
        sessions_ = get("sessions", UNSET)
        updated_at_ = get("updatedAt", UNSET)
        verified_credentials_ = get("verifiedCredentials", UNSET)
        wallets_ = get("wallets", UNSET)
        instance_ = cls(
            id=src_dict["id"],
            project_environment_id=src_dict["projectEnvironmentId"],
            alias=get("alias", UNSET),
            btc_wallet=get("btcWallet", UNSET),
            chain=UNSET if chain_ is UNSET else ChainEnum.from_value(chain_),
            chainalysis_checks=UNSET
            if chainalysis_checks_ is UNSET
            else [ChainalysisCheck.from_dict(item0_) for item0_ in chainalysis_checks_],
            ckb_wallet=get("ckbWallet", UNSET),
            country=get("country", UNSET),
            created_at=UNSET
            if created_at_ is UNSET
            else datetime.datetime.fromisoformat(created_at_),
            discord_notification=get("discordNotification", UNSET),
            doge_wallet=get("dogeWallet", UNSET),
            email=get("email", UNSET),
            email_notification=get("emailNotification", UNSET),
            first_name=get("firstName", UNSET),
            first_visit=UNSET
            if first_visit_ is UNSET
            else datetime.datetime.fromisoformat(first_visit_),
            job_title=get("jobTitle", UNSET),
            kas_wallet=get("kasWallet", UNSET),
            kda_wallet=get("kdaWallet", UNSET),
            last_name=get("lastName", UNSET),
            last_verified_credential_id=get("lastVerifiedCredentialId", UNSET),
            last_visit=UNSET
            if last_visit_ is UNSET
            else datetime.datetime.fromisoformat(last_visit_),
            lists=get("lists", UNSET),
            ltc_wallet=get("ltcWallet", UNSET),
            metadata=UNSET if metadata_ is UNSET else UserMetadata.from_dict(metadata_),
            mfa_backup_code_acknowledgement=UNSET
            if mfa_backup_code_acknowledgement_ is UNSET
            else (
                None
                if mfa_backup_code_acknowledgement_ is None
                else MfaBackupCodeAcknowledgement.from_value(mfa_backup_code_acknowledgement_)
            ),
            mfa_devices=UNSET
            if mfa_devices_ is UNSET
            else [MFADevice.from_dict(item0_) for item0_ in mfa_devices_],
            missing_fields=UNSET
            if missing_fields_ is UNSET
            else [ProjectSettingsKyc.from_dict(item0_) for item0_ in missing_fields_],
            new_user=get("newUser", UNSET),
            newsletter_notification=get("newsletterNotification", UNSET),
            oauth_accounts=UNSET
            if oauth_accounts_ is UNSET
            else [OAuthAccount.from_dict(item0_) for item0_ in oauth_accounts_],
            phone_number=get("phoneNumber", UNSET),
            policies_consent=get("policiesConsent", UNSET),
            scope=get("scope", UNSET),
            session_id=get("sessionId", UNSET),
            sessions=UNSET
            if sessions_ is UNSET
            else [Session.from_dict(item0_) for item0_ in sessions_],
            t_shirt_size=get("tShirtSize", UNSET),
            team=get("team", UNSET),
            updated_at=UNSET
            if updated_at_ is UNSET
            else datetime.datetime.fromisoformat(updated_at_),
            username=get("username", UNSET),
            verified_credentials=UNSET
            if verified_credentials_ is UNSET
            else [JwtVerifiedCredential.from_dict(item0_) for item0_ in verified_credentials_],
            wallet=get("wallet", UNSET),
            wallet_public_key=get("walletPublicKey", UNSET),
            wallets=UNSET
            if wallets_ is UNSET
            else [Wallet.from_dict(item0_) for item0_ in wallets_],
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
from ..models.chainalysis_check import ChainalysisCheck  # noqa: E402
from ..models.jwt_verified_credential import JwtVerifiedCredential  # noqa: E402
from ..models.mfa_device import MFADevice  # noqa: E402
from ..models.o_auth_account import OAuthAccount  # noqa: E402
from ..models.project_settings_kyc import ProjectSettingsKyc  # noqa: E402
from ..models.session import Session  # noqa: E402
from ..models.user_metadata import UserMetadata  # noqa: E402
from ..models.wallet import Wallet  # noqa: E402
