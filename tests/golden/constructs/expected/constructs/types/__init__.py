"""Models of the API's schemas, imported lazily: only the module of a name you use is loaded."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alias_of_pet import AliasOfPet as AliasOfPet
    from .animal import Animal as Animal
    from .base_model_schema import BaseModelSchema as BaseModelSchema
    from .cat import Cat as Cat
    from .closed import Closed as Closed
    from .color import Color as Color
    from .create_product_request import CreateProductRequest as CreateProductRequest
    from .create_product_request_kind import CreateProductRequestKind as CreateProductRequestKind
    from .create_product_request_options import (
        CreateProductRequestOptions as CreateProductRequestOptions,
    )
    from .create_product_response import CreateProductResponse as CreateProductResponse
    from .deep_ref import DeepRef as DeepRef
    from .dog import Dog as Dog
    from .extensible import Extensible as Extensible
    from .fixed import Fixed as Fixed
    from .free_form import FreeForm as FreeForm
    from .free_shape import FreeShape as FreeShape
    from .get_things_id_response import GetThingsIdResponse as GetThingsIdResponse
    from .get_things_id_response_xml import GetThingsIdResponseXml as GetThingsIdResponseXml
    from .int_map import IntMap as IntMap
    from .list_events_response import ListEventsResponse as ListEventsResponse
    from .list_orders_response import ListOrdersResponse as ListOrdersResponse
    from .list_orders_response_orders_item import (
        ListOrdersResponseOrdersItem as ListOrdersResponseOrdersItem,
    )
    from .list_orders_response_pagination import (
        ListOrdersResponsePagination as ListOrdersResponsePagination,
    )
    from .list_products_sort import ListProductsSort as ListProductsSort
    from .mixed import Mixed as Mixed
    from .multi_status_response200 import MultiStatusResponse200 as MultiStatusResponse200
    from .multi_status_response201 import MultiStatusResponse201 as MultiStatusResponse201
    from .multi_status_response_default import (
        MultiStatusResponseDefault as MultiStatusResponseDefault,
    )
    from .node import Node as Node
    from .not_found_response import NotFoundResponse as NotFoundResponse
    from .nullable_owner import NullableOwner as NullableOwner
    from .one_value import OneValue as OneValue
    from .order_created_event import OrderCreatedEvent as OrderCreatedEvent
    from .overlapping import Overlapping as Overlapping
    from .owner import Owner as Owner
    from .patterned import Patterned as Patterned
    from .pet import Pet as Pet
    from .pet_address import PetAddress as PetAddress
    from .pet_any_of import PetAnyOf as PetAnyOf
    from .pet_files_item import PetFilesItem as PetFilesItem
    from .pet_friend import PetFriend as PetFriend
    from .pet_nullable_enum import PetNullableEnum as PetNullableEnum
    from .pet_status import PetStatus as PetStatus
    from .pet_union import PetUnion as PetUnion
    from .primitive_union import PrimitiveUnion as PrimitiveUnion
    from .priority import Priority as Priority
    from .props_no_type import PropsNoType as PropsNoType
    from .puppy import Puppy as Puppy
    from .ratio import Ratio as Ratio
    from .schema import Schema as Schema
    from .schema_with_not import SchemaWithNot as SchemaWithNot
    from .self_all_of import SelfAllOf as SelfAllOf
    from .shape import Shape as Shape
    from .shape_circle import ShapeCircle as ShapeCircle
    from .shape_square import ShapeSquare as ShapeSquare
    from .status import Status as Status
    from .string_list import StringList as StringList
    from .tree_a import TreeA as TreeA
    from .tree_a import TreeB as TreeB
    from .untyped import Untyped as Untyped
    from .update_product_request import UpdateProductRequest as UpdateProductRequest
    from .upload_request import UploadRequest as UploadRequest
    from .upload_request_meta import UploadRequestMeta as UploadRequestMeta
    from .variant_a import VariantA as VariantA
    from .variant_b import VariantB as VariantB
    from .weird_name import WeirdName as WeirdName
    from .weird_name2 import WeirdName2 as WeirdName2
    from .weird_name3 import WeirdName3 as WeirdName3
    from .weird_name4 import WeirdName4 as WeirdName4

__all__ = [
    "AliasOfPet",
    "Animal",
    "BaseModelSchema",
    "Cat",
    "Closed",
    "Color",
    "CreateProductRequest",
    "CreateProductRequestKind",
    "CreateProductRequestOptions",
    "CreateProductResponse",
    "DeepRef",
    "Dog",
    "Extensible",
    "Fixed",
    "FreeForm",
    "FreeShape",
    "GetThingsIdResponse",
    "GetThingsIdResponseXml",
    "IntMap",
    "ListEventsResponse",
    "ListOrdersResponse",
    "ListOrdersResponseOrdersItem",
    "ListOrdersResponsePagination",
    "ListProductsSort",
    "Mixed",
    "MultiStatusResponse200",
    "MultiStatusResponse201",
    "MultiStatusResponseDefault",
    "Node",
    "NotFoundResponse",
    "NullableOwner",
    "OneValue",
    "OrderCreatedEvent",
    "Overlapping",
    "Owner",
    "Patterned",
    "Pet",
    "PetAddress",
    "PetAnyOf",
    "PetFilesItem",
    "PetFriend",
    "PetNullableEnum",
    "PetStatus",
    "PetUnion",
    "PrimitiveUnion",
    "Priority",
    "PropsNoType",
    "Puppy",
    "Ratio",
    "Schema",
    "SchemaWithNot",
    "SelfAllOf",
    "Shape",
    "ShapeCircle",
    "ShapeSquare",
    "Status",
    "StringList",
    "TreeA",
    "TreeB",
    "Untyped",
    "UpdateProductRequest",
    "UploadRequest",
    "UploadRequestMeta",
    "VariantA",
    "VariantB",
    "WeirdName",
    "WeirdName2",
    "WeirdName3",
    "WeirdName4",
]

_MODULES: dict[str, str] = {
    "AliasOfPet": "alias_of_pet",
    "Animal": "animal",
    "BaseModelSchema": "base_model_schema",
    "Cat": "cat",
    "Closed": "closed",
    "Color": "color",
    "CreateProductRequest": "create_product_request",
    "CreateProductRequestKind": "create_product_request_kind",
    "CreateProductRequestOptions": "create_product_request_options",
    "CreateProductResponse": "create_product_response",
    "DeepRef": "deep_ref",
    "Dog": "dog",
    "Extensible": "extensible",
    "Fixed": "fixed",
    "FreeForm": "free_form",
    "FreeShape": "free_shape",
    "GetThingsIdResponse": "get_things_id_response",
    "GetThingsIdResponseXml": "get_things_id_response_xml",
    "IntMap": "int_map",
    "ListEventsResponse": "list_events_response",
    "ListOrdersResponse": "list_orders_response",
    "ListOrdersResponseOrdersItem": "list_orders_response_orders_item",
    "ListOrdersResponsePagination": "list_orders_response_pagination",
    "ListProductsSort": "list_products_sort",
    "Mixed": "mixed",
    "MultiStatusResponse200": "multi_status_response200",
    "MultiStatusResponse201": "multi_status_response201",
    "MultiStatusResponseDefault": "multi_status_response_default",
    "Node": "node",
    "NotFoundResponse": "not_found_response",
    "NullableOwner": "nullable_owner",
    "OneValue": "one_value",
    "OrderCreatedEvent": "order_created_event",
    "Overlapping": "overlapping",
    "Owner": "owner",
    "Patterned": "patterned",
    "Pet": "pet",
    "PetAddress": "pet_address",
    "PetAnyOf": "pet_any_of",
    "PetFilesItem": "pet_files_item",
    "PetFriend": "pet_friend",
    "PetNullableEnum": "pet_nullable_enum",
    "PetStatus": "pet_status",
    "PetUnion": "pet_union",
    "PrimitiveUnion": "primitive_union",
    "Priority": "priority",
    "PropsNoType": "props_no_type",
    "Puppy": "puppy",
    "Ratio": "ratio",
    "Schema": "schema",
    "SchemaWithNot": "schema_with_not",
    "SelfAllOf": "self_all_of",
    "Shape": "shape",
    "ShapeCircle": "shape_circle",
    "ShapeSquare": "shape_square",
    "Status": "status",
    "StringList": "string_list",
    "TreeA": "tree_a",
    "TreeB": "tree_a",
    "Untyped": "untyped",
    "UpdateProductRequest": "update_product_request",
    "UploadRequest": "upload_request",
    "UploadRequestMeta": "upload_request_meta",
    "VariantA": "variant_a",
    "VariantB": "variant_b",
    "WeirdName": "weird_name",
    "WeirdName2": "weird_name2",
    "WeirdName3": "weird_name3",
    "WeirdName4": "weird_name4",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
