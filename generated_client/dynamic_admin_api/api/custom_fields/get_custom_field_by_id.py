from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field import CustomField
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getCustomFieldById",
    method="GET",
    path="/custom/fields/{customFieldId}",
    tag="CustomFields",
)


def _get_kwargs(
    custom_field_id: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/custom/fields/{custom_field_id}".format(
            custom_field_id=path_segment(custom_field_id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> CustomField:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return CustomField.from_dict(data)


def _build_response(response: httpx.Response) -> Response[CustomField]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync_detailed(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomField]:
    """Get custom field by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[CustomField]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            custom_field_id=custom_field_id,
        )
    )
    return _build_response(response)


def sync(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomField:
    """Get custom field by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        CustomField
    """

    return sync_detailed(
        client=client,
        custom_field_id=custom_field_id,
    ).parsed


async def asyncio_detailed(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomField]:
    """Get custom field by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[CustomField]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            custom_field_id=custom_field_id,
        )
    )
    return _build_response(response)


async def asyncio(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomField:
    """Get custom field by id

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        CustomField
    """

    return (
        await asyncio_detailed(
            client=client,
            custom_field_id=custom_field_id,
        )
    ).parsed
