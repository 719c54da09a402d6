"""Telling a URL from a path, without importing the fetching machinery (httpx, HTML discovery)."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")
