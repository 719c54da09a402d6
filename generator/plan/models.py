"""Plan the ``types`` package: one module per group of mutually referencing schemas, with ready view models.

Schemas that reference each other in a cycle share a module (a strongly connected component of the reference
graph), so modules import each other only along a DAG and never circularly. Every other schema gets its own
module, which keeps ``import <package>.types.order`` cheap and lets the package import models lazily.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from generator import reuse
from generator.codegen.escape import docstring_body, py_literal, py_str
from generator.codegen.layout import (
    Code,
    annotation_lines,
    assignment_lines,
    call,
    import_lines,
    lines_text,
)
from generator.ir.model import Field, Schema, TypeRef
from generator.ir.names import bounded, claim
from generator.plan.graph import schema_refs, strongly_connected
from generator.plan.memo import PlanMemo
from generator.plan.ordering import all_sort_key, import_member_key, import_module_key
from generator.plan.pytypes import Imports, TypeNamer

UNKNOWN_TAG = "__unknown__"


@dataclass(frozen=True, slots=True)
class FieldView:
    """One field of a generated model class."""

    name: str
    annotation: str
    default: str              # right-hand side after ``=`` ("" for none)
    docstring: str
    statement: str = ""       # the whole declaration as black lays it out in a class body (4 spaces)
    gap_after: bool = False   # a blank line after this field's docstring (black's layout between documented fields)


@dataclass(frozen=True, slots=True)
class MemberView:
    """One member of a generated enum."""

    name: str
    value: str                # Python literal


@dataclass(frozen=True, slots=True)
class DefinitionView:
    """One definition of a models module: a model class, an enum or a type alias."""

    kind: str                 # "class" | "enum" | "alias"
    name: str
    docstring: str
    bases: str = ""
    fields: tuple[FieldView, ...] = ()
    extra_annotation: str = ""   # annotation of __pydantic_extra__ when additionalProperties is typed
    members: tuple[MemberView, ...] = ()
    expression: str = ""         # alias right-hand side

    @property
    def is_class(self) -> bool:
        return self.kind == "class"

    @property
    def is_enum(self) -> bool:
        return self.kind == "enum"

    @property
    def is_alias(self) -> bool:
        return self.kind == "alias"

    @property
    def gap_after_docstring(self) -> bool:
        """A blank line between the class docstring and what follows it."""
        return bool(self.docstring and (self.fields or self.extra_annotation))

    @property
    def gap_after_extra(self) -> bool:
        return bool(self.extra_annotation and self.fields)

    @property
    def needs_pass(self) -> bool:
        """An otherwise empty class body."""
        return not (self.fields or self.docstring or self.extra_annotation)


@dataclass(frozen=True, slots=True)
class ModuleView:
    """One module of the ``types`` package and the definitions it holds."""

    docstring: str
    imports: tuple[str, ...]
    definitions: tuple[DefinitionView, ...]
    all_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TypesIndexView:
    """The ``types/__init__.py`` index, which imports every model from its module lazily."""

    docstring: str
    entries: tuple[tuple[str, str], ...]   # (name, module)
    all_names: tuple[str, ...]
    type_checking_imports: tuple[str, ...] = ()  # ``from .module import Name as Name``, laid out at 4 spaces


@dataclass(frozen=True, slots=True)
class ModelsPlan:
    """The planned ``types`` package: its modules, its index, and the module that defines each model."""

    modules: tuple[tuple[str, ModuleView], ...]   # (module name, view)
    index: TypesIndexView
    module_of: Mapping[str, str]
    remembered: tuple[tuple[str, str], ...] = ()  # (module name, rendered text) taken from a ``PlanMemo``


def module_name_for(name: str) -> str:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    snake = re.sub(r"[^a-z0-9_]+", "_", snake).strip("_") or "schema"
    if snake[0].isdigit():
        snake = f"m_{snake}"
    if keyword.iskeyword(snake) or snake in {"types", "typing", "enum", "datetime", "uuid", "decimal"}:
        snake += "_"
    return bounded(snake)


def plan_models(schemas: tuple[Schema, ...], *, runtime_package: str = ".._runtime",
                memo: PlanMemo | None = None) -> ModelsPlan:
    """The model modules' views, and their index. With a ``memo`` (outside a ``reuse`` session, which keeps
    views in memory instead), a module whose inputs are those of the last run's module of the same name is not
    planned: its rendered text is in ``remembered``."""
    # In a ``reuse`` session, the very same schemas as last time (an edit that changed no schema) plan the same.
    store = reuse.slot("plan.models.whole")
    if store is not None:
        kept = store.get("kept")
        if (kept is not None and kept[0] == runtime_package and len(kept[1]) == len(schemas)
                and all(a is b for a, b in zip(kept[1], schemas))):
            plan: ModelsPlan = kept[2]
            return plan
        store["kept"] = (runtime_package, schemas, _plan_models(schemas, runtime_package))
        return store["kept"][2]  # type: ignore[no-any-return]
    return _plan_models(schemas, runtime_package, memo)


def _plan_models(schemas: tuple[Schema, ...], runtime_package: str, memo: PlanMemo | None = None) -> ModelsPlan:
    by_name = {s.name: s for s in schemas}
    edges = {s.name: schema_refs(s) for s in schemas}
    components = strongly_connected(edges)
    module_of: dict[str, str] = {}
    used: set[str] = set()
    groups: list[tuple[str, list[str]]] = []
    for comp in sorted(components, key=lambda c: c[0]):
        name = claim(module_name_for(comp[0]), used, "_")
        for member in comp:
            module_of[member] = name
        groups.append((name, comp))
    remembered: tuple[tuple[str, str], ...] = ()
    if memo is None:
        modules = _module_views(sorted(groups), by_name, module_of, runtime_package)
    else:
        modules, remembered = _memo_views(sorted(groups), by_name, module_of, runtime_package, memo)
    entries = tuple(sorted(module_of.items()))
    index = TypesIndexView(
        docstring="Models of the API's schemas, imported lazily: only the module of a name you use is loaded.",
        entries=entries,
        all_names=tuple(sorted(module_of, key=all_sort_key)),
        type_checking_imports=tuple(
            lines_text(import_lines(f".{module}", [f"{name} as {name}"], 4))
            for name, module in sorted(
                entries, key=lambda e: (import_module_key(e[1]), import_member_key(f"{e[0]} as {e[0]}"))
            )
        ),
    )
    return ModelsPlan(modules=modules, index=index, module_of=module_of, remembered=remembered)


def _module_views(
    groups: list[tuple[str, list[str]]], by_name: Mapping[str, Schema], module_of: Mapping[str, str],
    runtime_package: str,
) -> tuple[tuple[str, ModuleView], ...]:
    """Each module's view. In a ``reuse`` session, a module whose schemas are the very objects planned last time
    (``build`` keeps unchanged schemas) keeps its view while every name it looked up in ``by_name`` and
    ``module_of`` still maps to the same schema and module."""
    return tuple(zip((mod for mod, _ in groups), reuse.map_kept_reading(
        "plan.models",
        [(mod, (mod, *(by_name[n] for n in comp))) for mod, comp in groups],
        (by_name, module_of),
        lambda parts, seen: _plan_module(parts[0], list(parts[1:]), seen[0], seen[1], runtime_package),
        key=runtime_package,
    ), strict=True))


def _memo_views(
    groups: list[tuple[str, list[str]]], by_name: Mapping[str, Schema], module_of: Mapping[str, str],
    runtime_package: str, memo: PlanMemo,
) -> tuple[tuple[tuple[str, ModuleView], ...], tuple[tuple[str, str], ...]]:
    """Each module's view, or the text the last run rendered for it (``plan.memo``)."""
    views: list[tuple[str, ModuleView]] = []
    texts: list[tuple[str, str]] = []
    tables = (by_name, module_of)
    for mod, comp in groups:
        schemas = [by_name[n] for n in comp]
        own = memo.own(mod, (runtime_package, *schemas))
        text = memo.remembered(mod, own, tables) if own is not None else None
        if text is not None:
            texts.append((mod, text))
            continue
        names, modules = reuse.RecordingMapping(by_name), reuse.RecordingMapping(module_of)
        views.append((mod, _plan_module(mod, schemas, names, modules, runtime_package)))
        if own is not None:
            memo.planned(mod, own, [None if r.whole else r.read for r in (names, modules)], tables)
    return tuple(views), tuple(texts)


