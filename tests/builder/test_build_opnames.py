"""Method and resource names as a person would write them (rules in generator/builder/opnames.py)."""

from __future__ import annotations

import pytest

from generator.builder.opnames import method_name, resource_name


@pytest.mark.parametrize(
    ("tags", "path", "expected"),
    [
        (["TaskrouterV1TaskQueueBulkRealTimeStatistics"], "/v1/x", "task_queue_bulk_real_time_statistics"),
        (["VideoV1Room"], "/v1/Rooms", "room"),
        (["V2 Users"], "/users", "users"),
        (["Product Variants"], "/products/{id}/variants", "product_variants"),
        (["Release v1"], "/x", "release_v1"),  # nothing after the version word: kept
        ([], "/api/v2/orders/{id}", "orders"),
    ],
)
def test_resource_names(tags: list[str], path: str, expected: str) -> None:
    assert resource_name(tags, path) == expected


@pytest.mark.parametrize(
    ("operation_id", "resource", "expected"),
    [
        ("getTasks", "tasks", "list"),
        ("getTask", "tasks", "get"),
        ("getTasksForProject", "tasks", "list_for_project"),
        ("get_things_id", "things", "get_id"),
        ("getStatus", "status", "get"),
        ("listProducts", "products", "list"),
        ("createProductVariant", "product_variants", "create"),
        ("FetchTask", "task", "fetch"),
    ],
)
def test_method_names(operation_id: str, resource: str, expected: str) -> None:
    assert method_name(operation_id, resource) == expected


def test_a_prefix_every_resource_shares_is_dropped() -> None:
    from generator.builder.opnames import drop_common_prefix

    assert drop_common_prefix(["acme_users", "acme_orders"]) == {"acme_users": "users", "acme_orders": "orders"}
    assert drop_common_prefix(["acme_api_users", "acme_api_orders_items"]) == {
        "acme_api_users": "users", "acme_api_orders_items": "orders_items",
    }
    assert drop_common_prefix(["acme", "acme_orders"]) == {}        # nothing would be left of one of them
    assert drop_common_prefix(["users", "orders"]) == {}
    assert drop_common_prefix(["acme_users"]) == {}                  # one resource: its name is all there is
