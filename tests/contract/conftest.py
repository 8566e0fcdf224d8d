"""Report how many operations the contract tests drew from the description."""

from __future__ import annotations

from typing import Any

from .spec_cases import iter_cases


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the operation count next to pytest's own summary."""
    cases = list(iter_cases())
    tags = {case.tag for case in cases}
    terminalreporter.write_line(
        f"contract: {len(cases)} operations in {len(tags)} tags "
        "from openapi/dynamic-admin-api.json"
    )
