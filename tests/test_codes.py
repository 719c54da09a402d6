"""The code registry (generator/codes.py) against the source: every code that ``generator`` makes or reads is
registered, every registered code is still made somewhere, and every entry is a well-formed one-liner.

The codes are found by an AST walk over generator/ (nothing is imported or run).

Where codes are made (producers):

- the ``GeneratorError`` classes (``UsageError``, ``InputError``, ``IOFailure``, ``SpecInvalidError``,
  ``ConfigError``... found by inheritance): the code is the 1st argument or ``code=``; ``Diagnostic``: the 2nd
  or ``code=``; validate's ``Finding``: the 3rd or ``code=``; ``LintRule``: the 1st or ``id=`` (a lint rule's id
  is its code);
- any function or method whose parameter flows into one of those slots, found to a fixpoint (``Context.warn``,
  ``Context.report``, ``_Context.add``, ``_finding``, ``Limit.exceeded``, ``_diagnostics``...). A call is
  matched to a definition through the calling module's imports; ``obj.method(...)`` matches a method of that name
  in a module the caller imports;
- ``"error[CODE]: ..."`` texts written straight to stderr (Ctrl-C, SIGTERM, OSError and internal errors).

A slot's value is resolved from literals, ``a if c else b``, ``a or b``, local and module assignments, ``for``
targets over literal tuples or over the tuples a function ``yield``s (openapi-spec-validator's messages:
``spec-missing-property``...), ``TABLE[key]`` of a literal dict, and f-strings whose pieces resolve. A slot
holding ``something.code`` only forwards a code made elsewhere.

Where codes are read (consumers): ``x.code == "..."``, ``x.code in (...)``, ``x.code in TABLE``.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.codes import CODES, Code, explain

CODE_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
STDERR_CODE_RE = re.compile(r"^(?:error|warning|info)\[([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\]")
EXCLUDED = ("diff/rules.py",)  # ``pfgen diff`` rule ids are not error codes
FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
_CONTAINER_METHODS = frozenset(name for kind in (set, list, dict, str) for name in dir(kind))
Key = tuple[str, str]  # (module, name of a function, method or class)


@dataclass
class Walk:
    produced: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # code -> {"file:line"}
    consumed: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    helpers: list[str] = field(default_factory=list)  # "file:line: name(param=...)"
    forwarded: list[str] = field(default_factory=list)  # slots holding ``x.code``
    unresolved: list[tuple[str, str, str]] = field(default_factory=list)  # (site, enclosing function, slot)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _strings(node: ast.expr | None, values_only: bool = False) -> set[str] | None:
    """The strings of a literal container (a tuple, ``frozenset({...})``, a dict's keys, or its values)."""
    if isinstance(node, ast.Call) and _name(node.func) in ("frozenset", "set", "tuple", "list") and node.args:
        node = node.args[0]
    if isinstance(node, ast.Dict):
        items = list(node.values) if values_only else [k for k in node.keys if k is not None]
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        items = list(node.elts)
    else:
        return None
    return {i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)}


