"""Generate the fixture description once per session, stock and customised."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURE_SPEC = Path(__file__).parent / "fixtures" / "fixture-api.json"


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Roots holding ``dynamic_admin_api`` generated with and without our templates."""
    import generate
    from openapi_python_client import generate as stock_generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    root = tmp_path_factory.mktemp("generated")
    custom, stock = root / "custom", root / "stock"
    problems = generate.build(FIXTURE_SPEC, custom / "dynamic_admin_api")
    assert not problems, problems
    config = Config.from_sources(
        ConfigFile(package_name_override="dynamic_admin_api", post_hooks=[]),
        MetaType.NONE,
        FIXTURE_SPEC,
        "utf-8",
        overwrite=True,
        output_path=stock / "dynamic_admin_api",
    )
    assert not stock_generate(config=config)
    return {"custom": custom, "stock": stock}


def _run_python(root: Path, code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="session")
def run_python() -> Callable[[Path, str], str]:
    """Run code in a fresh interpreter importing the package under a root."""
    return _run_python
