from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.chain_enum import ChainEnum
from ..models.mfa_backup_code_acknowledgement import MfaBackupCodeAcknowledgement
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
    "id",
    "projectEnvironmentId",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "id": "id",
    "project_environment_id": "projectEnvironmentId",
    "alias": "alias",
    "btc_wallet": "btcWallet",
    "chain": "chain",
    "chainalysis_checks": "chainalysisChecks",
    "ckb_wallet": "ckbWallet",
    "country": "country",
    "created_at": "createdAt",
    "discord_notification": "discordNotification",
    "doge_wallet": "dogeWallet",
    "email": "email",
    "email_notification": "emailNotification",
    "first_name": "firstName",
    "first_visit": "firstVisit",
    "job_title": "jobTitle",
    "kas_wallet": "kasWallet",
    "kda_wallet": "kdaWallet",
    "last_name": "lastName",
    "last_verified_credential_id": "lastVerifiedCredentialId",
    "last_visit": "lastVisit",
    "lists": "lists",
    "ltc_wallet": "ltcWallet",
    "metadata": "metadata",
    "mfa_backup_code_acknowledgement": "mfaBackupCodeAcknowledgement",
    "mfa_devices": "mfaDevices",
    "missing_fields": "missingFields",
    "new_user": "newUser",
    "newsletter_notification": "newsletterNotification",
    "oauth_accounts": "oauthAccounts",
    "phone_number": "phoneNumber",
    "policies_consent": "policiesConsent",
    "scope": "scope",
    "session_id": "sessionId",
    "sessions": "sessions",
    "t_shirt_size": "tShirtSize",
    "team": "team",
    "updated_at": "updatedAt",
    "username": "username",
    "verified_credentials": "verifiedCredentials",
    "wallet": "wallet",
    "wallet_public_key": "walletPublicKey",
    "wallets": "wallets",
}


