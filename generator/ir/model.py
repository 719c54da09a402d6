"""The intermediate representation (IR) of an API.

Everything after the ``build`` stage sees only these frozen dataclasses, never a raw spec dict. Names in the IR are
already clean Python names (computed once, in ``build``); wire names are kept beside them. Every node keeps the JSON
pointer of the place it came from so messages and diff entries can say where.

JSON values (defaults, examples, enum values) are kept as plain JSON-compatible Python values (``None``, ``bool``,
``int``, ``float``, ``str``, lists and dicts). They are data, never code: generated code receives them through
``repr``-based rendering only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

JsonScalar = str | int | float | bool | None

TypeKind = Literal["primitive", "array", "tuple", "map", "ref", "union", "literal", "any", "null"]
# Primitive names understood by every backend. Unknown formats fall back to their base type in ``build``.
Primitive = Literal[
    "str", "int", "float", "bool", "bytes",      # bytes = base64 text on the wire ("format: byte")
    "binary",                                     # raw bytes / file upload ("format: binary")
    "date", "datetime", "time", "duration", "uuid", "decimal", "uri", "email",
]
SchemaKind = Literal["object", "enum", "union", "alias"]
ParamLocation = Literal["path", "query", "header", "cookie"]
# The operations an OpenAPI 3 path item may hold, in the specification's order (Swagger 2.0 has no trace).
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, slots=True)
class Constraints:
    """Validation keywords; ``None``/``False`` means the keyword is absent."""

    minimum: float | int | None = None
    maximum: float | int | None = None
    exclusive_minimum: float | int | None = None
    exclusive_maximum: float | int | None = None
    multiple_of: float | int | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    min_properties: int | None = None
    max_properties: int | None = None

    def is_empty(self) -> bool:
        return self == _NO_CONSTRAINTS


_NO_CONSTRAINTS = Constraints()


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A use of a type.

    kind       meaning of the other fields
    primitive  ``name`` is a ``Primitive``; ``format`` keeps the spec's format string
    array      ``args == (item,)``
    tuple      ``args`` are the prefix items; ``rest`` the type of further items (None: no more items allowed)
    map        ``args == (value,)``; keys are strings
    ref        ``name`` is the ``Schema.name`` of a schema in ``ApiSpec.schemas``
    union      ``args`` are the alternatives (an inline oneOf/anyOf without a named schema)
    literal    ``literals`` are the allowed JSON values (``const`` or an inline enum)
    any        any JSON value
    null       only ``null``
    """

    kind: TypeKind
    name: str = ""
    args: tuple[TypeRef, ...] = ()
    rest: TypeRef | None = None
    literals: tuple[JsonScalar, ...] = ()
    nullable: bool = False
    format: str = ""
    constraints: Constraints = _NO_CONSTRAINTS


ANY = TypeRef("any")


@dataclass(frozen=True, slots=True)
class Field:
    """One property of an object schema."""

    name: str                 # Python attribute name (unique within the schema, not a keyword)
    wire_name: str            # the JSON property name, exactly as in the spec
    type: TypeRef             # ``type.nullable`` says whether ``null`` is allowed
    required: bool
    pointer: str
    has_default: bool = False
    default: Any = None       # JSON value; meaningful only when ``has_default``
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    title: str = ""
    description: str = ""
    examples: tuple[Any, ...] = ()
    declared_in: str = ""     # Schema.name that declares the field (differs from the owner when inherited)


@dataclass(frozen=True, slots=True)
class EnumMember:
    """One allowed value of an enum schema, with its Python member name."""

    name: str                 # Python identifier for the member (unique within the enum)
    value: JsonScalar
    description: str = ""


@dataclass(frozen=True, slots=True)
class Discriminator:
    """How a union tells its variants apart: a property whose value names the variant's schema."""

    property: str             # wire name of the tag property
    mapping: tuple[tuple[str, str], ...]  # (tag value, Schema.name), explicit and implicit, sorted by value


