"""Aggregates of the de-duplicated ``events`` table for charts and reports.

:func:`trend` counts the events between two actors per day, ISO week or month, with the
Goldstein sum and mean and the counts per QuadClass, one row per period and direction,
zero-filled so that quiet periods show as gaps rather than disappearing.

:func:`network` counts the events on each directed (source, target) edge, at the level of
whole actor codes or of countries, for a network chart.

Both read the ``events`` table only, with parameterised SQL; negated ("did not attack")
and hypothetical ("threatened to attack if ...") events are left out unless asked for.

>>> with Store("events.duckdb", read_only=True) as store:         # doctest: +SKIP
...     rows = trend(store, "RUS", "UKR", by="week", both=True)
...     edges = network(store, top=20)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .errors import ConfigError

if TYPE_CHECKING:
    from .store import Store

Granularity = Literal["day", "week", "month"]
Level = Literal["actor", "country"]

GRANULARITIES: tuple[Granularity, ...] = ("day", "week", "month")
LEVELS: tuple[Level, ...] = ("actor", "country")

#: actor codes whose first three letters are not a country: at country level they keep
#: their whole code (IGOWSTNAT is NATO, not "IGO"; NGOHRIAMN is Amnesty International)
TRANSNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC")

#: QuadClass numbers and their names
QUAD_CLASSES = {1: "Verbal cooperation", 2: "Material cooperation",
                3: "Verbal conflict", 4: "Material conflict"}


@dataclass(frozen=True)
class TrendRow:
    """The events in one direction (``"RUS->USA"``) during one period.

    ``period`` is the day, the Monday of the ISO week or the first day of the month.
    ``goldstein_mean`` is ``None`` when the period has no event with a Goldstein score.
    """

    period: dt.date
    direction: str
    events: int
    goldstein_sum: float
    goldstein_mean: float | None
    quad1: int
    quad2: int
    quad3: int
    quad4: int

    @property
    def source(self) -> str:
        return self.direction.split("->", 1)[0]

    @property
    def target(self) -> str:
        return self.direction.split("->", 1)[1]


@dataclass(frozen=True)
class Edge:
    """The events from ``source`` to ``target``: their number, Goldstein sum and mean, and
    the share of them that are conflict (QuadClass 3 or 4)."""

    source: str
    target: str
    events: int
    goldstein_sum: float
    goldstein_mean: float | None
    conflict_share: float


def _code(value: str, what: str) -> str:
    code = value.strip().upper() if isinstance(value, str) else ""
    if not code:
        raise ConfigError(f"{what} actor code is empty; give a CAMEO code prefix such as RUS or USAGOV")
    return code


def _filters(include_negated: bool, include_hypothetical: bool, since: dt.date | None,
             until: dt.date | None) -> tuple[str, list[Any]]:
    """The WHERE conditions shared by every query (no user value is ever interpolated)."""
    if since is not None and until is not None and since > until:
        raise ConfigError(f"since ({since}) is after until ({until}); swap them")
    sql = ["date IS NOT NULL"]
    params: list[Any] = []
    if not include_negated:
        sql.append("NOT coalesce(negated, false)")
    if not include_hypothetical:
        sql.append("NOT coalesce(hypothetical, false)")
    if since is not None:
        sql.append("date >= ?")
        params.append(since)
    if until is not None:
        sql.append("date <= ?")
        params.append(until)
    return " AND ".join(sql), params


def truncate(day: dt.date, by: Granularity) -> dt.date:
    """The first day of the period that contains ``day``."""
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period(start: dt.date, by: Granularity) -> dt.date:
    """The first day of the period after the one starting on ``start``."""
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def periods(first: dt.date, last: dt.date, by: Granularity) -> list[dt.date]:
    """Every period start from the period of ``first`` to the period of ``last``."""
    out: list[dt.date] = []
    p, end = truncate(first, by), truncate(last, by)
    while p <= end:
        out.append(p)
        p = next_period(p, by)
    return out


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"expected a date, got {value!r}")


TREND_SQL = """
SELECT CAST(date_trunc(?, date) AS DATE) AS period,
       count(*) AS events,
       coalesce(sum(goldstein), 0) AS goldstein_sum,
       avg(goldstein) AS goldstein_mean,
       count(*) FILTER (WHERE quad_class = 1) AS quad1,
       count(*) FILTER (WHERE quad_class = 2) AS quad2,
       count(*) FILTER (WHERE quad_class = 3) AS quad3,
       count(*) FILTER (WHERE quad_class = 4) AS quad4
