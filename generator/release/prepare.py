"""Decide each target's next release and render it in memory: version, changelog, files, manifest.

Nothing here writes. The steps for one target:

1. build the IR from the new spec with the target's options;
2. read the previous manifest; none means a first release (the configured start version, default 1.0.0);
3. diff the spec the current output was generated from (its copy in ``.pfgen/``) against the new one, on the
   wire and on the generated SDK's surface, both sides built with the target's options;
4. render at the *previous* version: if every generated file except the changelog is byte-identical to what the
   manifest records, nothing changed and the version stays (a second identical run is a no-op);
5. otherwise bump: breaking (wire or SDK) -> major, additions -> minor, anything else that changes the output
   (documentation, templates, a new pfgen, configuration) -> patch; ``--version`` overrides; then render at the
   new version with the changelog section on top of the previous ones.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from generator import reuse
from generator.codegen.template_set import template_set_sha256
from generator.config import TargetConfig, resolve_target_defaults
from generator.diff.surface import Surface, sdk_surface
from generator.diff.surface_file import SURFACE_PATH, dump_surface_lines, load_surface
from generator.digests import sha256_hex
from generator.errors import Diagnostic, GeneratorError, Location, UsageError
from generator.ir.model import HTTP_METHODS, ApiSpec
from generator.pipeline import (
    GENERATOR_VERSION,
    LoadedSpec,
    Timings,
    load_spec,
    settle,
)
from generator.pipeline.target import build_api, render_target
from generator.release.changelog import (
    CHANGELOG_PATH,
    HEADER,
    ChangeCounts,
    count_changes,
    initial_section,
    merge_changelog,
    release_section,
)
from generator.release.options import ReleaseOptions
from generator.release.spec import (
    STORED_SPEC_NAMES,
    SpecInput,
    keep_resolved_data,
    kept_resolved_data,
    read_stored_spec,
    stored_spec_file,
)
from generator.release.stamp import file_sha, input_key
from generator.release.version import Bump, SemVer, bump_version, max_bump, parse_version
from generator.render.model import RenderedFile
from generator.validate.background import run_forked
from generator.write import MANIFEST_NAME, Manifest, ManifestInfo, read_manifest
from generator.write.ignore import load_ignore

if TYPE_CHECKING:  # the differ is imported only when there is a previous release to compare with
    from generator.diff.model import SpecDiff
    from generator.resolve.model import ResolvedSpec

# Documents from this size up are diffed in a forked child while the new side builds (``run_forked``).
FORK_DIFF_CHARS = 1_000_000

ReleaseKind = Literal["initial", "major", "minor", "patch", "none"]


@dataclass(frozen=True, slots=True)
class TargetRelease:
    """One target's next state, fully rendered; ``files`` and ``manifest`` go straight to ``pipeline.write_target``."""

    target: TargetConfig  # with the API-derived defaults filled in
    output: Path
    files: tuple[RenderedFile, ...]
    manifest: ManifestInfo
    previous_version: str | None  # None: first generation
    version: str
    kind: ReleaseKind  # what the changes call for (``none``: nothing changed)
    overridden: bool  # the version came from ``--version``
    diff: SpecDiff | None  # None on a first release, or when the previous spec could not be read
    counts: ChangeCounts
    changelog_entry: str  # the new CHANGELOG.md section; "" when there is no new release
    diagnostics: tuple[Diagnostic, ...]
    changelog_edited: bool = False  # CHANGELOG.md differs from what the manifest says pfgen wrote
    stamp_key: str | None = None  # hash of every input of this output (``stamp``); None: not stampable

    @property
    def new_release(self) -> bool:
        return bool(self.changelog_entry)


@dataclass(frozen=True, slots=True)
class Release:
    """Every target of a run prepared in memory, ready to write or check, with the spec's diagnostics."""

    targets: tuple[TargetRelease, ...]
    diagnostics: tuple[Diagnostic, ...]  # from loading and validating the spec (once, however many targets)
    timings: Timings = field(default_factory=Timings)
    documents: tuple[str, ...] = ()  # the other files the spec references (their content is an input too)
    later: LaterFindings | None = None  # a lenient validation still running (``prepare_release(defer=True)``)


