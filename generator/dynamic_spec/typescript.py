"""Read the declarations that openapi-generator's typescript-fetch target emits.

Only the narrow dialect that generator writes is understood: ``export
interface`` blocks with one property per statement, ``export declare enum``
blocks of string members, one-line ``export type`` aliases, and the
``...FromJSONTyped`` functions whose object literals name each property's JSON
wire key.  Anything else raises ``ParseError`` instead of being guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

JsonSchema = dict[str, Any]


class ParseError(ValueError):
    """Raised when upstream code does not match the expected generator output."""


@dataclass(frozen=True)
class TsProperty:
    """One property of a TypeScript interface."""

    name: str
    type: str
    optional: bool


@dataclass
class TsInterface:
    """An ``export interface`` with the string enums declared beside it."""

    name: str
    properties: list[TsProperty]
    local_enums: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class WireKey:
    """How ``...FromJSONTyped`` reads one property from the JSON payload."""

    wire_name: str
    required: bool


_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)
_INTERFACE = re.compile(
    r"^export interface (\w+) \{\n(.*?)^\}", re.DOTALL | re.MULTILINE
)
_ENUM = re.compile(r"^export declare enum (\w+) \{\n(.*?)^\}", re.DOTALL | re.MULTILINE)
_ALIAS = re.compile(r"^export type (\w+) = (.+?);$", re.MULTILINE)
_ENUM_MEMBER = re.compile(r'^\s*\w+ = "((?:[^"\\]|\\.)*)",?\s*$')
_PROPERTY = re.compile(r"^(['\"]?)([\w$-]+)\1(\??): (.+)$", re.DOTALL)
_FROM_JSON_ENTRY = re.compile(r"^\s*'([^']+)': (.*),$", re.MULTILINE)
_GUARDED = "!runtime.exists(json, "
_WIRE_READ = re.compile(r"json\['([^']+)'\]")


def strip_comments(source: str) -> str:
    """Drop comments so that doc text never leaks into parsed declarations."""
    return _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", source))


def parse_enums(source: str) -> dict[str, list[str]]:
    """Return every ``export declare enum`` in a declaration file, by name."""
    enums: dict[str, list[str]] = {}
    for match in _ENUM.finditer(strip_comments(source)):
        values = []
        for line in match.group(2).splitlines():
            if not line.strip():
                continue
            member = _ENUM_MEMBER.match(line)
            if member is None:
                raise ParseError(f"enum {match.group(1)}: unsupported member {line!r}")
            values.append(member.group(1))
        enums[match.group(1)] = values
    return enums


def parse_interfaces(source: str) -> dict[str, TsInterface]:
    """Return every ``export interface`` in a declaration file, by name."""
    text = strip_comments(source)
    local_enums = parse_enums(text)
    return {
        match.group(1): TsInterface(
            name=match.group(1),
            properties=[_parse_property(s) for s in _statements(match.group(2))],
            local_enums=local_enums,
        )
        for match in _INTERFACE.finditer(text)
    }


def parse_aliases(source: str) -> dict[str, str]:
    """Return ``export type A = B`` aliases (how the generator writes oneOf)."""
    return {m.group(1): m.group(2) for m in _ALIAS.finditer(strip_comments(source))}


def parse_wire_keys(source: str, model: str) -> dict[str, WireKey]:
    """Map each property of ``model`` to its wire name, reading ``FromJSONTyped``."""
    body = _function_body(source, f"{model}FromJSONTyped")
    keys: dict[str, WireKey] = {}
    for match in _FROM_JSON_ENTRY.finditer(body):
        expression = match.group(2)
        wire = _WIRE_READ.search(expression)
        if wire is None:
            raise ParseError(
                f"{model}.{match.group(1)}: no json read in {expression!r}"
            )
        keys[match.group(1)] = WireKey(
            wire.group(1), not expression.startswith(_GUARDED)
        )
    return keys


def merged_model(source: str, model: str) -> str | None:
    """Return the model an ``Object.assign`` alias copies (single-member oneOf)."""
    body = _function_body(source, f"{model}FromJSONTyped")
    match = re.search(r"Object\.assign\(\{\}, \w+\.(\w+)FromJSONTyped\(json\)\)", body)
    return match.group(1) if match else None


def _function_body(source: str, name: str) -> str:
    match = re.search(
        rf"^function {name}\(.*?\n(.*?)^\}}", source, re.DOTALL | re.MULTILINE
    )
    if match is None:
        raise ParseError(f"function {name} not found")
    return match.group(1)


def _statements(body: str) -> list[str]:
    """Split an interface body on top-level ``;`` (map types nest ``{ ...; }``)."""
    statements: list[str] = []
    current: list[str] = []
    depth = 0
    for char in " ".join(body.split()):
        depth += {"{": 1, "<": 1, "}": -1, ">": -1}.get(char, 0)
        if char == ";" and depth == 0:
            statements.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    if "".join(current).strip():
        raise ParseError(f"unterminated property in {body!r}")
    return statements


def _parse_property(statement: str) -> TsProperty:
    match = _PROPERTY.match(statement)
    if match is None:
        raise ParseError(f"unsupported property {statement!r}")
    return TsProperty(match.group(2), match.group(4).strip(), bool(match.group(3)))


_PRIMITIVES: dict[str, JsonSchema] = {
    "string": {"type": "string"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "object": {"type": "object"},
    "Date": {"type": "string", "format": "date-time"},
    "any": {},
}
_MAP = re.compile(r"^\{ \[key: string\]: (.+?);? \}$")


def type_schema(ts_type: str, local_enums: dict[str, list[str]]) -> JsonSchema:
    """Translate a TypeScript type expression to an OpenAPI 3.0 schema.

    Named types become ``$ref`` to a component of the same name, except enums
    declared in the same file, which the generator created from inline enums
    and so are inlined again.
    """
    ts_type = " ".join(ts_type.split())
    members = _split_union(ts_type)
    if "null" in members:
        rest = " | ".join(m for m in members if m != "null")
        return _nullable(type_schema(rest, local_enums))
    if len(members) > 1:
        return {"oneOf": [type_schema(m, local_enums) for m in members]}
    if ts_type in _PRIMITIVES:
        return dict(_PRIMITIVES[ts_type])
    if ts_type.startswith("Array<") and ts_type.endswith(">"):
        return {"type": "array", "items": type_schema(ts_type[6:-1], local_enums)}
    mapping = _MAP.match(ts_type)
    if mapping:
        return {
            "type": "object",
            "additionalProperties": type_schema(mapping.group(1), local_enums),
        }
    if ts_type in local_enums:
        return {"type": "string", "enum": list(local_enums[ts_type])}
    if re.fullmatch(r"[A-Za-z_]\w*", ts_type):
        return {"$ref": f"#/components/schemas/{ts_type}"}
    raise ParseError(f"unsupported TypeScript type {ts_type!r}")


def _nullable(schema: JsonSchema) -> JsonSchema:
    # OpenAPI 3.0 ignores siblings of $ref, so a nullable reference needs allOf.
    if "$ref" in schema:
        return {"allOf": [schema], "nullable": True}
    return {**schema, "nullable": True}


def _split_union(ts_type: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in ts_type:
        depth += {"{": 1, "<": 1, "}": -1, ">": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts
