"""The operations the fake answers, as a table of routes and their handlers.

Paths, methods, query parameters and body shapes follow upstream's
``@dynamic-labs/sdk-api`` client; status codes follow Dynamic's published
API reference (201 for creations, 204 for deletions).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import unquote

import httpx

from ._http import ApiError, bad_request, json_body, not_found, page
from ._store import ENTRY_FIELDS, Record, Store, public


@dataclass
class Call:
    """One request as a handler sees it."""

    request: httpx.Request
    params: dict[str, str]
    store: Store
    environment_id: str

    def mine(self, record: Record) -> Record:
        """Return ``record`` if it belongs to the fake's environment, else 403."""
        owner = record.get("projectEnvironmentId", record.get("environmentId"))
        if owner != self.environment_id:
            raise forbidden()
        return record


Handler = Callable[[Call], httpx.Response]


class Route(NamedTuple):
    """One operation: upstream operationId, method, path template, handler."""

    operation: str
    method: str
    path: str
    handler: Handler

    def match(self, method: str, path: str) -> dict[str, str] | None:
        """Return the decoded path parameters if ``path`` fits the template."""
        found = template_regex(self.path).fullmatch(path)
        if found is None or method != self.method:
            return None
        return {k: unquote(v) for k, v in found.groupdict().items()}


@functools.cache
def template_regex(template: str) -> re.Pattern[str]:
    """Compile a path template; each ``{name}`` matches one raw path segment."""
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(
        f"(?P<{part}>[^/]+)" if i % 2 else re.escape(part)
        for i, part in enumerate(parts)
    )
    return re.compile(pattern)


def forbidden() -> ApiError:
    """Return the 403 for a resource or environment the token cannot reach."""
    return ApiError(403, "You do not have access to this environment", "forbidden")


def ok(body: Any, status: int = 200) -> httpx.Response:
    """Return a JSON response."""
    return httpx.Response(status, json=body)


def no_content(_: Any = None) -> httpx.Response:
    """Return the empty success of a deletion."""
    return httpx.Response(204)


# Users ------------------------------------------------------------------

_USER_FILTER_ALL = "all"


def _user(call: Call) -> Record:
    user_id = call.params["userId"]
    record = call.store.users.get(user_id)
    if record is None:
        raise not_found("User", user_id)
    return call.mine(record)


def _unique_user(call: Call, fields: dict[str, Any], user_id: str | None) -> None:
    for key, code in (
        ("email", "email_already_exists"),
        ("username", "username_already_exists"),
    ):
        value = fields.get(key)
        if value is None:
            continue
        for other in call.store.users.values():
            if (
                other["id"] != user_id
                and other["projectEnvironmentId"] == call.environment_id
                and other.get(key) == value
            ):
                raise ApiError(422, f"A user with this {key} already exists", code)


def create_user(call: Call) -> httpx.Response:
    fields = json_body(call.request)
    if "id" in fields and fields["id"] in call.store.users:
        raise ApiError(422, "A user with this id already exists", "user_already_exists")
    _unique_user(call, fields, None)
    user = call.store.user(call.environment_id, fields)
    return ok({"user": public(user)}, 201)


def list_users(call: Call) -> httpx.Response:
    users = [
        u
        for u in call.store.users.values()
        if u["projectEnvironmentId"] == call.environment_id and _matches(call, u)
    ]
    items, count = page(call.request, users)
    return ok({"users": [public(u) for u in items], "count": count})


def _matches(call: Call, user: Record) -> bool:
    query = call.request.url.params
    column = query.get("filter[filterColumn]")
    value = query.get("filter[filterValue]")
    if not value:
        return True
    needle = value.lower()
    keys = [column] if column and column != _USER_FILTER_ALL else list(user)
    return any(needle in str(user.get(k, "")).lower() for k in keys if k)


def get_user(call: Call) -> httpx.Response:
    return ok({"user": public(_user(call))})


def update_user(call: Call) -> httpx.Response:
    user = _user(call)
    fields = json_body(call.request)
    _unique_user(call, fields, user["id"])
    return ok({"user": public(call.store.update_user(user, fields))})


def delete_user(call: Call) -> httpx.Response:
    del call.store.users[_user(call)["id"]]
    return no_content()


# Allowlists -------------------------------------------------------------


def _allowlist(call: Call) -> Record:
    allowlist_id = call.params["allowlistId"]
    record = call.store.allowlists.get(allowlist_id)
    if record is None:
        raise not_found("Allowlist", allowlist_id)
    return call.mine(record)


