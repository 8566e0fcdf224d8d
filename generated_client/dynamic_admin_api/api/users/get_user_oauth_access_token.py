from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_oauth_access_token_response import UserOauthAccessTokenResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getUserOauthAccessToken",
    method="GET",
    path="/oauthAccounts/{oauthAccountId}/accessToken",
    tag="Users",
)


def _get_kwargs(
    oauth_account_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/oauthAccounts/{oauth_account_id}/accessToken".format(
            oauth_account_id=path_segment(oauth_account_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> UserOauthAccessTokenResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return UserOauthAccessTokenResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[UserOauthAccessTokenResponse]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    oauth_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserOauthAccessTokenResponse]:
    """Get user oauth access token

    Returns the current access token that Dynamic holds for one of a user's linked OAuth
    (social) accounts.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[UserOauthAccessTokenResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            oauth_account_id=oauth_account_id,
        )
    )
    return _build_response(response)


def sync(
    oauth_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> UserOauthAccessTokenResponse:
    """Get user oauth access token

    Returns the current access token that Dynamic holds for one of a user's linked OAuth
    (social) accounts.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        UserOauthAccessTokenResponse
    """

    return sync_detailed(
        client=client,
        oauth_account_id=oauth_account_id,
    ).parsed


async def asyncio_detailed(
    oauth_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserOauthAccessTokenResponse]:
    """Get user oauth access token

    Returns the current access token that Dynamic holds for one of a user's linked OAuth
    (social) accounts.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[UserOauthAccessTokenResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            oauth_account_id=oauth_account_id,
        )
    )
    return _build_response(response)


async def asyncio(
    oauth_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> UserOauthAccessTokenResponse:
    """Get user oauth access token

    Returns the current access token that Dynamic holds for one of a user's linked OAuth
    (social) accounts.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        UserOauthAccessTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            oauth_account_id=oauth_account_id,
        )
    ).parsed
