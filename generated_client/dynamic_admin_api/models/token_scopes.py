from __future__ import annotations

from enum import StrEnum
from typing import Self


class TokenScopes(StrEnum):
    ENVIRONMENT_ANALYTICS_READ = "environment.analytics.read"
    ENVIRONMENT_APITOKENS_READ = "environment.apiTokens.read"
    ENVIRONMENT_APITOKENS_WRITE = "environment.apiTokens.write"
    ENVIRONMENT_BALANCES_READ = "environment.balances.read"
    ENVIRONMENT_EVENTS_READ = "environment.events.read"
    ENVIRONMENT_EVENTS_WRITE = "environment.events.write"
    ENVIRONMENT_SETTINGS_READ = "environment.settings.read"
    ENVIRONMENT_SETTINGS_WRITE = "environment.settings.write"
    ENVIRONMENT_USERS_READ = "environment.users.read"
    ENVIRONMENT_USERS_WRITE = "environment.users.write"
    ENVIRONMENT_WEBHOOKS_READ = "environment.webhooks.read"
    ENVIRONMENT_WEBHOOKS_WRITE = "environment.webhooks.write"
    WAAS_AUTHENTICATE = "waas.authenticate"
    WAAS_DELEGATEDACCESS_SIGNMESSAGE = "waas.delegatedAccess.signMessage"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # A value the API added after this client was generated: keep it as
        # a pseudo-member (not added to the class) instead of failing to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: str) -> TokenScopes:
        """The member for a decoded value, as ``cls(value)`` but without its overhead."""
        try:
            return _MEMBERS[value]
        except KeyError:
            return cls(value)

    @property
    def is_known(self) -> bool:
        """False for a value this client's description did not list."""
        return self in type(self).__members__.values()

    def __str__(self) -> str:
        return str(self.value)


_MEMBERS: dict[str, TokenScopes] = {member.value: member for member in TokenScopes}
