"""Users: the environment-scoped and legacy paths of the fake."""

from __future__ import annotations

import httpx
import pytest
from testing_kit_support import ENV, assert_model, assert_timestamp, assert_uuid

from dynamic_admin.testing import FakeDynamic

USERS = f"/environments/{ENV}/users"


def test_create_user_returns_201_with_the_upstream_user_shape(
    client: httpx.Client,
) -> None:
    """Creating a user answers 201 with a UserResponse holding the new user."""
    response = client.post(USERS, json={"email": "ada@example.com", "alias": "ada"})

    assert response.status_code == 201
    user = response.json()["user"]
    assert_model(user, "User")
    assert_model(user, "SdkUser")
    assert_uuid(user["id"])
    assert user["projectEnvironmentId"] == ENV
    assert (user["email"], user["alias"]) == ("ada@example.com", "ada")
    assert_timestamp(user["createdAt"])
    assert_timestamp(user["updatedAt"])
    credential = user["verifiedCredentials"][0]
    assert_model(credential, "JwtVerifiedCredential")
    assert credential["public_identifier"] == "ada@example.com"


def test_user_round_trip_through_get_update_and_delete(client: httpx.Client) -> None:
    """A created user can be read, updated and deleted, then answers 404."""
    user_id = client.post(USERS, json={"firstName": "Ada"}).json()["user"]["id"]

    got = client.get(f"{USERS}/{user_id}")
    assert got.status_code == 200
    assert got.json()["user"]["firstName"] == "Ada"

    updated = client.put(f"{USERS}/{user_id}", json={"lastName": "Lovelace"})
    assert updated.status_code == 200
    assert updated.json()["user"]["firstName"] == "Ada"
    assert updated.json()["user"]["lastName"] == "Lovelace"

    assert client.delete(f"{USERS}/{user_id}").status_code == 204
    assert client.get(f"{USERS}/{user_id}").status_code == 404


def test_legacy_user_paths_share_the_same_users(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """``/users/{userId}`` reads, updates and deletes the environment's users."""
    user = fake.add_user(email="grace@example.com")

    assert client.get(f"/users/{user['id']}").json()["user"]["email"] == (
        "grace@example.com"
    )
    client.put(f"/users/{user['id']}", json={"team": "navy"})
    assert fake.users[user["id"]]["team"] == "navy"
    assert client.delete(f"/users/{user['id']}").status_code == 204
    assert user["id"] not in fake.users


def test_unknown_user_answers_404_with_a_dynamic_error_body(
    client: httpx.Client,
) -> None:
    """An unknown user id answers 404 with ``error`` and ``code``."""
    response = client.get(f"{USERS}/00000000-0000-4000-8000-00000000dead")

    assert response.status_code == 404
    assert_model(response.json(), "NotFound")
    assert response.json()["error"] == "User not found"


def test_percent_encoded_id_stays_one_path_segment(client: httpx.Client) -> None:
    """An id holding ``/`` is looked up as that id, not routed elsewhere."""
    response = client.get(f"{USERS}/a%2Fb")

    assert response.status_code == 404
    assert response.json()["payload"] == {"id": "a/b"}


@pytest.mark.parametrize(
    ("offset", "limit", "expected"),
    [(0, 10, range(0, 10)), (20, 10, range(20, 25)), (30, 10, range(0)), (5, 0, [])],
)
def test_list_users_pages_with_offset_limit_and_count(
    fake: FakeDynamic,
    client: httpx.Client,
    offset: int,
    limit: int,
    expected: range | list[int],
) -> None:
    """Listing users slices by offset and limit and counts all of them."""
    for i in range(25):
        fake.add_user(email=f"user{i}@example.com")

    response = client.get(USERS, params={"offset": offset, "limit": limit})

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 25
    assert [u["email"] for u in body["users"]] == [
        f"user{i}@example.com" for i in expected
    ]


def test_list_users_rejects_a_non_integer_limit(client: httpx.Client) -> None:
    """A malformed ``limit`` answers 400 rather than a guess."""
    response = client.get(USERS, params={"limit": "ten"})

    assert response.status_code == 400
    assert "limit" in response.json()["error"]


def test_list_users_filters_by_column_and_value(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """``filter[filterColumn]``/``filter[filterValue]`` narrow the list."""
    fake.add_user(email="ada@example.com", firstName="Ada")
    fake.add_user(email="grace@example.com", firstName="Grace")

    response = client.get(
        USERS,
        params={"filter[filterColumn]": "firstName", "filter[filterValue]": "gra"},
    )

    assert response.json()["count"] == 1
    assert response.json()["users"][0]["email"] == "grace@example.com"


def test_list_users_hides_other_environments(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """Users seeded into another environment never show in this one's list."""
    fake.add_user(email="mine@example.com")
    fake.add_user(email="theirs@example.com", environment_id="elsewhere")

    body = client.get(USERS).json()

    assert [u["email"] for u in body["users"]] == ["mine@example.com"]


def test_duplicate_email_answers_422_with_upstream_code(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """A second user with the same email is refused like Dynamic does."""
    fake.add_user(email="ada@example.com")

    response = client.post(USERS, json={"email": "ada@example.com"})

    assert response.status_code == 422
    assert response.json()["code"] == "email_already_exists"


def test_seeded_user_record_is_live(fake: FakeDynamic, client: httpx.Client) -> None:
    """Changing the dict ``add_user`` returned changes later responses."""
    user = fake.add_user(email="ada@example.com")
    user["metadata"] = {"plan": "pro"}

    body = client.get(f"{USERS}/{user['id']}").json()

    assert body["user"]["metadata"] == {"plan": "pro"}
