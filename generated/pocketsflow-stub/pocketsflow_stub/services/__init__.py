"""The service interface of every resource: subclass one and pass it to ``create_app(services=...)``."""

from __future__ import annotations

from .checkout import CheckoutService
from .customers import CustomersService
from .discounts import DiscountsService, StatefulDiscountsService
from .images import ImagesService
from .link_in_bio import LinkInBioService
from .orders import OrdersService
from .payments import PaymentsService
from .posts import PostsService, StatefulPostsService
from .products import ProductsService, StatefulProductsService
from .refunds import RefundsService, StatefulRefundsService
from .reviews import ReviewsService
from .subscribers import SubscribersService
from .subscription_offers import StatefulSubscriptionOffersService, SubscriptionOffersService
from .subscriptions import SubscriptionsService
from .upsells import UpsellsService
from .users import UsersService
from .variants import VariantsService
from .webhooks import StatefulWebhooksService, WebhooksService

__all__ = [
    "SERVICES",
    "CheckoutService",
    "CustomersService",
    "DiscountsService",
    "ImagesService",
    "LinkInBioService",
    "OrdersService",
    "PaymentsService",
    "PostsService",
    "ProductsService",
    "RefundsService",
    "ReviewsService",
    "StatefulDiscountsService",
    "StatefulPostsService",
    "StatefulProductsService",
    "StatefulRefundsService",
    "StatefulSubscriptionOffersService",
    "StatefulWebhooksService",
    "SubscribersService",
    "SubscriptionOffersService",
    "SubscriptionsService",
    "UpsellsService",
    "UsersService",
    "VariantsService",
    "WebhooksService",
]

SERVICES: dict[str, type[object]] = {
    "checkout": CheckoutService,
    "customers": CustomersService,
    "discounts": DiscountsService,
    "images": ImagesService,
    "link_in_bio": LinkInBioService,
    "orders": OrdersService,
    "payments": PaymentsService,
    "posts": PostsService,
    "products": ProductsService,
    "refunds": RefundsService,
    "reviews": ReviewsService,
    "subscribers": SubscribersService,
    "subscription_offers": SubscriptionOffersService,
    "subscriptions": SubscriptionsService,
    "upsells": UpsellsService,
    "users": UsersService,
    "variants": VariantsService,
    "webhooks": WebhooksService,
}
"""Resource name (the key ``create_app(services=...)`` expects) -> the service class to subclass."""