@dataclass(frozen=True)
class LaterFindings:
    """The validation of a lenient release, still running when its files may be written: its findings can only
    be warnings, and nothing written depends on them. Calling it waits and returns the findings not already in
    the release's diagnostics; ``ready`` tells whether that would wait (at most ``timeout``); ``cancel`` stops it
    when a newer document makes the findings moot."""

    loads: tuple[LoadedSpec, ...]
    shown: tuple[Diagnostic, ...]

    def ready(self, timeout: float = 0.0) -> bool:
        return all(loaded.validation is None or loaded.validation.ready(timeout) for loaded in self.loads)

    def cancel(self) -> None:
        for loaded in self.loads:
            if loaded.validation is not None:
                loaded.validation.cancel()

    def __call__(self) -> tuple[Diagnostic, ...]:
        found: list[Diagnostic] = []
        for loaded in self.loads:
            found.extend(d for d in settle(loaded).diagnostics if d not in self.shown and d not in found)
        return tuple(found)


_DEFAULT_OPTIONS = ReleaseOptions()


def prepare_release(
    spec: SpecInput,
    targets: Sequence[TargetConfig],
    options: ReleaseOptions = _DEFAULT_OPTIONS,
    timings: Timings | None = None,
    *,
    defer: bool = False,
) -> Release:
    """Render every target's next release in memory (nothing is written; errors are raised before any write).

    With ``defer``, a lenient release does not wait for its validation, whose verdict cannot stop it: the
    findings come from ``Release.later`` (``pfgen watch`` writes first and prints them when they arrive)."""
    timings = timings or Timings()
    template_set_sha256.cache_clear()  # a template edited since the last call in this process must count
    if options.version is not None:
        parse_version(options.version, what="--version", hint="pass --version MAJOR.MINOR.PATCH, e.g. 2.0.0")
    from generator.validate.background import prestart, release_prestarted

    prestart()  # the validator gets ready in a child while the document loads (see validate.background)
    loads: dict[tuple[Path, ...], LoadedSpec] = {}
    analyses: list[_Analysis] = []
    try:
        for target in targets:
            loaded = loads.get(target.overlays)
            if loaded is None:
                # Validation runs beside building and rendering; its verdict is awaited below, before
                # anything can be written.
                loaded = load_spec(spec.doc, replace(options.spec, overlays=target.overlays), timings,
                                   background=True)
                loads[target.overlays] = loaded
            resolved_target = resolve_target_defaults(target, api_title=_title(loaded))
            analyses.append(_analyse(spec, loaded, resolved_target, options, timings))
        _in_step(analyses)
        finished = tuple(_finish(a) for a in analyses)
    except BaseException:
        # An invalid document explains a failure to build or render it better than the failure itself.
        for loaded in loads.values():
            settle(loaded)
        raise
    finally:
        release_prestarted()  # not used (an invalid or cached document): let it go
    defer = defer and options.spec.lenient and any(loaded.pending is not None for loaded in loads.values())
    diagnostics: list[Diagnostic] = []
    for loaded in loads.values():
        known = loaded if defer else settle(loaded, timings)
        diagnostics.extend(d for d in known.diagnostics if d not in diagnostics)
    later = LaterFindings(tuple(loads.values()), tuple(diagnostics)) if defer else None
    documents = {d.uri for loaded in loads.values() for d in loaded.resolved.documents[1:]}
    keyed = tuple(replace(t, stamp_key=input_key(spec, target, options)) for t, target in zip(finished, targets))
    return Release(keyed, tuple(diagnostics), timings, tuple(sorted(documents)), later)


def _title(loaded: LoadedSpec) -> str:
    info = loaded.resolved.data.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    return title if isinstance(title, str) else ""


# The previous release's side of a diff: wire changes, the SDK surface it recorded (its record's bytes, read
# once the new surface is known: ``_with_surface``), notes on what is missing.
_PreviousSide = tuple["SpecDiff | None", "Surface | bytes | None", tuple[Diagnostic, ...]]


