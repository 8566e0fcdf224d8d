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
        "id",
        "projectEnvironmentId",
        "verifiedCredentials",
        "alias",
        "btcWallet",
        "ckbWallet",
        "country",
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
        "missingFields",
        "newUser",
        "newsletterNotification",
        "phoneNumber",
        "policiesConsent",
        "scope",
        "sessionId",
        "tShirtSize",
        "team",
        "username",
    )
)


@_attrs_define
class SdkUser:
    id: str
    project_environment_id: str
    verified_credentials: list[JwtVerifiedCredential]
    alias: None | str | Unset = UNSET
    btc_wallet: None | str | Unset = UNSET
    ckb_wallet: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
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
    metadata: SdkUserMetadata | Unset = UNSET
    mfa_backup_code_acknowledgement: MfaBackupCodeAcknowledgement | None | Unset = UNSET
    missing_fields: list[ProjectSettingsKyc] | Unset = UNSET
    new_user: bool | Unset = UNSET
    newsletter_notification: bool | None | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    policies_consent: bool | None | Unset = UNSET
    scope: str | Unset = UNSET
    session_id: str | Unset = UNSET
    t_shirt_size: None | str | Unset = UNSET
    team: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_environment_id = self.project_environment_id

        verified_credentials = []
        for verified_credentials_item_data in self.verified_credentials:
            verified_credentials_item = verified_credentials_item_data.to_dict()
            verified_credentials.append(verified_credentials_item)

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

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectEnvironmentId": project_environment_id,
                "verifiedCredentials": verified_credentials,
            }
        )
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
        if missing_fields is not UNSET:
            field_dict["missingFields"] = missing_fields
        if new_user is not UNSET:
            field_dict["newUser"] = new_user
        if newsletter_notification is not UNSET:
            field_dict["newsletterNotification"] = newsletter_notification
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if policies_consent is not UNSET:
            field_dict["policiesConsent"] = policies_consent
        if scope is not UNSET:
            field_dict["scope"] = scope
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if t_shirt_size is not UNSET:
            field_dict["tShirtSize"] = t_shirt_size
        if team is not UNSET:
            field_dict["team"] = team
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        first_visit_ = get("firstVisit", UNSET)
        last_visit_ = get("lastVisit", UNSET)
        metadata_ = get("metadata", UNSET)
        mfa_backup_code_acknowledgement_ = get("mfaBackupCodeAcknowledgement", UNSET)
        missing_fields_ = get("missingFields", UNSET)
        instance_ = cls(
            id=src_dict["id"],
            project_environment_id=src_dict["projectEnvironmentId"],
            verified_credentials=[
                JwtVerifiedCredential.from_dict(item0_)
                for item0_ in src_dict["verifiedCredentials"]
            ],
            alias=get("alias", UNSET),
            btc_wallet=get("btcWallet", UNSET),
            ckb_wallet=get("ckbWallet", UNSET),
            country=get("country", UNSET),
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
            metadata=UNSET if metadata_ is UNSET else SdkUserMetadata.from_dict(metadata_),
            mfa_backup_code_acknowledgement=UNSET
            if mfa_backup_code_acknowledgement_ is UNSET
            else (
                None
                if mfa_backup_code_acknowledgement_ is None
                else MfaBackupCodeAcknowledgement.from_value(mfa_backup_code_acknowledgement_)
            ),
            missing_fields=UNSET
            if missing_fields_ is UNSET
            else [ProjectSettingsKyc.from_dict(item0_) for item0_ in missing_fields_],
            new_user=get("newUser", UNSET),
            newsletter_notification=get("newsletterNotification", UNSET),
            phone_number=get("phoneNumber", UNSET),
            policies_consent=get("policiesConsent", UNSET),
            scope=get("scope", UNSET),
            session_id=get("sessionId", UNSET),
            t_shirt_size=get("tShirtSize", UNSET),
            team=get("team", UNSET),
            username=get("username", UNSET),
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
from ..models.jwt_verified_credential import JwtVerifiedCredential  # noqa: E402
from ..models.project_settings_kyc import ProjectSettingsKyc  # noqa: E402
from ..models.sdk_user_metadata import SdkUserMetadata  # noqa: E402
