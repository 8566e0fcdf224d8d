"""Gates operations.

:class:`GatesApi` and :class:`AsyncGatesApi` call them through a
transport; each endpoint module is imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...models.gate import Gate
    from ...models.gate_create_request import GateCreateRequest
    from ...models.gate_update_request import GateUpdateRequest
    from ...models.gates_response import GatesResponse
    from ...types import AsyncTransport, Transport


class GatesApi:
    """Gates operations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_environment_gates(
        self,
        *,
        environment_id: str | None = None,
    ) -> GatesResponse:
        """Get environment gates"""

        from .get_environment_gates import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def create_gate(
        self,
        *,
        environment_id: str | None = None,
        body: GateCreateRequest,
    ) -> Gate:
        """Create gate"""

        from .create_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def get_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
    ) -> Gate:
        """Get gate"""

        from .get_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def update_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
        body: GateUpdateRequest,
    ) -> Gate:
        """Update gate"""

        from .update_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, body=body, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def delete_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete gate"""

        from .delete_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def disable_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
    ) -> Gate:
        """Disable gate"""

        from .disable_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)

    def enable_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
    ) -> Gate:
        """Enable gate"""

        from .enable_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, environment_id=environment_id)
        return self._transport.request(OPERATION, request, _parse)


class AsyncGatesApi:
    """Gates operations (asyncio)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_environment_gates(
        self,
        *,
        environment_id: str | None = None,
    ) -> GatesResponse:
        """Get environment gates"""

        from .get_environment_gates import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def create_gate(
        self,
        *,
        environment_id: str | None = None,
        body: GateCreateRequest,
    ) -> Gate:
        """Create gate"""

        from .create_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def get_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
    ) -> Gate:
        """Get gate"""

        from .get_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def update_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
        body: GateUpdateRequest,
    ) -> Gate:
        """Update gate"""

        from .update_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, body=body, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def delete_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
    ) -> None:
        """Delete gate"""

        from .delete_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def disable_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
    ) -> Gate:
        """Disable gate"""

        from .disable_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)

    async def enable_gate(
        self,
        gate_id: str,
        *,
        environment_id: str | None = None,
    ) -> Gate:
        """Enable gate"""

        from .enable_gate import OPERATION, _get_kwargs, _parse

        if environment_id is None:
            environment_id = self._transport.environment_id

        request = _get_kwargs(gate_id=gate_id, environment_id=environment_id)
        return await self._transport.request(OPERATION, request, _parse)
