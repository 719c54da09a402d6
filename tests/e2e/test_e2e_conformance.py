"""End-to-end conformance of generated clients, judged by an oracle that does not use pfgen's IR.

For every shared real document (``specs/*`` and ``specs/releases/*``), the Pocketsflow document and the golden
specs, a client is generated once (module fixture), every module of its package is imported, and every operation
is called through a ``MockTransport``: sync and async, with only the required arguments and with every optional
one. Each request is checked by ``tests.e2e.oracle.Oracle`` against the loaded document; the mock answers with
the operation's success status and its response example when that example is valid (``{}`` / an empty body
otherwise, no body for 204), so a valid example the client cannot parse is a client bug.

``test_requests_conform`` is strict: any violation, client exception or parse failure of a valid example fails
it; the message (and stdout under ``-s``) gives the conformance rate per document and the causes, grouped.
``test_generated_client_lints_and_typechecks`` runs ``ruff check`` (the generated project's own configuration)
and ``mypy --strict`` on every module of the generated package (``bench/mypy_full.py`` times the same check).

Set ``PFGEN_CONFORMANCE_JSON=<folder>`` to also write one JSON summary per document there.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.ir.model import ApiSpec, Operation
from generator.ir.names import parameter_name
from generator.pipeline import SpecOptions, load_spec
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS, ROOT
from tests.e2e.callargs import CallArgs, call_args, invoke
from tests.e2e.oracle import OpRef, Oracle, ResponseExample, response_example
from tests.genhelp import Generated, generate_into, imported

TOKEN = "tok_conformance"
BASIC = ("conformance-user", "conformance-password")
FALLBACK_BASE_URL = "https://api.conformance.test"


def _documents() -> list[Path]:
    shared = sorted(
        p
        for folder in (REAL_SPECS, REAL_SPECS / "releases")
        for p in folder.glob("*.*")
        if p.suffix in (".json", ".yaml", ".yml")
    )
    golden = sorted(p for p in (ROOT / "tests" / "golden").glob("*/spec.*") if p.suffix in (".json", ".yaml", ".yml"))
    return [*shared, POCKETSFLOW_SPEC, *golden]


DOCUMENTS = _documents()
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _doc_id(path: Path) -> str:
    if path.parent in (REAL_SPECS, REAL_SPECS / "releases"):
        return path.name
    return f"{path.parent.name}-{path.name}"   # pocketsflow-docs.json, features-spec.yaml, constructs-spec.yaml


def _package(path: Path) -> str:
    return "conf_" + re.sub(r"\W+", "_", _doc_id(path).rsplit(".", 1)[0]).strip("_").lower()


@dataclass
class Case:
    spec: Path
    gen: Generated
    doc: dict[str, Any]
    family: str
    gen_seconds: float

    @property
    def name(self) -> str:
        return _doc_id(self.spec)


@pytest.fixture(scope="module", params=DOCUMENTS, ids=_doc_id)
def case(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Case:
    spec: Path = request.param
    start = time.perf_counter()
    gen = generate_into(spec, tmp_path_factory.mktemp(_package(spec)) / "out", package=_package(spec))
    seconds = time.perf_counter() - start
    resolved = load_spec(str(spec), SpecOptions(lenient=True)).resolved
    assert str(resolved.data.get("openapi", "")).startswith("3."), "the oracle reads OpenAPI 3.x shaped data"
    return Case(spec, gen, resolved.data, resolved.family, seconds)


# ====================================================================================================================
# Calling every operation


@dataclass
class Call:
    op: OpRef
    mode: str                              # "sync" | "async"
    optional: bool
    requests: list[httpx.Request] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    error: BaseException | None = None
    served: ResponseExample | None = None

    @property
    def where(self) -> str:
        return f"{self.op.label} ({self.mode}, {'all' if self.optional else 'required'} args)"

    @property
    def before_send(self) -> bool:
        return self.error is not None and not self.requests

    @property
    def parse_failure(self) -> bool:
        """The client rejected a response that is right: a valid example, or an empty body where none is declared."""
        if self.error is None or not self.requests or self.served is None:
            return False
        return (self.served.found and self.served.valid) or not self.served.is_json

    @property
    def conforming(self) -> bool:
        return bool(self.requests) and not self.before_send and not self.violations


class Recorder:
    """The MockTransport handler: records requests, answers with the current operation's success response."""

    def __init__(self, examples: dict[OpRef, ResponseExample | None]) -> None:
        self.examples = examples
        self.call: Call | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert self.call is not None
        self.call.requests.append(request)
        served = self.examples.get(self.call.op)
        self.call.served = served
        if served is None:
            return httpx.Response(200)
        if served.status in (204, 205, 304) or served.media_type is None:
            return httpx.Response(served.status)
        if not served.is_json:
            return httpx.Response(served.status, content=b"", headers={"content-type": served.media_type})
        body = served.example if served.found and served.valid else {}
        return httpx.Response(
            served.status, content=json.dumps(body).encode(), headers={"content-type": served.media_type}
        )