class _Probe:
    """The previous version's output, rendered on first use only."""

    def __init__(self, render: Callable[[], tuple[RenderedFile, ...]]) -> None:
        self._render: Callable[[], tuple[RenderedFile, ...]] | None = render
        self._files: tuple[RenderedFile, ...] = ()

    def __call__(self) -> tuple[RenderedFile, ...]:
        if self._render is not None:
            self._files, self._render = self._render(), None
        return self._files


@dataclass(slots=True)
class _Analysis:
    """One target, analysed: what changed and the version it calls for; ``finish`` renders it."""

    target: TargetConfig
    output: Path
    api: ApiSpec
    notes: tuple[Diagnostic, ...]
    render: Callable[[str, str], tuple[RenderedFile, ...]]
    info: Callable[[str], ManifestInfo]
    previous: Manifest | None
    kind: ReleaseKind
    version: str  # the proposed version (changed by ``in_step``)
    overridden: bool
    diff: SpecDiff | None = None
    probe: _Probe | None = None  # the output rendered at the previous version (not on a first release)
    current_changelog: str | None = None
    changelog_edited: bool = False

    @property
    def previous_version(self) -> str | None:
        return self.previous.info.package_version if self.previous is not None else None

    @property
    def releasing(self) -> bool:
        return self.kind != "none" or self.version != self.previous_version


def _analyse(
    spec: SpecInput, loaded: LoadedSpec, target: TargetConfig, options: ReleaseOptions, timings: Timings
) -> _Analysis:
    assert target.output is not None  # resolve_target_defaults always sets it
    output = target.output
    previous = read_manifest(output)
    # The previous release's side of the diff (loading its stored spec, the wire diff) needs nothing from this
    # build: for a large document it runs in a forked child meanwhile. Forking pays for loading and diffing a
    # large document, not for less (a fork costs tens of ms), nor when a watch still holds the old spec.
    earlier: Callable[[], _PreviousSide] | None = None
    if previous is not None:
        last = _kept_from_last_run(output, previous, target, options)
        work = functools.partial(_previous_side, output, previous, loaded, target, options, last)
        if last is None and len(loaded.resolved.root.text) >= FORK_DIFF_CHARS:
            earlier = run_forked(work)
        else:
            with timings.stage("diff"):
                earlier = _now(work)
    api, build_notes = build_api(loaded, target, timings)
    spec_file = stored_spec_file(loaded, spec)
    template_sha = template_set_sha256(target.templates)
    overridden = options.version is not None

    def info(version: str) -> ManifestInfo:
        return ManifestInfo(
            generator_version=GENERATOR_VERSION,
            spec_sha256=sha256_hex(spec_file.data()),
            config_sha256=options.config_sha256,
            template_sha256=template_sha,
            package_version=version,
            api_version=api.api_version,
            package_name=target.package_name or "",
        )

    _keep_for_next_diff(spec_file, loaded, target, options)
    surface = sdk_surface(api)
    surface_data, surface_lines = _dumped_surface(surface)
    surface_file = RenderedFile(SURFACE_PATH, surface_data, "binary")

    def render(version: str, changelog: str) -> tuple[RenderedFile, ...]:
        rendered = render_target(loaded, target, version=version, api=api, cache_dir=options.cache_dir,
                                 timings=timings)
        ours = {spec_file.path, CHANGELOG_PATH, SURFACE_PATH}
        files = [f for f in rendered.files if f.path not in ours]
        files += [spec_file, surface_file, RenderedFile(CHANGELOG_PATH, changelog, "text")]
        return tuple(sorted(files, key=lambda f: f.path))

    if previous is None or earlier is None:
        version = options.version or target.version
        _check_start_version(version, target, overridden=overridden)
        return _Analysis(target, output, api, build_notes, render, info, None, "initial", version, overridden)

    notes: list[Diagnostic] = list(build_notes)
    previous_version = previous.info.package_version
    ignored = load_ignore(output) if output.is_dir() else _never
    current_changelog, changelog_edited = _current_changelog(output, previous, ignored)
    with timings.stage("diff"):
        rebuild = functools.partial(_rebuilt_surface, output, previous, target, options)
        diff = _with_surface(earlier(), surface, surface_lines, notes, rebuild)

    probe_changelog = current_changelog if current_changelog is not None else _lost_changelog(previous_version)
    probe = _Probe(lambda: render(previous_version, probe_changelog))
    kind: Bump = "none"
    # A changed spec changes the stored copy of it, so the output differs whatever the templates make of the
    # change: no need to render the previous version to find out (that render costs as much as the real one).
    spec_changed = not ignored(spec_file.path) and previous.files.get(spec_file.path) != sha256_hex(spec_file.data())
    if spec_changed or _fingerprint(probe(), ignored) != _fingerprint_manifest(previous, ignored):
        kind = max_bump(diff.bump if diff is not None else "patch", "patch")
    if options.version is not None:
        version = options.version
        _check_newer(version, previous_version, output)
    else:
        version = str(bump_version(_previous_semver(previous_version, output), kind))
    return _Analysis(target, output, api, tuple(notes), render, info, previous, kind, version, overridden, diff,
                     probe, current_changelog, changelog_edited)


