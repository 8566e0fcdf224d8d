"""Environments operations.

:class:`EnvironmentsApi` and :class:`AsyncEnvironmentsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.environment_visitors_response import EnvironmentVisitorsResponse
    from ...models.environments_response import EnvironmentsResponse
    from ...models.key_response import KeyResponse
    from ...models.project_environment import ProjectEnvironment
    from ...models.project_settings import ProjectSettings
    from ...types import AsyncTransport, Transport


class EnvironmentsApi:
    """Environments operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_environment_by_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> ProjectEnvironment:
        """Get environment by id

        Fetches an environment with its settings."""

        from .get_environment_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def update_project_settings(
        self,
        *,
        environment_id: str | None = None,
        body: ProjectSettings | None = None,
    ) -> ProjectSettings:
        """Update project settings

        Replaces the settings of an environment (sign-in methods, chains, design,
        security and so on)."""

        from .update_project_settings import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_keys_for_environment(
        self,
        *,
        environment_id: str | None = None,
    ) -> KeyResponse:
        """Get keys for environment

        Returns the environment's public key, used to verify the JWTs that Dynamic
        issues to users."""

        from .get_keys_for_environment import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_visitors_count_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> EnvironmentVisitorsResponse:
        """Get visitors count by environment id"""

        from .get_visitors_count_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_environments_by_project_id(
        self,
        project_id: str,
    ) -> EnvironmentsResponse:
        """Get environments by project id

        Lists the environments (live and sandbox) of a project."""

        from .get_environments_by_project_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            project_id=project_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncEnvironmentsApi:
    """Environments operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_environment_by_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> ProjectEnvironment:
        """Get environment by id

        Fetches an environment with its settings."""

        from .get_environment_by_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def update_project_settings(
        self,
        *,
        environment_id: str | None = None,
        body: ProjectSettings | None = None,
    ) -> ProjectSettings:
        """Update project settings

        Replaces the settings of an environment (sign-in methods, chains, design,
        security and so on)."""

        from .update_project_settings import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_keys_for_environment(
        self,
        *,
        environment_id: str | None = None,
    ) -> KeyResponse:
        """Get keys for environment

        Returns the environment's public key, used to verify the JWTs that Dynamic
        issues to users."""

        from .get_keys_for_environment import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_visitors_count_by_environment_id(
        self,
        *,
        environment_id: str | None = None,
    ) -> EnvironmentVisitorsResponse:
        """Get visitors count by environment id"""

        from .get_visitors_count_by_environment_id import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_environments_by_project_id(
        self,
        project_id: str,
    ) -> EnvironmentsResponse:
        """Get environments by project id

        Lists the environments (live and sandbox) of a project."""

        from .get_environments_by_project_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            project_id=project_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
