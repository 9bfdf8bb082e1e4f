"""trend() / network() over a small hand-built store, and the PNG charts drawn from them."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest

from eventcoder.charts import plot_network, plot_trend
from eventcoder.errors import ConfigError
from eventcoder.store import DEFAULT_KEY, Store, event_key_id
from eventcoder.trends import Edge, TrendRow, network, trend

D = dt.date

# (date, source, target, cameo, goldstein, quad, negated, hypothetical)
EVENTS = [
    # week of Mon 2024-03-04
    (D(2024, 3, 4), "RUS", "USA", "036", 4.0, 1, False, False),       # Monday
    (D(2024, 3, 6), "RUSGOV", "USA", "111", -2.0, 3, False, False),   # counts under RUS
    (D(2024, 3, 10), "RUSMIL", "USAMIL", "190", -10.0, 4, False, False),  # Sunday, same week
    (D(2024, 3, 7), "USA", "RUS", "172", -5.0, 4, False, False),      # reverse direction
    (D(2024, 3, 8), "RUS", "USA", "190", -10.0, 4, True, False),      # negated
    (D(2024, 3, 8), "RUS", "USA", "138", -7.0, 3, False, True),       # hypothetical
    # week of Mon 2024-03-11: nothing; week of Mon 2024-03-18:
    (D(2024, 3, 18), "RUS", "USAGOV", "057", 8.0, 1, False, False),
    (D(2024, 3, 24), "USAGOV", "RUSGOV", "042", 1.9, 1, False, False),  # Sunday
    # other dyads
    (D(2024, 3, 5), "UKR", "RUS", "190", -10.0, 4, False, False),
    (D(2024, 3, 5), "UKRMIL", "RUSMIL", "195", -10.0, 4, False, False),
    (D(2024, 3, 20), "IGOWSTNAT", "UKRGOV", "071", 7.4, 2, False, False),
    (D(2024, 3, 21), "RUSGOV", "RUSOPP", "173", -5.0, 4, False, False),  # domestic
    (D(2024, 3, 22), "RUS", "", "010", 0.0, 1, False, False),            # no target
    (D(2024, 3, 22), "RUSIGO", "RUS", "010", 0.0, 1, False, False),      # RUSIGO is Russian
]


def _rows(events, article="a1"):
    arts, ments = [], []
    for i, (day, src, tgt, cameo, gold, quad, neg, hyp) in enumerate(events):
        values = {"date": day, "source_code": src, "target_code": tgt, "cameo_code": cameo,
                  "negated": neg, "hypothetical": hyp}
        ments.append((f"{article}-m{i}", event_key_id([values[k] for k in DEFAULT_KEY]),
                      article, i, day, src, tgt, src[:3], tgt[:3], cameo, cameo[:2], gold,
                      quad, neg, hyp, "{}"))
    arts.append((article, f"hash-{article}", "title", f"https://example.org/{article}",
                 "Example News", events[0][0] if events else None, "text", len(events)))
    return arts, ments


MENTION_COLUMNS = ("mention_id", "event_id", "article_id", "sentence_index", "date", "source_code",
                   "target_code", "source_country", "target_country", "cameo_code", "root_code",
                   "goldstein", "quad_class", "negated", "hypothetical", "record")


def build(path: Path, events=EVENTS, copies: int = 1) -> Store:
    """A store holding ``events``, each reported by ``copies`` articles (one event each)."""
    import pyarrow as pa

    store = Store(path)
    for c in range(copies):
        arts, ments = _rows(events, article=f"a{c}")
        store.con.executemany(
            "INSERT INTO articles (article_id, content_hash, title, url, publisher, date, text, "
            "n_events, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())", arts)
        # one Arrow insert: executemany takes seconds for a few hundred rows
        table = pa.table({c: list(col) for c, col in zip(MENTION_COLUMNS, zip(*ments))})
        store.con.register("new_mentions", table)
        store.con.execute(f"INSERT INTO mentions ({', '.join(MENTION_COLUMNS)}) "
                          "SELECT * FROM new_mentions")
        store.con.unregister("new_mentions")
    store.rebuild_events()
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = build(tmp_path_factory.mktemp("store") / "t.duckdb", copies=2)  # two articles: de-duplicated to one event each
    yield s
    s.close()


def by_key(rows):
    return {(r.period, r.direction): r for r in rows}


def test_weekly_buckets_start_on_monday_and_sum_goldstein(store):
    assert store.counts()["events"] == len(EVENTS)
    rows = trend(store, "RUS", "USA")
    assert all(isinstance(r, TrendRow) and r.period.weekday() == 0 for r in rows)
    assert [r.period for r in rows] == [D(2024, 3, 4), D(2024, 3, 11), D(2024, 3, 18)]
    assert {r.direction for r in rows} == {"RUS->USA"}
    w1, gap, w3 = rows
    # RUS 4.0 + RUSGOV -2.0 + RUSMIL->USAMIL -10.0 (Sunday); negated and hypothetical left out
    assert (w1.events, w1.goldstein_sum, w1.goldstein_mean) == (3, -8.0, pytest.approx(-8.0 / 3))
    assert (w1.quad1, w1.quad2, w1.quad3, w1.quad4) == (1, 0, 1, 1)
    assert gap == TrendRow(D(2024, 3, 11), "RUS->USA", 0, 0.0, None, 0, 0, 0, 0)
    assert (w3.events, w3.goldstein_sum, w3.quad1) == (1, 8.0, 1)


def test_reverse_direction_only_with_both(store):
    one = trend(store, "rus", "usa")  # codes are case-insensitive
    assert {r.direction for r in one} == {"RUS->USA"}
    rows = by_key(trend(store, "RUS", "USA", both=True))
    assert len(rows) == 6  # 3 weeks x 2 directions, zero-filled in both
    assert rows[(D(2024, 3, 4), "USA->RUS")].goldstein_sum == -5.0
    assert rows[(D(2024, 3, 4), "USA->RUS")].quad4 == 1
    assert rows[(D(2024, 3, 11), "USA->RUS")].events == 0
    assert rows[(D(2024, 3, 18), "USA->RUS")].goldstein_sum == pytest.approx(1.9)
    assert rows[(D(2024, 3, 4), "RUS->USA")].goldstein_sum == -8.0


def test_prefix_matching_is_by_code_prefix(store):
    gov = trend(store, "RUSGOV", "USA")
    assert sum(r.events for r in gov) == 1 and sum(r.goldstein_sum for r in gov) == -2.0
    assert sum(r.events for r in trend(store, "RUS", "USAGOV")) == 1


def test_negated_and_hypothetical_only_when_asked(store):
    def week1(**kw):
        return by_key(trend(store, "RUS", "USA", **kw))[(D(2024, 3, 4), "RUS->USA")]

    assert week1().events == 3
    neg = week1(include_negated=True)
    assert (neg.events, neg.goldstein_sum, neg.quad4) == (4, -18.0, 2)
    hyp = week1(include_hypothetical=True)
    assert (hyp.events, hyp.goldstein_sum, hyp.quad3) == (4, -15.0, 2)
    assert week1(include_negated=True, include_hypothetical=True).events == 5


def test_day_and_month_buckets_and_range_zero_fill(store):
    days = trend(store, "RUS", "USA", by="day", since=D(2024, 3, 3), until=D(2024, 3, 7))
    assert [r.period for r in days] == [D(2024, 3, d) for d in range(3, 8)]
    assert [r.events for r in days] == [0, 1, 0, 1, 0]
    months = trend(store, "RUS", "USA", by="month", since=D(2024, 1, 15), until=D(2024, 4, 2))
    assert [r.period for r in months] == [D(2024, m, 1) for m in (1, 2, 3, 4)]
    assert [r.events for r in months] == [0, 0, 4, 0]
    assert sum(r.goldstein_sum for r in months) == 0.0  # 4 - 2 - 10 + 8
    # since/until bound the event dates, not just the periods
    late = trend(store, "RUS", "USA", since=D(2024, 3, 6))
    assert late[0].period == D(2024, 3, 4) and late[0].events == 2
    assert trend(store, "CHN", "USA") == []
    empty = trend(store, "CHN", "USA", by="week", since=D(2024, 3, 1), until=D(2024, 3, 20))
    assert [r.period for r in empty] == [D(2024, 2, 26), D(2024, 3, 4), D(2024, 3, 11), D(2024, 3, 18)]
    assert all(r.events == 0 and r.direction == "CHN->USA" for r in empty)


def test_bad_arguments_fail_with_a_message(store):
    with pytest.raises(ConfigError, match="choose one of day, week, month"):
        trend(store, "RUS", "USA", by="year")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="empty"):
        trend(store, " ", "USA")
    with pytest.raises(ConfigError, match="swap"):
        trend(store, "RUS", "USA", since=D(2024, 4, 1), until=D(2024, 3, 1))
    with pytest.raises(ConfigError, match="actor, country"):
        network(store, level="world")  # type: ignore[arg-type]


def test_network_collapses_to_countries_and_weights_edges(store):
    edges = {(e.source, e.target): e for e in network(store)}
    assert all(isinstance(e, Edge) for e in edges.values())
    rus_usa = edges[("RUS", "USA")]  # RUS, RUSGOV, RUSMIL->USAMIL, RUS->USAGOV
    assert (rus_usa.events, rus_usa.goldstein_sum) == (4, 0.0)
    assert rus_usa.goldstein_mean == 0.0 and rus_usa.conflict_share == 0.5
    usa_rus = edges[("USA", "RUS")]
    assert usa_rus.events == 2 and usa_rus.goldstein_sum == pytest.approx(-3.1)
    ukr_rus = edges[("UKR", "RUS")]
    assert (ukr_rus.events, ukr_rus.conflict_share) == (2, 1.0)
    assert edges[("IGOWSTNAT", "UKR")].events == 1  # IGO codes keep their whole code
    assert not any("" in k for k in edges)  # an empty target is skipped
    assert ("RUS", "RUS") not in edges  # domestic self-loops are off by default
    assert network(store, self_loops=True)[0] == Edge("RUS", "USA", 4, 0.0, 0.0, 0.5)
    loops = {(e.source, e.target): e.events for e in network(store, self_loops=True)}
    assert loops[("RUS", "RUS")] == 2  # RUSGOV->RUSOPP, RUSIGO->RUS
    # busiest first, then top / min_events
    assert [e.events for e in network(store)] == sorted((e.events for e in edges.values()), reverse=True)
    assert [(e.source, e.target) for e in network(store, top=1)] == [("RUS", "USA")]
    assert {e.events for e in network(store, min_events=2)} == {4, 2}
    assert sum(e.events for e in network(store, include_negated=True, include_hypothetical=True)
               if (e.source, e.target) == ("RUS", "USA")) == 6


def test_network_at_actor_level(store):
    edges = {(e.source, e.target): e.events for e in network(store, level="actor")}
    assert edges[("RUS", "USA")] == 1 and edges[("RUSMIL", "USAMIL")] == 1
    assert edges[("RUSGOV", "RUSOPP")] == 1  # distinct actors, not a self-loop
    assert ("RUS", "") not in edges
    assert network(store, since=D(2024, 3, 19), until=D(2024, 3, 20), level="actor") == [
        Edge("IGOWSTNAT", "UKRGOV", 1, 7.4, 7.4, 0.0)]


# -- charts -------------------------------------------------------------------------


def read_png(path: Path):
    from matplotlib import image

    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return image.imread(str(path))


def assert_chart(path: Path) -> None:
    pixels = read_png(path)
    assert pixels.shape[:2] == (700, 1200)
    assert pixels[..., :3].var() > 0.001  # not blank


def test_plot_trend_writes_a_readable_png(store, tmp_path):
    rows = trend(store, "RUS", "USA", both=True)
    out = plot_trend(rows, tmp_path / "sub" / "trend.png")
    assert out == tmp_path / "sub" / "trend.png"
    assert_chart(out)


@pytest.mark.parametrize("rows", [
    [],
    [TrendRow(D(2024, 3, 4), "RUS->USA", 2, -3.0, -1.5, 1, 0, 0, 1)],
    [TrendRow(D(2024, 3, 4), "RUS->USA", 0, 0.0, None, 0, 0, 0, 0)],
], ids=["empty", "one-period", "all-zero"])
def test_plot_trend_edge_cases(rows, tmp_path):
    assert_chart(plot_trend(rows, tmp_path / "t.png", title="Edge case"))


def test_plot_network_writes_a_readable_png(store, tmp_path):
    assert_chart(plot_network(network(store), tmp_path / "net.png"))
    assert_chart(plot_network([], tmp_path / "empty.png"))
    assert_chart(plot_network([Edge("RUS", "USA", 3, -6.0, -2.0, 1.0)], tmp_path / "one.png"))


def rich_events(seed: int = 3):
    """Four months of a plausible RUS/USA/UKR/... news stream."""
    rng = random.Random(seed)
    cameo = [("036", 4.0, 1), ("042", 1.9, 1), ("057", 8.0, 1), ("071", 7.4, 2), ("061", 6.4, 2),
             ("111", -2.0, 3), ("130", -4.4, 3), ("172", -5.0, 4), ("190", -10.0, 4)]
    dyads = [("RUS", "USA", 0.45), ("USA", "RUS", 0.45), ("RUSMIL", "UKR", 0.15),
             ("UKRMIL", "RUSMIL", 0.2), ("USAGOV", "UKRGOV", 0.85), ("IGOWSTNAT", "UKR", 0.9),
             ("CHN", "USA", 0.5), ("USA", "CHN", 0.4), ("CHN", "RUS", 0.9), ("IRN", "ISR", 0.1),
             ("ISRMIL", "IRN", 0.1), ("TUR", "RUS", 0.6), ("FRA", "UKR", 0.9), ("DEU", "RUS", 0.3),
             ("IGOUNO", "RUS", 0.3), ("GBR", "UKR", 0.85), ("RUSGOV", "USA", 0.3)]
    weights = [12, 10, 14, 12, 8, 9, 3, 4, 5, 3, 3, 3, 4, 3, 2, 4, 5]
    start = D(2024, 1, 1)
    out = []
    for _ in range(700):
        src, tgt, coop = rng.choices(dyads, weights)[0]
        day = start + dt.timedelta(days=rng.randrange(120))
        if dt.date(2024, 2, 12) <= day < dt.date(2024, 2, 26) and tgt.startswith("USA"):
            continue  # a quiet fortnight
        pool = cameo[:5] if rng.random() < coop else cameo[5:]
        code, gold, quad = rng.choice(pool)
        out.append((day, src, tgt, code, gold, quad, rng.random() < 0.05,
                    rng.random() < 0.05))
    return out


def test_charts_from_a_richer_store(tmp_path):
    """Renders the charts a person looks at (kept in /tmp/eventcoder_charts/)."""
    outdir = Path(os.environ.get("EVENTCODER_CHART_DIR", "/tmp/eventcoder_charts"))
    with build(tmp_path / "rich.duckdb", events=rich_events()) as store:
        weekly = trend(store, "RUS", "USA", both=True)
        assert len({r.period for r in weekly}) >= 17
        assert_chart(plot_trend(weekly, outdir / "trend_rus_usa_weekly.png"))
        monthly = trend(store, "USA", "UKR", by="month")
        assert_chart(plot_trend(monthly, outdir / "trend_usa_ukr_monthly.png"))
        edges = network(store, top=25)
        assert len(edges) >= 10
        assert_chart(plot_network(edges, outdir / "network.png"))