def _in_step(analyses: Sequence[_Analysis]) -> None:
    """A server stub is released in step with the clients generated beside it from the same document.

    Stub targets take the highest version among themselves and the releasing client targets; client targets keep
    their own version lines (an internal subset client may start at 0.1.0 while the public one is at 2.3.0).
    Targets with nothing to release are left alone.
    """
    releasing = [a for a in analyses if a.releasing]
    stubs = [a for a in releasing if a.target.kind == "python-stub"]
    if not stubs:
        return
    top = max((a.version for a in releasing), key=lambda v: parse_version(v).precedence())
    for analysis in stubs:
        analysis.version = top


def _finish(a: _Analysis) -> TargetRelease:
    kind: ReleaseKind = a.kind
    if a.previous is None:
        entry = initial_section(a.version, a.api.title, a.api.api_version)
        files = a.render(a.version, merge_changelog(None, entry, a.version))
    elif not a.releasing:
        assert a.probe is not None
        entry, files, kind = "", a.probe(), "none"
    else:
        reasons = _reasons(a.previous.info, a.info(a.version), a.diff, overridden=a.overridden)
        entry = release_section(a.diff, version=a.version, api_version=a.api.api_version, reasons=reasons)
        changelog = merge_changelog(a.current_changelog, entry, a.version)
        if a.version == a.previous_version and a.probe is not None:  # only the changelog differs from the probe
            files = tuple(f if f.path != CHANGELOG_PATH else RenderedFile(CHANGELOG_PATH, changelog, "text")
                          for f in a.probe())
        else:
            files = a.render(a.version, changelog)
    return TargetRelease(
        target=a.target,
        output=a.output,
        files=files,
        manifest=a.info(a.version),
        previous_version=a.previous_version,
        version=a.version,
        kind=kind,
        overridden=a.overridden,
        diff=a.diff,
        counts=count_changes(a.diff),
        changelog_entry=entry,
        diagnostics=a.notes,
        changelog_edited=a.changelog_edited,
    )


def _never(path: str) -> bool:
    return False


def _check_start_version(version: str, target: TargetConfig, *, overridden: bool) -> None:
    if overridden:
        return  # checked up front
    location = Location(str(target.source) if target.source else "")
    for pointer, line in target.lines:
        if pointer.endswith("/version"):
            location = Location(str(target.source), line, None, pointer)
    parse_version(version, location=location, what="the configured start version",
                  hint='set `version` to MAJOR.MINOR.PATCH in the target, e.g. version = "1.0.0"')


def _previous_semver(text: str, output: Path) -> SemVer:
    return parse_version(
        text,
        location=Location(str(output / MANIFEST_NAME)),
        what="the previous package version",
        hint="pass --version MAJOR.MINOR.PATCH to choose the next version",
    )


def _check_newer(version: str, previous: str, output: Path) -> None:
    try:
        old = parse_version(previous)
    except GeneratorError:
        return  # the previous version is not semver: anything goes
    if parse_version(version).precedence() < old.precedence():
        raise UsageError(
            "version-not-newer",
            f"--version {version} is lower than the current version {previous} of {output}",
            Location(str(output / MANIFEST_NAME)),
            f"pass a version of at least {previous}",
        )


