"""pfgen's own lint rules: problems that the OpenAPI meta-schema does not catch but that break generated clients.

Each rule is a small function with a stable id (its ``code``) taking a ``LintContext`` and yielding ``Finding``s
whose pointers name the exact place (the key, when there is one). Rules read ``spec.bundled`` in the input's own
family: Swagger 2.0 and OpenAPI 3.x differ (2.0 has ``securityDefinitions``, body/formData parameters and
``#/parameters/...`` refs; 3.x has ``components``), and the helpers on ``LintContext`` hide what they can.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from generator.errors import Severity
from generator.ir.model import HTTP_METHODS
from generator.resolve.walk import path_of
from generator.validate.findings import Finding
from generator.validate.pointers import deref, to_pointer

_TEMPLATE = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation object of the linted document, with where it and its path item are written."""

    path: str
    method: str
    parts: tuple[str, ...]          # pointer parts of the operation object (after following a path-item $ref)
    op: dict[str, Any]
    item: dict[str, Any]
    item_parts: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass(frozen=True, slots=True)
class Param:
    """One entry of a ``parameters`` list, with the parameter object it stands for."""

    parts: tuple[str, ...]          # where the entry is written (the list item, which may be a $ref)
    value: dict[str, Any]           # the parameter object after following refs

    @property
    def name(self) -> str:
        return str(self.value.get("name", ""))

    @property
    def location(self) -> str:
        return str(self.value.get("in", ""))


@dataclass
class LintContext:
    """The document the lint rules read, with helpers that hide Swagger 2.0 / OpenAPI 3.x differences."""

    doc: dict[str, Any]
    family: str
    _ops: list[Operation] | None = field(default=None, repr=False)
    _holding: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] | None = field(default=None, repr=False)

    def holding(self, keyword: str) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
        """The objects read as keywords that hold ``keyword`` (one of ``_INDEXED``), with their parts: one walk
        of the document for every schema rule."""
        if self._holding is None:
            self._holding = _schema_like_nodes(self.doc)
        return self._holding[keyword]

    def deref(self, node: Any) -> Any:
        return deref(self.doc, node)[0]

    def operations(self) -> list[Operation]:
        if self._ops is not None:
            return self._ops
        ops: list[Operation] = []
        paths = self.doc.get("paths")
        if isinstance(paths, dict):
            for path, raw_item in paths.items():
                item, where = deref(self.doc, raw_item)
                item_parts = tuple(where) if where is not None else ("paths", path)
                if not isinstance(item, dict):
                    continue
                for method in HTTP_METHODS:
                    op = item.get(method)
                    if isinstance(op, dict):
                        ops.append(Operation(path, method, item_parts + (method,), op, item, item_parts))
        self._ops = ops
        return ops

    def params(self, owner: dict[str, Any], owner_parts: tuple[str, ...]) -> list[Param]:
        raw = owner.get("parameters")
        if not isinstance(raw, list):
            return []
        out = []
        for index, entry in enumerate(raw):
            value = self.deref(entry)
            if isinstance(value, dict):
                out.append(Param(owner_parts + ("parameters", str(index)), value))
        return out

    def security_schemes(self) -> dict[str, Any] | None:
        if self.family == "2.0":
            found = self.doc.get("securityDefinitions")
        else:
            components = self.doc.get("components")
            found = components.get("securitySchemes") if isinstance(components, dict) else None
        return found if isinstance(found, dict) else None


Rule = Callable[[LintContext], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class LintRule:
    """One of pfgen's own lint rules, and the check that finds its problems in a document."""

    id: str
    severity: Severity
    summary: str
    check: Rule


def _finding(rule: str, severity: Severity, parts: tuple[str, ...] | list[str], message: str, hint: str = "") -> Finding:
    return Finding(to_pointer(parts), severity, rule, message, hint)


def _template_names(path: str) -> list[str]:
    return _TEMPLATE.findall(path)


# ------------------------------------------------------------------------------------------------- operationIds


def duplicate_operation_id(ctx: LintContext) -> Iterator[Finding]:
    first: dict[str, Operation] = {}
    for op in ctx.operations():
        op_id = op.op.get("operationId")
        if not isinstance(op_id, str):
            continue
        if op_id in first:
            yield _finding(
                "duplicate-operation-id", "error", op.parts + ("operationId",),
                f"operationId '{op_id}' of {op.label} is already used by {first[op_id].label}",
                "give every operation its own operationId",
            )
        else:
            first[op_id] = op


def _fold(op_id: str) -> str:
    # What generated method names see: case and separators do not survive snake_case conversion.
    return re.sub(r"[^0-9a-z]", "", op_id.casefold())


def operation_id_case_collision(ctx: LintContext) -> Iterator[Finding]:
    first: dict[str, tuple[str, Operation]] = {}
    for op in ctx.operations():
        op_id = op.op.get("operationId")
        if not isinstance(op_id, str):
            continue
        key = _fold(op_id)
        if key in first and first[key][0] != op_id:
            other, where = first[key]
            yield _finding(
                "operation-id-case-collision", "warning", op.parts + ("operationId",),
                f"operationId '{op_id}' of {op.label} differs from '{other}' of {where.label} only in case or"
                " separators, so their generated method names collide",
                "rename one of them",
            )
        else:
            first.setdefault(key, (op_id, op))


# ---------------------------------------------------------------------------------------------- path templates


def path_template_malformed(ctx: LintContext) -> Iterator[Finding]:
    paths = ctx.doc.get("paths")
    if not isinstance(paths, dict):
        return
    for path in paths:
        if path.startswith("x-"):
            continue
        where = ("paths", path)
        if not path.startswith("/"):
            yield _finding("path-template-malformed", "error", where, f"path '{path}' does not start with '/'")
            continue
        stripped = _TEMPLATE.sub("", path)
        if "{" in stripped or "}" in stripped:
            yield _finding("path-template-malformed", "error", where, f"path '{path}' has unbalanced braces")
            continue
        names = _template_names(path)
        if any(not n.strip() for n in names):
            yield _finding("path-template-malformed", "error", where, f"path '{path}' has an empty parameter '{{}}'")
        seen: set[str] = set()
        for name in names:
            if name in seen:
                yield _finding(
                    "path-template-malformed", "error", where,
                    f"path '{path}' uses the parameter '{name}' twice",
                )
            seen.add(name)


def equivalent_path_templates(ctx: LintContext) -> Iterator[Finding]:
    paths = ctx.doc.get("paths")
    if not isinstance(paths, dict):
        return
    first: dict[str, str] = {}
    for path in paths:
        if path.startswith("x-"):
            continue
        shape = _TEMPLATE.sub("{}", path)
        if shape in first and first[shape] != path:
            yield _finding(
                "equivalent-path-templates", "warning", ("paths", path),
                f"path '{path}' matches the same URLs as '{first[shape]}' (only parameter names differ)",
                "merge the two paths under one template",
            )
        else:
            first.setdefault(shape, path)


def _path_params(ctx: LintContext, op: Operation) -> tuple[dict[str, Param], list[Param]]:
    """Declared path parameters of ``op`` (operation level overrides path level) and the path-level ones."""
    item_level = [p for p in ctx.params(op.item, op.item_parts) if p.location == "path"]
    op_level = [p for p in ctx.params(op.op, op.parts) if p.location == "path"]
    declared: dict[str, Param] = {p.name: p for p in item_level}
    declared.update({p.name: p for p in op_level})
    return declared, item_level


def path_param_undeclared(ctx: LintContext) -> Iterator[Finding]:
    for op in ctx.operations():
        declared, _ = _path_params(ctx, op)
        for name in dict.fromkeys(_template_names(op.path)):
            if name and name not in declared:
                yield _finding(
                    "path-param-undeclared", "error", op.parts,
                    f"{op.label} uses the path parameter '{name}' but does not declare it",
                    f"add a parameter with name: {name} and in: path",
                )


def path_param_unused(ctx: LintContext) -> Iterator[Finding]:
    reported: set[tuple[str, ...]] = set()
    for op in ctx.operations():
        names = set(_template_names(op.path))
        declared, _ = _path_params(ctx, op)
        for param in declared.values():
            if param.name not in names and param.parts not in reported:
                reported.add(param.parts)   # a path-level parameter is reported once, not once per operation
                yield _finding(
                    "path-param-unused", "error", param.parts,
                    f"path parameter '{param.name}' is declared for {op.label} but '{op.path}' has no"
                    f" {{{param.name}}}",
                    "remove the parameter or add it to the path template",
                )


def path_param_not_required(ctx: LintContext) -> Iterator[Finding]:
    reported: set[tuple[str, ...]] = set()
    for op in ctx.operations():
        declared, _ = _path_params(ctx, op)
        for param in declared.values():
            if param.value.get("required") is not True and param.parts not in reported:
                reported.add(param.parts)
                yield _finding(
                    "path-param-not-required", "error", param.parts,
                    f"path parameter '{param.name}' must have required: true",
                )


# ---------------------------------------------------------------------------------------------------- parameters


def duplicate_parameter(ctx: LintContext) -> Iterator[Finding]:
    owners: dict[tuple[str, ...], dict[str, Any]] = {}
    for op in ctx.operations():
        owners.setdefault(op.item_parts, op.item)
        owners[op.parts] = op.op
    for parts, owner in owners.items():
        seen: dict[tuple[str, str], Param] = {}
        for param in ctx.params(owner, parts):
            # Header names are case-insensitive on the wire, so X-Id and x-id are the same parameter.
            name = param.name.casefold() if param.location == "header" else param.name
            key = (name, param.location)
            if key in seen:
                yield _finding(
                    "duplicate-parameter", "error", param.parts,
                    f"parameter '{param.name}' in {param.location} is declared twice in the same list",
                    "remove one of the two declarations",
                )
            else:
                seen[key] = param


def body_parameter_conflict(ctx: LintContext) -> Iterator[Finding]:
    if ctx.family != "2.0":
        return
    for op in ctx.operations():
        declared: dict[tuple[str, str], Param] = {}
        for param in ctx.params(op.item, op.item_parts) + ctx.params(op.op, op.parts):
            declared[(param.name, param.location)] = param
        bodies = [p for p in declared.values() if p.location == "body"]
        forms = [p for p in declared.values() if p.location == "formData"]
        for extra in bodies[1:]:
            yield _finding(
                "body-parameter-conflict", "error", extra.parts,
                f"{op.label} has more than one body parameter", "keep a single in: body parameter",
            )
        if bodies and forms:
            yield _finding(
                "body-parameter-conflict", "error", bodies[0].parts,
                f"{op.label} mixes a body parameter with formData parameters",
                "use either one in: body parameter or in: formData parameters",
            )


# ----------------------------------------------------------------------------------------------------- responses


def operation_no_responses(ctx: LintContext) -> Iterator[Finding]:
    for op in ctx.operations():
        responses = ctx.deref(op.op.get("responses"))
        if not isinstance(responses, dict):
            yield _finding(
                "operation-no-responses", "error", op.parts, f"{op.label} has no responses",
                "describe at least the success response",
            )
        elif not [code for code in responses if not str(code).startswith("x-")]:
            yield _finding(
                "operation-no-responses", "error", op.parts + ("responses",), f"{op.label} has no responses",
                "describe at least the success response",
            )


_CODE_3X = re.compile(r"^(default|[1-5](\d\d|XX))$")
_CODE_2X = re.compile(r"^(default|[1-5]\d\d)$")


def invalid_response_code(ctx: LintContext) -> Iterator[Finding]:
    valid = _CODE_2X if ctx.family == "2.0" else _CODE_3X
    for op in ctx.operations():
        responses = op.op.get("responses")
        if not isinstance(responses, dict):
            continue
        for code in responses:
            code = str(code)
            if code.startswith("x-") or valid.match(code):
                continue
            if ctx.family == "2.0" and _CODE_3X.match(code):
                why = "ranges like 2XX need OpenAPI 3.0 or later"
            else:
                why = "use a status code from 100 to 599, a range like 2XX, or default"
            yield _finding(
                "invalid-response-code", "error", op.parts + ("responses", code),
                f"'{code}' is not a valid response code for {op.label}", why,
            )


# ------------------------------------------------------------------------------------------------------ security


def security_scheme_undefined(ctx: LintContext) -> Iterator[Finding]:
    schemes = ctx.security_schemes() or {}
    places: list[tuple[tuple[str, ...], Any]] = [(("security",), ctx.doc.get("security"))]
    places += [(op.parts + ("security",), op.op.get("security")) for op in ctx.operations()]
    where = "securityDefinitions" if ctx.family == "2.0" else "components/securitySchemes"
    for parts, requirements in places:
        if not isinstance(requirements, list):
            continue
        for index, requirement in enumerate(requirements):
            if not isinstance(requirement, dict):
                continue
            for name in requirement:
                if name not in schemes:
                    yield _finding(
                        "security-scheme-undefined", "error", parts + (str(index), name),
                        f"security requirement names '{name}', which is not defined in {where}",
                        f"define '{name}' in {where} or fix the name",
                    )


# -------------------------------------------------------------------------------------------------------- servers


def server_variable_undefined(ctx: LintContext) -> Iterator[Finding]:
    if ctx.family == "2.0":
        return
    lists: list[tuple[tuple[str, ...], Any]] = [(("servers",), ctx.doc.get("servers"))]
    for op in ctx.operations():
        lists.append((op.item_parts + ("servers",), op.item.get("servers")))
        lists.append((op.parts + ("servers",), op.op.get("servers")))
    seen: set[tuple[str, ...]] = set()
    for parts, servers in lists:
        if not isinstance(servers, list) or parts in seen:
            continue
        seen.add(parts)
        for index, server in enumerate(servers):
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            raw_variables = server.get("variables")
            variables: dict[str, Any] = raw_variables if isinstance(raw_variables, dict) else {}
            for name in dict.fromkeys(_template_names(server["url"])):
                if name not in variables:
                    yield _finding(
                        "server-variable-undefined", "warning", parts + (str(index), "url"),
                        f"server URL uses '{{{name}}}' but the server defines no variable '{name}'",
                        f"add variables: {{{name}: {{default: ...}}}} to the server",
                    )


# -------------------------------------------------------------------------------------------------------- schemas

# Keys whose value maps *names* to objects: inside them, a key like "default" or "example" is a name, not a keyword.
_NAME_MAPS = frozenset({
    "properties", "patternProperties", "definitions", "$defs", "schemas", "paths", "responses", "parameters",
    "securitySchemes", "securityDefinitions", "headers", "content", "links", "callbacks", "requestBodies",
    "dependentSchemas", "variables", "encoding", "webhooks", "pathItems",
})
# Keys whose value is data (examples, defaults, enum values), never schemas: not walked.
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum", "x-examples", "mapping", "value"})


# The keywords the schema rules look for: one walk of the document finds the objects holding each of them.
_INDEXED = ("enum", "required")

_Link = tuple[str, Any] | None  # (key, parent link): the parts of a node, unrolled only for the few that are kept


def _schema_like_nodes(doc: Any) -> dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]]:
    """Every object in the document that is read as keywords (schemas, parameters, ...) and holds one of the
    ``_INDEXED`` keywords, with its parts, by keyword, in the order of a depth-first walk."""
    found: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = {key: [] for key in _INDEXED}
    stack: list[tuple[_Link, Any, bool]] = [(None, doc, False)]
    while stack:
        link, node, names = stack.pop()
        if isinstance(node, dict):
            if not names:
                for keyword in _INDEXED:
                    if keyword in node:
                        found[keyword].append((_parts(link), node))
            for key, value in node.items():
                key = str(key)
                if not names and (key in _DATA_KEYS or key.startswith("x-")):
                    continue
                if isinstance(value, (dict, list)):
                    stack.append(((key, link), value, (not names) and key in _NAME_MAPS and isinstance(value, dict)))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append(((str(index), link), value, False))
    return found


