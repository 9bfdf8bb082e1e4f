"""The embedded event store (DuckDB): articles, evidence sentences, mentions and the
de-duplicated events built from them.

One process writes a store at a time (DuckDB holds a file lock; a second writer gets a
one-line error); any number of readers open it read-only. Every article is written in
the same transaction as its sentences and mentions, in bulk through Arrow tables, so a
run that is killed keeps what it committed and a new run goes on where it stopped.

Tables
------
``articles``    one row per article: ``article_id`` (the caller's id or a hash of the
                text), ``content_hash``, ``title``, ``url``, ``publisher``, ``date``,
                ``text``, ``n_events``, ``source_file``, ``meta`` (JSON), ``ingested_at``.
``sentences``   the evidence sentences: ``article_id``, ``sentence_index``, ``text``.
``mentions``    one row per coded event in an article (GDELT's mentions table):
                ``mention_id`` (the event record's ``id``), ``event_id`` (the
                de-duplication key's hash), ``article_id``, ``sentence_index``,
                ``char_start``/``char_end`` (the trigger), ``confidence``, the coded
                fields (``date``, ``source_code``, ``target_code``, ``cameo_code``, ...)
                and ``record`` (the whole event record as JSON).
``events``      one row per de-duplicated event, built from ``mentions``: the key
                fields, CAMEO and PLOVER codings, actor details, location, and
                ``num_mentions``, ``num_articles``, ``num_sources``, ``first_added``,
                ``source_url`` (the first article's URL).
``failures``    documents that could not be read or coded: ``article_id``,
                ``source_file``, ``message``, ``failed_at``.
``state``       key/value bookkeeping (``events_stale``, ``dedup_key``, ``version``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EventCoderError

if TYPE_CHECKING:
    import duckdb

    from .coder import Coder
    from .model import Article, Event

DEFAULT_DB = "eventcoder.duckdb"
SCHEMA_VERSION = "1"

#: fields of a mention that may make up the de-duplication key
KEY_FIELDS = ("date", "source_code", "target_code", "cameo_code", "negated", "hypothetical",
              "root_code", "plover_type", "article_id")
#: GDELT's key (date, source, target, CAMEO code), kept apart by polarity: "did not
#: attack" is never merged with "attacked"
DEFAULT_KEY = ("date", "source_code", "target_code", "cameo_code", "negated", "hypothetical")

DDL = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title VARCHAR,
    url VARCHAR,
    publisher VARCHAR,
    date DATE,
    text VARCHAR,
    n_events INTEGER,
    source_file VARCHAR,
    meta JSON,
    ingested_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    text VARCHAR,
    PRIMARY KEY (article_id, sentence_index)
);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY,
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    char_start INTEGER,
    char_end INTEGER,
    confidence DOUBLE,
    date DATE,
    date_precision VARCHAR,
    source_code VARCHAR,
    source_text VARCHAR,
    source_country VARCHAR,
    source_role VARCHAR,
    target_code VARCHAR,
    target_text VARCHAR,
    target_country VARCHAR,
    target_role VARCHAR,
    cameo_code VARCHAR NOT NULL,
    root_code VARCHAR NOT NULL,
    cameo_name VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    negated BOOLEAN,
    hypothetical BOOLEAN,
    speaker VARCHAR,
    speaker_anonymous BOOLEAN,
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    pattern_id VARCHAR,
    trigger VARCHAR,
    record JSON
);
CREATE TABLE IF NOT EXISTS failures (
    article_id VARCHAR,
    source_file VARCHAR,
    message VARCHAR,
    failed_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS state (key VARCHAR PRIMARY KEY, value VARCHAR);
"""