def _current_changelog(output: Path, previous: Manifest, ignored: Callable[[str], bool]) -> tuple[str | None, bool]:
    """The CHANGELOG.md on disk (its earlier sections are kept), and whether it was edited since pfgen wrote it."""
    path = output / CHANGELOG_PATH
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None, False
    text = data.decode("utf-8", errors="replace")
    recorded = previous.files.get(CHANGELOG_PATH)
    edited = recorded is not None and recorded != sha256_hex(data) and not ignored(CHANGELOG_PATH)
    return text, edited


def _lost_changelog(version: str) -> str:
    """What CHANGELOG.md says when it had gone missing: its earlier sections cannot be recovered."""
    section = f"## {version}\n\nEarlier entries were lost: CHANGELOG.md was missing when pfgen last ran.\n"
    return merge_changelog(None, section, version) if version else HEADER


# Files that do not decide whether there is a release: the changelog (written by the release itself) and the
# surface record (derived from the API, which the generated code shows anyway; a new record format alone is
# bookkeeping, written without a new version).
_NOT_RELEASED = frozenset({CHANGELOG_PATH, SURFACE_PATH})


def _fingerprint(files: Sequence[RenderedFile], ignored: Callable[[str], bool]) -> dict[str, str]:
    return {f.path: sha256_hex(f.data()) for f in files if f.path not in _NOT_RELEASED and not ignored(f.path)}


def _fingerprint_manifest(previous: Manifest, ignored: Callable[[str], bool]) -> dict[str, str]:
    return {p: h for p, h in previous.files.items() if p not in _NOT_RELEASED and not ignored(p)}


def _previous_side(
    output: Path, previous: Manifest, loaded: LoadedSpec, target: TargetConfig, options: ReleaseOptions,
    last: ResolvedSpec | None = None,
) -> _PreviousSide:
    """The old spec (the copy in the output; ``last`` when a ``reuse`` session still holds it) vs the new one on
    the wire, and the SDK surface the previous release recorded (rebuilt from the old spec when there is no
    record), with any notes on why either is missing. Picklable, for ``run_forked``.

    With a surface record the old spec's resolved data is all the diff needs: a one-shot run takes it from the
    cache, where the run that stored the copy kept it (``release.spec.keep_resolved_data``), instead of loading
    the copy again."""
    old_surface = _stored_surface(output, previous)
    old_loaded = LoadedSpec(last, ()) if last is not None else None
    old_data = old_loaded.resolved.data if old_loaded is not None else None
    if old_data is None and old_surface is not None:
        key = _stored_copy_key(output, previous, target, options)
        old_data = kept_resolved_data(output, key) if key is not None else None
    if old_data is None:
        old_loaded, found = _stored_copy(output, previous, target, options)
        if old_loaded is None:
            return None, None, found
        old_data = old_loaded.resolved.data
    from generator.diff.engine import diff_data

    wire = _subset(diff_data(old_data, loaded.resolved.data), old_data, loaded, target)
    if old_surface is None:  # an output from before surface records, or a damaged one: rebuild it
        assert old_loaded is not None  # (the kept data is used only with a record)
        rebuilt, found = _surface_of(old_loaded, target)
        return wire, rebuilt, found
    return wire, old_surface, ()


def _stored_copy(output: Path, previous: Manifest, target: TargetConfig,
                 options: ReleaseOptions) -> tuple[LoadedSpec | None, tuple[Diagnostic, ...]]:
    """The spec the current output was generated from, loaded from its copy in the output, or why it cannot be."""
    where = Location(str(output))
    try:
        old_input = read_stored_spec(output, previous.files)
    except GeneratorError as exc:
        old_input = None
        where = exc.location
    if old_input is None:
        return None, (Diagnostic(
            "warning", "release-previous-spec-missing",
            "the spec the current output was generated from is not in the output (.pfgen/spec.*), so API"
            " changes cannot be classified; releasing as a patch",
            where, "pass --version to choose the version yourself",
        ),)
    # It was accepted when it was generated; the target's overlays apply to both sides alike.
    old_options = replace(options.spec, lenient=True, validate=False, overlays=target.overlays)
    try:
        return load_spec(old_input.doc, old_options), ()
    except GeneratorError as exc:
        return None, (Diagnostic(
            "warning", "release-previous-spec-unreadable",
            f"the previous spec cannot be loaded ({exc.message}), so API changes cannot be classified;"
            " releasing as a patch", exc.location, "pass --version to choose the version yourself",
        ),)


