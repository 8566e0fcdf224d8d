"""Every tag of the API as one attribute of a client.

``Resources``/``AsyncResources`` are mixed into the dynamic_admin clients,
which set ``_transport``; each tag's facade is imported on first access.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import AsyncTransport, Transport
    from .allowlists import AllowlistsApi, AsyncAllowlistsApi
    from .analytics import AnalyticsApi, AsyncAnalyticsApi
    from .chainalysis import AsyncChainalysisApi, ChainalysisApi
    from .chains import AsyncChainsApi, ChainsApi
    from .custom_fields import AsyncCustomFieldsApi, CustomFieldsApi
    from .custom_hostnames import AsyncCustomHostnamesApi, CustomHostnamesApi
    from .custom_networks import AsyncCustomNetworksApi, CustomNetworksApi
    from .deeplink_urls import AsyncDeeplinkUrlsApi, DeeplinkUrlsApi
    from .environments import AsyncEnvironmentsApi, EnvironmentsApi
    from .events import AsyncEventsApi, EventsApi
    from .exports import AsyncExportsApi, ExportsApi
    from .external_jwt import AsyncExternalJwtApi, ExternalJwtApi
    from .gates import AsyncGatesApi, GatesApi
    from .global_wallet_access_control import (
        AsyncGlobalWalletAccessControlApi,
        GlobalWalletAccessControlApi,
    )
    from .global_wallet_connections import (
        AsyncGlobalWalletConnectionsApi,
        GlobalWalletConnectionsApi,
    )
    from .global_wallets import AsyncGlobalWalletsApi, GlobalWalletsApi
    from .invites import AsyncInvitesApi, InvitesApi
    from .members import AsyncMembersApi, MembersApi
    from .mfa import AsyncMfaApi, MfaApi
    from .mfa_settings import AsyncMfaSettingsApi, MfaSettingsApi
    from .name_services import AsyncNameServicesApi, NameServicesApi
    from .organizations import AsyncOrganizationsApi, OrganizationsApi
    from .origins import AsyncOriginsApi, OriginsApi
    from .projects import AsyncProjectsApi, ProjectsApi
    from .sessions import AsyncSessionsApi, SessionsApi
    from .settings import AsyncSettingsApi, SettingsApi
    from .test_account import AsyncTestAccountApi, TestAccountApi
    from .tokens import AsyncTokensApi, TokensApi
    from .user_api_tokens import AsyncUserApiTokensApi, UserApiTokensApi
    from .users import AsyncUsersApi, UsersApi
    from .visits import AsyncVisitsApi, VisitsApi
    from .waas import AsyncWaasApi, WaasApi
    from .wallets import AsyncWalletsApi, WalletsApi
    from .webhooks import AsyncWebhooksApi, WebhooksApi


class Resources:
    """The API's tags, each a cached attribute (``client.users.get_user(...)``)."""

    _transport: Transport

    @functools.cached_property
    def allowlists(self) -> AllowlistsApi:
        """Allowlists operations."""
        from .allowlists import AllowlistsApi

        return AllowlistsApi(self._transport)

    @functools.cached_property
    def analytics(self) -> AnalyticsApi:
        """Analytics operations."""
        from .analytics import AnalyticsApi

        return AnalyticsApi(self._transport)

    @functools.cached_property
    def chainalysis(self) -> ChainalysisApi:
        """Chainalysis operations."""
        from .chainalysis import ChainalysisApi

        return ChainalysisApi(self._transport)

    @functools.cached_property
    def chains(self) -> ChainsApi:
        """Chains operations."""
        from .chains import ChainsApi

        return ChainsApi(self._transport)

    @functools.cached_property
    def custom_fields(self) -> CustomFieldsApi:
        """CustomFields operations."""
        from .custom_fields import CustomFieldsApi

        return CustomFieldsApi(self._transport)

    @functools.cached_property
    def custom_hostnames(self) -> CustomHostnamesApi:
        """CustomHostnames operations."""
        from .custom_hostnames import CustomHostnamesApi

        return CustomHostnamesApi(self._transport)

    @functools.cached_property
    def custom_networks(self) -> CustomNetworksApi:
        """CustomNetworks operations."""
        from .custom_networks import CustomNetworksApi

        return CustomNetworksApi(self._transport)

    @functools.cached_property
    def deeplink_urls(self) -> DeeplinkUrlsApi:
        """DeeplinkUrls operations."""
        from .deeplink_urls import DeeplinkUrlsApi

        return DeeplinkUrlsApi(self._transport)

    @functools.cached_property
    def environments(self) -> EnvironmentsApi:
        """Environments operations."""
        from .environments import EnvironmentsApi

        return EnvironmentsApi(self._transport)

    @functools.cached_property
    def events(self) -> EventsApi:
        """Events operations."""
        from .events import EventsApi

        return EventsApi(self._transport)

    @functools.cached_property
    def exports(self) -> ExportsApi:
        """Exports operations."""
        from .exports import ExportsApi

        return ExportsApi(self._transport)

    @functools.cached_property
    def external_jwt(self) -> ExternalJwtApi:
        """ExternalJwt operations."""
        from .external_jwt import ExternalJwtApi

        return ExternalJwtApi(self._transport)

    @functools.cached_property
    def gates(self) -> GatesApi:
        """Gates operations."""
        from .gates import GatesApi

        return GatesApi(self._transport)

    @functools.cached_property
    def global_wallet_access_control(self) -> GlobalWalletAccessControlApi:
        """GlobalWalletAccessControl operations."""
        from .global_wallet_access_control import GlobalWalletAccessControlApi

        return GlobalWalletAccessControlApi(self._transport)

    @functools.cached_property
    def global_wallet_connections(self) -> GlobalWalletConnectionsApi:
        """GlobalWalletConnections operations."""
        from .global_wallet_connections import GlobalWalletConnectionsApi

        return GlobalWalletConnectionsApi(self._transport)

    @functools.cached_property
    def global_wallets(self) -> GlobalWalletsApi:
        """GlobalWallets operations."""
        from .global_wallets import GlobalWalletsApi

        return GlobalWalletsApi(self._transport)

    @functools.cached_property
    def invites(self) -> InvitesApi:
        """Invites operations."""
        from .invites import InvitesApi

        return InvitesApi(self._transport)

    @functools.cached_property
    def members(self) -> MembersApi:
        """Members operations."""
        from .members import MembersApi

        return MembersApi(self._transport)

    @functools.cached_property
    def mfa(self) -> MfaApi:
        """Mfa operations."""
        from .mfa import MfaApi

        return MfaApi(self._transport)

    @functools.cached_property
    def mfa_settings(self) -> MfaSettingsApi:
        """MfaSettings operations."""
        from .mfa_settings import MfaSettingsApi

        return MfaSettingsApi(self._transport)

    @functools.cached_property
    def name_services(self) -> NameServicesApi:
        """NameServices operations."""
        from .name_services import NameServicesApi

        return NameServicesApi(self._transport)

    @functools.cached_property
    def organizations(self) -> OrganizationsApi:
        """Organizations operations."""
        from .organizations import OrganizationsApi

        return OrganizationsApi(self._transport)

    @functools.cached_property
    def origins(self) -> OriginsApi:
        """Origins operations."""
        from .origins import OriginsApi

        return OriginsApi(self._transport)

    @functools.cached_property
    def projects(self) -> ProjectsApi:
        """Projects operations."""
        from .projects import ProjectsApi

        return ProjectsApi(self._transport)

    @functools.cached_property
    def sessions(self) -> SessionsApi:
        """Sessions operations."""
        from .sessions import SessionsApi

        return SessionsApi(self._transport)

    @functools.cached_property
    def settings(self) -> SettingsApi:
        """Settings operations."""
        from .settings import SettingsApi

        return SettingsApi(self._transport)

    @functools.cached_property
    def test_account(self) -> TestAccountApi:
        """TestAccount operations."""
        from .test_account import TestAccountApi

        return TestAccountApi(self._transport)

    @functools.cached_property
    def tokens(self) -> TokensApi:
        """Tokens operations."""
        from .tokens import TokensApi

        return TokensApi(self._transport)

    @functools.cached_property
    def user_api_tokens(self) -> UserApiTokensApi:
        """UserApiTokens operations."""
        from .user_api_tokens import UserApiTokensApi

        return UserApiTokensApi(self._transport)

    @functools.cached_property
    def users(self) -> UsersApi:
        """Users operations."""
        from .users import UsersApi

        return UsersApi(self._transport)

    @functools.cached_property
    def visits(self) -> VisitsApi:
        """Visits operations."""
        from .visits import VisitsApi

        return VisitsApi(self._transport)

    @functools.cached_property
    def waas(self) -> WaasApi:
        """Waas operations."""
        from .waas import WaasApi

        return WaasApi(self._transport)

    @functools.cached_property
    def wallets(self) -> WalletsApi:
        """Wallets operations."""
        from .wallets import WalletsApi

        return WalletsApi(self._transport)

    @functools.cached_property
    def webhooks(self) -> WebhooksApi:
        """Webhooks operations."""
        from .webhooks import WebhooksApi

        return WebhooksApi(self._transport)


