"""Create, update, and manage your digital products and subscriptions."""

from __future__ import annotations

from typing import Any, Literal, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_product_request import CreateProductRequest
from ..types.create_product_request_billing_interval import CreateProductRequestBillingInterval
from ..types.create_product_request_type import CreateProductRequestType
from ..types.message_response import MessageResponse
from ..types.product import Product
from ..types.update_product_request import UpdateProductRequest

__all__ = [
    "AsyncProductsResource",
    "AsyncProductsResourceWithRawResponse",
    "ProductsResource",
    "ProductsResourceWithRawResponse",
]


class ProductsResource(SyncResource):
    """Create, update, and manage your digital products and subscriptions."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        name: str,
        price: float,
        currency: str,
        description: str | NotGiven = NOT_GIVEN,
        type: CreateProductRequestType | Literal["one-time", "subscription"] | NotGiven = NOT_GIVEN,
        billing_interval: (
            CreateProductRequestBillingInterval | Literal["month", "year"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        subtitle: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        images: list[str] | NotGiven = NOT_GIVEN,
        cta_text: str | NotGiven = NOT_GIVEN,
        show_sales: bool | NotGiven = NOT_GIVEN,
        show_reviews: bool | NotGiven = NOT_GIVEN,
        refund_policy: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        has_first_name: bool | NotGiven = NOT_GIVEN,
        has_last_name: bool | NotGiven = NOT_GIVEN,
        pay_want: bool | NotGiven = NOT_GIVEN,
        min_price: float | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Product: ...

    @overload
    def create(
        self,
        *,
        body: CreateProductRequest,
        **options: Unpack[CallOptions],
    ) -> Product: ...

    def create(
        self,
        *,
        body: CreateProductRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        type: CreateProductRequestType | Literal["one-time", "subscription"] | NotGiven = NOT_GIVEN,
        billing_interval: (
            CreateProductRequestBillingInterval | Literal["month", "year"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        subtitle: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        images: list[str] | NotGiven = NOT_GIVEN,
        cta_text: str | NotGiven = NOT_GIVEN,
        show_sales: bool | NotGiven = NOT_GIVEN,
        show_reviews: bool | NotGiven = NOT_GIVEN,
        refund_policy: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        has_first_name: bool | NotGiven = NOT_GIVEN,
        has_last_name: bool | NotGiven = NOT_GIVEN,
        pay_want: bool | NotGiven = NOT_GIVEN,
        min_price: float | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Product:
        """Create a product.

        Args:
            name: Product name
            price: Product price
            currency: Currency code (e.g., USD)
            description: Product description
            type: Product type
            billing_interval: Billing interval for subscriptions
            active: Whether product is active
            published: Whether the product is published.
            subtitle: Product subtitle.
            slug: URL slug; the hosted product page is `https://<subdomain>.pocketsflow.com/<slug>`.
            thumbnail: Thumbnail image URL.
            images: Product image URLs.
            cta_text: Call-to-action button text.
            show_sales: Show the sales count on the product page.
            show_reviews: Show reviews on the product page.
            callback_url: Callback URL used for redirects after purchase.
            has_first_name: Collect the buyer's first name at checkout.
            has_last_name: Collect the buyer's last name at checkout.
            pay_want: Pay-what-you-want pricing.
            min_price: Minimum price for pay-what-you-want.
            max_price: Maximum price for pay-what-you-want.
            body: the whole request body as a ``CreateProductRequest`` instead of the arguments above

        ``POST /products``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/products",
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "price": price,
                        "currency": currency,
                        "description": description,
                        "type": type,
                        "billingInterval": billing_interval,
                        "active": active,
                        "published": published,
                        "subtitle": subtitle,
                        "slug": slug,
                        "thumbnail": thumbnail,
                        "images": images,
                        "ctaText": cta_text,
                        "showSales": show_sales,
                        "showReviews": show_reviews,
                        "refundPolicy": refund_policy,
                        "callbackUrl": callback_url,
                        "hasFirstName": has_first_name,
                        "hasLastName": has_last_name,
                        "payWant": pay_want,
                        "minPrice": min_price,
                        "maxPrice": max_price,
                    },
                    ("name", "price", "currency"),
                ),
                **options,
            ),
            cast_to=Product,
        )

    @overload
    def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Product: ...

    @overload
    def update(
        self,
        id: str,
        *,
        body: UpdateProductRequest,
        **options: Unpack[CallOptions],
    ) -> Product: ...

    def update(
        self,
        id: str,
        *,
        body: UpdateProductRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Product:
        """Update a product.

        Updates use `POST /products/update/{id}` (not PATCH/PUT on `/products/{id}`).

        Args:
            id: Product ID.
            body: the whole request body as a ``UpdateProductRequest`` instead of the arguments above

        ``POST /products/update/{id}``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/products/update/{id}",
                path_params={"id": id},
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "description": description,
                        "price": price,
                        "currency": currency,
                        "active": active,
                        "published": published,
                    },
                ),
                **options,
            ),
            cast_to=Product,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a product.

        Args:
            id: Product ID.

        ``DELETE /products/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/products/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Product:
        """Get a product.

        Returns a single product by ID.

        Args:
            id: Product ID.

        ``GET /products/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/products/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Product,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Product]:
        """List all products.

        Returns all products for the authenticated user (a bare JSON array, not paginated).

        ``GET /products``"""
        return _cast(
            list[Product],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/products",
                    **options,
                ),
                cast_to=_cast(Any, list[Product]),
            ),
        )


