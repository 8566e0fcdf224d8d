"""Projects operations.

:class:`ProjectsApi` and :class:`AsyncProjectsApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.create_project_response import CreateProjectResponse
    from ...models.project import Project
    from ...models.project_request import ProjectRequest
    from ...models.projects_response import ProjectsResponse
    from ...models.update_project_request import UpdateProjectRequest
    from ...models.update_project_response import UpdateProjectResponse
    from ...types import AsyncTransport, Transport


class ProjectsApi:
    """Projects operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_projects(
        self,
        organization_id: str,
    ) -> ProjectsResponse:
        """Get projects"""

        from .get_projects import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def create_project(
        self,
        organization_id: str,
        *,
        body: ProjectRequest,
    ) -> CreateProjectResponse:
        """Create project"""

        from .create_project import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def get_project_by_id(
        self,
        project_id: str,
    ) -> Project:
        """Get project by id"""

        from .get_project_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            project_id=project_id,
        )
        return self._transport.request(OPERATION, request, _parse)

    def update_project(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest,
    ) -> UpdateProjectResponse:
        """Update project"""

        from .update_project import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            project_id=project_id,
            body=body,
        )
        return self._transport.request(OPERATION, request, _parse)

    def delete_project_by_id(
        self,
        project_id: str,
    ) -> None:
        """Delete project by id"""

        from .delete_project_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            project_id=project_id,
        )
        return self._transport.request(OPERATION, request, _parse)


class AsyncProjectsApi:
    """Projects operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_projects(
        self,
        organization_id: str,
    ) -> ProjectsResponse:
        """Get projects"""

        from .get_projects import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def create_project(
        self,
        organization_id: str,
        *,
        body: ProjectRequest,
    ) -> CreateProjectResponse:
        """Create project"""

        from .create_project import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            organization_id=organization_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def get_project_by_id(
        self,
        project_id: str,
    ) -> Project:
        """Get project by id"""

        from .get_project_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            project_id=project_id,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def update_project(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest,
    ) -> UpdateProjectResponse:
        """Update project"""

        from .update_project import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            project_id=project_id,
            body=body,
        )
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_project_by_id(
        self,
        project_id: str,
    ) -> None:
        """Delete project by id"""

        from .delete_project_by_id import OPERATION, _get_kwargs, _parse

        request = _get_kwargs(
            project_id=project_id,
        )
        return await self._transport.request(OPERATION, request, _parse)