def _order(schemas: list[Schema], by_name: Mapping[str, Schema]) -> tuple[list[Schema], set[str]]:
    """Enums first, classes with their in-module bases before them, then aliases in dependency order.

    Returns the order and the names that must be quoted where aliases use them before their definition.
    """
    enums = sorted((s for s in schemas if s.kind == "enum"), key=lambda s: s.name)
    classes = sorted((s for s in schemas if s.kind == "object"), key=lambda s: s.name)
    aliases = sorted((s for s in schemas if s.kind in ("alias", "union")), key=lambda s: s.name)
    order = _Order({s.name for s in schemas}, by_name, enums)
    for s in classes:
        order.place_class(s, frozenset())
    for s in aliases:
        order.place_alias(s)
    return order.ordered, order.quoted


class _Order:
    """``_order``'s walk. (Methods rather than nested functions: a nested function that calls itself is a
    reference cycle, left for the garbage collector; one module per schema made thousands of them.)"""

    __slots__ = ("by_name", "here", "ordered", "placed", "quoted", "visiting")

    def __init__(self, here: set[str], by_name: Mapping[str, Schema], first: list[Schema]) -> None:
        self.here, self.by_name = here, by_name
        self.ordered: list[Schema] = list(first)
        self.placed = {s.name for s in first}
        self.quoted: set[str] = set()
        self.visiting: set[str] = set()

    def place_class(self, s: Schema, trail: frozenset[str]) -> None:
        if s.name in self.placed or s.name in trail:
            return
        for base in s.bases:
            if base in self.here and self.by_name[base].kind == "object":
                self.place_class(self.by_name[base], trail | {s.name})
        self.placed.add(s.name)
        self.ordered.append(s)

    def place_alias(self, s: Schema) -> None:
        if s.name in self.placed:
            return
        self.visiting.add(s.name)
        deps = schema_refs(s) & self.here
        for dep in sorted(deps):
            target = self.by_name[dep]
            if target.kind in ("alias", "union") and dep not in self.placed:
                if dep in self.visiting:
                    self.quoted.add(dep)
                else:
                    self.place_alias(target)
        self.visiting.discard(s.name)
        self.placed.add(s.name)
        self.ordered.append(s)


