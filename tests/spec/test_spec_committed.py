"""Checks over the committed openapi/dynamic-admin-api.json."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from dynamic_spec.normalize import operations, render
from openapi_spec_validator import validate

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "dynamic-admin-api.json"
ERRORS = {"400", "401", "403", "404", "422", "429", "500"}
# Operations per API class of @dynamic-labs/sdk-api 0.0.847 that ships code.
TAG_COUNTS = {
    "Allowlists": 10,
    "Analytics": 6,
    "Chainalysis": 3,
    "Chains": 1,
    "CustomFields": 5,
    "CustomHostnames": 3,
    "CustomNetworks": 5,
    "DeeplinkUrls": 3,
    "Environments": 5,
    "Events": 3,
    "Exports": 4,
    "ExternalJwt": 1,
    "Gates": 7,
    "GlobalWalletAccessControl": 7,
    "GlobalWalletConnections": 1,
    "GlobalWallets": 5,
    "Invites": 5,
    "Members": 5,
    "Mfa": 2,
    "MfaSettings": 3,
    "NameServices": 6,
    "Organizations": 12,
    "Origins": 3,
    "Projects": 5,
    "Sessions": 2,
    "Settings": 14,
    "TestAccount": 3,
    "Tokens": 3,
    "UserApiTokens": 3,
    "Users": 12,
    "Visits": 1,
    "Waas": 16,
    "Wallets": 13,
    "Webhooks": 8,
}
PAGINATION = {
    "getEnvironmentUsers": ("offset", "users", "count", None),
    "getEnvironmentVisitors": ("offset", "visitors", "count", None),
    "getWalletsByEnvironmentId": ("offset", "wallets", "count", None),
    "getEntriesByAllowlistId": ("offset", "entries", "count", None),
    "getGlobalWalletConnections": ("offset", None, None, None),
    "getEvents": ("cursor", "data", None, "cursor"),
    "getWebhookMessages": ("cursor", "data", None, "cursor"),
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The committed description."""
    return json.loads(SPEC.read_text())


def _by_id(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for op in operations(spec)}


def test_validates(spec: dict[str, Any]) -> None:
    """The description is valid OpenAPI 3.0."""
    validate(spec)


def test_is_canonically_rendered(spec: dict[str, Any]) -> None:
    """The file is exactly what the refresh step renders (no hand edits to layout)."""
    assert SPEC.read_text() == render(spec)


def test_operation_and_tag_counts(spec: dict[str, Any]) -> None:
    """There are 185 operations in 34 tags with the expected per-tag counts."""
    ops = operations(spec)
    assert len(ops) == 185
    assert len({op["operationId"] for op in ops}) == 185
    assert Counter(op["tags"][0] for op in ops) == TAG_COUNTS
    assert [t["name"] for t in spec["tags"]] == sorted(TAG_COUNTS)


def test_bearer_security_everywhere(spec: dict[str, Any]) -> None:
    """Every operation requires the bearer API token."""
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert all(op["security"] == [{"bearerAuth": []}] for op in operations(spec))


def test_error_responses_everywhere(spec: dict[str, Any]) -> None:
    """Every operation declares the seven shared error responses."""
    for op in operations(spec):
        assert op["responses"].keys() >= ERRORS, op["operationId"]
        for code in ERRORS:
            assert op["responses"][code]["$ref"].startswith("#/components/responses/")


def test_counters_are_integers(spec: dict[str, Any]) -> None:
    """Every limit and offset parameter is an integer."""
    params = [
        p
        for op in operations(spec)
        for p in op.get("parameters", [])
        if p["name"] in ("limit", "offset")
    ]
    assert len(params) == 10
    assert all(p["schema"]["type"] == "integer" for p in params)


def test_pagination_markers(spec: dict[str, Any]) -> None:
    """Exactly the seven paginated operations are marked, naming real properties."""
    ops = _by_id(spec)
    marked = {op_id for op_id, op in ops.items() if "x-dynamic-pagination" in op}
    assert marked == set(PAGINATION)
    for op_id, (style, items, count, cursor) in PAGINATION.items():
        marker = ops[op_id]["x-dynamic-pagination"]
        assert marker == {
            "style": style,
            "items": items,
            "count": count,
            "cursor": cursor,
        }
        schema = ops[op_id]["responses"]["200"]["content"]["application/json"]["schema"]
        if items is None:
            assert schema["type"] == "array"
            continue
        model = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        for name in (items, count, cursor):
            assert name is None or name in model["properties"]