class AsyncProductsResource(AsyncResource):
    """Create, update, and manage your digital products and subscriptions."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        name: str,
        price: float,
        currency: str,
        description: str | NotGiven = NOT_GIVEN,
        type: CreateProductRequestType | Literal["one-time", "subscription"] | NotGiven = NOT_GIVEN,
        billing_interval: (
            CreateProductRequestBillingInterval | Literal["month", "year"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        subtitle: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        images: list[str] | NotGiven = NOT_GIVEN,
        cta_text: str | NotGiven = NOT_GIVEN,
        show_sales: bool | NotGiven = NOT_GIVEN,
        show_reviews: bool | NotGiven = NOT_GIVEN,
        refund_policy: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        has_first_name: bool | NotGiven = NOT_GIVEN,
        has_last_name: bool | NotGiven = NOT_GIVEN,
        pay_want: bool | NotGiven = NOT_GIVEN,
        min_price: float | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Product: ...

    @overload
    async def create(
        self,
        *,
        body: CreateProductRequest,
        **options: Unpack[CallOptions],
    ) -> Product: ...

    async def create(
        self,
        *,
        body: CreateProductRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        type: CreateProductRequestType | Literal["one-time", "subscription"] | NotGiven = NOT_GIVEN,
        billing_interval: (
            CreateProductRequestBillingInterval | Literal["month", "year"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        subtitle: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        images: list[str] | NotGiven = NOT_GIVEN,
        cta_text: str | NotGiven = NOT_GIVEN,
        show_sales: bool | NotGiven = NOT_GIVEN,
        show_reviews: bool | NotGiven = NOT_GIVEN,
        refund_policy: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        has_first_name: bool | NotGiven = NOT_GIVEN,
        has_last_name: bool | NotGiven = NOT_GIVEN,
        pay_want: bool | NotGiven = NOT_GIVEN,
        min_price: float | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Product:
        """Create a product.

        Args:
            name: Product name
            price: Product price
            currency: Currency code (e.g., USD)
            description: Product description
            type: Product type
            billing_interval: Billing interval for subscriptions
            active: Whether product is active
            published: Whether the product is published.
            subtitle: Product subtitle.
            slug: URL slug; the hosted product page is `https://<subdomain>.pocketsflow.com/<slug>`.
            thumbnail: Thumbnail image URL.
            images: Product image URLs.
            cta_text: Call-to-action button text.
            show_sales: Show the sales count on the product page.
            show_reviews: Show reviews on the product page.
            callback_url: Callback URL used for redirects after purchase.
            has_first_name: Collect the buyer's first name at checkout.
            has_last_name: Collect the buyer's last name at checkout.
            pay_want: Pay-what-you-want pricing.
            min_price: Minimum price for pay-what-you-want.
            max_price: Maximum price for pay-what-you-want.
            body: the whole request body as a ``CreateProductRequest`` instead of the arguments above

        ``POST /products``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/products",
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "price": price,
                        "currency": currency,
                        "description": description,
                        "type": type,
                        "billingInterval": billing_interval,
                        "active": active,
                        "published": published,
                        "subtitle": subtitle,
                        "slug": slug,
                        "thumbnail": thumbnail,
                        "images": images,
                        "ctaText": cta_text,
                        "showSales": show_sales,
                        "showReviews": show_reviews,
                        "refundPolicy": refund_policy,
                        "callbackUrl": callback_url,
                        "hasFirstName": has_first_name,
                        "hasLastName": has_last_name,
                        "payWant": pay_want,
                        "minPrice": min_price,
                        "maxPrice": max_price,
                    },
                    ("name", "price", "currency"),
                ),
                **options,
            ),
            cast_to=Product,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Product: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: UpdateProductRequest,
        **options: Unpack[CallOptions],
    ) -> Product: ...

    async def update(
        self,
        id: str,
        *,
        body: UpdateProductRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Product:
        """Update a product.

        Updates use `POST /products/update/{id}` (not PATCH/PUT on `/products/{id}`).

        Args:
            id: Product ID.
            body: the whole request body as a ``UpdateProductRequest`` instead of the arguments above

        ``POST /products/update/{id}``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/products/update/{id}",
                path_params={"id": id},
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "description": description,
                        "price": price,
                        "currency": currency,
                        "active": active,
                        "published": published,
                    },
                ),
                **options,
            ),
            cast_to=Product,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a product.

        Args:
            id: Product ID.

        ``DELETE /products/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/products/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Product:
        """Get a product.

        Returns a single product by ID.

        Args:
            id: Product ID.

        ``GET /products/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/products/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Product,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Product]:
        """List all products.

        Returns all products for the authenticated user (a bare JSON array, not paginated).

        ``GET /products``"""
        return _cast(
            list[Product],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/products",
                    **options,
                ),
                cast_to=_cast(Any, list[Product]),
            ),
        )


class ProductsResourceWithRawResponse:
    """The operations of ``ProductsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: ProductsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncProductsResourceWithRawResponse:
    """The operations of ``AsyncProductsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncProductsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
