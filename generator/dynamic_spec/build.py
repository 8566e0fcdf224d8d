"""Assemble an OpenAPI 3.0 document from the scanned TypeScript client.

The result states only what the TypeScript client proves; the project's
corrections (auth on every operation, error responses, integer counters,
deepObject filters, pagination markers, descriptions) come from the overlay.

Success status codes: the TypeScript client accepts any 2xx, so it does not
record which one the API sends.  The rules used here are:

* a response model named ``InlineResponse<code>`` keeps that code, because
  openapi-generator names inline response schemas after their status;
* an operation whose client discards the body (``VoidApiResponse``) is
  declared ``204 No Content``;
* everything else is ``200``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from dynamic_spec import UPSTREAM_PACKAGE
from dynamic_spec.models import ModelReader, collect_refs, load_closure
from dynamic_spec.typescript import JsonSchema, type_schema
from dynamic_spec.upstream import ApiScan, Body, Operation, Param, scan_apis

BASE_URL = "https://app.dynamicauth.com/api/v0"

# Upstream's error payload models; kept even though no operation names them,
# because the overlay's shared error responses point at them.
ERROR_SCHEMAS = (
    "BadRequest",
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "UnprocessableEntity",
    "TooManyRequests",
    "InternalServerError",
)

_INLINE_STATUS = re.compile(r"^InlineResponse(\d{3})$")


def build_from_package(
    package_dir: Path, version: str
) -> tuple[dict[str, Any], ApiScan]:
    """Build the un-overlaid document from an unpacked npm package directory."""
    scan = scan_apis(package_dir / "src" / "apis")
    paths: dict[str, dict[str, Any]] = {}
    for op in scan.operations:
        paths.setdefault(op.path, {})[op.method.lower()] = _operation(op)
    roots = collect_refs(paths) | set(ERROR_SCHEMAS)
    schemas = load_closure(ModelReader(package_dir / "src" / "models"), roots)
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Dynamic Admin API", "version": version},
        "servers": [{"url": BASE_URL}],
        "tags": [{"name": tag} for tag in sorted({op.tag for op in scan.operations})],
        "paths": paths,
        "components": {
            "schemas": schemas,
            # The client sends `Authorization: Bearer <token>` for "bearerAuth".
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        },
        "x-upstream": {"package": UPSTREAM_PACKAGE, "version": version},
    }
    return document, scan


def summary_from_id(operation_id: str) -> str:
    """Turn ``getEnvironmentUsers`` into ``Get environment users``."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", operation_id)
    text = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return text[:1].upper() + text[1:]


def _operation(op: Operation) -> dict[str, Any]:
    result: dict[str, Any] = {
        "operationId": op.operation_id,
        "tags": [op.tag],
        "summary": summary_from_id(op.operation_id),
        "responses": _responses(op),
    }
    if op.params:
        result["parameters"] = [_parameter(p, op.local_enums) for p in op.params]
    if op.body is not None:
        result["requestBody"] = _request_body(op.body, op.local_enums)
    if op.secured:
        result["security"] = [{"bearerAuth": []}]
    return result


def _param_schema(param: Param, enums: dict[str, list[str]]) -> JsonSchema:
    schema = type_schema(param.ts_type, enums)
    if param.date_only:
        schema["format"] = "date"
    return schema


def _parameter(param: Param, enums: dict[str, list[str]]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "name": param.name,
        "in": param.location,
        "required": param.required,
        "schema": _param_schema(param, enums),
    }
    if param.csv:
        result["style"], result["explode"] = "form", False
    return result


def _request_body(body: Body, enums: dict[str, list[str]]) -> dict[str, Any]:
    if body.ts_type is not None:
        schema = type_schema(body.ts_type, enums)
    else:
        schema = {
            "type": "object",
            "properties": {f.name: _param_schema(f, enums) for f in body.fields},
        }
        required = [f.name for f in body.fields if f.required]
        if required:
            schema["required"] = required
    return {"required": body.required, "content": {body.media_type: {"schema": schema}}}


def _responses(op: Operation) -> dict[str, Any]:
    if op.response_kind == "void":
        return {"204": {"description": "No content"}}
    if op.response_kind == "text":
        content = {"text/plain": {"schema": {"type": "string"}}}
    elif op.response_kind == "blob":
        content = {
            "application/octet-stream": {
                "schema": {"type": "string", "format": "binary"}
            }
        }
    else:
        assert op.response_type is not None
        content = {
            "application/json": {
                "schema": type_schema(op.response_type, op.local_enums)
            }
        }
    match = _INLINE_STATUS.match(op.response_type or "")
    status = match.group(1) if match else "200"
    return {status: {"description": "Successful response", "content": content}}