def _plan_module(
    module: str,
    schemas: list[Schema],
    by_name: Mapping[str, Schema],
    module_of: Mapping[str, str],
    runtime_package: str,
) -> ModuleView:
    imports = Imports(runtime_package=runtime_package)
    ordered, quoted = _order(schemas, by_name)
    namer = TypeNamer(by_name, module_of, module, imports, quote=lambda n: n in quoted)
    definitions = tuple(_definition(s, namer, by_name) for s in ordered)
    names = tuple(sorted((s.name for s in schemas), key=all_sort_key))
    if len(names) == 1:
        doc = f"The ``{names[0]}`` model."
    else:
        doc = "Models that reference each other: " + ", ".join(f"``{n}``" for n in names) + "."
    return ModuleView(docstring=doc, imports=imports.lines(), definitions=definitions, all_names=names)


def _schema_doc(s: Schema) -> str:
    parts: list[str] = []
    if s.title and s.title != s.name:
        parts.append(s.title)
    if s.description:
        parts.append(s.description)
    if s.deprecated:
        parts.append("Deprecated.")
    return docstring_body("\n\n".join(parts))


def _definition(s: Schema, namer: TypeNamer, by_name: Mapping[str, Schema]) -> DefinitionView:
    if s.kind == "object":
        return _object(s, namer, by_name)
    if s.kind == "enum":
        return _enum(s, namer)
    if s.kind == "union":
        return _union(s, namer, by_name)
    target = s.target if s.target is not None else TypeRef("any")
    if s.nullable and not target.nullable:
        target = TypeRef(
            target.kind, target.name, target.args, target.rest, target.literals, True, target.format,
            target.constraints,
        )
    namer.imports.typing.add("TypeAlias")
    return DefinitionView(kind="alias", name=s.name, docstring=_schema_doc(s), expression=namer.annotation(target))


