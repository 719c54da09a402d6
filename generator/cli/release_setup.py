"""From the command line and the project configuration to the targets to generate and the release options."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _release_setup(need_spec: bool, config_path: Path | None, target_name: str | None, output: Path | None,
                   package_name: str | None, lenient: bool | None, allow_remote_refs: bool | None,
                   allow_outside_refs: bool | None, version: str | None,
                   target_overrides: dict[str, Any] | None = None, isolated: bool = False,
                   ) -> tuple[Any, list[Any], Any]:
    """The config, the targets to generate (with command-line overrides) and the release options."""
    from dataclasses import replace

    from generator.config import load_config, select_target
    from generator.config.names import package_problem
    from generator.errors import UsageError
    from generator.pipeline import SpecOptions
    from generator.release import ReleaseOptions, effective_config_sha256

    given = {k: v for k, v in (target_overrides or {}).items() if v not in (None, ())}
    adhoc = not need_spec and config_path is None and target_name is None and (
        output is not None or package_name is not None or bool(given)
    )
    if isolated or adhoc:
        # An explicit SPEC with output options is a run of its own: the project's targets (and their renames)
        # do not apply; --isolated ignores the configuration altogether.
        from generator.config.parse import default_config

        config = default_config(Path.cwd().resolve())
    else:
        config = load_config(config_path, check_spec=need_spec)
    targets = [select_target(config, target_name)] if target_name is not None else list(config.targets)
    overrides: dict[str, str] = {}
    if output is not None or package_name is not None:
        if len(targets) != 1:
            raise UsageError("option-needs-target",
                             "--output and --package-name apply to one target, and the project configures "
                             f"{len(targets)}", hint="add --target NAME")
        if package_name is not None:
            problem = package_problem(package_name)
            if problem:
                raise UsageError("bad-package-name", f"--package-name {package_name!r} cannot be used: {problem}",
                                 hint="pass a Python identifier such as my_api")
            targets[0] = replace(targets[0], package_name=package_name)
            overrides["package-name"] = package_name
        if output is not None:
            targets[0] = replace(targets[0], output=output.resolve())
            overrides["output"] = output.name
    if given:
        if len(targets) != 1:
            raise UsageError("option-needs-target",
                             f"--{next(iter(given)).replace('_', '-')} applies to one target, and the project "
                             f"configures {len(targets)}", hint="add --target NAME")
        targets[0] = replace(targets[0], **_target_changes(given))
        overrides.update({k.replace("_", "-"): repr(v) for k, v in sorted(given.items())})
    options = ReleaseOptions(
        spec=SpecOptions(
            lenient=config.lenient if lenient is None else lenient,
            allow_remote_refs=config.allow_remote_refs if allow_remote_refs is None else allow_remote_refs,
            allow_outside_refs=config.allow_outside_refs if allow_outside_refs is None else allow_outside_refs,
        ),
        version=version,
        config_sha256=effective_config_sha256(config.sha256, overrides),
    )
    return config, targets, options


def _target_changes(given: dict[str, Any]) -> dict[str, Any]:
    """Command-line target options as TargetConfig fields (each mirrors one config key)."""
    from generator.errors import UsageError

    changes: dict[str, Any] = {}
    for key, value in given.items():
        if key == "headers":
            pairs = []
            for item in value:
                name, sep, text = item.partition("=")
                if not sep or not name.strip():
                    raise UsageError("bad-header", f"--header {item!r} is not NAME=VALUE", hint="e.g. --header X-Team=orders")
                pairs.append((name.strip(), text))
            changes["default_headers"] = tuple(sorted(pairs))
        elif key == "templates_dir":
            changes["templates"] = value.resolve()
        elif key == "overlays":
            changes["overlays"] = tuple(p.resolve() for p in value)
        elif key in ("include_tags", "exclude_tags", "include_operations", "exclude_operations", "include_paths"):
            changes[key] = tuple(value)
        else:
            changes[key] = value
    return changes


def _release_default_spec(config: Any) -> str:
    from generator.config import default_spec_path

    return default_spec_path(config)
