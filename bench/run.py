"""pfgen against its peers, side by side: ``python bench/run.py`` (one command; see bench/README.md).

Installs openapi-python-client and openapi-generator-cli (PyPI; the latter needs the machine's Java) into a
throwaway virtual environment under ``bench/.work/``, then runs each tool on the shared documents, alternating
tools run by run, and prints medians of wall time and peak memory (the largest resident set of the process
tree, from ``wait4``), the Python lines written, and pfgen's ratio to the fastest peer. Then pfgen-only
numbers: regeneration after a one-operation change, ``check``, ``validate``, ``diff``, and the import time of
a generated client. Every pfgen tree is checked with ``black --check`` (outside the timings).

Nothing here asserts a time: machines are noisy, so the numbers are printed for people to read.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / ".work"
PEERS = WORK / "peers"
SPECS = Path(os.environ.get("PFGEN_BENCH_SPECS", str(Path(__file__).resolve().parents[2] / "shared" / "specs")))
PEER_PACKAGES = ("openapi-python-client==0.29.1", "openapi-generator-cli==7.26.0")


@dataclass(frozen=True)
class Case:
    name: str
    document: str
    peers: tuple[str, ...]          # peer tools that handle the document
    lenient: bool = False           # the document has validation errors: every tool is told to go on


TRASH = WORK / "trash"

# Folders a run leaves are moved here and deleted once, when every measurement is done (an interrupted bench's
# are deleted by the next one's end). Deleting them just before the next run made that run's file creation the
# measurement: on an ext4 file system without a journal (this machine's), allocating an inode skips, one by one,
# every inode of its group freed in the last minute (six, while the freed inode's table block is unwritten), so
# writing asana's 1,753 files after deleting the last run's took 0.6-1.1 s instead of ~0.05 s, and a tool's time
# depended on what it and the tools before it had deleted.


def set_aside(path: Path) -> None:
    """Make ``path`` absent without deleting it now (see ``TRASH``)."""
    if not path.exists():
        return
    TRASH.mkdir(parents=True, exist_ok=True)
    path.rename(TRASH / f"{time.monotonic_ns()}-{path.name}")


UNION_DOCUMENT = WORK / "unions-seed1-1000.json"  # written by ``write_union_document`` (tests/perf/union_spec.py)

CASES = (
    Case("adyen", "adyen-management-v1.json", ("openapi-python-client",)),
    # A union-heavy OpenAPI 3.1 document (3.4 MB, 1,000 schemas that are unions or hold them), since no shared one is
    Case("unions", str(UNION_DOCUMENT), ("openapi-python-client",)),
    Case("twilio", "twilio-taskrouter-v1.json", ("openapi-python-client",)),
    # openapi-python-client cannot load asana; both tools need their "go on despite errors" switch
    Case("asana", "asana-sdk.yaml", ("openapi-generator",), lenient=True),
)


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    lines: int = 0
    failed: str = ""


def run_measured(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS (MB, over the process tree) and exit code of ``cmd``."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = b""
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, proc.returncode, out.decode(errors="replace")[-2000:]


def python_lines(root: Path) -> int:
    total = 0
    for path in root.rglob("*.py"):
        try:
            total += path.read_bytes().count(b"\n")
        except OSError:
            pass
    return total


def ensure_peers(skip_install: bool) -> None:
    marker = PEERS / ".installed"
    if marker.is_file() and marker.read_text() == "\n".join(PEER_PACKAGES):
        return
    if skip_install:
        sys.exit("peers are not installed in bench/.work/peers (run without --no-install)")
    print("installing peers into bench/.work/peers ...", flush=True)
    set_aside(PEERS)
    subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
    subprocess.run([str(PEERS / "bin" / "pip"), "install", "-q", *PEER_PACKAGES], check=True)
    marker.write_text("\n".join(PEER_PACKAGES))


def pfgen_command(src: Path | None) -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ)
    env.pop("PFGEN_NO_CACHE", None)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    # pip byte-compiles an installed package (and the peers' venv), but an editable checkout under
    # PYTHONDONTWRITEBYTECODE would recompile pfgen's ~200 modules on every run: compile them once, as pip would.
    package = (src / "generator") if src is not None else Path(__file__).resolve().parent.parent / "generator"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    return [sys.executable, "-m", "generator"], env


def tool_command(tool: str, case: Case, out: Path, pfgen: list[str]) -> list[str]:
    doc = str(SPECS / case.document)
    if tool == "pfgen":
        return [*pfgen, "generate", doc, "-o", str(out), *(["--lenient"] if case.lenient else [])]
    if tool == "openapi-python-client":
        return [str(PEERS / "bin" / "openapi-python-client"), "generate", "--path", doc, "--output-path", str(out)]
    if tool == "openapi-generator":
        return [str(PEERS / "bin" / "openapi-generator-cli"), "generate", "-i", doc, "-g", "python", "-o", str(out),
                *(["--skip-validate-spec"] if case.lenient else [])]
    raise ValueError(tool)


def compare(cases: list[Case], runs: int, pfgen: list[str], env: dict[str, str], warm: bool,
            peers: bool = True) -> dict[str, dict[str, Sample]]:
    results: dict[str, dict[str, Sample]] = {}
    for case in cases:
        tools = ["pfgen", *(case.peers if peers else ())] + (["pfgen (warm caches)"] if warm else [])
        samples = {t: Sample() for t in tools}
        warm_cache = WORK / "cache-warm" / case.name
        for r in range(runs):
            order = tools if r % 2 == 0 else list(reversed(tools))  # alternate, so drift hurts everyone alike
            for tool in order:
                out = WORK / "out" / case.name / tool.split()[0]
                set_aside(out)
                run_env = dict(env)
                if tool.startswith("pfgen"):
                    cache = warm_cache if "warm" in tool else WORK / "cache-cold"
                    if "warm" not in tool:
                        set_aside(cache)  # cold: no validation or black cache either
                    run_env["PFGEN_CACHE_DIR"] = str(cache)
                cmd = tool_command(tool.split()[0], case, out, pfgen)
                seconds, peak, code, tail = run_measured(cmd, env=run_env, cwd=WORK)
                sample = samples[tool]
                if code != 0:
                    sample.failed = f"exit {code}: {tail.strip().splitlines()[-1] if tail.strip() else ''}"
                    continue
                sample.seconds.append(seconds)
                sample.peak_mb.append(peak)
                sample.lines = python_lines(out)
                print(f"  {case.name:7} {tool:22} run {r + 1}: {seconds:6.2f} s {peak:7.0f} MB", flush=True)
        results[case.name] = samples
        black_check(WORK / "out" / case.name / "pfgen")
    return results


def black_check(tree: Path) -> None:
    if not tree.is_dir():
        return
    proc = subprocess.run([sys.executable, "-m", "black", "--check", "-q", str(tree)], capture_output=True, text=True,
                          check=False)
    verdict = "passes" if proc.returncode == 0 else f"FAILS:\n{proc.stderr[-1500:]}"
    print(f"  black --check {tree.relative_to(WORK)}: {verdict}", flush=True)


def print_table(results: dict[str, dict[str, Sample]]) -> None:
    print()
    print(f"{'document':8} {'tool':24} {'median s':>9} {'peak MB':>8} {'py lines':>9} {'pfgen/peer':>11}")
    for case, samples in results.items():
        peers = {t: s for t, s in samples.items() if not t.startswith("pfgen") and s.seconds}
        fastest = min((statistics.median(s.seconds) for s in peers.values()), default=None)
        for tool, s in samples.items():
            if s.failed and not s.seconds:
                print(f"{case:8} {tool:24} failed ({s.failed[:60]})")
                continue
            median = statistics.median(s.seconds)
            ratio = f"{median / fastest:.2f}x" if fastest and tool.startswith("pfgen") else ""
            print(f"{case:8} {tool:24} {median:9.2f} {statistics.median(s.peak_mb):8.0f} {s.lines:9d} {ratio:>11}")


def mutate(document: Path, targets: list[Path]) -> None:
    """Copies of ``document`` with one operation changed (its summary, numbered per copy, and an optional query
    parameter): each copy is a document no earlier run has seen, so each regeneration validates it afresh."""
    data = json.loads(document.read_text()) if document.suffix == ".json" else _yaml(document)
    for _path, item in sorted(data.get("paths", {}).items()):
        for method in ("get", "post", "put", "patch", "delete"):
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                summary = op.get("summary") or ""
                op.setdefault("parameters", []).append(
                    {"name": "pfgenBench", "in": "query", "required": False, "schema": {"type": "string"}}
                )
                for number, target in enumerate(targets, 1):
                    op["summary"] = f"{summary} (changed {number})"
                    target.write_text(json.dumps(data))
                return
    raise SystemExit(f"{document} has no operation to change")


def pfgen_extras(case: Case, pfgen: list[str], env: dict[str, str], runs: int) -> None:
    """Regeneration, check, validate, diff and import time for one document (pfgen only)."""
    doc = SPECS / case.document
    base = WORK / "extras" / case.name
    set_aside(base)
    base.mkdir(parents=True)
    (base / "pfgen.toml").write_text("")
    copies = [base / f"mutated-{case.name}-{n}.json" for n in range(1, runs + 1)]
    mutate(doc, copies)
    mutated = copies[0]
    lenient = ["--lenient"] if case.lenient else []
    env = dict(env, PFGEN_CACHE_DIR=str(base / "cache"))
    out = base / "out"
    cold = run_measured([*pfgen, "generate", str(doc), "-o", str(out), *lenient], env=env, cwd=base)
    rows: list[tuple[str, list[float]]] = [("generate (first)", [cold[0]])]
    regen: list[float] = []
    for copy in copies:
        set_aside(out)
        run_measured([*pfgen, "generate", str(doc), "-o", str(out), *lenient], env=env, cwd=base)
        regen.append(run_measured([*pfgen, "generate", str(copy), "-o", str(out), *lenient], env=env, cwd=base)[0])
    rows.append(("regenerate, one op changed", regen))
    config = base / "check.toml"
    config.write_text(
        f'spec = "{doc}"\nlenient = {str(case.lenient).lower()}\n\n[[targets]]\nname = "client"\noutput = "out2"\n'
    )
    run_measured([*pfgen, "generate", "--config", str(config)], env=env, cwd=base)
    check = [run_measured([*pfgen, "check", "--config", str(config)], env=env, cwd=base) for _ in range(runs)]
    rows.append(("check (up to date)" + ("" if all(c[2] == 0 for c in check) else " [EXIT != 0]"), [c[0] for c in check]))
    load = [run_measured([sys.executable, "-c", LOAD_ONLY, str(doc)], env=env, cwd=base)[0] for _ in range(runs)]
    rows.append(("load the spec (python -c)", load))
    validate_cold = []
    for _ in range(runs):
        set_aside(base / "vcache")
        validate_cold.append(run_measured([*pfgen, "validate", str(doc), *lenient],
                                          env=dict(env, PFGEN_CACHE_DIR=str(base / "vcache")), cwd=base)[0])
    rows.append(("validate (no cache)", validate_cold))
    rows.append(("validate (cached)", [run_measured([*pfgen, "validate", str(doc), *lenient], env=env, cwd=base)[0]
                                       for _ in range(runs)]))
    rows.append(("diff against the mutated copy",
                 [run_measured([*pfgen, "diff", str(doc), str(mutated)], env=env, cwd=base)[0] for _ in range(runs)]))
    package = next((p for p in out.iterdir() if (p / "__init__.py").is_file()), None)
    if package is not None:
        # pip byte-compiles a package it installs; without this every import would compile from source.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
        # Alternating, and more runs than the rest: a few tenths of a second each, and sensitive to load drift.
        imp: list[float] = []
        ref: list[float] = []
        for _ in range(max(runs, 10)):
            imp.append(run_measured([sys.executable, "-c", f"import {package.name}"], env=env, cwd=out)[0])
            ref.append(run_measured([sys.executable, "-c", "import httpx, pydantic"], env=env, cwd=out)[0])
        rows.append((f"import {package.name} (process)", imp))
        rows.append(("import httpx, pydantic (process)", ref))
    # The floor of any one-shot regeneration: a changed document must be validated before anything is written,
    # by openapi-spec-validator (the validator of record), and a fresh process has to import it first.
    rows.append(("python -c pass (process)", [run_measured([sys.executable, "-c", "pass"], env=env, cwd=base)[0]
                                              for _ in range(max(runs, 5))]))
    # As pfgen's validation worker imports it: without ``requests``, which it never needs (validate.background).
    worker_import = "import sys; sys.modules['requests'] = None; import openapi_spec_validator"
    rows.append(("import openapi_spec_validator (process)",
                 [run_measured([sys.executable, "-c", worker_import], env=env, cwd=base)[0]
                  for _ in range(max(runs, 5))]))
    saves = watch_per_save(case, pfgen, env, base, max(runs, 5))
    if saves:
        rows.append(("pfgen watch, per one-operation save", saves))
    print(f"\n{case.name}: pfgen only (median of {runs})")
    for label, values in rows:
        print(f"  {label:40} {statistics.median(values):7.2f} s")
    medians = {label.split(" [")[0]: statistics.median(values) for label, values in rows}
    pairs = [
        ("regenerate / first generate (target <= 0.50)", "regenerate, one op changed", "generate (first)"),
        ("watch save / first generate (target <= 0.10)", "pfgen watch, per one-operation save", "generate (first)"),
        ("check / load (target ~1)", "check (up to date)", "load the spec (python -c)"),
        ("validator import / first generate (regeneration floor)", "import openapi_spec_validator (process)",
         "generate (first)"),
    ]
    if package is not None:
        pairs.append((f"import {package.name} / httpx+pydantic (target <= 1.25)",
                      f"import {package.name} (process)", "import httpx, pydantic (process)"))
    for label, top, bottom in pairs:
        if medians.get(bottom):
            print(f"  {label:56} {medians[top] / medians[bottom]:5.2f}x")
    # The regeneration target of issue 17: at most half a first generation, or the validator-import floor plus a
    # tenth of a first generation, whichever is larger.
    cold, floor = medians.get("generate (first)"), medians.get("import openapi_spec_validator (process)")
    regen = medians.get("regenerate, one op changed")
    if cold and floor and regen:
        target = max(0.5 * cold, floor + 0.1 * cold)
        verdict = "met" if regen <= target else "missed"
        print(f"  {'regeneration target max(0.5 cold, floor + 0.1 cold)':56} {target:5.2f} s: {regen:.2f} s, {verdict}")


def watch_per_save(case: Case, pfgen: list[str], env: dict[str, str], base: Path, saves: int) -> list[float]:
    """Seconds per save that ``pfgen watch`` reports for ``saves`` one-operation edits of the document (each a
    different operation: a new summary and a new query parameter), after its first generation. The watched file
    keeps the document's format: a YAML document is saved as YAML, as its authors edit it."""
    import queue
    import threading

    doc = SPECS / case.document
    data = json.loads(doc.read_text()) if doc.suffix == ".json" else _yaml(doc)
    folder = base / "watch"
    folder.mkdir()
    spec = folder / ("spec.json" if doc.suffix == ".json" else "spec.yaml")

    def save() -> None:
        spec.write_text(json.dumps(data) if spec.suffix == ".json" else _yaml_text(data))

    save()
    cmd = [*pfgen, "watch", str(spec), "-o", str(folder / "out"), "--interval", "0.05",
           *(["--lenient"] if case.lenient else [])]
    proc = subprocess.Popen(cmd, cwd=base, env=dict(env, PYTHONUNBUFFERED="1"), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout or ()], daemon=True).start()

    def regenerated() -> float | None:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if "regenerated in " in line:
                return float(line.split("regenerated in ")[1].split(" s")[0])
        return None

    seconds: list[float] = []
    try:
        if regenerated() is None:
            return []
        operations = [op for _, item in sorted(data.get("paths", {}).items()) if isinstance(item, dict)
                      for method, op in sorted(item.items()) if method in ("get", "post", "put", "patch", "delete")]
        for number, op in zip(range(saves), operations):
            op["summary"] = f"{op.get('summary') or ''} (edit {number})"
            op.setdefault("parameters", []).append(
                {"name": f"pfgenWatch{number}", "in": "query", "required": False, "schema": {"type": "string"}})
            save()
            took = regenerated()
            if took is None:
                break
            seconds.append(took)
    finally:
        proc.send_signal(2)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return seconds