class AsyncResources:
    """The API's tags for asyncio, each a cached attribute."""

    _transport: AsyncTransport

    @functools.cached_property
    def allowlists(self) -> AsyncAllowlistsApi:
        """Allowlists operations."""
        from .allowlists import AsyncAllowlistsApi

        return AsyncAllowlistsApi(self._transport)

    @functools.cached_property
    def analytics(self) -> AsyncAnalyticsApi:
        """Analytics operations."""
        from .analytics import AsyncAnalyticsApi

        return AsyncAnalyticsApi(self._transport)

    @functools.cached_property
    def chainalysis(self) -> AsyncChainalysisApi:
        """Chainalysis operations."""
        from .chainalysis import AsyncChainalysisApi

        return AsyncChainalysisApi(self._transport)

    @functools.cached_property
    def chains(self) -> AsyncChainsApi:
        """Chains operations."""
        from .chains import AsyncChainsApi

        return AsyncChainsApi(self._transport)

    @functools.cached_property
    def custom_fields(self) -> AsyncCustomFieldsApi:
        """CustomFields operations."""
        from .custom_fields import AsyncCustomFieldsApi

        return AsyncCustomFieldsApi(self._transport)

    @functools.cached_property
    def custom_hostnames(self) -> AsyncCustomHostnamesApi:
        """CustomHostnames operations."""
        from .custom_hostnames import AsyncCustomHostnamesApi

        return AsyncCustomHostnamesApi(self._transport)

    @functools.cached_property
    def custom_networks(self) -> AsyncCustomNetworksApi:
        """CustomNetworks operations."""
        from .custom_networks import AsyncCustomNetworksApi

        return AsyncCustomNetworksApi(self._transport)

    @functools.cached_property
    def deeplink_urls(self) -> AsyncDeeplinkUrlsApi:
        """DeeplinkUrls operations."""
        from .deeplink_urls import AsyncDeeplinkUrlsApi

        return AsyncDeeplinkUrlsApi(self._transport)

    @functools.cached_property
    def environments(self) -> AsyncEnvironmentsApi:
        """Environments operations."""
        from .environments import AsyncEnvironmentsApi

        return AsyncEnvironmentsApi(self._transport)

    @functools.cached_property
    def events(self) -> AsyncEventsApi:
        """Events operations."""
        from .events import AsyncEventsApi

        return AsyncEventsApi(self._transport)

    @functools.cached_property
    def exports(self) -> AsyncExportsApi:
        """Exports operations."""
        from .exports import AsyncExportsApi

        return AsyncExportsApi(self._transport)

    @functools.cached_property
    def external_jwt(self) -> AsyncExternalJwtApi:
        """ExternalJwt operations."""
        from .external_jwt import AsyncExternalJwtApi

        return AsyncExternalJwtApi(self._transport)

    @functools.cached_property
    def gates(self) -> AsyncGatesApi:
        """Gates operations."""
        from .gates import AsyncGatesApi

        return AsyncGatesApi(self._transport)

    @functools.cached_property
    def global_wallet_access_control(self) -> AsyncGlobalWalletAccessControlApi:
        """GlobalWalletAccessControl operations."""
        from .global_wallet_access_control import AsyncGlobalWalletAccessControlApi

        return AsyncGlobalWalletAccessControlApi(self._transport)

    @functools.cached_property
    def global_wallet_connections(self) -> AsyncGlobalWalletConnectionsApi:
        """GlobalWalletConnections operations."""
        from .global_wallet_connections import AsyncGlobalWalletConnectionsApi

        return AsyncGlobalWalletConnectionsApi(self._transport)

    @functools.cached_property
    def global_wallets(self) -> AsyncGlobalWalletsApi:
        """GlobalWallets operations."""
        from .global_wallets import AsyncGlobalWalletsApi

        return AsyncGlobalWalletsApi(self._transport)

    @functools.cached_property
    def invites(self) -> AsyncInvitesApi:
        """Invites operations."""
        from .invites import AsyncInvitesApi

        return AsyncInvitesApi(self._transport)

    @functools.cached_property
    def members(self) -> AsyncMembersApi:
        """Members operations."""
        from .members import AsyncMembersApi

        return AsyncMembersApi(self._transport)

    @functools.cached_property
    def mfa(self) -> AsyncMfaApi:
        """Mfa operations."""
        from .mfa import AsyncMfaApi

        return AsyncMfaApi(self._transport)

    @functools.cached_property
    def mfa_settings(self) -> AsyncMfaSettingsApi:
        """MfaSettings operations."""
        from .mfa_settings import AsyncMfaSettingsApi

        return AsyncMfaSettingsApi(self._transport)

    @functools.cached_property
    def name_services(self) -> AsyncNameServicesApi:
        """NameServices operations."""
        from .name_services import AsyncNameServicesApi

        return AsyncNameServicesApi(self._transport)

    @functools.cached_property
    def organizations(self) -> AsyncOrganizationsApi:
        """Organizations operations."""
        from .organizations import AsyncOrganizationsApi

        return AsyncOrganizationsApi(self._transport)

    @functools.cached_property
    def origins(self) -> AsyncOriginsApi:
        """Origins operations."""
        from .origins import AsyncOriginsApi

        return AsyncOriginsApi(self._transport)

    @functools.cached_property
    def projects(self) -> AsyncProjectsApi:
        """Projects operations."""
        from .projects import AsyncProjectsApi

        return AsyncProjectsApi(self._transport)

    @functools.cached_property
    def sessions(self) -> AsyncSessionsApi:
        """Sessions operations."""
        from .sessions import AsyncSessionsApi

        return AsyncSessionsApi(self._transport)

    @functools.cached_property
    def settings(self) -> AsyncSettingsApi:
        """Settings operations."""
        from .settings import AsyncSettingsApi

        return AsyncSettingsApi(self._transport)

    @functools.cached_property
    def test_account(self) -> AsyncTestAccountApi:
        """TestAccount operations."""
        from .test_account import AsyncTestAccountApi

        return AsyncTestAccountApi(self._transport)

    @functools.cached_property
    def tokens(self) -> AsyncTokensApi:
        """Tokens operations."""
        from .tokens import AsyncTokensApi

        return AsyncTokensApi(self._transport)

    @functools.cached_property
    def user_api_tokens(self) -> AsyncUserApiTokensApi:
        """UserApiTokens operations."""
        from .user_api_tokens import AsyncUserApiTokensApi

        return AsyncUserApiTokensApi(self._transport)

    @functools.cached_property
    def users(self) -> AsyncUsersApi:
        """Users operations."""
        from .users import AsyncUsersApi

        return AsyncUsersApi(self._transport)

    @functools.cached_property
    def visits(self) -> AsyncVisitsApi:
        """Visits operations."""
        from .visits import AsyncVisitsApi

        return AsyncVisitsApi(self._transport)

    @functools.cached_property
    def waas(self) -> AsyncWaasApi:
        """Waas operations."""
        from .waas import AsyncWaasApi

        return AsyncWaasApi(self._transport)

    @functools.cached_property
    def wallets(self) -> AsyncWalletsApi:
        """Wallets operations."""
        from .wallets import AsyncWalletsApi

        return AsyncWalletsApi(self._transport)

    @functools.cached_property
    def webhooks(self) -> AsyncWebhooksApi:
        """Webhooks operations."""
        from .webhooks import AsyncWebhooksApi

        return AsyncWebhooksApi(self._transport)
