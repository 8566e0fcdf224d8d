"""The data models used in requests and responses.

Each model lives in its own module, imported on first attribute access so
that importing the package stays cheap (there are hundreds of them).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_outcome_enum import AccessOutcomeEnum
    from .active_users_trend_result import ActiveUsersTrendResult
    from .active_weekly_days_result import ActiveWeeklyDaysResult
    from .add_deeplink_url_request import AddDeeplinkUrlRequest
    from .allowlist import Allowlist
    from .allowlist_entries_response import AllowlistEntriesResponse
    from .allowlist_entry import AllowlistEntry
    from .analytics_engagement_response import AnalyticsEngagementResponse
    from .analytics_engagement_response_retention import AnalyticsEngagementResponseRetention
    from .analytics_overview_response import AnalyticsOverviewResponse
    from .analytics_overview_response_sessions import AnalyticsOverviewResponseSessions
    from .analytics_sessions_by_date import AnalyticsSessionsByDate
    from .analytics_sessions_by_date_sessions import AnalyticsSessionsByDateSessions
    from .analytics_topline_response import AnalyticsToplineResponse
    from .analytics_topline_response_sessions import AnalyticsToplineResponseSessions
    from .analytics_topline_response_users import AnalyticsToplineResponseUsers
    from .analytics_topline_response_wallets import AnalyticsToplineResponseWallets
    from .analytics_visit_response import AnalyticsVisitResponse
    from .analytics_wallets_response import AnalyticsWalletsResponse
    from .analytics_wallets_response_breakdown import AnalyticsWalletsResponseBreakdown
    from .auth_settings import AuthSettings
    from .auth_storage_enum import AuthStorageEnum
    from .backup_key_shares_to_locations_response import BackupKeySharesToLocationsResponse
    from .backup_key_shares_to_locations_response_locations_with_key_shares import (
        BackupKeySharesToLocationsResponseLocationsWithKeyShares,
    )
    from .backup_key_shares_to_locations_with_user_id_request import (
        BackupKeySharesToLocationsWithUserIdRequest,
    )
    from .backup_key_shares_to_locations_with_user_id_request_locations import (
        BackupKeySharesToLocationsWithUserIdRequestLocations,
    )
    from .bad_request import BadRequest
    from .billing_subscription import BillingSubscription
    from .billing_subscription_coupon import BillingSubscriptionCoupon
    from .billing_subscription_period import BillingSubscriptionPeriod
    from .billing_subscription_plan_type_enum import BillingSubscriptionPlanTypeEnum
    from .bulk_user_create_response import BulkUserCreateResponse
    from .bulk_user_create_response_failed import BulkUserCreateResponseFailed
    from .chain_configuration import ChainConfiguration
    from .chain_enum import ChainEnum
    from .chain_token import ChainToken
    from .chainalysis_check import ChainalysisCheck
    from .chainalysis_check_result_enum import ChainalysisCheckResultEnum
    from .chainalysis_configuration import ChainalysisConfiguration
    from .create_project_response import CreateProjectResponse
    from .create_project_response_project import CreateProjectResponseProject
    from .create_project_response_project_project_environments import (
        CreateProjectResponseProjectProjectEnvironments,
    )
    from .create_token_response import CreateTokenResponse
    from .create_user_embedded_wallets_from_farcaster_request import (
        CreateUserEmbeddedWalletsFromFarcasterRequest,
    )
    from .create_user_embedded_wallets_request import CreateUserEmbeddedWalletsRequest
    from .create_user_oauth_request import CreateUserOauthRequest
    from .create_user_oauth_request_profile import CreateUserOauthRequestProfile
    from .create_user_waas_wallets_request import CreateUserWaasWalletsRequest
    from .create_wallet_request import CreateWalletRequest
    from .custom_field import CustomField
    from .custom_field_request import CustomFieldRequest
    from .custom_field_type import CustomFieldType
    from .custom_field_valid_value import CustomFieldValidValue
    from .custom_field_validation_rules import CustomFieldValidationRules
    from .custom_hostname import CustomHostname
    from .custom_hostname_create_request import CustomHostnameCreateRequest
    from .custom_hostname_status_enum import CustomHostnameStatusEnum
    from .custom_hostname_usage_enum import CustomHostnameUsageEnum
    from .custom_hostname_verification_record import CustomHostnameVerificationRecord
    from .custom_hostname_verification_type import CustomHostnameVerificationType
    from .custom_hostnames_response import CustomHostnamesResponse
    from .custom_network_request import CustomNetworkRequest
    from .custom_network_response import CustomNetworkResponse
    from .custom_network_response_custom_network import CustomNetworkResponseCustomNetwork
    from .deeplink_url_response import DeeplinkUrlResponse
    from .deeplink_urls_response import DeeplinkUrlsResponse
    from .delegate_ownership_request import DelegateOwnershipRequest
    from .delegated_access_encryption_public_key import DelegatedAccessEncryptionPublicKey
    from .delegated_access_encryption_public_key_alg import DelegatedAccessEncryptionPublicKeyAlg
    from .delegated_access_encryption_public_key_response import (
        DelegatedAccessEncryptionPublicKeyResponse,
    )
    from .delegated_access_encryption_public_key_status import (
        DelegatedAccessEncryptionPublicKeyStatus,
    )
    from .delegated_access_encryption_public_keys_unified_response import (
        DelegatedAccessEncryptionPublicKeysUnifiedResponse,
    )
    from .delegated_access_wallet_api_key import DelegatedAccessWalletApiKey
    from .dns_record_type import DnsRecordType
    from .duration import Duration
    from .ecdsa_validator_options import EcdsaValidatorOptions
    from .embedded_wallet_chain_enum import EmbeddedWalletChainEnum
    from .embedded_wallet_security_method import EmbeddedWalletSecurityMethod
    from .embedded_wallet_version_enum import EmbeddedWalletVersionEnum
    from .environment_enum import EnvironmentEnum
    from .environment_visitors_response import EnvironmentVisitorsResponse
    from .environment_visitors_response_users import EnvironmentVisitorsResponseUsers
    from .environments_response import EnvironmentsResponse
    from .environments_response_environments import EnvironmentsResponseEnvironments
    from .event import Event
    from .event_context import EventContext
    from .event_data import EventData
    from .event_type import EventType
    from .events_response import EventsResponse
    from .exchange import Exchange
    from .exchange_create_request import ExchangeCreateRequest
    from .exchange_key_enum import ExchangeKeyEnum
    from .exchange_option import ExchangeOption
    from .exchange_response import ExchangeResponse
    from .export import Export
    from .export_create_request import ExportCreateRequest
    from .export_format_enum import ExportFormatEnum
    from .export_model_enum import ExportModelEnum
    from .export_status_enum import ExportStatusEnum
    from .exports_response import ExportsResponse
    from .external_auth import ExternalAuth
    from .external_jwt_check_request import ExternalJwtCheckRequest
    from .external_jwt_check_response import ExternalJwtCheckResponse
    from .external_wallet_funding_default_settings import ExternalWalletFundingDefaultSettings
    from .external_wallet_funding_default_settings_token import (
        ExternalWalletFundingDefaultSettingsToken,
    )
    from .external_wallet_funding_token_rule import ExternalWalletFundingTokenRule
    from .feature_flags import FeatureFlags
    from .forbidden import Forbidden
    from .funding import Funding
    from .funding_external_wallets import FundingExternalWallets
    from .funding_external_wallets_default_settings import FundingExternalWalletsDefaultSettings
    from .funding_external_wallets_min_amount import FundingExternalWalletsMinAmount
    from .gate import Gate
    from .gate_create_request import GateCreateRequest
    from .gate_rule import GateRule
    from .gate_rule_filter import GateRuleFilter
    from .gate_rule_type import GateRuleType
    from .gate_update_request import GateUpdateRequest
    from .gates_response import GatesResponse
    from .get_analytics_overview_granularity import GetAnalyticsOverviewGranularity
    from .get_global_wallet_connections_status import GetGlobalWalletConnectionsStatus
    from .get_wallets_breakdown_response_200_item import GetWalletsBreakdownResponse200Item
    from .global_wallet_access_control_domain_create_request import (
        GlobalWalletAccessControlDomainCreateRequest,
    )
    from .global_wallet_access_control_domain_response import (
        GlobalWalletAccessControlDomainResponse,
    )
    from .global_wallet_access_control_response import GlobalWalletAccessControlResponse
    from .global_wallet_access_control_type_enum import GlobalWalletAccessControlTypeEnum
    from .global_wallet_access_control_update_request import GlobalWalletAccessControlUpdateRequest
    from .global_wallet_connection import GlobalWalletConnection
    from .global_wallet_connection_status_enum import GlobalWalletConnectionStatusEnum
    from .global_wallet_settings import GlobalWalletSettings
    from .global_wallet_settings_create_request import GlobalWalletSettingsCreateRequest
    from .global_wallet_settings_create_request_custom_menu_links import (
        GlobalWalletSettingsCreateRequestCustomMenuLinks,
    )
    from .global_wallet_settings_update_request import GlobalWalletSettingsUpdateRequest
    from .h_captcha_settings import HCaptchaSettings
    from .hardware_wallet_enum import HardwareWalletEnum
    from .inline_object import InlineObject
    from .inline_response_200 import InlineResponse200
    from .inline_response_201 import InlineResponse201
    from .internal_bulk_update_user_fields import InternalBulkUpdateUserFields
    from .internal_bulk_update_user_fields_metadata import InternalBulkUpdateUserFieldsMetadata
    from .internal_server_error import InternalServerError
    from .internal_updatable_user_fields import InternalUpdatableUserFields
    from .internal_updatable_user_fields_metadata import InternalUpdatableUserFieldsMetadata
    from .internal_user_fields import InternalUserFields
    from .internal_user_fields_metadata import InternalUserFieldsMetadata
    from .invite import Invite
    from .invite_send_request import InviteSendRequest
    from .invite_status_enum import InviteStatusEnum
    from .invite_update_request import InviteUpdateRequest
    from .invites_response import InvitesResponse
    from .jwt_verified_credential import JwtVerifiedCredential
    from .jwt_verified_credential_format_enum import JwtVerifiedCredentialFormatEnum
    from .jwt_verified_credential_oauth_metadata import JwtVerifiedCredentialOauthMetadata
    from .key import Key
    from .key_response import KeyResponse
    from .kyc_field_type import KycFieldType
    from .member_response import MemberResponse
    from .member_role_field import MemberRoleField
    from .merge_conflicts import MergeConflicts
    from .merge_user import MergeUser
    from .merge_user_conflict import MergeUserConflict
    from .mfa_action import MFAAction
    from .mfa_backup_code_acknowledgement import MfaBackupCodeAcknowledgement
    from .mfa_device import MFADevice
    from .mfa_device_type import MFADeviceType
    from .mfa_settings import MFASettings
    from .mfa_settings_actions import MFASettingsActions
    from .mfa_settings_methods import MFASettingsMethods
    from .mobile_settings import MobileSettings
    from .name_service import NameService
    from .name_service_create_request import NameServiceCreateRequest
    from .name_service_data import NameServiceData
    from .name_service_response import NameServiceResponse
    from .name_service_sdk_settings import NameServiceSdkSettings
    from .name_service_sdk_settings_evm import NameServiceSdkSettingsEvm
    from .name_service_signing_message import NameServiceSigningMessage
    from .name_service_signing_message_request import NameServiceSigningMessageRequest
    from .native_currency import NativeCurrency
    from .network import Network
    from .network_configuration import NetworkConfiguration
    from .network_configuration_response import NetworkConfigurationResponse
    from .network_type import NetworkType
    from .not_found import NotFound
    from .o_auth_account import OAuthAccount
    from .onramp_providers import OnrampProviders
    from .open_room_response import OpenRoomResponse
    from .organization import Organization
    from .organization_address_fields import OrganizationAddressFields
    from .organization_fields import OrganizationFields
    from .organization_member import OrganizationMember
    from .organization_members_response import OrganizationMembersResponse
    from .organization_mfa_settings import OrganizationMfaSettings
    from .organization_mfa_settings_response import OrganizationMfaSettingsResponse
    from .organization_request import OrganizationRequest
    from .organization_response import OrganizationResponse
    from .organization_response_organization import OrganizationResponseOrganization
    from .organizations_response import OrganizationsResponse
    from .origin_response import OriginResponse
    from .origins_response import OriginsResponse
    from .password_source_type_enum import PasswordSourceTypeEnum
    from .post_allowlist_entries_request import PostAllowlistEntriesRequest
    from .post_allowlists_request import PostAllowlistsRequest
    from .post_token_fields import PostTokenFields
    from .project import Project
    from .project_environment import ProjectEnvironment
    from .project_project_environments import ProjectProjectEnvironments
    from .project_request import ProjectRequest
    from .project_settings import ProjectSettings
    from .project_settings_chains import ProjectSettingsChains
    from .project_settings_design import ProjectSettingsDesign
    from .project_settings_design_button import ProjectSettingsDesignButton
    from .project_settings_design_modal import ProjectSettingsDesignModal
    from .project_settings_design_widget import ProjectSettingsDesignWidget
    from .project_settings_general import ProjectSettingsGeneral
    from .project_settings_general_support_urls import ProjectSettingsGeneralSupportUrls
    from .project_settings_kyc import ProjectSettingsKyc
    from .project_settings_privacy import ProjectSettingsPrivacy
    from .project_settings_sdk import ProjectSettingsSdk
    from .project_settings_sdk_account_abstraction import ProjectSettingsSdkAccountAbstraction
    from .project_settings_sdk_email_sign_in import ProjectSettingsSdkEmailSignIn
    from .project_settings_sdk_embedded_wallets import ProjectSettingsSdkEmbeddedWallets
    from .project_settings_sdk_social_sign_in import ProjectSettingsSdkSocialSignIn
    from .project_settings_sdk_waas import ProjectSettingsSdkWaas
    from .project_settings_sdk_waas_delegated_access import ProjectSettingsSdkWaasDelegatedAccess
    from .project_settings_sdk_waas_on_sign_up import ProjectSettingsSdkWaasOnSignUp
    from .project_settings_sdk_wallet_connect import ProjectSettingsSdkWalletConnect
    from .project_settings_security import ProjectSettingsSecurity
    from .projects_response import ProjectsResponse
    from .provider import Provider
    from .provider_agreement import ProviderAgreement
    from .provider_create_request import ProviderCreateRequest
    from .provider_create_request_multichain_account_abstraction_providers import (
        ProviderCreateRequestMultichainAccountAbstractionProviders,
    )
    from .provider_entry_point_version_enum import ProviderEntryPointVersionEnum
    from .provider_enum import ProviderEnum
    from .provider_kernel_version_enum import ProviderKernelVersionEnum
    from .provider_update_request import ProviderUpdateRequest
    from .provider_url import ProviderUrl
    from .provider_urls_response import ProviderUrlsResponse
    from .providers_response import ProvidersResponse
    from .retention_trend_result import RetentionTrendResult
    from .revoke_delegated_access_request import RevokeDelegatedAccessRequest
    from .revoke_delegated_access_response import RevokeDelegatedAccessResponse
    from .revoke_delegated_access_wallet_result import RevokeDelegatedAccessWalletResult
    from .role_enum import RoleEnum
    from .sdk_user import SdkUser
    from .sdk_user_metadata import SdkUserMetadata
    from .sdk_view import SdkView
    from .sdk_view_section import SdkViewSection
    from .sdk_view_section_alignment import SdkViewSectionAlignment
    from .sdk_view_section_type import SdkViewSectionType
    from .sdk_view_type import SdkViewType
    from .session import Session
    from .sessions_heatmap_result import SessionsHeatmapResult
    from .sessions_trend_result import SessionsTrendResult
    from .sign_in_provider_enum import SignInProviderEnum
    from .sms_country_code import SmsCountryCode
    from .social_sign_in_provider import SocialSignInProvider
    from .social_sign_in_provider_enum import SocialSignInProviderEnum
    from .sso_provider import SsoProvider
    from .sso_provider_create_request import SsoProviderCreateRequest
    from .sso_provider_enum import SsoProviderEnum
    from .sso_provider_update_request import SsoProviderUpdateRequest
    from .supported_security_method import SupportedSecurityMethod
    from .supported_security_methods import SupportedSecurityMethods
    from .test_account_response import TestAccountResponse
    from .threshold_signature_scheme import ThresholdSignatureScheme
    from .time_unit_enum import TimeUnitEnum
    from .token import Token
    from .token_address import TokenAddress
    from .token_created_by import TokenCreatedBy
    from .token_scopes import TokenScopes
    from .token_with_raw import TokenWithRaw
    from .token_with_raw_project_environment import TokenWithRawProjectEnvironment
    from .tokens_response import TokensResponse
    from .too_many_requests import TooManyRequests
    from .unauthorized import Unauthorized
    from .unprocessable_entity import UnprocessableEntity
    from .unprocessable_entity_error_code import UnprocessableEntityErrorCode
    from .unprocessable_entity_error_payload import UnprocessableEntityErrorPayload
    from .update_project_request import UpdateProjectRequest
    from .update_project_response import UpdateProjectResponse
    from .user import User
    from .user_filterable_fields_enum import UserFilterableFieldsEnum
    from .user_identifier_type_enum import UserIdentifierTypeEnum
    from .user_metadata import UserMetadata
    from .user_oauth_access_token_response import UserOauthAccessTokenResponse
    from .user_response import UserResponse
    from .user_search_filter_params import UserSearchFilterParams
    from .user_wallets_response import UserWalletsResponse
    from .users_response import UsersResponse
    from .visitor import Visitor
    from .visitor_filterable_fields_enum import VisitorFilterableFieldsEnum
    from .visitor_search_filter_params import VisitorSearchFilterParams
    from .visitors_response import VisitorsResponse
    from .waas_authenticate_response import WaasAuthenticateResponse
    from .waas_authenticate_response_encoded_jwts import WaasAuthenticateResponseEncodedJwts
    from .waas_backup_options_enum import WaasBackupOptionsEnum
    from .waas_chain_enum import WaasChainEnum
    from .waas_delegate_sign_message_request import WaasDelegateSignMessageRequest
    from .waas_delegated_access_encryption_public_key_type import (
        WaasDelegatedAccessEncryptionPublicKeyType,
    )
    from .waas_delegation_credentials_request import WaasDelegationCredentialsRequest
    from .waas_delegation_credentials_response import WaasDelegationCredentialsResponse
    from .waas_delegation_credentials_response_alg import WaasDelegationCredentialsResponseAlg
    from .waas_policy_argument_constraint import WaasPolicyArgumentConstraint
    from .waas_policy_constraint_condition import WaasPolicyConstraintCondition
    from .waas_policy_create_request import WaasPolicyCreateRequest
    from .waas_policy_delete_request import WaasPolicyDeleteRequest
    from .waas_policy_response import WaasPolicyResponse
    from .waas_policy_rule import WaasPolicyRule
    from .waas_policy_rule_contract_abi_item import WaasPolicyRuleContractAbiItem
    from .waas_policy_rule_operation_restrictions import WaasPolicyRuleOperationRestrictions
    from .waas_policy_rule_type import WaasPolicyRuleType
    from .waas_policy_rule_value_limit import WaasPolicyRuleValueLimit
    from .waas_policy_update_request import WaasPolicyUpdateRequest
    from .waas_verify_api_key_response import WaasVerifyApiKeyResponse
    from .waas_wallet import WaasWallet
    from .waas_wallet_response import WaasWalletResponse
    from .waas_wallet_settings import WaasWalletSettings
    from .wallet import Wallet
    from .wallet_additional_address import WalletAdditionalAddress
    from .wallet_address_type import WalletAddressType
    from .wallet_detail import WalletDetail
    from .wallet_detail_hardware_wallet_type_0 import WalletDetailHardwareWalletType0
    from .wallet_key_share_info import WalletKeyShareInfo
    from .wallet_properties import WalletProperties
    from .wallet_provider_enum import WalletProviderEnum
    from .wallet_recovery_request import WalletRecoveryRequest
    from .wallet_recovery_response import WalletRecoveryResponse
    from .wallet_recovery_response_data import WalletRecoveryResponseData
    from .wallets_breakdown_result import WalletsBreakdownResult
    from .wallets_response import WalletsResponse
    from .webhook import Webhook
    from .webhook_create_request import WebhookCreateRequest
    from .webhook_message import WebhookMessage
    from .webhook_message_redelivery_response import WebhookMessageRedeliveryResponse
    from .webhook_message_request import WebhookMessageRequest
    from .webhook_message_response import WebhookMessageResponse
    from .webhook_messages_response import WebhookMessagesResponse
    from .webhook_update_request import WebhookUpdateRequest
    from .webhooks_response import WebhooksResponse
    from .when_to_implement_enum import WhenToImplementEnum
    from .zerodev_bundler_provider import ZerodevBundlerProvider

_MODULES: dict[str, str] = {
    "AccessOutcomeEnum": ".access_outcome_enum",
    "ActiveUsersTrendResult": ".active_users_trend_result",
    "ActiveWeeklyDaysResult": ".active_weekly_days_result",
    "AddDeeplinkUrlRequest": ".add_deeplink_url_request",
    "Allowlist": ".allowlist",
    "AllowlistEntriesResponse": ".allowlist_entries_response",
    "AllowlistEntry": ".allowlist_entry",
    "AnalyticsEngagementResponse": ".analytics_engagement_response",
    "AnalyticsEngagementResponseRetention": ".analytics_engagement_response_retention",
    "AnalyticsOverviewResponse": ".analytics_overview_response",
    "AnalyticsOverviewResponseSessions": ".analytics_overview_response_sessions",
    "AnalyticsSessionsByDate": ".analytics_sessions_by_date",
    "AnalyticsSessionsByDateSessions": ".analytics_sessions_by_date_sessions",
    "AnalyticsToplineResponse": ".analytics_topline_response",
    "AnalyticsToplineResponseSessions": ".analytics_topline_response_sessions",
    "AnalyticsToplineResponseUsers": ".analytics_topline_response_users",
    "AnalyticsToplineResponseWallets": ".analytics_topline_response_wallets",
    "AnalyticsVisitResponse": ".analytics_visit_response",
    "AnalyticsWalletsResponse": ".analytics_wallets_response",
    "AnalyticsWalletsResponseBreakdown": ".analytics_wallets_response_breakdown",
    "AuthSettings": ".auth_settings",
    "AuthStorageEnum": ".auth_storage_enum",
    "BackupKeySharesToLocationsResponse": ".backup_key_shares_to_locations_response",
    "BackupKeySharesToLocationsResponseLocationsWithKeyShares": ".backup_key_shares_to_locations_response_locations_with_key_shares",
    "BackupKeySharesToLocationsWithUserIdRequest": ".backup_key_shares_to_locations_with_user_id_request",
    "BackupKeySharesToLocationsWithUserIdRequestLocations": ".backup_key_shares_to_locations_with_user_id_request_locations",
    "BadRequest": ".bad_request",
    "BillingSubscription": ".billing_subscription",
    "BillingSubscriptionCoupon": ".billing_subscription_coupon",
    "BillingSubscriptionPeriod": ".billing_subscription_period",
    "BillingSubscriptionPlanTypeEnum": ".billing_subscription_plan_type_enum",
    "BulkUserCreateResponse": ".bulk_user_create_response",
    "BulkUserCreateResponseFailed": ".bulk_user_create_response_failed",
    "ChainConfiguration": ".chain_configuration",
    "ChainEnum": ".chain_enum",
    "ChainToken": ".chain_token",
    "ChainalysisCheck": ".chainalysis_check",
    "ChainalysisCheckResultEnum": ".chainalysis_check_result_enum",
    "ChainalysisConfiguration": ".chainalysis_configuration",
    "CreateProjectResponse": ".create_project_response",
    "CreateProjectResponseProject": ".create_project_response_project",
    "CreateProjectResponseProjectProjectEnvironments": ".create_project_response_project_project_environments",
    "CreateTokenResponse": ".create_token_response",
    "CreateUserEmbeddedWalletsFromFarcasterRequest": ".create_user_embedded_wallets_from_farcaster_request",
    "CreateUserEmbeddedWalletsRequest": ".create_user_embedded_wallets_request",
    "CreateUserOauthRequest": ".create_user_oauth_request",
    "CreateUserOauthRequestProfile": ".create_user_oauth_request_profile",
    "CreateUserWaasWalletsRequest": ".create_user_waas_wallets_request",
    "CreateWalletRequest": ".create_wallet_request",
    "CustomField": ".custom_field",
    "CustomFieldRequest": ".custom_field_request",
    "CustomFieldType": ".custom_field_type",
    "CustomFieldValidValue": ".custom_field_valid_value",
    "CustomFieldValidationRules": ".custom_field_validation_rules",
    "CustomHostname": ".custom_hostname",
    "CustomHostnameCreateRequest": ".custom_hostname_create_request",
    "CustomHostnameStatusEnum": ".custom_hostname_status_enum",
    "CustomHostnameUsageEnum": ".custom_hostname_usage_enum",
    "CustomHostnameVerificationRecord": ".custom_hostname_verification_record",
    "CustomHostnameVerificationType": ".custom_hostname_verification_type",
    "CustomHostnamesResponse": ".custom_hostnames_response",
    "CustomNetworkRequest": ".custom_network_request",
    "CustomNetworkResponse": ".custom_network_response",
    "CustomNetworkResponseCustomNetwork": ".custom_network_response_custom_network",
    "DeeplinkUrlResponse": ".deeplink_url_response",
    "DeeplinkUrlsResponse": ".deeplink_urls_response",
    "DelegateOwnershipRequest": ".delegate_ownership_request",
    "DelegatedAccessEncryptionPublicKey": ".delegated_access_encryption_public_key",
    "DelegatedAccessEncryptionPublicKeyAlg": ".delegated_access_encryption_public_key_alg",
    "DelegatedAccessEncryptionPublicKeyResponse": ".delegated_access_encryption_public_key_response",
    "DelegatedAccessEncryptionPublicKeyStatus": ".delegated_access_encryption_public_key_status",
    "DelegatedAccessEncryptionPublicKeysUnifiedResponse": ".delegated_access_encryption_public_keys_unified_response",
    "DelegatedAccessWalletApiKey": ".delegated_access_wallet_api_key",
    "DnsRecordType": ".dns_record_type",
    "Duration": ".duration",
    "EcdsaValidatorOptions": ".ecdsa_validator_options",
    "EmbeddedWalletChainEnum": ".embedded_wallet_chain_enum",
    "EmbeddedWalletSecurityMethod": ".embedded_wallet_security_method",
    "EmbeddedWalletVersionEnum": ".embedded_wallet_version_enum",
    "EnvironmentEnum": ".environment_enum",
    "EnvironmentVisitorsResponse": ".environment_visitors_response",
    "EnvironmentVisitorsResponseUsers": ".environment_visitors_response_users",
    "EnvironmentsResponse": ".environments_response",
    "EnvironmentsResponseEnvironments": ".environments_response_environments",
    "Event": ".event",
    "EventContext": ".event_context",
    "EventData": ".event_data",
    "EventType": ".event_type",
    "EventsResponse": ".events_response",
    "Exchange": ".exchange",
    "ExchangeCreateRequest": ".exchange_create_request",
    "ExchangeKeyEnum": ".exchange_key_enum",
    "ExchangeOption": ".exchange_option",
    "ExchangeResponse": ".exchange_response",
    "Export": ".export",
    "ExportCreateRequest": ".export_create_request",
    "ExportFormatEnum": ".export_format_enum",
    "ExportModelEnum": ".export_model_enum",
    "ExportStatusEnum": ".export_status_enum",
    "ExportsResponse": ".exports_response",
    "ExternalAuth": ".external_auth",
    "ExternalJwtCheckRequest": ".external_jwt_check_request",
    "ExternalJwtCheckResponse": ".external_jwt_check_response",
    "ExternalWalletFundingDefaultSettings": ".external_wallet_funding_default_settings",
    "ExternalWalletFundingDefaultSettingsToken": ".external_wallet_funding_default_settings_token",
    "ExternalWalletFundingTokenRule": ".external_wallet_funding_token_rule",
    "FeatureFlags": ".feature_flags",
    "Forbidden": ".forbidden",
    "Funding": ".funding",
    "FundingExternalWallets": ".funding_external_wallets",
    "FundingExternalWalletsDefaultSettings": ".funding_external_wallets_default_settings",
    "FundingExternalWalletsMinAmount": ".funding_external_wallets_min_amount",
    "Gate": ".gate",
    "GateCreateRequest": ".gate_create_request",
    "GateRule": ".gate_rule",
    "GateRuleFilter": ".gate_rule_filter",
    "GateRuleType": ".gate_rule_type",
    "GateUpdateRequest": ".gate_update_request",
    "GatesResponse": ".gates_response",
    "GetAnalyticsOverviewGranularity": ".get_analytics_overview_granularity",
    "GetGlobalWalletConnectionsStatus": ".get_global_wallet_connections_status",
    "GetWalletsBreakdownResponse200Item": ".get_wallets_breakdown_response_200_item",
    "GlobalWalletAccessControlDomainCreateRequest": ".global_wallet_access_control_domain_create_request",
    "GlobalWalletAccessControlDomainResponse": ".global_wallet_access_control_domain_response",
    "GlobalWalletAccessControlResponse": ".global_wallet_access_control_response",
    "GlobalWalletAccessControlTypeEnum": ".global_wallet_access_control_type_enum",
    "GlobalWalletAccessControlUpdateRequest": ".global_wallet_access_control_update_request",
    "GlobalWalletConnection": ".global_wallet_connection",
    "GlobalWalletConnectionStatusEnum": ".global_wallet_connection_status_enum",
    "GlobalWalletSettings": ".global_wallet_settings",
    "GlobalWalletSettingsCreateRequest": ".global_wallet_settings_create_request",
    "GlobalWalletSettingsCreateRequestCustomMenuLinks": ".global_wallet_settings_create_request_custom_menu_links",
    "GlobalWalletSettingsUpdateRequest": ".global_wallet_settings_update_request",
    "HCaptchaSettings": ".h_captcha_settings",
    "HardwareWalletEnum": ".hardware_wallet_enum",
    "InlineObject": ".inline_object",
    "InlineResponse200": ".inline_response_200",
    "InlineResponse201": ".inline_response_201",
    "InternalBulkUpdateUserFields": ".internal_bulk_update_user_fields",
    "InternalBulkUpdateUserFieldsMetadata": ".internal_bulk_update_user_fields_metadata",
    "InternalServerError": ".internal_server_error",
    "InternalUpdatableUserFields": ".internal_updatable_user_fields",
    "InternalUpdatableUserFieldsMetadata": ".internal_updatable_user_fields_metadata",
    "InternalUserFields": ".internal_user_fields",
    "InternalUserFieldsMetadata": ".internal_user_fields_metadata",
    "Invite": ".invite",
    "InviteSendRequest": ".invite_send_request",
    "InviteStatusEnum": ".invite_status_enum",
    "InviteUpdateRequest": ".invite_update_request",
    "InvitesResponse": ".invites_response",
    "JwtVerifiedCredential": ".jwt_verified_credential",
    "JwtVerifiedCredentialFormatEnum": ".jwt_verified_credential_format_enum",
    "JwtVerifiedCredentialOauthMetadata": ".jwt_verified_credential_oauth_metadata",
    "Key": ".key",
    "KeyResponse": ".key_response",
    "KycFieldType": ".kyc_field_type",
    "MemberResponse": ".member_response",
    "MemberRoleField": ".member_role_field",
    "MergeConflicts": ".merge_conflicts",
    "MergeUser": ".merge_user",
    "MergeUserConflict": ".merge_user_conflict",
    "MFAAction": ".mfa_action",
    "MfaBackupCodeAcknowledgement": ".mfa_backup_code_acknowledgement",
    "MFADevice": ".mfa_device",
    "MFADeviceType": ".mfa_device_type",
    "MFASettings": ".mfa_settings",
    "MFASettingsActions": ".mfa_settings_actions",
    "MFASettingsMethods": ".mfa_settings_methods",
    "MobileSettings": ".mobile_settings",
    "NameService": ".name_service",
    "NameServiceCreateRequest": ".name_service_create_request",
    "NameServiceData": ".name_service_data",
    "NameServiceResponse": ".name_service_response",
    "NameServiceSdkSettings": ".name_service_sdk_settings",
    "NameServiceSdkSettingsEvm": ".name_service_sdk_settings_evm",
    "NameServiceSigningMessage": ".name_service_signing_message",
    "NameServiceSigningMessageRequest": ".name_service_signing_message_request",
    "NativeCurrency": ".native_currency",
    "Network": ".network",
    "NetworkConfiguration": ".network_configuration",
    "NetworkConfigurationResponse": ".network_configuration_response",
    "NetworkType": ".network_type",
    "NotFound": ".not_found",
    "OAuthAccount": ".o_auth_account",
    "OnrampProviders": ".onramp_providers",
    "OpenRoomResponse": ".open_room_response",
    "Organization": ".organization",
    "OrganizationAddressFields": ".organization_address_fields",
    "OrganizationFields": ".organization_fields",
    "OrganizationMember": ".organization_member",
    "OrganizationMembersResponse": ".organization_members_response",
    "OrganizationMfaSettings": ".organization_mfa_settings",
    "OrganizationMfaSettingsResponse": ".organization_mfa_settings_response",
    "OrganizationRequest": ".organization_request",
    "OrganizationResponse": ".organization_response",
    "OrganizationResponseOrganization": ".organization_response_organization",
    "OrganizationsResponse": ".organizations_response",
    "OriginResponse": ".origin_response",
    "OriginsResponse": ".origins_response",
    "PasswordSourceTypeEnum": ".password_source_type_enum",
    "PostAllowlistEntriesRequest": ".post_allowlist_entries_request",
    "PostAllowlistsRequest": ".post_allowlists_request",
    "PostTokenFields": ".post_token_fields",
    "Project": ".project",
    "ProjectEnvironment": ".project_environment",
    "ProjectProjectEnvironments": ".project_project_environments",
    "ProjectRequest": ".project_request",
    "ProjectSettings": ".project_settings",
    "ProjectSettingsChains": ".project_settings_chains",
    "ProjectSettingsDesign": ".project_settings_design",
    "ProjectSettingsDesignButton": ".project_settings_design_button",
    "ProjectSettingsDesignModal": ".project_settings_design_modal",
    "ProjectSettingsDesignWidget": ".project_settings_design_widget",
    "ProjectSettingsGeneral": ".project_settings_general",
    "ProjectSettingsGeneralSupportUrls": ".project_settings_general_support_urls",
    "ProjectSettingsKyc": ".project_settings_kyc",
    "ProjectSettingsPrivacy": ".project_settings_privacy",
    "ProjectSettingsSdk": ".project_settings_sdk",
    "ProjectSettingsSdkAccountAbstraction": ".project_settings_sdk_account_abstraction",
    "ProjectSettingsSdkEmailSignIn": ".project_settings_sdk_email_sign_in",
    "ProjectSettingsSdkEmbeddedWallets": ".project_settings_sdk_embedded_wallets",
    "ProjectSettingsSdkSocialSignIn": ".project_settings_sdk_social_sign_in",
    "ProjectSettingsSdkWaas": ".project_settings_sdk_waas",
    "ProjectSettingsSdkWaasDelegatedAccess": ".project_settings_sdk_waas_delegated_access",
    "ProjectSettingsSdkWaasOnSignUp": ".project_settings_sdk_waas_on_sign_up",
    "ProjectSettingsSdkWalletConnect": ".project_settings_sdk_wallet_connect",
    "ProjectSettingsSecurity": ".project_settings_security",
    "ProjectsResponse": ".projects_response",
    "Provider": ".provider",
    "ProviderAgreement": ".provider_agreement",
    "ProviderCreateRequest": ".provider_create_request",
    "ProviderCreateRequestMultichainAccountAbstractionProviders": ".provider_create_request_multichain_account_abstraction_providers",
    "ProviderEntryPointVersionEnum": ".provider_entry_point_version_enum",
    "ProviderEnum": ".provider_enum",
    "ProviderKernelVersionEnum": ".provider_kernel_version_enum",
    "ProviderUpdateRequest": ".provider_update_request",
    "ProviderUrl": ".provider_url",
    "ProviderUrlsResponse": ".provider_urls_response",
    "ProvidersResponse": ".providers_response",
    "RetentionTrendResult": ".retention_trend_result",
    "RevokeDelegatedAccessRequest": ".revoke_delegated_access_request",
    "RevokeDelegatedAccessResponse": ".revoke_delegated_access_response",
    "RevokeDelegatedAccessWalletResult": ".revoke_delegated_access_wallet_result",
    "RoleEnum": ".role_enum",
    "SdkUser": ".sdk_user",
    "SdkUserMetadata": ".sdk_user_metadata",
    "SdkView": ".sdk_view",
    "SdkViewSection": ".sdk_view_section",
    "SdkViewSectionAlignment": ".sdk_view_section_alignment",
    "SdkViewSectionType": ".sdk_view_section_type",
    "SdkViewType": ".sdk_view_type",
    "Session": ".session",
    "SessionsHeatmapResult": ".sessions_heatmap_result",
    "SessionsTrendResult": ".sessions_trend_result",
    "SignInProviderEnum": ".sign_in_provider_enum",
    "SmsCountryCode": ".sms_country_code",
    "SocialSignInProvider": ".social_sign_in_provider",
    "SocialSignInProviderEnum": ".social_sign_in_provider_enum",
    "SsoProvider": ".sso_provider",
    "SsoProviderCreateRequest": ".sso_provider_create_request",
    "SsoProviderEnum": ".sso_provider_enum",
    "SsoProviderUpdateRequest": ".sso_provider_update_request",
    "SupportedSecurityMethod": ".supported_security_method",
    "SupportedSecurityMethods": ".supported_security_methods",
    "TestAccountResponse": ".test_account_response",
    "ThresholdSignatureScheme": ".threshold_signature_scheme",
    "TimeUnitEnum": ".time_unit_enum",
    "Token": ".token",
    "TokenAddress": ".token_address",
    "TokenCreatedBy": ".token_created_by",
    "TokenScopes": ".token_scopes",
    "TokenWithRaw": ".token_with_raw",
    "TokenWithRawProjectEnvironment": ".token_with_raw_project_environment",
    "TokensResponse": ".tokens_response",
    "TooManyRequests": ".too_many_requests",
    "Unauthorized": ".unauthorized",
    "UnprocessableEntity": ".unprocessable_entity",
    "UnprocessableEntityErrorCode": ".unprocessable_entity_error_code",
    "UnprocessableEntityErrorPayload": ".unprocessable_entity_error_payload",
    "UpdateProjectRequest": ".update_project_request",
    "UpdateProjectResponse": ".update_project_response",
    "User": ".user",
    "UserFilterableFieldsEnum": ".user_filterable_fields_enum",
    "UserIdentifierTypeEnum": ".user_identifier_type_enum",
    "UserMetadata": ".user_metadata",
    "UserOauthAccessTokenResponse": ".user_oauth_access_token_response",
    "UserResponse": ".user_response",
    "UserSearchFilterParams": ".user_search_filter_params",
    "UserWalletsResponse": ".user_wallets_response",
    "UsersResponse": ".users_response",
    "Visitor": ".visitor",
    "VisitorFilterableFieldsEnum": ".visitor_filterable_fields_enum",
    "VisitorSearchFilterParams": ".visitor_search_filter_params",
    "VisitorsResponse": ".visitors_response",
    "WaasAuthenticateResponse": ".waas_authenticate_response",
    "WaasAuthenticateResponseEncodedJwts": ".waas_authenticate_response_encoded_jwts",
    "WaasBackupOptionsEnum": ".waas_backup_options_enum",
    "WaasChainEnum": ".waas_chain_enum",
    "WaasDelegateSignMessageRequest": ".waas_delegate_sign_message_request",
    "WaasDelegatedAccessEncryptionPublicKeyType": ".waas_delegated_access_encryption_public_key_type",
    "WaasDelegationCredentialsRequest": ".waas_delegation_credentials_request",
    "WaasDelegationCredentialsResponse": ".waas_delegation_credentials_response",
    "WaasDelegationCredentialsResponseAlg": ".waas_delegation_credentials_response_alg",
    "WaasPolicyArgumentConstraint": ".waas_policy_argument_constraint",
    "WaasPolicyConstraintCondition": ".waas_policy_constraint_condition",
    "WaasPolicyCreateRequest": ".waas_policy_create_request",
    "WaasPolicyDeleteRequest": ".waas_policy_delete_request",
    "WaasPolicyResponse": ".waas_policy_response",
    "WaasPolicyRule": ".waas_policy_rule",
    "WaasPolicyRuleContractAbiItem": ".waas_policy_rule_contract_abi_item",
    "WaasPolicyRuleOperationRestrictions": ".waas_policy_rule_operation_restrictions",
    "WaasPolicyRuleType": ".waas_policy_rule_type",
    "WaasPolicyRuleValueLimit": ".waas_policy_rule_value_limit",
    "WaasPolicyUpdateRequest": ".waas_policy_update_request",
    "WaasVerifyApiKeyResponse": ".waas_verify_api_key_response",
    "WaasWallet": ".waas_wallet",
    "WaasWalletResponse": ".waas_wallet_response",
    "WaasWalletSettings": ".waas_wallet_settings",
    "Wallet": ".wallet",
    "WalletAdditionalAddress": ".wallet_additional_address",
    "WalletAddressType": ".wallet_address_type",
    "WalletDetail": ".wallet_detail",
    "WalletDetailHardwareWalletType0": ".wallet_detail_hardware_wallet_type_0",
    "WalletKeyShareInfo": ".wallet_key_share_info",
    "WalletProperties": ".wallet_properties",
    "WalletProviderEnum": ".wallet_provider_enum",
    "WalletRecoveryRequest": ".wallet_recovery_request",
    "WalletRecoveryResponse": ".wallet_recovery_response",
    "WalletRecoveryResponseData": ".wallet_recovery_response_data",
    "WalletsBreakdownResult": ".wallets_breakdown_result",
    "WalletsResponse": ".wallets_response",
    "Webhook": ".webhook",
    "WebhookCreateRequest": ".webhook_create_request",
    "WebhookMessage": ".webhook_message",
    "WebhookMessageRedeliveryResponse": ".webhook_message_redelivery_response",
    "WebhookMessageRequest": ".webhook_message_request",
    "WebhookMessageResponse": ".webhook_message_response",
    "WebhookMessagesResponse": ".webhook_messages_response",
    "WebhookUpdateRequest": ".webhook_update_request",
    "WebhooksResponse": ".webhooks_response",
    "WhenToImplementEnum": ".when_to_implement_enum",
    "ZerodevBundlerProvider": ".zerodev_bundler_provider",
}

__all__ = (
    "AccessOutcomeEnum",
    "ActiveUsersTrendResult",
    "ActiveWeeklyDaysResult",
    "AddDeeplinkUrlRequest",
    "Allowlist",
    "AllowlistEntriesResponse",
    "AllowlistEntry",
    "AnalyticsEngagementResponse",
    "AnalyticsEngagementResponseRetention",
    "AnalyticsOverviewResponse",
    "AnalyticsOverviewResponseSessions",
    "AnalyticsSessionsByDate",
    "AnalyticsSessionsByDateSessions",
    "AnalyticsToplineResponse",
    "AnalyticsToplineResponseSessions",
    "AnalyticsToplineResponseUsers",
    "AnalyticsToplineResponseWallets",
    "AnalyticsVisitResponse",
    "AnalyticsWalletsResponse",
    "AnalyticsWalletsResponseBreakdown",
    "AuthSettings",
    "AuthStorageEnum",
    "BackupKeySharesToLocationsResponse",
    "BackupKeySharesToLocationsResponseLocationsWithKeyShares",
    "BackupKeySharesToLocationsWithUserIdRequest",
    "BackupKeySharesToLocationsWithUserIdRequestLocations",
    "BadRequest",
    "BillingSubscription",
    "BillingSubscriptionCoupon",
    "BillingSubscriptionPeriod",
    "BillingSubscriptionPlanTypeEnum",
    "BulkUserCreateResponse",
    "BulkUserCreateResponseFailed",
    "ChainalysisCheck",
    "ChainalysisCheckResultEnum",
    "ChainalysisConfiguration",
    "ChainConfiguration",
    "ChainEnum",
    "ChainToken",
    "CreateProjectResponse",
    "CreateProjectResponseProject",
    "CreateProjectResponseProjectProjectEnvironments",
    "CreateTokenResponse",
    "CreateUserEmbeddedWalletsFromFarcasterRequest",
    "CreateUserEmbeddedWalletsRequest",
    "CreateUserOauthRequest",
    "CreateUserOauthRequestProfile",
    "CreateUserWaasWalletsRequest",
    "CreateWalletRequest",
    "CustomField",
    "CustomFieldRequest",
    "CustomFieldType",
    "CustomFieldValidationRules",
    "CustomFieldValidValue",
    "CustomHostname",
    "CustomHostnameCreateRequest",
    "CustomHostnamesResponse",
    "CustomHostnameStatusEnum",
    "CustomHostnameUsageEnum",
    "CustomHostnameVerificationRecord",
    "CustomHostnameVerificationType",
    "CustomNetworkRequest",
    "CustomNetworkResponse",
    "CustomNetworkResponseCustomNetwork",
    "DeeplinkUrlResponse",
    "DeeplinkUrlsResponse",
    "DelegatedAccessEncryptionPublicKey",
    "DelegatedAccessEncryptionPublicKeyAlg",
    "DelegatedAccessEncryptionPublicKeyResponse",
    "DelegatedAccessEncryptionPublicKeyStatus",
    "DelegatedAccessEncryptionPublicKeysUnifiedResponse",
    "DelegatedAccessWalletApiKey",
    "DelegateOwnershipRequest",
    "DnsRecordType",
    "Duration",
    "EcdsaValidatorOptions",
    "EmbeddedWalletChainEnum",
    "EmbeddedWalletSecurityMethod",
    "EmbeddedWalletVersionEnum",
    "EnvironmentEnum",
    "EnvironmentsResponse",
    "EnvironmentsResponseEnvironments",
    "EnvironmentVisitorsResponse",
    "EnvironmentVisitorsResponseUsers",
    "Event",
    "EventContext",
    "EventData",
    "EventsResponse",
    "EventType",
    "Exchange",
    "ExchangeCreateRequest",
    "ExchangeKeyEnum",
    "ExchangeOption",
    "ExchangeResponse",
    "Export",
    "ExportCreateRequest",
    "ExportFormatEnum",
    "ExportModelEnum",
    "ExportsResponse",
    "ExportStatusEnum",
    "ExternalAuth",
    "ExternalJwtCheckRequest",
    "ExternalJwtCheckResponse",
    "ExternalWalletFundingDefaultSettings",
    "ExternalWalletFundingDefaultSettingsToken",
    "ExternalWalletFundingTokenRule",
    "FeatureFlags",
    "Forbidden",
    "Funding",
    "FundingExternalWallets",
    "FundingExternalWalletsDefaultSettings",
    "FundingExternalWalletsMinAmount",
    "Gate",
    "GateCreateRequest",
    "GateRule",
    "GateRuleFilter",
    "GateRuleType",
    "GatesResponse",
    "GateUpdateRequest",
    "GetAnalyticsOverviewGranularity",
    "GetGlobalWalletConnectionsStatus",
    "GetWalletsBreakdownResponse200Item",
    "GlobalWalletAccessControlDomainCreateRequest",
    "GlobalWalletAccessControlDomainResponse",
    "GlobalWalletAccessControlResponse",
    "GlobalWalletAccessControlTypeEnum",
    "GlobalWalletAccessControlUpdateRequest",
    "GlobalWalletConnection",
    "GlobalWalletConnectionStatusEnum",
    "GlobalWalletSettings",
    "GlobalWalletSettingsCreateRequest",
    "GlobalWalletSettingsCreateRequestCustomMenuLinks",
    "GlobalWalletSettingsUpdateRequest",
    "HardwareWalletEnum",
    "HCaptchaSettings",
    "InlineObject",
    "InlineResponse200",
    "InlineResponse201",
    "InternalBulkUpdateUserFields",
    "InternalBulkUpdateUserFieldsMetadata",
    "InternalServerError",
    "InternalUpdatableUserFields",
    "InternalUpdatableUserFieldsMetadata",
    "InternalUserFields",
    "InternalUserFieldsMetadata",
    "Invite",
    "InviteSendRequest",
    "InvitesResponse",
    "InviteStatusEnum",
    "InviteUpdateRequest",
    "JwtVerifiedCredential",
    "JwtVerifiedCredentialFormatEnum",
    "JwtVerifiedCredentialOauthMetadata",
    "Key",
    "KeyResponse",
    "KycFieldType",
    "MemberResponse",
    "MemberRoleField",
    "MergeConflicts",
    "MergeUser",
    "MergeUserConflict",
    "MFAAction",
    "MfaBackupCodeAcknowledgement",
    "MFADevice",
    "MFADeviceType",
    "MFASettings",
    "MFASettingsActions",
    "MFASettingsMethods",
    "MobileSettings",
    "NameService",
    "NameServiceCreateRequest",
    "NameServiceData",
    "NameServiceResponse",
    "NameServiceSdkSettings",
    "NameServiceSdkSettingsEvm",
    "NameServiceSigningMessage",
    "NameServiceSigningMessageRequest",
    "NativeCurrency",
    "Network",
    "NetworkConfiguration",
    "NetworkConfigurationResponse",
    "NetworkType",
    "NotFound",
    "OAuthAccount",
    "OnrampProviders",
    "OpenRoomResponse",
    "Organization",
    "OrganizationAddressFields",
    "OrganizationFields",
    "OrganizationMember",
    "OrganizationMembersResponse",
    "OrganizationMfaSettings",
    "OrganizationMfaSettingsResponse",
    "OrganizationRequest",
    "OrganizationResponse",
    "OrganizationResponseOrganization",
    "OrganizationsResponse",
    "OriginResponse",
    "OriginsResponse",
    "PasswordSourceTypeEnum",
    "PostAllowlistEntriesRequest",
    "PostAllowlistsRequest",
    "PostTokenFields",
    "Project",
    "ProjectEnvironment",
    "ProjectProjectEnvironments",
    "ProjectRequest",
    "ProjectSettings",
    "ProjectSettingsChains",
    "ProjectSettingsDesign",
    "ProjectSettingsDesignButton",
    "ProjectSettingsDesignModal",
    "ProjectSettingsDesignWidget",
    "ProjectSettingsGeneral",
    "ProjectSettingsGeneralSupportUrls",
    "ProjectSettingsKyc",
    "ProjectSettingsPrivacy",
    "ProjectSettingsSdk",
    "ProjectSettingsSdkAccountAbstraction",
    "ProjectSettingsSdkEmailSignIn",
    "ProjectSettingsSdkEmbeddedWallets",
    "ProjectSettingsSdkSocialSignIn",
    "ProjectSettingsSdkWaas",
    "ProjectSettingsSdkWaasDelegatedAccess",
    "ProjectSettingsSdkWaasOnSignUp",
    "ProjectSettingsSdkWalletConnect",
    "ProjectSettingsSecurity",
    "ProjectsResponse",
    "Provider",
    "ProviderAgreement",
    "ProviderCreateRequest",
    "ProviderCreateRequestMultichainAccountAbstractionProviders",
    "ProviderEntryPointVersionEnum",
    "ProviderEnum",
    "ProviderKernelVersionEnum",
    "ProvidersResponse",
    "ProviderUpdateRequest",
    "ProviderUrl",
    "ProviderUrlsResponse",
    "RetentionTrendResult",
    "RevokeDelegatedAccessRequest",
    "RevokeDelegatedAccessResponse",
    "RevokeDelegatedAccessWalletResult",
    "RoleEnum",
    "SdkUser",
    "SdkUserMetadata",
    "SdkView",
    "SdkViewSection",
    "SdkViewSectionAlignment",
    "SdkViewSectionType",
    "SdkViewType",
    "Session",
    "SessionsHeatmapResult",
    "SessionsTrendResult",
    "SignInProviderEnum",
    "SmsCountryCode",
    "SocialSignInProvider",
    "SocialSignInProviderEnum",
    "SsoProvider",
    "SsoProviderCreateRequest",
    "SsoProviderEnum",
    "SsoProviderUpdateRequest",
    "SupportedSecurityMethod",
    "SupportedSecurityMethods",
    "TestAccountResponse",
    "ThresholdSignatureScheme",
    "TimeUnitEnum",
    "Token",
    "TokenAddress",
    "TokenCreatedBy",
    "TokenScopes",
    "TokensResponse",
    "TokenWithRaw",
    "TokenWithRawProjectEnvironment",
    "TooManyRequests",
    "Unauthorized",
    "UnprocessableEntity",
    "UnprocessableEntityErrorCode",
    "UnprocessableEntityErrorPayload",
    "UpdateProjectRequest",
    "UpdateProjectResponse",
    "User",
    "UserFilterableFieldsEnum",
    "UserIdentifierTypeEnum",
    "UserMetadata",
    "UserOauthAccessTokenResponse",
    "UserResponse",
    "UserSearchFilterParams",
    "UsersResponse",
    "UserWalletsResponse",
    "Visitor",
    "VisitorFilterableFieldsEnum",
    "VisitorSearchFilterParams",
    "VisitorsResponse",
    "WaasAuthenticateResponse",
    "WaasAuthenticateResponseEncodedJwts",
    "WaasBackupOptionsEnum",
    "WaasChainEnum",
    "WaasDelegatedAccessEncryptionPublicKeyType",
    "WaasDelegateSignMessageRequest",
    "WaasDelegationCredentialsRequest",
    "WaasDelegationCredentialsResponse",
    "WaasDelegationCredentialsResponseAlg",
    "WaasPolicyArgumentConstraint",
    "WaasPolicyConstraintCondition",
    "WaasPolicyCreateRequest",
    "WaasPolicyDeleteRequest",
    "WaasPolicyResponse",
    "WaasPolicyRule",
    "WaasPolicyRuleContractAbiItem",
    "WaasPolicyRuleOperationRestrictions",
    "WaasPolicyRuleType",
    "WaasPolicyRuleValueLimit",
    "WaasPolicyUpdateRequest",
    "WaasVerifyApiKeyResponse",
    "WaasWallet",
    "WaasWalletResponse",
    "WaasWalletSettings",
    "Wallet",
    "WalletAdditionalAddress",
    "WalletAddressType",
    "WalletDetail",
    "WalletDetailHardwareWalletType0",
    "WalletKeyShareInfo",
    "WalletProperties",
    "WalletProviderEnum",
    "WalletRecoveryRequest",
    "WalletRecoveryResponse",
    "WalletRecoveryResponseData",
    "WalletsBreakdownResult",
    "WalletsResponse",
    "Webhook",
    "WebhookCreateRequest",
    "WebhookMessage",
    "WebhookMessageRedeliveryResponse",
    "WebhookMessageRequest",
    "WebhookMessageResponse",
    "WebhookMessagesResponse",
    "WebhooksResponse",
    "WebhookUpdateRequest",
    "WhenToImplementEnum",
    "ZerodevBundlerProvider",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
