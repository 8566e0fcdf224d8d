"""Waas operations.

:class:`WaasApi` and :class:`AsyncWaasApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.backup_key_shares_to_locations_response import BackupKeySharesToLocationsResponse
    from ...models.backup_key_shares_to_locations_with_user_id_request import (
        BackupKeySharesToLocationsWithUserIdRequest,
    )
    from ...models.create_user_waas_wallets_request import CreateUserWaasWalletsRequest
    from ...models.delegated_access_encryption_public_key_response import (
        DelegatedAccessEncryptionPublicKeyResponse,
    )
    from ...models.delegated_access_encryption_public_keys_unified_response import (
        DelegatedAccessEncryptionPublicKeysUnifiedResponse,
    )
    from ...models.open_room_response import OpenRoomResponse
    from ...models.revoke_delegated_access_request import RevokeDelegatedAccessRequest
    from ...models.revoke_delegated_access_response import RevokeDelegatedAccessResponse
    from ...models.user_response import UserResponse
    from ...models.waas_authenticate_response import WaasAuthenticateResponse
    from ...models.waas_delegate_sign_message_request import WaasDelegateSignMessageRequest
    from ...models.waas_delegation_credentials_request import WaasDelegationCredentialsRequest
    from ...models.waas_delegation_credentials_response import WaasDelegationCredentialsResponse
    from ...models.waas_policy_create_request import WaasPolicyCreateRequest
    from ...models.waas_policy_delete_request import WaasPolicyDeleteRequest
    from ...models.waas_policy_response import WaasPolicyResponse
    from ...models.waas_policy_update_request import WaasPolicyUpdateRequest
    from ...models.waas_verify_api_key_response import WaasVerifyApiKeyResponse
    from ...models.waas_wallet_response import WaasWalletResponse
    from ...types import AsyncTransport, Transport


class WaasApi:
    """Waas operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def authenticate_waas(
        self,
        *,
        environment_id: str | None = None,
    ) -> WaasAuthenticateResponse:
        """Authenticate waas"""

        from .authenticate_waas import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_waas_wallet(
        self,
        *,
        environment_id: str | None = None,
        body: CreateUserWaasWalletsRequest,
    ) -> UserResponse:
        """Create waas wallet"""

        from .create_waas_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_delegated_access_encryption_public_keys(
        self,
        *,
        environment_id: str | None = None,
        include_all: bool | None = None,
    ) -> DelegatedAccessEncryptionPublicKeysUnifiedResponse:
        """Get delegated access encryption public keys"""

        from .get_delegated_access_encryption_public_keys import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(include_all=include_all, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_delegated_credentials(
        self,
        *,
        environment_id: str | None = None,
        body: WaasDelegationCredentialsRequest,
    ) -> WaasDelegationCredentialsResponse:
        """Create delegated credentials"""

        from .create_delegated_credentials import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_delegated_access_encryption_public_key_by_id(
        self,
        key_id: str,
        *,
        environment_id: str | None = None,
    ) -> DelegatedAccessEncryptionPublicKeyResponse:
        """Get delegated access encryption public key by id"""

        from .get_delegated_access_encryption_public_key_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(key_id=key_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def revoke_delegated_access(
        self,
        *,
        environment_id: str | None = None,
        body: RevokeDelegatedAccessRequest,
    ) -> RevokeDelegatedAccessResponse:
        """Revoke delegated access"""

        from .revoke_delegated_access import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_waas_policy(
        self,
        *,
        environment_id: str | None = None,
    ) -> WaasPolicyResponse:
        """Get waas policy"""

        from .get_waas_policy import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def update_waas_policy(
        self,
        *,
        environment_id: str | None = None,
        body: WaasPolicyUpdateRequest,
    ) -> WaasPolicyResponse:
        """Update waas policy"""

        from .update_waas_policy import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_waas_policy(
        self,
        *,
        environment_id: str | None = None,
        body: WaasPolicyCreateRequest,
    ) -> WaasPolicyResponse:
        """Create waas policy"""

        from .create_waas_policy import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_waas_policy(
        self,
        *,
        environment_id: str | None = None,
        body: WaasPolicyDeleteRequest,
    ) -> WaasPolicyResponse:
        """Delete waas policy"""

        from .delete_waas_policy import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def verify_api_key(
        self,
        *,
        environment_id: str | None = None,
    ) -> WaasVerifyApiKeyResponse:
        """Verify api key"""

        from .verify_api_key import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_waas_wallet_by_wallet_id(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
    ) -> WaasWalletResponse:
        """Get waas wallet by wallet id"""

        from .get_waas_wallet_by_wallet_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_delegated_access(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete delegated access"""

        from .delete_delegated_access import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delegated_sign_message(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
        body: WaasDelegateSignMessageRequest,
    ) -> OpenRoomResponse:
        """Delegated sign message"""

        from .delegated_sign_message import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def backup_key_shares_to_locations_for_pregen(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
        body: BackupKeySharesToLocationsWithUserIdRequest,
    ) -> BackupKeySharesToLocationsResponse:
        """Backup key shares to locations for pregen"""

        from .backup_key_shares_to_locations_for_pregen import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_delegated_access_encryption_public_key(
        self,
        *,
        environment_id: str | None = None,
    ) -> DelegatedAccessEncryptionPublicKeyResponse:
        """Get delegated access encryption public key"""

        from .get_delegated_access_encryption_public_key import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncWaasApi:
    """Waas operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def authenticate_waas(
        self,
        *,
        environment_id: str | None = None,
    ) -> WaasAuthenticateResponse:
        """Authenticate waas"""

        from .authenticate_waas import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_waas_wallet(
        self,
        *,
        environment_id: str | None = None,
        body: CreateUserWaasWalletsRequest,
    ) -> UserResponse:
        """Create waas wallet"""

        from .create_waas_wallet import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_delegated_access_encryption_public_keys(
        self,
        *,
        environment_id: str | None = None,
        include_all: bool | None = None,
    ) -> DelegatedAccessEncryptionPublicKeysUnifiedResponse:
        """Get delegated access encryption public keys"""

        from .get_delegated_access_encryption_public_keys import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(include_all=include_all, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_delegated_credentials(
        self,
        *,
        environment_id: str | None = None,
        body: WaasDelegationCredentialsRequest,
    ) -> WaasDelegationCredentialsResponse:
        """Create delegated credentials"""

        from .create_delegated_credentials import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_delegated_access_encryption_public_key_by_id(
        self,
        key_id: str,
        *,
        environment_id: str | None = None,
    ) -> DelegatedAccessEncryptionPublicKeyResponse:
        """Get delegated access encryption public key by id"""

        from .get_delegated_access_encryption_public_key_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(key_id=key_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def revoke_delegated_access(
        self,
        *,
        environment_id: str | None = None,
        body: RevokeDelegatedAccessRequest,
    ) -> RevokeDelegatedAccessResponse:
        """Revoke delegated access"""

        from .revoke_delegated_access import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_waas_policy(
        self,
        *,
        environment_id: str | None = None,
    ) -> WaasPolicyResponse:
        """Get waas policy"""

        from .get_waas_policy import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def update_waas_policy(
        self,
        *,
        environment_id: str | None = None,
        body: WaasPolicyUpdateRequest,
    ) -> WaasPolicyResponse:
        """Update waas policy"""

        from .update_waas_policy import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_waas_policy(
        self,
        *,
        environment_id: str | None = None,
        body: WaasPolicyCreateRequest,
    ) -> WaasPolicyResponse:
        """Create waas policy"""

        from .create_waas_policy import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_waas_policy(
        self,
        *,
        environment_id: str | None = None,
        body: WaasPolicyDeleteRequest,
    ) -> WaasPolicyResponse:
        """Delete waas policy"""

        from .delete_waas_policy import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def verify_api_key(
        self,
        *,
        environment_id: str | None = None,
    ) -> WaasVerifyApiKeyResponse:
        """Verify api key"""

        from .verify_api_key import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_waas_wallet_by_wallet_id(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
    ) -> WaasWalletResponse:
        """Get waas wallet by wallet id"""

        from .get_waas_wallet_by_wallet_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_delegated_access(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete delegated access"""

        from .delete_delegated_access import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delegated_sign_message(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
        body: WaasDelegateSignMessageRequest,
    ) -> OpenRoomResponse:
        """Delegated sign message"""

        from .delegated_sign_message import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def backup_key_shares_to_locations_for_pregen(
        self,
        wallet_id: str,
        *,
        environment_id: str | None = None,
        body: BackupKeySharesToLocationsWithUserIdRequest,
    ) -> BackupKeySharesToLocationsResponse:
        """Backup key shares to locations for pregen"""

        from .backup_key_shares_to_locations_for_pregen import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(wallet_id=wallet_id, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_delegated_access_encryption_public_key(
        self,
        *,
        environment_id: str | None = None,
    ) -> DelegatedAccessEncryptionPublicKeyResponse:
        """Get delegated access encryption public key"""

        from .get_delegated_access_encryption_public_key import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
