"""Contract cases: one per operation of the checked-in OpenAPI description."""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from dynamic_spec.examples import example, load_spec, ref_name, resolve

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head")

# The client every contract test builds talks to this mocked API.
BASE_URL = "https://contract.invalid/api/v0"
TOKEN = "dyn_" + "C0ntract" * 7
ENV = "env-contract"


@dataclass(frozen=True)
class Case:
    """One operation of the description, with the values a test sends."""

    operation_id: str
    tag: str
    method: str
    path: str
    operation: dict[str, Any] = field(repr=False, hash=False, compare=False)

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


@dataclass
class Call:
    """What a case passes to the client, and what must reach the wire."""

    kwargs: dict[str, Any]
    decoded_path: str
    raw_path: str
    query: list[tuple[str, str]]
    json_body: Any
    response_json: Any
    response_kwargs: dict[str, Any]


def expected_call(case: Case, environment_id: str) -> Call:
    """Derive a case's arguments and expected traffic from the description.

    ``environmentId`` is left to the client's default; every other path
    parameter carries a space and a slash, so its encoding is checked too.
    """
    kwargs: dict[str, Any] = {}
    decoded = raw = case.path
    query: list[tuple[str, str]] = []
    for param in case.parameters:
        name, where = param["name"], param["in"]
        if where == "path":
            value = environment_id if name == "environmentId" else f"{name} 1/2"
            if name != "environmentId":
                kwargs[name] = value
            decoded = decoded.replace(f"{{{name}}}", value)
            raw = raw.replace(f"{{{name}}}", quote(value, safe=""))
        elif where == "query":
            value = example(param["schema"], f"{case.operation_id}.{name}")
            kwargs[name] = python_value(param["schema"], value)
            query += wire_query(name, value, param.get("style") == "deepObject")
        else:
            raise AssertionError(f"{case.operation_id}: unhandled {where} parameter")

    json_body = None
    if case.body_schema is not None:
        json_body = example(case.body_schema, f"{case.operation_id}.body")
        kwargs["body"] = python_value(case.body_schema, json_body)

    response_json, response_kwargs = None, {}
    if case.success_media == "application/json" and case.success_schema is not None:
        response_json = example(case.success_schema, f"{case.operation_id}.response")
        response_kwargs = {"json": response_json}
    elif case.success_media is not None and case.success_media.startswith("text/"):
        response_json = f"text answer of {case.operation_id}"
        response_kwargs = {"text": response_json}
    return Call(kwargs, decoded, raw, query, json_body, response_json, response_kwargs)


def wire_query(name: str, value: Any, deep: bool) -> list[tuple[str, str]]:
    """Return the ``(key, value)`` pairs a query parameter must produce."""
    if deep:
        return [(f"{name}[{key}]", wire_scalar(v)) for key, v in value.items()]
    if isinstance(value, list):
        return [(name, wire_scalar(v)) for v in value]
    return [(name, wire_scalar(value))]


def wire_scalar(value: Any) -> str:
    """Render one JSON scalar the way a query string carries it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def python_value(schema: dict[str, Any], value: Any) -> Any:
    """Turn a JSON example into the argument the client takes for it."""
    name = ref_name(schema)
    if name is not None:
        cls = model_class(name)
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            return cls(value)
        return cls.from_dict(value)
    resolved = resolve(schema)
    if resolved.get("type") == "array" and isinstance(value, list):
        return [python_value(resolved.get("items", {}), item) for item in value]
    return value


@functools.cache
def _model_index() -> dict[str, Any]:
    import dynamic_admin_api.models as models

    return {loose(name): name for name in models.__all__}


def model_class(schema_name: str) -> Any:
    """Return the generated class for a component schema."""
    import dynamic_admin_api.models as models

    return getattr(models, _model_index()[loose(schema_name)])


def call(client: Any, case: Case, sent: Call) -> Any:
    """Call the case's operation on ``client`` with the derived arguments."""
    api = getattr(client, snake_case(case.tag))
    method = getattr(api, snake_case(case.operation_id))
    names = {loose(p): p for p in inspect.signature(method).parameters}
    hints = _endpoint_hints(case)
    kwargs = {
        names[loose(key)]: _inline_enum(hints.get(loose(key)), value)
        for key, value in sent.kwargs.items()
    }
    return method(**kwargs)


@functools.cache
def _endpoint_hints(case_key: Case) -> dict[str, Any]:
    module = importlib.import_module(
        f"dynamic_admin_api.api.{snake_case(case_key.tag)}."
        f"{snake_case(case_key.operation_id)}"
    )
    hints = typing.get_type_hints(module._get_kwargs)
    return {loose(name): hint for name, hint in hints.items()}


def _inline_enum(hint: Any, value: Any) -> Any:
    """Convert a plain value to the enum class the description declared inline."""
    for arg in (hint, *typing.get_args(hint)):
        if (
            isinstance(arg, type)
            and issubclass(arg, enum.Enum)
            and isinstance(value, str)
        ):
            return arg(value)
        if typing.get_origin(arg) is list and isinstance(value, list):
            return [_inline_enum(typing.get_args(arg)[0], item) for item in value]
    return value
