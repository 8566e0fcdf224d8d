"""Fixtures for the testing kit's own tests: a started fake and a raw client."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from testing_kit_support import ENV

from dynamic_admin.testing import FakeDynamic


@pytest.fixture
def fake() -> Iterator[FakeDynamic]:
    """Yield a started fake for the ENV environment."""
    with FakeDynamic(environment_id=ENV) as fake:
        yield fake


@pytest.fixture
def client(fake: FakeDynamic) -> Iterator[httpx.Client]:
    """Yield a plain httpx client sending the fake's token."""
    with fake.http_client() as client:
        yield client
