"""Extraction of operations and schemas from the fixture npm package."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dynamic_spec.build import summary_from_id
from dynamic_spec.refresh import Refresh

OpLookup = Callable[[dict[str, Any], str], dict[str, Any]]


def _schemas(result: Refresh) -> dict:
    return result.document["components"]["schemas"]


def _param(op: dict, name: str) -> dict:
    return next(p for p in op["parameters"] if p["name"] == name)


def test_admin_operations_only(fixture_build: Refresh) -> None:
    """SDK classes, declaration-only classes and OPTIONS stubs are left out."""
    ids = {
        op["operationId"]
        for item in fixture_build.document["paths"].values()
        for op in item.values()
    }
    assert ids == {
        "addPet",
        "deletePet",
        "getPetNote",
        "listAllPets",
        "listPets",
        "uploadPetPhoto",
    }
    assert "/sdk/ping" not in fixture_build.document["paths"]
    assert "skipped class GhostApi: declaration without code" in fixture_build.notes
    assert "skipped OPTIONS stub optionsPets" in fixture_build.notes


def test_tags_are_class_names(fixture_build: Refresh, operation: OpLookup) -> None:
    """Each operation is tagged with its class name minus the Api suffix."""
    assert fixture_build.document["tags"] == [{"name": "Pets"}]
    assert operation(fixture_build.document, "listPets")["tags"] == ["Pets"]


def test_path_query_and_header_params(
    fixture_build: Refresh, operation: OpLookup
) -> None:
    """Parameters keep their wire names, locations and required flags."""
    op = operation(fixture_build.document, "listPets")
    assert [(p["name"], p["in"], p["required"]) for p in op["parameters"]] == [
        ("environmentId", "path", True),
        ("filter", "query", False),
        ("sort_by", "query", False),
        ("offset", "query", False),
        ("limit", "query", False),
        ("ids", "query", False),
        ("since", "query", False),
        ("x-request-tag", "header", False),
    ]


def test_param_schemas(fixture_build: Refresh, operation: OpLookup) -> None:
    """Inline enums, csv arrays and dates map to the matching schemas."""
    op = operation(fixture_build.document, "listPets")
    assert _param(op, "sort_by")["schema"] == {
        "type": "string",
        "enum": ["name", "age"],
    }
    ids = _param(op, "ids")
    assert (ids["style"], ids["explode"]) == ("form", False)
    assert ids["schema"] == {"type": "array", "items": {"type": "string"}}
    assert _param(op, "since")["schema"] == {"type": "string", "format": "date-time"}


def test_model_properties(fixture_build: Refresh) -> None:
    """Model properties use wire names with nullable, array, map and date types."""
    pet = _schemas(fixture_build)["Pet"]["properties"]
    assert pet["born_at"] == {"type": "string", "format": "date-time"}
    assert pet["vaccinated_at"] == {
        "type": "string",
        "format": "date-time",
        "nullable": True,
    }
    assert pet["nickname"] == {"type": "string", "nullable": True}
    assert pet["owner"] == {
        "allOf": [{"$ref": "#/components/schemas/Owner"}],
        "nullable": True,
    }
    assert pet["tags"] == {"type": "array", "items": {"type": "string"}}
    assert pet["attributes"] == {
        "type": "object",
        "additionalProperties": {"type": "string"},
    }
    assert pet["extra"] == {"type": "object"}
    assert pet["weight"] == {"type": "number"}


def test_required_follows_guards(fixture_build: Refresh) -> None:
    """Properties read without an exists() guard are required."""
    assert _schemas(fixture_build)["Pet"]["required"] == ["id", "kind", "born_at"]
    assert "required" not in _schemas(fixture_build)["PetFilter"]


def test_enums(fixture_build: Refresh) -> None:
    """Named enums become components; enums declared beside a model are inlined."""
    schemas = _schemas(fixture_build)
    assert schemas["PetKind"] == {"type": "string", "enum": ["dog", "cat", "sea-lion"]}
    assert schemas["Pet"]["properties"]["kind"] == {
        "$ref": "#/components/schemas/PetKind"
    }
    assert schemas["Pet"]["properties"]["status"] == {
        "type": "string",
        "enum": ["available", "adopted"],
    }
    assert "PetStatusEnum" not in schemas


def test_nested_refs_and_one_of(fixture_build: Refresh) -> None:
    """Nested references resolve transitively and type aliases become oneOf."""
    schemas = _schemas(fixture_build)
    assert schemas["Owner"]["properties"]["pets"]["items"] == {
        "$ref": "#/components/schemas/Pet"
    }
    assert schemas["PetOpts"] == {"oneOf": [{"$ref": "#/components/schemas/DogOpts"}]}
    assert "DogOpts" in schemas


def test_only_reachable_schemas(fixture_build: Refresh) -> None:
    """Models no admin operation reaches are dropped, error models are kept."""
    schemas = _schemas(fixture_build)
    assert "Orphan" not in schemas
    assert {"BadRequest", "NotFound", "InternalServerError"} <= schemas.keys()


def test_json_body_and_array_response(
    fixture_build: Refresh, operation: OpLookup
) -> None:
    """JSON bodies reference their model and array responses wrap items."""
    add = operation(fixture_build.document, "addPet")
    assert add["requestBody"] == {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/PetUpdate"}}
        },
    }
    listing = operation(fixture_build.document, "listAllPets")["responses"]["200"]
    assert listing["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Pet"},
    }


def test_form_body(fixture_build: Refresh, operation: OpLookup) -> None:
    """URLSearchParams bodies become form-encoded objects with wire field names."""
    body = operation(fixture_build.document, "uploadPetPhoto")["requestBody"]
    schema = body["content"]["application/x-www-form-urlencoded"]["schema"]
    assert schema == {
        "type": "object",
        "properties": {
            "photo_caption": {"type": "string"},
            "rating": {"type": "number"},
        },
        "required": ["photo_caption"],
    }


def test_status_codes(fixture_build: Refresh, operation: OpLookup) -> None:
    """Void responses are 204, InlineResponse201 keeps 201, text is text/plain."""
    doc = fixture_build.document
    assert operation(doc, "deletePet")["responses"]["204"] == {
        "description": "No content"
    }
    assert "201" in operation(doc, "addPet")["responses"]
    note = operation(doc, "getPetNote")["responses"]["200"]
    assert note["content"] == {"text/plain": {"schema": {"type": "string"}}}


def test_no_upstream_prose(fixture_build: Refresh, operation: OpLookup) -> None:
    """Doc comments from the TypeScript sources never reach the description."""
    assert "Upstream prose" not in fixture_build.text
    assert operation(fixture_build.document, "addPet")["summary"] == "Add pet"


def test_summary_from_id() -> None:
    """Summaries are the operationId split into words."""
    assert summary_from_id("getEnvironmentUsers") == "Get environment users"
    assert summary_from_id("getWalletByIdLegacy") == "Get wallet by id legacy"
    assert summary_from_id("resetUserMFA") == "Reset user MFA"
