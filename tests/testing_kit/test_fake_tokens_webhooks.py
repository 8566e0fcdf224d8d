"""API tokens and webhooks in the fake."""

from __future__ import annotations

import re

import httpx
from testing_kit_support import ENV, assert_model, assert_timestamp, assert_uuid

from dynamic_admin.testing import FakeDynamic

TOKENS = f"/environments/{ENV}/tokens"
WEBHOOKS = f"/environments/{ENV}/webhooks"


def test_default_token_is_dynamic_shaped_and_listed(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """The fake's token looks like Dynamic's and appears in the token list."""
    assert re.fullmatch(r"dyn_[A-Za-z0-9]{56}", fake.token)

    tokens = client.get(TOKENS).json()["tokens"]

    assert len(tokens) == 1
    assert_model(tokens[0], "Token")
    assert_model(tokens[0]["createdBy"], "TokenCreatedBy")
    assert tokens[0]["checksum"] == fake.token[-4:]
    assert "rawToken" not in tokens[0]


def test_token_round_trip_and_new_token_authenticates(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """A created token is returned raw once, works, and stops working on delete."""
    created = client.post(
        TOKENS, json={"note": "ci", "scopes": ["environment.users.read"]}
    )
    assert created.status_code == 201
    token = created.json()["token"]
    assert_model(token, "TokenWithRaw")
    assert_uuid(token["id"])
    assert_timestamp(token["createdAt"])

    other = {"Authorization": f"Bearer {token['rawToken']}"}
    assert client.get(TOKENS, headers=other).status_code == 200
    assert len(client.get(TOKENS).json()["tokens"]) == 2

    assert client.delete(f"{TOKENS}/{token['id']}").status_code == 204
    assert client.get(TOKENS, headers=other).status_code == 401
    assert client.delete(f"{TOKENS}/{token['id']}").status_code == 404


def test_token_needs_a_note(client: httpx.Client) -> None:
    """Upstream's PostTokenFields requires ``note``; without it the fake answers 400."""
    assert client.post(TOKENS, json={}).status_code == 400


def test_webhook_round_trip(client: httpx.Client) -> None:
    """A webhook can be created, listed, read, updated and deleted."""
    request = {
        "url": "https://hooks.example.com/a",
        "isEnabled": True,
        "events": ["user.created"],
    }
    created = client.post(WEBHOOKS, json=request)
    assert created.status_code == 201
    webhook = created.json()
    assert_model(webhook, "Webhook")
    assert webhook["environmentId"] == ENV
    assert webhook["secret"]
    assert_timestamp(webhook["enabledAt"])
    path = f"{WEBHOOKS}/{webhook['webhookId']}"

    listed = client.get(WEBHOOKS).json()["data"]
    assert [w["webhookId"] for w in listed] == [webhook["webhookId"]]
    assert "secret" not in client.get(path).json()
    revealed = client.get(path, params={"includeSecret": "true"}).json()
    assert revealed["secret"] == webhook["secret"]

    request.update(url="https://hooks.example.com/b", isEnabled=False)
    updated = client.put(path, json=request).json()
    assert (updated["url"], updated["isEnabled"]) == (request["url"], False)
    assert "enabledAt" not in updated

    assert client.delete(path).status_code == 204
    assert client.get(path).status_code == 404


def test_webhook_needs_url_events_and_is_enabled(client: httpx.Client) -> None:
    """Upstream's WebhookCreateRequest fields are all required."""
    response = client.post(WEBHOOKS, json={"url": "https://hooks.example.com"})

    assert response.status_code == 400
    assert "url, isEnabled and events" in response.json()["error"]


def test_seeded_webhook_is_listed(fake: FakeDynamic, client: httpx.Client) -> None:
    """``add_webhook`` stores a webhook the list then returns."""
    fake.add_webhook("https://hooks.example.com", events=["wallet.linked"])

    listed = client.get(WEBHOOKS).json()["data"]

    assert listed[0]["events"] == ["wallet.linked"]
    assert listed[0]["isEnabled"] is True
