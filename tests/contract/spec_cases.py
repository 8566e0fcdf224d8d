"""Contract cases: one per operation of the checked-in OpenAPI description."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dynamic_spec.examples import load_spec

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head")


@dataclass
class Case:
    """One operation of the description, with the values a test sends."""

    operation_id: str
    tag: str
    method: str
    path: str
    operation: dict[str, Any] = field(repr=False)

    @property
    def parameters(self) -> list[dict[str, Any]]:
        """The operation's parameters with ``$ref`` resolved."""
        return [_resolve_parameter(p) for p in self.operation.get("parameters", [])]

    @property
    def success_status(self) -> int:
        """The first 2xx status the description declares."""
        codes = sorted(int(c) for c in self.operation["responses"] if c.startswith("2"))
        return codes[0]

    @property
    def success_schema(self) -> dict[str, Any] | None:
        """The JSON schema of the success response, or None without a body."""
        response = self.operation["responses"][str(self.success_status)]
        response = _resolve_response(response)
        content = response.get("content") or {}
        media = content.get("application/json")
        return media.get("schema") if media else None

    @property
    def success_media(self) -> str | None:
        """The media type of the success response, if it has a body."""
        response = _resolve_response(
            self.operation["responses"][str(self.success_status)]
        )
        content = response.get("content") or {}
        return next(iter(content), None)

    @property
    def body_schema(self) -> dict[str, Any] | None:
        """The JSON request body schema, or None."""
        body = self.operation.get("requestBody")
        if not body:
            return None
        content = body.get("content", {})
        media = content.get("application/json")
        return media.get("schema") if media else None

    @property
    def body_media(self) -> str | None:
        """The request body's media type, or None."""
        body = self.operation.get("requestBody")
        return next(iter(body.get("content", {})), None) if body else None


def _resolve_parameter(param: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        name = param["$ref"].rsplit("/", 1)[-1]
        return load_spec()["components"]["parameters"][name]  # type: ignore[no-any-return]
    return param


def _resolve_response(response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        name = response["$ref"].rsplit("/", 1)[-1]
        return load_spec()["components"]["responses"][name]  # type: ignore[no-any-return]
    return response


def iter_cases() -> Iterator[Case]:
    """Yield every operation of the description, in path order."""
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                yield Case(op["operationId"], op["tags"][0], method.upper(), path, op)


def snake_case(name: str) -> str:
    """Convert a wire name the way the generated code names Python identifiers."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def loose(name: str) -> str:
    """A key that matches a wire name to its Python name whatever the casing."""
    return re.sub(r"[^0-9a-z]", "", name.lower())
