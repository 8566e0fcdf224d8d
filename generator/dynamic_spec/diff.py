"""Summarise how a freshly built description differs from the committed one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from dynamic_spec.normalize import HTTP_METHODS

# Only the wire contract counts as a change; summaries and descriptions do not.
_CONTRACT_KEYS = ("parameters", "requestBody", "responses", "security")


@dataclass
class SpecDiff:
    """Operations and schemas added, removed or changed between two documents."""

    added_operations: list[str] = field(default_factory=list)
    removed_operations: list[str] = field(default_factory=list)
    changed_operations: dict[str, list[str]] = field(default_factory=dict)
    added_schemas: list[str] = field(default_factory=list)
    removed_schemas: list[str] = field(default_factory=list)
    changed_schemas: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing differs."""
        return not any(vars(self).values())


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    """Compare two OpenAPI documents by operationId and schema name."""
    before, after = _index(old), _index(new)
    result = SpecDiff(
        added_operations=sorted(after.keys() - before.keys()),
        removed_operations=sorted(before.keys() - after.keys()),
    )
    for op_id in sorted(before.keys() & after.keys()):
        aspects = _changed_aspects(before[op_id], after[op_id])
        if aspects:
            result.changed_operations[op_id] = aspects
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    result.added_schemas = sorted(new_schemas.keys() - old_schemas.keys())
    result.removed_schemas = sorted(old_schemas.keys() - new_schemas.keys())
    result.changed_schemas = sorted(
        name
        for name in old_schemas.keys() & new_schemas.keys()
        if _canonical(old_schemas[name]) != _canonical(new_schemas[name])
    )
    return result


def format_diff(diff: SpecDiff) -> str:
    """Render the diff as the human-readable summary printed by every refresh."""
    if diff.empty:
        return "No changes to operations or schemas."
    lines = []
    for title, names in (
        ("Added operations", diff.added_operations),
        ("Removed operations", diff.removed_operations),
    ):
        lines.extend(_section(title, names))
    changed = [f"{op} ({', '.join(a)})" for op, a in diff.changed_operations.items()]
    lines.extend(_section("Changed operations", changed))
    lines.extend(_section("Added schemas", diff.added_schemas))
    lines.extend(_section("Removed schemas", diff.removed_schemas))
    lines.extend(_section("Changed schemas", diff.changed_schemas))
    return "\n".join(lines)


def _section(title: str, names: list[str]) -> list[str]:
    if not names:
        return [f"{title}: none"]
    return [f"{title} ({len(names)}):", *(f"  {name}" for name in names)]


def _index(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    index = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                index[operation.get("operationId", f"{method} {path}")] = (
                    method,
                    path,
                    operation,
                )
    return index


def _changed_aspects(
    old: tuple[str, str, dict[str, Any]], new: tuple[str, str, dict[str, Any]]
) -> list[str]:
    aspects = []
    if old[0] != new[0]:
        aspects.append("method")
    if old[1] != new[1]:
        aspects.append("path")
    for key in _CONTRACT_KEYS:
        if _canonical(old[2].get(key)) != _canonical(new[2].get(key)):
            aspects.append(key)
    return aspects


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)
