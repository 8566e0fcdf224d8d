"""Fault injection with ``fail_next``."""

from __future__ import annotations

import httpx
import pytest
from testing_kit_support import ENV

from dynamic_admin.testing import FakeDynamic

USERS = f"/environments/{ENV}/users"


def test_status_fault_with_retry_after_fails_once(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """A 503 with ``Retry-After`` is served once, then the API answers again."""
    fault = fake.fail_next(status=503, retry_after=1)

    failed = client.get(USERS)
    assert failed.status_code == 503
    assert failed.headers["Retry-After"] == "1"
    assert failed.json() == {
        "error": "Service Unavailable",
        "code": "service_unavailable",
    }

    assert client.get(USERS).status_code == 200
    assert fault.remaining == 0
    assert fault.served == [fake.requests[0]]
    assert fake.faults == []


def test_fault_times_counts_matching_requests(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """``times`` fails that many matching requests in a row."""
    fake.fail_next(status=429, retry_after="Wed, 21 Oct 2015 07:28:00 GMT", times=2)

    statuses = [client.get(USERS).status_code for _ in range(3)]

    assert statuses == [429, 429, 200]


def test_fault_filters_by_method_path_and_operation(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """Method, path template and operationId filters leave other requests alone."""
    user = fake.add_user(email="ada@example.com")
    fake.fail_next(status=500, method="DELETE")
    fake.fail_next(status=502, path="/environments/{environmentId}/users/{userId}")
    fake.fail_next(status=504, operation="getTokens")

    assert client.get(USERS).status_code == 200
    assert client.get(f"/environments/{ENV}/tokens").status_code == 504
    assert client.get(f"{USERS}/{user['id']}").status_code == 502
    assert client.delete(f"{USERS}/{user['id']}").status_code == 500
    assert client.delete(f"{USERS}/{user['id']}").status_code == 204


def test_fault_body_and_headers_can_be_given(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """A custom body and headers replace the default error body."""
    payload = {"error": "slow down", "code": "too_many_requests", "payload": {}}
    fake.fail_next(status=429, body=payload, headers={"X-Request-Id": "r1"})
    fake.fail_next(status=502, body="<html>bad gateway</html>")

    first = client.get(USERS)
    assert first.json() == payload
    assert first.headers["X-Request-Id"] == "r1"
    assert client.get(USERS).text == "<html>bad gateway</html>"


def test_faults_apply_before_authentication(fake: FakeDynamic) -> None:
    """An injected outage hides the 401 a tokenless request would get."""
    fake.fail_next(status=503)

    response = httpx.get(f"{fake.base_url}{USERS}")

    assert response.status_code == 503


@pytest.mark.parametrize(
    "exception",
    [httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError("reset")],
)
def test_connection_fault_raises_from_the_transport(
    fake: FakeDynamic,
    client: httpx.Client,
    exception: type[httpx.TransportError] | httpx.TransportError,
) -> None:
    """An exception fault raises the httpx error, bound to the request."""
    fake.fail_next(exception=exception)
    expected = exception if isinstance(exception, type) else type(exception)

    with pytest.raises(expected) as caught:
        client.get(USERS)

    assert caught.value.request.url.path.endswith("/users")
    assert client.get(USERS).status_code == 200


def test_plain_fail_next_serves_500(fake: FakeDynamic, client: httpx.Client) -> None:
    """Without a status or exception the fault is a 500."""
    fake.fail_next()

    assert client.get(USERS).status_code == 500


def test_fail_next_rejects_conflicting_arguments(fake: FakeDynamic) -> None:
    """A status and an exception together, or ``times=0``, are mistakes."""
    with pytest.raises(ValueError, match="not both"):
        fake.fail_next(status=503, exception=httpx.ConnectError)
    with pytest.raises(ValueError, match="times"):
        fake.fail_next(times=0)


def test_clear_faults_forgets_pending_faults(
    fake: FakeDynamic, client: httpx.Client
) -> None:
    """``clear_faults`` drops faults that were not served yet."""
    fake.fail_next(status=503, times=5)

    fake.clear_faults()

    assert client.get(USERS).status_code == 200
