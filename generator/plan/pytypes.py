"""Python annotations for IR types, and the imports they need.

Support imports are aliased with a leading underscore (``_dt``, ``_uuid``) so no schema or field name can
shadow them; the typing names we use plainly (``Any``, ``Literal``, ...) are reserved from schema names in ``build``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from generator.codegen.escape import py_literal
from generator.codegen.layout import import_lines
from generator.ir.model import Schema, TypeRef
from generator.plan.ordering import import_member_key, import_module_key

_PRIMITIVES: dict[str, tuple[str, tuple[str, str] | None]] = {
    # name -> (annotation, import (module, "import line"))
    "str": ("str", None),
    "int": ("int", None),
    "float": ("float", None),
    "bool": ("bool", None),
    "bytes": ("str", None),        # base64 text on the wire; kept as text so it round-trips exactly
    "binary": ("bytes", None),
    "date": ("_dt.date", ("datetime", "import datetime as _dt")),
    # Wire-faithful date-times and decimals carry validators, but signatures should read as the public types:
    # imported under the names users know (no schema, field or parameter can take them, see ir/names).
    "datetime": ("datetime", ("runtime", "_wire:DateTime as datetime")),
    "time": ("_dt.time", ("datetime", "import datetime as _dt")),
    "duration": ("str", None),     # ISO 8601 durations have several spellings; text keeps the wire form
    "uuid": ("UUID", ("uuid", "from uuid import UUID")),
    "decimal": ("Decimal", ("runtime", "_wire:Decimal")),
    "uri": ("str", None),
    "email": ("str", None),
}


_THIRD_PARTY = ("pydantic", "typing_extensions", "httpx", "pydantic_core")


@dataclass
class Imports:
    """Collects what one generated module imports; renders isort-ordered, deterministic lines.

    Sections: ``__future__``, standard library, third party, then relative imports (farthest first).
    ``stdlib`` holds whole statements (``import datetime as _dt``, ``from functools import cached_property``).
    """

    runtime_package: str = ".._runtime"
    stdlib: set[str] = field(default_factory=set)
    typing: set[str] = field(default_factory=set)
    pydantic: set[str] = field(default_factory=set)
    runtime: dict[str, set[str]] = field(default_factory=dict)   # submodule -> names ("X as _X")
    local: dict[str, set[str]] = field(default_factory=dict)     # relative module -> names

    def add_runtime(self, spec: str) -> None:
        module, _, name = spec.partition(":")
        self.runtime.setdefault(module, set()).add(name)

    def add_local(self, module: str, name: str) -> None:
        self.local.setdefault(module, set()).add(name)

    def lines(self) -> tuple[str, ...]:
        froms: dict[str, set[str]] = {}
        plain: list[str] = []
        for stmt in self.stdlib:
            if stmt.startswith("from "):
                module, _, imported = stmt[5:].partition(" import ")
                froms.setdefault(module, set()).update(n.strip() for n in imported.split(","))
            else:
                plain.append(stmt)
        if self.typing:
            froms.setdefault("typing", set()).update(self.typing)
        if self.pydantic:
            froms.setdefault("pydantic", set()).update(self.pydantic)
        relative: dict[str, set[str]] = {}
        for module, names in self.runtime.items():
            relative.setdefault(f"{self.runtime_package}.{module}", set()).update(names)
        for module, names in self.local.items():
            relative.setdefault(module, set()).update(names)

        def from_lines(module: str, names: set[str]) -> list[str]:
            # isort without combine_as_imports: each aliased import on its own line, the rest combined,
            # statements ordered by their first imported name.
            groups = [[n] for n in names if " as " in n]
            plain_names = sorted((n for n in names if " as " not in n), key=import_member_key)
            if plain_names:
                groups.append(plain_names)
            groups.sort(key=lambda g: import_member_key(g[0]))
            return ["\n".join(import_lines(module, g)) for g in groups]

        std = sorted(plain, key=lambda l: l.split()[1].lower()) + [
            line for m, n in sorted(froms.items()) if m.split(".")[0] not in _THIRD_PARTY for line in from_lines(m, n)
        ]
        third = [line for m, n in sorted(froms.items()) if m.split(".")[0] in _THIRD_PARTY for line in from_lines(m, n)]
        rel = [
            line
            for m, n in sorted(relative.items(), key=lambda kv: (-_dots(kv[0]), import_module_key(kv[0])))
            for line in from_lines(m, n)
        ]
        out: list[str] = ["from __future__ import annotations"]
        for section in (_isort_plain_first(std), third, rel):
            if section:
                out.append("")
                out.extend(section)
        return tuple(out)


def _dots(module: str) -> int:
    return len(module) - len(module.lstrip("."))


def _isort_plain_first(lines: list[str]) -> list[str]:
    plain = sorted((l for l in lines if l.startswith("import ")), key=lambda l: l.split()[1])
    froms = sorted((l for l in lines if l.startswith("from ")), key=lambda l: l.split()[1])
    return plain + froms


class TypeNamer:
    """Renders ``TypeRef``s as annotations for one module, recording its imports.

    ``module_of`` maps schema names to the module defining them; references to the current module are left as
    bare names (classes' annotations are lazy; aliases are ordered or quoted by the caller via ``quote``).
    """

    def __init__(
        self,
        schemas: Mapping[str, Schema],
        module_of: Mapping[str, str],
        current_module: str,
        imports: Imports,
        *,
        local_prefix: str = ".",
        quote: Callable[[str], bool] | None = None,
        shadowed: frozenset[str] = frozenset(),
    ) -> None:
        self.schemas = schemas
        self.module_of = module_of
        self.current = current_module
        self.imports = imports
        self.local_prefix = local_prefix
        self.quote = quote or (lambda name: False)
        # Builtins hidden by a class attribute where the annotation is evaluated (a resource with a ``list``
        # method must spell the type ``builtins.list``).
        self.shadowed = shadowed
        self._quoted: set[str] = set()  # forward references written so far ('"Name"')
        self._inputs = False            # annotating an argument (see ``input_annotation``)

    def builtin(self, name: str) -> str:
        """``name`` itself, unless a method defined earlier in the class being written hides it (type
        checkers then read ``list[...]`` as the method): ``_builtins.<name>``, a name no parameter can take.
        Planners put such methods last, so this is rare (two of them in one class)."""
        if name in self.shadowed:
            self.imports.stdlib.add("import builtins as _builtins")
            return f"_builtins.{name}"
        return name

    def input_annotation(self, t: TypeRef) -> str:
        """The annotation of an argument: as ``annotation``, but an enum also accepts its plain values
        (``SortBy | Literal["createdAt", "name"]``), so callers can pass the wire value under a type checker."""
        self._inputs = True
        try:
            return self.annotation(t)
        finally:
            self._inputs = False

    def annotation(self, t: TypeRef) -> str:
        text = self._bare(t)
        nullable = t.nullable
        if t.kind == "ref" and not nullable:
            target = self.schemas.get(t.name)
            # Aliases and unions carry their own Optional; classes and enums need it at the use site.
            nullable = target is not None and target.nullable and target.kind in ("object", "enum") and (
                target.kind == "object" or target.enum_type in ("str", "int", "float")
            )
        if nullable and t.kind not in ("null", "any") and not self._is_none(t):
            return self.optional(text)
        return text

    def _is_none(self, t: TypeRef) -> bool:
        """A reference that names ``None`` itself (an enum whose only value is null): ``X | None`` would be
        ``None | None``, which fails when a model is built."""
        seen = 0
        while t.kind == "ref" and seen < 32:
            target = self.schemas.get(t.name)
            if target is None:
                return False
            if target.kind == "enum":
                return bool(target.enum_members) and all(m.value is None for m in target.enum_members)
            if target.kind != "alias" or target.target is None:
                return False
            t, seen = target.target, seen + 1
        return t.kind == "null" or (t.kind == "literal" and all(v is None for v in t.literals))

    def optional(self, text: str) -> str:
        return self.union([text, "None"])

    def union(self, parts: list[str]) -> str:
        """PEP 604 unions, except around quoted forward references, which ``|`` cannot join at runtime."""
        if self._quoted and any(q in p for p in parts for q in self._quoted):
            if len(parts) == 2 and parts[1] == "None":
                self.imports.typing.add("Optional")
                return f"Optional[{parts[0]}]"
            self.imports.typing.add("Union")
            return f"Union[{', '.join(parts)}]"
        return " | ".join(parts)

    def _bare(self, t: TypeRef) -> str:
        kind = t.kind
        if kind == "any":
            self.imports.typing.add("Any")
            return "Any"
        if kind == "null":
            return "None"
        if kind == "primitive":
            text, imp = _PRIMITIVES.get(t.name, ("Any", None))
            if text == "Any":
                self.imports.typing.add("Any")
            if imp is None and text != "Any":
                text = self.builtin(text)
            if imp is not None:
                if imp[0] == "runtime":
                    self.imports.add_runtime(imp[1])
                else:
                    self.imports.stdlib.add(imp[1])
            return text
        if kind == "array":
            return f"{self.builtin('list')}[{self.annotation(t.args[0]) if t.args else self._any()}]"
        if kind == "tuple":
            # prefixItems does not require the items to be present: only a closed tuple whose minItems covers
            # every position is a fixed-length Python tuple.
            fixed = t.constraints.min_items is not None and t.constraints.min_items >= len(t.args)
            if t.rest is not None or not t.args or not fixed:
                return f"{self.builtin('list')}[{self._any()}]"
            return f"{self.builtin('tuple')}[{', '.join(self.annotation(a) for a in t.args)}]"
        if kind == "map":
            return f"{self.builtin('dict')}[{self.builtin('str')}, {self.annotation(t.args[0]) if t.args else self._any()}]"
        if kind == "ref":
            name = self.reference(t.name)
            plain = self._enum_values(t.name) if self._inputs else ()
            if plain:
                self.imports.typing.add("Literal")
                return self.union([name, f"Literal[{', '.join(py_literal(v) for v in plain)}]"])
            return name
        if kind == "union":
            parts: list[str] = []
            for arg in t.args:
                text = self.annotation(arg)
                if text not in parts:
                    parts.append(text)
            if len(parts) == 1:
                return parts[0]
            return self.union(parts)
        if kind == "literal":
            values = [v for v in t.literals if v is not None]
            if not values:
                return "None"
            self.imports.typing.add("Literal")
            return f"Literal[{', '.join(py_literal(v) for v in values)}]"
        return self._any()

    def _enum_values(self, name: str) -> tuple[str | int, ...]:
        schema = self.schemas.get(name)
        if schema is None or schema.kind != "enum" or schema.enum_type not in ("str", "int"):
            return ()
        values = tuple(m.value for m in schema.enum_members if m.value is not None)
        if not values or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
            return ()
        return values  # type: ignore[return-value]

    def _any(self) -> str:
        self.imports.typing.add("Any")
        return "Any"

    def reference(self, name: str) -> str:
        module = self.module_of.get(name)
        if module is None:
            return self._any()
        if module != self.current:
            self.imports.add_local(f"{self.local_prefix}{module}", name)
            return name
        if self.quote(name):
            self._quoted.add(f'"{name}"')
            return f'"{name}"'
        return name
