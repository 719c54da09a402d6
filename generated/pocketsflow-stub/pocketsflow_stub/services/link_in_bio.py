"""The ``link_in_bio`` operations: what the stub answers for each of them."""

from __future__ import annotations

from .._runtime._responses import example as _example
from ..types.creator_page_products import CreatorPageProducts
from ..types.link_in_bio import LinkInBio

__all__ = ["LinkInBioService"]


class LinkInBioService:
    """Operations of the ``link_in_bio`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'link_in_bio': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list_creator_products(self, username: str) -> CreatorPageProducts:
        """List a creator page's public products

        Public, unauthenticated. Not in the docs; observed in third-party storefront code that reads `products[]` (name, slug, price, payWant, minPrice, thumbnail, subtitle, published).

        ``GET /creator-pages/products/{username}`` (operation ``listCreatorPageProducts``)."""
        result: CreatorPageProducts = _example("listCreatorPageProducts", CreatorPageProducts)
        return result

    def get(self) -> LinkInBio:
        """Get your creator page

        UNDOCUMENTED path, guessed from 'Programmatically manage your creator page'.

        ``GET /link-in-bio`` (operation ``getLinkInBio``)."""
        result: LinkInBio = _example("getLinkInBio", LinkInBio)
        return result

    def update(self, body: LinkInBio) -> LinkInBio:
        """Update your creator page

        UNDOCUMENTED path; POST-for-update follows the convention of `/users/update` and `/products/update/{id}`.

        ``POST /link-in-bio`` (operation ``updateLinkInBio``)."""
        result: LinkInBio = _example("updateLinkInBio", LinkInBio)
        return result
