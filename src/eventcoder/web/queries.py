"""Read-only queries of an event store for the web UI and its JSON API.

Every function takes an open :class:`~eventcoder.store.Store` (opened read-only by the
app, one per request), runs parameterised SQL only and returns plain data: dicts with the
table's column names, or small frozen dataclasses. Nothing here writes.

>>> with Store("events.duckdb", read_only=True) as store:         # doctest: +SKIP
...     page = events_page(store, EventQuery(EventFilter(source="RUS")), page=1, per_page=50)
...     page.total, page.rows[0]["cameo_code"]
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..export import EventFilter
from ..trends import TRANSNATIONAL_PREFIXES, Granularity, next_period

if TYPE_CHECKING:
    from ..store import Store

Polarity = Literal["exclude", "include", "only"]
POLARITIES: tuple[Polarity, ...] = ("exclude", "include", "only")


@dataclass(frozen=True)
class EventQuery:
    """Which events a page lists: an :class:`EventFilter` plus what the web UI adds.

    ``negated`` and ``hypothetical`` are ``"exclude"``, ``"include"`` or ``"only"``
    (they override the filter's ``include_*`` flags); ``quad`` is a QuadClass (1-4);
    ``event_id`` picks one de-duplicated event; ``article_id`` the events reported by
    one article.
    """

    filter: EventFilter = field(default_factory=EventFilter)
    negated: Polarity = "exclude"
    hypothetical: Polarity = "include"
    quad: int | None = None
    article_id: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``events e`` and its parameters."""
        flt = self.filter
        base = EventFilter(source=flt.source, target=flt.target, root=flt.root,
                           plover_type=flt.plover_type, since=flt.since, until=flt.until,
                           include_negated=True, include_hypothetical=True)
        sql, params = base.where("e")
        conds = [] if sql == "TRUE" else [sql]
        for column, mode in (("negated", self.negated), ("hypothetical", self.hypothetical)):
            if mode == "exclude":
                conds.append(f"NOT coalesce(e.{column}, false)")
            elif mode == "only":
                conds.append(f"coalesce(e.{column}, false)")
        if self.quad is not None:
            conds.append("e.quad_class = ?")
            params.append(self.quad)
        if self.article_id is not None:
            conds.append("e.event_id IN (SELECT event_id FROM mentions WHERE article_id = ?)")
            params.append(self.article_id)
        return (" AND ".join(conds) or "TRUE"), params


@dataclass(frozen=True)
class Page:
    """One page of events: ``rows`` (dicts), the ``total`` matching, and where we are."""

    rows: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True)
class DirectedDyad:
    """The events from ``source`` to ``target`` (country level) by QuadClass."""

    source: str
    target: str
    events: int
    goldstein_mean: float | None
    quads: dict[int, int]


@dataclass(frozen=True)
class Dyad:
    """Two actors and the events between them in both directions."""

    a: str
    b: str
    a_to_b: int
    b_to_a: int
    goldstein_mean: float | None
    conflict: int
    cooperation: int

    @property
    def events(self) -> int:
        return self.a_to_b + self.b_to_a


