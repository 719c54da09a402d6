"""Render planned files through Jinja (or copy static ones verbatim)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import jinja2

from generator import reuse
from generator.errors import InputError, Location
from generator.plan.memo import PlanMemo
from generator.plan.model import PlannedFile
from generator.render.model import FileKind, RenderedFile


def _kind(path: str) -> FileKind:
    if path.endswith((".py", ".pyi")):
        return "python"
    if path.endswith((".typed", ".md", ".toml", ".txt", ".json", ".yaml", ".yml", ".cfg", ".html", ".ini")):
        return "text"
    return "text"


def render_files(
    files: Iterable[PlannedFile], env: jinja2.Environment, templates_sha256: str | None = None,
    memo: PlanMemo | None = None,
) -> tuple[RenderedFile, ...]:
    """Every planned file's text. In a ``reuse`` session, with ``templates_sha256`` (the fingerprint of the
    template set ``env`` loads), a view that is the very object rendered last time (``plan`` keeps unchanged
    views) with the same template keeps its text: a template sees nothing but its view. With a ``memo`` (of a
    one-shot run, for the same template set), a view equal to one the last run rendered with the same template
    takes that run's text."""
    out: list[RenderedFile] = []
    loader = env.loader
    store = reuse.slot("render") if templates_sha256 is not None else None
    kept: dict[tuple[str, int], tuple[object, str]] = {}
    if store is not None:
        kept = store.get("kept", {}) if store.get("templates") == templates_sha256 else {}
        store["templates"], store["kept"] = templates_sha256, (fresh := {})
    for planned in files:
        if planned.source:
            out.append(RenderedFile(planned.path, _read_static(loader, planned.source), _kind(planned.path)))
            continue
        if planned.text is not None:  # rendered by an earlier run from the same inputs (``plan.memo``)
            out.append(RenderedFile(planned.path, planned.text, _kind(planned.path)))
            continue
        key = (planned.template, id(planned.view))
        hit = kept.get(key)
        if hit is not None and hit[0] is planned.view:
            out.append(RenderedFile(planned.path, hit[1], _kind(planned.path)))
            if store is not None:
                fresh[key] = hit
            continue
        memo_key = None
        if memo is not None and not planned.memo:  # (a model module ``planned.memo`` names is kept by name)
            remembered, memo_key = memo.view_text(planned.template, planned.view)
            if remembered is not None:
                out.append(RenderedFile(planned.path, remembered, _kind(planned.path)))
                continue
        try:
            template = env.get_template(planned.template)
            text = template.render(view=planned.view)
        except jinja2.TemplateSyntaxError as exc:
            raise InputError(
                "template-syntax",
                f"template syntax error: {exc.message}",
                Location(file=exc.filename or planned.template, line=exc.lineno),
                hint="fix the template",
            ) from exc
        except jinja2.UndefinedError as exc:
            raise InputError(
                "template-error",
                f"template {planned.template} used something its view does not have: {exc.message}",
                Location(file=_template_file(env, planned.template), line=_template_line(exc, planned.template)),
                hint="templates receive `view` only; see `pfgen templates show` for what each view holds",
            ) from exc
        except jinja2.TemplateNotFound as exc:
            raise InputError(
                "template-missing", f"template {exc.name} was not found", hint="reinstall pfgen or fix the overlay"
            ) from exc
        out.append(RenderedFile(planned.path, text, _kind(planned.path)))
        if memo_key is not None and memo is not None:
            memo.rendered(memo_key, text)
        if store is not None:
            fresh[key] = (planned.view, text)
    return tuple(out)


def _read_static(loader: jinja2.BaseLoader | None, source: str) -> str:
    if isinstance(loader, jinja2.FileSystemLoader):
        for root in loader.searchpath:
            candidate = Path(root) / source
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8")
    raise InputError("template-missing", f"static file {source} was not found", hint="reinstall pfgen")


def _template_file(env: jinja2.Environment, name: str) -> str:
    loader = env.loader
    if isinstance(loader, jinja2.FileSystemLoader):
        for root in loader.searchpath:
            candidate = Path(root) / name
            if candidate.is_file():
                return str(candidate)
    return name


def _template_line(exc: BaseException, name: str) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(name):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
