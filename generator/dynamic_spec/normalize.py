"""Reduce any source document to the admin API and render it canonically."""

from __future__ import annotations

import json
from typing import Any

from dynamic_spec.models import REF_PREFIX, collect_refs

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "trace")

# Tags of the client-side SDK endpoints (openapi-generator turns tag "SDK"
# into the class SDKApi), which are not part of the admin API.
EXCLUDED_TAGS = frozenset({"SDK", "SDKViews"})


def admin_only(document: dict[str, Any]) -> None:
    """Drop SDK-tagged operations and OPTIONS pre-flight stubs in place."""
    for path, item in list(document.get("paths", {}).items()):
        for method in list(item):
            operation = item[method]
            if method == "options" or (
                method in HTTP_METHODS
                and EXCLUDED_TAGS & set(operation.get("tags", []))
            ):
                del item[method]
        if not any(m in item for m in HTTP_METHODS):
            del document["paths"][path]


def prune(document: dict[str, Any]) -> None:
    """Keep only the schemas and tags that the remaining operations use."""
    components = document.setdefault("components", {})
    schemas = components.get("schemas", {})
    others = {k: v for k, v in components.items() if k != "schemas"}
    reachable: set[str] = set()
    pending = collect_refs(document.get("paths", {})) | collect_refs(others)
    while pending:
        name = pending.pop()
        if name not in reachable and name in schemas:
            reachable.add(name)
            pending |= collect_refs(schemas[name])
    components["schemas"] = {k: v for k, v in schemas.items() if k in reachable}
    used = {tag for op in operations(document) for tag in op.get("tags", [])}
    known = {t["name"]: t for t in document.get("tags", [])}
    document["tags"] = [known.get(name, {"name": name}) for name in sorted(used)]


def operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Return every operation object of ``document``."""
    return [
        item[method]
        for item in document.get("paths", {}).values()
        for method in HTTP_METHODS
        if method in item
    ]


def problems(document: dict[str, Any]) -> list[str]:
    """Report constructs that the overlay is expected to have corrected."""
    found = []
    schemas = document.get("components", {}).get("schemas", {})
    for op in operations(document):
        for param in op.get("parameters", []):
            # Dynamic's client flattens object values to name[key]=value pairs.
            if (
                param.get("in") == "query"
                and param.get("style") != "deepObject"
                and _is_object(param.get("schema", {}), schemas)
            ):
                found.append(
                    f"{op['operationId']}: object query parameter "
                    f"{param['name']!r} is not style: deepObject"
                )
    missing = collect_refs(document) - schemas.keys()
    found.extend(f"dangling reference {REF_PREFIX}{name}" for name in sorted(missing))
    return found


def _is_object(schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    ref = schema.get("$ref", "")
    if ref.startswith(REF_PREFIX):
        schema = schemas.get(ref.removeprefix(REF_PREFIX), {})
    return schema.get("type") == "object" or "properties" in schema


def render(document: dict[str, Any]) -> str:
    """Serialise deterministically: sorted keys, two-space indent, final newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
