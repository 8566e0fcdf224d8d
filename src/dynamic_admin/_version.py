"""Version of the dynamic-admin distribution."""

__version__ = "0.1.0"
