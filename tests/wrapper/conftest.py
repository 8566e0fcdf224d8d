"""Fixtures for the wrapper tests: mocked API, clients that never really sleep."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
import respx

from dynamic_admin import AsyncDynamicClient, DynamicClient, __version__

from .helpers import BASE_URL, ENV, TOKEN, FakeClock, install_clock


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock shared by the client fixtures."""
    return FakeClock()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """A respx router that fails the test on unmatched or uncalled routes.

    On top of what each route matches, every request it saw must carry the
    bearer token and the library's User-Agent.
    """
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as mock:
        yield mock

    for call in mock.calls:
        headers = call.request.headers
        assert headers["authorization"] == f"Bearer {TOKEN}"
        assert headers["user-agent"].startswith(f"dynamic-admin/{__version__} ")


@pytest.fixture
def client(router: respx.MockRouter, clock: FakeClock) -> Iterator[DynamicClient]:
    """A sync client that never really sleeps."""
    with DynamicClient(TOKEN, environment_id=ENV) as client:
        install_clock(client, clock)
        yield client


@pytest_asyncio.fixture
async def async_client(
    router: respx.MockRouter, clock: FakeClock
) -> AsyncIterator[AsyncDynamicClient]:
    """An async client that never really sleeps."""
    async with AsyncDynamicClient(TOKEN, environment_id=ENV) as client:
        install_clock(client, clock)
        yield client