def _parts(link: _Link) -> tuple[str, ...]:
    return cast(tuple[str, ...], path_of(link))  # every token of these links is a string


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


def enum_duplicate_value(ctx: LintContext) -> Iterator[Finding]:
    for parts, node in ctx.holding("enum"):
        enum = node.get("enum")
        if not isinstance(enum, list):
            continue
        seen: set[str] = set()
        for index, value in enumerate(enum):
            key = _canonical(value)
            if key in seen:
                yield _finding(
                    "enum-duplicate-value", "warning", parts + ("enum", str(index)),
                    f"enum lists {key[:60]} more than once", "remove the repeated value",
                )
            seen.add(key)


def _allows_null(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    return node.get("nullable") is True or kind == "null" or (isinstance(kind, list) and "null" in kind)


def default_not_in_enum(ctx: LintContext) -> Iterator[Finding]:
    for parts, node in ctx.holding("enum"):
        enum = node.get("enum")
        if not isinstance(enum, list) or "default" not in node:
            continue
        default = node["default"]
        if default is None and _allows_null(node):
            continue
        if _canonical(default) not in {_canonical(v) for v in enum}:
            yield _finding(
                "default-not-in-enum", "warning", parts + ("default",),
                f"default {_canonical(default)[:60]} is not one of the enum values",
                "make the default one of the enum values",
            )


def _declared_properties(ctx: LintContext, node: Any, seen: set[int], depth: int = 0) -> set[str]:
    """Property names a schema defines itself or through allOf/anyOf/oneOf members (following refs)."""
    node = ctx.deref(node)
    if not isinstance(node, dict) or id(node) in seen or depth > 32:
        return set()
    seen.add(id(node))
    names = set(node["properties"]) if isinstance(node.get("properties"), dict) else set()
    for keyword in ("allOf", "anyOf", "oneOf"):
        members = node.get(keyword)
        if isinstance(members, list):
            for member in members:
                names |= _declared_properties(ctx, member, seen, depth + 1)
    return names


def required_property_missing(ctx: LintContext) -> Iterator[Finding]:
    for parts, node in ctx.holding("required"):
        required = node.get("required")
        if not isinstance(required, list) or not isinstance(node.get("properties"), dict):
            continue  # "required" without "properties" constrains a composed schema: legitimate
        if isinstance(node.get("patternProperties"), dict):
            continue
        declared = _declared_properties(ctx, node, set())
        for index, name in enumerate(required):
            if isinstance(name, str) and name not in declared:
                yield _finding(
                    "required-property-missing", "warning", parts + ("required", str(index)),
                    f"required property '{name}' is not defined in properties",
                    "define the property or remove it from required",
                )


RULES: tuple[LintRule, ...] = (
    LintRule("duplicate-operation-id", "error", "two operations share an operationId", duplicate_operation_id),
    LintRule(
        "operation-id-case-collision", "warning", "operationIds equal after case-folding",
        operation_id_case_collision,
    ),
    LintRule("path-template-malformed", "error", "a path template is not well formed", path_template_malformed),
    LintRule("path-param-undeclared", "error", "a path template parameter is not declared", path_param_undeclared),
    LintRule("path-param-unused", "error", "a declared path parameter is not in the template", path_param_unused),
    LintRule("path-param-not-required", "error", "a path parameter is not required", path_param_not_required),
    LintRule(
        "equivalent-path-templates", "warning", "two path templates differ only in parameter names",
        equivalent_path_templates,
    ),
    LintRule("duplicate-parameter", "error", "a parameter is declared twice by (name, in)", duplicate_parameter),
    LintRule("body-parameter-conflict", "error", "Swagger 2.0 body parameter misuse", body_parameter_conflict),
    LintRule("operation-no-responses", "error", "an operation has no responses", operation_no_responses),
    LintRule("invalid-response-code", "error", "a response key is not a valid status code", invalid_response_code),
    LintRule(
        "security-scheme-undefined", "error", "a security requirement names an undefined scheme",
        security_scheme_undefined,
    ),
    LintRule(
        "server-variable-undefined", "warning", "a server URL variable is not defined", server_variable_undefined
    ),
    LintRule("enum-duplicate-value", "warning", "an enum repeats a value", enum_duplicate_value),
    LintRule("default-not-in-enum", "warning", "a default is not one of the enum values", default_not_in_enum),
    LintRule(
        "required-property-missing", "warning", "required lists an undefined property", required_property_missing
    ),
)


def lint(doc: dict[str, Any], family: str) -> list[Finding]:
    """Run every rule over a bundled document of the given family."""
    ctx = LintContext(doc, family)
    findings: list[Finding] = []
    for rule in RULES:
        findings.extend(rule.check(ctx))
    return findings
