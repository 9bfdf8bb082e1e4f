"""`make bench`: the event store on the 2,223 BBC articles.

* the coder alone (pipe) vs. `eventcoder ingest` (coder + store), side by side in one run;
* ingest rate and store size per 1,000 articles;
* a second ingest of the same file adds no rows;
* an ingest killed half-way (SIGKILL) and run again ends with every article once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED, write_section

from eventcoder import Coder
from eventcoder.read import read_articles
from eventcoder.store import Store

BBC = SHARED / "corpora" / "bbc_news_fulltext.jsonl"
CLI = [str(Path(sys.executable).parent / "eventcoder")]


def ingest(db: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*CLI, "ingest", str(BBC), "--db", str(db), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as s:
        c = s.counts()
        dup = s.query("SELECT count(*) - count(DISTINCT mention_id) FROM mentions")[1][0][0]
        c["duplicate_mentions"] = int(dup)
        return c


def main() -> None:
    arts = list(read_articles(BBC))
    n = len(arts)
    coder = Coder()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        # 1. coder alone vs. coder + store, same articles, same process
        t0 = time.perf_counter()
        n_events = sum(len(evs) for _a, evs in coder.pipe(arts))
        t_code = time.perf_counter() - t0
        db = tmpdir / "bbc.duckdb"
        with Store(db) as store:
            stats = store.ingest(coder, arts)
            t_ingest = stats.seconds
        size = db.stat().st_size
        first = counts(db)
        # 2. the same file again adds nothing
        with Store(db) as store:
            again = store.ingest(coder, arts)
        second = counts(db)
        # 3. killed half-way, then run again (separate processes, as a user would)
        db2 = tmpdir / "killed.duckdb"
        # the writer holds the file lock, so progress cannot be read from outside: kill it
        # after loading (measured below) and half the ingest time of the first run
        t_load = time.perf_counter()
        Coder()
        t_load = time.perf_counter() - t_load
        proc = ingest(db2, "--batch-size", "100")
        time.sleep(t_load + 3 + t_ingest / 2)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with Store(db2, read_only=True) as s:
            at_kill = s.counts()["articles"]
        rerun = ingest(db2)
        rerun.communicate()
        after = counts(db2)
    rate = stats.articles_added / t_ingest
    body = (
        "## Event store (`make bench`, issue 4)\n\n"
        f"BBC news full text, {n} articles, {n_events} events, one process, 2-core machine.\n\n"
        "| measure | coder alone | ingest (coder + store) | ratio |\n|---|---|---|---|\n"
        f"| seconds | {t_code:.1f} | {t_ingest:.1f} | {t_ingest / t_code:.2f} |\n"
        f"| articles/s | {n / t_code:.1f} | {rate:.1f} | |\n\n"
        f"Store: {first['articles']} articles, {first['sentences']} evidence sentences, {first['mentions']} mentions, "
        f"{first['events']} de-duplicated events; {size / 2**20:.1f} MB on disk, "
        f"{size / 2**20 / n * 1000:.1f} MB per 1,000 articles (the article texts included).\n\n"
        f"Second ingest of the same file: {again.articles_skipped} articles unchanged, "
        f"{again.articles_added + again.articles_updated} written, {again.seconds:.1f} s; "
        f"row counts {'unchanged' if first == second else f'CHANGED {first} -> {second}'}.\n\n"
        f"Ingest killed (SIGKILL) at {at_kill} of {n} articles and run again: {after['articles']} articles, "
        f"{after['mentions']} mentions, {after['duplicate_mentions']} duplicate mentions "
        f"({'same as the uninterrupted run' if after['mentions'] == first['mentions'] else 'DIFFERS from the uninterrupted run'}).\n"
    )
    write_section("store", body)
    print(body)


if __name__ == "__main__":
    main()
