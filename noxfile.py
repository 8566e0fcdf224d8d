"""Development sessions: generate the client, check it, test, lint, type-check.

Every session installs what it needs into its own environment, so each runs
on a fresh clone: ``nox -s generate``, ``nox -s tests``, ...
"""

from __future__ import annotations

import filecmp
import tempfile
import tomllib
from pathlib import Path

import nox

ROOT = Path(__file__).parent
SPEC = ROOT / "openapi" / "dynamic-admin-api.json"
GENERATED = ROOT / "generated_client" / "dynamic_admin_api"

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests", "check_generated", "lint", "typecheck"]

# The generator and formatter pins live in pyproject's "generate" extra; one
# place, so the committed output and every check agree on the exact tools.
_PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
GENERATE_DEPS: list[str] = _PYPROJECT["project"]["optional-dependencies"]["generate"]


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated_client/dynamic_admin_api from the description."""
    session.install(*GENERATE_DEPS)
    session.run(
        "python",
        "generator/generate.py",
        "--spec",
        str(SPEC),
        "--output",
        str(GENERATED),
    )


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail if the committed generated_client/ differs from a fresh generation."""
    session.install(*GENERATE_DEPS)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "dynamic_admin_api"
        session.run(
            "python",
            "generator/generate.py",
            "--spec",
            str(SPEC),
            "--output",
            str(fresh),
        )
        differences = _tree_differences(GENERATED, fresh)
    if differences:
        listing = "\n  ".join(differences)
        session.error(
            f"generated_client/ is out of date ({len(differences)} files); "
            f"run `nox -s generate` and commit:\n  {listing}"
        )


def _tree_differences(committed: Path, fresh: Path) -> list[str]:
    """Relative paths whose content differs, or that exist on one side only."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and not {"__pycache__", ".ruff_cache"} & set(p.parts)
        }

    ours, theirs = files(committed), files(fresh)
    changed = [
        path
        for path in ours & theirs
        if not filecmp.cmp(committed / path, fresh / path, shallow=False)
    ]
    return sorted(
        [f"changed: {p}" for p in changed]
        + [f"not generated any more: {p}" for p in ours - theirs]
        + [f"missing: {p}" for p in theirs - ours]
    )


@nox.session
def refresh_spec(session: nox.Session) -> None:
    """Rebuild openapi/dynamic-admin-api.json (arguments go to refresh_spec.py)."""
    session.install("-e", ".[spec]", *GENERATE_DEPS)
    session.run("python", "generator/refresh_spec.py", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite with branch coverage."""
    session.install("-e", ".[test]", *GENERATE_DEPS)
    session.run(
        "pytest",
        "--cov",
        "--cov-report=term",
        *session.posargs,
    )


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check of the hand-written code."""
    session.install(*(dep for dep in GENERATE_DEPS if dep.startswith("ruff")))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Mypy: strict for the wrapper and tooling, default for the generated package."""
    session.install("-e", ".[test]", *GENERATE_DEPS)
    packages = ["dynamic_admin", "dynamic_admin_api"]
    if (ROOT / "generator" / "dynamic_spec").is_dir():
        packages.append("dynamic_spec")
    args = [arg for package in packages for arg in ("-p", package)]
    session.run("mypy", *args, "-m", "generate")


@nox.session
def bench(session: nox.Session) -> None:
    """Run benchmarks/bench.py when present (parsing and import timings)."""
    script = ROOT / "benchmarks" / "bench.py"
    if not script.exists():
        session.skip("benchmarks/bench.py does not exist yet")
    session.install("-e", ".[test]")
    session.run("python", str(script), *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Regenerate the client, then run examples/quickstart.py against it."""
    session.install("-e", ".[testing]", *GENERATE_DEPS)
    session.run(
        "python",
        "generator/generate.py",
        "--spec",
        str(SPEC),
        "--output",
        str(GENERATED),
    )
    script = ROOT / "examples" / "quickstart.py"
    if not script.exists():
        session.skip("examples/quickstart.py does not exist yet")
    session.run("python", str(script), *session.posargs)
