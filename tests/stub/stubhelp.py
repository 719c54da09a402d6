"""Generate a server stub into a temporary folder (in process, through the real stages) and serve it."""

from __future__ import annotations

import importlib
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.config import TargetConfig, load_config, resolve_target_defaults, select_target
from generator.ir.model import ApiSpec
from generator.pipeline import LoadedSpec, SpecOptions, load_spec
from generator.render.environment import make_environment
from generator.render.render import render_files
from generator.pipeline import build_api, plan_target, render_target

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class GeneratedStub:
    root: Path
    package: str
    api: ApiSpec
    loaded: LoadedSpec
    files: dict[str, bytes]


def stub_target(loaded: LoadedSpec, out: Path, *, pocketsflow: bool = False, **changes: Any) -> TargetConfig:
    """The repository's ``pocketsflow-stub`` target, or a default stub target (``<package>_stub``)."""
    title = str(loaded.resolved.data.get("info", {}).get("title", ""))
    if pocketsflow:
        target = select_target(load_config(cwd=ROOT, check_spec=False), "pocketsflow-stub")
        target = replace(target, output=None, output_root=out)
    else:
        target = TargetConfig(name=None, kind="python-stub", output=None, output_root=out)
    target = resolve_target_defaults(target, api_title=title)
    assert target.package_name and target.package_name.endswith("_stub")
    return replace(target, **changes)


def generate_stub(
    spec: Path | str, out: Path, *, pocketsflow: bool = False, formatted: bool = True, **changes: Any
) -> GeneratedStub:
    """Generate through build -> plan -> render -> format (``formatted=False`` skips black, for speed)."""
    loaded = load_spec(str(spec), SpecOptions(lenient=True))
    target = stub_target(loaded, out, pocketsflow=pocketsflow, **changes)
    if formatted:
        rendered = render_target(loaded, target, version="1.0.0")
        api, produced = rendered.api, rendered.files
    else:
        api, _ = build_api(loaded, target)
        plan = plan_target(
            api,
            target,
            version="1.0.0",
            source_text=loaded.resolved.root.text,
            source_media_type=loaded.resolved.root.media_type,
        )
        produced = render_files(plan.files, make_environment())
    files: dict[str, bytes] = {}
    for f in produced:
        path = out / f.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f.data())
        files[f.path] = f.data()
    assert target.package_name
    return GeneratedStub(out, target.package_name, api, loaded, files)


@contextmanager
def imported(gen: GeneratedStub) -> Iterator[ModuleType]:
    """Import the generated package from its folder, and forget it afterwards."""
    sys.path.insert(0, str(gen.root))
    try:
        yield importlib.import_module(gen.package)
    finally:
        sys.path.remove(str(gen.root))
        for name in [m for m in sys.modules if m == gen.package or m.startswith(gen.package + ".")]:
            del sys.modules[name]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1 in a thread; yields the base URL; always shuts down."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the stub server did not start")
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
