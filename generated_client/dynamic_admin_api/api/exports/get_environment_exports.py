from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_model_enum import ExportModelEnum
from ...models.exports_response import ExportsResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getEnvironmentExports",
    method="GET",
    path="/environments/{environmentId}/exports",
    tag="Exports",
)


def _get_kwargs(
    environment_id: str,
    *,
    model: ExportModelEnum | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if model is not None:
        json_model = model.value
        params["model"] = json_model

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/exports".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> ExportsResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return ExportsResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[ExportsResponse]:
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
    model: ExportModelEnum | None = None,
) -> Response[ExportsResponse]:
    """Get environment exports

    Lists the exports requested for the environment.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[ExportsResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            model=model,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    model: ExportModelEnum | None = None,
) -> ExportsResponse:
    """Get environment exports

    Lists the exports requested for the environment.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        ExportsResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        model=model,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    model: ExportModelEnum | None = None,
) -> Response[ExportsResponse]:
    """Get environment exports

    Lists the exports requested for the environment.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[ExportsResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            model=model,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    model: ExportModelEnum | None = None,
) -> ExportsResponse:
    """Get environment exports

    Lists the exports requested for the environment.

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        ExportsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            model=model,
        )
    ).parsed