def _client_classes(pkg: ModuleType) -> tuple[type[Any], type[Any]]:
    runtime = importlib.import_module(f"{pkg.__name__}._runtime._client")
    module = importlib.import_module(f"{pkg.__name__}._client")
    sync = [c for c in vars(module).values() if inspect.isclass(c) and issubclass(c, runtime.SyncAPIClient)]
    async_ = [c for c in vars(module).values() if inspect.isclass(c) and issubclass(c, runtime.AsyncAPIClient)]
    sync = [c for c in sync if c is not runtime.SyncAPIClient]
    async_ = [c for c in async_ if c is not runtime.AsyncAPIClient]
    assert len(sync) == 1 and len(async_) == 1, f"client classes: {sync} {async_}"
    return sync[0], async_[0]


def _credentials(gen: Generated) -> dict[str, Any]:
    creds: dict[str, Any] = {}
    for s in gen.api.security_schemes:
        creds[s.key] = BASIC if s.type == "http" and s.scheme.lower() == "basic" else TOKEN
    return creds


def _import_all(pkg: ModuleType, root: Path) -> list[str]:
    failures = []
    for path in sorted((root / pkg.__name__).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - every failure is a finding
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
    return failures


def _opref(ca: CallArgs) -> OpRef:
    return OpRef(ca.operation.method.lower(), ca.operation.path)


def _body_field_names(api: ApiSpec, op: Operation) -> set[str]:
    """IR names of the fields of an operation's object body (``call_args`` flattens those into kwargs)."""
    schemas = {s.name: s for s in api.schemas}
    names: set[str] = set()
    for media in op.body.contents if op.body else ():
        t = media.type
        for _ in range(24):
            sch = schemas.get(t.name) if t.kind == "ref" else None
            if sch is None:
                break
            if sch.kind == "alias" and sch.target is not None:
                t = sch.target
                continue
            names |= {f.name for f in sch.fields} if sch.kind == "object" else set()
            break
    return names


def _renamed(api: ApiSpec, client: Any, ca: CallArgs, renames: Counter[str]) -> CallArgs:
    """``ca`` with keyword arguments renamed the way the rendered method names them.

    ``call_args`` keys flattened body fields by the IR's ``Field.name``; the renderer appends ``_`` when that name
    collides with one of the method's own parameters (``body``, ``options``). Those renames are counted (and
    reported as information), not failures: the request the client sends is what is judged.
    """
    op = ca.operation
    target = getattr(client, op.resource) if op.resource else client
    params = {
        n: p for n, p in inspect.signature(getattr(target, op.name)).parameters.items() if p.kind != p.VAR_KEYWORD
    }
    fields = _body_field_names(api, op)
    kwargs = {}
    for name, value in ca.kwargs.items():
        if name + "_" in params and name in fields and (name not in params or (op.body and name == op.body.name)):
            renames[f"{name}->{name}_"] += 1
            name += "_"
        kwargs[name] = value
    return replace(ca, kwargs=kwargs)


def _run_calls(case: Case, pkg: ModuleType, oracle: Oracle, renames: Counter[str]) -> list[Call]:
    api = case.gen.api
    examples = {ref: response_example(oracle, ref) for ref in oracle.operations}
    recorder = Recorder(examples)
    sync_cls, async_cls = _client_classes(pkg)
    kwargs: dict[str, Any] = {"api_key": TOKEN, "credentials": _credentials(case.gen), "max_retries": 0}
    if getattr(sync_cls, "_default_base_url", None) is None:
        kwargs["base_url"] = FALLBACK_BASE_URL
    plans = [
        (op, optional, call_args(api, op, include_optional=optional))
        for op in api.operations
        for optional in (False, True)
    ]
    calls: list[Call] = []

    def start(ca: CallArgs, mode: str, optional: bool) -> Call:
        call = Call(_opref(ca), mode, optional)
        recorder.call = call
        calls.append(call)
        return call

    client = sync_cls(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)
    for _, optional, ca in plans:
        call = start(ca, "sync", optional)
        try:
            result = invoke(client, _renamed(api, client, ca, renames))
            if result is not None and not call.requests and hasattr(result, "__next__"):
                next(iter(result), None)  # a lazy stream: the request goes out on first read
        except Exception as exc:  # noqa: BLE001 - every failure is a finding
            call.error = exc

    async def run_async() -> None:
        async with async_cls(http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), **kwargs) as ac:
            for _, optional, ca in plans:
                call = start(ca, "async", optional)
                try:
                    result = invoke(ac, _renamed(api, ac, ca, renames))
                    if inspect.isawaitable(result):
                        result = await result
                    if result is not None and not call.requests and hasattr(result, "__anext__"):
                        await result.__anext__()
                except StopAsyncIteration:
                    pass
                except Exception as exc:  # noqa: BLE001
                    call.error = exc

    asyncio.run(run_async())
    for call in calls:
        known = call.op in oracle.operations
        for req in call.requests:
            call.violations += oracle.check(req, call.op if known else None)
        if len(call.requests) > 1:
            call.violations.append(f"several-requests: {len(call.requests)} requests for one call")
    return calls


