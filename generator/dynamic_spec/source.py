"""Load the upstream description from npm, a package directory, a tarball or a file."""

from __future__ import annotations

import json
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import yaml

from dynamic_spec import UPSTREAM_PACKAGE, UPSTREAM_VERSION
from dynamic_spec.build import build_from_package

OPENAPI_SUFFIXES = (".json", ".yaml", ".yml")


class SourceError(RuntimeError):
    """Raised when a source cannot be found, fetched or recognised."""


def load_source(source: Path | None) -> tuple[dict[str, Any], list[str]]:
    """Return the upstream document for ``source`` and notes about what was skipped.

    ``None`` fetches the pinned npm release.  A directory must be an unpacked
    npm package; ``.tgz`` files are npm tarballs; ``.json``/``.yaml`` files
    are OpenAPI descriptions used as they are.
    """
    if source is None:
        with tempfile.TemporaryDirectory() as scratch:
            return _from_tarball(_npm_pack(Path(scratch)))
    if source.is_dir():
        return _from_package(source)
    if source.name.endswith((".tgz", ".tar.gz")):
        return _from_tarball(source)
    if source.suffix in OPENAPI_SUFFIXES:
        return _from_openapi_file(source), []
    raise SourceError(f"{source}: expected a package directory, .tgz, .json or .yaml")


def _npm_pack(destination: Path) -> Path:
    spec = f"{UPSTREAM_PACKAGE}@{UPSTREAM_VERSION}"
    try:
        output = subprocess.run(
            ["npm", "pack", spec, "--json", "--pack-destination", str(destination)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SourceError(f"npm pack {spec} failed: {exc}") from exc
    filename: str = json.loads(output)[0]["filename"]
    return destination / filename


def _from_tarball(tarball: Path) -> tuple[dict[str, Any], list[str]]:
    with tempfile.TemporaryDirectory() as scratch, tarfile.open(tarball) as archive:
        # The "data" filter refuses absolute paths, links out of the tree and devices.
        archive.extractall(scratch, filter="data")
        return _from_package(Path(scratch) / "package")


def _from_package(package_dir: Path) -> tuple[dict[str, Any], list[str]]:
    manifest = package_dir / "package.json"
    if not (manifest.exists() and (package_dir / "src" / "apis").is_dir()):
        raise SourceError(f"{package_dir}: not an unpacked {UPSTREAM_PACKAGE} package")
    version = json.loads(manifest.read_text())["version"]
    document, scan = build_from_package(package_dir, version)
    notes = [
        f"skipped class {name}: {why}"
        for name, why in sorted(scan.skipped_classes.items())
    ]
    notes += [
        f"skipped OPTIONS stub {name}" for name in sorted(scan.skipped_operations)
    ]
    return document, notes


def _from_openapi_file(path: Path) -> dict[str, Any]:
    text = path.read_text()
    document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(document, dict) or not str(
        document.get("openapi", "")
    ).startswith("3."):
        raise SourceError(f"{path}: not an OpenAPI 3.x document")
    return document