def walk_codes(root: Path) -> Walk:
    trees: dict[str, ast.Module] = {}
    files: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel in EXCLUDED:
            continue
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        module = ".".join(parts)
        trees[module] = ast.parse(path.read_text(encoding="utf-8"), rel)
        files[module] = f"{root.name}/{rel}"
    found = Walk()

    # Definitions by (module, name); methods are flagged (their ``self`` is not a call-site argument).
    defs: dict[Key, list[tuple[ast.AST, bool]]] = defaultdict(list)
    for module, tree in trees.items():
        methods: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                defs[(module, node.name)].append((node, False))
                for item in node.body:
                    if isinstance(item, FUNCS):
                        methods.add(id(item))
                        defs[(module, item.name)].append((item, True))
        for node in ast.walk(tree):
            if isinstance(node, FUNCS) and id(node) not in methods:
                defs[(module, node.name)].append((node, False))

    # Imports: local name -> (module, name), or (module, "") for a whole module.
    imports: dict[str, dict[str, Key]] = defaultdict(dict)
    for module, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    target = (full, "") if full in trees else (node.module, alias.name)
                    imports[module][alias.asname or alias.name] = target

    def origin(key: Key, depth: int = 0) -> Key:
        """Follow re-exports (a package ``__init__`` importing the name from one of its modules)."""
        if key in defs or depth > 10:
            return key
        target = imports[key[0]].get(key[1])
        return key if target is None or not target[1] else origin(target, depth + 1)

    def local(module: str, name: str) -> Key:
        return origin(imports[module].get(name) or (module, name))

    reach = {m: {m} | {origin(t)[0] if t[1] else t[0] for t in imports[m].values()} for m in trees}

    # Sinks: key -> (positional slot at the call site, keyword name).
    errors = {("generator.errors", "GeneratorError")}
    grown = True
    while grown:
        grown = False
        for key, nodes in list(defs.items()):
            for node, _ in nodes:
                if isinstance(node, ast.ClassDef) and key not in errors and any(
                    (base := _name(b)) is not None and local(key[0], base) in errors for b in node.bases
                ):
                    errors.add(key)
                    grown = True
    sinks: dict[Key, tuple[int, str]] = {key: (0, "code") for key in errors}
    sinks[("generator.errors", "Diagnostic")] = (1, "code")
    sinks[("generator.validate.findings", "Finding")] = (2, "code")
    sinks[("generator.validate.lint", "LintRule")] = (0, "id")

    def target_of(module: str, call: ast.Call) -> Key | None:
        func = call.func
        if isinstance(func, ast.Name):
            key = local(module, func.id)
            return key if key in sinks else None
        if isinstance(func, ast.Attribute):
            if isinstance(func.value, ast.Name):
                imported = imports[module].get(func.value.id)
                if imported is not None and not imported[1]:  # module.function(...)
                    key = origin((imported[0], func.attr))
                    return key if key in sinks else None
            methods = sorted(k for k in sinks if k[1] == func.attr and any(m for _, m in defs.get(k, ())))
            near = [k for k in methods if k[0] in reach[module]]
            if near:
                return near[0]
            # Duck typing (``ctx.warn(...)`` where the module never imports the context's class): still a
            # sink when the slot holds a literal code, unless the name is also a builtin container method.
            if methods and func.attr not in _CONTAINER_METHODS:
                arg = slot(call, methods[0])
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "-" in arg.value \
                        and CODE_RE.match(arg.value):
                    return methods[0]
        return None

    def slot(call: ast.Call, key: Key) -> ast.expr | None:
        index, keyword = sinks[key]
        for kw in call.keywords:
            if kw.arg == keyword:
                return kw.value
        if len(call.args) > index and not any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
            return call.args[index]
        return None

    def params(fn: ast.AST, method: bool = False) -> list[str]:
        if not isinstance(fn, FUNCS):
            return []
        names = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        return names[1:] if method and names[:1] in (["self"], ["cls"]) else names

    grown = True
    while grown:  # helpers: a parameter that reaches a sink's code slot makes the function a sink too
        grown = False
        for key, nodes in list(defs.items()):
            for fn, method in nodes:
                if key in sinks:
                    break
                names = params(fn, method)
                for node in ast.walk(fn):
                    if not isinstance(node, ast.Call):
                        continue
                    sink = target_of(key[0], node)
                    arg = slot(node, sink) if sink else None
                    if isinstance(arg, ast.Name) and arg.id in names:
                        sinks[key] = (names.index(arg.id), arg.id)
                        line = getattr(fn, "lineno", 0)
                        found.helpers.append(f"{files[key[0]]}:{line}: {key[1]}({arg.id}=...)")
                        grown = True
                        break

    def values(expr: ast.expr, scope: ast.AST, module: str, depth: int = 0) -> set[str] | None:
        """Every string ``expr`` can be; None when that cannot be told statically."""
        if depth > 8:
            return None
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        alternatives: list[ast.expr] = []
        if isinstance(expr, ast.IfExp):
            alternatives = [expr.body, expr.orelse]
        elif isinstance(expr, ast.BoolOp):
            alternatives = list(expr.values)
        if alternatives:
            out: set[str] = set()
            for alternative in alternatives:
                got = values(alternative, scope, module, depth + 1)
                if got is None:
                    return None
                out |= got
            return out
        if isinstance(expr, ast.JoinedStr):
            pieces: list[set[str]] = []
            for piece in expr.values:
                if isinstance(piece, ast.Constant):
                    got = {str(piece.value)}
                elif isinstance(piece, ast.FormattedValue):
                    got = values(piece.value, scope, module, depth + 1)
                else:
                    got = None
                if got is None:
                    return None
                pieces.append(got)
            return {"".join(combination) for combination in itertools.product(*pieces)}
        if isinstance(expr, ast.Name):
            return bound(expr.id, scope, module, depth)
        if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name):
            return assigned(expr.value.id, scope, module, values_only=True)
        return None

    def assigned(name: str, scope: ast.AST, module: str, values_only: bool = False) -> set[str] | None:
        """The strings of the literal container assigned to ``name`` (in the function, else the module)."""
        for where in (scope, trees[module]):
            for node in ast.walk(where):
                if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                        return _strings(node.value, values_only)
        return None

    def bound(name: str, scope: ast.AST, module: str, depth: int) -> set[str] | None:
        """What a name is assigned or loops over, in the function, else at the module's top level."""
        tree = trees[module]
        for where in ([scope] if scope is not tree else []) + [tree]:
            out: set[str] = set()
            seen = False
            nodes = ast.walk(where) if where is not tree else iter(tree.body)
            for node in nodes:
                if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                        seen = True
                        got = values(node.value, scope, module, depth + 1)
                        if got is None:
                            return None
                        out |= got
                    elif any(isinstance(t, ast.Tuple) and any(isinstance(e, ast.Name) and e.id == name
                                                              for e in t.elts) for t in targets):
                        return None  # unpacked from a computed value
                elif isinstance(node, (ast.For, ast.comprehension)):
                    binds, got = looped(node, name, scope, module, depth)
                    if not binds:
                        continue
                    if got is None:
                        return None
                    seen = True
                    out |= got
            if seen:
                return out
        return None

    def looped(node: ast.For | ast.comprehension, name: str, scope: ast.AST, module: str,
               depth: int) -> tuple[bool, set[str] | None]:
        """(whether the loop binds ``name``, the values it takes there or None when they are unknown)."""
        target = node.target
        if isinstance(target, ast.Name) and target.id == name:
            index = -1
        elif isinstance(target, ast.Tuple) and any(isinstance(e, ast.Name) and e.id == name for e in target.elts):
            index = next(i for i, e in enumerate(target.elts) if isinstance(e, ast.Name) and e.id == name)
        else:
            return False, None
        source = node.iter
        items: list[ast.expr] = []
        if isinstance(source, (ast.Tuple, ast.List, ast.Set)):
            items = list(source.elts)
        elif isinstance(source, ast.Call) and isinstance(source.func, ast.Name):
            for fn, _ in defs.get(local(module, source.func.id), []):
                if isinstance(fn, FUNCS):
                    items += [y.value for y in ast.walk(fn) if isinstance(y, ast.Yield) and y.value is not None]
        if not items:
            return True, None
        out: set[str] = set()
        for item in items:
            if index == -1:
                element: ast.expr | None = item
            elif isinstance(item, ast.Tuple) and len(item.elts) > index:
                element = item.elts[index]
            else:
                element = None
            got = values(element, scope, module, depth + 1) if element is not None else None
            if got is None:
                return True, None
            out |= got
        return True, out

    def scoped(tree: ast.Module) -> Iterator[tuple[ast.AST, ast.AST]]:
        """(innermost enclosing function, or the module; node) for every node of the module."""
        stack: list[tuple[ast.AST, ast.AST]] = [(tree, tree)]
        while stack:
            node, scope = stack.pop()
            for child in ast.iter_child_nodes(node):
                yield scope, child
                stack.append((child, child if isinstance(child, (*FUNCS, ast.Lambda)) else scope))

    for module, tree in trees.items():
        for scope, node in scoped(tree):
            site = f"{files[module]}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                match = STDERR_CODE_RE.match(node.value)
                if match:
                    found.produced[match.group(1)].add(site)
                continue
            if isinstance(node, ast.Compare) and isinstance(node.left, ast.Attribute) and node.left.attr == "code":
                for other in node.comparators:
                    got = values(other, scope, module) or _strings(other)
                    if got is None and isinstance(other, ast.Name):
                        got = assigned(other.id, scope, module)
                    for code in got or ():
                        found.consumed[code].add(site)
                continue
            if not isinstance(node, ast.Call):
                continue
            sink = target_of(module, node)
            if sink is None:
                continue
            arg = slot(node, sink)
            function = getattr(scope, "name", "<module>")
            if arg is None:
                found.unresolved.append((site, function, f"{sink[1]}(...) without a code"))
                continue
            if isinstance(arg, ast.Name) and arg.id in params(scope) + [
                a.arg for a in getattr(getattr(scope, "args", None), "kwonlyargs", [])
            ]:
                continue  # a helper's own parameter: its callers are walked instead
            if isinstance(arg, ast.Attribute):
                found.forwarded.append(f"{site}: {sink[1]}(... {ast.unparse(arg)} ...)")
                continue
            got = values(arg, scope, module)
            if got is None:
                found.unresolved.append((site, function, ast.unparse(arg)))
                continue
            for code in got:
                found.produced[code].add(site)
    return found


