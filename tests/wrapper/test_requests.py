"""One call end to end through respx: errors, retries, parsing and URLs."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from dynamic_admin import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    DynamicClient,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
)

from .helpers import (
    AUTH,
    CREATE_USER,
    ENV,
    GET_USER,
    FakeClock,
    create_user_request,
    get_user_request,
    parse_user,
)

USER_URL = "/environments/env-1/users/u1"


def get_user(client: DynamicClient, user_id: str = "u1") -> object:
    return client._transport.request(GET_USER, get_user_request(user_id), parse_user)


def create_user(client: DynamicClient) -> object:
    request = create_user_request("a@example.com")
    return client._transport.request(CREATE_USER, request, parse_user)


def test_success_returns_the_parsed_model(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """A 200 response is parsed by the operation's parse function."""
    router.get(USER_URL, headers=AUTH).respond(
        200, json={"id": "u1", "email": "a@example.com"}
    )

    user = get_user(client)

    assert user == parse_user(
        httpx.Response(200, json={"id": "u1", "email": "a@example.com"})
    )


def test_query_and_body_reach_the_server(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """Query parameters and the JSON body are sent as the generated code built them."""
    route = router.post(
        "/environments/env-1/users",
        headers=AUTH,
        params={"notify": "true", "tag": ["a", "b"]},
        json={"email": "a@example.com"},
    ).respond(201, json={"id": "u9"})
    request = create_user_request("a@example.com")
    request["params"] = {"notify": True, "tag": ["a", "b"]}

    client._transport.request(CREATE_USER, request, parse_user)

    assert route.call_count == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (507, ServerError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_error_statuses_map_to_classes_with_fields(
    client: DynamicClient, router: respx.MockRouter, status: int, cls: type
) -> None:
    """Each non-2xx status raises its class with error, code and request id filled."""
    body = {"error": "it went wrong", "code": "some_code", "payload": {"k": 1}}
    router.get(USER_URL, headers=AUTH).respond(
        status, json=body, headers={"x-request-id": "req-123"}
    )

    with pytest.raises(APIStatusError) as info:
        get_user(client.with_options(max_retries=0))

    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.error == "it went wrong"
    assert error.code == "some_code"
    assert error.body == body
    assert error.request_id == "req-123"
    assert error.method == "GET"
    assert error.url == f"https://app.dynamicauth.com/api/v0{USER_URL}"
    assert error.operation == "getUser"
    assert error.attempts == 1


def test_status_error_message_names_status_route_and_error(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """str() of a status error reads like a one-line report of what failed."""
    router.get(USER_URL).respond(
        404, json={"error": "user not found", "code": "user_not_found"}
    )

    with pytest.raises(NotFoundError) as info:
        get_user(client)

    assert str(info.value) == (
        "404 Not Found on GET /environments/{environmentId}/users/{userId}: "
        "user not found (code: user_not_found)"
    )


def test_non_json_error_body_is_kept_as_text(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """An HTML error page becomes `body` text; error and code stay None."""
    router.get(USER_URL).respond(
        403, text="<html>denied</html>", headers={"cf-ray": "8a1b-AMS"}
    )

    with pytest.raises(ForbiddenError) as info:
        get_user(client)

    assert info.value.body == "<html>denied</html>"
    assert info.value.error is None
    assert info.value.request_id == "8a1b-AMS"
    assert str(info.value) == (
        "403 Forbidden on GET /environments/{environmentId}/users/{userId}"
    )


def test_get_503_then_200_succeeds_with_two_requests(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A GET that first gets 503 is retried once after a backoff and succeeds."""
    route = router.get(USER_URL, headers=AUTH).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"id": "u1"})]
    )

    get_user(client)

    assert route.call_count == 2
    assert clock.sleeps == [0.25]


def test_get_gives_up_after_max_retries(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A GET failing with 500 every time is tried three times, then raises."""
    route = router.get(USER_URL).respond(500, json={"error": "boom"})

    with pytest.raises(ServerError) as info:
        get_user(client)

    assert route.call_count == 3
    assert info.value.attempts == 3
    assert clock.sleeps == [0.25, 0.5]


def test_post_500_is_not_retried(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A POST answered with 500 may have had an effect, so it is not sent again."""
    route = router.post("/environments/env-1/users").respond(500)

    with pytest.raises(ServerError):
        create_user(client)

    assert route.call_count == 1
    assert clock.sleeps == []


def test_post_read_timeout_is_sent_once(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A POST whose response timed out raises APITimeoutError without a retry."""
    route = router.post(
        "/environments/env-1/users", json={"email": "a@example.com"}
    ).mock(side_effect=httpx.ReadTimeout("timed out"))

    with pytest.raises(APITimeoutError) as info:
        create_user(client)

    assert route.call_count == 1
    assert info.value.attempts == 1
    assert info.value.operation == "createUser"
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_post_connect_error_is_retried(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A POST whose connection was refused never reached the server and is retried."""
    route = router.post("/environments/env-1/users", headers=AUTH).mock(
        side_effect=[
            httpx.ConnectError("refused"),
            httpx.Response(201, json={"id": "u9"}),
        ]
    )

    create_user(client)

    assert route.call_count == 2
    assert len(clock.sleeps) == 1


def test_post_429_is_retried(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A POST rejected with 429 was not processed, so it is sent again."""
    route = router.post("/environments/env-1/users").mock(
        side_effect=[httpx.Response(429), httpx.Response(201, json={"id": "u9"})]
    )

    create_user(client)

    assert route.call_count == 2


def test_get_connection_failures_end_as_api_connection_error(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A GET that never connects is retried, then raises APIConnectionError."""
    route = router.get(USER_URL).mock(side_effect=httpx.ConnectError("refused"))

    with pytest.raises(APIConnectionError) as info:
        get_user(client)

    assert not isinstance(info.value, APITimeoutError)
    assert route.call_count == 3
    assert info.value.attempts == 3
    assert "getUser" in str(info.value)


def test_retry_after_one_second_is_waited(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A 429 with Retry-After: 1 makes the client wait one second, then retry."""
    router.get(USER_URL).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200, json={"id": "u1"}),
        ]
    )
    start = clock.now

    get_user(client)

    assert clock.now - start == pytest.approx(1.0)


def test_long_retry_after_raises_at_once(
    client: DynamicClient, router: respx.MockRouter, clock: FakeClock
) -> None:
    """A Retry-After beyond the cap raises RateLimitError at once with retry_after."""
    route = router.get(USER_URL).respond(429, headers={"Retry-After": "3600"})

    with pytest.raises(RateLimitError) as info:
        get_user(client)

    assert info.value.retry_after == 3600.0
    assert route.call_count == 1
    assert clock.sleeps == []


def test_each_retry_logs_one_warning(
    client: DynamicClient,
    router: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Each scheduled retry logs one WARNING with operation, attempt, delay, cause."""
    router.get(USER_URL).mock(
        side_effect=[
            httpx.Response(503),
            httpx.ConnectError("refused"),
            httpx.Response(200, json={"id": "u1"}),
        ]
    )

    with caplog.at_level(logging.WARNING, logger="dynamic_admin"):
        get_user(client)

    messages = [r.getMessage() for r in caplog.records if r.name == "dynamic_admin"]
    assert messages == [
        "Retrying getUser in 0.25 s after 503 Service Unavailable (attempt 1 of 3)",
        "Retrying getUser in 0.50 s after ConnectError (attempt 2 of 3)",
    ]


def test_each_request_logs_one_debug_line(
    client: DynamicClient,
    router: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """At DEBUG the client logs one line per request with status and operation."""
    router.get(USER_URL).respond(200, json={"id": "u1"})

    with caplog.at_level(logging.DEBUG, logger="dynamic_admin"):
        get_user(client)

    records = [r for r in caplog.records if r.name == "dynamic_admin"]
    assert [r.getMessage() for r in records] == [
        f"GET https://app.dynamicauth.com/api/v0{USER_URL} -> 200 (getUser, attempt 1)"
    ]


@pytest.mark.parametrize(
    ("response", "problem"),
    [
        (httpx.Response(200, content=b""), "the body is empty"),
        (
            httpx.Response(
                200, content=b'{"id": "u', headers={"content-type": "application/json"}
            ),
            "JSONDecodeError",
        ),
        (httpx.Response(200, html="<html>hi</html>"), "expected JSON, got text/html"),
        (
            httpx.Response(200, json={"email": "a@example.com"}),
            "required field 'id' is missing",
        ),
        (httpx.Response(200, json=["not", "an", "object"]), "TypeError"),
    ],
)
def test_unparseable_success_bodies_raise_validation_errors(
    client: DynamicClient,
    router: respx.MockRouter,
    response: httpx.Response,
    problem: str,
) -> None:
    """A 2xx body that does not parse raises a validation error naming the cause."""
    router.get(USER_URL).mock(return_value=response)

    with pytest.raises(APIResponseValidationError) as info:
        get_user(client)

    assert problem in str(info.value)
    assert str(info.value).startswith("getUser: ")
    assert info.value.operation == "getUser"
    assert info.value.status_code == 200


def test_missing_field_is_named_on_the_error(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """A missing required field is exposed as `field`, not as a bare KeyError."""
    router.get(USER_URL).respond(200, json={"email": "a@example.com"})

    with pytest.raises(APIResponseValidationError) as info:
        get_user(client)

    assert info.value.field == "id"
    assert isinstance(info.value.__cause__, KeyError)


@pytest.mark.parametrize(
    ("user_id", "raw_segment"),
    [
        ("../x", b"..%2Fx"),
        ("a/b?c", b"a%2Fb%3Fc"),
        ("..", b"%2E%2E"),
        (".", b"%2E"),
        ("a b#c%2F", b"a%20b%23c%252F"),
    ],
)
def test_encoded_path_parameters_reach_the_server_as_one_segment(
    client: DynamicClient, router: respx.MockRouter, user_id: str, raw_segment: bytes
) -> None:
    """Percent-escapes made by the generated code survive the base URL join."""
    seen: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json={"id": "u1"})

    router.route(method="GET").mock(side_effect=record)

    get_user(client, user_id)

    assert seen == [b"/api/v0/environments/" + ENV.encode() + b"/users/" + raw_segment]


def test_operation_headers_cannot_replace_authorization(
    client: DynamicClient, router: respx.MockRouter
) -> None:
    """Header parameters are sent, but never instead of the client's Authorization."""
    route = router.get(USER_URL, headers={**AUTH, "X-Extra": "1"}).respond(
        200, json={"id": "u1"}
    )
    request = get_user_request("u1")
    request["headers"] = {"X-Extra": "1", "Authorization": "Bearer other"}

    client._transport.request(GET_USER, request, parse_user)

    assert route.call_count == 1
