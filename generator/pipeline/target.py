"""The pipeline's second half: a loaded spec and one configured target -> build -> plan -> render -> format,
the exact files to write, in memory (``pipeline.output`` writes them), so ``pfgen check`` and ``--dry-run`` use the
same path without touching the disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__, reuse
from generator.builder import build
from generator.cachefiles import caching_off
from generator.codegen.template_set import template_set_sha256
from generator.config import TargetConfig
from generator.config.filters import build_options
from generator.errors import Diagnostic
from generator.ir.model import HTTP_METHODS, ApiSpec
from generator.pipeline.spec import LoadedSpec, Timings
from generator.plan.memo import PlanMemo
from generator.plan.model import OutputPlan
from generator.plan.package import PackageNames, plan_package
from generator.render.environment import make_environment
from generator.render.model import RenderedFile
from generator.render.render import render_files

if TYPE_CHECKING:
    import jinja2


@dataclass(frozen=True, slots=True)
class RenderedTarget:
    """One target's generated files, rendered and formatted in memory, ready to write or compare."""

    target: TargetConfig
    api: ApiSpec
    files: tuple[RenderedFile, ...]
    template_sha256: str
    diagnostics: tuple[Diagnostic, ...]


def build_api(loaded: LoadedSpec, target: TargetConfig, timings: Timings | None = None) -> tuple[ApiSpec, tuple[Diagnostic, ...]]:
    timings = timings or Timings()
    if target.has_filters or target.names or target.pagination:
        _check_filters(loaded, target)
    with timings.stage("build"):
        result = build(loaded.resolved, build_options(target))
    return result.api, tuple(result.diagnostics)




def _check_filters(loaded: LoadedSpec, target: TargetConfig) -> None:
    """Filters and renames that match nothing in the spec are config errors, not silently empty clients."""
    from generator.config import check_filters_against

    data = loaded.resolved.data
    tags: set[str] = {t["name"] for t in data.get("tags") or () if isinstance(t, dict) and isinstance(t.get("name"), str)}
    operation_ids: set[str] = set()
    paths: set[str] = set()
    for path, item in (data.get("paths") or {}).items():
        paths.add(path)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                tags.update(t for t in op.get("tags") or () if isinstance(t, str))
                if isinstance(op.get("operationId"), str):
                    operation_ids.add(op["operationId"])
    for item in (data.get("webhooks") or {}).values():
        for op in (item or {}).values() if isinstance(item, dict) else ():
            if isinstance(op, dict):
                tags.update(t for t in op.get("tags") or () if isinstance(t, str))
    check_filters_against(target, tags=tags, operation_ids=operation_ids, paths=paths)


def plan_target(
    api: ApiSpec, target: TargetConfig, *, version: str, source_text: str = "", source_media_type: str = "json",
    memo: PlanMemo | None = None,
) -> OutputPlan:
    assert target.package_name and target.client_name and target.project_name and target.env_prefix
    names = PackageNames(
        package=target.package_name,
        project=target.project_name,
        client=target.client_name,
        env_prefix=target.env_prefix,
        version=version,
        generator_version=__version__,
        base_url=target.base_url or "",
        default_headers=target.default_headers,
        signature_header=target.webhook_signature_header or "",
        idempotency_header=target.idempotency_header or "",
    )
    if target.kind == "python-stub":
        from generator.plan.stub import StubOptions, plan_stub

        options = StubOptions(
            stateful=target.stateful,
            webhook_signature_header=target.webhook_signature_header or "",
            source_media_type=source_media_type,
        )
        return plan_stub(api, names, source_text=source_text, options=options)
    return plan_package(api, names, memo=memo)


def render_target(
    loaded: LoadedSpec,
    target: TargetConfig,
    *,
    version: str,
    api: ApiSpec | None = None,
    cache_dir: Path | None = None,
    timings: Timings | None = None,
) -> RenderedTarget:
    from generator.format import default_cache_dir, format_files

    timings = timings or Timings()
    diagnostics: tuple[Diagnostic, ...] = ()
    if api is None:
        api, diagnostics = build_api(loaded, target, timings)
    template_sha256 = template_set_sha256(target.templates)
    memo = _plan_memo(target, template_sha256)
    with timings.stage("plan"):
        plan = plan_target(
            api,
            target,
            version=version,
            source_text=loaded.resolved.root.text,
            source_media_type=loaded.resolved.root.media_type,
            memo=memo,
        )
    with timings.stage("render"):
        env = _environment(target.templates, template_sha256)
        rendered = render_files(plan.files, env, template_sha256, memo)
        if memo is not None:
            memo.save((p.memo, r.content) for p, r in zip(plan.files, rendered, strict=True)
                      if p.memo and isinstance(r.content, str))
    with timings.stage("format"):
        trusted, preformatted = _canonical_paths(plan, target.templates)
        formatted = format_files(
            rendered,
            cache_dir=cache_dir if cache_dir is not None else default_cache_dir(),
            trusted=trusted,
            preformatted=preformatted,
        )
    return RenderedTarget(
        target=target,
        api=api,
        files=formatted,
        template_sha256=template_sha256,
        diagnostics=diagnostics,
    )


def _plan_memo(target: TargetConfig, template_sha256: str) -> PlanMemo | None:
    """The plan memo of a client's one-shot run (``plan.memo``; a ``reuse`` session keeps its views in memory
    instead; nothing when caching is off)."""
    if target.kind != "python-client" or not target.package_name or reuse.active() or caching_off():
        return None
    return PlanMemo(target.package_name, template_sha256)


def _environment(overlay: Path | None, template_sha256: str) -> jinja2.Environment:
    """The Jinja environment; a watch keeps it, with the templates it compiled, while the template set (built-in
    and overlay, by content) is the same."""
    store = reuse.slot("render.environment")
    key = (overlay, template_sha256)
    if store is not None and store.get("key") == key:
        kept: jinja2.Environment = store["env"]
        return kept
    env = make_environment(overlay)
    if store is not None:
        store["key"], store["env"] = key, env
    return env


def _canonical_paths(plan: OutputPlan, overlay: Path | None) -> tuple[frozenset[str], frozenset[str]]:
    """Paths rendered by built-in templates that write black's form, and static files stored formatted (a file
    an overlay replaces is neither: it always goes through black)."""
    from generator.format.verify import is_canonical_template, is_formatted_static

    names = {f.template or f.source for f in plan.files}
    replaced = frozenset(n for n in names if overlay is not None and (overlay / n).is_file())
    trusted = frozenset(f.path for f in plan.files if not f.source and is_canonical_template(f.template, replaced))
    static = frozenset(f.path for f in plan.files if f.source and is_formatted_static(f.source, replaced))
    return trusted, static
