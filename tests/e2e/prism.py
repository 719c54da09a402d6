"""Run the Prism mock server (``@stoplight/prism-cli`` from npm) for end-to-end tests.

* ``ensure_prism()`` installs a pinned Prism once per machine into a cache folder outside the repository
  (``$PFGEN_TEST_CACHE/prism`` or ``~/.cache/pfgen-tests/prism``), guarded by a lock file so parallel test runs
  install it once; ``PFGEN_PRISM_BIN`` points at an existing ``prism`` executable instead.
* ``prism_server(spec)`` starts ``prism mock SPEC --host 127.0.0.1 --port 0 --errors`` in its own process group,
  waits until it listens, yields a ``PrismServer`` and kills the whole group afterwards.

How Prism reports problems (prism-http-server 5.x): every request whose input (request) or output (the mocked
response, checked against its own schema) breaks the document gets an ``sl-violations`` response header holding a
JSON list of ``{location, severity, code, message}``; request violations answer with the spec's 400/422 response (or
401/403 for security), and with ``--errors`` a response violation of severity Error turns the answer into a 500
``application/problem+json``. The log repeats each violation as ``Violation: <location> <message>`` and says
``Request terminated with error: ...`` for problem answers. ``PrismServer`` collects both: the header through
``event_hooks`` given to an httpx client, the log through a reader thread. ``--dynamic`` is off by default, so
answers are the spec's static examples (or a schema-derived static body), which keeps responses deterministic.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

__all__ = [
    "PRISM_VERSION",
    "PrismServer",
    "PrismUnavailable",
    "Violation",
    "ensure_prism",
    "prism_server",
    "timings",
]

# 5.14.2 is the newest Prism that runs on Node 18/20; 5.15+ require Node >= 24. Its dependency ranges (^5.12.0)
# would pull the Node-24-only 5.16 internals, so the internals are pinned too, through npm ``overrides``.
PRISM_VERSION = "5.14.2"
_OVERRIDES = {
    "@stoplight/prism-core": "5.8.0",
    "@stoplight/prism-http": "5.12.0",
    "@stoplight/prism-http-server": "5.12.2",
}
_INSTALL_TIMEOUT = 600.0
_START_TIMEOUT = 90.0
_LISTENING = re.compile(r"Prism is listening on (http://\S+)")
_RECEIVED = re.compile(r"\[HTTP SERVER\]\s+(\w+)\s+(\S+)\s.*Request received")
_VIOLATION = re.compile(r"(✖|⚠|ℹ|error|warning|info)\s+Violation: (\S*) (.*)$")
_VALIDATOR_ERROR = re.compile(r"\[VALIDATOR\]\s+✖\s+error\s+(?!Violation:)(.*)$")
_VALIDATOR_SUMMARIES = frozenset({"Request did not pass the validation rules"})
_HTTP_LINE = re.compile(r"\[HTTP SERVER\]\s+(\w+)\s+(\S+)\s")
_TERMINATED = re.compile(r"Request terminated with error:\s*(.*)$")
_SYNC_PREFIX = "/__pfgen_sync__/"

# Seconds spent installing (0.0 when the cache already had it) and starting each server, for reports.
timings: dict[str, float] = {}


class PrismUnavailable(RuntimeError):
    """Prism cannot be installed or run here (no node/npm, offline registry, ...)."""


@dataclass(frozen=True)
class Violation:
    source: str                      # "header" or "log"
    method: str                      # upper-case, "" when unknown
    path: str                        # request path (no query)
    location: tuple[str, ...]        # e.g. ("request", "body")
    severity: str                    # "Error", "Warning", "Information", "Hint"
    code: str
    message: str

    def __str__(self) -> str:
        where = ".".join(self.location)
        return f"{self.method} {self.path}: [{self.severity}] {where} {self.message} ({self.source})"


# --------------------------------------------------------------------------------------------------------------------
# Install


def cache_root() -> Path:
    env = os.environ.get("PFGEN_TEST_CACHE")
    if env:
        return Path(env).expanduser() / "prism"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "pfgen-tests" / "prism"


def _install_dir() -> Path:
    return cache_root() / PRISM_VERSION


def _bin_in(folder: Path) -> Path:
    return folder / "node_modules" / ".bin" / ("prism.cmd" if os.name == "nt" else "prism")


def _installed(folder: Path) -> bool:
    marker = folder / "pfgen-installed.json"
    if not marker.is_file() or not _bin_in(folder).exists():
        return False
    try:
        return bool(json.loads(marker.read_text())["version"] == PRISM_VERSION)
    except (OSError, ValueError, KeyError, TypeError):
        return False


@contextlib.contextmanager
def _file_lock(path: Path, timeout: float) -> Iterator[None]:
    """An exclusive lock between processes (``flock``; an ``O_EXCL`` lock file where there is no fcntl)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        deadline = time.monotonic() + timeout
        while True:
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                break
            except FileExistsError:
                if time.monotonic() > deadline:
                    raise PrismUnavailable(f"timed out waiting for the install lock {path}") from None
                time.sleep(0.5)
        try:
            yield
        finally:
            os.close(fd)
            os.unlink(path)
        return
    with open(path, "a+") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise PrismUnavailable(f"timed out waiting for the install lock {path}") from None
                time.sleep(0.5)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def ensure_prism() -> Path:
    """The ``prism`` executable, installing the pinned version into the cache once per machine.

    A failed install is remembered for the rest of the process, so later tests do not wait on npm again.
    """
    if _failed:
        raise PrismUnavailable(_failed[0])
    try:
        return _ensure_prism()
    except PrismUnavailable as exc:
        _failed.append(str(exc))
        raise


