"""Programmatically manage your creator page. No endpoint is documented; all paths are guesses."""

from __future__ import annotations

from typing import overload

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.creator_page_products import CreatorPageProducts
from ..types.link_in_bio import LinkInBio
from ..types.link_in_bio_link import LinkInBioLink

__all__ = [
    "AsyncLinkInBioResource",
    "AsyncLinkInBioResourceWithRawResponse",
    "LinkInBioResource",
    "LinkInBioResourceWithRawResponse",
]


class LinkInBioResource(SyncResource):
    """Programmatically manage your creator page. No endpoint is documented; all paths are guesses."""

    __slots__ = ()

    def list_creator_products(
        self,
        username: str,
        **options: Unpack[CallOptions],
    ) -> CreatorPageProducts:
        """List a creator page's public products.

        Public, unauthenticated. Not in the docs; observed in third-party storefront code that reads `products[]` (name, slug, price, payWant, minPrice, thumbnail, subtitle, published).

        Args:
            username: Creator username / storefront subdomain.

        ``GET /creator-pages/products/{username}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/creator-pages/products/{username}",
                path_params={"username": username},
                security=(),
                **options,
            ),
            cast_to=CreatorPageProducts,
        )

    def get(
        self,
        **options: Unpack[CallOptions],
    ) -> LinkInBio:
        """Get your creator page.

        UNDOCUMENTED path, guessed from 'Programmatically manage your creator page'.

        ``GET /link-in-bio``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/link-in-bio",
                **options,
            ),
            cast_to=LinkInBio,
        )

    @overload
    def update(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        bio: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        links: list[LinkInBioLink] | NotGiven = NOT_GIVEN,
        product_ids: list[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> LinkInBio: ...

    @overload
    def update(
        self,
        *,
        body: LinkInBio,
        **options: Unpack[CallOptions],
    ) -> LinkInBio: ...

    def update(
        self,
        *,
        body: LinkInBio | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        bio: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        links: list[LinkInBioLink] | NotGiven = NOT_GIVEN,
        product_ids: list[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> LinkInBio:
        """Update your creator page.

        UNDOCUMENTED path; POST-for-update follows the convention of `/users/update` and `/products/update/{id}`.

        Args:
            product_ids: Products featured on the page.
            body: the whole request body as a ``LinkInBio`` instead of the arguments above

        ``POST /link-in-bio``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/link-in-bio",
                body=_merge_body(
                    body,
                    {
                        "username": username,
                        "name": name,
                        "bio": bio,
                        "avatar": avatar,
                        "location": location,
                        "links": links,
                        "productIds": product_ids,
                    },
                ),
                **options,
            ),
            cast_to=LinkInBio,
        )


class AsyncLinkInBioResource(AsyncResource):
    """Programmatically manage your creator page. No endpoint is documented; all paths are guesses."""

    __slots__ = ()

    async def list_creator_products(
        self,
        username: str,
        **options: Unpack[CallOptions],
    ) -> CreatorPageProducts:
        """List a creator page's public products.

        Public, unauthenticated. Not in the docs; observed in third-party storefront code that reads `products[]` (name, slug, price, payWant, minPrice, thumbnail, subtitle, published).

        Args:
            username: Creator username / storefront subdomain.

        ``GET /creator-pages/products/{username}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/creator-pages/products/{username}",
                path_params={"username": username},
                security=(),
                **options,
            ),
            cast_to=CreatorPageProducts,
        )

    async def get(
        self,
        **options: Unpack[CallOptions],
    ) -> LinkInBio:
        """Get your creator page.

        UNDOCUMENTED path, guessed from 'Programmatically manage your creator page'.

        ``GET /link-in-bio``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/link-in-bio",
                **options,
            ),
            cast_to=LinkInBio,
        )

    @overload
    async def update(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        bio: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        links: list[LinkInBioLink] | NotGiven = NOT_GIVEN,
        product_ids: list[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> LinkInBio: ...

    @overload
    async def update(
        self,
        *,
        body: LinkInBio,
        **options: Unpack[CallOptions],
    ) -> LinkInBio: ...

    async def update(
        self,
        *,
        body: LinkInBio | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        bio: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        links: list[LinkInBioLink] | NotGiven = NOT_GIVEN,
        product_ids: list[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> LinkInBio:
        """Update your creator page.

        UNDOCUMENTED path; POST-for-update follows the convention of `/users/update` and `/products/update/{id}`.

        Args:
            product_ids: Products featured on the page.
            body: the whole request body as a ``LinkInBio`` instead of the arguments above

        ``POST /link-in-bio``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/link-in-bio",
                body=_merge_body(
                    body,
                    {
                        "username": username,
                        "name": name,
                        "bio": bio,
                        "avatar": avatar,
                        "location": location,
                        "links": links,
                        "productIds": product_ids,
                    },
                ),
                **options,
            ),
            cast_to=LinkInBio,
        )


class LinkInBioResourceWithRawResponse:
    """The operations of ``LinkInBioResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: LinkInBioResource) -> None:
        self.list_creator_products = to_raw_response_wrapper(resource.list_creator_products)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncLinkInBioResourceWithRawResponse:
    """The operations of ``AsyncLinkInBioResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncLinkInBioResource) -> None:
        self.list_creator_products = async_to_raw_response_wrapper(resource.list_creator_products)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