ROOT = Path(__file__).resolve().parents[1] / "generator"

# Slots that hold a code computed from data rather than written in the source: the "N more CODE diagnostics"
# summary of builder/diagnostics.py, and diagnostics read back from the on-disk cache (cachefiles.py).
# Diagnostics made again from stored ones: the codes were checked where they were first made.
PASS_THROUGH = {("summarise", "code"), ("decode_diagnostic", "code"), ("kept_diagnostic", "code")}


@pytest.fixture(scope="module")
def walk() -> Walk:
    return walk_codes(ROOT)


def _where(sites: dict[str, set[str]], codes: set[str]) -> str:
    return "\n".join(f"  {code}: {', '.join(sorted(sites[code])[:3])}" for code in sorted(codes))


def test_every_code_made_is_registered(walk: Walk) -> None:
    missing = set(walk.produced) - set(CODES)
    assert not missing, f"add these codes to generator/codes.py:\n{_where(walk.produced, missing)}"


def test_every_code_read_is_registered(walk: Walk) -> None:
    missing = set(walk.consumed) - set(CODES)
    assert not missing, f"these comparisons name unregistered codes:\n{_where(walk.consumed, missing)}"


def test_every_code_slot_is_understood(walk: Walk) -> None:
    unknown = [f"{site} in {function}(): {slot}" for site, function, slot in walk.unresolved
               if (function, slot) not in PASS_THROUGH]
    assert not unknown, (
        "the walk cannot tell which codes these calls make; write the code as a literal (or a conditional of"
        " literals), or extend the walk in tests/test_codes.py:\n" + "\n".join(unknown)
    )


