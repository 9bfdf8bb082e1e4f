"""Batch coding of whole corpora on Dask, into partitioned Parquet plus a manifest.

The client reads the inputs and cuts them into partitions of ``partition_size`` articles;
each partition is one Dask task that runs :meth:`Coder.pipe` on a worker (the Coder is
built once per worker process by a worker plugin). The client alone writes the output, one
partition at a time and atomically (a temporary file renamed into place), and records each
finished partition in ``manifest.json``:

    OUT/manifest.json                 settings, inputs, and every finished partition
    OUT/articles/part-000000.parquet  one row per article (text, title, date, hash, error)
    OUT/events/part-000000.parquet    one row per event (flat columns + the full JSON record)
    OUT/errors/part-000000.jsonl      one line per document of the partition that could not be coded
    OUT/errors/inputs.jsonl           one line per input that could not be read (this run)

A restarted run skips the partitions the manifest lists with the same content fingerprint;
a partition whose worker dies is rescheduled by Dask; a partition written but not yet in
the manifest is written again under the same name, so nothing is duplicated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from .config import CoderConfig
from .errors import EventCoderError
from .model import Article, Event

if TYPE_CHECKING:
    from distributed import Client

log = logging.getLogger("eventcoder")

MANIFEST = "manifest.json"
FORMAT = "eventcoder-batch/1"
_PLUGIN = "eventcoder-coder"


class BatchError(EventCoderError):
    """A batch run cannot start or its output cannot be read."""


@dataclass
class BatchProgress:
    """Totals so far, passed to the ``progress`` callback after each partition."""

    articles: int = 0
    sentences: int = 0
    parsed: int = 0
    events: int = 0
    errors: int = 0
    partitions: int = 0
    skipped_articles: int = 0  # in partitions finished by an earlier run
    seconds: float = 0.0


@dataclass
class BatchResult(BatchProgress):
    """What a run did; ``read_errors`` are inputs that could not be read at all."""

    out: Path = Path(".")
    skipped_partitions: int = 0
    failed_partitions: list[str] = field(default_factory=list)
    read_errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Partition:
    index: int
    articles: list[Article]
    hashes: list[str]

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}"

    @property
    def fingerprint(self) -> str:
        h = hashlib.sha1()
        for art, ch in zip(self.articles, self.hashes, strict=True):
            h.update(f"{art.id}\x1f{ch}\x1e".encode("utf-8", "surrogatepass"))
        return h.hexdigest()


def run_batch(
    inputs: Sequence[str | Path],
    out: str | Path,
    config: CoderConfig | None = None,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = 200,
    date: dt.date | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    connect_timeout: float = 30.0,
) -> BatchResult:
    """Code ``inputs`` (files, directories: the same inputs as ``eventcoder code``) into
    ``out`` on a Dask cluster: a new ``LocalCluster`` of ``workers`` processes, or the
    running cluster at ``scheduler`` (e.g. ``tcp://10.0.0.5:8786``)."""
    from .read import read_paths
    from .store import content_hash

    cfg = config or CoderConfig()
    root = Path(out)
    manifest = _open_manifest(root, cfg, inputs)
    done: dict[str, Any] = manifest["partitions"]
    result = BatchResult(out=root)
    t0 = time.perf_counter()

    def partitions() -> Iterator[_Partition]:
        buf: list[Article] = []
        index = 0
        for art in read_paths(inputs, date=date, warnings=result.warnings, errors=result.read_errors):
            buf.append(art)
            if len(buf) >= partition_size:
                yield _Partition(index, buf, [content_hash(a) for a in buf])
                index, buf = index + 1, []
        if buf:
            yield _Partition(index, buf, [content_hash(a) for a in buf])

    def finished(part: _Partition, arts: bytes, evs: bytes, errors: list[dict[str, str]],
                 stats: dict[str, int]) -> None:
        _write_partition(root, part.name, arts, evs, errors)
        done[part.name] = {"fingerprint": part.fingerprint, "articles": len(part.articles),
                           "events": stats["events"], "errors": len(errors),
                           "sentences": stats["sentences"], "parsed": stats["parsed"],
                           "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
        _save_manifest(root, manifest)
        result.articles += len(part.articles)
        result.sentences += stats["sentences"]
        result.parsed += stats["parsed"]
        result.events += done[part.name]["events"]
        result.errors += len(errors)
        result.partitions += 1
        tick()

    def tick() -> None:
        result.seconds = time.perf_counter() - t0
        if progress is not None:
            progress(result)

    from distributed import wait

    with ExitStack() as stack:
        client: Client | None = None  # started when the first partition needs coding
        window = 2 * max(1, workers)
        pending: dict[Any, _Partition] = {}

        def collect(futures: Iterable[Any]) -> None:
            for fut in futures:
                part = pending.pop(fut)
                try:
                    arts, evs, errors, stats = fut.result()
                except Exception as exc:  # the task failed on every worker it was given
                    msg = f"{part.name}: {type(exc).__name__}: {exc}"
                    log.warning("partition failed, will be redone by the next run: %s", msg)
                    result.failed_partitions.append(msg)
                    continue
                finished(part, arts, evs, errors, stats)

        for part in partitions():
            prior = done.get(part.name)
            if prior and prior.get("fingerprint") == part.fingerprint and _written(root, part.name):
                result.skipped_partitions += 1
                result.skipped_articles += len(part.articles)
                tick()
                continue
            if client is None:
                client = stack.enter_context(_cluster(workers, scheduler, connect_timeout))
                client.register_plugin(_CoderPlugin(cfg), name=_PLUGIN)
                window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
            fut = client.submit(_code_partition, part.articles, part.hashes, key=f"eventcoder-{part.name}-{part.fingerprint[:12]}",
                                pure=False)
            pending[fut] = part
            if len(pending) >= window:
                got = wait(list(pending), return_when="FIRST_COMPLETED")
                collect(got.done)
        while pending:
            got = wait(list(pending), return_when="FIRST_COMPLETED")
            collect(got.done)
    _write_read_errors(root, result.read_errors)
    result.seconds = time.perf_counter() - t0
    return result


def read_batch(out: str | Path) -> Iterator[tuple[Article, list[Event], str, str | None]]:
    """The coded articles of a batch output directory, partition by partition:
    ``(article, events, content hash as read, error message or None)``."""
    import pyarrow.parquet as pq

    root = Path(out)
    manifest = _read_manifest(root)
    if manifest is None:
        raise BatchError(f"{root}: no {MANIFEST}; not the output of 'eventcoder batch'")
    for name in sorted(manifest["partitions"]):
        arts = pq.read_table(root / "articles" / f"{name}.parquet").to_pylist()
        evs = pq.read_table(root / "events" / f"{name}.parquet", columns=["article_id", "record"]).to_pylist()
        by_article: dict[str, list[Event]] = {}
        for row in evs:
            by_article.setdefault(row["article_id"], []).append(Event.model_validate_json(row["record"]))
        for row in arts:
            art = Article(id=row["article_id"], text=row["text"], date=row["date"], title=row["title"],
                          meta=json.loads(row["meta"] or "{}"))
            yield art, by_article.get(art.id, []), row["content_hash"], row["error"]


# -- the worker side ----------------------------------------------------------------------


class _CoderPlugin(WorkerPlugin):
    """Builds the worker's Coder once, when the worker starts (or joins later)."""

    idempotent = False  # a new run may bring new settings: replace the old Coder

    def __init__(self, config: CoderConfig) -> None:
        self.config = config
        self.coder: Any = None

    def setup(self, worker: Any) -> None:
        from .coder import Coder

        self.coder = Coder(self.config)

    def teardown(self, worker: Any) -> None:
        self.coder = None


def _code_partition(articles: list[Article], hashes: list[str]) -> tuple[bytes, bytes, list[dict[str, str]], dict[str, int]]:
    """One task: code a partition with the worker's Coder (the library's own pipe) and
    return it as Parquet bytes (articles, events), the failed documents and counts; the
    client only writes the bytes."""
    from distributed import get_worker

    plugin: Any = get_worker().plugins[_PLUGIN]
    coder = plugin.coder
    before = (coder.stats.sentences, coder.stats.parsed)
    errors: list[dict[str, str]] = []

    def failed(art: Article, exc: Exception) -> None:
        errors.append({"article_id": art.id, "error": f"coding failed ({type(exc).__name__}: {exc})"})

    coded = list(coder.pipe(articles, on_error=failed))
    stats = {"sentences": coder.stats.sentences - before[0], "parsed": coder.stats.parsed - before[1],
             "events": sum(len(evs) for _a, evs in coded)}
    arts, evs = _tables(coded, errors, dict(zip((a.id for a in articles), hashes, strict=True)))
    return _parquet(arts), _parquet(evs), errors, stats


# Dask settings for a long batch run, so that memory does not grow with the corpus:
# - every batched stream (client → scheduler, scheduler → worker) keeps its last
#   ``low-level-log-length`` messages for debugging, and those messages carry the
#   partitions' articles: up to 1,000 × a partition per stream;
# - the workers' statistical profiler keeps growing call trees.
_DASK_SETTINGS = {"distributed.admin.low-level-log-length": 0,
                  "distributed.worker.profile.enabled": False}


@contextmanager
def _cluster(workers: int, scheduler: str | None, timeout: float) -> Iterator[Client]:
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(_DASK_SETTINGS):
        if scheduler:
            try:
                client = Client(scheduler, timeout=f"{timeout}s")
            except OSError as exc:
                raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
            with client:
                yield client
            return
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        with cluster, Client(cluster) as client:
            yield client


# -- output -------------------------------------------------------------------------------


def _settings(cfg: CoderConfig) -> dict[str, Any]:
    """The settings that decide the events (not how fast they are found)."""
    settings: dict[str, Any] = json.loads(cfg.model_dump_json(exclude={"batch_size", "prefilter"}))
    return settings


def _open_manifest(root: Path, cfg: CoderConfig, inputs: Sequence[str | Path]) -> dict[str, Any]:
    if root.exists() and not root.is_dir():
        raise BatchError(f"{root}: exists and is not a directory")
    manifest = _read_manifest(root)
    settings = _settings(cfg)
    if manifest is None:
        if root.is_dir() and any(root.iterdir()):
            raise BatchError(f"{root}: directory is not empty and holds no {MANIFEST}; choose a new --out")
        root.mkdir(parents=True, exist_ok=True)
        from importlib.metadata import version

        manifest = {"format": FORMAT, "eventcoder": version("eventcoder"), "settings": settings,
                    "inputs": [str(p) for p in inputs],
                    "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "partitions": {}}
        _save_manifest(root, manifest)
    elif manifest.get("settings") != settings:
        raise BatchError(f"{root}: holds a run with other coder settings; resume it with the same "
                         "options or choose a new --out")
    for sub in ("articles", "events", "errors"):
        (root / sub).mkdir(exist_ok=True)
    return manifest


def _read_manifest(root: Path) -> dict[str, Any] | None:
    path = root / MANIFEST
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BatchError(f"{path}: cannot read the manifest ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BatchError(f"{path}: not an eventcoder batch manifest ({FORMAT})")
    return data


def _save_manifest(root: Path, manifest: dict[str, Any]) -> None:
    tmp = root / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, root / MANIFEST)


def _written(root: Path, name: str) -> bool:
    return all((root / sub / f"{name}.parquet").is_file() for sub in ("articles", "events"))


def _tables(coded: list[tuple[Article, list[Event]]], errors: list[dict[str, str]],
            hashes: dict[str, str]) -> tuple[Any, Any]:
    import pyarrow as pa

    failed = {e["article_id"]: e["error"] for e in errors}
    arts = pa.Table.from_pylist([{
        "article_id": art.id, "title": art.title, "date": art.date, "text": art.text,
        "meta": json.dumps(art.meta, default=str, ensure_ascii=False), "content_hash": hashes.get(art.id, ""),
        "events": len(evs), "error": failed.get(art.id),
    } for art, evs in coded], schema=_ARTICLE_SCHEMA())
    evs = pa.Table.from_pylist([_event_row(e) for _art, events in coded for e in events], schema=_EVENT_SCHEMA())
    return arts, evs


def _parquet(table: Any) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    data: bytes = sink.getvalue().to_pybytes()
    return data


def _write_partition(root: Path, name: str, arts: bytes, evs: bytes, errors: list[dict[str, str]]) -> None:
    for sub, data in (("articles", arts), ("events", evs)):
        tmp = root / sub / f".{name}.parquet.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, root / sub / f"{name}.parquet")
    stale = root / "errors" / f"{name}.jsonl"
    if errors:
        _write_lines(stale, errors)
    elif stale.exists():
        stale.unlink()


def _write_read_errors(root: Path, messages: list[str]) -> None:
    path = root / "errors" / "inputs.jsonl"
    if messages:
        _write_lines(path, [{"article_id": None, "error": m} for m in messages])
    elif path.exists():
        path.unlink()


def _write_lines(path: Path, rows: list[dict[str, Any]]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def _event_row(e: Event) -> dict[str, Any]:
    return {
        "event_id": e.id, "article_id": e.article_id, "sentence_index": e.sentence_index, "date": e.date,
        "source_code": e.source.code, "target_code": e.target.code, "cameo_code": e.cameo.code,
        "cameo_root": e.cameo.root, "quad_class": e.cameo.quad_class, "goldstein": e.cameo.goldstein,
        "plover_event_type": e.plover.event_type, "negated": e.negated, "hypothetical": e.hypothetical,
        "confidence": e.confidence, "pattern_id": e.provenance.pattern_id, "record": e.model_dump_json(),
    }


def _ARTICLE_SCHEMA() -> Any:  # noqa: N802 - a constant built on demand (pyarrow loads lazily)
    import pyarrow as pa

    return pa.schema([("article_id", pa.string()), ("title", pa.string()), ("date", pa.date32()),
                      ("text", pa.string()), ("meta", pa.string()), ("content_hash", pa.string()),
                      ("events", pa.int32()), ("error", pa.string())])


def _EVENT_SCHEMA() -> Any:  # noqa: N802
    import pyarrow as pa

    return pa.schema([("event_id", pa.string()), ("article_id", pa.string()), ("sentence_index", pa.int32()),
                      ("date", pa.date32()), ("source_code", pa.string()), ("target_code", pa.string()),
                      ("cameo_code", pa.string()), ("cameo_root", pa.string()), ("quad_class", pa.int8()),
                      ("goldstein", pa.float32()), ("plover_event_type", pa.string()), ("negated", pa.bool_()),
                      ("hypothetical", pa.bool_()), ("confidence", pa.float32()), ("pattern_id", pa.string()),
                      ("record", pa.string())])
