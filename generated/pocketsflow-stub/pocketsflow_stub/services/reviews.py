"""The ``reviews`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from ..types.review import Review

__all__ = ["ReviewsService"]

_ListReview: TypeAlias = list[Review]


class ReviewsService:
    """Operations of the ``reviews`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'reviews': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self, *, product_id: str | None = None) -> _ListReview:
        """List all reviews

        ``GET /reviews`` (operation ``listReviews``)."""
        result: _ListReview = _example("listReviews", _ListReview)
        return result

    def list_for_product(self, product_id: str) -> _ListReview:
        """Get reviews for a product (Public)

        Public endpoint (no API key). The docs list it as 'Get reviews for a product (Public)' but do not show its path; the path here is a guess.

        ``GET /reviews/product/{productId}`` (operation ``listProductReviews``)."""
        result: _ListReview = _example("listProductReviews", _ListReview)
        return result
