"""Errors raised by the functions of this package."""


class UnexpectedStatus(Exception):
    """The API answered with a status outside 2xx.

    Raised by every ``sync``/``sync_detailed``/``asyncio``/``asyncio_detailed``
    function for any non-2xx status, documented or not, so that an error is
    never mistaken for an empty result.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["UnexpectedStatus"]