_failed: list[str] = []


def _ensure_prism() -> Path:
    override = os.environ.get("PFGEN_PRISM_BIN")
    if override:
        if not Path(override).exists():
            raise PrismUnavailable(f"PFGEN_PRISM_BIN={override} does not exist")
        timings.setdefault("install", 0.0)
        return Path(override)
    folder = _install_dir()
    if _installed(folder):
        timings.setdefault("install", 0.0)
        return _bin_in(folder)
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise PrismUnavailable("node and npm are needed to install @stoplight/prism-cli, and one is not on PATH")
    started = time.perf_counter()
    with _file_lock(cache_root() / ".install.lock", _INSTALL_TIMEOUT):
        if _installed(folder):  # another process installed it while we waited
            timings["install"] = time.perf_counter() - started
            return _bin_in(folder)
        # Install beside the final folder, then rename: a killed install never leaves a half folder behind.
        staging = cache_root() / f".staging-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        (staging / "package.json").write_text(
            json.dumps({"name": "pfgen-prism-cache", "private": True, "overrides": _OVERRIDES}, indent=2)
        )
        cmd = [
            npm, "install", "--prefix", str(staging), "--save-exact", "--no-audit", "--no-fund",
            "--ignore-scripts", "--no-update-notifier", "--loglevel=error",
            "--fetch-retries=2", "--fetch-retry-mintimeout=2000", "--fetch-retry-maxtimeout=10000",
            "--fetch-timeout=60000",
            f"@stoplight/prism-cli@{PRISM_VERSION}",
        ]
        try:
            proc = subprocess.run(
                cmd, cwd=staging, capture_output=True, text=True, timeout=_INSTALL_TIMEOUT, check=False,
                env={**os.environ, "npm_config_update_notifier": "false"},
            )
        except subprocess.TimeoutExpired:
            shutil.rmtree(staging, ignore_errors=True)
            raise PrismUnavailable(f"npm install of Prism took over {_INSTALL_TIMEOUT:.0f}s") from None
        if proc.returncode != 0 or not _bin_in(staging).exists():
            shutil.rmtree(staging, ignore_errors=True)
            lines = (proc.stderr or proc.stdout).strip().splitlines()
            gist = [ln for ln in lines if re.search(r"\b(code|errno|E[A-Z]{3,})\b", ln)][:4] or lines[-6:]
            raise PrismUnavailable(
                f"`npm install @stoplight/prism-cli@{PRISM_VERSION}` failed (exit {proc.returncode}); is the npm "
                "registry reachable?\n" + "\n".join(gist)
            )
        (staging / "pfgen-installed.json").write_text(json.dumps({"version": PRISM_VERSION}))
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(staging, folder)
    timings["install"] = time.perf_counter() - started
    return _bin_in(folder)


# --------------------------------------------------------------------------------------------------------------------
# Server


class _Done:
    """An already finished awaitable: lets one hook serve both httpx.Client and httpx.AsyncClient."""

    def __await__(self) -> Iterator[None]:
        return iter(())


