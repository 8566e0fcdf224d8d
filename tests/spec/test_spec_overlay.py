"""The Overlay 1.0 engine, its JSONPath subset and the fixture corrections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from dynamic_spec.jsonpath import JsonPathError, select
from dynamic_spec.overlay import OverlayError, apply_overlay
from dynamic_spec.refresh import Refresh

OpLookup = Callable[[dict[str, Any], str], dict[str, Any]]
ERRORS = {"400", "401", "403", "404", "422", "429", "500"}
DOC: dict[str, Any] = {
    "paths": {
        "/a": {
            "get": {
                "operationId": "a",
                "parameters": [{"name": "limit", "in": "query"}],
            }
        },
        "/b": {"post": {"operationId": "b", "security": []}},
    }
}


def _values(path: str) -> list[Any]:
    return [location.value for location in select(DOC, path)]


def test_select_members_and_wildcards() -> None:
    """Dot, bracket, wildcard and index selectors walk the document."""
    assert _values("$.paths['/a'].get.operationId") == ["a"]
    assert _values('$.paths["/b"].post.operationId') == ["b"]
    assert [op["operationId"] for op in _values("$.paths.*.*")] == ["a", "b"]
    assert _values("$.paths['/a'].get.parameters[0].name") == ["limit"]
    assert _values("$.paths['/a'].get.parameters[*].in") == ["query"]


def test_select_filters() -> None:
    """Filters test equality, inequality, existence and absence of a key."""
    assert [
        op["operationId"] for op in _values("$.paths.*[?(@.operationId == 'b')]")
    ] == ["b"]
    assert [
        op["operationId"] for op in _values("$.paths.*[?(@.operationId != 'b')]")
    ] == ["a"]
    assert [op["operationId"] for op in _values("$.paths.*[?(@.security)]")] == ["b"]
    assert [op["operationId"] for op in _values("$.paths.*[?(!@.security)]")] == ["a"]
    assert _values("$.paths.*.*.parameters[?(@.name == 'limit')].in") == ["query"]


@pytest.mark.parametrize(
    "path", ["paths", "$..name", "$.paths[0:1]", "$.a[?(@.x > 1)]"]
)
def test_select_rejects_unsupported(path: str) -> None:
    """Syntax outside the documented subset is an error, not a silent miss."""
    with pytest.raises(JsonPathError):
        select(DOC, path)


def test_update_merges_and_appends() -> None:
    """Updates merge objects recursively, append to arrays and replace scalars."""
    doc: dict[str, Any] = {"info": {"title": "x", "tags": ["a"], "meta": {"k": 1}}}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {
                "target": "$.info",
                "update": {"title": "y", "tags": ["b"], "meta": {"j": 2}},
            }
        ],
    }
    results = apply_overlay(doc, overlay)
    assert doc == {"info": {"title": "y", "tags": ["a", "b"], "meta": {"k": 1, "j": 2}}}
    assert results[0].matched == 1


def test_remove_and_report_misses() -> None:
    """Remove deletes each selected node and a miss is counted as zero."""
    doc: dict[str, Any] = {"items": [{"n": "x"}, {"n": "y"}, {"n": "x"}], "keep": True}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.items[?(@.n == 'x')]", "remove": True},
            {"target": "$.nothing", "remove": True},
        ],
    }
    results = apply_overlay(doc, overlay)
    assert doc == {"items": [{"n": "y"}], "keep": True}
    assert [r.matched for r in results] == [2, 0]


def test_malformed_overlay() -> None:
    """A wrong version or an action without update/remove is rejected."""
    with pytest.raises(OverlayError):
        apply_overlay({}, {"overlay": "2.0.0", "actions": []})
    with pytest.raises(OverlayError):
        apply_overlay({}, {"overlay": "1.0.0", "actions": [{"target": "$"}]})


def test_security_on_every_operation(fixture_build: Refresh) -> None:
    """Every operation requires the bearer token after the overlay."""
    ops = [
        op for item in fixture_build.document["paths"].values() for op in item.values()
    ]
    assert all(op["security"] == [{"bearerAuth": []}] for op in ops)
    assert fixture_build.actions[1].matched == 4
    scheme = fixture_build.document["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["scheme"] == "bearer" and "dyn_" in scheme["description"]


def test_error_responses(fixture_build: Refresh) -> None:
    """Every operation references the seven shared error responses."""
    for item in fixture_build.document["paths"].values():
        for op in item.values():
            assert op["responses"].keys() >= ERRORS
            assert op["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}


def test_integer_counters_and_deep_object(
    fixture_build: Refresh, operation: OpLookup
) -> None:
    """limit/offset/count become integers and filter becomes deepObject."""
    op = operation(fixture_build.document, "listPets")
    params = {p["name"]: p for p in op["parameters"]}
    assert params["limit"]["schema"] == {"type": "integer"}
    assert params["offset"]["schema"] == {"type": "integer"}
    assert (params["filter"]["style"], params["filter"]["explode"]) == (
        "deepObject",
        True,
    )
    page = fixture_build.document["components"]["schemas"]["PetPage"]
    assert page["properties"]["count"] == {"type": "integer"}


def test_pagination_marker(fixture_build: Refresh, operation: OpLookup) -> None:
    """The pagination extension and descriptions land on the targeted operation."""
    op = operation(fixture_build.document, "listPets")
    assert op["x-dynamic-pagination"] == {
        "style": "offset",
        "items": "pets",
        "count": "count",
        "cursor": None,
    }
    assert op["description"] == "Lists the pets of an environment."
