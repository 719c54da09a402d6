"""The FastAPI application of the Pocketsflow API stub: ``create_app()``."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import APIRouter, FastAPI

from ._runtime._app import add_routes, install, pick
from ._runtime._state import Store
from .routers import checkout as _checkout_routes
from .routers import customers as _customers_routes
from .routers import discounts as _discounts_routes
from .routers import images as _images_routes
from .routers import link_in_bio as _link_in_bio_routes
from .routers import orders as _orders_routes
from .routers import payments as _payments_routes
from .routers import posts as _posts_routes
from .routers import products as _products_routes
from .routers import refunds as _refunds_routes
from .routers import reviews as _reviews_routes
from .routers import subscribers as _subscribers_routes
from .routers import subscription_offers as _subscription_offers_routes
from .routers import subscriptions as _subscriptions_routes
from .routers import upsells as _upsells_routes
from .routers import users as _users_routes
from .routers import variants as _variants_routes
from .routers import webhooks as _webhooks_routes
from .services import (
    SERVICES,
    CheckoutService,
    CustomersService,
    DiscountsService,
    ImagesService,
    LinkInBioService,
    OrdersService,
    PaymentsService,
    PostsService,
    ProductsService,
    RefundsService,
    ReviewsService,
    StatefulDiscountsService,
    StatefulPostsService,
    StatefulProductsService,
    StatefulRefundsService,
    StatefulSubscriptionOffersService,
    StatefulWebhooksService,
    SubscribersService,
    SubscriptionOffersService,
    SubscriptionsService,
    UpsellsService,
    UsersService,
    VariantsService,
    WebhooksService,
)

__all__ = ["DEFAULT_STATEFUL", "create_app"]

DEFAULT_STATEFUL = False


def create_app(
    services: Mapping[str, object] | None = None,
    *,
    stateful: bool = DEFAULT_STATEFUL,
    validation_status: int | None = None,
    api_key: str | None = None,
) -> FastAPI:
    """Build the stub application.

    ``services`` maps resource names (see ``SERVICES``) to your subclasses of their service classes (instances,
    or classes to instantiate); resources you leave out answer with the spec's examples. With ``stateful``,
    resources shaped like create/list/get/update/delete keep what is created in memory (unless you pass your
    own service for them). An invalid request is answered with ``validation_status`` when given, else with 422
    or 400 as each operation declares (422 when it declares neither); the body names the offending fields.
    Secured operations accept any credential unless ``api_key`` is given: then only that one (the bearer token,
    the API key's value, or the basic password or ``user:password``); the others get 401, before anything else.
    """
    given = dict(services or {})
    unknown = sorted(set(given) - set(SERVICES))
    if unknown:
        raise ValueError(
            f"unknown resource(s) {', '.join(unknown)}; known: {', '.join(sorted(SERVICES))}"
        )
    store = Store()
    app = FastAPI(
        title="Pocketsflow API (stub)",
        version="1.0.0",
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    install(app, validation_status=validation_status, api_key=api_key)
    routers: list[APIRouter] = []
    checkout_default = CheckoutService()
    routers.append(
        _checkout_routes.build_router(pick(given, "checkout", CheckoutService, checkout_default))
    )
    customers_default = CustomersService()
    routers.append(
        _customers_routes.build_router(
            pick(given, "customers", CustomersService, customers_default)
        )
    )
    discounts_default = StatefulDiscountsService(store) if stateful else DiscountsService()
    routers.append(
        _discounts_routes.build_router(
            pick(given, "discounts", DiscountsService, discounts_default)
        )
    )
    images_default = ImagesService()
    routers.append(
        _images_routes.build_router(pick(given, "images", ImagesService, images_default))
    )
    link_in_bio_default = LinkInBioService()
    routers.append(
        _link_in_bio_routes.build_router(
            pick(given, "link_in_bio", LinkInBioService, link_in_bio_default)
        )
    )
    orders_default = OrdersService()
    routers.append(
        _orders_routes.build_router(pick(given, "orders", OrdersService, orders_default))
    )
    payments_default = PaymentsService()
    routers.append(
        _payments_routes.build_router(pick(given, "payments", PaymentsService, payments_default))
    )
    posts_default = StatefulPostsService(store) if stateful else PostsService()
    routers.append(_posts_routes.build_router(pick(given, "posts", PostsService, posts_default)))
    products_default = StatefulProductsService(store) if stateful else ProductsService()
    routers.append(
        _products_routes.build_router(pick(given, "products", ProductsService, products_default))
    )
    refunds_default = StatefulRefundsService(store) if stateful else RefundsService()
    routers.append(
        _refunds_routes.build_router(pick(given, "refunds", RefundsService, refunds_default))
    )
    reviews_default = ReviewsService()
    routers.append(
        _reviews_routes.build_router(pick(given, "reviews", ReviewsService, reviews_default))
    )
    subscribers_default = SubscribersService()
    routers.append(
        _subscribers_routes.build_router(
            pick(given, "subscribers", SubscribersService, subscribers_default)
        )
    )
    subscription_offers_default = (
        StatefulSubscriptionOffersService(store) if stateful else SubscriptionOffersService()
    )
    routers.append(
        _subscription_offers_routes.build_router(
            pick(
                given, "subscription_offers", SubscriptionOffersService, subscription_offers_default
            )
        )
    )
    subscriptions_default = SubscriptionsService()
    routers.append(
        _subscriptions_routes.build_router(
            pick(given, "subscriptions", SubscriptionsService, subscriptions_default)
        )
    )
    upsells_default = UpsellsService()
    routers.append(
        _upsells_routes.build_router(pick(given, "upsells", UpsellsService, upsells_default))
    )
    users_default = UsersService()
    routers.append(_users_routes.build_router(pick(given, "users", UsersService, users_default)))
    variants_default = VariantsService()
    routers.append(
        _variants_routes.build_router(pick(given, "variants", VariantsService, variants_default))
    )
    webhooks_default = StatefulWebhooksService(store) if stateful else WebhooksService()
    routers.append(
        _webhooks_routes.build_router(pick(given, "webhooks", WebhooksService, webhooks_default))
    )
    add_routes(app, routers)
    return app
