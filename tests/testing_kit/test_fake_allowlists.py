"""Allowlists and their entries in the fake."""

from __future__ import annotations

import httpx
from testing_kit_support import (
    ENV,
    OTHER_ENV,
    assert_model,
    assert_timestamp,
    assert_uuid,
)

from dynamic_admin.testing import FakeDynamic

ALLOWLISTS = f"/environments/{ENV}/allowlists"


def test_allowlist_round_trip(client: httpx.Client) -> None:
    """An allowlist can be created, listed, read, renamed and deleted."""
    created = client.post(ALLOWLISTS, json={"name": "beta", "outcome": "siteAccess"})
    assert created.status_code == 201
    allowlist = created.json()
    assert_model(allowlist, "Allowlist")
    assert_uuid(allowlist["id"])
    assert allowlist["projectEnvironmentId"] == ENV
    assert allowlist["enabledAt"] is None
    path = f"/allowlists/{allowlist['id']}"

    assert [a["name"] for a in client.get(ALLOWLISTS).json()] == ["beta"]
    assert client.get(path).json() == allowlist

    renamed = client.put(path, json={"name": "gamma"})
    assert renamed.status_code == 200
    assert renamed.json()["name"] == "gamma"
    assert renamed.json()["outcome"] == "siteAccess"

    assert client.delete(path).status_code == 204
    assert client.get(path).status_code == 404
    assert client.get(ALLOWLISTS).json() == []


def test_enable_and_disable_set_enabled_at(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """Enabling stamps ``enabledAt`` and disabling clears it."""
    allowlist = fake.add_allowlist("beta")

    enabled = client.put(f"/allowlists/{allowlist['id']}/enable")
    assert enabled.status_code == 200
    assert_timestamp(enabled.json()["enabledAt"])

    disabled = client.put(f"/allowlists/{allowlist['id']}/disable")
    assert disabled.json()["enabledAt"] is None


def test_allowlist_needs_a_unique_name(fake: FakeDynamic, client: httpx.Client) -> None:
    """A nameless allowlist is a 400 and a duplicate name a 422."""
    fake.add_allowlist("beta")

    assert client.post(ALLOWLISTS, json={}).status_code == 400
    duplicate = client.post(ALLOWLISTS, json={"name": "beta"})
    assert duplicate.status_code == 422
    assert duplicate.json()["code"] == "allowlist_already_exists"


def test_entry_round_trip(fake: FakeDynamic, client: httpx.Client) -> None:
    """An entry can be added, listed and deleted again."""
    allowlist = fake.add_allowlist("beta")
    entries = f"/allowlists/{allowlist['id']}/entries"

    created = client.post(entries, json={"email": "ada@example.com", "alias": "ada"})
    assert created.status_code == 201
    entry = created.json()
    assert_model(entry, "AllowlistEntry")
    assert entry["allowListId"] == allowlist["id"]

    listed = client.get(entries).json()
    assert listed == {"entries": [entry], "count": 1}

    assert client.delete(f"/allowlistEntries/{entry['id']}").status_code == 204
    assert client.get(entries).json() == {"entries": [], "count": 0}
    assert client.delete(f"/allowlistEntries/{entry['id']}").status_code == 404


def test_entries_page_and_search(fake: FakeDynamic, client: httpx.Client) -> None:
    """Entries page with offset/limit/count and narrow with ``query``."""
    allowlist = fake.add_allowlist("beta")
    for i in range(12):
        fake.add_allowlist_entry(allowlist["id"], email=f"user{i}@example.com")
    entries = f"/allowlists/{allowlist['id']}/entries"

    second = client.get(entries, params={"offset": 5, "limit": 5}).json()
    assert second["count"] == 12
    assert [e["email"] for e in second["entries"]] == [
        f"user{i}@example.com" for i in range(5, 10)
    ]

    found = client.get(entries, params={"query": "user1"}).json()
    assert found["count"] == 3  # user1, user10, user11


def test_entry_needs_an_identifier_and_is_unique(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """An entry with only an alias is a 400, the same wallet twice a 422."""
    allowlist = fake.add_allowlist("beta")
    entries = f"/allowlists/{allowlist['id']}/entries"
    wallet = {"walletPublicKey": "0xbF394748301603f18d953C90F0b087CBEC0E1834"}

    assert client.post(entries, json={"alias": "nobody"}).status_code == 400
    assert client.post(entries, json=wallet).status_code == 201
    duplicate = client.post(entries, json=wallet)
    assert duplicate.status_code == 422
    assert duplicate.json()["code"] == "allowlist_entry_already_exists"


def test_deleting_an_allowlist_deletes_its_entries(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """Entries do not outlive their allowlist."""
    allowlist = fake.add_allowlist("beta")
    fake.add_allowlist_entry(allowlist["id"], email="ada@example.com")

    client.delete(f"/allowlists/{allowlist['id']}")

    assert fake.allowlist_entries == {}


def test_unknown_allowlist_answers_404(client: httpx.Client) -> None:
    """Every allowlist path answers 404 for an unknown id."""
    missing = "/allowlists/00000000-0000-4000-8000-00000000dead"

    for method, path in [
        ("GET", missing),
        ("PUT", f"{missing}/enable"),
        ("GET", f"{missing}/entries"),
        ("DELETE", missing),
    ]:
        response = client.request(method, path)
        assert response.status_code == 404, (method, path)
        assert response.json()["error"] == "Allowlist not found"


def test_another_environments_allowlist_answers_403(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """An allowlist of another environment is forbidden, not missing."""
    theirs = fake.add_allowlist("theirs", environment_id=OTHER_ENV)
    entry = fake.add_allowlist_entry(theirs["id"], email="x@example.com")

    assert client.get(f"/allowlists/{theirs['id']}").status_code == 403
    assert client.delete(f"/allowlistEntries/{entry['id']}").status_code == 403
    assert client.get(ALLOWLISTS).json() == []
