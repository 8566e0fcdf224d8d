"""Every operation of the description, called through the client against respx.

The expected wire traffic is derived from ``openapi/dynamic-admin-api.json``
alone, independently of the generated code: if a template or a regeneration
changes a path, a query name or a body field name, the matching case fails
and its test id names the operation.
"""

from __future__ import annotations

import asyncio
import enum
import json
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import respx

from dynamic_admin import (
    AsyncDynamicClient,
    DynamicClient,
    NotFoundError,
    UnauthorizedError,
)

from .spec_cases import BASE_URL, ENV, TOKEN, Case, call, expected_call, iter_cases

CASES = list(iter_cases())
IDS = [case.operation_id for case in CASES]
# One operation per tag runs through the async client as well.
ASYNC_CASES = list({case.tag: case for case in reversed(CASES)}.values())


def test_cases_cover_the_description() -> None:
    """The cases are exactly the operations the description declares."""
    from dynamic_spec.examples import load_spec

    declared = {
        op["operationId"]
        for item in load_spec()["paths"].values()
        for key, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    assert sorted(IDS) == sorted(declared)
    assert len(set(IDS)) == len(IDS)


def _route(router: respx.MockRouter, case: Case, sent: Any) -> respx.Route:
    return router.route(method=case.method, path=sent.decoded_path)


def _check_request(request: httpx.Request, sent: Any) -> None:
    raw_path, _, _ = request.url.raw_path.decode("ascii").partition("?")
    assert raw_path == "/api/v0" + sent.raw_path
    assert sorted(request.url.params.multi_items()) == sorted(sent.query)
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["user-agent"].startswith("dynamic-admin/")
    if sent.json_body is not None:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == sent.json_body
    else:
        assert request.content == b""


def _check_result(result: Any, case: Case, answered: Any) -> None:
    if answered is None:
        assert result is None
    else:
        assert _to_json(result) == answered


def _to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_operation_round_trip(case: Case) -> None:
    """The operation sends the described request and returns the typed body."""
    sent = expected_call(case, ENV)
    with (
        respx.mock(base_url=BASE_URL, assert_all_called=True) as router,
        DynamicClient(TOKEN, environment_id=ENV, base_url=BASE_URL) as client,
    ):
        route = _route(router, case, sent)
        route.respond(case.success_status, **sent.response_kwargs)

        result = call(client, case, sent)

        assert route.call_count == 1
        _check_request(route.calls.last.request, sent)
    _check_result(result, case, sent.response_json)


@pytest.mark.parametrize(
    ("status", "error"),
    [(404, NotFoundError), (401, UnauthorizedError)],
    ids=["404", "401"],
)
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_operation_errors(case: Case, status: int, error: type[Exception]) -> None:
    """A 404 or 401 answer raises its typed error naming the operation."""
    sent = expected_call(case, ENV)
    body = {"error": f"answered {status}", "code": f"code_{status}"}
    with (
        respx.mock(base_url=BASE_URL, assert_all_called=True) as router,
        DynamicClient(TOKEN, environment_id=ENV, base_url=BASE_URL) as client,
    ):
        route = _route(router, case, sent).respond(status, json=body)

        with pytest.raises(error) as caught:
            call(client, case, sent)

        assert route.call_count == 1
    exc = caught.value
    assert exc.operation == case.operation_id  # type: ignore[attr-defined]
    assert exc.status_code == status  # type: ignore[attr-defined]
    assert exc.error == f"answered {status}"  # type: ignore[attr-defined]
    assert exc.code == f"code_{status}"  # type: ignore[attr-defined]
    assert case.path in str(exc)


@pytest.mark.parametrize("case", ASYNC_CASES, ids=[c.operation_id for c in ASYNC_CASES])
def test_async_operation_round_trip(case: Case) -> None:
    """The async client sends the same request and returns the same body."""
    sent = expected_call(case, ENV)

    async def run() -> Any:
        async with AsyncDynamicClient(
            TOKEN, environment_id=ENV, base_url=BASE_URL
        ) as c:
            return await call(c, case, sent)

    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        route = _route(router, case, sent)
        route.respond(case.success_status, **sent.response_kwargs)

        result = asyncio.run(run())

        assert route.call_count == 1
        _check_request(route.calls.last.request, sent)
    _check_result(result, case, sent.response_json)


def test_path_parameters_stay_one_segment() -> None:
    """Ids with slashes, dots and query characters are encoded as one segment."""
    case = next(c for c in CASES if c.operation_id == "getUser")
    with (
        respx.mock(base_url=BASE_URL, assert_all_called=True) as router,
        DynamicClient(TOKEN, environment_id=ENV, base_url=BASE_URL) as client,
    ):
        route = router.get(url__regex=r".*").respond(
            200, json=expected_call(case, ENV).response_json
        )
        for user_id in ("../x", "a/b?c=d#e", "..", "."):
            client.users.get_user(user_id)
            raw = route.calls.last.request.url.raw_path.decode()
            encoded = quote(user_id, safe="")
            if user_id in (".", ".."):
                encoded = "%2E" * len(user_id)
            assert raw == f"/api/v0/environments/{ENV}/users/{encoded}"