def _object(s: Schema, namer: TypeNamer, by_name: Mapping[str, Schema]) -> DefinitionView:
    bases: list[str] = []
    for base in s.bases:
        target = by_name.get(base)
        if target is not None and target.kind == "object":
            bases.append(namer.reference(base).strip('"'))
    base_names = set(bases)
    if not bases:
        namer.imports.add_runtime("_models:APIModel as _APIModel")
        bases = ["_APIModel"]
    inherited = _inherited_fields(s, base_names, by_name)
    # allOf: a property a base requires stays required where a subclass narrows it (an optional override
    # would widen the base's type with None, which type checkers reject).
    required_above = {
        f.wire_name for base in base_names if (parent := by_name.get(base)) is not None for f in parent.fields
        if f.required
    }
    fields = tuple(
        _field(replace(f, required=True) if f.wire_name in required_above else f, namer, by_name)
        for f in s.fields
        if f.wire_name not in inherited or f.declared_in == s.name
    )
    extra = ""
    if s.additional is not None and s.additional.kind != "any":
        namer.imports.pydantic.add("Field")
        extra = f"dict[str, {namer.annotation(s.additional)}]"
    # A documented field is followed by a blank line, except the last one.
    fields = tuple(replace(f, gap_after=bool(f.docstring) and i < len(fields) - 1) for i, f in enumerate(fields))
    return DefinitionView(
        kind="class",
        name=s.name,
        docstring=_schema_doc(s),
        bases=", ".join(bases),
        fields=fields,
        extra_annotation=extra,
    )


def _inherited_fields(s: Schema, bases: set[str], by_name: Mapping[str, Schema]) -> set[str]:
    out: set[str] = set()
    for base in bases:
        parent = by_name.get(base)
        if parent is not None:
            out.update(f.wire_name for f in parent.fields)
    return out


def _field(f: Field, namer: TypeNamer, by_name: Mapping[str, Schema]) -> FieldView:
    t = f.type
    if not f.required and not t.nullable:
        t = TypeRef(t.kind, t.name, t.args, t.rest, t.literals, True, t.format, t.constraints)
    annotation = namer.annotation(t)
    args: list[str] = []
    if f.has_default and not f.required:
        enum_default = _enum_member_literal(f.type, f.default, by_name)
        if enum_default:
            args.append(f"default={enum_default}")
        elif isinstance(f.default, (list, dict)):
            args.append(f"default_factory=lambda: {py_literal(f.default)}")
        else:
            args.append(f"default={py_literal(f.default)}")
    elif not f.required:
        args.append("default=None")
    if f.name != f.wire_name:
        args.append(f"alias={py_str(f.wire_name)}")
    value: Code = ""
    if args == ["default=None"]:
        value = "None"
    elif args:
        namer.imports.pydantic.add("Field")
        value = call("Field", args)
    default = str(value)
    target = f"{f.name}: {annotation}"
    if default:
        statement = lines_text(assignment_lines(target, value, 4, annotated=True))
    else:
        statement = lines_text(annotation_lines(f.name, annotation, 4))
    parts: list[str] = []
    if f.title and f.title.lower() != f.wire_name.lower():
        parts.append(f.title)
    if f.description:
        parts.append(f.description)
    notes = [n for n, on in (("Deprecated.", f.deprecated), ("Read-only.", f.read_only),
                              ("Write-only.", f.write_only)) if on]
    if notes:
        parts.append(" ".join(notes))
    return FieldView(
        name=f.name,
        annotation=annotation,
        default=default,
        docstring=docstring_body("\n\n".join(parts)),
        statement=statement,
    )


