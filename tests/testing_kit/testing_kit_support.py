"""Shared constants and shape checks for the testing kit's tests."""

from __future__ import annotations

import re
import uuid
from typing import Any

ENV = "0f8a2c1e-3b4d-4e5f-8a6b-7c8d9e0f1a2b"
OTHER_ENV = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"

# Properties upstream's *FromJSONTyped reads without an existence check.
REQUIRED = {
    "User": {"id", "projectEnvironmentId"},
    "SdkUser": {"id", "projectEnvironmentId", "verifiedCredentials"},
    "JwtVerifiedCredential": {"id", "format", "signInEnabled"},
    "Allowlist": {"id", "name", "projectEnvironmentId"},
    "AllowlistEntry": {"id", "allowListId"},
    "Token": {"id", "checksum", "createdBy", "createdAt"},
    "TokenWithRaw": {"id", "rawToken", "checksum", "createdBy", "createdAt"},
    "TokenCreatedBy": {"id"},
    "Webhook": {
        "environmentId",
        "webhookId",
        "url",
        "events",
        "isEnabled",
        "createdAt",
        "updatedAt",
    },
    "NotFound": {"error", "code"},
}

_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")


def assert_model(body: Any, model: str) -> None:
    """Assert ``body`` is an object carrying every required property of ``model``."""
    assert isinstance(body, dict), body
    missing = REQUIRED[model] - set(body)
    assert not missing, f"{model} lacks {sorted(missing)}: {body}"


def assert_uuid(value: Any) -> None:
    """Assert ``value`` is a UUID in canonical text form."""
    assert isinstance(value, str)
    assert str(uuid.UUID(value)) == value


def assert_timestamp(value: Any) -> None:
    """Assert ``value`` is an ISO 8601 UTC timestamp ending in ``Z``."""
    assert isinstance(value, str)
    assert _TIMESTAMP.fullmatch(value), value
