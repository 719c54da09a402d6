"""The layer order of ARCHITECTURE.md, enforced over the import graph: a unit (a top-level module or stage
package of ``generator``) imports only units of its own layer or below, and no two units import each other,
directly or through others. Imports inside functions count too: a lazy import is still a dependency."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "generator"

# Top to bottom. A unit may import units in its layer or any layer below it.
LAYERS: list[set[str]] = [
    {"__main__", "launch"},
    {"cli"},
    {"release"},
    {"pipeline"},
    {"config", "fetch", "write", "diff"},
    {"format"},
    {"render"},
    {"plan"},
    {"codegen"},
    {"builder", "resolve", "overlay", "validate"},
    {"normalize", "load"},
    {"ir", "errors", "codes", "pointer", "console", "cachefiles", "cachedir", "codecache", "dist", "lazy", "reuse",
     "digests", "pickled", "__init__"},
]


def _unit(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def import_graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for path in sorted(PACKAGE.rglob("*.py")):
        source = _unit(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] != "generator":
                    continue
                target = parts[1] if len(parts) > 1 else "__init__"
                if target != source:
                    edges[source].add(target)
    return edges


def test_every_unit_has_a_layer() -> None:
    units = {_unit(p) for p in PACKAGE.rglob("*.py")}
    placed = set().union(*LAYERS)
    assert units <= placed, f"place these in LAYERS: {sorted(units - placed)}"


def test_lower_layers_never_import_higher_ones() -> None:
    layer = {unit: index for index, units in enumerate(LAYERS) for unit in units}
    wrong = [
        f"{source} (layer {layer[source]}) imports {target} (layer {layer[target]})"
        for source, targets in sorted(import_graph().items())
        for target in sorted(targets)
        if layer.get(target, len(LAYERS)) < layer.get(source, 0)
    ]
    assert wrong == []


def test_no_import_cycles_between_units() -> None:
    graph = import_graph()
    cycles: list[list[str]] = []

    def visit(unit: str, stack: list[str], done: set[str]) -> None:
        for target in sorted(graph.get(unit, ())):
            if target in stack:
                cycles.append([*stack[stack.index(target):], target])
            elif target not in done:
                visit(target, [*stack, target], done)
        done.add(unit)

    done: set[str] = set()
    for unit in sorted(graph):
        if unit not in done:
            visit(unit, [unit], done)
    assert cycles == []


# The stages' entry points, by the module that defines them. Only the orchestrator (``generator.pipeline``) and
# the stage itself may import them: every command goes through the one pipeline.
STAGE_ENTRY_POINTS = {
    "generator.resolve": {"resolve"},
    "generator.validate": {"validate", "start_validation"},
    "generator.builder": {"build"},
    "generator.plan.package": {"plan_package"},
    "generator.plan.stub": {"plan_stub"},
    "generator.render.render": {"render_files"},
    "generator.format": {"format_files"},
    "generator.write": {"write_tree", "check_tree"},
}


def test_only_the_pipeline_chains_the_stages() -> None:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        unit = _unit(path)
        if unit == "pipeline":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module):
                continue
            stage = next((m for m in STAGE_ENTRY_POINTS if node.module == m or node.module.startswith(m + ".")), None)
            if stage is None or stage.split(".")[1] == unit:
                continue
            names = {alias.name for alias in node.names} & STAGE_ENTRY_POINTS[stage]
            found.extend(f"{path.relative_to(PACKAGE)}:{node.lineno} imports {n} from {node.module}" for n in names)
    assert found == []
