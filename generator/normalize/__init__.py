"""Normalize stage: Swagger 2.0 and OpenAPI 3.x documents -> one OpenAPI-3-shaped document."""

from __future__ import annotations

from generator.normalize.normalize import normalize

__all__ = ["normalize"]
