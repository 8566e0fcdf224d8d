"""Apply an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0).

Actions run in order.  ``remove: true`` deletes each selected node.
``update`` is merged into each selected node: objects merge member by member
(recursively), arrays get the update appended, and any other value replaces
the old one.  Targets use the subset documented in ``dynamic_spec.jsonpath``.

Unlike the specification, an action that selects nothing is reported, because
here it almost always means an upstream rename made a correction stale.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from dynamic_spec.jsonpath import Location, select


class OverlayError(ValueError):
    """Raised for a malformed overlay or an update that cannot be merged."""


@dataclass(frozen=True)
class ActionResult:
    """How many nodes one overlay action touched."""

    index: int
    target: str
    description: str
    matched: int


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any]
) -> list[ActionResult]:
    """Apply ``overlay`` to ``document`` in place and report each action."""
    if not str(overlay.get("overlay", "")).startswith("1.0"):
        raise OverlayError("overlay: expected an Overlay 1.0.x document")
    results = []
    for index, action in enumerate(overlay.get("actions", [])):
        target = action.get("target")
        if not isinstance(target, str):
            raise OverlayError(f"action {index}: missing target")
        locations = select(document, target)
        if action.get("remove") is True:
            _remove(locations)
        elif "update" in action:
            for location in locations:
                _update(location, action["update"], target)
        else:
            raise OverlayError(f"action {index}: needs update or remove: true")
        results.append(
            ActionResult(index, target, action.get("description", ""), len(locations))
        )
    return results


def _remove(locations: list[Location]) -> None:
    # Delete array items from the highest index down so earlier indexes stay valid.
    ordered = sorted(
        (loc for loc in locations if loc.parent is not None),
        key=lambda loc: loc.key if isinstance(loc.key, int) else -1,
        reverse=True,
    )
    for location in ordered:
        del location.parent[location.key]


def _update(location: Location, update: Any, target: str) -> None:
    value = location.value
    if isinstance(value, list):
        value.extend(
            copy.deepcopy(update)
            if isinstance(update, list)
            else [copy.deepcopy(update)]
        )
    elif isinstance(value, dict) and isinstance(update, dict):
        merge(value, update)
    else:
        raise OverlayError(f"{target}: can only update objects and arrays")


def merge(base: dict[str, Any], update: dict[str, Any]) -> None:
    """Merge ``update`` into ``base`` following the Overlay 1.0 rules."""
    for key, new in update.items():
        old = base.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            merge(old, new)
        elif isinstance(old, list) and isinstance(new, list):
            old.extend(copy.deepcopy(new))
        else:
            base[key] = copy.deepcopy(new)
