"""A tour of dynamic-admin, run against a local fake of Dynamic's Admin API.

No account and no network: ``dynamic_admin.testing.FakeDynamic`` answers
every request in memory with the API's real paths and JSON shapes. Against
the real API the client code is the same; only the token and environment id
come from your dashboard (or ``$DYNAMIC_API_TOKEN`` and
``$DYNAMIC_ENVIRONMENT_ID``).

Run it with ``nox -s demo`` or ``python examples/quickstart.py``.
"""

from __future__ import annotations

import logging
import sys
import time

from dynamic_admin_api.models import (
    AccessOutcomeEnum,
    InternalBulkUpdateUserFields,
    PostAllowlistEntriesRequest,
    PostAllowlistsRequest,
)

from dynamic_admin import DynamicClient, NotFoundError
from dynamic_admin.testing import FakeDynamic

USERS = 250
PAGE_SIZE = 100


def step(title: str) -> None:
    """Print a section heading."""
    print(f"\n== {title}")


def create_users(client: DynamicClient) -> None:
    """Create users one by one, as a sign-up backfill would."""
    step(f"Create {USERS} users")
    for n in range(1, USERS + 1):
        body = InternalBulkUpdateUserFields(
            email=f"user{n:03d}@example.com", first_name=f"User {n}"
        )
        client.users.create_user(body=body)
    print(f"created {USERS} users")


def page_through_users(client: DynamicClient, fake: FakeDynamic) -> None:
    """Iterate over every user; the iterator fetches pages as it goes."""
    step(f"Page through them, {PAGE_SIZE} per request")
    before = len(fake.requests)
    emails = [
        user.email for user in client.users.iter_environment_users(limit=PAGE_SIZE)
    ]
    pages = len(fake.requests) - before
    print(f"{len(emails)} users in {pages} requests: {emails[0]} ... {emails[-1]}")


def manage_allowlist(client: DynamicClient) -> None:
    """Create an allowlist, add entries, enable it and list what it holds."""
    step("Manage an allowlist")
    allowlist = client.allowlists.create_allowlist_by_environment_id(
        body=PostAllowlistsRequest(
            name="beta testers", outcome=AccessOutcomeEnum.SITEACCESS
        )
    )
    for email in ("user001@example.com", "user002@example.com"):
        client.allowlists.post_entry_by_allowlist_id(
            allowlist.id, body=PostAllowlistEntriesRequest(email=email)
        )
    client.allowlists.enable_allowlist_by_id(allowlist.id)
    entries = client.allowlists.get_entries_by_allowlist_id(allowlist.id)
    print(f"allowlist {allowlist.name!r} ({allowlist.id})")
    print(f"entries: {[entry.email for entry in entries.entries or []]}")


def friendly_404(client: DynamicClient) -> None:
    """Show what an error looks like: typed, with the operation named."""
    step("Ask for a user that does not exist")
    try:
        client.users.get_user("5f0c3bd1-0000-4000-8000-000000000000")
    except NotFoundError as exc:
        print(f"NotFoundError: {exc}")
        print(f"operation={exc.operation} status={exc.status_code} code={exc.code}")


def retried_503(client: DynamicClient, fake: FakeDynamic) -> None:
    """A brief outage: the client waits as told by Retry-After, then succeeds."""
    step("Survive a 503 with Retry-After: 1")
    user = next(iter(fake.users.values()))
    fake.fail_next(status=503, retry_after=1, operation="getUser")
    before = len(fake.requests)
    start = time.monotonic()
    found = client.users.get_user(user["id"])
    elapsed = time.monotonic() - start
    print(
        f"got {found.user.email} after {len(fake.requests) - before} requests "
        f"and {elapsed:.1f} s"
    )


def main() -> None:
    """Run the tour."""
    # Retries are logged at WARNING by the "dynamic_admin" logger; the
    # library installs no handler, so the application decides what to show.
    logging.basicConfig(
        stream=sys.stdout,
        level=logging.WARNING,
        format="   log %(levelname)s: %(message)s",
    )
    with (
        FakeDynamic() as fake,
        DynamicClient(token=fake.token, environment_id=fake.environment_id) as client,
    ):
        print(f"client: {client!r}  (the token never appears)")
        create_users(client)
        page_through_users(client, fake)
        manage_allowlist(client)
        friendly_404(client)
        retried_503(client, fake)


if __name__ == "__main__":
    main()
