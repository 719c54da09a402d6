"""pfgen: typed Python API clients and server stubs from OpenAPI documents."""

__version__ = "0.1.0"