def _surface_of(old_loaded: LoadedSpec, target: TargetConfig) -> tuple[Surface | None, tuple[Diagnostic, ...]]:
    """The SDK surface of the previous spec, built again."""
    try:
        old_api, _ = build_api(old_loaded, target)
    except GeneratorError as exc:
        return None, (Diagnostic(
            "warning", "diff-sdk-skipped", f"the SDK surface was not compared: {exc.message}", exc.location,
            exc.hint,
        ),)
    return sdk_surface(old_api), ()


def _rebuilt_surface(output: Path, previous: Manifest, target: TargetConfig,
                     options: ReleaseOptions) -> tuple[Surface | None, tuple[Diagnostic, ...]]:
    """The previous surface when its record turns out to be damaged: from the spec copy, as without a record."""
    old_loaded, found = _stored_copy(output, previous, target, options)
    return _surface_of(old_loaded, target) if old_loaded is not None else (None, found)


def _subset(wire: SpecDiff, old_data: dict[str, Any], loaded: LoadedSpec, target: TargetConfig) -> SpecDiff:
    """A subset client changes only with what it keeps."""
    if not target.has_filters:
        return wire
    kept = _selected_endpoints(old_data, target) | _selected_endpoints(loaded.resolved.data, target)
    return wire.with_changes([c for c in wire.changes if not c.operation or c.operation in kept])


def _stored_copy_key(output: Path, previous: Manifest, target: TargetConfig,
                     options: ReleaseOptions) -> tuple[object, ...] | None:
    """``_kept_key`` of the spec copy the previous release left in ``output`` (read, not parsed), or None."""
    name = next((n for n in STORED_SPEC_NAMES if n in previous.files), None)
    if name is None:
        return None
    try:
        return _kept_key((output / name).read_bytes(), target, options)
    except OSError:
        return None


def _now(work: Callable[[], _PreviousSide]) -> Callable[[], _PreviousSide]:
    result = work()
    return lambda: result


# A ``reuse`` session (``pfgen watch``) keeps each output's last loaded spec: the next run's diff compares with
# the spec stored in the output, which is that same document whenever the last run wrote it.
_KEPT = "release.previous-spec"


def _kept_key(stored: bytes, target: TargetConfig, options: ReleaseOptions) -> tuple[object, ...]:
    overlays = tuple((str(p), file_sha(Path(p))) for p in target.overlays)
    return sha256_hex(stored), overlays, options.spec.allow_remote_refs, options.spec.allow_outside_refs


def _keep_for_next_diff(spec_file: RenderedFile, loaded: LoadedSpec, target: TargetConfig,
                        options: ReleaseOptions) -> None:
    """Remember this run's resolved spec under the bytes it stores in the output: in a ``reuse`` session the
    object, else its data in pfgen's cache (``release.spec.keep_resolved_data``). Only a one-file spec: the copy
    of a multi-file one is its bundled form, which reads back differently. (A resolve that succeeded without
    ``lenient`` is what a lenient one gives: ``lenient`` only decides whether broken refs stop it.)"""
    if target.output is None or len(loaded.resolved.documents) != 1:
        return
    key = _kept_key(spec_file.data(), target, options)
    store = reuse.slot(_KEPT)
    if store is not None:
        store[str(target.output)] = (key, loaded.resolved)
    else:  # a one-shot run: the next one reads the data back instead of loading the copy
        keep_resolved_data(target.output, key, loaded.resolved.data)


