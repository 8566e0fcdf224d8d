"""The refresh command: determinism, sources, --check and the change summary."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest
import yaml
from dynamic_spec.diff import diff_documents, format_diff
from dynamic_spec.refresh import build, main

FIXTURES = Path(__file__).parent / "fixtures"
PACKAGE = FIXTURES / "sdk-api"
OVERLAY = FIXTURES / "overlay.yaml"
UPSTREAM_YAML = FIXTURES / "upstream-openapi.yaml"


def _run(tmp_path: Path, *args: str, source: Path = PACKAGE) -> int:
    return main(
        [
            "--source",
            str(source),
            "--overlay",
            str(OVERLAY),
            "--output",
            str(tmp_path / "out.json"),
            *args,
        ]
    )


def test_two_runs_are_byte_identical(tmp_path: Path) -> None:
    """Building twice writes exactly the same bytes, sorted and newline-terminated."""
    assert _run(tmp_path) == 0
    first = (tmp_path / "out.json").read_bytes()
    assert _run(tmp_path) == 0
    assert (tmp_path / "out.json").read_bytes() == first
    assert first.endswith(b"}\n")
    assert (
        first.decode() == json.dumps(json.loads(first), indent=2, sort_keys=True) + "\n"
    )


def test_tarball_source_matches_directory(tmp_path: Path) -> None:
    """An npm .tgz gives the same description as the unpacked directory."""
    tarball = tmp_path / "sdk-api.tgz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(PACKAGE, arcname="package")
    assert build(tarball, OVERLAY).text == build(PACKAGE, OVERLAY).text


def test_check_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--check passes on an up-to-date file and fails without writing otherwise."""
    output = tmp_path / "out.json"
    assert _run(tmp_path) == 0
    assert _run(tmp_path, "--check") == 0
    output.write_text(output.read_text().replace("listPets", "listDogs"))
    stale = output.read_text()
    assert _run(tmp_path, "--check") == 1
    assert output.read_text() == stale
    assert "out of date" in capsys.readouterr().out


def test_openapi_file_source() -> None:
    """An OpenAPI YAML is cut to the admin API, overlaid, pruned and sorted."""
    result = build(UPSTREAM_YAML, OVERLAY)
    paths = result.document["paths"]
    assert set(paths) == {"/environments/{environmentId}/pets"}
    assert set(paths["/environments/{environmentId}/pets"]) == {"get"}
    op = paths["/environments/{environmentId}/pets"]["get"]
    assert op["security"] == [{"bearerAuth": []}]
    assert op["x-dynamic-pagination"]["items"] == "pets"
    assert {p["name"]: p["schema"] for p in op["parameters"]}["limit"] == {
        "type": "integer"
    }
    assert set(result.document["components"]["schemas"]) >= {"PetPage", "NotFound"}
    assert "Unused" not in result.document["components"]["schemas"]
    assert result.document["tags"] == [{"name": "Pets"}]
    assert list(json.loads(result.text)) == sorted(result.document)


def test_json_file_source_equals_yaml(tmp_path: Path) -> None:
    """The same description as JSON or YAML normalises to identical output."""
    as_json = tmp_path / "upstream.json"
    as_json.write_text(json.dumps(yaml.safe_load(UPSTREAM_YAML.read_text())))
    assert build(as_json, OVERLAY).text == build(UPSTREAM_YAML, OVERLAY).text


def test_diff_summary() -> None:
    """The summary lists added, removed and changed operations and schemas."""
    new = build(PACKAGE, OVERLAY).document
    old = json.loads(json.dumps(new))
    del old["paths"]["/pets/{petId}/note"]
    old["paths"]["/pets"]["get"]["responses"]["200"]["description"] = "reworded"
    old["paths"]["/environments/{environmentId}/pets"]["get"]["parameters"].pop()
    old["components"]["schemas"]["Gone"] = {"type": "object"}
    del old["components"]["schemas"]["DogOpts"]
    text = format_diff(diff_documents(old, new))
    assert "Added operations (1):\n  getPetNote" in text
    assert "Removed operations: none" in text
    assert (
        "Changed operations (2):\n  listAllPets (responses)\n  listPets (parameters)"
        in text
    )
    assert "Added schemas (1):\n  DogOpts" in text
    assert "Removed schemas (1):\n  Gone" in text


def test_summary_ignores_prose() -> None:
    """Descriptions and summaries do not count as operation changes."""
    new = build(PACKAGE, OVERLAY).document
    old = json.loads(json.dumps(new))
    old["paths"]["/pets"]["get"]["summary"] = "Something else"
    assert (
        format_diff(diff_documents(old, new)) == "No changes to operations or schemas."
    )


def test_missing_deep_object_is_a_problem(tmp_path: Path) -> None:
    """An object-valued query parameter the overlay misses fails the refresh."""
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n")
    result = build(PACKAGE, overlay)
    assert result.problems == [
        "listPets: object query parameter 'filter' is not style: deepObject"
    ]
    assert (
        main(
            [
                "--source",
                str(PACKAGE),
                "--overlay",
                str(overlay),
                "--output",
                str(tmp_path / "out.json"),
            ]
        )
        == 2
    )