def _dicts(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cols, rows = store.query(sql, params)
    return [dict(zip(cols, row)) for row in rows]


def _one(store: Store, sql: str, params: list[Any]) -> dict[str, Any] | None:
    rows = _dicts(store, sql, params)
    return rows[0] if rows else None


# -- summary -----------------------------------------------------------------------------

def summary(store: Store) -> dict[str, Any]:
    """Table counts, the span of event dates, events per QuadClass, polarity counts and
    whether the events table is older than the last ingest."""
    out: dict[str, Any] = {"counts": store.counts(), "stale": store.stale}
    row = _one(store, """
        SELECT min(date) AS first_date, max(date) AS last_date,
               count(*) FILTER (WHERE coalesce(negated, false)) AS negated,
               count(*) FILTER (WHERE coalesce(hypothetical, false)) AS hypothetical,
               count(*) FILTER (WHERE quad_class = 1) AS quad1,
               count(*) FILTER (WHERE quad_class = 2) AS quad2,
               count(*) FILTER (WHERE quad_class = 3) AS quad3,
               count(*) FILTER (WHERE quad_class = 4) AS quad4,
               count(DISTINCT source_code) AS sources, count(DISTINCT target_code) AS targets
        FROM events""", [])
    assert row is not None
    out["first_date"], out["last_date"] = row["first_date"], row["last_date"]
    out["negated"], out["hypothetical"] = int(row["negated"]), int(row["hypothetical"])
    out["quads"] = {q: int(row[f"quad{q}"]) for q in (1, 2, 3, 4)}
    out["actors"] = {"sources": int(row["sources"]), "targets": int(row["targets"])}
    return out


_TRANSNATIONAL = ", ".join(f"'{p}'" for p in TRANSNATIONAL_PREFIXES)


def _country(column: str) -> str:
    """SQL for the country-level code of ``column`` (a fixed column name): its first three
    letters, except transnational codes (IGO..., NGO...), which stay whole."""
    return f"CASE WHEN substr({column}, 1, 3) IN ({_TRANSNATIONAL}) THEN {column} ELSE substr({column}, 1, 3) END"


#: the events counted in dyad charts, as in trend() and network(): dated, neither negated
#: nor hypothetical, both sides known by a country (or transnational), not domestic
_DYAD_SQL = f"""
WITH e AS (
    SELECT {_country('source_code')} AS source, {_country('target_code')} AS target,
           goldstein, quad_class
    FROM events
    WHERE date IS NOT NULL AND NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)
      AND coalesce(source_code, '') <> '' AND coalesce(target_code, '') <> ''
      AND (source_country IS NOT NULL OR substr(source_code, 1, 3) IN ({_TRANSNATIONAL}))
      AND (target_country IS NOT NULL OR substr(target_code, 1, 3) IN ({_TRANSNATIONAL}))
)
SELECT source, target, count(*) AS events, avg(goldstein) AS goldstein_mean,
       sum(coalesce(goldstein, 0)) AS goldstein_sum,
       count(*) FILTER (WHERE quad_class = 1) AS quad1,
       count(*) FILTER (WHERE quad_class = 2) AS quad2,
       count(*) FILTER (WHERE quad_class = 3) AS quad3,
       count(*) FILTER (WHERE quad_class = 4) AS quad4
FROM e
WHERE source <> target
GROUP BY source, target
"""


def directed_dyads(store: Store, top: int = 10) -> list[DirectedDyad]:
    """The ``top`` busiest directed dyads at country level, busiest first, with their
    events per QuadClass (the events that :func:`~eventcoder.trends.trend` counts)."""
    rows = _dicts(store, _DYAD_SQL + " ORDER BY events DESC, source, target LIMIT ?", [top])
    return [DirectedDyad(r["source"], r["target"], int(r["events"]),
                         None if r["goldstein_mean"] is None else float(r["goldstein_mean"]),
                         {q: int(r[f"quad{q}"]) for q in (1, 2, 3, 4)}) for r in rows]


def top_dyads(store: Store, top: int = 10) -> list[Dyad]:
    """The ``top`` busiest pairs of actors (country level), both directions together."""
    rows = _dicts(store, _DYAD_SQL, [])
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        a, b = sorted((r["source"], r["target"]))
        p = pairs.setdefault((a, b), {"ab": 0, "ba": 0, "gsum": 0.0, "conflict": 0, "coop": 0})
        p["ab" if r["source"] == a else "ba"] += int(r["events"])
        p["gsum"] += float(r["goldstein_sum"])
        p["conflict"] += int(r["quad3"]) + int(r["quad4"])
        p["coop"] += int(r["quad1"]) + int(r["quad2"])
    out = [Dyad(a, b, p["ab"], p["ba"], p["gsum"] / (p["ab"] + p["ba"]), p["conflict"], p["coop"])
           for (a, b), p in pairs.items()]
    out.sort(key=lambda d: (-d.events, d.a, d.b))
    return out[:top]


def weekly(store: Store, weeks: int = 26) -> list[dict[str, Any]]:
    """Events per ISO week (Monday) and QuadClass over the last ``weeks`` weeks that have
    events, oldest first (negated and hypothetical events left out)."""
    rows = _dicts(store, """
        SELECT CAST(date_trunc('week', date) AS DATE) AS period,
               count(*) FILTER (WHERE quad_class = 1) AS quad1,
               count(*) FILTER (WHERE quad_class = 2) AS quad2,
               count(*) FILTER (WHERE quad_class = 3) AS quad3,
               count(*) FILTER (WHERE quad_class = 4) AS quad4
        FROM events
        WHERE date IS NOT NULL AND NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)
        GROUP BY 1 ORDER BY 1 DESC LIMIT ?""", [weeks])
    return rows[::-1]


def recent_articles(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """The last ``limit`` articles ingested, newest first."""
    return _dicts(store, """
        SELECT article_id, title, publisher, date, n_events FROM articles
        ORDER BY ingested_at DESC, article_id LIMIT ?""", [limit])


# -- events -------------------------------------------------------------------------------

#: the columns of an event row: the event, then its first report's evidence
_EVENT_COLUMNS = """
    e.event_id, e.date, e.source_code, e.source_text, e.source_country, e.target_code,
    e.target_text, e.target_country, e.cameo_code, e.root_code, e.cameo_name, e.goldstein,
    e.quad_class, e.plover_type, e.plover_mode, e.negated, e.hypothetical,
    e.location_name, e.num_mentions, e.num_articles, e.num_sources, e.confidence,
    f.article_id, f.sentence_index, f.mention_id, s.text AS sentence"""

#: the events chosen by {where} (and {limit}) with the evidence of their first report
#: (its first mention in the first article); only the chosen events' mentions are read
_EVENT_SQL = """
WITH e AS (SELECT * FROM events e WHERE {where} ORDER BY {order} {limit}),
f AS (
    SELECT m.event_id, arg_min(m.sentence_index, m.mention_id) AS sentence_index,
           min(m.mention_id) AS mention_id, any_value(m.article_id) AS article_id
    FROM mentions m JOIN e ON m.event_id = e.event_id AND m.article_id = e.first_article_id
    GROUP BY m.event_id
)
SELECT {columns}
FROM e
LEFT JOIN f USING (event_id)
LEFT JOIN sentences s ON s.article_id = f.article_id AND s.sentence_index = f.sentence_index
ORDER BY {order}
"""

_NEWEST_FIRST = "e.date DESC NULLS LAST, e.num_mentions DESC, e.event_id"


def events_page(store: Store, query: EventQuery, *, page: int = 1, per_page: int = 50) -> Page:
    """One page of the events matching ``query``, newest first."""
    where, params = query.where()
    row = _one(store, f"SELECT count(*) AS n FROM events e WHERE {where}", params)
    total = int(row["n"]) if row else 0
    sql = _EVENT_SQL.format(where=where, order=_NEWEST_FIRST, limit="LIMIT ? OFFSET ?",
                            columns=_EVENT_COLUMNS)
    rows = _dicts(store, sql, [*params, per_page, (page - 1) * per_page])
    return Page(rows, total, page, per_page)


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One de-duplicated event with its first report's evidence, or ``None``."""
    sql = _EVENT_SQL.format(where="e.event_id = ?", order=_NEWEST_FIRST, limit="",
                            columns=_EVENT_COLUMNS)
    return _one(store, sql, [event_id])


def event_mentions(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The reports (mentions) of one event: article, sentence, trigger and the record."""
    rows = _dicts(store, """
        SELECT m.mention_id, m.article_id, a.title, a.publisher, a.date AS article_date,
               m.sentence_index, s.text AS sentence, m.trigger, m.char_start, m.char_end,
               m.confidence, m.speaker, m.pattern_id, m.record
        FROM mentions m
        JOIN articles a USING (article_id)
        LEFT JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index
        WHERE m.event_id = ?
        ORDER BY a.ingested_at, m.article_id, m.sentence_index, m.mention_id""", [event_id])
    for r in rows:
        r["record"] = _record(r["record"])
    return rows


# -- articles -----------------------------------------------------------------------------

def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article (without its text hash), or ``None``."""
    row = _one(store, """
        SELECT article_id, title, url, publisher, date, text, n_events, source_file, meta,
               ingested_at
        FROM articles WHERE article_id = ?""", [article_id])
    if row is not None:
        row["meta"] = _record(row["meta"]) or {}
    return row


def article_mentions(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The events coded in one article, in text order, each with its de-duplicated
    event's id, counts and the whole record (``record``, a dict)."""
    rows = _dicts(store, """
        SELECT m.mention_id, m.event_id, m.sentence_index, m.char_start, m.char_end,
               m.source_code, m.target_code, m.cameo_code, m.cameo_name, m.quad_class,
               m.goldstein, m.plover_type, m.negated, m.hypothetical, m.record,
               e.num_mentions, e.num_articles
        FROM mentions m LEFT JOIN events e USING (event_id)
        WHERE m.article_id = ?
        ORDER BY m.char_start NULLS LAST, m.sentence_index, m.mention_id""", [article_id])
    for r in rows:
        r["record"] = _record(r["record"])
    return rows


def article_sentences(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The stored evidence sentences of one article, in order."""
    return _dicts(store, """
        SELECT sentence_index, text FROM sentences WHERE article_id = ?
        ORDER BY sentence_index""", [article_id])


def _record(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def period_end(start: dt.date, by: Granularity) -> dt.date:
    """The last day of the day, week or month that starts on ``start``."""
    return next_period(start, by) - dt.timedelta(days=1)
