"""`make bench`: throughput and robustness on real news.

* every record of ../shared/data/*.jsonl through the coder (crash count);
* the 2,223 BBC articles through a fresh coder: crashes, events, articles/s, peak memory.
  The coder's speed against bare parsing is measured side by side in `run_batch.py`.
"""

from __future__ import annotations

import json
import resource
import time

from _common import SHARED, one_core, write_section

one_core()

from eventcoder import Article, Coder  # noqa: E402 - after one_core()
from eventcoder.read import parse_date  # noqa: E402


def main() -> None:
    coder = Coder()
    # 1. no crash on any shared record
    crash_rows = []
    for path in sorted(SHARED.glob("*.jsonl")):
        n = crashes = 0
        arts = []
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            text = rec.get("text")
            if not isinstance(text, str):
                continue
            arts.append(Article(id=str(rec.get("id", n)), text=text, date=parse_date(rec.get("date"))))
        for art in arts:
            n += 1
            try:
                coder.code(art.text, date=art.date, article_id=art.id)
            except Exception as exc:  # the benchmark counts crashes
                crashes += 1
                print("CRASH", path.name, art.id, type(exc).__name__, exc)
        crash_rows.append(f"| {path.name} | {n} | {crashes} |")
        print(path.name, n, "crashes", crashes)
    # 2. BBC throughput
    bbc = []
    for line in (SHARED / "corpora" / "bbc_news_fulltext.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        bbc.append(Article(id=rec["id"], text=(rec.get("title") or "") + "\n\n" + rec["text"], date=None))
    failures: list[str] = []
    coder = Coder()  # fresh: the speed of a new process, not one that has coded the records above
    t0 = time.perf_counter()
    n_events = 0
    for _art, evs in coder.pipe(bbc, on_error=lambda a, e: failures.append(f"{a.id}: {e}")):
        n_events += len(evs)
    t_code = time.perf_counter() - t0
    crashes = len(failures)
    n_sents = coder.stats.sentences
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    body = (
        "## Throughput and robustness (`make bench`)\n\n"
        f"BBC news full text: {len(bbc)} articles, {n_sents} sentences, {n_events} events, {crashes} crashes, "
        f"{t_code:.1f} s ({len(bbc) / t_code:.1f} articles/s, {n_sents / t_code:.0f} sentences/s), one process on "
        "one core (BLAS threads 1, as in a Dask worker); the ratio to bare parsing is in \"Batch coding\" below. "
        f"Peak resident memory of the run: {rss:.0f} MB.\n\n"
        "Every record of every `shared/data/*.jsonl` file, coded one by one:\n\n"
        "| file | records | crashes |\n|---|---|---|\n" + "\n".join(crash_rows)
    )
    write_section("bench", body)
    print(body)


if __name__ == "__main__":
    main()
