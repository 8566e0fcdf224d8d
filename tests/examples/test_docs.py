"""The example tests shown in the README and docs/testing.md pass as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _example_test(document: str) -> str:
    text = (ROOT / document).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    return next(block for block in blocks if "from dynamic_admin.testing" in block)


@pytest.mark.parametrize("document", ["README.md", "docs/testing.md"])
def test_documented_example_passes(document: str, pytester: pytest.Pytester) -> None:
    """The documented example test runs green in a fresh pytest session."""
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(test_example=_example_test(document))

    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")

    result.assert_outcomes(passed=1)
