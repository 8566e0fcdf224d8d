"""Failures before a response arrives: refused connections, timeouts, drops."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from dynamic_admin import APIConnectionError, APITimeoutError

from ..wrapper.helpers import FakeClock
from .support import (
    ENDPOINTS,
    GET,
    POST,
    USER,
    Client,
    assert_no_token,
    call,
)

# Backoff with the fake clock's fixed jitter of 0.5: half of 0.5 s, 1 s, 2 s, ...
BACKOFF = [0.25, 0.5, 1.0]


class _DroppedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body whose connection resets after the first bytes."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"user": {"id'
        raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"user": {"id'
        raise httpx.ReadError("connection reset by peer")


async def test_get_connect_error_is_retried_until_success(
    client: Client, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A refused GET is sent again after a backoff sleep until the server answers."""
    route = GET.route(router)
    route.side_effect = [
        httpx.ConnectError("connection refused"),
        httpx.ConnectError("connection refused"),
        GET.success(),
    ]

    response = await call(client, GET.call)

    assert response.user.id == "u1"
    assert route.call_count == router.calls.call_count == 3
    assert clock.sleeps == BACKOFF[:2]


async def test_get_connect_error_gives_up_after_max_retries(
    client: Client, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A GET refused every time ends in APIConnectionError after max_retries + 1."""
    route = GET.route(router).mock(side_effect=httpx.ConnectError("refused"))

    with pytest.raises(APIConnectionError) as info:
        await call(client.with_options(max_retries=3), GET.call)

    error = info.value
    assert type(error) is APIConnectionError
    assert error.attempts == 4
    assert (error.method, error.operation) == ("GET", "getUser")
    assert "getUser" in str(error) and "4 attempts" in str(error)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert route.call_count == router.calls.call_count == 4
    assert clock.sleeps == BACKOFF


async def test_connect_error_cause_carries_no_token(
    client: Client, router: respx.MockRouter
) -> None:
    """The chained httpx error keeps its request, stripped of the Authorization."""
    GET.route(router).mock(side_effect=httpx.ConnectError("refused"))

    with pytest.raises(APIConnectionError) as info:
        await call(client.with_options(max_retries=0), GET.call)

    cause = info.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert "authorization" not in cause.request.headers
    assert_no_token(repr(cause.request.headers) + str(info.value))


@pytest.mark.parametrize(
    "exception", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
)
async def test_post_that_never_left_is_retried(
    client: Client,
    router: respx.MockRouter,
    exception: type[httpx.TransportError],
) -> None:
    """A POST whose connection never opened is sent again with the same body."""
    route = POST.route(router)
    route.side_effect = [exception("not sent"), POST.success()]

    response = await call(client, POST.call)

    assert response.user.id == "u1"
    assert route.call_count == router.calls.call_count == 2
    assert route.calls[0].request.content == route.calls[1].request.content


async def test_post_connect_error_gives_up_after_max_retries(
    client: Client, router: respx.MockRouter
) -> None:
    """A POST refused every time ends in APIConnectionError after 3 attempts."""
    route = POST.route(router).mock(side_effect=httpx.ConnectError("refused"))

    with pytest.raises(APIConnectionError) as info:
        await call(client, POST.call)

    assert info.value.attempts == 3
    assert info.value.operation == "createUser"
    assert route.call_count == router.calls.call_count == 3


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_idempotent_read_timeout_is_retried(
    client: Client, router: respx.MockRouter, clock: FakeClock, method: str
) -> None:
    """A GET, PUT or DELETE whose answer timed out is sent once more and succeeds."""
    endpoint = ENDPOINTS[method]
    route = endpoint.route(router)
    route.side_effect = [httpx.ReadTimeout("read timed out"), endpoint.success()]

    await call(client, endpoint.call)

    assert route.call_count == router.calls.call_count == 2
    assert clock.sleeps == BACKOFF[:1]


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_idempotent_read_timeout_gives_up_as_timeout_error(
    client: Client, router: respx.MockRouter, method: str
) -> None:
    """Read timeouts on every attempt end in APITimeoutError after 3 attempts."""
    endpoint = ENDPOINTS[method]
    route = endpoint.route(router).mock(side_effect=httpx.ReadTimeout("timed out"))

    with pytest.raises(APITimeoutError) as info:
        await call(client, endpoint.call)

    assert info.value.attempts == 3
    assert info.value.method == method
    assert "timed out after 3 attempts" in str(info.value)
    assert route.call_count == router.calls.call_count == 3


@pytest.mark.parametrize(
    ("exception", "raised"),
    [
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.WriteTimeout, APITimeoutError),
        (httpx.ReadError, APIConnectionError),
        (httpx.RemoteProtocolError, APIConnectionError),
    ],
)
async def test_post_that_may_have_arrived_is_sent_once(
    client: Client,
    router: respx.MockRouter,
    clock: FakeClock,
    exception: type[httpx.TransportError],
    raised: type[APIConnectionError],
) -> None:
    """A POST that may have reached the server is never repeated."""
    route = POST.route(router).mock(side_effect=exception("lost"))

    with pytest.raises(APIConnectionError) as info:
        await call(client, POST.call)

    assert type(info.value) is raised
    assert info.value.attempts == 1
    assert "after 1 attempt:" in str(info.value)
    assert route.call_count == router.calls.call_count == 1
    assert clock.sleeps == []


async def test_get_body_cut_off_mid_stream_is_retried(
    client: Client, router: respx.MockRouter
) -> None:
    """A GET whose body read fails half-way is sent again and its retry parses."""
    route = GET.route(router)
    route.side_effect = [
        httpx.Response(200, stream=_DroppedBody()),
        httpx.Response(200, json={"user": USER}),
    ]

    response = await call(client, GET.call)

    assert response.user.email == "a@example.com"
    assert route.call_count == router.calls.call_count == 2


async def test_post_body_cut_off_mid_stream_is_not_retried(
    client: Client, router: respx.MockRouter
) -> None:
    """A POST whose answer was cut off raises at once: the user may exist now."""
    route = POST.route(router)
    route.side_effect = [httpx.Response(201, stream=_DroppedBody())]

    with pytest.raises(APIConnectionError) as info:
        await call(client, POST.call)

    assert type(info.value) is APIConnectionError
    assert info.value.attempts == 1
    assert route.call_count == router.calls.call_count == 1


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
async def test_idempotent_connect_error_is_retried(
    client: Client, router: respx.MockRouter, method: str
) -> None:
    """A refused PUT or DELETE is sent again with the same request."""
    endpoint = ENDPOINTS[method]
    route = endpoint.route(router)
    route.side_effect = [httpx.ConnectError("refused"), endpoint.success()]

    await call(client, endpoint.call)

    assert route.call_count == router.calls.call_count == 2
