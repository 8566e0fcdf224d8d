from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="deleteGlobalWalletAccessControlDomainById",
    method="DELETE",
    path="/environments/{environmentId}/globalWallet/accessControl/domains/{globalWalletAccessControlDomainId}",
    tag="GlobalWalletAccessControl",
)


def _get_kwargs(
    environment_id: str,
    global_wallet_access_control_domain_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/environments/{environment_id}/globalWallet/accessControl/domains/{global_wallet_access_control_domain_id}".format(
            environment_id=path_segment(environment_id),
            global_wallet_access_control_domain_id=path_segment(
                global_wallet_access_control_domain_id
            ),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> None:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    return None


def _build_response(response: httpx.Response) -> Response[None]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    environment_id: str,
    global_wallet_access_control_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete global wallet access control domain by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            global_wallet_access_control_domain_id=global_wallet_access_control_domain_id,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    global_wallet_access_control_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete global wallet access control domain by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        global_wallet_access_control_domain_id=global_wallet_access_control_domain_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    global_wallet_access_control_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete global wallet access control domain by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            global_wallet_access_control_domain_id=global_wallet_access_control_domain_id,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    global_wallet_access_control_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete global wallet access control domain by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            global_wallet_access_control_domain_id=global_wallet_access_control_domain_id,
        )
    ).parsed
