"""`make bench`: throughput and robustness on real news.

* every record of ../shared/data/*.jsonl through the coder (crash count);
* the 2,223 BBC articles: spaCy parsing alone vs. the full coder, side by side in one run
  (the ratio is the coder's own overhead), articles/s, events, peak memory.
"""

from __future__ import annotations

import json
import resource
import time

from _common import SHARED, write_section

from eventcoder import Article, Coder
from eventcoder.read import parse_date


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
    texts = [a.text for a in bbc]
    failures: list[str] = []

    def parse_only() -> tuple[float, int]:
        t0 = time.perf_counter()
        n = sum(len(list(d.sents)) for d in coder.nlp.pipe(texts, batch_size=32))
        return time.perf_counter() - t0, n

    def code_all() -> tuple[float, int]:
        t0 = time.perf_counter()
        n = 0
        for _art, evs in coder.pipe(bbc, on_error=lambda a, e: failures.append(f"{a.id}: {e}")):
            n += len(evs)
        return time.perf_counter() - t0, n

    # side by side, parse-only before and after the coder run; the faster parse counts
    t_parse1, n_sents = parse_only()
    t_code, n_events = code_all()
    t_parse2, _ = parse_only()
    t_parse = min(t_parse1, t_parse2)
    crashes = len(failures)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    body = (
        "## Throughput and robustness (`make bench`)\n\n"
        f"BBC news full text: {len(bbc)} articles, {n_sents} sentences, {n_events} events, {crashes} crashes.\n\n"
        "| measure | spaCy parse only | full coder | ratio |\n|---|---|---|---|\n"
        f"| seconds | {t_parse:.1f} | {t_code:.1f} | {t_code / t_parse:.2f} |\n"
        f"| articles/s | {len(bbc) / t_parse:.1f} | {len(bbc) / t_code:.1f} | |\n"
        f"| sentences/s | {n_sents / t_parse:.0f} | {n_sents / t_code:.0f} | |\n\n"
        f"Peak resident memory of the run: {rss:.0f} MB. One process, 2-core machine.\n\n"
        "Every record of every `shared/data/*.jsonl` file, coded one by one:\n\n"
        "| file | records | crashes |\n|---|---|---|\n" + "\n".join(crash_rows)
    )
    write_section("bench", body)
    print(body)


if __name__ == "__main__":
    main()
