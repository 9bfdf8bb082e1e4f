"""Shared helpers for the benchmark scripts (not part of the package)."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTCODER_SHARED", ROOT.parent / "shared")) / "data"
BENCH_MD = ROOT / "BENCHMARKS.md"


def one_core() -> None:
    """One BLAS thread, as Dask gives each worker process: call before numpy is imported.
    Parsing a whole article with two BLAS threads on an idle 2-core machine is ~1.1× faster
    than with one, while the small per-sentence batches of the coder are slower with two, so a
    fair side-by-side run pins both to one core."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def write_section(name: str, body: str) -> None:
    """Replace (or append) the section between markers ``<!-- name -->`` in BENCHMARKS.md."""
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    text = BENCH_MD.read_text(encoding="utf-8") if BENCH_MD.exists() else "# Benchmarks\n"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _m: block, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    BENCH_MD.write_text(text, encoding="utf-8")
