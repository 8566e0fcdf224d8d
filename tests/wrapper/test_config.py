"""Constructor checks: token shape, base URL safety, defaults from the environment."""

from __future__ import annotations

import httpx
import pytest
import respx

from dynamic_admin import (
    ConfigurationError,
    DynamicClient,
    DynamicError,
    InvalidTokenError,
    MissingEnvironmentIdError,
    __version__,
)

from .helpers import BASE_URL, ENV, GET_USER, TOKEN, get_user_request, parse_user


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DYNAMIC_API_TOKEN", raising=False)
    monkeypatch.delenv("DYNAMIC_ENVIRONMENT_ID", raising=False)


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (None, "No API token"),
        ("", "No API token"),
        ("sk_" + "a" * 57, "must start with 'dyn_'"),
        ("dyn_" + "a" * 55, "got 59"),
        ("dyn_" + "a" * 57, "got 61"),
        ("dyn_" + "a" * 55 + "-", "non-alphanumeric"),
        ("dyn_" + "a" * 55 + "\n", "non-alphanumeric"),
        ("dyn_" + "a" * 55 + "\u0663", "non-alphanumeric"),
    ],
)
def test_bad_tokens_are_refused_before_any_io(token: str | None, message: str) -> None:
    """A missing or malformed token raises InvalidTokenError saying what is wrong."""
    with pytest.raises(InvalidTokenError) as info:
        DynamicClient(token, environment_id=ENV)

    assert message in str(info.value)
    if token:
        assert token not in str(info.value)
        assert token[4:] not in repr(info.value.args)


def test_invalid_token_error_is_a_value_error() -> None:
    """InvalidTokenError can be caught as ValueError or DynamicError."""
    assert issubclass(InvalidTokenError, ValueError)
    assert issubclass(InvalidTokenError, DynamicError)


def test_token_and_environment_default_to_environment_variables(
    monkeypatch: pytest.MonkeyPatch, router: respx.MockRouter
) -> None:
    """Without arguments the client reads its token and environment from os.environ."""
    monkeypatch.setenv("DYNAMIC_API_TOKEN", TOKEN)
    monkeypatch.setenv("DYNAMIC_ENVIRONMENT_ID", "env-from-os")
    router.get(
        "/environments/env-from-os/users/u1",
        headers={"Authorization": f"Bearer {TOKEN}"},
    ).respond(200, json={"id": "u1"})

    with DynamicClient() as client:
        environment = client._transport.environment_id
        user = client._transport.request(
            GET_USER, get_user_request("u1", environment), parse_user
        )

    assert user.id == "u1"


def test_missing_environment_id_is_explained() -> None:
    """Asking for the default environment when none is configured raises clearly."""
    client = DynamicClient(TOKEN)

    with pytest.raises(MissingEnvironmentIdError, match="environment_id="):
        client._transport.environment_id  # noqa: B018 - the property raises


@pytest.mark.parametrize(
    "url",
    [
        "http://app.dynamicauth.com/api/v0",
        "http://10.0.0.1/api",
        "ftp://example.com",
        "app.dynamicauth.com/api/v0",
        "https://user:pw@example.com/api",
        "https://example.com/api?x=1",
    ],
)
def test_unsafe_base_urls_are_refused(url: str) -> None:
    """Plain http to a remote host, other schemes and URL credentials are refused."""
    with pytest.raises(ConfigurationError):
        DynamicClient(TOKEN, base_url=url)


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8080/api/v0",
        "http://127.0.0.1:9000",
        "http://127.3.2.1/",
        "http://[::1]:8000/api",
        "https://staging.example.com/api/v0/",
    ],
)
def test_loopback_http_and_any_https_are_accepted(url: str) -> None:
    """Plain http is fine for loopback hosts; the trailing slash is dropped."""
    client = DynamicClient(TOKEN, base_url=url)

    assert client._transport._settings.base_url == url.rstrip("/")


def test_requests_carry_user_agent_and_auth(router: respx.MockRouter) -> None:
    """Every request sends the bearer token, JSON Accept and the library User-Agent."""
    agent = f"dynamic-admin/{__version__} python/"
    route = router.get("/environments/env-1/users/u1").respond(200, json={"id": "u1"})

    with DynamicClient(TOKEN, environment_id=ENV) as client:
        client._transport.request(GET_USER, get_user_request("u1"), parse_user)

    sent = route.calls.last.request
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["accept"] == "application/json"
    assert sent.headers["user-agent"].startswith(agent)


def test_user_supplied_http_client_gets_auth_and_is_left_open(
    router: respx.MockRouter,
) -> None:
    """A caller's httpx.Client is used with our headers and not closed by the client."""
    route = router.get(
        "/environments/env-1/users/u1",
        headers={"Authorization": f"Bearer {TOKEN}", "X-Trace": "on"},
    ).respond(200, json={"id": "u1"})
    http = httpx.Client(headers={"X-Trace": "on"}, base_url="https://ignored.example")

    with DynamicClient(TOKEN, environment_id=ENV, http_client=http) as client:
        client._transport.request(GET_USER, get_user_request("u1"), parse_user)

    assert route.call_count == 1
    assert not http.is_closed
    http.close()


def test_context_manager_closes_the_owned_pool() -> None:
    """Leaving the with block closes the client's own httpx client."""
    with DynamicClient(TOKEN) as client:
        pass

    assert client._http.is_closed


def test_with_options_shares_the_pool_and_keeps_the_original(
    router: respx.MockRouter,
) -> None:
    """with_options returns a configured copy on the same pool, original unchanged."""
    route = router.get("/environments/other/users/u1").respond(200, json={"id": "u1"})

    with DynamicClient(TOKEN, environment_id=ENV) as client:
        copy = client.with_options(max_retries=0, timeout=5, environment_id="other")
        copy._transport.request(GET_USER, get_user_request("u1", "other"), parse_user)
        copy.close()

        assert copy._http is client._http
        assert not client._http.is_closed
        assert copy._transport._settings.policy.max_retries == 0
        assert client._transport._settings.policy.max_retries == 2
        assert client._transport.environment_id == ENV
    assert route.calls.last.request.extensions["timeout"]["read"] == 5


def test_default_timeout_is_finite(router: respx.MockRouter) -> None:
    """Without a timeout argument every request still has finite timeouts."""
    route = router.get("/environments/env-1/users/u1").respond(200, json={"id": "u1"})

    with DynamicClient(TOKEN, environment_id=ENV) as client:
        client._transport.request(GET_USER, get_user_request("u1"), parse_user)

    timeouts = route.calls.last.request.extensions["timeout"]
    assert all(isinstance(value, float) for value in timeouts.values())


def test_base_url_is_the_default() -> None:
    """The default base URL is Dynamic's production API."""
    assert DynamicClient(TOKEN)._transport._settings.base_url == BASE_URL
