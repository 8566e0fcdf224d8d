from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gate import Gate
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getGate",
    method="GET",
    path="/environments/{environmentId}/gates/{gateId}",
    tag="Gates",
)


def _get_kwargs(
    environment_id: str,
    gate_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/gates/{gate_id}".format(
            environment_id=path_segment(environment_id),
            gate_id=path_segment(gate_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Gate:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return Gate.from_dict(data)


def _build_response(response: httpx.Response) -> Response[Gate]:
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
    gate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Gate]:
    """Get gate

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Gate]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            gate_id=gate_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    gate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Gate:
    """Get gate

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Gate
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        gate_id=gate_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    gate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Gate]:
    """Get gate

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[Gate]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            gate_id=gate_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    gate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Gate:
    """Get gate

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Gate
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            gate_id=gate_id,
        )
    ).parsed
