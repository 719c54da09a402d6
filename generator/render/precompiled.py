"""Built-in templates compiled ahead of time, so a first run does not pay Jinja's compiler (~0.09 s).

``python -m generator.render.precompiled`` stores, for every built-in template, the Python code Jinja generates
for it (``precompiled.json`` beside this module) with the hash of the template source, Jinja's version and the
environment options it was generated with. ``BuiltinLoader`` uses that code only when all of them still match:
an edited template, another Jinja or other options fall back to compiling, which is only slower. A test keeps
the file in step with the templates. Python's own ``compile`` of the stored code still runs (a tenth of the
cost) unless the ``pfgen`` command's code cache holds its result (``codecache.compiled``), and each environment
executes it in a namespace of its own, as Jinja's bytecode cache does.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import jinja2

from generator.codecache import compiled

STORE = Path(__file__).resolve().parent / "precompiled.json"


def environment_fingerprint(environment: jinja2.Environment) -> str:
    """The options that shape generated code (Jinja's own bytecode cache does not key on them either)."""
    options = (
        environment.block_start_string, environment.block_end_string, environment.variable_start_string,
        environment.variable_end_string, environment.comment_start_string, environment.comment_end_string,
        environment.line_statement_prefix, environment.line_comment_prefix, environment.trim_blocks,
        environment.lstrip_blocks, environment.newline_sequence, environment.keep_trailing_newline,
        environment.optimized, environment.autoescape, environment.is_async,
        tuple(sorted(type(e).__module__ + "." + type(e).__qualname__ for e in environment.extensions.values())),
    )
    return hashlib.sha256(repr(options).encode()).hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def _store() -> dict[str, Any]:
    try:
        data = json.loads(STORE.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class BuiltinLoader(jinja2.FileSystemLoader):
    """``FileSystemLoader`` over [overlay, built-in] that takes built-in templates' code from the store."""

    def __init__(self, searchpath: list[str], builtin: Path) -> None:
        super().__init__(searchpath)
        self.builtin = builtin
        self.overlays = [Path(p) for p in searchpath if Path(p) != builtin]

    def load(
        self, environment: jinja2.Environment, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> jinja2.Template:
        template = self._stored(environment, name, globals or {})
        return template if template is not None else super().load(environment, name, globals)

    def _stored(
        self, environment: jinja2.Environment, name: str, globals: MutableMapping[str, Any]
    ) -> jinja2.Template | None:
        store = _store()
        entry = store.get("templates", {}).get(name)
        if (
            not isinstance(entry, dict)
            or store.get("jinja") != jinja2.__version__
            or store.get("environment") != environment_fingerprint(environment)
            or any((overlay / name).is_file() for overlay in self.overlays)  # the overlay's version wins
        ):
            return None
        source = self.builtin / name
        try:
            if hashlib.sha256(source.read_bytes()).hexdigest() != entry.get("sha256"):
                return None
            code = compiled(entry["code"], str(source))
        except (OSError, KeyError, TypeError, SyntaxError, ValueError):
            return None
        return environment.template_class.from_code(environment, code, globals)


def build_store(environment: jinja2.Environment, builtin: Path) -> str:
    """The store's text for every built-in ``.jinja`` template (sorted: the file is deterministic)."""
    templates: dict[str, Any] = {}
    for name in sorted(environment.list_templates(filter_func=lambda n: n.endswith(".jinja"))):
        raw = (builtin / name).read_bytes()
        code = environment.compile(raw.decode("utf-8"), name, None, raw=True)
        templates[name] = {"sha256": hashlib.sha256(raw).hexdigest(), "code": str(code)}
    body = {"jinja": jinja2.__version__, "environment": environment_fingerprint(environment), "templates": templates}
    return json.dumps(body, indent=1, sort_keys=True) + "\n"


def write_store(make: Callable[[], jinja2.Environment], builtin: Path) -> int:
    text = build_store(make(), builtin)
    STORE.write_text(text, encoding="utf-8")
    _store.cache_clear()
    return len(json.loads(text)["templates"])


if __name__ == "__main__":  # pragma: no cover - the maintenance command
    from generator.codegen.template_set import BUILTIN_TEMPLATES
    from generator.render.environment import make_environment

    print(f"stored the compiled code of {write_store(make_environment, BUILTIN_TEMPLATES)} templates in {STORE}")
