"""Version of this package and of the API it was generated from."""

__version__ = "1.0.7"
API_VERSION = "1.0.0"