# ====================================================================================================================
# Reporting


def _signature(text: str) -> str:
    """A violation with its specifics blanked, so equal causes group together."""
    kind, _, detail = text.partition(": ")
    detail = re.sub(r"^(path|query|header|cookie) parameter '[^']*'(=.*?)?:", r"\1 parameter:", detail)
    detail = re.sub(r"^(form|multipart) field [^:=]+(=.*?)?:", r"\1 field:", detail)
    detail = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", detail)
    detail = re.sub(r"^[\w/.\-<>~]+: ", "", detail) if kind in ("invalid-json-body",) else detail
    detail = re.sub(r"\b\d+(\.\d+)?\b", "N", detail)
    detail = re.sub(r"\[.*\]", "[…]", detail)
    return f"{kind}: {detail}"


def _sent(req: httpx.Request) -> str:
    body = req.content.decode("utf-8", "replace")
    body = body if len(body) <= 220 else body[:217] + "..."
    ctype = req.headers.get("content-type", "")
    url = req.url.raw_path.decode("ascii", "replace")
    url = url if len(url) <= 200 else url[:197] + "..."
    return f"{req.method} {url}" + (f" [{ctype}] {body}" if body else "")


def _error_text(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}"


@dataclass
class Summary:
    document: str
    operations: int
    conforming: int
    conforming_sync: int
    conforming_async: int
    findings: dict[str, list[str]]   # group -> [count line, example]
    lines: list[str]