#: the events table, rebuilt from mentions ({key} is the key's column list)
EVENTS_SQL = """
CREATE OR REPLACE TABLE events AS
WITH m AS (
    SELECT m.*, a.url, a.publisher, a.ingested_at
    FROM mentions m JOIN articles a USING (article_id)
)
SELECT
    event_id,
    min(date) AS date,
    arg_min(date_precision, mention_id) AS date_precision,
    arg_min(source_code, mention_id) AS source_code,
    arg_min(source_text, mention_id) AS source_text,
    arg_min(source_country, mention_id) AS source_country,
    arg_min(source_role, mention_id) AS source_role,
    arg_min(target_code, mention_id) AS target_code,
    arg_min(target_text, mention_id) AS target_text,
    arg_min(target_country, mention_id) AS target_country,
    arg_min(target_role, mention_id) AS target_role,
    arg_min(cameo_code, mention_id) AS cameo_code,
    arg_min(root_code, mention_id) AS root_code,
    arg_min(cameo_name, mention_id) AS cameo_name,
    arg_min(goldstein, mention_id) AS goldstein,
    arg_min(quad_class, mention_id) AS quad_class,
    arg_min(plover_type, mention_id) AS plover_type,
    arg_min(plover_mode, mention_id) AS plover_mode,
    bool_or(negated) AS negated,
    bool_or(hypothetical) AS hypothetical,
    arg_min(location_name, mention_id) FILTER (WHERE location_name IS NOT NULL) AS location_name,
    arg_min(location_country, mention_id) FILTER (WHERE location_name IS NOT NULL) AS location_country,
    arg_min(lat, mention_id) FILTER (WHERE location_name IS NOT NULL) AS lat,
    arg_min(lon, mention_id) FILTER (WHERE location_name IS NOT NULL) AS lon,
    count(*) AS num_mentions,
    count(DISTINCT article_id) AS num_articles,
    count(DISTINCT coalesce(publisher, url, article_id)) AS num_sources,
    max(confidence) AS confidence,
    min(ingested_at) AS first_added,
    arg_min(url, strftime(ingested_at, '%Y%m%d%H%M%S%f') || article_id) AS source_url,
    arg_min(article_id, strftime(ingested_at, '%Y%m%d%H%M%S%f') || article_id) AS first_article_id
FROM m
GROUP BY event_id
"""


def event_key_id(values: Sequence[Any]) -> str:
    """The de-duplicated event's id: a hash of its key values."""
    raw = "\x1f".join("" if v is None else str(v).lower() if isinstance(v, bool) else str(v) for v in values)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def content_hash(article: Article) -> str:
    raw = f"{article.title or ''}\x1f{article.date or ''}\x1f{article.text}"
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()


def mention_row(e: Event, key: Sequence[str]) -> dict[str, Any]:
    """The mentions-table row of one coded event."""
    row: dict[str, Any] = {
        "mention_id": e.id,
        "article_id": e.article_id,
        "sentence_index": e.sentence_index,
        "char_start": e.provenance.trigger_offsets[0],
        "char_end": e.provenance.trigger_offsets[1],
        "confidence": e.confidence,
        "date": e.date,
        "date_precision": e.date_precision,
        "source_code": e.source.code or "",
        "source_text": e.source.text,
        "source_country": e.source.country,
        "source_role": e.source.role,
        "target_code": e.target.code or "",
        "target_text": e.target.text,
        "target_country": e.target.country,
        "target_role": e.target.role,
        "cameo_code": e.cameo.code,
        "root_code": e.cameo.root,
        "cameo_name": e.cameo.name,
        "goldstein": e.cameo.goldstein,
        "quad_class": e.cameo.quad_class,
        "plover_type": e.plover.event_type,
        "plover_mode": e.plover.mode,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "speaker": e.speaker.text if e.speaker else None,
        "speaker_anonymous": e.speaker.anonymous if e.speaker else None,
        "location_name": e.location.name if e.location else None,
        "location_country": e.location.country if e.location else None,
        "lat": e.location.lat if e.location else None,
        "lon": e.location.lon if e.location else None,
        "pattern_id": e.provenance.pattern_id,
        "trigger": e.provenance.trigger,
        "record": json.dumps(e.to_dict(), ensure_ascii=False),
    }
    row["event_id"] = event_key_id([row[k] for k in key])
    return row


@dataclass
class IngestStats:
    """What one ingest run did."""

    articles_seen: int = 0
    articles_added: int = 0
    articles_updated: int = 0
    articles_skipped: int = 0
    mentions_added: int = 0
    failures: int = 0
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)


class StoreError(EventCoderError):
    """The store cannot be opened or written."""


