"""Generate a client package into a temporary folder for tests (in process, through the real stages)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from generator.config import load_config, resolve_target_defaults, select_target
from generator.ir.model import ApiSpec
from generator.pipeline import SpecOptions, load_spec
from generator.pipeline import render_target


@dataclass(frozen=True)
class Generated:
    root: Path
    package: str
    api: ApiSpec


ROOT = Path(__file__).resolve().parent.parent


def generate_into(
    spec: Path | str,
    out: Path,
    *,
    package: str | None = None,
    lenient: bool = True,
    project_config: bool = False,
) -> Generated:
    """Generate into ``out``; ``project_config`` uses this repository's [tool.pfgen] target (Pocketsflow names)."""
    loaded = load_spec(str(spec), SpecOptions(lenient=lenient))
    config = load_config(cwd=ROOT if project_config else out.parent, check_spec=False)
    target = select_target(config, None)
    if package:
        target = replace(target, package_name=package)
    target = resolve_target_defaults(target, api_title=str(loaded.resolved.data.get("info", {}).get("title", "")))
    rendered = render_target(loaded, target, version="1.0.0")
    for f in rendered.files:
        path = out / f.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f.data())
    assert target.package_name
    return Generated(out, target.package_name, rendered.api)


@contextmanager
def imported(gen: Generated) -> Iterator[ModuleType]:
    """Import the generated package from its folder, and forget it afterwards."""
    sys.path.insert(0, str(gen.root))
    try:
        yield importlib.import_module(gen.package)
    finally:
        sys.path.remove(str(gen.root))
        for name in [m for m in sys.modules if m == gen.package or m.startswith(gen.package + ".")]:
            del sys.modules[name]