def _yaml(path: Path) -> object:
    import yaml

    return yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _yaml_text(data: object) -> str:
    import yaml

    return yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                     allow_unicode=True, width=1 << 16)


LOAD_ONLY = (
    "import sys; from generator.pipeline import load_spec, SpecOptions; "
    "load_spec(sys.argv[1], SpecOptions(lenient=True, validate=False))"
)


def write_union_document() -> None:
    """The ``unions`` case's document, from the same generator the format fast path's tests use."""
    generator = REPO / "tests" / "perf" / "union_spec.py"
    if UNION_DOCUMENT.is_file() and UNION_DOCUMENT.stat().st_mtime >= generator.stat().st_mtime:
        return  # still what the generator writes
    subprocess.run([sys.executable, str(generator), str(UNION_DOCUMENT),
                    "--schemas", "1000", "--seed", "1"], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per tool and document (alternating); default 3")
    parser.add_argument("--only", action="append",
                        help="only this document (adyen, unions, twilio, asana); repeatable")
    parser.add_argument("--pfgen-src", type=Path, default=None,
                        help="run pfgen from this source tree (PYTHONPATH), e.g. a checkout of an older commit")
    parser.add_argument("--no-install", action="store_true", help="fail instead of installing the peers")
    parser.add_argument("--no-extras", action="store_true", help="skip the pfgen-only measurements")
    parser.add_argument("--no-peers", action="store_true",
                        help="time pfgen alone (to compare two pfgen checkouts without the peers' minutes)")
    parser.add_argument("--warm", action="store_true", help="also time pfgen with warm validation/black caches")
    args = parser.parse_args()

    WORK.mkdir(parents=True, exist_ok=True)
    # pfgen looks for a project configuration upward from its working folder; this empty one stops it at
    # bench/.work (the repository's own pyproject.toml configures other targets).
    (WORK / "pfgen.toml").write_text("")
    if not args.no_peers:
        ensure_peers(args.no_install)
    write_union_document()
    pfgen, env = pfgen_command(args.pfgen_src)
    cases = [c for c in CASES if not args.only or c.name in args.only]
    print(f"pfgen: {' '.join(pfgen)}" + (f" (PYTHONPATH={args.pfgen_src})" if args.pfgen_src else ""))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {args.runs} runs each\n")
    results = compare(cases, args.runs, pfgen, env, args.warm, peers=not args.no_peers)
    print_table(results)
    if not args.no_extras:
        for case in cases:
            pfgen_extras(case, pfgen, env, args.runs)
    shutil.rmtree(TRASH, ignore_errors=True)


if __name__ == "__main__":
    main()