def test_every_registered_code_is_used(walk: Walk) -> None:
    dead = sorted(set(CODES) - set(walk.produced))
    assert not dead, f"generator/ no longer makes these codes; remove them from generator/codes.py: {dead}"


def test_the_walk_finds_the_helpers(walk: Walk) -> None:
    """Codes passed through helpers are most of them; a walk that lost the helpers would report them dead."""
    helpers = {line.rsplit(": ", 1)[1].split("(")[0] for line in walk.helpers}
    assert {"warn", "add", "exceeded", "_finding"} <= helpers


def test_entries_are_one_line_sentences() -> None:
    assert list(CODES) == sorted(CODES)
    for code, entry in CODES.items():
        assert isinstance(entry, Code)
        assert entry.code == code
        assert CODE_RE.match(code), code
        assert entry.kind in ("error", "warning", "info"), code
        for text in (entry.meaning, entry.fix):
            assert text.strip() == text and text, code
            assert "\n" not in text and "\r" not in text, code
            assert text.endswith("."), f"{code}: {text!r} does not end with a period"


def test_explain() -> None:
    assert explain("ref-not-found") is CODES["ref-not-found"]
    assert explain("no-such-code") is None


def test_pfgen_explain_answers_every_code_and_refuses_others() -> None:
    from click.testing import CliRunner

    from generator.cli import cli

    runner = CliRunner()
    listing = runner.invoke(cli, ["explain"])
    assert listing.exit_code == 0 and len(listing.output.splitlines()) == len(CODES)
    for code, entry in list(CODES.items())[::17]:
        shown = runner.invoke(cli, ["explain", f"error[{code}]"])
        assert shown.exit_code == 0 and entry.meaning in shown.output and entry.fix in shown.output
    unknown = runner.invoke(cli, ["explain", "ref-not-fund"])
    assert unknown.exit_code == 2 and "ref-not-found" in unknown.output
