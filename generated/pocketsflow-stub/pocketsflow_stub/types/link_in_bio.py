"""The ``LinkInBio`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .link_in_bio_link import LinkInBioLink

__all__ = ["LinkInBio"]


class LinkInBio(_APIModel):
    """The creator (link-in-bio) page. Documented elsewhere: it lives at `pocketsflow.com/@username` and account settings hold name, username (3–30 chars), avatar, bio (max 500 chars) and location. The API shape is a guess."""

    username: str | None = None
    name: str | None = None
    bio: str | None = None
    avatar: str | None = None
    location: str | None = None
    links: list[LinkInBioLink] | None = None
    product_ids: list[str] | None = Field(default=None, alias="productIds")
    """Products featured on the page."""
