from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.mfa_backup_code_acknowledgement import MfaBackupCodeAcknowledgement
from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

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

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "alias": "alias",
    "btc_wallet": "btcWallet",
    "ckb_wallet": "ckbWallet",
    "country": "country",
    "discord_notification": "discordNotification",
    "doge_wallet": "dogeWallet",
    "email": "email",
    "email_notification": "emailNotification",
    "email_verified_at": "emailVerifiedAt",
    "first_name": "firstName",
    "id": "id",
    "job_title": "jobTitle",
    "kas_wallet": "kasWallet",
    "kda_wallet": "kdaWallet",
    "last_name": "lastName",
    "ltc_wallet": "ltcWallet",
    "metadata": "metadata",
    "mfa_backup_code_acknowledgement": "mfaBackupCodeAcknowledgement",
    "newsletter_notification": "newsletterNotification",
    "oauth_accounts": "oauthAccounts",
    "phone_number": "phoneNumber",
    "policies_consent": "policiesConsent",
    "t_shirt_size": "tShirtSize",
    "team": "team",
    "username": "username",
    "wallets": "wallets",
}


class InternalBulkUpdateUserFields:
    alias: str | Unset
    btc_wallet: None | str | Unset
    ckb_wallet: None | str | Unset
    country: None | str | Unset
    discord_notification: bool | Unset
    doge_wallet: None | str | Unset
    email: str | Unset
    email_notification: bool | Unset
    email_verified_at: datetime.datetime | Unset
    first_name: str | Unset
    id: str | Unset
    job_title: str | Unset
    kas_wallet: None | str | Unset
    kda_wallet: None | str | Unset
    last_name: str | Unset
    ltc_wallet: None | str | Unset
    metadata: InternalBulkUpdateUserFieldsMetadata | Unset
    mfa_backup_code_acknowledgement: MfaBackupCodeAcknowledgement | None | Unset
    newsletter_notification: bool | Unset
    oauth_accounts: list[CreateUserOauthRequest] | Unset
    phone_number: str | Unset
    policies_consent: bool | Unset
    t_shirt_size: str | Unset
    team: str | Unset
    username: None | str | Unset
    wallets: list[CreateWalletRequest] | Unset
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
        alias: str | Unset = UNSET,
        btc_wallet: None | str | Unset = UNSET,
        ckb_wallet: None | str | Unset = UNSET,
        country: None | str | Unset = UNSET,
        discord_notification: bool | Unset = UNSET,
        doge_wallet: None | str | Unset = UNSET,
        email: str | Unset = UNSET,
        email_notification: bool | Unset = UNSET,
        email_verified_at: datetime.datetime | Unset = UNSET,
        first_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        job_title: str | Unset = UNSET,
        kas_wallet: None | str | Unset = UNSET,
        kda_wallet: None | str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        ltc_wallet: None | str | Unset = UNSET,
        metadata: InternalBulkUpdateUserFieldsMetadata | Unset = UNSET,
        mfa_backup_code_acknowledgement: MfaBackupCodeAcknowledgement | None | Unset = UNSET,
        newsletter_notification: bool | Unset = UNSET,
        oauth_accounts: list[CreateUserOauthRequest] | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        policies_consent: bool | Unset = UNSET,
        t_shirt_size: str | Unset = UNSET,
        team: str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        wallets: list[CreateWalletRequest] | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "alias": alias,
                "btc_wallet": btc_wallet,
                "ckb_wallet": ckb_wallet,
                "country": country,
                "discord_notification": discord_notification,
                "doge_wallet": doge_wallet,
                "email": email,
                "email_notification": email_notification,
                "email_verified_at": email_verified_at,
                "first_name": first_name,
                "id": id,
                "job_title": job_title,
                "kas_wallet": kas_wallet,
                "kda_wallet": kda_wallet,
                "last_name": last_name,
                "ltc_wallet": ltc_wallet,
                "metadata": metadata,
                "mfa_backup_code_acknowledgement": mfa_backup_code_acknowledgement,
                "newsletter_notification": newsletter_notification,
                "oauth_accounts": oauth_accounts,
                "phone_number": phone_number,
                "policies_consent": policies_consent,
                "t_shirt_size": t_shirt_size,
                "team": team,
                "username": username,
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
            raise not_an_object("InternalBulkUpdateUserFields", src_dict)
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
        if "alias" in cache:
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
        if "discord_notification" in cache:
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
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        elif "email" in raw:
            field_dict["email"] = raw["email"]
        if "email_notification" in cache:
            email_notification = self.email_notification
            if email_notification is not UNSET:
                field_dict["emailNotification"] = email_notification
        elif "emailNotification" in raw:
            field_dict["emailNotification"] = raw["emailNotification"]
        if "email_verified_at" in cache:
            email_verified_at: str | Unset = UNSET
            if not isinstance(self.email_verified_at, Unset):
                email_verified_at = self.email_verified_at.isoformat()
            if email_verified_at is not UNSET:
                field_dict["emailVerifiedAt"] = email_verified_at
        elif "emailVerifiedAt" in raw:
            field_dict["emailVerifiedAt"] = raw["emailVerifiedAt"]
        if "first_name" in cache:
            first_name = self.first_name
            if first_name is not UNSET:
                field_dict["firstName"] = first_name
        elif "firstName" in raw:
            field_dict["firstName"] = raw["firstName"]
        if "id" in cache:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "job_title" in cache:
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
            last_name = self.last_name
            if last_name is not UNSET:
                field_dict["lastName"] = last_name
        elif "lastName" in raw:
            field_dict["lastName"] = raw["lastName"]
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
        if "newsletter_notification" in cache:
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
            phone_number = self.phone_number
            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        elif "phoneNumber" in raw:
            field_dict["phoneNumber"] = raw["phoneNumber"]
        if "policies_consent" in cache:
            policies_consent = self.policies_consent
            if policies_consent is not UNSET:
                field_dict["policiesConsent"] = policies_consent
        elif "policiesConsent" in raw:
            field_dict["policiesConsent"] = raw["policiesConsent"]
        if "t_shirt_size" in cache:
            t_shirt_size = self.t_shirt_size
            if t_shirt_size is not UNSET:
                field_dict["tShirtSize"] = t_shirt_size
        elif "tShirtSize" in raw:
            field_dict["tShirtSize"] = raw["tShirtSize"]
        if "team" in cache:
            team = self.team
            if team is not UNSET:
                field_dict["team"] = team
        elif "team" in raw:
            field_dict["team"] = raw["team"]
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
            self.alias,
            self.btc_wallet,
            self.ckb_wallet,
            self.country,
            self.discord_notification,
            self.doge_wallet,
            self.email,
            self.email_notification,
            self.email_verified_at,
            self.first_name,
            self.id,
            self.job_title,
            self.kas_wallet,
            self.kda_wallet,
            self.last_name,
            self.ltc_wallet,
            self.metadata,
            self.mfa_backup_code_acknowledgement,
            self.newsletter_notification,
            self.oauth_accounts,
            self.phone_number,
            self.policies_consent,
            self.t_shirt_size,
            self.team,
            self.username,
            self.wallets,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, InternalBulkUpdateUserFields)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"InternalBulkUpdateUserFields("
            f"alias={self.alias!r}, "
            f"btc_wallet={self.btc_wallet!r}, "
            f"ckb_wallet={self.ckb_wallet!r}, "
            f"country={self.country!r}, "
            f"discord_notification={self.discord_notification!r}, "
            f"doge_wallet={self.doge_wallet!r}, "
            f"email={self.email!r}, "
            f"email_notification={self.email_notification!r}, "
            f"email_verified_at={self.email_verified_at!r}, "
            f"first_name={self.first_name!r}, "
            f"id={self.id!r}, "
            f"job_title={self.job_title!r}, "
            f"kas_wallet={self.kas_wallet!r}, "
            f"kda_wallet={self.kda_wallet!r}, "
            f"last_name={self.last_name!r}, "
            f"ltc_wallet={self.ltc_wallet!r}, "
            f"metadata={self.metadata!r}, "
            f"mfa_backup_code_acknowledgement={self.mfa_backup_code_acknowledgement!r}, "
            f"newsletter_notification={self.newsletter_notification!r}, "
            f"oauth_accounts={self.oauth_accounts!r}, "
            f"phone_number={self.phone_number!r}, "
            f"policies_consent={self.policies_consent!r}, "
            f"t_shirt_size={self.t_shirt_size!r}, "
            f"team={self.team!r}, "
            f"username={self.username!r}, "
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
    "email_verified_at": lambda value: datetime.datetime.fromisoformat(value),
    "metadata": lambda value: InternalBulkUpdateUserFieldsMetadata.from_dict(value),
    "mfa_backup_code_acknowledgement": lambda value: (
        None if value is None else MfaBackupCodeAcknowledgement.from_value(value)
    ),
    "oauth_accounts": lambda value: [CreateUserOauthRequest.from_dict(item0_) for item0_ in value],
    "wallets": lambda value: [CreateWalletRequest.from_dict(item0_) for item0_ in value],
}
for _name, _key in _WIRE.items():
    setattr(InternalBulkUpdateUserFields, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(InternalBulkUpdateUserFields, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.create_user_oauth_request import CreateUserOauthRequest  # noqa: E402
from ..models.create_wallet_request import CreateWalletRequest  # noqa: E402
from ..models.internal_bulk_update_user_fields_metadata import InternalBulkUpdateUserFieldsMetadata  # noqa: E402
