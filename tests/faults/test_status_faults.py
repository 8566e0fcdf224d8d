"""Error statuses: which are retried, how long is waited, what is raised."""

from __future__ import annotations

from email.utils import formatdate

import httpx
import pytest
import respx

from dynamic_admin import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
)

from ..wrapper.helpers import FakeClock
from .support import ENDPOINTS, GET, POST, USER_TEMPLATE, Client, call, status

BACKOFF = [0.25, 0.5, 1.0, 2.0]


async def test_429_retry_after_seconds_is_slept(
    client: Client, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A 429 with ``Retry-After: 3`` sleeps exactly 3 s, then sends the GET again."""
    route = GET.route(router)
    route.side_effect = [status(429, **{"Retry-After": "3"}), GET.success()]

    await call(client, GET.call)

    assert clock.sleeps == [3.0]
    assert route.call_count == router.calls.call_count == 2


async def test_429_retry_after_http_date_is_slept(
    client: Client, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A 429 whose ``Retry-After`` is an HTTP date 7 s ahead sleeps 7 s."""
    when = formatdate(clock.now + 7, usegmt=True)
    route = GET.route(router)
    route.side_effect = [status(429, **{"Retry-After": when}), GET.success()]

    await call(client, GET.call)

    assert clock.sleeps == [7.0]
    assert route.call_count == router.calls.call_count == 2


async def test_429_retry_after_in_the_past_retries_at_once(
    client: Client, router: respx.MockRouter, clock: FakeClock
) -> None:
    """An HTTP date already passed asks for no wait at all."""
    when = formatdate(clock.now - 30, usegmt=True)
    route = GET.route(router)
    route.side_effect = [status(429, **{"Retry-After": when}), GET.success()]

    await call(client, GET.call)

    assert clock.sleeps == [0.0]
    assert route.call_count == 2


@pytest.mark.parametrize(
    ("header", "seconds"), [("120", 120.0), ("date", 3600.0)], ids=["seconds", "date"]
)
async def test_429_beyond_the_cap_raises_at_once(
    client: Client,
    router: respx.MockRouter,
    clock: FakeClock,
    header: str,
    seconds: float,
) -> None:
    """A ``Retry-After`` over 60 s raises RateLimitError at once with retry_after."""
    if header == "date":
        header = formatdate(clock.now + seconds, usegmt=True)
    route = GET.route(router).mock(return_value=status(429, **{"Retry-After": header}))

    with pytest.raises(RateLimitError) as info:
        await call(client, GET.call)

    assert info.value.retry_after == seconds
    assert info.value.attempts == 1
    assert clock.sleeps == []
    assert route.call_count == router.calls.call_count == 1


async def test_429_on_post_is_retried(
    client: Client, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A rate-limited POST was not processed, so it is sent again with its body."""
    route = POST.route(router)
    route.side_effect = [status(429, **{"Retry-After": "1"}), POST.success()]

    response = await call(client, POST.call)

    assert response.user.id == "u1"
    assert clock.sleeps == [1.0]
    assert route.call_count == router.calls.call_count == 2


async def test_429_without_retry_after_backs_off_then_raises(
    client: Client, router: respx.MockRouter, clock: FakeClock
) -> None:
    """Without ``Retry-After`` a 429 backs off exponentially and ends in the error."""
    route = GET.route(router).mock(return_value=status(429))

    with pytest.raises(RateLimitError) as info:
        await call(client, GET.call)

    assert info.value.retry_after is None
    assert info.value.attempts == 3
    assert clock.sleeps == BACKOFF[:2]
    assert route.call_count == router.calls.call_count == 3


@pytest.mark.parametrize("code", [500, 502, 503, 504, 408])
async def test_get_transient_statuses_then_success(
    client: Client, router: respx.MockRouter, clock: FakeClock, code: int
) -> None:
    """Two transient failures then a 200 make three GETs and return the body."""
    route = GET.route(router)
    route.side_effect = [status(code), status(code), GET.success()]

    response = await call(client, GET.call)

    assert response.user.id == "u1"
    assert route.call_count == router.calls.call_count == 3
    assert clock.sleeps == BACKOFF[:2]


async def test_get_mixed_server_errors_then_success(
    client: Client, router: respx.MockRouter
) -> None:
    """500, 502, 503 and 504 in a row, then a 200, make five GETs with 4 retries."""
    route = GET.route(router)
    route.side_effect = [*(status(c) for c in (500, 502, 503, 504)), GET.success()]

    await call(client.with_options(max_retries=4), GET.call)

    assert route.call_count == router.calls.call_count == 5


@pytest.mark.parametrize("code", [500, 502, 503, 504])
async def test_get_server_errors_exhaust_retries(
    client: Client, router: respx.MockRouter, clock: FakeClock, code: int
) -> None:
    """A GET failing every time raises ServerError after max_retries + 1 attempts."""
    route = GET.route(router).mock(return_value=status(code))

    with pytest.raises(ServerError) as info:
        await call(client, GET.call)

    assert info.value.status_code == code
    assert info.value.attempts == 3
    assert info.value.error == f"status {code}"
    assert route.call_count == router.calls.call_count == 3
    assert clock.sleeps == BACKOFF[:2]


async def test_max_retries_zero_sends_once(
    client: Client, router: respx.MockRouter
) -> None:
    """With ``max_retries=0`` a 503 is raised after the first attempt."""
    route = GET.route(router).mock(return_value=status(503))

    with pytest.raises(ServerError) as info:
        await call(client.with_options(max_retries=0), GET.call)

    assert info.value.attempts == 1
    assert route.call_count == router.calls.call_count == 1


@pytest.mark.parametrize("code", [500, 502, 504])
async def test_post_server_errors_are_not_retried(
    client: Client, router: respx.MockRouter, clock: FakeClock, code: int
) -> None:
    """A POST answered 500, 502 or 504 may have been acted on, so it is sent once."""
    route = POST.route(router).mock(return_value=status(code))

    with pytest.raises(ServerError) as info:
        await call(client, POST.call)

    assert info.value.attempts == 1
    assert info.value.operation == "createUser"
    assert route.call_count == router.calls.call_count == 1
    assert clock.sleeps == []


async def test_post_503_is_retried(client: Client, router: respx.MockRouter) -> None:
    """A 503 means the POST was not taken, so it is sent again and succeeds."""
    route = POST.route(router)
    route.side_effect = [status(503), POST.success()]

    response = await call(client, POST.call)

    assert response.user.id == "u1"
    assert route.call_count == router.calls.call_count == 2


async def test_get_408_exhausts_as_api_status_error(
    client: Client, router: respx.MockRouter
) -> None:
    """408 on every GET attempt raises the plain APIStatusError after 3 attempts."""
    route = GET.route(router).mock(return_value=status(408))

    with pytest.raises(APIStatusError) as info:
        await call(client, GET.call)

    assert type(info.value) is APIStatusError
    assert (info.value.status_code, info.value.attempts) == (408, 3)
    assert route.call_count == router.calls.call_count == 3


async def test_post_408_is_not_retried(
    client: Client, router: respx.MockRouter
) -> None:
    """A 408 to a POST is raised after one request, as only 429 and 503 are safe."""
    route = POST.route(router).mock(return_value=status(408))

    with pytest.raises(APIStatusError) as info:
        await call(client, POST.call)

    assert (info.value.status_code, info.value.attempts) == (408, 1)
    assert route.call_count == router.calls.call_count == 1


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "DELETE"])
@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
    ],
)
async def test_client_errors_are_never_retried(
    client: Client,
    router: respx.MockRouter,
    clock: FakeClock,
    method: str,
    code: int,
    cls: type[APIStatusError],
) -> None:
    """Other 4xx raise their class after one request, even with ``Retry-After``."""
    endpoint = ENDPOINTS[method]
    route = endpoint.route(router).mock(
        return_value=status(code, **{"Retry-After": "1"})
    )

    with pytest.raises(cls) as info:
        await call(client, endpoint.call)

    assert type(info.value) is cls
    assert (info.value.status_code, info.value.attempts) == (code, 1)
    assert info.value.code == "fault"
    assert route.call_count == router.calls.call_count == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("code", [418, 451, 499])
async def test_undocumented_status_raises_api_status_error(
    client: Client, router: respx.MockRouter, code: int
) -> None:
    """A status the API does not document raises plain APIStatusError, unretried."""
    route = GET.route(router).mock(return_value=status(code))

    with pytest.raises(APIStatusError) as info:
        await call(client, GET.call)

    assert type(info.value) is APIStatusError
    assert info.value.status_code == code
    assert str(info.value).startswith(f"{code} ")
    assert route.call_count == router.calls.call_count == 1


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
@pytest.mark.parametrize(
    "location",
    [
        "https://app.dynamicauth.com/api/v0/environments/env-1/users/u2",
        "https://elsewhere.example/collect",
    ],
    ids=["same-host", "other-host"],
)
async def test_redirect_is_not_followed(
    client: Client, router: respx.MockRouter, code: int, location: str
) -> None:
    """A 3xx is raised as APIStatusError: the token is never sent to its Location."""
    route = GET.route(router).mock(
        return_value=httpx.Response(code, headers={"Location": location})
    )

    with pytest.raises(APIStatusError) as info:
        await call(client, GET.call)

    assert type(info.value) is APIStatusError
    assert info.value.status_code == code
    assert info.value.attempts == 1
    assert str(info.value).startswith(f"{code} ")
    assert USER_TEMPLATE in str(info.value)
    assert route.call_count == router.calls.call_count == 1
