from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_account_response import TestAccountResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getTestAccount",
    method="GET",
    path="/environments/{environmentId}/test/account",
    tag="TestAccount",
)


def _get_kwargs(
    environment_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/test/account".format(
            environment_id=path_segment(environment_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> TestAccountResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return TestAccountResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[TestAccountResponse]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TestAccountResponse]:
    """Get test account

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[TestAccountResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TestAccountResponse:
    """Get test account

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        TestAccountResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TestAccountResponse]:
    """Get test account

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[TestAccountResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TestAccountResponse:
    """Get test account

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        TestAccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
        )
    ).parsed
