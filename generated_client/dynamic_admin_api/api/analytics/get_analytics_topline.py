from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_topline_response import AnalyticsToplineResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getAnalyticsTopline",
    method="GET",
    path="/environments/{environmentId}/analytics/topline",
    tag="Analytics",
)


def _get_kwargs(
    environment_id: str,
    *,
    start: str,
    end: str,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    params["start"] = start

    params["end"] = end

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/analytics/topline".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> AnalyticsToplineResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return AnalyticsToplineResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[AnalyticsToplineResponse]:
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
    start: str,
    end: str,
) -> Response[AnalyticsToplineResponse]:
    """Get analytics topline

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[AnalyticsToplineResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            start=start,
            end=end,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
) -> AnalyticsToplineResponse:
    """Get analytics topline

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        AnalyticsToplineResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
) -> Response[AnalyticsToplineResponse]:
    """Get analytics topline

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[AnalyticsToplineResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            start=start,
            end=end,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
) -> AnalyticsToplineResponse:
    """Get analytics topline

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        AnalyticsToplineResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            start=start,
            end=end,
        )
    ).parsed
