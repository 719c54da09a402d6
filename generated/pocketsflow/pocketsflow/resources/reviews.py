"""Access product reviews and ratings."""

from __future__ import annotations

from typing import Any
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.review import Review

__all__ = [
    "AsyncReviewsResource",
    "AsyncReviewsResourceWithRawResponse",
    "ReviewsResource",
    "ReviewsResourceWithRawResponse",
]


class ReviewsResource(SyncResource):
    """Access product reviews and ratings."""

    __slots__ = ()

    def list_for_product(
        self,
        product_id: str,
        **options: Unpack[CallOptions],
    ) -> list[Review]:
        """Get reviews for a product (Public).

        Public endpoint (no API key). The docs list it as 'Get reviews for a product (Public)' but do not show its path; the path here is a guess.

        Args:
            product_id: Product ID.

        ``GET /reviews/product/{productId}``"""
        return _cast(
            list[Review],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/reviews/product/{productId}",
                    path_params={"productId": product_id},
                    security=(),
                    **options,
                ),
                cast_to=_cast(Any, list[Review]),
            ),
        )

    def list(
        self,
        *,
        product_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[Review]:
        """List all reviews.

        Args:
            product_id: Filter by product ID

        ``GET /reviews``"""
        return _cast(
            list[Review],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/reviews",
                    query=[QueryParam("productId", product_id)],
                    **options,
                ),
                cast_to=_cast(Any, list[Review]),
            ),
        )


class AsyncReviewsResource(AsyncResource):
    """Access product reviews and ratings."""

    __slots__ = ()

    async def list_for_product(
        self,
        product_id: str,
        **options: Unpack[CallOptions],
    ) -> list[Review]:
        """Get reviews for a product (Public).

        Public endpoint (no API key). The docs list it as 'Get reviews for a product (Public)' but do not show its path; the path here is a guess.

        Args:
            product_id: Product ID.

        ``GET /reviews/product/{productId}``"""
        return _cast(
            list[Review],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/reviews/product/{productId}",
                    path_params={"productId": product_id},
                    security=(),
                    **options,
                ),
                cast_to=_cast(Any, list[Review]),
            ),
        )

    async def list(
        self,
        *,
        product_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[Review]:
        """List all reviews.

        Args:
            product_id: Filter by product ID

        ``GET /reviews``"""
        return _cast(
            list[Review],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/reviews",
                    query=[QueryParam("productId", product_id)],
                    **options,
                ),
                cast_to=_cast(Any, list[Review]),
            ),
        )


class ReviewsResourceWithRawResponse:
    """The operations of ``ReviewsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: ReviewsResource) -> None:
        self.list_for_product = to_raw_response_wrapper(resource.list_for_product)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncReviewsResourceWithRawResponse:
    """The operations of ``AsyncReviewsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncReviewsResource) -> None:
        self.list_for_product = async_to_raw_response_wrapper(resource.list_for_product)
        self.list = async_to_raw_response_wrapper(resource.list)
