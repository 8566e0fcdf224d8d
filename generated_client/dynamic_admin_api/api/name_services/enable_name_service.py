from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_enum import ChainEnum
from ...models.name_service_response import NameServiceResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="enableNameService",
    method="PUT",
    path="/environments/{environmentId}/nameService/{chainName}/enable",
    tag="NameServices",
)


def _get_kwargs(
    environment_id: str,
    chain_name: ChainEnum,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/environments/{environment_id}/nameService/{chain_name}/enable".format(
            environment_id=path_segment(environment_id),
            chain_name=path_segment(chain_name),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> NameServiceResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return NameServiceResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[NameServiceResponse]:
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
    chain_name: ChainEnum,
    *,
    client: AuthenticatedClient | Client,
) -> Response[NameServiceResponse]:
    """Enable name service

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[NameServiceResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            chain_name=chain_name,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    chain_name: ChainEnum,
    *,
    client: AuthenticatedClient | Client,
) -> NameServiceResponse:
    """Enable name service

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        NameServiceResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        chain_name=chain_name,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    chain_name: ChainEnum,
    *,
    client: AuthenticatedClient | Client,
) -> Response[NameServiceResponse]:
    """Enable name service

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[NameServiceResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            chain_name=chain_name,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    chain_name: ChainEnum,
    *,
    client: AuthenticatedClient | Client,
) -> NameServiceResponse:
    """Enable name service

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        NameServiceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            chain_name=chain_name,
        )
    ).parsed
