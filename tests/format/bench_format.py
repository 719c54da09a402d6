"""Benchmark for the format stage (not collected by pytest): ``python tests/format/bench_format.py [lines]``.

Formats ~50k lines of generated-looking Python cold with 1 and 2 processes, then hot from the cache.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from format_samples import sample_tree

from generator.format import format_files
from generator.render.model import RenderedFile


def main() -> None:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    files: list[RenderedFile] = []
    lines = 0
    count = 0
    while lines < target:  # grow the tree until it holds ``target`` input lines; every module is distinct
        count += 1
        path, src = sample_tree(count)[-1]
        files.append(RenderedFile(path, src, "python"))
        lines += src.count("\n")
    print(f"{len(files)} files, {lines} input lines")
    for jobs in (1, 2):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            out = format_files(files, cache_dir=Path(tmp), jobs=jobs)
            cold = time.perf_counter() - t0
            t0 = time.perf_counter()
            out2 = format_files(files, cache_dir=Path(tmp), jobs=jobs)
            hot = time.perf_counter() - t0
            assert out == out2
            print(f"jobs={jobs}: cold {cold:.2f}s ({lines / cold:,.0f} lines/s), hot {hot:.3f}s ({lines / hot:,.0f} lines/s)")


if __name__ == "__main__":
    main()