def _summarise(case: Case, calls: list[Call], import_failures: list[str], oracle: Oracle) -> Summary:
    ops = sorted({c.op for c in calls}, key=lambda r: r.label)
    by_op: dict[OpRef, list[Call]] = defaultdict(list)
    for c in calls:
        by_op[c.op].append(c)
    ok = sum(all(c.conforming for c in by_op[o]) for o in ops)
    ok_sync = sum(all(c.conforming for c in by_op[o] if c.mode == "sync") for o in ops)
    ok_async = sum(all(c.conforming for c in by_op[o] if c.mode == "async") for o in ops)

    groups: dict[str, list[tuple[Call, str]]] = defaultdict(list)
    for c in calls:
        if c.before_send:
            assert c.error is not None
            groups[f"client-exception {type(c.error).__name__}"].append((c, _error_text(c.error)))
        elif not c.requests:
            groups["no-request-sent"].append((c, f"returned without sending: {c.error!r}"))
        for v in dict.fromkeys(c.violations):
            groups[_signature(v)].append((c, v))
        if c.parse_failure:
            assert c.error is not None
            groups[f"response-parse-failure {type(c.error).__name__}"].append((c, _error_text(c.error)))
    for f in import_failures:
        groups["import-error"].append((Call(OpRef("-", "-"), "-", False), f))

    rate = f"{ok}/{len(ops)}"
    head = (
        f"{case.name} [{case.family}]: conforming operations {rate}"
        + ("" if ok_sync == ok_async == ok else f" (sync {ok_sync}/{len(ops)}, async {ok_async}/{len(ops)})")
        + f"; {len(calls)} calls"
    )
    lines = [head]
    findings: dict[str, list[str]] = {}
    for key, items in sorted(groups.items(), key=lambda kv: (-len({c.op for c, _ in kv[1]}), kv[0])):
        c, detail = items[0]
        n_ops = len({x.op for x, _ in items})
        modes = sorted({x.mode for x, _ in items})
        example = f"e.g. {c.where}: {detail}"
        if c.requests:
            example += f"\n        sent: {_sent(c.requests[0])}"
        lines.append(f"  - {key}  [{n_ops} ops, {len(items)} calls, {'/'.join(modes)}]\n      {example}")
        findings[key] = [f"{n_ops} ops, {len(items)} calls", example]
    invalid = sum(1 for c in calls if c.served is not None and c.served.found and not c.served.valid)
    valid = sum(1 for c in calls if c.served is not None and c.served.found and c.served.valid)
    placeholder = [c for c in calls if c.error is not None and c.requests and not c.parse_failure]
    notes = Counter(oracle.notes)
    info = f"  (info: {valid} calls served a valid example, {invalid} served {{}} for an invalid one"
    info += f"; {len(placeholder)} calls failed on a placeholder body; {len(notes)} oracle notes)"
    lines.append(info)
    for note, n in notes.most_common(3):
        lines.append(f"    oracle note x{n}: {note}")
    return Summary(case.name, len(ops), ok, ok_sync, ok_async, findings, lines)


def test_requests_conform(case: Case) -> None:
    start = time.perf_counter()
    oracle = Oracle(case.doc)
    with imported(case.gen) as pkg:
        import_failures = _import_all(pkg, case.gen.root)
        renames: Counter[str] = Counter()
        calls = _run_calls(case, pkg, oracle, renames)
    summary = _summarise(case, calls, import_failures, oracle)
    if renames:
        summary.lines.append(f"    renamed arguments (IR Field.name vs rendered): {dict(renames)}")
    summary.lines[0] += f"  [generate {case.gen_seconds:.1f}s, import+calls {time.perf_counter() - start:.1f}s]"
    report = "\n".join(summary.lines)
    print("\n" + report)
    out = os.environ.get("PFGEN_CONFORMANCE_JSON")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        (Path(out) / f"{case.name}.json").write_text(json.dumps(summary.__dict__, indent=1))
    assert not summary.findings, report


# ====================================================================================================================
# ruff and mypy


def mypy_targets(root: Path, package: str) -> list[Path]:
    """Every module of the package: even asana's 1,700 modules take mypy about 7 s cold, so nothing is sampled."""
    return sorted((root / package).rglob("*.py"))


