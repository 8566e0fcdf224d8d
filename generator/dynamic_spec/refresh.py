"""Rebuild ``openapi/dynamic-admin-api.json`` and report what changed."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dynamic_spec.diff import diff_documents, format_diff
from dynamic_spec.normalize import admin_only, operations, problems, prune, render
from dynamic_spec.overlay import ActionResult, apply_overlay
from dynamic_spec.source import load_source

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUTPUT = REPO_ROOT / "openapi" / "dynamic-admin-api.json"
DEFAULT_OVERLAY = REPO_ROOT / "openapi" / "overlay.yaml"


@dataclass
class Refresh:
    """A built description plus everything worth telling the reviewer."""

    text: str
    document: dict[str, Any]
    notes: list[str]
    actions: list[ActionResult]
    problems: list[str]


def build(source: Path | None, overlay_path: Path) -> Refresh:
    """Load ``source``, keep the admin API, apply the overlay and render it."""
    document, notes = load_source(source)
    admin_only(document)
    overlay = yaml.safe_load(overlay_path.read_text())
    actions = apply_overlay(document, overlay)
    prune(document)
    return Refresh(render(document), document, notes, actions, problems(document))


def report(result: Refresh, previous: dict[str, Any]) -> str:
    """Describe the build: counts, overlay effects, problems and the diff."""
    ops = operations(result.document)
    tags = result.document["tags"]
    schemas = result.document["components"]["schemas"]
    lines = [
        f"{len(ops)} operations in {len(tags)} tags, {len(schemas)} schemas",
        *result.notes,
        "Overlay actions (nodes matched):",
        *(f"  {a.matched:4d}  {a.description or a.target}" for a in result.actions),
    ]
    stale = [a for a in result.actions if a.matched == 0]
    lines += [
        f"WARNING: overlay action {a.index} matched nothing: {a.target}" for a in stale
    ]
    lines += [f"PROBLEM: {p}" for p in result.problems]
    lines.append(format_diff(diff_documents(previous, result.document)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit status."""
    args = _parser().parse_args(argv)
    result = build(args.source, args.overlay)
    previous_text = args.output.read_text() if args.output.exists() else ""
    previous = json.loads(previous_text) if previous_text else {}
    print(report(result, previous))
    if result.problems:
        return 2
    if args.check:
        if previous_text != result.text:
            print(f"{args.output} is out of date; run the refresh without --check.")
            return 1
        return 0
    args.output.write_text(result.text)
    print(f"Wrote {args.output}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--source",
        type=Path,
        help="unpacked npm package directory, npm .tgz, or OpenAPI .json/.yaml "
        "(default: npm pack the pinned release)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the committed file differs",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--overlay", type=Path, default=DEFAULT_OVERLAY)
    return parser


if __name__ == "__main__":
    sys.exit(main())
