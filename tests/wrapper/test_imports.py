"""Importing the package loads only what a synchronous program needs."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_import_loads_no_async_client_models_or_endpoints() -> None:
    """`import dynamic_admin` skips asyncio, attrs, models and endpoint modules."""
    _run(
        """
        import sys
        import dynamic_admin
        unwanted = [
            name for name in sys.modules
            if name in ("asyncio", "attrs", "dynamic_admin._async_client")
            or name.startswith(("dynamic_admin_api.models.", "dynamic_admin_api.api."))
        ]
        assert not unwanted, unwanted
        assert dynamic_admin.AsyncDynamicClient.__name__ == "AsyncDynamicClient"
        assert "dynamic_admin._async_client" in sys.modules
        """
    )


def test_unknown_attribute_is_an_attribute_error() -> None:
    """The lazy module attribute hook still rejects unknown names."""
    _run(
        """
        import dynamic_admin
        try:
            dynamic_admin.NoSuchThing
        except AttributeError:
            pass
        else:
            raise AssertionError("an unknown attribute must raise")
        """
    )