def run_mypy(root: Path, files: list[Path], cache: Path) -> tuple[list[str], str]:
    """mypy --strict from the generated project's folder (its pyproject.toml configures mypy): error lines, output."""
    cmd = [
        sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--show-error-codes",
        "--no-pretty", "--no-color-output", "--cache-dir", str(cache),
        *(str(f.relative_to(root)) for f in files),
    ]
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False, timeout=1800)
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not errors):
        errors.append(f"mypy crashed (exit {proc.returncode}): {(proc.stderr or proc.stdout)[-500:]}")
    return errors, proc.stdout


def run_ruff(root: Path, package: str) -> list[str]:
    """``ruff check`` of the package with the generated pyproject.toml's [tool.ruff]: finding lines."""
    ruff = Path(sys.executable).with_name("ruff")
    cmd = [str(ruff) if ruff.exists() else "ruff", "check", "--no-cache", "--output-format=concise", package]
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False, timeout=600)
    found = [line for line in proc.stdout.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not found):
        found.append(f"ruff failed (exit {proc.returncode}): {(proc.stderr or proc.stdout)[-500:]}")
    return found


def _by_code(lines: list[str], pattern: str) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for line in lines:
        m = re.search(pattern, line)
        code = m.group(1) if m else "other"
        n, ex = out.get(code, (0, line))
        out[code] = (n + 1, ex)
    return out


def shadowable_body_names(root: Path, package: str) -> list[str]:
    """Names a generated method body reads that are neither its own parameters nor names ``parameter_name`` would
    refuse: a parameter of another operation could take such a name and break the body (``type`` in
    ``cast_to=type(None)``, ``cast`` in ``cast(...)``)."""
    found = []
    for path in sorted((root / package / "resources").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Operation methods live in the resource classes (the raw-response wrappers take only ``resource``).
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.endswith("RawResponse")):
            for fn in (n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
                args = fn.args
                params = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
                params |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
                names = [n for stmt in fn.body for n in ast.walk(stmt) if isinstance(n, ast.Name)]
                local = {n.id for n in names if isinstance(n.ctx, ast.Store)}
                loads = {n.id for n in names if isinstance(n.ctx, ast.Load)} - local
                found += [
                    f"{path.relative_to(root)}: {cls.name}.{fn.name} reads {name!r}"
                    for name in sorted(loads - params) if parameter_name(name) == name
                ]
    return found


def test_generated_client_lints_and_typechecks(case: Case, tmp_path: Path) -> None:
    root, package = case.gen.root, case.gen.package
    assert (root / "pyproject.toml").read_text().count("[tool.ruff]") == 1
    t0 = time.perf_counter()
    ruff = run_ruff(root, package)
    t1 = time.perf_counter()
    files = mypy_targets(root, package)
    mypy, _ = run_mypy(root, files, tmp_path / "mypy-cache")
    t2 = time.perf_counter()
    head = (
        f"{case.name}: ruff {len(ruff)} findings ({t1 - t0:.1f}s); mypy --strict {len(mypy)} errors in "
        f"{len(files)} files ({t2 - t1:.1f}s)"
    )
    lines = [head]
    for code, (n, ex) in sorted(_by_code(ruff, r":\d+:\d+: (\S+) ").items(), key=lambda kv: -kv[1][0]):
        lines.append(f"  ruff {code} x{n}: {ex}")
    for code, (n, ex) in sorted(_by_code(mypy, r"\[([\w-]+)\]\s*$").items(), key=lambda kv: -kv[1][0]):
        lines.append(f"  mypy [{code}] x{n}: {ex}")
    report = "\n".join(lines)
    print("\n" + report)
    shadowable = shadowable_body_names(root, package)
    report += "".join(f"\n  body name a parameter could take: {x}" for x in shadowable[:20])
    assert not ruff and not mypy and not shadowable, report


@pytest.fixture(autouse=True, scope="module")
def _quiet_env() -> Iterator[None]:
    """Client constructors read <PREFIX>_API_KEY / _BASE_URL; keep the caller's environment out of the run."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("CONF_")}
    for k in saved:
        del os.environ[k]
    yield
    os.environ.update(saved)
