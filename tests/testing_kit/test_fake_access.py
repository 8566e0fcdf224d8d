"""Authentication (401) and environment access (403) in the fake."""

from __future__ import annotations

import httpx
import pytest
from testing_kit_support import ENV, OTHER_ENV

from dynamic_admin.testing import FakeDynamic


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer dyn_" + "x" * 56},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer"},
    ],
)
def test_missing_or_wrong_token_answers_401(
    fake: FakeDynamic, headers: dict[str, str]
) -> None:
    """Requests without the right bearer token answer 401 with an error body."""
    response = httpx.get(f"{fake.base_url}/environments/{ENV}/users", headers=headers)

    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"


def test_token_is_sent_as_bearer(fake: FakeDynamic) -> None:
    """The right token in a ``Bearer`` header is accepted."""
    headers = {"Authorization": f"Bearer {fake.token}"}

    response = httpx.get(f"{fake.base_url}/environments/{ENV}/users", headers=headers)

    assert response.status_code == 200


def test_another_environment_answers_403(client: httpx.Client) -> None:
    """Environment-scoped paths of another environment are forbidden."""
    for path in ["users", "allowlists", "tokens", "webhooks"]:
        response = client.get(f"/environments/{OTHER_ENV}/{path}")
        assert response.status_code == 403, path
        assert response.json()["code"] == "forbidden"


def test_another_environments_user_answers_403_on_legacy_path(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """A user of another environment is forbidden through ``/users/{userId}``."""
    theirs = fake.add_user(email="x@example.com", environment_id=OTHER_ENV)

    assert client.get(f"/users/{theirs['id']}").status_code == 403
    assert client.get(f"/environments/{ENV}/users/{theirs['id']}").status_code == 403


def test_a_token_of_another_environment_acts_in_that_environment(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """Tokens seeded for another environment reach that environment only."""
    theirs = fake.add_token("theirs", environment_id=OTHER_ENV)["rawToken"]
    fake.add_user(email="x@example.com", environment_id=OTHER_ENV)
    headers = {"Authorization": f"Bearer {theirs}"}

    other = client.get(f"/environments/{OTHER_ENV}/users", headers=headers)
    assert other.json()["count"] == 1
    assert client.get(f"/environments/{ENV}/users", headers=headers).status_code == 403


def test_default_environment_is_a_uuid() -> None:
    """Without an environment id the fake makes up a UUID."""
    fake = FakeDynamic()

    assert len(fake.environment_id) == 36
