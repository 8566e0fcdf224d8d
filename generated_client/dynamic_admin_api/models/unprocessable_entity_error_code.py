from __future__ import annotations

from enum import StrEnum
from typing import Self


class UnprocessableEntityErrorCode(StrEnum):
    ALLOWLIST_ALREADY_EXISTS = "allowlist_already_exists"
    ALLOWLIST_ENTRY_ALREADY_EXISTS = "allowlist_entry_already_exists"
    BLOCKED_USER_CANNOT_TRANSFER_WALLET = "blocked_user_cannot_transfer_wallet"
    CANNOT_DELETE_LAST_PROJECT = "cannot_delete_last_project"
    CANNOT_DELETE_LAST_SIGN_IN_VERIFIED_CREDENTIAL = (
        "cannot_delete_last_sign_in_verified_credential"
    )
    CANNOT_DELETE_PASSKEY_LINKED_TO_EMBEDDED_WALLET = (
        "cannot_delete_passkey_linked_to_embedded_wallet"
    )
    CANNOT_SWITCH_TO_UNIQUE = "cannot_switch_to_unique"
    CONFLICTING_EMBEDDED_WALLET_PROVIDERS = "conflicting_embedded_wallet_providers"
    CONNECT_ERROR = "connect_error"
    CUSTOM_FIELD_DATA_NOT_UNIQUE = "custom_field_data_not_unique"
    CUSTOM_FIELD_NOT_UNIQUE = "custom_field_not_unique"
    DUPLICATE_EXISTS = "duplicate_exists"
    EMAIL_ALREADY_EXISTS = "email_already_exists"
    EMAIL_ASSOCIATED_WITH_DIFFERENT_PROVIDER = "email_associated_with_different_provider"
    EMAIL_CANNOT_BE_NULL = "email_cannot_be_null"
    EMAIL_RECOVERY_DISABLED = "email_recovery_disabled"
    EMAIL_TIED_TO_EMBEDDED_WALLET = "email_tied_to_embedded_wallet"
    EMAIL_VERIFICATION_REQUIRED = "email_verification_required"
    EMBEDDED_WALLET_ADDRESS_ALREADY_LINKED = "embedded_wallet_address_already_linked"
    EMPTY_CHAIN_NAME = "empty_chain_name"
    EXCHANGE_CANNOT_BE_ENABLED = "exchange_cannot_be_enabled"
    FEATURE_NOT_ENABLED_IN_SUBORG = "feature_not_enabled_in_suborg"
    FORBIDDEN_UNLINK_REQUEST = "forbidden_unlink_request"
    GATE_EXISTS = "gate_exists"
    INVALID_AA_PROJECT_CONFIGURATION = "invalid_aa_project_configuration"
    INVALID_CHAIN_ADDRESS_MATCH = "invalid_chain_address_match"
    INVALID_CORS_ORIGINS = "invalid_cors_origins"
    INVALID_CUSTOM_HOSTNAME = "invalid_custom_hostname"
    INVALID_DYNAMIC_PROPS = "invalid_dynamic_props"
    INVALID_EMAIL = "invalid_email"
    INVALID_EMAIL_ADDRESS = "invalid_email_address"
    INVALID_EMAIL_VERIFICATION = "invalid_email_verification"
    INVALID_EMBEDDED_WALLET_CHAINS_CONFIGURATION = "invalid_embedded_wallet_chains_configuration"
    INVALID_EMBEDDED_WALLET_SETTINGS = "invalid_embedded_wallet_settings"
    INVALID_EXCHANGE_PROVIDER = "invalid_exchange_provider"
    INVALID_EXTERNAL_AUTH = "invalid_external_auth"
    INVALID_GATE = "invalid_gate"
    INVALID_INVITE = "invalid_invite"
    INVALID_KEY_EXPORT_URL = "invalid_key_export_url"
    INVALID_KEY_SHARES_LENGTH = "invalid_key_shares_length"
    INVALID_METADATA_VALUE = "invalid_metadata_value"
    INVALID_MOBILE_DEEPLINK_URLS = "invalid_mobile_deeplink_urls"
    INVALID_MPC_ENVIRONMENT = "invalid_mpc_environment"
    INVALID_PHONE = "invalid_phone"
    INVALID_POSITION = "invalid_position"
    INVALID_PRIVATE_KEY_FORMAT = "invalid_private_key_format"
    INVALID_REGEX = "invalid_regex"
    INVALID_SCOPES = "invalid_scopes"
    INVALID_SESSION_PUBLIC_KEY = "invalid_session_public_key"
    INVALID_SMS_VERIFICATION = "invalid_sms_verification"
    INVALID_TRANSFER_CURRENCY = "invalid_transfer_currency"
    INVALID_TRANSFER_FUNDS = "invalid_transfer_funds"
    INVALID_TRANSFER_NETWORK = "invalid_transfer_network"
    INVALID_UNLINK_REQUEST = "invalid_unlink_request"
    INVALID_UPDATE = "invalid_update"
    INVALID_USER = "invalid_user"
    INVALID_USERNAME = "invalid_username"
    INVALID_VERIFICATION = "invalid_verification"
    INVALID_WALLET_ADDRESS = "invalid_wallet_address"
    INVALID_WALLET_ID = "invalid_wallet_id"
    INVALID_WALLET_NAME = "invalid_wallet_name"
    INVITE_ADDRESS_REQUIRED = "invite_address_required"
    KEY_SHARE_ALREADY_BACKED_UP = "key_share_already_backed_up"
    LINKED_EMBEDDED_WALLET = "linked_embedded_wallet"
    LOCK_TIMEOUT = "lock_timeout"
    LOCK_TOO_MANY_ATTEMPTS = "lock_too_many_attempts"
    MAX_PASSKEYS_PER_USER = "max_passkeys_per_user"
    MEMBERS_CANNOT_DELETE_THEMSELF = "members_cannot_delete_themself"
    MERGE_ACCOUNTS_CONFIRMATION = "merge_accounts_confirmation"
    MERGE_ACCOUNTS_INVALID = "merge_accounts_invalid"
    METADATA_SIZE_EXCEEDED = "metadata_size_exceeded"
    MFA_DEVICE_NOT_FOUND = "mfa_device_not_found"
    MFA_INVALID_CODE = "mfa_invalid_code"
    MFA_INVALID_REQUEST = "mfa_invalid_request"
    MISSING_AA_PROJECT_ID = "missing_aa_project_id"
    MISSING_PHONE_NUMBER_OR_EMAIL = "missing_phone_number_or_email"
    NFT_TOKEN_GATING_NOT_SUPPORTED_FOR_CHAIN = "nft_token_gating_not_supported_for_chain"
    NO_COMPATIBLE_WALLET_SERVICE_ENABLED = "no_compatible_wallet_service_enabled"
    NO_ENABLED_EMAIL_PROVIDER = "no_enabled_email_provider"
    NO_ENABLED_SMS_PROVIDER = "no_enabled_sms_provider"
    NO_GLOBAL_WALLET_FOUND = "no_global_wallet_found"
    NO_HD_WALLET_FOUND = "no_hd_wallet_found"
    NO_V1_EMBEDDED_WALLET_FOUND = "no_v1_embedded_wallet_found"
    ORGANIZATION_NAME_ALREADY_EXISTS = "organization_name_already_exists"
    OTHER_VERIFY_FAILURE = "other_verify_failure"
    PASSKEY_NOT_FOUND = "passkey_not_found"
    PHONE_VERIFICATION_REQUIRED = "phone_verification_required"
    PROJECT_NAME_ALREADY_EXISTS = "project_name_already_exists"
    PROVIDER_NOT_AVAILABLE = "provider_not_available"
    REASSIGN_WALLET_CONFIRM = "reassign_wallet_confirm"
    REASSIGN_WALLET_ERROR = "reassign_wallet_error"
    RECOVERY_EMAIL_UNAVAILABLE_OR_INVALID = "recovery_email_unavailable_or_invalid"
    REPEATED_OPTIONS = "repeated_options"
    SOCIAL_ACCOUNT_ALREADY_EXISTS = "social_account_already_exists"
    TOO_MANY_API_TOKENS = "too_many_api_tokens"
    TOO_MANY_EMAIL_VERIFICATION_ATTEMPTS = "too_many_email_verification_attempts"
    TOO_MANY_EMBEDDED_WALLETS_FOR_USER = "too_many_embedded_wallets_for_user"
    TOO_MANY_EMBEDDED_WALLETS_PER_CHAIN_FOR_USER = "too_many_embedded_wallets_per_chain_for_user"
    TOO_MANY_ORGANIZATIONS_FOR_USER = "too_many_organizations_for_user"
    TOO_MANY_PROJECTS_FOR_ORGANIZATION = "too_many_projects_for_organization"
    TOO_MANY_REQUESTS = "too_many_requests"
    TOO_MANY_SMS_VERIFICATION_ATTEMPTS = "too_many_sms_verification_attempts"
    TOO_MANY_VERIFICATION_ATTEMPTS = "too_many_verification_attempts"
    TRANSFER_ADDRESS_NOT_WHITELISTED = "transfer_address_not_whitelisted"
    TRANSFER_AMOUNT_TOO_SMALL = "transfer_amount_too_small"
    TRANSFER_MFA_FAILED = "transfer_mfa_failed"
    TRANSFER_MFA_REQUIRED = "transfer_mfa_required"
    UNABLE_TO_FETCH_BALANCES = "unable_to_fetch_balances"
    UNAUTHORIZED_MOBILE_DEEPLINK_URL = "unauthorized_mobile_deeplink_url"
    UNKNOWN_TRANSFER_ERROR = "unknown_transfer_error"
    USERNAME_ALREADY_EXISTS = "username_already_exists"
    USER_HAS_ALREADY_ACCOUNT_WITH_EMAIL = "user_has_already_account_with_email"
    USER_HAS_ALREADY_ACCOUNT_WITH_PHONE_NUMBER = "user_has_already_account_with_phone_number"
    WALLET_ACCOUNT_EXISTS_FOR_CHAIN = "wallet_account_exists_for_chain"
    WALLET_NOT_DEPLOYED = "wallet_not_deployed"
    WALLET_NOT_SUPPORT_PASSKEY = "wallet_not_support_passkey"
    WALLET_SERVICE_CONNECTION_ERROR = "wallet_service_connection_error"
    WRONG_EMAIL_VERIFICATION_TOKEN = "wrong_email_verification_token"
    WRONG_SMS_VERIFICATION_TOKEN = "wrong_sms_verification_token"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # A value the API added after this client was generated: keep it as
        # a pseudo-member (not added to the class) instead of failing to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: str) -> UnprocessableEntityErrorCode:
        """The member for a decoded value, as ``cls(value)`` but without its overhead."""
        try:
            return _MEMBERS[value]
        except KeyError:
            return cls(value)

    @property
    def is_known(self) -> bool:
        """False for a value this client's description did not list."""
        return self in type(self).__members__.values()

    def __str__(self) -> str:
        return str(self.value)


_MEMBERS: dict[str, UnprocessableEntityErrorCode] = {
    member.value: member for member in UnprocessableEntityErrorCode
}
