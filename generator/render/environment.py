"""The Jinja environment: built-in templates plus an optional user overlay folder searched first."""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.codegen.template_set import BUILTIN_TEMPLATES
from generator.errors import InputError, Location


def make_environment(overlay: Path | None = None, builtin: Path = BUILTIN_TEMPLATES) -> jinja2.Environment:
    if not builtin.is_dir():
        raise InputError(
            "templates-missing",
            f"the built-in templates were not found at {builtin}",
            hint="reinstall pfgen from its repository (pip install -e .)",
        )
    searchpath = [str(builtin)]
    if overlay is not None:
        if not overlay.is_dir():
            raise InputError(
                "templates-missing",
                f"the template overlay folder {overlay} does not exist",
                Location(file=str(overlay)),
                hint="create it or fix the `templates` setting",
            )
        searchpath.insert(0, str(overlay))
    from generator.render.precompiled import BuiltinLoader

    env = jinja2.Environment(
        loader=BuiltinLoader(searchpath, builtin),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        cache_size=-1,
        bytecode_cache=_bytecode_cache(),
    )
    # Layout filters (``arg``, ``assign``, ``docstring``, ...): they write code the way black lays it out, so
    # generated files are already formatted (see generator/codegen/layout.py).
    from generator.codegen.escape import FILTERS as ESCAPING
    from generator.codegen.layout import FILTERS

    env.filters.update(FILTERS)
    env.filters.update(ESCAPING)
    return env


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept in pfgen's cache folder: compiling the built-in set costs ~0.1 s a run.

    Jinja keys entries by template file and source checksum, but not by the environment's options, which shape
    the compiled code: the folder is named after this module's source and Jinja's version, so a change to
    either starts an empty one."""
    from generator.cachefiles import section_dir

    where = section_dir("jinja")
    if where is None:
        return None
    from generator.cachefiles import fingerprint

    folder = where / fingerprint(("render.environment",), ("jinja2",))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # an unwritable cache folder: compile every time
    return jinja2.FileSystemBytecodeCache(str(folder))
