"""Wire helpers shared by the fake's handlers: errors, JSON bodies, paging."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import httpx

DEFAULT_LIMIT = 100
_KNOWN = frozenset(s.value for s in HTTPStatus)


class ApiError(Exception):
    """Raised by a handler to answer with a Dynamic-style error body."""

    def __init__(
        self, status: int, error: str, code: str, payload: dict[str, Any] | None = None
    ) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.code = code
        self.payload = payload

    def response(self) -> httpx.Response:
        """Render the error as ``{"error", "code"[, "payload"]}``."""
        body: dict[str, Any] = {"error": self.error, "code": self.code}
        if self.payload is not None:
            body["payload"] = self.payload
        return httpx.Response(self.status, json=body)


def error_body(status: int) -> dict[str, Any]:
    """Return the default error body for a bare status, e.g. an injected 503."""
    phrase = HTTPStatus(status).phrase if status in _KNOWN else "Error"
    return {"error": phrase, "code": phrase.lower().replace(" ", "_")}


def not_found(kind: str, ident: str) -> ApiError:
    """Return the 404 for an unknown id of the given resource kind."""
    return ApiError(404, f"{kind} not found", "not_found", {"id": ident})


def bad_request(message: str) -> ApiError:
    """Return a 400 for a request the fake cannot accept."""
    return ApiError(400, message, "bad_request")


def json_body(request: httpx.Request) -> dict[str, Any]:
    """Parse the request body as a JSON object or raise a 400."""
    try:
        body = json.loads(request.content or b"null")
    except ValueError as exc:
        raise bad_request(f"Request body is not valid JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object")
    return body


def int_param(request: httpx.Request, name: str, default: int) -> int:
    """Read a non-negative integer query parameter or raise a 400."""
    raw = request.url.params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"Query parameter {name} must be an integer") from None
    if value < 0:
        raise bad_request(f"Query parameter {name} must not be negative")
    return value


def page(request: httpx.Request, items: list[Any]) -> tuple[list[Any], int]:
    """Slice ``items`` by the ``offset`` and ``limit`` query parameters.

    Returns:
        The page and the total count before slicing.
    """
    offset = int_param(request, "offset", 0)
    limit = int_param(request, "limit", DEFAULT_LIMIT)
    return items[offset : offset + limit], len(items)
