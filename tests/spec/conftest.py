"""Shared fixtures for the description tooling tests (no network needed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from dynamic_spec.refresh import Refresh, build

FIXTURES = Path(__file__).parent / "fixtures"
PACKAGE = FIXTURES / "sdk-api"
OVERLAY = FIXTURES / "overlay.yaml"


@pytest.fixture(scope="session")
def fixture_build() -> Refresh:
    """The fixture package built with the fixture overlay."""
    return build(PACKAGE, OVERLAY)


def find_operation(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """Find an operation by its operationId."""
    for item in document["paths"].values():
        for op in item.values():
            if op.get("operationId") == operation_id:
                return cast(dict[str, Any], op)
    raise KeyError(operation_id)


@pytest.fixture(name="operation")
def operation_fixture() -> Callable[[dict[str, Any], str], dict[str, Any]]:
    """Look up an operation of a document by operationId."""
    return find_operation
