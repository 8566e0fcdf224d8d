from __future__ import annotations

from enum import StrEnum
from typing import Self


class HardwareWalletEnum(StrEnum):
    LEDGER = "ledger"

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
    def from_value(cls, value: str) -> HardwareWalletEnum:
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


_MEMBERS: dict[str, HardwareWalletEnum] = {member.value: member for member in HardwareWalletEnum}
