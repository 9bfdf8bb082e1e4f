"""The event store: idempotent ingest, de-duplication across articles, transactions."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from eventcoder.model import Article
from eventcoder.store import Store, StoreError

WIRE = Article(
    id="wire-1", date="2026-03-06", title="Russia demands NATO pull back",
    meta={"url": "https://wire.example/1", "source": "Wire Service"},
    text="Russia sent a list of written demands to NATO on Tuesday. Lithuania accused Russia of "
         "jamming GPS signals over the Baltic Sea.",
)
PAPER = Article(
    id="paper-7", date="2026-03-06", meta={"url": "https://paper.example/world/7", "source": "Daily Paper"},
    text="Lithuania accused Russia of jamming GPS signals over the Baltic Sea, officials in Vilnius said. "
         "Germany and France agreed to hold talks with Ukraine next week.",
)
BLOG = Article(
    id="blog-3", date="2026-03-06", meta={"url": "https://blog.example/3", "source": "Daily Paper"},
    text="Lithuania accused Russia of jamming GPS signals over the Baltic Sea.",
)


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "events.duckdb") as s:
        yield s


def _events(store, where="TRUE"):
    return store.query(f"SELECT source_code, target_code, cameo_code, num_mentions, num_articles, num_sources "
                       f"FROM events WHERE {where} ORDER BY 1, 2, 3")[1]


def test_one_event_reported_by_many_articles_is_one_row(coder, store):
    stats = store.ingest(coder, [WIRE, PAPER, BLOG])
    assert stats.articles_added == 3 and stats.failures == 0
    rows = _events(store, "source_code = 'LTU' AND target_code = 'RUS'")
    assert len(rows) == 1
    _s, _t, code, mentions, articles, sources = rows[0]
    assert code.startswith("11")
    assert (mentions, articles, sources) == (3, 3, 2)  # two outlets: the wire and the paper
    cols, ments = store.query("SELECT article_id, sentence_index, char_start, char_end FROM mentions m "
                              "JOIN events e USING (event_id) WHERE e.source_code = 'LTU' ORDER BY 1")
    assert [m[0] for m in ments] == ["blog-3", "paper-7", "wire-1"]
    text = dict(store.query("SELECT article_id, text FROM articles")[1])
    assert text["wire-1"].startswith("Russia demands NATO pull back\n\n")  # the headline is coded too
    for art, _si, start, end in ments:
        assert text[art][start:end] == "accused"  # offsets point at the trigger in the stored text


def test_reingesting_changes_nothing_and_skips_coding(coder, store):
    store.ingest(coder, [WIRE, PAPER])
    before = store.counts()
    stats = store.ingest(coder, [WIRE, PAPER])
    assert (stats.articles_added, stats.articles_updated, stats.articles_skipped) == (0, 0, 2)
    assert store.counts() == before


def test_changed_article_replaces_its_earlier_version(coder, store):
    store.ingest(coder, [WIRE])
    changed = WIRE.model_copy(update={"text": "Russia sent a list of written demands to NATO on Tuesday."})
    stats = store.ingest(coder, [changed])
    assert stats.articles_updated == 1
    assert not _events(store, "source_code = 'LTU'")
    assert store.counts()["articles"] == 1


def test_killed_run_resumes_without_duplicates(coder, store):
    arts = [WIRE, PAPER, BLOG] + [
        Article(id=f"extra-{i}", date="2026-03-05", text=f"Poland summoned the Belarusian ambassador over incident {i}.")
        for i in range(5)
    ]
    calls = []

    def die_after_first_batch(n):
        calls.append(n)
        raise KeyboardInterrupt  # the user presses Ctrl-C after the first commit

    with pytest.raises(KeyboardInterrupt):
        store.ingest(coder, arts, batch_size=3, progress=die_after_first_batch)
    assert store.counts()["articles"] == 3  # the first transaction stays
    stats = store.ingest(coder, arts, batch_size=3)
    assert stats.articles_skipped == 3 and stats.articles_added == 5
    n = store.query("SELECT count(*), count(DISTINCT mention_id) FROM mentions")[1][0]
    assert n[0] == n[1]
    assert store.counts()["articles"] == 8
    assert not store.stale


def test_a_document_that_fails_is_recorded_and_the_run_goes_on(coder, store, monkeypatch):
    real = coder._code_doc

    def flaky(doc, ctx, offset):
        if ctx.article.id == "paper-7":
            raise RuntimeError("parser exploded")
        return real(doc, ctx, offset)

    monkeypatch.setattr(coder, "_code_doc", flaky)
    stats = store.ingest(coder, [WIRE, PAPER, BLOG])
    assert stats.failures == 1
    assert store.query("SELECT article_id, message FROM failures")[1][0][0] == "paper-7"
    assert _events(store, "source_code = 'LTU'")[0][4] == 2  # the two good articles still count


def test_deduplication_key_is_configurable(coder, tmp_path):
    with Store(tmp_path / "k.duckdb", key=("source_code", "target_code", "root_code")) as s:
        s.ingest(coder, [WIRE, PAPER])
        assert s.key == ("source_code", "target_code", "root_code")
        assert len(_events(s, "source_code = 'LTU'")) == 1
    with Store(tmp_path / "k.duckdb", key=("article_id", "source_code", "target_code", "cameo_code")) as s:
        assert len(_events(s, "source_code = 'LTU'")) == 1  # stale until rebuilt
        s.rebuild_events()
        assert len(_events(s, "source_code = 'LTU'")) == 2  # one per article now
    with pytest.raises(StoreError, match="unknown de-duplication key"):
        Store(tmp_path / "k.duckdb", key=("colour",))


def test_readers_cannot_write_and_a_second_writer_is_refused(coder, tmp_path):
    path = tmp_path / "lock.duckdb"
    with Store(path) as s:
        s.ingest(coder, [BLOG])
    with Store(path, read_only=True) as r, pytest.raises(Exception, match="read-only"):
        r.con.execute("DELETE FROM events")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from eventcoder.store import Store; s = Store({str(path)!r}); "
                               "print('ready', flush=True); import time; time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="another process"):
            Store(path)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    with Store(path) as s:  # the lock goes with the process
        assert s.counts()["articles"] == 1


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such event store"):
        Store(tmp_path / "nothing.duckdb", read_only=True)


def _cli(*args, cwd=None):
    exe = str(__import__("pathlib").Path(sys.executable).parent / "eventcoder")
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_command_line_round_trip(tmp_path):
    corpus = tmp_path / "feed.jsonl"
    import json

    corpus.write_text("\n".join(json.dumps({"id": a.id, "title": a.title, "text": a.text, "date": str(a.date),
                                            "url": a.meta.get("url"), "source": a.meta.get("source")})
                                for a in (WIRE, PAPER, BLOG)) + "\n{not json\n", encoding="utf-8")
    db = str(tmp_path / "cli.duckdb")
    first = _cli("ingest", str(corpus), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "3 articles added" in first.stderr and "feed.jsonl:4" in first.stderr  # the bad line is named
    again = _cli("ingest", str(corpus), "--db", db)
    assert "0 articles added" in again.stderr and "3 unchanged" in again.stderr
    ev = _cli("events", "--db", db, "--source", "LTU", "--format", "jsonl", "--evidence")
    rows = [json.loads(line) for line in ev.stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["num_articles"] == 3 and "jamming GPS" in rows[0]["evidence"]
    csv_out = _cli("export", "--db", db, "--format", "csv")
    import csv
    import io
    import re

    exported = list(csv.DictReader(io.StringIO(csv_out.stdout)))
    all_ev = [json.loads(line) for line in _cli("events", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert sorted(r["cameo_code"] for r in exported) == sorted(e["cameo_code"] for e in all_ev)
    assert all(re.fullmatch(r"\d{3,4}", r["cameo_code"]) for r in exported)
    gd = _cli("export", "--db", db, "--format", "gdelt", "--out", str(tmp_path / "e.tsv"))
    assert gd.returncode == 0
    lines = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    tr = _cli("trend", "LTU", "RUS", "--db", db, "--both", "--plot", str(tmp_path / "t.png"), "--format", "csv")
    assert tr.returncode == 0 and (tmp_path / "t.png").stat().st_size > 10_000
    assert "LTU->RUS" in tr.stdout
    net = _cli("network", "--db", db, "--plot", str(tmp_path / "n.png"))
    assert net.returncode == 0 and (tmp_path / "n.png").stat().st_size > 10_000
    bad = _cli("sql", "DROP TABLE events", "--db", db)
    assert bad.returncode != 0 and bad.stderr.startswith("error:") and "Traceback" not in bad.stderr
    missing = _cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode != 0 and "no such event store" in missing.stderr
