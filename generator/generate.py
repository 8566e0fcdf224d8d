"""Generate the ``dynamic_admin_api`` package from the OpenAPI description.

Usage::

    python generator/generate.py [--spec PATH] [--output DIR]

This drives openapi-python-client (pinned, see ``noxfile.py``) with
``generator/config.yaml`` and the templates in ``generator/templates``.  It
runs the library rather than its CLI for one reason: the templates need facts
the parsed model drops (the raw ``operationId``, the spec tag, parameter
``style`` and the ``x-dynamic-pagination`` extension), so the raw operations
are added to the template context as ``spec_operation(endpoint)``.
"""

from __future__ import annotations

import argparse
import builtins
import json
import keyword
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from openapi_python_client import Project, _get_project_for_url_or_path
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, PythonCode, PythonIdentifier

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi" / "dynamic-admin-api.json"
DEFAULT_OUTPUT = ROOT / "generated_client" / "dynamic_admin_api"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "generator" / "templates"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` (one level is all parameters use)."""
    if isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        return target
    return node


def index_operations(
    document: Mapping[str, Any], prefix: str
) -> dict[str, dict[str, Any]]:
    """Map each endpoint's generated python name to its raw operation.

    Each value is the operation object with ``path``, ``method`` and the
    merged, ``$ref``-resolved ``parameters`` (path-level ones included).
    """
    operations: dict[str, dict[str, Any]] = {}
    for path, item in document.get("paths", {}).items():
        shared = [_resolve(document, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            raw = dict(item[method])
            own = [_resolve(document, p) for p in raw.get("parameters", [])]
            overridden = {(p["name"], p["in"]) for p in own}
            raw["parameters"] = [
                p for p in shared if (p["name"], p["in"]) not in overridden
            ] + own
            raw["path"] = path
            raw["method"] = method.upper()
            raw.setdefault("tags", ["default"])
            if "operationId" in raw:
                operations[str(PythonIdentifier(raw["operationId"], prefix))] = raw
    return operations


def _raw(text: Any) -> str:
    """The plain text of a name from the description (UntrustedString or str)."""
    return (
        text.get_untrusted_value() if isinstance(text, UntrustedString) else str(text)
    )


def _code(code: Any) -> str:
    """The text of a generated type annotation (PythonCode or str)."""
    return code.as_unembedded_code() if isinstance(code, PythonCode) else str(code)


def parse_expr(prop: Any, src: str, depth: int = 0) -> str | None:
    """Python expression turning the decoded JSON ``src`` into ``prop``'s type.

    ``src`` must be cheap to evaluate twice (a name or a subscript).  None
    means the property needs the stock statement-based construct (a general
    union tried member by member).
    """
    kind = type(prop).__name__
    if kind in ("ModelProperty", "EnumProperty"):
        name = prop.class_info.name
        method = "from_dict" if kind == "ModelProperty" else "from_value"
        return f"{name}.{method}({src})"
    if kind in SCALAR_PARSERS:
        return f"{SCALAR_PARSERS[kind]}({src})"
    if kind == "ListProperty":
        var = f"item{depth}_"
        inner = parse_expr(prop.inner_property, var, depth + 1)
        if inner is None:
            return None
        return src if inner == var else f"[{inner} for {var} in {src}]"
    if kind == "UnionProperty":
        members = [
            p for p in prop.inner_properties if type(p).__name__ != "NoneProperty"
        ]
        nullable = len(members) < len(prop.inner_properties)
        exprs = [parse_expr(p, src, depth) for p in members]
        if all(e == src for e in exprs):
            return src
        if len(members) != 1 or exprs[0] is None:
            return None
        return f"None if {src} is None else {exprs[0]}" if nullable else exprs[0]
    if kind == "FileProperty":
        return None
    # str, int, float, bool, Any, None and const values are used as decoded.
    return src


SCALAR_PARSERS = {
    # Python 3.11's fromisoformat accepts RFC 3339 including a "Z" suffix,
    # at a fraction of dateutil's cost.
    "DateTimeProperty": "datetime.datetime.fromisoformat",
    "DateProperty": "datetime.date.fromisoformat",
    "UuidProperty": "UUID",
}


def field_parser(prop: Any, mapping: str) -> dict[str, Any]:
    """How ``from_dict`` reads one field out of the JSON object ``mapping``.

    Returns ``pre`` (a statement to run first, or ""), ``value`` (the
    keyword argument's expression), and ``stock``/``source`` when the stock
    construct macro must assign the variable instead.
    """
    key = json.dumps(_raw(prop.name))
    name = str(prop.python_name)
    source = f"{mapping}[{key}]" if prop.required else f"get({key}, UNSET)"
    direct = parse_expr(prop, source)
    if direct == source:
        return {"pre": "", "value": source, "stock": False, "source": source}
    if direct is None:
        return {"pre": "", "value": name, "stock": True, "source": source}
    if prop.required and " if " not in direct:
        return {"pre": "", "value": direct, "stock": False, "source": source}
    local = f"{name}_"
    value = parse_expr(prop, local)
    assert value is not None  # parse_expr depends on the property, not on src
    if not prop.required:
        value = f"UNSET if {local} is UNSET else " + (
            f"({value})" if " if " in value else value
        )
    return {
        "pre": f"{local} = {source}",
        "value": value,
        "stock": False,
        "source": source,
    }


def success_responses(endpoint: Any) -> list[Any]:
    """The endpoint's 2xx responses (what ``_parse`` decodes)."""
    return [
        r
        for r in endpoint.responses.patterns
        if r.status_code.range
        and 200 <= r.status_code.range[0] <= r.status_code.range[1] <= 299
    ]


def success_type(endpoint: Any) -> str:
    """The annotation of ``_parse``'s result: only the success models."""
    types = sorted(
        {
            "None"
            if r.source["attribute"] == "None"
            else _code(r.prop.get_type_string())
            for r in success_responses(endpoint)
        }
    )
    return " | ".join(types) or "None"


def primary_body(endpoint: Any) -> Any:
    """The request body a call sends: the JSON one when several are offered."""
    bodies = list(endpoint.bodies)
    json_bodies = [b for b in bodies if b.body_type == "json"]
    return (json_bodies or bodies or [None])[0]


def _attribute(model: Any, wire_name: str | None) -> tuple[str | None, Any]:
    if wire_name is None:
        return None, None
    for prop in model.required_properties + model.optional_properties:
        if prop.name == wire_name:
            return str(prop.python_name), prop
    raise ValueError(
        f"x-dynamic-pagination names {wire_name!r}, "
        f"not a field of {model.class_info.name}"
    )


def pagination(endpoint: Any, operation: Mapping[str, Any]) -> dict[str, Any] | None:
    """``x-dynamic-pagination`` with python attribute names and the item type."""
    marker = operation.get("x-dynamic-pagination")
    if not marker:
        return None
    responses = success_responses(endpoint)
    if len(responses) != 1:
        raise ValueError(
            f"{operation['operationId']}: a paginated operation needs one 2xx response"
        )
    page = responses[0].prop
    if marker.get("items") is None:
        listing = page
    else:
        listing = _attribute(page, marker["items"])[1]
    inner = listing.inner_property
    query = {_raw(p.name): str(p.python_name) for p in endpoint.query_parameters}
    page_param = "offset" if marker["style"] == "offset" else "cursor"
    if page_param not in query:
        raise ValueError(
            f"{operation['operationId']}: paginated without a {page_param!r} "
            "query parameter"
        )
    return {
        "page_param": query[page_param],
        "limit_param": query.get("limit"),
        "style": marker["style"],
        "items": _attribute(page, marker.get("items"))[0]
        if marker.get("items")
        else None,
        "count": _attribute(page, marker.get("count"))[0],
        "cursor": _attribute(page, marker.get("cursor"))[0],
        "item_type": _code(inner.get_type_string(no_optional=True)),
        "imports": sorted(
            inner.get_imports(prefix="...") | inner.get_lazy_imports(prefix="...")
        ),
    }


def facade_name(prop: Any) -> str:
    """The keyword a facade method takes for a parameter.

    The generator suffixes names that shadow builtins (``filter_``); the
    facades take the plain name (``filter=``), which only shadows inside a
    method body that never uses the builtin.
    """
    name = str(prop.python_name)
    plain = name.removesuffix("_")
    if plain != name and plain in _SHADOWABLE and not keyword.iskeyword(plain):
        return plain
    return name


_SHADOWABLE = frozenset(dir(builtins)) - {"self", "dict", "int", "str", "Any", "print"}


def facade_imports(endpoints: list[Any], pagination_of: Any) -> list[str]:
    """Imports for the annotations of a tag's facade methods (only those)."""
    props = []
    for endpoint in endpoints:
        props += [r.prop for r in success_responses(endpoint)]
        props += (
            endpoint.path_parameters
            + endpoint.query_parameters
            + endpoint.header_parameters
        )
        body = primary_body(endpoint)
        if body is not None:
            props.append(body.prop)
    lines: set[str] = set()
    for prop in props:
        lines |= prop.get_imports(prefix="...") | prop.get_lazy_imports(prefix="...")
    for endpoint in endpoints:
        paging = pagination_of(endpoint)
        if paging:
            lines |= set(paging["imports"])
    return sorted(
        line
        for line in lines
        if line.startswith("from ...models.") or line == "import datetime"
    )


def _template_globals(document: Mapping[str, Any], config: Config) -> dict[str, Any]:
    operations = index_operations(document, config.field_prefix)

    def spec_operation(endpoint: Any) -> dict[str, Any]:
        return operations[str(endpoint.name)]

    def query_style(endpoint: Any, prop: Any) -> str:
        for parameter in spec_operation(endpoint)["parameters"]:
            if parameter["in"] == "query" and parameter["name"] == prop.name:
                return str(parameter.get("style", "form"))
        return "form"

    def has_content_body(endpoint: Any) -> bool:
        body = primary_body(endpoint)
        return body is not None and body.body_type == "content"

    def env_parameter(endpoint: Any) -> Any:
        for prop in endpoint.path_parameters:
            if prop.name == "environmentId":
                return prop
        return None

    def iter_name(endpoint: Any) -> str:
        return "iter_" + str(endpoint.name).removeprefix("get_")

    def as_required(prop: Any) -> Any:
        return attrs.evolve(prop, required=True)

    def kind(prop: Any) -> str:
        return type(prop).__name__

    def class_name(value: str) -> str:
        return str(ClassName(value, config.field_prefix))

    return {
        "spec_operation": spec_operation,
        "as_required": as_required,
        "kind": kind,
        "facade_name": facade_name,
        "env_parameter": env_parameter,
        "iter_name": iter_name,
        "query_style": query_style,
        "has_content_body": has_content_body,
        "success_responses": success_responses,
        "success_type": success_type,
        "primary_body": primary_body,
        "pagination": lambda endpoint: pagination(endpoint, spec_operation(endpoint)),
        "parse_expr": parse_expr,
        "field_parser": field_parser,
        "pascal": class_name,
        "pyrepr": repr,
        "facade_imports": facade_imports,
    }


def build(
    spec: Path, output: Path, *, templates: Path | None = TEMPLATES
) -> list[GeneratorError]:
    """Write the package for ``spec`` into ``output`` (replaced entirely)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        spec,
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    # The post hooks call ruff by name: use the one installed next to this
    # interpreter (the pinned one) rather than whatever is first on PATH.
    bin_dir = str(Path(sys.executable).parent)
    if not os.environ.get("PATH", "").startswith(bin_dir + os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    project = _get_project_for_url_or_path(
        config=config, custom_template_path=templates
    )
    if isinstance(project, GeneratorError):
        return [project]
    assert isinstance(project, Project)
    document = json.loads(spec.read_text(encoding="utf-8"))
    project.env.globals.update(_template_globals(document, config))
    shutil.rmtree(output, ignore_errors=True)
    output.parent.mkdir(parents=True, exist_ok=True)
    problems = list(project.build())
    # PEP 561 marker: openapi-python-client writes it only with packaging metadata.
    (output / "py.typed").write_text("", encoding="utf-8")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)

    problems = build(args.spec.resolve(), args.output.resolve())
    errors = [p for p in problems if p.level == ErrorLevel.ERROR]
    for problem in problems:
        print(
            f"{problem.level.value}: {problem.header}\n  {problem.detail or ''}",
            file=sys.stderr,
        )
    warnings = len(problems) - len(errors)
    print(f"generated {args.output} ({warnings} warnings, {len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
