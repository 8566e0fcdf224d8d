"""Injected failures: an error status or a transport exception, N times."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._api import template_regex
from ._http import error_body

ExceptionSpec = type[Exception] | Exception


@dataclass
class Fault:
    """A failure the fake serves instead of the next matching request(s).

    Attributes:
        remaining: How many more matching requests will fail.
    """

    status: int | None
    exception: ExceptionSpec | None
    retry_after: int | str | None
    body: Any
    headers: Mapping[str, str]
    remaining: int
    method: str | None = None
    path: str | None = None
    operation: str | None = None
    served: list[httpx.Request] = field(default_factory=list)

    def matches(self, method: str, path: str, operation: str | None) -> bool:
        """Tell whether a request falls under this fault's filters."""
        if self.remaining <= 0:
            return False
        if self.method is not None and self.method.upper() != method:
            return False
        if self.operation is not None and self.operation != operation:
            return False
        return self.path is None or bool(template_regex(self.path).fullmatch(path))

    def serve(self, request: httpx.Request) -> httpx.Response:
        """Consume one use: return the error response or raise the exception."""
        self.remaining -= 1
        self.served.append(request)
        if self.exception is not None:
            raise _exception(self.exception, request)

        assert self.status is not None
        headers = dict(self.headers)
        if self.retry_after is not None:
            headers["Retry-After"] = str(self.retry_after)
        body = error_body(self.status) if self.body is None else self.body
        if isinstance(body, (str, bytes)):
            return httpx.Response(self.status, content=body, headers=headers)
        return httpx.Response(self.status, json=body, headers=headers)


def _exception(spec: ExceptionSpec, request: httpx.Request) -> Exception:
    message = f"Injected by FakeDynamic for {request.method} {request.url}"
    if isinstance(spec, Exception):
        exc = spec
    elif issubclass(spec, httpx.RequestError):
        exc = spec(message, request=request)
    else:
        exc = spec(message)
    if isinstance(exc, httpx.RequestError):
        # httpx clients expect transport errors to know their request.
        exc.request = request
    return exc
