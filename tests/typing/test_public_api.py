"""Run mypy over public_api.py so the public types are checked with the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_public_api_keeps_its_types(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mypy --strict accepts the caller's view of the clients, models included."""
    api = pytest.importorskip("mypy.api")
    paths = [str(ROOT / "src"), str(ROOT / "generated_client")]
    monkeypatch.setenv("MYPYPATH", os.pathsep.join(paths))

    stdout, stderr, status = api.run(
        [
            "--strict",
            "--warn-unused-ignores",
            "--no-error-summary",
            "--config-file",
            os.devnull,
            str(Path(__file__).with_name("public_api.py")),
        ]
    )

    assert status == 0, stdout + stderr