def _allowlist_fields(call: Call, current: Record | None) -> dict[str, Any]:
    body = json_body(call.request)
    name = body.get("name", current["name"] if current else None)
    if not isinstance(name, str) or not name.strip():
        raise bad_request("An allowlist needs a name")
    for other in call.store.allowlists.values():
        if (
            other is not current
            and other["name"] == name
            and other["projectEnvironmentId"] == call.environment_id
        ):
            raise ApiError(
                422,
                "An allowlist with this name already exists",
                "allowlist_already_exists",
            )
    return {**body, "name": name}


def create_allowlist(call: Call) -> httpx.Response:
    body = _allowlist_fields(call, None)
    record = call.store.allowlist(
        call.environment_id,
        body["name"],
        body.get("scope"),
        body.get("outcome"),
        enabled=False,
    )
    return ok(public(record), 201)


def list_allowlists(call: Call) -> httpx.Response:
    return ok(
        [
            public(a)
            for a in call.store.allowlists.values()
            if a["projectEnvironmentId"] == call.environment_id
        ]
    )


def get_allowlist(call: Call) -> httpx.Response:
    return ok(public(_allowlist(call)))


def update_allowlist(call: Call) -> httpx.Response:
    record = _allowlist(call)
    body = _allowlist_fields(call, record)
    record.update({k: body[k] for k in ("name", "scope", "outcome") if k in body})
    return ok(public(record))


def enable_allowlist(call: Call) -> httpx.Response:
    record = _allowlist(call)
    record["enabledAt"] = record["enabledAt"] or call.store.now()
    return ok(public(record))


def disable_allowlist(call: Call) -> httpx.Response:
    record = _allowlist(call)
    record["enabledAt"] = None
    return ok(public(record))


def delete_allowlist(call: Call) -> httpx.Response:
    allowlist_id = _allowlist(call)["id"]
    del call.store.allowlists[allowlist_id]
    for entry_id in [
        e["id"] for e in call.store.entries.values() if e["allowListId"] == allowlist_id
    ]:
        del call.store.entries[entry_id]
    return no_content()


def list_entries(call: Call) -> httpx.Response:
    allowlist_id = _allowlist(call)["id"]
    needle = (call.request.url.params.get("query") or "").lower()
    entries = [
        e
        for e in call.store.entries.values()
        if e["allowListId"] == allowlist_id
        and any(needle in str(e.get(k, "")).lower() for k in ENTRY_FIELDS)
    ]
    items, count = page(call.request, entries)
    return ok({"entries": [public(e) for e in items], "count": count})


def create_entry(call: Call) -> httpx.Response:
    allowlist_id = _allowlist(call)["id"]
    body = {k: v for k, v in json_body(call.request).items() if k in ENTRY_FIELDS}
    if not set(body) - {"alias"}:
        raise bad_request(
            "An allowlist entry needs a wallet, email or other identifier"
        )
    for other in call.store.entries.values():
        if other["allowListId"] == allowlist_id and all(
            other.get(k) == v for k, v in body.items() if k != "alias"
        ):
            raise ApiError(
                422,
                "This entry is already on the allowlist",
                "allowlist_entry_already_exists",
            )
    return ok(public(call.store.entry(allowlist_id, body)), 201)


def delete_entry(call: Call) -> httpx.Response:
    entry_id = call.params["allowlistEntryId"]
    entry = call.store.entries.get(entry_id)
    if entry is None:
        raise not_found("Allowlist entry", entry_id)
    owner = call.store.allowlists.get(entry["allowListId"])
    if owner is not None:
        call.mine(owner)
    del call.store.entries[entry_id]
    return no_content()


# Tokens -----------------------------------------------------------------


def list_tokens(call: Call) -> httpx.Response:
    tokens = [
        public(t, "rawToken", "active")
        for t in call.store.tokens.values()
        if t["projectEnvironmentId"] == call.environment_id
    ]
    return ok({"tokens": tokens})


def create_token(call: Call) -> httpx.Response:
    body = json_body(call.request)
    note = body.get("note")
    if not isinstance(note, str):
        raise bad_request("A token needs a note")
    scopes = body.get("scopes")
    if scopes is not None and not isinstance(scopes, list):
        raise bad_request("scopes must be a list")
    record = call.store.token(call.environment_id, note, scopes)
    return ok({"token": public(record)}, 201)


def delete_token(call: Call) -> httpx.Response:
    token_id = call.params["tokenId"]
    record = call.store.tokens.get(token_id)
    if record is None or record["projectEnvironmentId"] != call.environment_id:
        raise not_found("Token", token_id)
    del call.store.tokens[token_id]
    return no_content()


