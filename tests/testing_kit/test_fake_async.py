"""The fake serves ``httpx.AsyncClient`` just like the sync client."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from testing_kit_support import ENV

from dynamic_admin.testing import FakeDynamic, UnknownRouteError

USERS = f"/environments/{ENV}/users"


def test_async_user_round_trip() -> None:
    """Create, page, update and delete users through an async client."""

    async def scenario() -> None:
        async with FakeDynamic(ENV) as fake, fake.async_http_client() as client:
            for i in range(3):
                created = await client.post(USERS, json={"email": f"u{i}@example.com"})
                assert created.status_code == 201
            page = (await client.get(USERS, params={"offset": 2, "limit": 2})).json()
            assert page["count"] == 3
            assert [u["email"] for u in page["users"]] == ["u2@example.com"]

            user_id = page["users"][0]["id"]
            updated = await client.put(f"{USERS}/{user_id}", json={"alias": "z"})
            assert updated.json()["user"]["alias"] == "z"
            assert (await client.delete(f"{USERS}/{user_id}")).status_code == 204
            assert (await client.get(f"{USERS}/{user_id}")).status_code == 404

    asyncio.run(scenario())


def test_async_faults_and_unknown_routes() -> None:
    """Status faults, exception faults and unknown routes behave as in sync code."""

    async def scenario() -> None:
        async with FakeDynamic(ENV) as fake, fake.async_http_client() as client:
            fake.fail_next(status=503, retry_after=2)
            failed = await client.get(USERS)
            assert (failed.status_code, failed.headers["Retry-After"]) == (503, "2")

            fake.fail_next(exception=httpx.ConnectTimeout)
            with pytest.raises(httpx.ConnectTimeout):
                await client.get(USERS)

            with pytest.raises(UnknownRouteError):
                await client.get("/sdk/settings")

            assert (await client.get(USERS)).status_code == 200

    asyncio.run(scenario())


def test_async_access_checks() -> None:
    """Missing tokens answer 401 and other environments 403 for async clients."""

    async def scenario() -> None:
        async with FakeDynamic(ENV) as fake, httpx.AsyncClient() as bare:
            assert (await bare.get(f"{fake.base_url}{USERS}")).status_code == 401
            async with fake.async_http_client() as client:
                other = await client.get("/environments/elsewhere/users")
                assert other.status_code == 403

    asyncio.run(scenario())
