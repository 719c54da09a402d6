"""The ``CheckoutSession`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["CheckoutSession"]


class CheckoutSession(_APIModel):
    id: str
    """Checkout session ID"""

    url: str
    """Checkout URL"""
