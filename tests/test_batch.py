"""`eventcoder batch` on Dask: same events as `code`, resumable, fault-isolated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from eventcoder import Coder
from eventcoder.batch import BatchError, read_batch, run_batch
from eventcoder.cli import cli
from eventcoder.config import CoderConfig
from eventcoder.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "crisis_article.txt"

STORIES = [
    "Turkey and Greece agreed on Monday to resume talks on maritime borders, the two foreign ministries said.",
    "Police in Nairobi arrested 40 protesters who marched against new taxes on fuel and bread.",
    "Israeli warplanes struck targets in southern Lebanon overnight, the Israeli army said.",
    "The European Union imposed sanctions on six Iranian officials over the crackdown on protests.",
    "Shares in the retailer rose 3% after a strong Christmas. Analysts were surprised.",
    "The United Nations called on Sudan's army and the Rapid Support Forces to agree a ceasefire. "
    "The army rejected the call. It said the paramilitaries had attacked a market in Omdurman.",
    "Japan will send 12 patrol boats to the Philippines, the Japanese defence ministry said on Friday.",
    "North Korea fired two ballistic missiles into the sea, South Korea's military said.",
    "Arsenal beat Chelsea 2-1 on Saturday.",
    "India expelled a Pakistani diplomat accused of spying, the foreign ministry in New Delhi said.",
    "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant. Moscow denied it.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    path = d / "news.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(STORIES):
            f.write(json.dumps({"id": f"s{i:02d}", "text": text, "date": f"2025-03-{i + 1:02d}"}) + "\n")
        f.write(json.dumps({"id": "example", "text": EXAMPLE.read_text(encoding="utf-8"),
                            "date": "2026-03-06"}) + "\n")
    return path


def _batch_events(out: Path) -> list[str]:
    return sorted(e.model_dump_json() for _a, evs, _h, _err in read_batch(out) for e in evs)


def test_batch_on_two_workers_gives_the_events_of_code(corpus: Path, tmp_path: Path, coder: Coder) -> None:
    out = tmp_path / "out"
    seen: list[tuple[int, int]] = []
    result = run_batch([corpus], out, workers=2, partition_size=3,
                       progress=lambda p: seen.append((p.articles, p.sentences)))
    assert (result.articles, result.partitions, result.errors) == (12, 4, 0)
    assert [a for a, _s in seen] == [3, 6, 9, 12] and seen[-1][1] == result.sentences > 12
    code = CliRunner().invoke(cli, ["code", str(corpus)])
    assert code.exit_code == 0, code.output
    by_code = sorted(json.dumps(json.loads(line), separators=(",", ":"), ensure_ascii=False)
                     for line in code.stdout.splitlines())
    by_batch = [json.dumps(json.loads(e), separators=(",", ":"), ensure_ascii=False) for e in _batch_events(out)]
    assert len(by_batch) >= 15
    assert by_batch == sorted(by_code)
    manifest = json.loads((out / "manifest.json").read_text())
    assert sorted(manifest["partitions"]) == [f"part-{i:06d}" for i in range(4)]
    assert sum(p["articles"] for p in manifest["partitions"].values()) == 12
    assert sum(p["parsed"] for p in manifest["partitions"].values()) < sum(
        p["sentences"] for p in manifest["partitions"].values())


def test_restart_skips_finished_partitions_and_redoes_the_rest(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, workers=1, partition_size=5)
    before = _batch_events(out)
    # a run killed after writing part 1 but before recording it, and part 2 never written
    manifest = json.loads((out / "manifest.json").read_text())
    del manifest["partitions"]["part-000001"]
    del manifest["partitions"]["part-000002"]
    (out / "manifest.json").write_text(json.dumps(manifest))
    (out / "events" / "part-000002.parquet").unlink()
    again = run_batch([corpus], out, workers=1, partition_size=5)
    assert (again.skipped_partitions, again.partitions, again.articles) == (1, 2, 7)
    assert _batch_events(out) == before
    ids = [a.id for a, _e, _h, _err in read_batch(out)]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 12
    nothing = run_batch([corpus], out, workers=1, partition_size=5)
    assert (nothing.skipped_partitions, nothing.partitions) == (3, 0)


def test_finished_partitions_are_not_kept_in_memory(tmp_path: Path) -> None:
    """Memory must not grow with the corpus: once a partition is written, the scheduler
    (in this process for a local cluster) no longer holds a copy of its articles."""
    import gc

    from eventcoder.model import Article

    own = tmp_path / "own.jsonl"  # ids no other test uses: only this run's articles are counted
    own.write_text("".join(json.dumps({"id": f"mem-{i:02d}", "text": text}) + "\n"
                           for i, text in enumerate(STORIES)), encoding="utf-8")
    copies: list[int] = []

    def count(_p: object) -> None:
        gc.collect()
        ids = [o.id for o in gc.get_objects() if isinstance(o, Article) and o.id.startswith("mem-")]
        copies.append(len(ids) - len(set(ids)))  # the reader holds a small file's articles once

    result = run_batch([own], tmp_path / "out", workers=1, partition_size=1, progress=count)
    assert result.partitions == len(STORIES) == len(copies) == 11
    # second copies: the window of 2 submitted partitions and the one being written at
    # most, not every partition coded so far
    assert max(copies) <= 3 and copies[-1] <= 3, copies


def test_other_settings_refuse_to_resume(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, workers=1, partition_size=50)
    with pytest.raises(BatchError, match="other coder settings"):
        run_batch([corpus], out, CoderConfig(statements=True), workers=1)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(BatchError, match="not empty"):
        run_batch([corpus], tmp_path / "full", workers=1)


def test_a_bad_document_is_recorded_and_the_run_goes_on(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    huge = "The minister met the ambassador. " * 70_000  # beyond the parser's 2,000,000 characters
    bad.write_text(json.dumps({"id": "huge", "text": huge}) + "\n" + corpus.read_text(encoding="utf-8"))
    out = tmp_path / "out"
    result = run_batch([bad], out, workers=1, partition_size=20)
    assert (result.articles, result.errors) == (13, 1)
    errors = [json.loads(line) for line in (out / "errors" / "part-000000.jsonl").read_text().splitlines()]
    assert [e["article_id"] for e in errors] == ["huge"] and "coding failed" in errors[0]["error"]
    assert result.events >= 15  # the others were coded
    db = tmp_path / "events.duckdb"
    r = CliRunner().invoke(cli, ["ingest", "--from", str(out), "--db", str(db)])
    assert r.exit_code == 0, r.output
    with Store(db) as store:
        assert store.counts()["articles"] == 13 and store.counts()["failures"] == 1


def test_ingest_from_batch_equals_ingest_of_the_corpus(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, workers=1, partition_size=4)
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", "--from", str(out), "--db", str(tmp_path / "a.duckdb")]).exit_code == 0
    assert runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "b.duckdb")]).exit_code == 0
    q = "SELECT mention_id, article_id, sentence_index, char_start FROM mentions ORDER BY 1"
    with Store(tmp_path / "a.duckdb") as a, Store(tmp_path / "b.duckdb") as b:
        assert a.query(q)[1] == b.query(q)[1]
        assert len(a.query(q)[1]) >= 15
    again = runner.invoke(cli, ["ingest", "--from", str(out), "--db", str(tmp_path / "a.duckdb")])
    assert "0 articles added" in again.output and "12 unchanged" in again.output


def test_killed_worker_and_killed_run_still_code_every_article_once(corpus: Path, tmp_path: Path) -> None:
    """SIGKILL a worker process mid-run (Dask redoes its partition), then kill the whole run
    and start it again: every article is in the output exactly once."""
    big = tmp_path / "big.jsonl"
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    with big.open("w", encoding="utf-8") as f:
        for k in range(8):
            for r in rows:
                f.write(json.dumps({**r, "id": f"{r['id']}-{k}"}) + "\n")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "eventcoder", "batch", str(big), "--out", str(out), "--workers", "2",
           "--partition-size", "6"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = _wait_for_partitions(out, 2, proc)
    workers = [k for k in psutil.Process(proc.pid).children(recursive=True)
               if "spawn_main" in " ".join(k.cmdline())]
    assert workers and done < 16
    os.kill(workers[0].pid, signal.SIGKILL)
    _wait_for_partitions(out, done + 2, proc)
    family = psutil.Process(proc.pid).children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)  # and now the whole run
    proc.wait()
    for k in family:  # its orphaned workers
        if k.is_running():
            k.kill()
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    ids = [a.id for a, _e, _h, _err in read_batch(out)]
    assert len(ids) == 96 and len(set(ids)) == 96
    events = [json.loads(e) for e in _batch_events(out)]
    assert len(events) == len({e["id"] for e in events}) >= 8 * 15
    per_copy: dict[str, list[int]] = {}
    for r in rows:  # each of the 8 copies of a story has the same events
        counts = [sum(e["article_id"] == f"{r['id']}-{k}" for e in events) for k in range(8)]
        per_copy[r["id"]] = counts
        assert len(set(counts)) == 1, (r["id"], counts)


def _wait_for_partitions(out: Path, n: int, proc: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            got = len(json.loads((out / "manifest.json").read_text())["partitions"])
        except (OSError, ValueError, KeyError):
            got = 0
        if got >= n:
            return got
        if proc.poll() is not None:
            raise AssertionError(f"batch ended early: {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(0.2)
    raise AssertionError("batch made no progress")


def test_batch_uses_a_running_cluster(corpus: Path, tmp_path: Path) -> None:
    """--scheduler ADDRESS: the workers of someone else's cluster get the Coder by plugin."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        result = run_batch([corpus], tmp_path / "out", scheduler=cluster.scheduler_address, partition_size=6)
        assert (result.articles, result.partitions, result.errors) == (12, 2, 0)
        assert result.events >= 15
    with pytest.raises(BatchError, match="cannot reach the Dask scheduler"):
        run_batch([corpus], tmp_path / "other", scheduler="tcp://127.0.0.1:9", connect_timeout=2)
