from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_room_response import OpenRoomResponse
from ...models.waas_delegate_sign_message_request import WaasDelegateSignMessageRequest
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="delegatedSignMessage",
    method="POST",
    path="/environments/{environmentId}/waas/{walletId}/delegatedAccess/signMessage",
    tag="Waas",
)


def _get_kwargs(
    environment_id: str,
    wallet_id: str,
    *,
    body: WaasDelegateSignMessageRequest,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/waas/{wallet_id}/delegatedAccess/signMessage".format(
            environment_id=path_segment(environment_id),
            wallet_id=path_segment(wallet_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> OpenRoomResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return OpenRoomResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[OpenRoomResponse]:
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
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WaasDelegateSignMessageRequest,
) -> Response[OpenRoomResponse]:
    """Delegated sign message

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[OpenRoomResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            wallet_id=wallet_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WaasDelegateSignMessageRequest,
) -> OpenRoomResponse:
    """Delegated sign message

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        OpenRoomResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        wallet_id=wallet_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WaasDelegateSignMessageRequest,
) -> Response[OpenRoomResponse]:
    """Delegated sign message

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[OpenRoomResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            wallet_id=wallet_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    wallet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WaasDelegateSignMessageRequest,
) -> OpenRoomResponse:
    """Delegated sign message

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        OpenRoomResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            wallet_id=wallet_id,
            body=body,
        )
    ).parsed