def _connect(path: str | Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    import duckdb

    p = Path(path)
    if read_only and not p.exists():
        raise StoreError(f"{p}: no such event store; create it with 'eventcoder ingest'")
    try:
        return duckdb.connect(str(p), read_only=read_only)
    except duckdb.IOException as exc:
        msg = str(exc).splitlines()[0]
        if "lock" in msg.lower():
            raise StoreError(f"{p}: the store is being written by another process; "
                             "one writer at a time (readers may use it)") from None
        raise StoreError(f"{p}: cannot open the event store ({msg})") from None
    except duckdb.Error as exc:
        raise StoreError(f"{p}: not an eventcoder store ({str(exc).splitlines()[0]})") from None


class Store:
    """An event store in one DuckDB file.

    >>> with Store("events.duckdb") as store:                    # doctest: +SKIP
    ...     store.ingest(coder, articles)
    ...     store.query("SELECT source_code, count(*) FROM events GROUP BY 1")
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False,
                 key: Sequence[str] | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.con = _connect(self.path, read_only)
        if read_only:
            self._check_readable()
            self.key = tuple(self._state("dedup_key", ",".join(DEFAULT_KEY)).split(","))
            return
        self.con.execute(DDL)
        stored = self._state("dedup_key", None)
        wanted = tuple(key) if key else (tuple(stored.split(",")) if stored else DEFAULT_KEY)
        bad = [k for k in wanted if k not in KEY_FIELDS]
        if bad:
            raise StoreError(f"unknown de-duplication key field(s) {bad}; choose from {list(KEY_FIELDS)}")
        if stored and tuple(stored.split(",")) != wanted:
            self._rekey(wanted)
        self.key = wanted
        self._set_state("dedup_key", ",".join(wanted))
        self._set_state("version", SCHEMA_VERSION)
        if not self._has_table("events"):
            self.rebuild_events()

    # -- context manager ------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- bookkeeping ------------------------------------------------------------
    def _has_table(self, name: str) -> bool:
        row = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
        return bool(row and row[0])

    def _check_readable(self) -> None:
        for t in ("articles", "mentions", "events"):
            if not self._has_table(t):
                raise StoreError(f"{self.path}: not an eventcoder store (no '{t}' table)")

    def _state(self, key: str, default: str | None) -> Any:
        if not self._has_table("state"):
            return default
        row = self.con.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def _set_state(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", [key, value])

    def _rekey(self, key: Sequence[str]) -> None:
        """Recompute every mention's event id for a new de-duplication key."""
        cols = ", ".join(f"coalesce(CAST({k} AS VARCHAR), '')" for k in key)
        self.con.execute("BEGIN")
        self.con.execute(f"UPDATE mentions SET event_id = substr(sha1(concat_ws(chr(31), {cols})), 1, 20)")
        self._set_state("events_stale", "1")
        self.con.execute("COMMIT")

    # -- writing ----------------------------------------------------------------
    def known(self, article_ids: Iterable[str]) -> dict[str, str]:
        """article_id -> content hash of the articles already stored among ``article_ids``."""
        ids = list(article_ids)
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {a: h for a, h in rows}

    def write(self, coded: Sequence[tuple[Article, list[Event]]], source_file: str | None = None,
              hashes: dict[str, str] | None = None) -> int:
        """Store a batch of coded articles in one transaction (replacing earlier versions
        of the same article ids); returns the number of mentions written. ``hashes`` gives
        the content hash of each article as it was read (before coding filled its title)."""
        import pyarrow as pa

        if not coded:
            return 0
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        arts, sents, ments = [], [], []
        for i, (art, events) in enumerate(coded):
            meta = dict(art.meta)
            arts.append({
                "article_id": art.id, "content_hash": (hashes.pop(art.id, None) if hashes is not None else None) or content_hash(art),
                "title": art.title,
                "url": _str(meta.get("url")), "publisher": _str(meta.get("source") or meta.get("sitename")),
                "date": art.date, "text": art.text, "n_events": len(events),
                "source_file": source_file or _str(meta.get("source_file")),
                "meta": json.dumps(meta, ensure_ascii=False, default=str), "ingested_at": now + dt.timedelta(microseconds=i),  # keeps the order of the batch
            })
            seen_sent: set[int] = set()
            seen_ment: set[str] = set()
            for e in events:
                if e.sentence_index not in seen_sent:
                    seen_sent.add(e.sentence_index)
                    sents.append({"article_id": art.id, "sentence_index": e.sentence_index, "text": e.sentence})
                if e.id not in seen_ment:
                    seen_ment.add(e.id)
                    ments.append(mention_row(e, self.key))
        art_t = pa.Table.from_pylist(arts, schema=_ARTICLE_SCHEMA)
        sent_t = pa.Table.from_pylist(sents, schema=_SENTENCE_SCHEMA)
        ment_t = pa.Table.from_pylist(ments, schema=_MENTION_SCHEMA)
        ids = [a["article_id"] for a in arts]
        con = self.con
        con.execute("BEGIN")
        try:
            for table in ("mentions", "sentences", "articles"):
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
            con.register("_arts", art_t)
            con.register("_sents", sent_t)
            con.register("_ments", ment_t)
            con.execute("INSERT INTO articles SELECT * FROM _arts")
            con.execute("INSERT INTO sentences SELECT * FROM _sents")
            con.execute("INSERT INTO mentions SELECT * FROM _ments")
            self._set_state("events_stale", "1")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        finally:
            for name in ("_arts", "_sents", "_ments"):
                con.unregister(name)
        return len(ments)

    def record_failure(self, article_id: str | None, source_file: str | None, message: str) -> None:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self.con.execute("INSERT INTO failures VALUES (?, ?, ?, ?)", [article_id, source_file, message, now])

    def rebuild_events(self) -> None:
        """Rebuild the de-duplicated ``events`` table from ``mentions``."""
        self.con.execute("BEGIN")
        self.con.execute(EVENTS_SQL)
        self._set_state("events_stale", "0")
        self.con.execute("COMMIT")

    @property
    def stale(self) -> bool:
        return bool(self._state("events_stale", "0") == "1")

    def ingest(
        self,
        coder: Coder,
        articles: Iterable[Article],
        *,
        batch_size: int = 200,
        source_file: str | None = None,
        progress: Any = None,
    ) -> IngestStats:
        """Code and store ``articles``; articles already stored with the same content are
        skipped without coding, changed ones replaced. ``progress`` (a callable taking the
        number of articles done) is called after each batch."""
        import time

        stats = IngestStats()
        t0 = time.perf_counter()
        hashes: dict[str, str] = {}  # content hash of each article as read

        def fresh() -> Iterator[Article]:
            buf: list[Article] = []
            for art in articles:
                stats.articles_seen += 1
                buf.append(art)
                if len(buf) >= batch_size:
                    yield from self._new_only(buf, stats, progress, hashes)
                    buf = []
            if buf:
                yield from self._new_only(buf, stats, progress, hashes)

        def failed(art: Article, exc: Exception) -> None:
            stats.failures += 1
            msg = f"{art.id}: coding failed ({type(exc).__name__}: {exc})"
            stats.messages.append(msg)
            self.record_failure(art.id, source_file, msg)

        batch: list[tuple[Article, list[Event]]] = []
        for art, events in coder.pipe(fresh(), on_error=failed):
            batch.append((art, events))
            if len(batch) >= batch_size:
                stats.mentions_added += self.write(batch, source_file, hashes)
                if progress is not None:
                    progress(len(batch))
                batch = []
        if batch:
            stats.mentions_added += self.write(batch, source_file, hashes)
            if progress is not None:
                progress(len(batch))
        if self.stale:
            self.rebuild_events()
        stats.seconds = time.perf_counter() - t0
        return stats

    def load(
        self,
        coded: Iterable[tuple[Article, list[Event], str, str | None]],
        *,
        batch_size: int = 200,
        source_file: str | None = None,
        progress: Any = None,
    ) -> IngestStats:
        """Store articles coded elsewhere (``eventcoder batch``): ``(article, events, content
        hash as read, coding error or None)``. Unchanged articles are skipped, changed ones
        replaced, one transaction per batch, as in :meth:`ingest`."""
        import time

        stats = IngestStats()
        t0 = time.perf_counter()

        def flush(buf: list[tuple[Article, list[Event], str, str | None]]) -> None:
            stored = self.known(a.id for a, _e, _h, _err in buf)
            keep: list[tuple[Article, list[Event]]] = []
            hashes: dict[str, str] = {}
            for art, events, h, err in buf:
                if err:
                    stats.failures += 1
                    self.record_failure(art.id, source_file, f"{art.id}: {err}")
                old = stored.get(art.id)
                if old == h:
                    stats.articles_skipped += 1
                    continue
                if old is None:
                    stats.articles_added += 1
                else:
                    stats.articles_updated += 1
                hashes[art.id] = h
                keep.append((art, events))
            stats.mentions_added += self.write(keep, source_file, hashes)
            if progress is not None:
                progress(len(buf))

        buf: list[tuple[Article, list[Event], str, str | None]] = []
        for item in coded:
            stats.articles_seen += 1
            buf.append(item)
            if len(buf) >= batch_size:
                flush(buf)
                buf = []
        if buf:
            flush(buf)
        if self.stale:
            self.rebuild_events()
        stats.seconds = time.perf_counter() - t0
        return stats

    def _new_only(self, buf: list[Article], stats: IngestStats, progress: Any,
                  hashes: dict[str, str]) -> Iterator[Article]:
        stored = self.known(a.id for a in buf)
        skipped = 0
        for art in buf:
            h = stored.get(art.id)
            mine = content_hash(art)
            if h is None:
                stats.articles_added += 1
                hashes[art.id] = mine
                yield art
            elif h != mine:
                hashes[art.id] = mine
                stats.articles_updated += 1
                yield art
            else:
                skipped += 1
        stats.articles_skipped += skipped
        if progress is not None and skipped:
            progress(skipped)

    # -- reading ------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run SQL; returns (column names, rows)."""
        cur = self.con.execute(sql, list(params or []))
        cols = [d[0] for d in cur.description or []]
        return cols, cur.fetchall()

    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("articles", "sentences", "mentions", "events", "failures"):
            row = self.con.execute(f"SELECT count(*) FROM {t}").fetchone()
            out[t] = int(row[0]) if row else 0
        return out


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def _schemas() -> tuple[Any, Any, Any]:
    import pyarrow as pa

    art = pa.schema([
        ("article_id", pa.string()), ("content_hash", pa.string()), ("title", pa.string()),
        ("url", pa.string()), ("publisher", pa.string()), ("date", pa.date32()), ("text", pa.string()),
        ("n_events", pa.int32()), ("source_file", pa.string()), ("meta", pa.string()),
        ("ingested_at", pa.timestamp("us")),
    ])
    sent = pa.schema([("article_id", pa.string()), ("sentence_index", pa.int32()), ("text", pa.string())])
    ment = pa.schema([
        ("mention_id", pa.string()), ("event_id", pa.string()), ("article_id", pa.string()),
        ("sentence_index", pa.int32()), ("char_start", pa.int32()), ("char_end", pa.int32()),
        ("confidence", pa.float64()), ("date", pa.date32()), ("date_precision", pa.string()),
        ("source_code", pa.string()), ("source_text", pa.string()), ("source_country", pa.string()),
        ("source_role", pa.string()), ("target_code", pa.string()), ("target_text", pa.string()),
        ("target_country", pa.string()), ("target_role", pa.string()), ("cameo_code", pa.string()),
        ("root_code", pa.string()), ("cameo_name", pa.string()), ("goldstein", pa.float64()),
        ("quad_class", pa.int32()), ("plover_type", pa.string()), ("plover_mode", pa.string()),
        ("negated", pa.bool_()), ("hypothetical", pa.bool_()), ("speaker", pa.string()),
        ("speaker_anonymous", pa.bool_()), ("location_name", pa.string()), ("location_country", pa.string()),
        ("lat", pa.float64()), ("lon", pa.float64()), ("pattern_id", pa.string()), ("trigger", pa.string()),
        ("record", pa.string()),
    ])
    return art, sent, ment


_ARTICLE_SCHEMA, _SENTENCE_SCHEMA, _MENTION_SCHEMA = _schemas()
