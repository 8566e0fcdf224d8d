"""The quickstart example runs end to end against the fake API."""

from __future__ import annotations

import importlib.util
import logging
import re
import time
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


def test_quickstart_tour(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tour creates, pages, manages an allowlist, meets a 404 and a retried 503."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    monkeypatch.setattr(logging, "basicConfig", lambda **_: None)
    spec = importlib.util.spec_from_file_location("quickstart", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    module.main()

    out = capsys.readouterr().out
    assert "dyn_" not in out
    assert "250 users in 3 requests: user001@example.com ... user250@example.com" in out
    assert "entries: ['user001@example.com', 'user002@example.com']" in out
    assert re.search(
        r"NotFoundError: 404 Not Found on GET "
        r"/environments/\{environmentId\}/users/\{userId\}: .+\(code: \w+\)",
        out,
    )
    assert "operation=getUser status=404" in out
    assert "after 2 requests" in out
    assert slept == [1.0]
