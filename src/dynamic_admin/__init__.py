"""Python client for Dynamic's Admin API."""

__version__ = "0.1.0"
