"""Tooling that builds the checked-in OpenAPI description of Dynamic's Admin API.

The description is derived from Dynamic's published TypeScript client
(``@dynamic-labs/sdk-api``, Apache-2.0) or from any OpenAPI file, then
normalised and corrected by ``openapi/overlay.yaml``.  ``UPSTREAM_VERSION`` is
the single pin to change when moving to a new upstream release.
"""

UPSTREAM_PACKAGE = "@dynamic-labs/sdk-api"
UPSTREAM_VERSION = "0.0.847"

__all__ = ["UPSTREAM_PACKAGE", "UPSTREAM_VERSION"]
