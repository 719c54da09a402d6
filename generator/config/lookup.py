"""Questions commands ask of a loaded config: which target, which spec."""

from __future__ import annotations

from pathlib import Path

from generator.config.keys import closest
from generator.config.model import ProjectConfig, TargetConfig
from generator.errors import InputError, Location, UsageError


def select_target(config: ProjectConfig, name: str | None) -> TargetConfig:
    """The target called ``name``; with None, the first target (the only one, in most projects)."""
    if name is None:
        return config.targets[0]
    for target in config.targets:
        if target.name == name:
            return target
    known = [target.name for target in config.targets if target.name]
    where = f" in {config.path}" if config.path else ""
    if not known:
        hint = "this project configures no targets; leave out --target to use the default one"
    else:
        guess = closest(name, tuple(known))
        hint = (f"did you mean `{guess}`? " if guess else "") + "targets: " + ", ".join(known)
    raise UsageError(
        "unknown-target",
        f"there is no target named `{name}`{where}",
        Location(str(config.path) if config.path else ""),
        hint,
    )


def _spec_location(config: ProjectConfig) -> Location:
    if config.path is None:
        return Location()
    for pointer, line in config.lines:
        if pointer in ("/spec", "/tool/pfgen/spec"):
            return Location(str(config.path), line, None, pointer)
    return Location(str(config.path))


def default_spec_path(config: ProjectConfig) -> str:
    """The spec a command uses when none is given: the URL, the file, or the newest snapshot in the folder."""
    if not config.spec:
        where = f" in {config.path}" if config.path else ""
        raise UsageError(
            "no-spec",
            f"no spec was given and none is configured{where}",
            hint="pass the spec as an argument, or set `spec` in [tool.pfgen] of pyproject.toml or in pfgen.toml",
        )
    if config.spec_is_url:
        return config.spec
    path = Path(config.spec)
    fetch_hint = "run `pfgen fetch` to download a snapshot" + (f" from {config.docs_url}" if config.docs_url else "")
    if path.is_file():
        return str(path)
    if path.is_dir():
        # The fetch stage owns the snapshot layout (index.json's "newest", else the highest version).
        from generator.fetch.store import newest_snapshot

        return str(newest_snapshot(path))
    raise InputError(
        "spec-not-found",
        f"the configured spec {path} does not exist",
        _spec_location(config),
        f"{fetch_hint}, or fix `spec`",
    )
