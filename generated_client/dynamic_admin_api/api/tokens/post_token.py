from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_token_response import CreateTokenResponse
from ...models.post_token_fields import PostTokenFields
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="postToken",
    method="POST",
    path="/environments/{environmentId}/tokens",
    tag="Tokens",
)


def _get_kwargs(
    environment_id: str,
    *,
    body: PostTokenFields,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/environments/{environment_id}/tokens".format(
            environment_id=path_segment(environment_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(response: httpx.Response) -> CreateTokenResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return CreateTokenResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[CreateTokenResponse]:
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
    body: PostTokenFields,
) -> Response[CreateTokenResponse]:
    """Post token

    Creates an environment API token. The secret (`rawToken`, starting with `dyn_`) appears
    only in this response; store it safely.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[CreateTokenResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostTokenFields,
) -> CreateTokenResponse:
    """Post token

    Creates an environment API token. The secret (`rawToken`, starting with `dyn_`) appears
    only in this response; store it safely.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        CreateTokenResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostTokenFields,
) -> Response[CreateTokenResponse]:
    """Post token

    Creates an environment API token. The secret (`rawToken`, starting with `dyn_`) appears
    only in this response; store it safely.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[CreateTokenResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostTokenFields,
) -> CreateTokenResponse:
    """Post token

    Creates an environment API token. The secret (`rawToken`, starting with `dyn_`) appears
    only in this response; store it safely.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        CreateTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            body=body,
        )
    ).parsed