# Webhooks ---------------------------------------------------------------


def _webhook(call: Call) -> Record:
    webhook_id = call.params["webhookId"]
    record = call.store.webhooks.get(webhook_id)
    if record is None or record["environmentId"] != call.environment_id:
        raise not_found("Webhook", webhook_id)
    return record


def _webhook_fields(call: Call) -> tuple[str, list[str], bool]:
    body = json_body(call.request)
    url, events, enabled = body.get("url"), body.get("events"), body.get("isEnabled")
    if not isinstance(url, str) or not isinstance(enabled, bool):
        raise bad_request("A webhook needs url, isEnabled and events")
    if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
        raise bad_request("A webhook needs url, isEnabled and events")
    return url, events, enabled


def create_webhook(call: Call) -> httpx.Response:
    url, events, enabled = _webhook_fields(call)
    record = call.store.webhook(call.environment_id, url, events, enabled)
    return ok(public(record), 201)


def list_webhooks(call: Call) -> httpx.Response:
    hooks = [
        public(w, "secret")
        for w in call.store.webhooks.values()
        if w["environmentId"] == call.environment_id
    ]
    return ok({"data": hooks})


def get_webhook(call: Call) -> httpx.Response:
    reveal = call.request.url.params.get("includeSecret") == "true"
    return ok(public(_webhook(call), *(() if reveal else ("secret",))))


def update_webhook(call: Call) -> httpx.Response:
    record = _webhook(call)
    url, events, enabled = _webhook_fields(call)
    now = call.store.now()
    if enabled and not record["isEnabled"]:
        record["enabledAt"] = now
    elif not enabled:
        record.pop("enabledAt", None)
    record.update(url=url, events=events, isEnabled=enabled, updatedAt=now)
    return ok(public(record, "secret"))


def delete_webhook(call: Call) -> httpx.Response:
    del call.store.webhooks[_webhook(call)["webhookId"]]
    return no_content()


_ENV = "/environments/{environmentId}"
_AL = "/allowlists/{allowlistId}"

ROUTES: tuple[Route, ...] = (
    Route("createUser", "POST", f"{_ENV}/users", create_user),
    Route("getEnvironmentUsers", "GET", f"{_ENV}/users", list_users),
    Route("getUser", "GET", f"{_ENV}/users/{{userId}}", get_user),
    Route("updateUser", "PUT", f"{_ENV}/users/{{userId}}", update_user),
    Route("deleteUser", "DELETE", f"{_ENV}/users/{{userId}}", delete_user),
    Route("getUserLegacy", "GET", "/users/{userId}", get_user),
    Route("updateUserLegacy", "PUT", "/users/{userId}", update_user),
    Route("deleteUserLegacy", "DELETE", "/users/{userId}", delete_user),
    Route(
        "createAllowlistByEnvironmentId", "POST", f"{_ENV}/allowlists", create_allowlist
    ),
    Route("getAllowlistsByEnvironmentId", "GET", f"{_ENV}/allowlists", list_allowlists),
    Route("getAllowlistsById", "GET", _AL, get_allowlist),
    Route("updateAllowlistById", "PUT", _AL, update_allowlist),
    Route("deleteAllowlistById", "DELETE", _AL, delete_allowlist),
    Route("enableAllowlistById", "PUT", f"{_AL}/enable", enable_allowlist),
    Route("disableAllowlistById", "PUT", f"{_AL}/disable", disable_allowlist),
    Route("getEntriesByAllowlistId", "GET", f"{_AL}/entries", list_entries),
    Route("postEntryByAllowlistId", "POST", f"{_AL}/entries", create_entry),
    Route(
        "deleteAllowlistEntryById",
        "DELETE",
        "/allowlistEntries/{allowlistEntryId}",
        delete_entry,
    ),
    Route("getTokens", "GET", f"{_ENV}/tokens", list_tokens),
    Route("postToken", "POST", f"{_ENV}/tokens", create_token),
    Route("deleteTokenById", "DELETE", f"{_ENV}/tokens/{{tokenId}}", delete_token),
    Route("createWebhook", "POST", f"{_ENV}/webhooks", create_webhook),
    Route("getWebhooks", "GET", f"{_ENV}/webhooks", list_webhooks),
    Route("getWebhook", "GET", f"{_ENV}/webhooks/{{webhookId}}", get_webhook),
    Route("updateWebhookById", "PUT", f"{_ENV}/webhooks/{{webhookId}}", update_webhook),
    Route(
        "deleteWebhookById", "DELETE", f"{_ENV}/webhooks/{{webhookId}}", delete_webhook
    ),
)
