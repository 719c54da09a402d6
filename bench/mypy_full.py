"""Full ``mypy --strict`` over every module of the client generated for each shared document, with timings.

Not a test (nothing is asserted): the conformance suite runs the same check per document
(``tests/e2e/test_e2e_conformance.py``); this script checks everything and prints how long it takes. From the
repository root::

    .venv/bin/python bench/mypy_full.py                 # every document in ../shared/specs (and releases/)
    .venv/bin/python bench/mypy_full.py --only adyen    # documents whose file name contains "adyen"
    .venv/bin/python bench/mypy_full.py --warm          # also a second run on the warm mypy cache
    .venv/bin/python bench/mypy_full.py --keep /tmp/x   # keep the generated packages there

Each document: generation (in process), then mypy on a cold cache (a fresh cache folder in the temporary
folder), run from the generated project's folder so its own ``pyproject.toml`` configures mypy.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.conftest import REAL_SPECS
from tests.e2e.test_e2e_conformance import run_mypy
from tests.genhelp import generate_into


def documents(only: str | None) -> list[Path]:
    docs = sorted(
        p
        for folder in (REAL_SPECS, REAL_SPECS / "releases")
        for p in folder.glob("*.*")
        if p.suffix in (".json", ".yaml", ".yml")
    )
    return [d for d in docs if not only or only in d.name]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="only documents whose file name contains this")
    parser.add_argument("--warm", action="store_true", help="also time a second mypy run on the warm cache")
    parser.add_argument("--keep", type=Path, help="generate into this folder instead of a temporary one")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pfgen-mypy-full-") as tmp:
        base = args.keep or Path(tmp)
        header = f"{'document':40} {'modules':>7} {'gen s':>6} {'mypy s':>7}" + (f" {'warm s':>7}" if args.warm else "")
        print(header + "  errors")
        total = 0.0
        for doc in documents(args.only):
            package = "mypy_" + re.sub(r"\W+", "_", doc.stem).strip("_").lower()
            out = base / package
            t0 = time.perf_counter()
            gen = generate_into(doc, out, package=package)
            t1 = time.perf_counter()
            files = sorted((gen.root / gen.package).rglob("*.py"))
            errors, _ = run_mypy(gen.root, files, base / f"{package}.mypy-cache")
            t2 = time.perf_counter()
            warm = ""
            if args.warm:
                run_mypy(gen.root, files, base / f"{package}.mypy-cache")
                warm = f" {time.perf_counter() - t2:7.1f}"
            total += t2 - t1
            codes = Counter(m.group(1) if (m := re.search(r"\[([\w-]+)\]\s*$", e)) else "other" for e in errors)
            detail = ", ".join(f"{c} x{n}" for c, n in codes.most_common()) or "-"
            print(f"{doc.name:40} {len(files):7} {t1 - t0:6.1f} {t2 - t1:7.1f}{warm}  {len(errors)} ({detail})", flush=True)
        print(f"total mypy (cold): {total:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
