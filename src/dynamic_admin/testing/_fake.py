"""``FakeDynamic``: the Admin API for one environment, in memory, via respx."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

import httpx
import respx
from respx.models import AllMockedAssertionError

from ._api import ROUTES, Call, Route, forbidden
from ._faults import ExceptionSpec, Fault
from ._http import ApiError
from ._store import Record, Store, new_id, utcnow

DEFAULT_BASE_URL = "https://app.dynamicauth.com/api/v0"


class UnknownRouteError(AllMockedAssertionError):
    """A request reached the fake's base URL for an operation it does not serve.

    It derives from respx's "not mocked" assertion, so another respx router
    active in the same test still gets the chance to answer the request.
    """


class FakeDynamic:
    """An in-memory Dynamic Admin API, installed for httpx by a respx router.

    Use it as a (sync or async) context manager; while it is active, every
    httpx request to ``base_url`` is answered from memory, whichever client
    sends it.

    Args:
        environment_id: The environment the default token belongs to; a
            fresh UUID when omitted.
        token: The default API token; a fresh ``dyn_...`` token when omitted.
        base_url: Where the fake answers.
        clock: Returns the current time for ``createdAt`` and friends.
    """

    def __init__(
        self,
        environment_id: str | None = None,
        *,
        token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.environment_id = environment_id or new_id()
        self.base_url = base_url.rstrip("/")
        self.requests: list[httpx.Request] = []
        self._store = Store(clock=clock)
        self._faults: list[Fault] = []
        self._prefix = urlsplit(self.base_url).path
        self.token: str = self._store.token(
            self.environment_id, "FakeDynamic default token", None, raw=token
        )["rawToken"]
        self.router = respx.MockRouter(
            base_url=self.base_url, assert_all_called=False, assert_all_mocked=True
        )
        self.router.route(name="dynamic-admin").mock(side_effect=self._handle)

    # Lifecycle ----------------------------------------------------------

    def start(self) -> Self:
        """Start answering requests; prefer the context manager."""
        self.router.start()
        return self

    def stop(self) -> None:
        """Stop answering requests; stored data and faults are kept."""
        self.router.stop(clear=False, reset=False)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """Return an ``httpx.Client`` for ``base_url`` sending the default token."""
        return httpx.Client(base_url=self.base_url, headers=self._auth(), **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """Return an ``httpx.AsyncClient`` like :meth:`http_client`."""
        return httpx.AsyncClient(base_url=self.base_url, headers=self._auth(), **kwargs)

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    # Faults -------------------------------------------------------------

    def fail_next(
        self,
        status: int | None = None,
        *,
        exception: ExceptionSpec | None = None,
        retry_after: int | str | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
    ) -> Fault:
        """Make the next matching request(s) fail.

        Faults apply before authentication, like a failing load balancer, in
        the order they were added.

        Args:
            status: The error status to answer with (500 when neither this
                nor ``exception`` is given).
            exception: An exception class or instance to raise from the
                transport instead, e.g. ``httpx.ConnectError``.
            retry_after: Value of the ``Retry-After`` header, in seconds or
                as an HTTP date.
            body: JSON-ready body, or ``str``/``bytes``; a Dynamic-style
                error body for the status when omitted.
            headers: Extra response headers.
            times: How many matching requests fail.
            method: Only fail requests with this HTTP method.
            path: Only fail requests to this path, relative to ``base_url``;
                ``{name}`` matches any one segment.
            operation: Only fail this upstream operationId, e.g. ``"getUser"``.

        Returns:
            The fault; its ``remaining`` counts down as it is served.

        Raises:
            ValueError: For both ``status`` and ``exception``, or ``times < 1``.
        """
        if status is not None and exception is not None:
            raise ValueError("fail_next takes a status or an exception, not both")
        if times < 1:
            raise ValueError("times must be at least 1")
        fault = Fault(
            status=500 if status is None and exception is None else status,
            exception=exception,
            retry_after=retry_after,
            body=body,
            headers=dict(headers or {}),
            remaining=times,
            method=method,
            path=path,
            operation=operation,
        )
        self._faults.append(fault)
        return fault

    @property
    def faults(self) -> list[Fault]:
        """Faults that still have uses left."""
        return [f for f in self._faults if f.remaining > 0]

    def clear_faults(self) -> None:
        """Forget every pending fault."""
        self._faults.clear()

    # Seeding and inspection --------------------------------------------

    def add_user(self, *, environment_id: str | None = None, **fields: Any) -> Record:
        """Store a user, as ``POST .../users`` would, and return its record.

        Args:
            environment_id: Put the user in another environment.
            **fields: Wire-named user properties, e.g. ``email``, ``firstName``,
                ``metadata``; an ``id`` is generated unless given.

        Returns:
            The stored record; changes to it show in later responses.
        """
        return self._store.user(environment_id or self.environment_id, fields)

    def add_allowlist(
        self,
        name: str,
        *,
        scope: str | None = None,
        outcome: str | None = None,
        enabled: bool = False,
        environment_id: str | None = None,
    ) -> Record:
        """Store an allowlist and return its record."""
        env = environment_id or self.environment_id
        return self._store.allowlist(env, name, scope, outcome, enabled)

    def add_allowlist_entry(self, allowlist_id: str, **fields: Any) -> Record:
        """Store an entry (``email=...``, ``walletPublicKey=...``) and return it.

        Raises:
            KeyError: If the allowlist is not stored.
        """
        if allowlist_id not in self._store.allowlists:
            raise KeyError(f"no stored allowlist {allowlist_id!r}")
        return self._store.entry(allowlist_id, fields)

    def add_token(
        self,
        note: str = "",
        *,
        scopes: Iterable[str] | None = None,
        environment_id: str | None = None,
    ) -> Record:
        """Store an API token and return its record, including ``rawToken``.

        The raw token authenticates requests for the token's environment.
        """
        env = environment_id or self.environment_id
        return self._store.token(env, note, scopes)

    def add_webhook(
        self,
        url: str,
        *,
        events: Iterable[str] = (),
        is_enabled: bool = True,
        environment_id: str | None = None,
    ) -> Record:
        """Store a webhook and return its record, including ``secret``."""
        env = environment_id or self.environment_id
        return self._store.webhook(env, url, events, is_enabled)

    @property
    def users(self) -> dict[str, Record]:
        """Stored users of every environment, by id."""
        return self._store.users

    @property
    def allowlists(self) -> dict[str, Record]:
        """Stored allowlists of every environment, by id."""
        return self._store.allowlists

    @property
    def allowlist_entries(self) -> dict[str, Record]:
        """Stored allowlist entries, by id."""
        return self._store.entries

    @property
    def tokens(self) -> dict[str, Record]:
        """Stored API tokens (the default one included), by id."""
        return self._store.tokens

    @property
    def webhooks(self) -> dict[str, Record]:
        """Stored webhooks of every environment, by id."""
        return self._store.webhooks

    @staticmethod
    def routes() -> tuple[Route, ...]:
        """Return the operations served: operationId, method, path template."""
        return ROUTES

    # Dispatch -----------------------------------------------------------

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = self._relative_path(request)
        route, params = _find(request.method, path)

        for fault in self._faults:
            if fault.matches(request.method, path, route and route.operation):
                return fault.serve(request)

        if route is None:
            raise UnknownRouteError(_unknown(request.method, path))
        try:
            environment_id = self._authenticate(request, params)
            return route.handler(Call(request, params, self._store, environment_id))
        except ApiError as error:
            return error.response()

    def _relative_path(self, request: httpx.Request) -> str:
        # The raw path keeps percent-encoding, so an id holding "/" stays one
        # segment and cannot be mistaken for another route.
        raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
        return raw[len(self._prefix) :] if raw.startswith(self._prefix) else raw

    def _authenticate(self, request: httpx.Request, params: dict[str, str]) -> str:
        scheme, _, raw = request.headers.get("Authorization", "").partition(" ")
        token = next(
            (t for t in self._store.tokens.values() if t["rawToken"] == raw), None
        )
        if scheme.lower() != "bearer" or token is None:
            raise ApiError(401, "Missing or invalid API token", "unauthorized")
        environment_id: str = token["projectEnvironmentId"]
        if params.get("environmentId", environment_id) != environment_id:
            raise forbidden()
        return environment_id


def _find(method: str, path: str) -> tuple[Route | None, dict[str, str]]:
    for route in ROUTES:
        params = route.match(method, path)
        if params is not None:
            return route, params
    return None, {}


def _unknown(method: str, path: str) -> str:
    allowed = sorted({r.method for r in ROUTES if r.match(r.method, path) is not None})
    if allowed:
        return (
            f"FakeDynamic: {method} {path} is not supported; "
            f"this path answers {', '.join(allowed)}"
        )
    return (
        f"FakeDynamic does not implement {method} {path}. "
        "Mock it with another respx router, or see FakeDynamic.routes()."
    )
