"""Callers of the generated package keep precise types (checked with mypy)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

CASES = """
from collections.abc import Iterator
from typing import Any

from dynamic_admin_api.api import Resources
from dynamic_admin_api.models import User, UsersResponse
from dynamic_admin_api.types import Transport


def use(transport: Transport) -> None:
    class Client(Resources):
        _transport = transport

    client = Client()
    reveal_type(client.users.get_environment_users(limit=1))
    reveal_type(client.users.iter_environment_users())
    reveal_type(client.users.delete_user("u"))
    reveal_type(User.from_dict({}))
    client.users.get_user(1)  # E: int is not a str
"""


def test_public_types_for_callers(tmp_path: Path) -> None:
    """Facade methods, iterators and lazily imported models are typed for mypy."""
    module = tmp_path / "cases.py"
    module.write_text(textwrap.dedent(CASES), encoding="utf-8")
    out, _err, status = mypy_api.run(
        [str(module), "--no-error-summary", "--hide-error-context", "--no-pretty"]
    )
    lines = [line.split(": ", 1)[1] for line in out.splitlines() if "cases.py:" in line]
    assert lines == [
        "note: Revealed type is"
        ' "dynamic_admin_api.models.users_response.UsersResponse"',
        'note: Revealed type is "typing.Iterator[dynamic_admin_api.models.user.User]"',
        'note: Revealed type is "None"',
        'note: Revealed type is "dynamic_admin_api.models.user.User"',
        'error: Argument 1 to "get_user" of "UsersApi" has incompatible type "int";'
        ' expected "str"  [arg-type]',
    ], out
    assert status == 1
