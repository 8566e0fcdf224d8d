"""Extract operations and models from an unpacked ``@dynamic-labs/sdk-api``.

The compiled ``src/apis/*Api.cjs`` files carry what only the running client
knows (HTTP method, path template, wire names of query, header and form
fields, which response wrapper is used, whether a bearer token is sent); the
``.d.ts`` files next to them carry the TypeScript types.  Both are read; the
doc comments are never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dynamic_spec.typescript import ParseError, parse_enums, parse_interfaces

# Client-side classes: the SDK endpoints end users call from browsers.
EXCLUDED_CLASSES = frozenset({"SDKApi", "SDKViewsApi"})


@dataclass(frozen=True)
class Param:
    """A path, query or header parameter, or one field of a form body."""

    name: str
    location: str
    ts_type: str
    required: bool
    csv: bool = False
    date_only: bool = False


@dataclass(frozen=True)
class Body:
    """The request body: a JSON value or a form built from named fields."""

    media_type: str
    ts_type: str | None = None
    required: bool = True
    fields: tuple[Param, ...] = ()


@dataclass
class Operation:
    """One admin operation as the TypeScript client performs it."""

    operation_id: str
    tag: str
    method: str
    path: str
    params: list[Param]
    body: Body | None
    response_kind: str  # "json", "text", "void" or "blob"
    response_type: str | None
    secured: bool
    local_enums: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class ApiScan:
    """Every admin operation plus what was skipped and why."""

    operations: list[Operation]
    skipped_classes: dict[str, str]
    skipped_operations: list[str]


_METHOD = re.compile(
    r"^    (\w+)Raw\((?:requestParameters, )?initOverrides\) \{\n(.*?)^    \}$",
    re.DOTALL | re.MULTILINE,
)
_RAW_SIGNATURE = re.compile(
    r"^    (\w+)Raw\((?:requestParameters: (\w+), )?initOverrides\?: RequestInit\): "
    r"Promise<runtime\.ApiResponse<(.+)>>;$",
    re.MULTILINE,
)
_REQUIRED = re.compile(r"throw new runtime\.RequiredError\('(\w+)'")
_QUERY = re.compile(r"queryParameters\['([^']+)'\] = (.+);$", re.MULTILINE)
_HEADER = re.compile(
    r"headerParameters\['([^']+)'\] = String\(requestParameters\.(\w+)\);"
)
_FORM = re.compile(r"formParams\.append\('([^']+)', (.+)\);$", re.MULTILINE)
_CONSUMES = re.compile(r"\{ contentType: '([^']+)' \}")
_PATH = re.compile(r"path: `([^`]+)`")
_PATH_PARAM = re.compile(
    r'\.replace\(`\{\$\{"(\w+)"\}\}`, '
    r"encodeURIComponent\(String\(requestParameters\.(\w+)\)\)\)"
)
_HTTP_METHOD = re.compile(r"method: '(\w+)'")
_BODY = re.compile(r"^\s*body: (.+),$", re.MULTILINE)
_RESPONSE = re.compile(r"new runtime\.(JSON|Text|Void|Blob)ApiResponse")
_TS_NAME = re.compile(r"requestParameters\.(\w+)")


def scan_apis(apis_dir: Path) -> ApiScan:
    """Read every admin API class under ``apis_dir`` (``src/apis``)."""
    operations: list[Operation] = []
    skipped_classes: dict[str, str] = {}
    skipped_operations: list[str] = []
    for declaration in sorted(apis_dir.glob("*Api.d.ts")):
        class_name = declaration.name.removesuffix(".d.ts")
        code = declaration.with_name(f"{class_name}.cjs")
        if class_name in EXCLUDED_CLASSES:
            skipped_classes[class_name] = "client-side SDK class"
        elif not code.exists():
            # The package ships these classes as declarations only, so their
            # paths and methods are unknown; nothing can be derived from them.
            skipped_classes[class_name] = "declaration without code"
        else:
            for op in _scan_class(
                class_name, code.read_text(), declaration.read_text()
            ):
                if op.method == "OPTIONS":
                    # CORS pre-flight stubs; browsers send these, API clients never do.
                    skipped_operations.append(op.operation_id)
                else:
                    operations.append(op)
    _check_unique(operations)
    return ApiScan(operations, skipped_classes, skipped_operations)


def _check_unique(operations: list[Operation]) -> None:
    seen: set[str] = set()
    for op in operations:
        if op.operation_id in seen:
            raise ParseError(f"duplicate operationId {op.operation_id}")
        seen.add(op.operation_id)


def _scan_class(class_name: str, code: str, declaration: str) -> list[Operation]:
    requests = parse_interfaces(declaration)
    enums = parse_enums(declaration)
    signatures = {
        m.group(1): (m.group(2), m.group(3))
        for m in _RAW_SIGNATURE.finditer(declaration)
    }
    operations = []
    for match in _METHOD.finditer(code):
        name, body = match.group(1), match.group(2)
        if name not in signatures:
            raise ParseError(f"{class_name}.{name}: no declaration")
        request_name, response_type = signatures[name]
        types = {}
        if request_name:
            types = {p.name: p.type for p in requests[request_name].properties}
        tag = class_name.removesuffix("Api")
        operations.append(_operation(name, tag, body, types, response_type, enums))
    return operations


def _operation(
    name: str,
    tag: str,
    body: str,
    types: dict[str, str],
    response_type: str,
    enums: dict[str, list[str]],
) -> Operation:
    required = set(_REQUIRED.findall(body))
    kind = _search(_RESPONSE, body, name).lower()
    return Operation(
        operation_id=name,
        tag=tag,
        method=_search(_HTTP_METHOD, body, name),
        path=_search(_PATH, body, name),
        params=_params(body, types, required),
        body=_body(body, types, required),
        response_kind=kind,
        response_type=None if kind == "void" else response_type,
        secured='token("bearerAuth"' in body,
        local_enums=enums,
    )


def _search(pattern: re.Pattern[str], text: str, where: str) -> str:
    match = pattern.search(text)
    if match is None:
        raise ParseError(f"{where}: {pattern.pattern!r} not found")
    return match.group(1)


def _params(body: str, types: dict[str, str], required: set[str]) -> list[Param]:
    params = [
        Param(wire, "path", types[ts], True) for wire, ts in _PATH_PARAM.findall(body)
    ]
    for wire, expression in _QUERY.findall(body):
        ts = _search(_TS_NAME, expression, wire)
        params.append(
            Param(
                wire,
                "query",
                types[ts],
                ts in required,
                csv="COLLECTION_FORMATS" in expression,
                date_only="substr(0,10)" in expression.replace(" ", ""),
            )
        )
    for wire, ts in _HEADER.findall(body):
        params.append(Param(wire, "header", types[ts], ts in required))
    return params


def _body(body: str, types: dict[str, str], required: set[str]) -> Body | None:
    match = _BODY.search(body)
    if match is None:
        return None
    if match.group(1) == "formParams":
        fields = []
        for wire, expression in _FORM.findall(body):
            ts = _search(_TS_NAME, expression, wire)
            fields.append(Param(wire, "form", types[ts], ts in required))
        media = _search(_CONSUMES, body, "form body")
        return Body(media_type=media, fields=tuple(fields))
    ts = _search(_TS_NAME, match.group(1), "body")
    return Body("application/json", types[ts], ts in required)
