"""Fixtures for the testing kit's own tests: a started fake and a raw client."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from dynamic_admin.testing import FakeDynamic

ENV = "0f8a2c1e-3b4d-4e5f-8a6b-7c8d9e0f1a2b"
OTHER_ENV = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"


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
