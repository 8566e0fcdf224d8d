"""The small JSONPath subset that overlay targets may use.

Supported selectors, applied left to right from the root ``$``:

* ``.name`` and ``['name']`` (or ``["name"]``): a member of an object;
* ``.*`` and ``[*]``: every member of an object or item of an array;
* ``[3]``: one array item;
* ``[?(@.key == 'text')]``, ``[?(@.key != 'text')]``, ``[?(@.key)]`` and
  ``[?(!@.key)]``: the object-valued children (members or items) whose
  ``key`` equals / differs from a string, exists, or is absent.  ``key`` may
  be dotted (``@.schema.type``).

Anything else (recursive descent ``..``, slices, unions, functions) is
rejected with ``JsonPathError`` so that an overlay never silently matches
less than its author meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_NAME = r"[A-Za-z0-9_$-]+"
_QUOTED = r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\""""
_TOKEN = re.compile(
    rf"""\.(?P<dot>{_NAME}|\*)
    |\[(?:(?P<quoted>{_QUOTED})|(?P<star>\*)|(?P<index>-?\d+)|\?\((?P<filter>[^)]*)\))\]""",
    re.VERBOSE,
)
_FILTER = re.compile(
    rf"""^\s*(?P<neg>!)?@\.(?P<key>{_NAME}(?:\.{_NAME})*)
    \s*(?:(?P<op>==|!=)\s*(?:'(?P<sq>[^']*)'|"(?P<dq>[^"]*)"))?\s*$""",
    re.VERBOSE,
)


class JsonPathError(ValueError):
    """Raised for a target outside the supported subset."""


@dataclass(frozen=True)
class Location:
    """Where a selected node lives: its container and key (None for the root)."""

    parent: Any
    key: str | int | None
    value: Any


def select(document: Any, path: str) -> list[Location]:
    """Return every node of ``document`` that ``path`` selects, in document order."""
    if not path.startswith("$"):
        raise JsonPathError(f"{path!r}: must start with $")
    nodes = [Location(None, None, document)]
    for token in _tokens(path):
        nodes = [child for node in nodes for child in _step(node.value, token)]
    return nodes


def _tokens(path: str) -> list[re.Match[str]]:
    """Split ``path`` into selectors, validating all of them before any is used."""
    tokens, position = [], 1
    while position < len(path):
        token = _TOKEN.match(path, position)
        if token is None:
            raise JsonPathError(f"{path!r}: unsupported syntax at {path[position:]!r}")
        if token.group("filter") is not None:
            _predicate(token.group("filter"))
        tokens.append(token)
        position = token.end()
    return tokens


def _step(value: Any, token: re.Match[str]) -> list[Location]:
    if token.group("dot") == "*" or token.group("star"):
        return _children(value)
    name = token.group("dot") or _unquote(token)
    if name is not None:
        if isinstance(value, dict) and name in value:
            return [Location(value, name, value[name])]
        return []
    if token.group("index") is not None:
        index = int(token.group("index"))
        if isinstance(value, list) and -len(value) <= index < len(value):
            return [Location(value, index % len(value), value[index])]
        return []
    predicate = _predicate(token.group("filter"))
    return [
        c for c in _children(value) if isinstance(c.value, dict) and predicate(c.value)
    ]


def _unquote(token: re.Match[str]) -> str | None:
    if token.group("quoted") is None:
        return None
    raw = token.group(3) if token.group(3) is not None else token.group(4)
    return re.sub(r"\\(.)", r"\1", raw)


def _children(value: Any) -> list[Location]:
    if isinstance(value, dict):
        return [Location(value, k, v) for k, v in value.items()]
    if isinstance(value, list):
        return [Location(value, i, v) for i, v in enumerate(value)]
    return []


def _predicate(expression: str) -> Any:
    match = _FILTER.match(expression)
    if match is None:
        raise JsonPathError(f"unsupported filter {expression!r}")
    if match.group("neg") and match.group("op"):
        raise JsonPathError(f"negation only applies to existence tests: {expression!r}")
    keys = match.group("key").split(".")
    expected = match.group("sq") if match.group("sq") is not None else match.group("dq")

    def test(node: dict[str, Any]) -> bool:
        found, value = _lookup(node, keys)
        if match.group("op") == "==":
            return found and value == expected
        if match.group("op") == "!=":
            return not (found and value == expected)
        return found != bool(match.group("neg"))

    return test


def _lookup(node: Any, keys: list[str]) -> tuple[bool, Any]:
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return False, None
        node = node[key]
    return True, node