class User:
    id: str
    project_environment_id: str
    alias: None | str | Unset
    btc_wallet: None | str | Unset
    chain: ChainEnum | Unset
    chainalysis_checks: list[ChainalysisCheck] | Unset
    ckb_wallet: None | str | Unset
    country: None | str | Unset
    created_at: datetime.datetime | Unset
    discord_notification: bool | None | Unset
    doge_wallet: None | str | Unset
    email: None | str | Unset
    email_notification: bool | None | Unset
    first_name: None | str | Unset
    first_visit: datetime.datetime | Unset
    job_title: None | str | Unset
    kas_wallet: None | str | Unset
    kda_wallet: None | str | Unset
    last_name: None | str | Unset
    last_verified_credential_id: str | Unset
    last_visit: datetime.datetime | Unset
    lists: list[str] | Unset
    ltc_wallet: None | str | Unset
    metadata: UserMetadata | Unset
    mfa_backup_code_acknowledgement: MfaBackupCodeAcknowledgement | None | Unset
    mfa_devices: list[MFADevice] | Unset
    missing_fields: list[ProjectSettingsKyc] | Unset
    new_user: bool | Unset
    newsletter_notification: bool | None | Unset
    oauth_accounts: list[OAuthAccount] | Unset
    phone_number: None | str | Unset
    policies_consent: bool | None | Unset
    scope: str | Unset
    session_id: str | Unset
    sessions: list[Session] | Unset
    t_shirt_size: None | str | Unset
    team: None | str | Unset
    updated_at: datetime.datetime | Unset
    username: None | str | Unset
    verified_credentials: list[JwtVerifiedCredential] | Unset
    wallet: str | Unset
    wallet_public_key: str | Unset
    wallets: list[Wallet] | Unset
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
        id: str,
        project_environment_id: str,
        alias: None | str | Unset = UNSET,
        btc_wallet: None | str | Unset = UNSET,
        chain: ChainEnum | Unset = UNSET,
        chainalysis_checks: list[ChainalysisCheck] | Unset = UNSET,
        ckb_wallet: None | str | Unset = UNSET,
        country: None | str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        discord_notification: bool | None | Unset = UNSET,
        doge_wallet: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        email_notification: bool | None | Unset = UNSET,
        first_name: None | str | Unset = UNSET,
        first_visit: datetime.datetime | Unset = UNSET,
        job_title: None | str | Unset = UNSET,
        kas_wallet: None | str | Unset = UNSET,
        kda_wallet: None | str | Unset = UNSET,
        last_name: None | str | Unset = UNSET,
        last_verified_credential_id: str | Unset = UNSET,
        last_visit: datetime.datetime | Unset = UNSET,
        lists: list[str] | Unset = UNSET,
        ltc_wallet: None | str | Unset = UNSET,
        metadata: UserMetadata | Unset = UNSET,
        mfa_backup_code_acknowledgement: MfaBackupCodeAcknowledgement | None | Unset = UNSET,
        mfa_devices: list[MFADevice] | Unset = UNSET,
        missing_fields: list[ProjectSettingsKyc] | Unset = UNSET,
        new_user: bool | Unset = UNSET,
        newsletter_notification: bool | None | Unset = UNSET,
        oauth_accounts: list[OAuthAccount] | Unset = UNSET,
        phone_number: None | str | Unset = UNSET,
        policies_consent: bool | None | Unset = UNSET,
        scope: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        sessions: list[Session] | Unset = UNSET,
        t_shirt_size: None | str | Unset = UNSET,
        team: None | str | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        username: None | str | Unset = UNSET,
        verified_credentials: list[JwtVerifiedCredential] | Unset = UNSET,
        wallet: str | Unset = UNSET,
        wallet_public_key: str | Unset = UNSET,
        wallets: list[Wallet] | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "id": id,
                "project_environment_id": project_environment_id,
                "alias": alias,
                "btc_wallet": btc_wallet,
                "chain": chain,
                "chainalysis_checks": chainalysis_checks,
                "ckb_wallet": ckb_wallet,
                "country": country,
                "created_at": created_at,
                "discord_notification": discord_notification,
                "doge_wallet": doge_wallet,
                "email": email,
                "email_notification": email_notification,
                "first_name": first_name,
                "first_visit": first_visit,
                "job_title": job_title,
                "kas_wallet": kas_wallet,
                "kda_wallet": kda_wallet,
                "last_name": last_name,
                "last_verified_credential_id": last_verified_credential_id,
                "last_visit": last_visit,
                "lists": lists,
                "ltc_wallet": ltc_wallet,
                "metadata": metadata,
                "mfa_backup_code_acknowledgement": mfa_backup_code_acknowledgement,
                "mfa_devices": mfa_devices,
                "missing_fields": missing_fields,
                "new_user": new_user,
                "newsletter_notification": newsletter_notification,
                "oauth_accounts": oauth_accounts,
                "phone_number": phone_number,
                "policies_consent": policies_consent,
                "scope": scope,
                "session_id": session_id,
                "sessions": sessions,
                "t_shirt_size": t_shirt_size,
                "team": team,
                "updated_at": updated_at,
                "username": username,
                "verified_credentials": verified_credentials,
                "wallet": wallet,
                "wallet_public_key": wallet_public_key,
                "wallets": wallets,
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
            raise not_an_object("User", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("User", _REQUIRED, src_dict)
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
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "project_environment_id" in cache:
            project_environment_id = self.project_environment_id
            field_dict["projectEnvironmentId"] = project_environment_id
        elif "projectEnvironmentId" in raw:
            field_dict["projectEnvironmentId"] = raw["projectEnvironmentId"]
        if "alias" in cache:
            alias: None | str | Unset
            if isinstance(self.alias, Unset):
                alias = UNSET
            else:
                alias = self.alias
            if alias is not UNSET:
                field_dict["alias"] = alias
        elif "alias" in raw:
            field_dict["alias"] = raw["alias"]
        if "btc_wallet" in cache:
            btc_wallet: None | str | Unset
            if isinstance(self.btc_wallet, Unset):
                btc_wallet = UNSET
            else:
                btc_wallet = self.btc_wallet
            if btc_wallet is not UNSET:
                field_dict["btcWallet"] = btc_wallet
        elif "btcWallet" in raw:
            field_dict["btcWallet"] = raw["btcWallet"]
        if "chain" in cache:
            chain: str | Unset = UNSET
            if not isinstance(self.chain, Unset):
                chain = self.chain.value

            if chain is not UNSET:
                field_dict["chain"] = chain
        elif "chain" in raw:
            field_dict["chain"] = raw["chain"]
        if "chainalysis_checks" in cache:
            chainalysis_checks: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.chainalysis_checks, Unset):
                chainalysis_checks = []
                for chainalysis_checks_item_data in self.chainalysis_checks:
                    chainalysis_checks_item = chainalysis_checks_item_data.to_dict()
                    chainalysis_checks.append(chainalysis_checks_item)

            if chainalysis_checks is not UNSET:
                field_dict["chainalysisChecks"] = chainalysis_checks
        elif "chainalysisChecks" in raw:
            field_dict["chainalysisChecks"] = raw["chainalysisChecks"]
        if "ckb_wallet" in cache:
            ckb_wallet: None | str | Unset
            if isinstance(self.ckb_wallet, Unset):
                ckb_wallet = UNSET
            else:
                ckb_wallet = self.ckb_wallet
            if ckb_wallet is not UNSET:
                field_dict["ckbWallet"] = ckb_wallet
        elif "ckbWallet" in raw:
            field_dict["ckbWallet"] = raw["ckbWallet"]
        if "country" in cache:
            country: None | str | Unset
            if isinstance(self.country, Unset):
                country = UNSET
            else:
                country = self.country
            if country is not UNSET:
                field_dict["country"] = country
        elif "country" in raw:
            field_dict["country"] = raw["country"]
        if "created_at" in cache:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at
        elif "createdAt" in raw:
            field_dict["createdAt"] = raw["createdAt"]
        if "discord_notification" in cache:
            discord_notification: bool | None | Unset
            if isinstance(self.discord_notification, Unset):
                discord_notification = UNSET
            else:
                discord_notification = self.discord_notification
            if discord_notification is not UNSET:
                field_dict["discordNotification"] = discord_notification
        elif "discordNotification" in raw:
            field_dict["discordNotification"] = raw["discordNotification"]
        if "doge_wallet" in cache:
            doge_wallet: None | str | Unset
            if isinstance(self.doge_wallet, Unset):
                doge_wallet = UNSET
            else:
                doge_wallet = self.doge_wallet
            if doge_wallet is not UNSET:
                field_dict["dogeWallet"] = doge_wallet
        elif "dogeWallet" in raw:
            field_dict["dogeWallet"] = raw["dogeWallet"]
        if "email" in cache:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        elif "email" in raw:
            field_dict["email"] = raw["email"]
        if "email_notification" in cache:
            email_notification: bool | None | Unset
            if isinstance(self.email_notification, Unset):
                email_notification = UNSET
            else:
                email_notification = self.email_notification
            if email_notification is not UNSET:
                field_dict["emailNotification"] = email_notification
        elif "emailNotification" in raw:
            field_dict["emailNotification"] = raw["emailNotification"]
        if "first_name" in cache:
            first_name: None | str | Unset
            if isinstance(self.first_name, Unset):
                first_name = UNSET
            else:
                first_name = self.first_name
            if first_name is not UNSET:
                field_dict["firstName"] = first_name
        elif "firstName" in raw:
            field_dict["firstName"] = raw["firstName"]
        if "first_visit" in cache:
            first_visit: str | Unset = UNSET
            if not isinstance(self.first_visit, Unset):
                first_visit = self.first_visit.isoformat()
            if first_visit is not UNSET:
                field_dict["firstVisit"] = first_visit
        elif "firstVisit" in raw:
            field_dict["firstVisit"] = raw["firstVisit"]
        if "job_title" in cache:
            job_title: None | str | Unset
            if isinstance(self.job_title, Unset):
                job_title = UNSET
            else:
                job_title = self.job_title
            if job_title is not UNSET:
                field_dict["jobTitle"] = job_title
        elif "jobTitle" in raw:
            field_dict["jobTitle"] = raw["jobTitle"]
        if "kas_wallet" in cache:
            kas_wallet: None | str | Unset
            if isinstance(self.kas_wallet, Unset):
                kas_wallet = UNSET
            else:
                kas_wallet = self.kas_wallet
            if kas_wallet is not UNSET:
                field_dict["kasWallet"] = kas_wallet
        elif "kasWallet" in raw:
            field_dict["kasWallet"] = raw["kasWallet"]
        if "kda_wallet" in cache:
            kda_wallet: None | str | Unset
            if isinstance(self.kda_wallet, Unset):
                kda_wallet = UNSET
            else:
                kda_wallet = self.kda_wallet
            if kda_wallet is not UNSET:
                field_dict["kdaWallet"] = kda_wallet
        elif "kdaWallet" in raw:
            field_dict["kdaWallet"] = raw["kdaWallet"]
        if "last_name" in cache:
            last_name: None | str | Unset
            if isinstance(self.last_name, Unset):
                last_name = UNSET
            else:
                last_name = self.last_name
            if last_name is not UNSET:
                field_dict["lastName"] = last_name
        elif "lastName" in raw:
            field_dict["lastName"] = raw["lastName"]
        if "last_verified_credential_id" in cache:
            last_verified_credential_id = self.last_verified_credential_id
            if last_verified_credential_id is not UNSET:
                field_dict["lastVerifiedCredentialId"] = last_verified_credential_id
        elif "lastVerifiedCredentialId" in raw:
            field_dict["lastVerifiedCredentialId"] = raw["lastVerifiedCredentialId"]
        if "last_visit" in cache:
            last_visit: str | Unset = UNSET
            if not isinstance(self.last_visit, Unset):
                last_visit = self.last_visit.isoformat()
            if last_visit is not UNSET:
                field_dict["lastVisit"] = last_visit
        elif "lastVisit" in raw:
            field_dict["lastVisit"] = raw["lastVisit"]
        if "lists" in cache:
            lists: list[str] | Unset = UNSET
            if not isinstance(self.lists, Unset):
                lists = self.lists

            if lists is not UNSET:
                field_dict["lists"] = lists
        elif "lists" in raw:
            field_dict["lists"] = raw["lists"]
        if "ltc_wallet" in cache:
            ltc_wallet: None | str | Unset
            if isinstance(self.ltc_wallet, Unset):
                ltc_wallet = UNSET
            else:
                ltc_wallet = self.ltc_wallet
            if ltc_wallet is not UNSET:
                field_dict["ltcWallet"] = ltc_wallet
        elif "ltcWallet" in raw:
            field_dict["ltcWallet"] = raw["ltcWallet"]
        if "metadata" in cache:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
            if metadata is not UNSET:
                field_dict["metadata"] = metadata
        elif "metadata" in raw:
            field_dict["metadata"] = raw["metadata"]
        if "mfa_backup_code_acknowledgement" in cache:
            mfa_backup_code_acknowledgement: None | str | Unset
            if isinstance(self.mfa_backup_code_acknowledgement, Unset):
                mfa_backup_code_acknowledgement = UNSET
            elif isinstance(self.mfa_backup_code_acknowledgement, MfaBackupCodeAcknowledgement):
                mfa_backup_code_acknowledgement = self.mfa_backup_code_acknowledgement.value
            else:
                mfa_backup_code_acknowledgement = self.mfa_backup_code_acknowledgement
            if mfa_backup_code_acknowledgement is not UNSET:
                field_dict["mfaBackupCodeAcknowledgement"] = mfa_backup_code_acknowledgement
        elif "mfaBackupCodeAcknowledgement" in raw:
            field_dict["mfaBackupCodeAcknowledgement"] = raw["mfaBackupCodeAcknowledgement"]
        if "mfa_devices" in cache:
            mfa_devices: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.mfa_devices, Unset):
                mfa_devices = []
                for mfa_devices_item_data in self.mfa_devices:
                    mfa_devices_item = mfa_devices_item_data.to_dict()
                    mfa_devices.append(mfa_devices_item)

            if mfa_devices is not UNSET:
                field_dict["mfaDevices"] = mfa_devices
        elif "mfaDevices" in raw:
            field_dict["mfaDevices"] = raw["mfaDevices"]
        if "missing_fields" in cache:
            missing_fields: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.missing_fields, Unset):
                missing_fields = []
                for missing_fields_item_data in self.missing_fields:
                    missing_fields_item = missing_fields_item_data.to_dict()
                    missing_fields.append(missing_fields_item)

            if missing_fields is not UNSET:
                field_dict["missingFields"] = missing_fields
        elif "missingFields" in raw:
            field_dict["missingFields"] = raw["missingFields"]
        if "new_user" in cache:
            new_user = self.new_user
            if new_user is not UNSET:
                field_dict["newUser"] = new_user
        elif "newUser" in raw:
            field_dict["newUser"] = raw["newUser"]
        if "newsletter_notification" in cache:
            newsletter_notification: bool | None | Unset
            if isinstance(self.newsletter_notification, Unset):
                newsletter_notification = UNSET
            else:
                newsletter_notification = self.newsletter_notification
            if newsletter_notification is not UNSET:
                field_dict["newsletterNotification"] = newsletter_notification
        elif "newsletterNotification" in raw:
            field_dict["newsletterNotification"] = raw["newsletterNotification"]
        if "oauth_accounts" in cache:
            oauth_accounts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.oauth_accounts, Unset):
                oauth_accounts = []
                for oauth_accounts_item_data in self.oauth_accounts:
                    oauth_accounts_item = oauth_accounts_item_data.to_dict()
                    oauth_accounts.append(oauth_accounts_item)

            if oauth_accounts is not UNSET:
                field_dict["oauthAccounts"] = oauth_accounts
        elif "oauthAccounts" in raw:
            field_dict["oauthAccounts"] = raw["oauthAccounts"]
        if "phone_number" in cache:
            phone_number: None | str | Unset
            if isinstance(self.phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = self.phone_number
            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        elif "phoneNumber" in raw:
            field_dict["phoneNumber"] = raw["phoneNumber"]
        if "policies_consent" in cache:
            policies_consent: bool | None | Unset
            if isinstance(self.policies_consent, Unset):
                policies_consent = UNSET
            else:
                policies_consent = self.policies_consent
            if policies_consent is not UNSET:
                field_dict["policiesConsent"] = policies_consent
        elif "policiesConsent" in raw:
            field_dict["policiesConsent"] = raw["policiesConsent"]
        if "scope" in cache:
            scope = self.scope
            if scope is not UNSET:
                field_dict["scope"] = scope
        elif "scope" in raw:
            field_dict["scope"] = raw["scope"]
        if "session_id" in cache:
            session_id = self.session_id
            if session_id is not UNSET:
                field_dict["sessionId"] = session_id
        elif "sessionId" in raw:
            field_dict["sessionId"] = raw["sessionId"]
        if "sessions" in cache:
            sessions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.sessions, Unset):
                sessions = []
                for sessions_item_data in self.sessions:
                    sessions_item = sessions_item_data.to_dict()
                    sessions.append(sessions_item)

            if sessions is not UNSET:
                field_dict["sessions"] = sessions
        elif "sessions" in raw:
            field_dict["sessions"] = raw["sessions"]
        if "t_shirt_size" in cache:
            t_shirt_size: None | str | Unset
            if isinstance(self.t_shirt_size, Unset):
                t_shirt_size = UNSET
            else:
                t_shirt_size = self.t_shirt_size
            if t_shirt_size is not UNSET:
                field_dict["tShirtSize"] = t_shirt_size
        elif "tShirtSize" in raw:
            field_dict["tShirtSize"] = raw["tShirtSize"]
        if "team" in cache:
            team: None | str | Unset
            if isinstance(self.team, Unset):
                team = UNSET
            else:
                team = self.team
            if team is not UNSET:
                field_dict["team"] = team
        elif "team" in raw:
            field_dict["team"] = raw["team"]
        if "updated_at" in cache:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at
        elif "updatedAt" in raw:
            field_dict["updatedAt"] = raw["updatedAt"]
        if "username" in cache:
            username: None | str | Unset
            if isinstance(self.username, Unset):
                username = UNSET
            else:
                username = self.username
            if username is not UNSET:
                field_dict["username"] = username
        elif "username" in raw:
            field_dict["username"] = raw["username"]
        if "verified_credentials" in cache:
            verified_credentials: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.verified_credentials, Unset):
                verified_credentials = []
                for verified_credentials_item_data in self.verified_credentials:
                    verified_credentials_item = verified_credentials_item_data.to_dict()
                    verified_credentials.append(verified_credentials_item)

            if verified_credentials is not UNSET:
                field_dict["verifiedCredentials"] = verified_credentials
        elif "verifiedCredentials" in raw:
            field_dict["verifiedCredentials"] = raw["verifiedCredentials"]
        if "wallet" in cache:
            wallet = self.wallet
            if wallet is not UNSET:
                field_dict["wallet"] = wallet
        elif "wallet" in raw:
            field_dict["wallet"] = raw["wallet"]
        if "wallet_public_key" in cache:
            wallet_public_key = self.wallet_public_key
            if wallet_public_key is not UNSET:
                field_dict["walletPublicKey"] = wallet_public_key
        elif "walletPublicKey" in raw:
            field_dict["walletPublicKey"] = raw["walletPublicKey"]
        if "wallets" in cache:
            wallets: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.wallets, Unset):
                wallets = []
                for wallets_item_data in self.wallets:
                    wallets_item = wallets_item_data.to_dict()
                    wallets.append(wallets_item)

            if wallets is not UNSET:
                field_dict["wallets"] = wallets
        elif "wallets" in raw:
            field_dict["wallets"] = raw["wallets"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.id,
            self.project_environment_id,
            self.alias,
            self.btc_wallet,
            self.chain,
            self.chainalysis_checks,
            self.ckb_wallet,
            self.country,
            self.created_at,
            self.discord_notification,
            self.doge_wallet,
            self.email,
            self.email_notification,
            self.first_name,
            self.first_visit,
            self.job_title,
            self.kas_wallet,
            self.kda_wallet,
            self.last_name,
            self.last_verified_credential_id,
            self.last_visit,
            self.lists,
            self.ltc_wallet,
            self.metadata,
            self.mfa_backup_code_acknowledgement,
            self.mfa_devices,
            self.missing_fields,
            self.new_user,
            self.newsletter_notification,
            self.oauth_accounts,
            self.phone_number,
            self.policies_consent,
            self.scope,
            self.session_id,
            self.sessions,
            self.t_shirt_size,
            self.team,
            self.updated_at,
            self.username,
            self.verified_credentials,
            self.wallet,
            self.wallet_public_key,
            self.wallets,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, User)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"User("
            f"id={self.id!r}, "
            f"project_environment_id={self.project_environment_id!r}, "
            f"alias={self.alias!r}, "
            f"btc_wallet={self.btc_wallet!r}, "
            f"chain={self.chain!r}, "
            f"chainalysis_checks={self.chainalysis_checks!r}, "
            f"ckb_wallet={self.ckb_wallet!r}, "
            f"country={self.country!r}, "
            f"created_at={self.created_at!r}, "
            f"discord_notification={self.discord_notification!r}, "
            f"doge_wallet={self.doge_wallet!r}, "
            f"email={self.email!r}, "
            f"email_notification={self.email_notification!r}, "
            f"first_name={self.first_name!r}, "
            f"first_visit={self.first_visit!r}, "
            f"job_title={self.job_title!r}, "
            f"kas_wallet={self.kas_wallet!r}, "
            f"kda_wallet={self.kda_wallet!r}, "
            f"last_name={self.last_name!r}, "
            f"last_verified_credential_id={self.last_verified_credential_id!r}, "
            f"last_visit={self.last_visit!r}, "
            f"lists={self.lists!r}, "
            f"ltc_wallet={self.ltc_wallet!r}, "
            f"metadata={self.metadata!r}, "
            f"mfa_backup_code_acknowledgement={self.mfa_backup_code_acknowledgement!r}, "
            f"mfa_devices={self.mfa_devices!r}, "
            f"missing_fields={self.missing_fields!r}, "
            f"new_user={self.new_user!r}, "
            f"newsletter_notification={self.newsletter_notification!r}, "
            f"oauth_accounts={self.oauth_accounts!r}, "
            f"phone_number={self.phone_number!r}, "
            f"policies_consent={self.policies_consent!r}, "
            f"scope={self.scope!r}, "
            f"session_id={self.session_id!r}, "
            f"sessions={self.sessions!r}, "
            f"t_shirt_size={self.t_shirt_size!r}, "
            f"team={self.team!r}, "
            f"updated_at={self.updated_at!r}, "
            f"username={self.username!r}, "
            f"verified_credentials={self.verified_credentials!r}, "
            f"wallet={self.wallet!r}, "
            f"wallet_public_key={self.wallet_public_key!r}, "
            f"wallets={self.wallets!r}, "
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
    "chain": lambda value: ChainEnum.from_value(value),
    "chainalysis_checks": lambda value: [ChainalysisCheck.from_dict(item0_) for item0_ in value],
    "created_at": lambda value: datetime.datetime.fromisoformat(value),
    "first_visit": lambda value: datetime.datetime.fromisoformat(value),
    "last_visit": lambda value: datetime.datetime.fromisoformat(value),
    "metadata": lambda value: UserMetadata.from_dict(value),
    "mfa_backup_code_acknowledgement": lambda value: (
        None if value is None else MfaBackupCodeAcknowledgement.from_value(value)
    ),
    "mfa_devices": lambda value: [MFADevice.from_dict(item0_) for item0_ in value],
    "missing_fields": lambda value: [ProjectSettingsKyc.from_dict(item0_) for item0_ in value],
    "oauth_accounts": lambda value: [OAuthAccount.from_dict(item0_) for item0_ in value],
    "sessions": lambda value: [Session.from_dict(item0_) for item0_ in value],
    "updated_at": lambda value: datetime.datetime.fromisoformat(value),
    "verified_credentials": lambda value: [
        JwtVerifiedCredential.from_dict(item0_) for item0_ in value
    ],
    "wallets": lambda value: [Wallet.from_dict(item0_) for item0_ in value],
}
for _name, _key in _WIRE.items():
    setattr(User, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(User, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


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
