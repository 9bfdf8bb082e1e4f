"""`make bench`: batch coding (issue 6), measured side by side in one run.

1. BBC (2,223 articles), one process: bare `nlp.pipe` of the full spaCy pipeline over the
   articles vs. the coder with the pre-filter vs. the coder without it; sentences/s and the
   ratio to bare parsing; the events with and without the pre-filter compared one by one.
2. `eventcoder batch` on BBC with 1 and with 2 workers (wall time, including start-up).
3. Peak memory of a whole batch run (client + scheduler + worker processes, sampled) at
   1,000, 5,000 and 20,000 articles of Reuters-21578 (one worker).
4. Fault test: SIGKILL a worker mid-run, then SIGKILL the whole run and start it again;
   every article must be in the output once and the events equal an uninterrupted run's.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED, one_core, write_section

one_core()  # the one-process run compares like with like: one core each, as in a Dask worker

import psutil  # noqa: E402 - after one_core()

from eventcoder import Article, Coder  # noqa: E402
from eventcoder.batch import read_batch  # noqa: E402

BBC = SHARED / "corpora" / "bbc_news_fulltext.jsonl"
REUTERS = SHARED / "corpora" / "reuters21578.jsonl"
CLI = [str(Path(sys.executable).parent / "eventcoder")]


def bbc_articles() -> list[Article]:
    out = []
    for line in BBC.open(encoding="utf-8"):
        rec = json.loads(line)
        out.append(Article(id=rec["id"], text=(rec.get("title") or "") + "\n\n" + rec["text"]))
    return out


def one_process(arts: list[Article]) -> tuple[str, dict[str, float]]:
    """The three runs interleaved chunk by chunk (bare, filtered, unfiltered, rotating the
    order), so that a change in machine load falls on all three alike; one BLAS thread."""
    import spacy

    filtered, unfiltered = Coder(), Coder(prefilter=False)
    model = spacy.load(filtered.config.model)  # the pipeline as shipped, nothing added
    chunks = [arts[i::8] for i in range(8)]
    t = {"bare": 0.0, "on": 0.0, "off": 0.0}
    ev: dict[str, list[tuple[str, list[str]]]] = {"on": [], "off": []}
    n_parser_sents = 0

    def bare(chunk: list[Article]) -> None:
        nonlocal n_parser_sents
        t0 = time.perf_counter()
        n_parser_sents += sum(len(list(d.sents)) for d in model.pipe([a.text for a in chunk], batch_size=32))
        t["bare"] += time.perf_counter() - t0

    def coded(name: str, c: Coder, chunk: list[Article]) -> None:
        t0 = time.perf_counter()
        ev[name].extend((a.id, [e.model_dump_json() for e in evs]) for a, evs in c.pipe(chunk))
        t[name] += time.perf_counter() - t0

    runs = [bare, lambda ch: coded("on", filtered, ch), lambda ch: coded("off", unfiltered, ch)]
    for i, chunk in enumerate(chunks):
        for k in range(3):
            runs[(i + k) % 3](chunk)
    t_bare, t_on, t_off = t["bare"], t["on"], t["off"]
    ev_on, ev_off = ev["on"], ev["off"]
    n_sents = filtered.stats.sentences
    n_events = sum(len(e) for _i, e in ev_on)
    same = ev_on == ev_off
    differing = sum(1 for x, y in zip(ev_on, ev_off, strict=True) if x != y)
    body = (
        f"BBC news full text, {len(arts)} articles, one process, one BLAS thread as in a Dask worker ({n_sents} sentences by the coder's "
        f"rule-based split; {n_parser_sents} by the parser in the bare run). Ratio = throughput "
        "divided by bare `nlp.pipe` throughput on the same articles; the three runs interleaved in eighths "
        "of the corpus, rotating the order.\n\n"
        "| run | seconds | articles/s | sentences/s | ratio to bare parse |\n|---|---|---|---|---|\n"
        f"| bare `nlp.pipe`, full pipeline | {t_bare:.1f} | {len(arts) / t_bare:.1f} | {n_sents / t_bare:.0f} | 1.00 |\n"
        f"| coder, pre-filter on (default) | {t_on:.1f} | {len(arts) / t_on:.1f} | {n_sents / t_on:.0f} "
        f"| **{t_bare / t_on:.2f}** |\n"
        f"| coder, pre-filter off | {t_off:.1f} | {len(arts) / t_off:.1f} | {n_sents / t_off:.0f} "
        f"| {t_bare / t_off:.2f} |\n\n"
        f"Sentences parsed with the pre-filter: {filtered.stats.parsed} of {n_sents} "
        f"({filtered.stats.parsed / max(n_sents, 1):.0%}). Events: {n_events} with the filter, "
        f"{sum(len(e) for _i, e in ev_off)} without; identical record for record: **{same}** "
        f"({differing} articles differ).\n"
    )
    return body, {"t_on": t_on, "ratio": t_bare / t_on, "same": float(same)}


def batch(inputs: list[Path], out: Path, workers: int, *extra: str) -> tuple[float, float, str, dict[str, float]]:
    """Run `eventcoder batch` as a process: wall seconds, peak memory (MB) of its whole
    process tree, its last line, and the peak of each kind of process (client, worker)."""
    cmd = [*CLI, "batch", *map(str, inputs), "--out", str(out), "--workers", str(workers), *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    kinds: dict[str, float] = {}
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            total = 0.0
            for p in [root, *root.children(recursive=True)]:
                mb = p.memory_info().rss / 2**20
                total += mb
                kind = "client" if p.pid == root.pid else "worker" if "spawn_main" in " ".join(p.cmdline()) else "other"
                kinds[kind] = max(kinds.get(kind, 0.0), mb)
            peak = max(peak, total)
        except psutil.Error:
            pass
        time.sleep(0.25)
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"batch failed: {err[-2000:]}")
    return time.perf_counter() - t0, peak, err.strip().splitlines()[-1] if err.strip() else "", kinds


def events_of(out: Path) -> list[str]:
    return sorted(e.model_dump_json() for _a, evs, _h, _err in read_batch(out) for e in evs)


def workers_section(tmp: Path, n_arts: int) -> str:
    rows = []
    times = {}
    outs = {}
    for w in (1, 2):
        outs[w] = tmp / f"bbc-{w}"
        t, peak, _summary, _kinds = batch([BBC], outs[w], w)
        times[w] = t
        rows.append(f"| {w} | {t:.1f} | {n_arts / t:.1f} | {peak:.0f} |")
    same = events_of(outs[1]) == events_of(outs[2])
    return (
        "`eventcoder batch` on BBC (2,223 articles), local Dask cluster, wall time including "
        "cluster start-up and model loading:\n\n"
        "| workers | seconds | articles/s | peak memory of the run, MB |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\nSpeed-up 2 vs 1 workers: **{times[1] / times[2]:.2f}×** (2-core machine). "
        f"Same events from 1 and 2 workers: **{same}**.\n"
    )


def memory_section(tmp: Path) -> str:
    rows = []
    peaks = []
    lines = REUTERS.open(encoding="utf-8").readlines()
    for n in (1_000, 5_000, 20_000):
        corpus = tmp / f"reuters-{n}.jsonl"
        corpus.write_text("".join(lines[:n]), encoding="utf-8")
        t, peak, _s, kinds = batch([corpus], tmp / f"mem-{n}", 1)
        peaks.append(peak)
        rows.append(f"| {n:,} | {t:.1f} | {n / t:.1f} | {kinds.get('client', 0):.0f} | "
                    f"{kinds.get('worker', 0):.0f} | {peak:.0f} |")
    spread = (max(peaks) - min(peaks)) / min(peaks)
    return (
        "Peak memory (sum of resident memory of the client, scheduler, nanny and worker "
        "processes, sampled every 0.25 s) of `eventcoder batch --workers 1` on Reuters-21578:\n\n"
        "| articles | seconds | articles/s | client peak, MB | worker peak, MB | whole run peak, MB |\n"
        "|---|---|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\nLargest / smallest peak: {max(peaks) / min(peaks):.2f} (spread {spread:.0%}; target ±20%).\n"
    )


def fault_section(tmp: Path, reference: Path) -> str:
    out = tmp / "killed"
    cmd = [*CLI, "batch", str(BBC), "--out", str(out), "--workers", "2", "--partition-size", "100"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = lambda: len(json.loads((out / "manifest.json").read_text())["partitions"]) if (  # noqa: E731
        out / "manifest.json").exists() else 0
    while parts() < 3:
        time.sleep(0.5)
    workers = [p for p in psutil.Process(proc.pid).children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]
    at_worker = parts()
    os.kill(workers[0].pid, signal.SIGKILL)
    while parts() < 12:
        time.sleep(0.5)
    family = psutil.Process(proc.pid).children(recursive=True)
    at_run = parts()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    for p in family:
        if p.is_running():
            p.kill()
    t, _peak, summary, _k = batch([BBC], out, 2, "--partition-size", "100")
    ids = [a.id for a, _e, _h, _err in read_batch(out)]
    same = events_of(out) == events_of(reference)
    return (
        "Fault test on BBC (23 partitions of 100, 2 workers): one worker process SIGKILLed after "
        f"{at_worker} partitions (Dask restarted it and redid its task), the whole run SIGKILLed after "
        f"{at_run}, then the same command again: {len(ids)} articles in the output, {len(set(ids))} distinct "
        f"(of 2,223); events equal to the uninterrupted run: **{same}**. Restart: {summary}\n"
    )


SECTIONS = ("single", "workers", "memory", "fault")


def main(argv: list[str]) -> None:
    """Run the named sections (default all); each replaces its own part of BENCHMARKS.md."""
    wanted = argv or list(SECTIONS)
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        raise SystemExit(f"unknown section(s) {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    write_section("batch", "## Batch coding (`make bench`, issue 6)\n\n" + "\n".join(
        f"<!-- batch-{name} -->\n(not run yet)\n<!-- /batch-{name} -->" for name in SECTIONS)
        if not _has_sections() else _current("batch"))
    arts = bbc_articles()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name in SECTIONS:
            if name not in wanted:
                continue
            if name == "single":
                body, _numbers = one_process(arts)
            elif name == "workers":
                body = workers_section(tmp, len(arts))
            elif name == "memory":
                body = memory_section(tmp)
            else:
                reference = tmp / "bbc-2"
                if not (reference / "manifest.json").exists():
                    batch([BBC], reference, 2)
                body = fault_section(tmp, reference)
            print(body)
            write_section(f"batch-{name}", body)


def _has_sections() -> bool:
    from _common import BENCH_MD

    return BENCH_MD.exists() and "<!-- batch-single -->" in BENCH_MD.read_text(encoding="utf-8")


def _current(name: str) -> str:
    import re

    from _common import BENCH_MD

    text = BENCH_MD.read_text(encoding="utf-8")
    m = re.search(f"<!-- {name} -->\n(.*?)\n<!-- /{name} -->", text, flags=re.S)
    return m.group(1) if m else ""


if __name__ == "__main__":
    main(sys.argv[1:])