def _kept_from_last_run(output: Path, previous: Manifest, target: TargetConfig,
                        options: ReleaseOptions) -> ResolvedSpec | None:
    """The resolved spec the last run of this session stored in ``output``, if the copy there still holds
    exactly those bytes (read, not parsed)."""
    store = reuse.slot(_KEPT)
    kept = store.get(str(output)) if store is not None else None
    if kept is None or kept[0] != _stored_copy_key(output, previous, target, options):
        return None
    resolved: ResolvedSpec = kept[1]
    return resolved


def _with_surface(earlier: _PreviousSide, surface: Surface, lines: Mapping[str, Any], notes: list[Diagnostic],
                  rebuild: Callable[[], tuple[Surface | None, tuple[Diagnostic, ...]]]) -> SpecDiff | None:
    """The wire diff plus the SDK surface's changes (when both sides' surfaces are known). The previous record is
    read now, taking each line the new record (``lines``) has too as what it stands there for."""
    from generator.diff.surface import diff_surfaces

    wire, old_surface, found = earlier
    notes.extend(found)
    if isinstance(old_surface, bytes):
        try:
            old_surface = load_surface(old_surface, lines)
        except ValueError:  # damaged: as without a record
            old_surface, found = rebuild()
            notes.extend(found)
    if wire is None or old_surface is None:
        return wire
    return wire.with_changes([*wire.changes, *diff_surfaces(old_surface, surface)])


def _stored_surface(output: Path, previous: Manifest) -> Surface | bytes | None:
    """The surface the previous release recorded, if its record is there and untouched: its bytes, or, in a
    ``reuse`` session, the surface this process dumped to those very bytes."""
    recorded = previous.files.get(SURFACE_PATH)
    if recorded is None:
        return None
    try:
        data = (output / SURFACE_PATH).read_bytes()
    except OSError:
        return None
    if sha256_hex(data) != recorded:
        return None
    store = reuse.slot(_SURFACES)
    kept = store.get(recorded) if store is not None else None
    return kept if isinstance(kept, Surface) else data


_SURFACES = "release.surfaces"   # sha256 of a dumped surface record -> the surface (``reuse`` sessions only)


def _dumped_surface(surface: Surface) -> tuple[bytes, dict[str, Any]]:
    data, lines = dump_surface_lines(surface)
    store = reuse.slot(_SURFACES)
    if store is not None:
        while len(store) >= 8:  # one per target is all a next run can ask for
            del store[next(iter(store))]
        store[sha256_hex(data)] = surface
    return data, lines


def _selected_endpoints(data: object, target: TargetConfig) -> set[str]:
    """``"GET /path"`` of every operation of a document that the target's filters keep."""
    from generator.builder.opnames import operation_id_of
    from generator.config import operation_selected

    out: set[str] = set()
    paths = data.get("paths") if isinstance(data, dict) else None
    for path, item in (paths or {}).items() if isinstance(paths, dict) else ():
        for method, op in (item or {}).items() if isinstance(item, dict) else ():
            if not isinstance(op, dict) or method not in HTTP_METHODS:
                continue
            tags = [t for t in op.get("tags") or () if isinstance(t, str)]
            if operation_selected(target, operation_id=operation_id_of(op, method, path), tags=tags, path=path):
                out.add(f"{method.upper()} {path}")
    return out




def _reasons(old: ManifestInfo, new: ManifestInfo, diff: SpecDiff | None, *, overridden: bool) -> list[str]:
    """Why a release without API changes happened, for its changelog section."""
    reasons: list[str] = []
    if old.generator_version != new.generator_version:
        was = f" (was {old.generator_version})" if old.generator_version else ""
        reasons.append(f"Regenerated with pfgen {new.generator_version}{was}.")
    if old.template_sha256 != new.template_sha256:
        reasons.append("The code templates changed.")
    if old.config_sha256 != new.config_sha256:
        reasons.append("The generator configuration changed.")
    if old.spec_sha256 != new.spec_sha256 and diff is not None and not diff.changes:
        reasons.append("The API document changed without changing the API.")
    if overridden:
        reasons.append("Version set with --version.")
    if not reasons:
        reasons.append("The generated code changed.")
    return reasons