@dataclass(frozen=True, slots=True)
class Schema:
    """A named type the generator emits (a component schema, or an inline one named from where it sits)."""

    name: str                 # unique Python class name
    kind: SchemaKind
    pointer: str              # JSON pointer of the definition
    wire_name: str = ""       # the component's key in the spec ("" for inline schemas)
    title: str = ""
    description: str = ""
    deprecated: bool = False
    nullable: bool = False    # the schema itself admits null (3.0 nullable, 3.1 type list, 2.0 x-nullable)
    # object
    fields: tuple[Field, ...] = ()
    bases: tuple[str, ...] = ()            # allOf parents emitted as base classes (Schema.name)
    additional: TypeRef | None = None      # type of additionalProperties values; None when not declared
    additional_allowed: bool = True        # False for additionalProperties: false
    pattern_properties: tuple[tuple[str, TypeRef], ...] = ()
    min_properties: int | None = None
    max_properties: int | None = None
    # enum
    enum_members: tuple[EnumMember, ...] = ()
    enum_type: Literal["str", "int", "float", "bool", "mixed", ""] = ""
    # union
    variants: tuple[TypeRef, ...] = ()
    union_kind: Literal["oneOf", "anyOf", ""] = ""
    discriminator: Discriminator | None = None
    # alias (a named array, map, primitive, ...)
    target: TypeRef | None = None
    examples: tuple[Any, ...] = ()
    read_only: bool = False
    write_only: bool = False


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an operation (path, query, header or cookie) and how it is serialised."""

    name: str                 # Python argument name (unique within the operation)
    wire_name: str
    location: ParamLocation
    required: bool
    type: TypeRef
    pointer: str
    style: str = ""           # effective style (form, simple, label, matrix, deepObject, spaceDelimited, ...)
    explode: bool = False     # effective explode
    allow_reserved: bool = False
    description: str = ""
    deprecated: bool = False
    has_default: bool = False
    default: Any = None
    examples: tuple[Any, ...] = ()
    content_type: str = ""    # set when the parameter uses ``content`` instead of ``schema``


@dataclass(frozen=True, slots=True)
class Encoding:
    """How one property of a multipart or form-encoded body is sent (OpenAPI's ``encoding`` object)."""

    property: str
    content_type: str = ""
    style: str = ""
    explode: bool = False


@dataclass(frozen=True, slots=True)
class MediaType:
    """One content type a request or response body comes in, with the type of its payload."""

    media_type: str           # e.g. "application/json", "multipart/form-data", "application/octet-stream"
    type: TypeRef
    examples: tuple[Any, ...] = ()
    encodings: tuple[Encoding, ...] = ()


@dataclass(frozen=True, slots=True)
class RequestBody:
    """The body an operation accepts, in each media type it can be sent as."""

    required: bool
    contents: tuple[MediaType, ...]
    pointer: str
    description: str = ""
    name: str = "body"        # Python argument name when the body is not flattened


@dataclass(frozen=True, slots=True)
class Header:
    """A header a response may carry."""

    name: str                 # wire name
    type: TypeRef
    required: bool = False
    description: str = ""


@dataclass(frozen=True, slots=True)
class Response:
    """One documented response of an operation: a status code, a range or ``default``, and its bodies."""

    status: str               # "200", "2XX", "default"
    description: str
    contents: tuple[MediaType, ...]
    pointer: str
    headers: tuple[Header, ...] = ()


@dataclass(frozen=True, slots=True)
class SecurityRequirement:
    """All of ``schemes`` together (AND); an operation's requirements are alternatives (OR)."""

    schemes: tuple[tuple[str, tuple[str, ...]], ...]  # (SecurityScheme.key, scopes)


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation pages through a list: which parameters page it and where the body holds the items."""

    style: Literal["page", "offset", "cursor", "link"]
    items_path: tuple[str, ...]            # wire path to the item list in the body; () = the body is the list
    page_param: str = ""                   # page number / offset / cursor query parameter (wire name)
    size_param: str = ""                   # page size / limit query parameter (wire name)
    next_path: tuple[str, ...] = ()        # cursor: wire path to the next cursor in the body
    total_path: tuple[str, ...] = ()       # wire path to a total count, when the body has one
    pages_path: tuple[str, ...] = ()       # wire path to the page count, when the body has one
    has_more_path: tuple[str, ...] = ()    # wire path to a has-more flag, when the body has one


@dataclass(frozen=True, slots=True)
class Server:
    """A base URL the API is served at, with the variables of its URL template."""

    url: str
    description: str = ""
    variables: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (name, default, enum)


@dataclass(frozen=True, slots=True)
class Operation:
    """One OpenAPI operation, as the generated client exposes it."""

    id: str                   # operationId, or a deterministic one made from method and path
    method: str               # lower-case HTTP method
    path: str
    resource: str             # snake_case resource (attribute on the client), from the first tag or config
    name: str                 # snake_case method name within the resource
    pointer: str
    tags: tuple[str, ...] = ()
    summary: str = ""
    description: str = ""
    parameters: tuple[Parameter, ...] = ()
    body: RequestBody | None = None
    responses: tuple[Response, ...] = ()
    security: tuple[SecurityRequirement, ...] = ()   # effective (global applied); () with ``auth_optional`` = open
    security_declared: bool = False                  # the operation (or the document) declares security
    deprecated: bool = False
    pagination: Pagination | None = None
    servers: tuple[Server, ...] = ()
    idempotency_header: str = ""                     # header carrying an idempotency key, when declared


@dataclass(frozen=True, slots=True)
class OAuthFlow:
    """One OAuth 2 flow of a security scheme: its URLs and scopes."""

    kind: Literal["clientCredentials", "authorizationCode", "implicit", "password"]
    token_url: str = ""
    authorization_url: str = ""
    refresh_url: str = ""
    scopes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """One way to authenticate to the API (an entry of ``components/securitySchemes``)."""

    key: str                  # the name under components/securitySchemes
    type: Literal["http", "apiKey", "oauth2", "openIdConnect", "mutualTLS"]
    pointer: str
    scheme: str = ""          # http: "bearer", "basic", ...
    location: Literal["header", "query", "cookie", ""] = ""   # apiKey
    param_name: str = ""      # apiKey: header/query/cookie name
    bearer_format: str = ""
    description: str = ""
    flows: tuple[OAuthFlow, ...] = ()
    open_id_connect_url: str = ""


@dataclass(frozen=True, slots=True)
class Webhook:
    """One event the API sends to its users (OpenAPI 3.1 ``webhooks``), with the type of its payload."""

    key: str                  # the key under ``webhooks`` (e.g. "order.completed")
    name: str                 # Python-friendly name for the event model
    method: str
    pointer: str
    event_type: str           # value of the event's type tag (usually the key)
    body: TypeRef | None
    summary: str = ""
    description: str = ""
    type_header: str = ""     # header naming the event type on deliveries (e.g. X-Pocketsflow-Event), if declared


@dataclass(frozen=True, slots=True)
class Tag:
    """A tag the document declares, with its description."""

    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class ApiSpec:
    """The whole API as ``build`` leaves it: the root of the IR that every later stage reads."""

    title: str
    api_version: str          # info.version
    spec_version: str         # "2.0", "3.0.3", "3.1.0", ...
    source_sha256: str
    description: str = ""
    servers: tuple[Server, ...] = ()
    operations: tuple[Operation, ...] = ()         # sorted by (resource, path, method)
    schemas: tuple[Schema, ...] = ()               # sorted by name
    security_schemes: tuple[SecurityScheme, ...] = ()
    security: tuple[SecurityRequirement, ...] = ()  # document-level default
    webhooks: tuple[Webhook, ...] = ()
    tags: tuple[Tag, ...] = ()
    extensions: tuple[tuple[str, Any], ...] = field(default=())  # selected x- extensions of the document root

    def schema(self, name: str) -> Schema:
        for s in self.schemas:
            if s.name == name:
                return s
        raise KeyError(name)