FROM events
WHERE starts_with(source_code, ?) AND starts_with(target_code, ?) AND {where}
GROUP BY 1
ORDER BY 1
"""


def trend(
    store: Store,
    source: str,
    target: str,
    *,
    by: Granularity = "week",
    both: bool = False,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[TrendRow]:
    """Events from ``source`` to ``target`` per period, ordered by period then direction.

    ``source`` and ``target`` are actor code prefixes: ``RUS`` matches RUS, RUSGOV and
    RUSMIL. With ``both`` the reverse direction (target to source) comes as rows of its
    own. Every period from ``since`` (or the first event) to ``until`` (or the last event)
    is present in every direction, with zero counts where nothing happened. ``since`` and
    ``until`` bound the event dates (inclusive), so the first and last periods may be
    partial. Returns ``[]`` when there is no event and no complete range to fill.
    """
    if by not in GRANULARITIES:
        raise ConfigError(f"unknown period {by!r}; choose one of {', '.join(GRANULARITIES)}")
    src, tgt = _code(source, "source"), _code(target, "target")
    where, params = _filters(include_negated, include_hypothetical, since, until)
    directions = [(src, tgt)]
    if both and (tgt, src) != (src, tgt):
        directions.append((tgt, src))

    found: dict[tuple[dt.date, str], TrendRow] = {}
    sql = TREND_SQL.format(where=where)
    for s, t in directions:
        label = f"{s}->{t}"
        for period, n, gsum, gmean, q1, q2, q3, q4 in store.con.execute(
                sql, [by, s, t, *params]).fetchall():
            day = _as_date(period)
            found[(day, label)] = TrendRow(
                period=day, direction=label, events=int(n), goldstein_sum=float(gsum),
                goldstein_mean=None if gmean is None else float(gmean),
                quad1=int(q1), quad2=int(q2), quad3=int(q3), quad4=int(q4))

    days = [p for p, _ in found]
    first = since if since is not None else (min(days) if days else None)
    last = until if until is not None else (max(days) if days else None)
    if first is None or last is None:
        return []
    out: list[TrendRow] = []
    for p in periods(first, last, by):
        for s, t in directions:
            label = f"{s}->{t}"
            out.append(found.get((p, label)) or TrendRow(p, label, 0, 0.0, None, 0, 0, 0, 0))
    return out


NETWORK_SQL = """
WITH e AS (
    SELECT {src} AS source, {tgt} AS target, goldstein, quad_class
    FROM events
    WHERE coalesce(source_code, '') <> '' AND coalesce(target_code, '') <> '' AND {where}
)
SELECT source, target,
       count(*) AS events,
       coalesce(sum(goldstein), 0) AS goldstein_sum,
       avg(goldstein) AS goldstein_mean,
       count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
       count(quad_class) AS classed
FROM e
WHERE {self_loops}
GROUP BY source, target
HAVING count(*) >= ?
ORDER BY events DESC, source, target
LIMIT ?
"""


def _collapse(column: str) -> str:
    """SQL for the country-level code of ``column`` (a fixed column name, never user input)."""
    prefixes = ", ".join(f"'{p}'" for p in TRANSNATIONAL_PREFIXES)
    return f"CASE WHEN substr({column}, 1, 3) IN ({prefixes}) THEN {column} ELSE substr({column}, 1, 3) END"


def network(
    store: Store,
    *,
    min_events: int = 1,
    top: int = 30,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    level: Level = "country",
    self_loops: bool = False,
    anonymous: bool = False,
) -> list[Edge]:
    """The ``top`` busiest directed edges with at least ``min_events`` events, busiest first.

    At ``level="country"`` actor codes are cut to their first three letters (RUSGOV and
    RUSMIL are both RUS), except transnational codes (IGO, NGO, IMG, MNC), which keep their
    whole code. Events without a source or a target are skipped, and so are edges from an
    actor to itself (domestic events at country level) unless ``self_loops`` is set, and
    sides known only by their role ("the government", "troops": GOV, MIL) unless
    ``anonymous`` is set.
    """
    if level not in LEVELS:
        raise ConfigError(f"unknown network level {level!r}; choose one of {', '.join(LEVELS)}")
    if min_events < 1 or top < 1:
        raise ConfigError("min_events and top must be at least 1")
    where, params = _filters(include_negated, include_hypothetical, since, until)
    if not anonymous:
        prefixes = ", ".join(f"'{p}'" for p in TRANSNATIONAL_PREFIXES)
        for side in ("source", "target"):
            where += f" AND ({side}_country IS NOT NULL OR substr({side}_code, 1, 3) IN ({prefixes}))"
    src, tgt = ("source_code", "target_code") if level == "actor" else (
        _collapse("source_code"), _collapse("target_code"))
    sql = NETWORK_SQL.format(src=src, tgt=tgt, where=where,
                             self_loops="true" if self_loops else "source <> target")
    rows = store.con.execute(sql, [*params, min_events, top]).fetchall()
    return [
        Edge(source=s, target=t, events=int(n), goldstein_sum=float(gsum),
             goldstein_mean=None if gmean is None else float(gmean),
             conflict_share=float(conflict) / classed if classed else 0.0)
        for s, t, n, gsum, gmean, conflict, classed in rows
    ]
