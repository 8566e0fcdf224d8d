"""Example values built from the OpenAPI description.

The contract tests and the benchmarks need request and response bodies for
every schema of ``openapi/dynamic-admin-api.json``; this module builds them.
Values are deterministic (seeded by the property path) so a failing case
reproduces exactly, and every optional property is filled so every wire name
is exercised.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "dynamic-admin-api.json"

# Deep and recursive schemas are cut off here; the examples stay small enough
# to read in a failure message while still exercising nested models.
MAX_DEPTH = 6

# A value that survives a datetime round trip unchanged: ``fromisoformat`` then
# ``isoformat`` gives back the same text.
DATE_TIME = "2024-05-06T07:08:09.123000+00:00"


@functools.cache
def load_spec() -> dict[str, Any]:
    """Return the parsed description (read once per test session)."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = json.load(fh)
    return spec


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` chains to the schema they point at."""
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = load_spec()["components"]["schemas"][name]
    return schema


def ref_name(schema: dict[str, Any]) -> str | None:
    """Return the component name a schema refers to, if it is a ``$ref``."""
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def _seed(*parts: object) -> int:
    digest = hashlib.sha256("/".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:4], "big")


def example(schema: dict[str, Any], where: str = "", depth: int = 0) -> Any:
    """Build a JSON value valid for ``schema``, filling every property.

    Optional properties are filled too, so every wire name is exercised; the
    depth cap leaves optional properties out of deeply nested models.
    """
    schema = _merge_all_of(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example(schema[key][0], where, depth)

    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return values[_seed(where) % len(values)]

    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        return _object_example(schema, where, depth)
    if kind == "array":
        if depth >= MAX_DEPTH:
            return []
        return [example(schema.get("items", {}), f"{where}[0]", depth + 1)]
    return _scalar_example(schema, kind, where)


def _merge_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    schema = resolve(schema)
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in schema["allOf"]:
        part = _merge_all_of(part)
        merged["properties"].update(part.get("properties", {}))
        merged["required"].extend(part.get("required", []))
        for key in ("enum", "type", "format", "items", "additionalProperties"):
            if key in part:
                merged[key] = part[key]
    merged["properties"].update(schema.get("properties", {}))
    merged["required"].extend(schema.get("required", []))
    return merged


def _object_example(schema: dict[str, Any], where: str, depth: int) -> Any:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    value: dict[str, Any] = {}
    for name, prop in properties.items():
        if depth >= MAX_DEPTH and name not in required:
            continue
        value[name] = example(prop, f"{where}.{name}", depth + 1)

    extra = schema.get("additionalProperties")
    if not properties and isinstance(extra, dict) and depth < MAX_DEPTH:
        value["key1"] = example(extra, f"{where}{{}}", depth + 1)
    return value


def _scalar_example(schema: dict[str, Any], kind: str | None, where: str) -> Any:
    seed = _seed(where)
    if kind == "integer":
        return 1 + seed % 50
    if kind == "number":
        return (1 + seed % 50) + 0.5
    if kind == "boolean":
        return bool(seed % 2)
    fmt = schema.get("format")
    if fmt == "date-time":
        return DATE_TIME
    if fmt == "date":
        return "2024-05-06"
    if fmt == "uuid":
        return "95b11417-f18f-457f-8804-68e361f9164f"
    if fmt == "binary":
        return "binary-data"
    if kind == "string":
        return f"{where.rsplit('.', 1)[-1].strip('[]{}0') or 'value'}-{seed % 1000}"
    # An untyped schema ("any"): a plain string is valid and round-trips.
    return f"any-{seed % 1000}"
