"""Fixtures for the fault-injection tests: a strict mock API and both clients."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import respx

from dynamic_admin import AsyncDynamicClient, DynamicClient

from ..wrapper.helpers import BASE_URL, ENV, TOKEN, FakeClock, install_clock
from .support import Client


@pytest.fixture(scope="session")
def clients() -> Iterator[dict[str, Client]]:
    """One client of each kind for the session: building a TLS context is slow."""
    sync_client = DynamicClient(TOKEN, environment_id=ENV)
    async_client = AsyncDynamicClient(TOKEN, environment_id=ENV)
    yield {"sync": sync_client, "async": async_client}
    sync_client.close()
    asyncio.run(async_client.aclose())


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock: sleeps are recorded, never waited for."""
    return FakeClock()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """A respx router that rejects unmatched requests and uncalled routes."""
    with respx.mock(
        base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True
    ) as mock:
        yield mock


@pytest.fixture(params=["sync", "async"])
def client(
    request: pytest.FixtureRequest,
    clients: dict[str, Client],
    router: respx.MockRouter,
    clock: FakeClock,
) -> Client:
    """A `DynamicClient` or `AsyncDynamicClient` copy of its own, on the fake clock."""
    copy = clients[request.param].with_options()
    install_clock(copy, clock)
    return copy
