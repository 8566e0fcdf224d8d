from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_visit_response import AnalyticsVisitResponse
from ...types import Operation, Response, path_segment

OPERATION = Operation(
    id="getVisitAnalytics",
    method="GET",
    path="/environments/{environmentId}/analytics/visits",
    tag="Analytics",
)


def _get_kwargs(
    environment_id: str,
    *,
    start_date: str | None = None,
    end_date: str | None = None,
) -> dict[str, Any]:
    """Build the request of this operation (see types.Transport.request)."""
    params: dict[str, Any] = {}
    if start_date is not None:
        params["startDate"] = start_date

    if end_date is not None:
        params["endDate"] = end_date

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/environments/{environment_id}/analytics/visits".format(
            environment_id=path_segment(environment_id),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> AnalyticsVisitResponse:
    """Decode a 2xx response of this operation (the caller checks the status)."""
    data = response.json()
    return AnalyticsVisitResponse.from_dict(data)


def _build_response(response: httpx.Response) -> Response[AnalyticsVisitResponse]:
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
    start_date: str | None = None,
    end_date: str | None = None,
) -> Response[AnalyticsVisitResponse]:
    """Get visit analytics

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[AnalyticsVisitResponse]
    """

    response = client.get_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            start_date=start_date,
            end_date=end_date,
        )
    )
    return _build_response(response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: str | None = None,
    end_date: str | None = None,
) -> AnalyticsVisitResponse:
    """Get visit analytics

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        AnalyticsVisitResponse
    """

    return sync_detailed(
        client=client,
        environment_id=environment_id,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: str | None = None,
    end_date: str | None = None,
) -> Response[AnalyticsVisitResponse]:
    """Get visit analytics

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        Response[AnalyticsVisitResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            environment_id=environment_id,
            start_date=start_date,
            end_date=end_date,
        )
    )
    return _build_response(response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: str | None = None,
    end_date: str | None = None,
) -> AnalyticsVisitResponse:
    """Get visit analytics

    Raises:
        errors.UnexpectedStatus: The API answered with a status outside 2xx.
        httpx.HTTPError: The request could not be sent or answered.

    Returns:
        AnalyticsVisitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            environment_id=environment_id,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
