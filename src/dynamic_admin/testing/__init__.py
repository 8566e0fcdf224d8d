"""Test helpers: an in-memory fake of Dynamic's Admin API for pytest suites.

Requires the ``testing`` extra (``pip install "dynamic-admin[testing]"``),
which brings in respx; nothing here is imported by ``import dynamic_admin``.

Example:
    >>> with FakeDynamic(environment_id="env-1") as fake:  # doctest: +SKIP
    ...     fake.add_user(email="ada@example.com")
    ...     fake.fail_next(status=503, retry_after=0)
"""

from ._api import Route
from ._fake import DEFAULT_BASE_URL, FakeDynamic, UnknownRouteError
from ._faults import Fault
from ._store import Record

__all__ = [
    "DEFAULT_BASE_URL",
    "FakeDynamic",
    "Fault",
    "Record",
    "Route",
    "UnknownRouteError",
]