def _enum_member_literal(t: TypeRef, value: object, by_name: Mapping[str, Schema]) -> str:
    if t.kind != "ref":
        return ""
    target = by_name.get(t.name)
    if target is None or target.kind != "enum" or target.enum_type not in ("str", "int", "float"):
        return ""
    for m in target.enum_members:
        if m.value == value and type(m.value) is type(value):
            return f"{target.name}.{m.name}"
    return ""


def _enum(s: Schema, namer: TypeNamer) -> DefinitionView:
    base = {"str": "OpenStrEnum", "int": "OpenIntEnum", "float": "OpenFloatEnum"}.get(s.enum_type)
    members = tuple(MemberView(name=m.name, value=py_literal(m.value)) for m in s.enum_members)
    if base is None or not members:
        # Mixed or boolean enums: a Literal of the known values, still open to new values of the same types.
        values = [m.value for m in s.enum_members]
        kinds = sorted({type(v).__name__ for v in values if v is not None} or {"str"})
        namer.imports.typing.update({"Literal", "TypeAlias"})
        literal = f"Literal[{', '.join(py_literal(v) for v in values if v is not None)}]" if values else ""
        parts = [p for p in (literal, *kinds) if p]
        expr = namer.union(parts) if len(parts) > 1 else parts[0]
        if s.nullable:
            expr = namer.optional(expr)
        return DefinitionView(kind="alias", name=s.name, docstring=_schema_doc(s), expression=expr)
    namer.imports.add_runtime(f"_wire:{base} as _{base}")
    return DefinitionView(kind="enum", name=s.name, docstring=_schema_doc(s), bases=f"_{base}", members=members)


def _union(s: Schema, namer: TypeNamer, by_name: Mapping[str, Schema]) -> DefinitionView:
    namer.imports.typing.add("TypeAlias")
    variants = [v for v in s.variants if v.kind != "null"]
    nullable = s.nullable or any(v.kind == "null" for v in s.variants)
    objects = [by_name.get(v.name) for v in variants if v.kind == "ref"]
    all_objects = bool(variants) and len(objects) == len(variants) and all(
        o is not None and o.kind == "object" for o in objects
    )
    if not all_objects:
        expr = namer.annotation(TypeRef("union", args=tuple(variants))) if variants else "None"
        if nullable and expr != "None":
            expr = namer.optional(expr)
        return DefinitionView(kind="alias", name=s.name, docstring=_schema_doc(s), expression=expr)
    namer.imports.typing.update({"Annotated", "Any"})
    namer.imports.pydantic.update({"Discriminator", "Tag"})
    namer.imports.add_runtime("_wire:union_dispatcher as _union_dispatcher")
    members: list[str] = []
    fingerprints: list[str] = []
    for v in variants:
        ref = namer.reference(v.name)
        members.append(f"Annotated[{ref}, Tag({py_str(v.name)})]")
        target = by_name[v.name]
        required = sorted(f.wire_name for f in target.fields if f.required)
        consts = sorted(
            (f.wire_name, f.type.literals[0])
            for f in target.fields
            if f.type.kind == "literal" and len(f.type.literals) == 1
        )
        fingerprints.append(
            f"({py_str(v.name)}, frozenset({py_literal(required)}), "
            f"({''.join(f'({py_str(k)}, {py_literal(val)}), ' for k, val in consts)}))"
        )
    members.append(f"Annotated[dict[str, Any], Tag({py_str(UNKNOWN_TAG)})]")
    dispatch_args: list[str] = []
    if s.discriminator is not None:
        dispatch_args.append(f"tag_property={py_str(s.discriminator.property)}")
        mapping = ", ".join(f"{py_str(k)}: {py_str(v)}" for k, v in s.discriminator.mapping)
        dispatch_args.append(f"mapping={{{mapping}}}")
    dispatch_args.append(f"fingerprints=({''.join(fp + ', ' for fp in fingerprints)})")
    expr = (
        f"Annotated[{namer.union(members)}, "
        f"Discriminator(_union_dispatcher({', '.join(dispatch_args)}))]"
    )
    if nullable:
        expr = namer.optional(expr)
    return DefinitionView(kind="alias", name=s.name, docstring=_schema_doc(s), expression=expr)
