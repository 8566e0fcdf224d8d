"""Checks and defaults applied when a client is constructed, before any I/O."""

from __future__ import annotations

import ipaddress
import os
import sys
from typing import Final
from urllib.parse import urlsplit

from ._errors import ConfigurationError, InvalidTokenError
from ._version import __version__

DEFAULT_BASE_URL: Final = "https://app.dynamicauth.com/api/v0"
TOKEN_ENV: Final = "DYNAMIC_API_TOKEN"
ENVIRONMENT_ENV: Final = "DYNAMIC_ENVIRONMENT_ID"
USER_AGENT: Final = (
    f"dynamic-admin/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"
    f".{sys.version_info[2]}"
)

_TOKEN_PREFIX: Final = "dyn_"
_TOKEN_BODY_LENGTH: Final = 56


def resolve_token(token: str | None) -> str:
    """Return the token (or ``$DYNAMIC_API_TOKEN``) after checking its shape.

    Raises:
        InvalidTokenError: The token is missing or malformed. The message says
            what is wrong and never contains the token itself.
    """
    if token is None:
        token = os.environ.get(TOKEN_ENV)
    if not token:
        raise InvalidTokenError(
            f"No API token: pass token=... or set the {TOKEN_ENV} environment variable"
        )
    expected = len(_TOKEN_PREFIX) + _TOKEN_BODY_LENGTH
    if not token.startswith(_TOKEN_PREFIX):
        raise InvalidTokenError(f"API token must start with {_TOKEN_PREFIX!r}")
    if len(token) != expected:
        raise InvalidTokenError(
            f"API token must be {expected} characters long, got {len(token)}"
        )
    body = token[len(_TOKEN_PREFIX) :]
    if not (body.isascii() and body.isalnum()):
        raise InvalidTokenError(
            f"API token must be {_TOKEN_PREFIX!r} followed by ASCII letters and "
            "digits only; it contains other (non-alphanumeric) characters"
        )
    return token


def resolve_environment_id(environment_id: str | None) -> str | None:
    """Return the default environment id, else ``$DYNAMIC_ENVIRONMENT_ID``."""
    if environment_id is None:
        environment_id = os.environ.get(ENVIRONMENT_ENV)
    return environment_id or None


def check_base_url(base_url: str) -> str:
    """Return `base_url` without its trailing slash after checking it is safe.

    Plain ``http://`` would send the token in clear text, so it is only
    accepted for loopback hosts (local test servers and proxies).

    Raises:
        ConfigurationError: The scheme is not https (or http to a loopback
            host), or the URL carries credentials, a query or a fragment.
    """
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme == "http":
        if not _is_loopback(host):
            raise ConfigurationError(
                "base_url must use https:// (plain http:// is only allowed for "
                f"localhost and loopback addresses, not {host!r})"
            )
    elif parts.scheme != "https" or not host:
        raise ConfigurationError(
            f"base_url must be an absolute https:// URL, got scheme {parts.scheme!r}"
        )
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError("base_url must not contain credentials")
    if parts.query or parts.fragment:
        raise ConfigurationError("base_url must not contain a query or fragment")
    return base_url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