@dataclass
class PrismServer:
    base_url: str
    spec_path: Path
    process: subprocess.Popen[str]
    _log: list[str] = field(default_factory=list)
    _header_violations: list[Violation] = field(default_factory=list)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _closed: bool = False
    _http: httpx.Client | None = None
    _mark: int = 0                   # log lines before this index were cleared away by ``clear``

    @property
    def http(self) -> httpx.Client:
        """A client for this server with ``event_hooks`` installed; reused (creating clients is slow), closed on stop."""
        if self._http is None:
            self._http = httpx.Client(base_url=self.base_url, event_hooks=self.event_hooks, timeout=30,
                                      trust_env=False)
        return self._http

    # -- violations --

    @property
    def event_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """Pass as ``httpx.Client(event_hooks=...)`` or ``httpx.AsyncClient(event_hooks=...)``."""
        return {"response": [self._on_response]}

    def _on_response(self, response: httpx.Response) -> _Done:
        self.record(response)
        return _Done()

    def record(self, response: httpx.Response) -> list[Violation]:
        """Record (and return) the ``sl-violations`` of one response; the event hook calls this."""
        raw = response.headers.get("sl-violations")
        if not raw:
            return []
        found = _parse_header(raw, response.request.method, response.request.url.path)
        with self._cond:
            self._header_violations.extend(found)
        return found

    def log_lines(self) -> list[str]:
        with self._cond:
            return list(self._log)

    def violations(self, *, sync: bool = True) -> list[Violation]:
        """Violations seen so far: every header one, plus log ones the headers did not already report.

        With ``sync`` (default) a marker request is sent first and the log is read up to it, so every earlier
        request's log lines are in; no sleeping and guessing.
        """
        if sync:
            self.sync_log()
        with self._cond:
            header = list(self._header_violations)
            log = _parse_log(self._log[self._mark:])
        seen = {(v.method, v.path, v.message) for v in header}
        return header + [v for v in log if (v.method, v.path, v.message) not in seen]

    def clear(self) -> None:
        """Forget what was recorded so far (for tests that want only their own requests' violations)."""
        self.sync_log()
        with self._cond:
            self._header_violations.clear()
            self._mark = len(self._log)

    def sync_log(self, timeout: float = 30.0) -> None:
        """Send a marker request and read the log until Prism has answered it (the log is written in order)."""
        marker = f"{_SYNC_PREFIX}{uuid.uuid4().hex}"
        with contextlib.suppress(httpx.HTTPError):
            self.http.get(marker, timeout=timeout)
        deadline = time.monotonic() + timeout
        with self._cond:
            while not any(marker in line and "terminated" in line for line in self._log[-200:]):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.process.poll() is not None:
                    break
                self._cond.wait(timeout=remaining)

    def startup_problems(self) -> list[str]:
        """Log lines Prism printed while loading the document that are not plain info (spec trouble)."""
        out: list[str] = []
        for line in self.log_lines():
            if _LISTENING.search(line):
                break
            if re.search(r"[✖⚠]|\bfatal\b", line):
                out.append(line)
        return out

    # -- lifecycle --

    def _read(self, stream: IO[str]) -> None:
        for line in iter(stream.readline, ""):
            with self._cond:
                self._log.append(line.rstrip("\n"))
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def stop(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._http is not None:
            self._http.close()
        _kill_group(self.process)


def _kill_group(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        try:
            if os.name == "nt":  # pragma: no cover
                proc.terminate()
            else:
                os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                if os.name == "nt":  # pragma: no cover
                    proc.kill()
                else:
                    os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    elif os.name != "nt":
        # The leader exited; make sure nothing it started lives on in its group.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    if proc.stdout is not None:
        with contextlib.suppress(OSError):
            proc.stdout.close()


def _parse_header(raw: str, method: str, path: str) -> list[Violation]:
    text = raw
    text = text.removeprefix("Too many violations! ")
    try:
        items = json.loads(text)
    except ValueError:
        return [Violation("header", method.upper(), path, ("request",), "Error", "unparsable", raw[:500])]
    out: list[Violation] = []
    for item in items if isinstance(items, list) else [items]:
        if not isinstance(item, dict):
            continue
        loc = item.get("location")
        out.append(
            Violation(
                "header",
                method.upper(),
                path,
                tuple(str(x) for x in loc) if isinstance(loc, list) else (),
                str(item.get("severity", "")),
                str(item.get("code", "")),
                str(item.get("message", "")),
            )
        )
    return out


_SEVERITY = {"✖": "Error", "error": "Error", "⚠": "Warning", "warning": "Warning", "ℹ": "Information",
             "info": "Information"}


def _parse_log(lines: list[str]) -> list[Violation]:
    """Violations from the log; each is attributed to the request whose "Request received" line came last."""
    out: list[Violation] = []
    method, path = "", ""
    for line in lines:
        m = _RECEIVED.search(line)
        if m:
            method, path = m.group(1).upper(), m.group(2).split("?", 1)[0]
            continue
        m = _TERMINATED.search(line)
        if m:
            own = _HTTP_LINE.search(line)  # these lines name their own request
            t_method, t_path = (own.group(1).upper(), own.group(2).split("?", 1)[0]) if own else (method, path)
            if not t_path.startswith(_SYNC_PREFIX):
                out.append(Violation("log", t_method, t_path, ("request",), "Error", "terminated", m.group(1).strip()))
            continue
        if path.startswith(_SYNC_PREFIX):
            continue
        m = _VIOLATION.search(line)
        if m:
            loc = m.group(2)
            out.append(
                Violation("log", method, path, tuple(loc.split(".")) if loc else (), _SEVERITY[m.group(1)], "",
                          m.group(3).strip())
            )
            continue
        # A request refused without a matching 4xx in the spec (answered 422) gets no header and no "Violation:"
        # lines; its reasons appear only as bare validator errors.
        m = _VALIDATOR_ERROR.search(line)
        if m and m.group(1).strip() not in _VALIDATOR_SUMMARIES:
            out.append(Violation("log", method, path, ("request",), "Error", "", m.group(1).strip()))
    return out


@contextlib.contextmanager
def prism_server(spec_path: str | os.PathLike[str], *, extra_args: tuple[str, ...] = ()) -> Iterator[PrismServer]:
    """Start ``prism mock`` for ``spec_path`` on a free port; yield it; stop its whole process group."""
    binary = ensure_prism()
    spec = Path(spec_path).resolve()
    cmd = [str(binary), "mock", str(spec), "--host", "127.0.0.1", "--port", "0", "--errors",
           "--multiprocess=false", *extra_args]
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0", "NODE_ENV": "test"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
        encoding="utf-8", errors="replace", env=env,
        start_new_session=os.name != "nt",  # its own process group, so stopping it leaves no orphans
        preexec_fn=_die_with_parent if _PRCTL is not None else None,  # noqa: PLW1509 - see _PRCTL
    )
    server = PrismServer("", spec, proc)
    assert proc.stdout is not None
    reader = threading.Thread(target=server._read, args=(proc.stdout,), name=f"prism-log-{spec.name}", daemon=True)
    reader.start()
    try:
        server.base_url = _wait_listening(server, _START_TIMEOUT)
        timings[f"start:{spec.name}"] = time.perf_counter() - started
        yield server
    finally:
        server.stop()
        reader.join(timeout=10)


def _load_prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl: Callable[..., int] = ctypes.CDLL(None, use_errno=True).prctl
        return prctl
    except (OSError, AttributeError):
        return None


# Resolved once, here: the forked child must only make the call (no imports, no locks) before exec.
_PRCTL = _load_prctl()


def _die_with_parent() -> None:
    """SIGTERM Prism when the test process dies without running its cleanup (kill -9, a crash)."""
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _wait_listening(server: PrismServer, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    with server._cond:
        while True:
            for line in server._log:
                m = _LISTENING.search(line)
                if m:
                    url = m.group(1).rstrip("/")
                    break
            else:
                url = ""
            if url:
                break
            if server.process.poll() is not None:
                raise RuntimeError(
                    f"prism exited with code {server.process.returncode} before listening on {server.spec_path}:\n"
                    + "\n".join(server._log[-30:])
                )
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise RuntimeError(f"prism did not listen within {timeout:.0f}s:\n" + "\n".join(server._log[-30:]))
            server._cond.wait(timeout=min(remaining, 1.0))
    # "listening" is printed once the socket is bound; one request proves it answers.
    for _ in range(50):
        try:
            httpx.get(url + _SYNC_PREFIX + "ready", timeout=10)
            return url
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"prism printed {url} but does not answer")


def unavailable(reason: str) -> None:
    """Fail in CI (CI=true), skip elsewhere: never a silent pass when Prism cannot run."""
    import pytest

    message = f"Prism mock server unavailable: {reason}"
    if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


if __name__ == "__main__":  # manual use: python -m tests.e2e.prism SPEC
    with prism_server(sys.argv[1]) as srv:
        print(srv.base_url, timings, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            srv.process.wait()
