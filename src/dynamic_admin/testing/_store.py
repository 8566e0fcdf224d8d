"""In-memory records shaped like the Admin API's JSON models.

Every record is a plain ``dict`` keyed by the upstream wire names, so a
response body is a deep copy of a record and nothing else. Records carry
``projectEnvironmentId`` (``environmentId`` for webhooks) so the fake can
tell a resource of its own environment from one of another environment.
"""

from __future__ import annotations

import copy
import secrets
import string
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

Record = dict[str, Any]

_TOKEN_ALPHABET = string.ascii_letters + string.digits

# User properties the fake stores, named as in upstream's
# InternalBulkUpdateUserFields (its wallets and oauthAccounts aside).
# fmt: off
USER_FIELDS = frozenset({
    "alias", "firstName", "lastName", "jobTitle", "phoneNumber", "metadata",
    "mfaBackupCodeAcknowledgement", "tShirtSize", "team", "policiesConsent",
    "country", "username", "btcWallet", "kdaWallet", "ltcWallet", "ckbWallet",
    "kasWallet", "dogeWallet", "emailNotification", "discordNotification",
    "newsletterNotification", "email",
})
# fmt: on

# Identifying properties of upstream's PostAllowlistEntriesRequest.
# fmt: off
ENTRY_FIELDS = frozenset({
    "walletPublicKey", "email", "emailDomain", "phoneNumber", "alias",
    "discordUsername", "twitterUsername", "farcasterUsername", "farcasterFid",
    "externalUserId",
})
# fmt: on


def new_id() -> str:
    """Return a fresh UUID string, the id format of every Admin API resource."""
    return str(uuid.uuid4())


def new_raw_token() -> str:
    """Return a token shaped like Dynamic's: ``dyn_`` and 56 alphanumerics."""
    return "dyn_" + "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(56))


def iso(moment: datetime) -> str:
    """Format a UTC timestamp as ISO 8601 with milliseconds and a ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def utcnow() -> datetime:
    """Return the current time in UTC (the default clock)."""
    return datetime.now(UTC)


@dataclass
class Store:
    """All records the fake holds, across every environment it knows."""

    clock: Callable[[], datetime] = utcnow
    users: dict[str, Record] = field(default_factory=dict)
    allowlists: dict[str, Record] = field(default_factory=dict)
    entries: dict[str, Record] = field(default_factory=dict)
    tokens: dict[str, Record] = field(default_factory=dict)
    webhooks: dict[str, Record] = field(default_factory=dict)

    def now(self) -> str:
        """Return the clock's current time in wire format."""
        return iso(self.clock())

    def user(self, environment_id: str, fields: dict[str, Any]) -> Record:
        """Store a user built from writable wire fields and return it."""
        now = self.now()
        user_id = str(fields.get("id") or new_id())
        record: Record = {
            "id": user_id,
            "projectEnvironmentId": environment_id,
            "verifiedCredentials": _credentials(fields.get("email")),
            "newUser": True,
            "createdAt": now,
            "updatedAt": now,
        }
        record.update({k: v for k, v in fields.items() if k in USER_FIELDS})
        self.users[user_id] = record
        return record

    def update_user(self, record: Record, fields: dict[str, Any]) -> Record:
        """Apply writable wire fields to a stored user."""
        record.update({k: v for k, v in fields.items() if k in USER_FIELDS})
        record["newUser"] = False
        record["updatedAt"] = self.now()
        return record

    def allowlist(
        self,
        environment_id: str,
        name: str,
        scope: str | None,
        outcome: str | None,
        enabled: bool,
    ) -> Record:
        """Store an allowlist and return it."""
        record: Record = {
            "id": new_id(),
            "name": name,
            "enabledAt": self.now() if enabled else None,
            "projectEnvironmentId": environment_id,
            "scope": scope,
        }
        if outcome is not None:
            record["outcome"] = outcome
        self.allowlists[record["id"]] = record
        return record

    def entry(self, allowlist_id: str, fields: dict[str, Any]) -> Record:
        """Store an allowlist entry and return it."""
        record: Record = {"id": new_id(), "allowListId": allowlist_id}
        record.update({k: v for k, v in fields.items() if k in ENTRY_FIELDS})
        self.entries[record["id"]] = record
        return record

    def token(
        self,
        environment_id: str,
        note: str | None,
        scopes: Iterable[str] | None,
        raw: str | None = None,
    ) -> Record:
        """Store an API token; the record includes ``rawToken``."""
        raw = raw or new_raw_token()
        record: Record = {
            "id": new_id(),
            "rawToken": raw,
            # Dynamic shows a short suffix of the secret so people can tell
            # tokens apart without seeing them.
            "checksum": raw[-4:],
            "createdBy": {"id": OWNER_ID, "email": "owner@example.com"},
            "active": True,
            "createdAt": self.now(),
            "projectEnvironmentId": environment_id,
        }
        if note is not None:
            record["note"] = note
        if scopes is not None:
            record["scopes"] = list(scopes)
        self.tokens[record["id"]] = record
        return record

    def webhook(
        self, environment_id: str, url: str, events: Iterable[str], enabled: bool
    ) -> Record:
        """Store a webhook with a fresh signing secret and return it."""
        now = self.now()
        record: Record = {
            "environmentId": environment_id,
            "webhookId": new_id(),
            "url": url,
            "secret": "whsec_" + secrets.token_hex(16),
            "events": list(events),
            "isEnabled": enabled,
            "createdAt": now,
            "updatedAt": now,
        }
        if enabled:
            record["enabledAt"] = now
        self.webhooks[record["webhookId"]] = record
        return record


# The dashboard member every fake token claims to be created by.
OWNER_ID = "00000000-0000-4000-8000-000000000001"


def _credentials(email: object) -> list[Record]:
    if not isinstance(email, str):
        return []
    return [
        {
            "id": new_id(),
            "format": "email",
            "email": email,
            # Upstream's JwtVerifiedCredential spells this one in snake case.
            "public_identifier": email,
            "signInEnabled": True,
        }
    ]


def public(record: Record, *hidden: str) -> Record:
    """Return a deep copy of ``record`` without the ``hidden`` keys."""
    return {k: copy.deepcopy(v) for k, v in record.items() if k not in hidden}
