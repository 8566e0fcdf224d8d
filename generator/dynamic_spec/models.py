"""Turn ``src/models`` declarations into OpenAPI component schemas on demand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dynamic_spec.typescript import (
    JsonSchema,
    ParseError,
    merged_model,
    parse_aliases,
    parse_enums,
    parse_interfaces,
    parse_wire_keys,
    type_schema,
)

REF_PREFIX = "#/components/schemas/"


class ModelReader:
    """Load the schema of a named upstream model from ``src/models``."""

    def __init__(self, models_dir: Path) -> None:
        self._dir = models_dir

    def schema(self, name: str) -> JsonSchema:
        """Return the component schema for model ``name``."""
        declaration = self._read(f"{name}.d.ts")
        enums = parse_enums(declaration)
        if name in enums:
            return {"type": "string", "enum": enums[name]}
        interfaces = parse_interfaces(declaration)
        if name in interfaces:
            return self._object(name, declaration)
        aliases = parse_aliases(declaration)
        if name in aliases:
            return self._alias(name, aliases[name])
        raise ParseError(f"model {name}: no interface, enum or type alias")

    def _object(self, name: str, declaration: str) -> JsonSchema:
        interface = parse_interfaces(declaration)[name]
        wire_keys = parse_wire_keys(self._read(f"{name}.cjs"), name)
        properties: dict[str, JsonSchema] = {}
        required: list[str] = []
        for prop in interface.properties:
            key = wire_keys.get(prop.name)
            if key is None:
                raise ParseError(f"{name}.{prop.name}: not read by {name}FromJSONTyped")
            properties[key.wire_name] = type_schema(prop.type, interface.local_enums)
            if key.required:
                required.append(key.wire_name)
        schema: JsonSchema = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        return schema

    def _alias(self, name: str, target: str) -> JsonSchema:
        # The generator writes a oneOf as a union alias and deserialises it by
        # copying the member model (Object.assign), so each member is a oneOf arm.
        copied = merged_model(self._read(f"{name}.cjs"), name)
        members = [m.strip() for m in target.split("|")]
        if copied is not None and copied not in members:
            raise ParseError(f"model {name}: alias of {target} copies {copied}")
        return {"oneOf": [type_schema(m, {}) for m in members]}

    def _read(self, filename: str) -> str:
        path = self._dir / filename
        if not path.exists():
            raise ParseError(f"model file {path} is missing")
        return path.read_text()


def collect_refs(node: Any) -> set[str]:
    """Return the component schema names referenced anywhere under ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF_PREFIX):
                found.add(ref.removeprefix(REF_PREFIX))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def load_closure(reader: ModelReader, roots: set[str]) -> dict[str, JsonSchema]:
    """Load ``roots`` and every model they reference, transitively."""
    schemas: dict[str, JsonSchema] = {}
    pending = sorted(roots)
    while pending:
        name = pending.pop()
        if name in schemas:
            continue
        schemas[name] = reader.schema(name)
        pending.extend(sorted(collect_refs(schemas[name]) - schemas.keys()))
    return schemas
