"""PNG charts of :func:`eventcoder.trends.trend` and :func:`eventcoder.trends.network`.

Figures are drawn on matplotlib's Agg canvas directly (no pyplot state, no window, safe
in threads and on servers) and written to ``path``; each function returns ``path``.

>>> plot_trend(trend(store, "RUS", "UKR", both=True), Path("rus_ukr.png"))  # doctest: +SKIP
>>> plot_network(network(store, top=25), Path("network.png"))                # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .trends import QUAD_CLASSES, Edge, Granularity, TrendRow

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

WIDTH_IN, HEIGHT_IN, DPI = 12.0, 7.0, 100  # 1200 x 700 px
#: QuadClass colours: cooperation green / blue, conflict orange / red
QUAD_COLOURS = {1: "#66bd63", 2: "#3182bd", 3: "#fdae61", 4: "#d73027"}
#: one colour per direction (colour-blind-safe, none of them the QuadClass colours)
LINE_COLOURS = ("#1f3b73", "#c51b7d", "#4d4d4d", "#8c510a", "#01665e", "#762a83")
ADJECTIVE = {"day": "daily", "week": "weekly", "month": "monthly"}


def _figure(**kwargs: Any) -> Figure:
    """A figure on the Agg canvas, without touching pyplot's global backend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, **kwargs)
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Figure, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=DPI, facecolor="white")
    return path


def _excluded(include_negated: bool, include_hypothetical: bool) -> str:
    left_out = [w for w, inc in (("negated", include_negated), ("hypothetical", include_hypothetical))
                if not inc]
    if not left_out:
        return "negated and hypothetical events included"
    return f"{' and '.join(left_out)} events excluded"


def _granularity(days: list[dt.date]) -> Granularity | None:
    """day / week / month, read from the period starts (None when it cannot be told)."""
    if len(days) >= 2:
        gap = min((b - a).days for a, b in zip(days, days[1:]))
        return "day" if gap == 1 else "week" if gap == 7 else "month" if gap >= 28 else None
    if len(days) == 1:
        monday, first = days[0].weekday() == 0, days[0].day == 1
        return "week" if monday and not first else "month" if first and not monday else None
    return None


def _directions(rows: list[TrendRow]) -> list[str]:
    return list(dict.fromkeys(r.direction for r in rows))


def _trend_title(directions: list[str], by: Granularity | None) -> str:
    pairs = [tuple(d.split("->", 1)) for d in directions]
    if len(pairs) == 2 and pairs[0] == pairs[1][::-1]:
        who = f"{pairs[0][0]} \u2194 {pairs[0][1]}"
    elif pairs:
        who = ", ".join(f"{s} \u2192 {t}" for s, t in pairs)
    else:
        who = "Event trend"
    return f"{who}, {ADJECTIVE[by]}" if by else who


def _no_events(ax: Axes, message: str = "no events") -> None:
    ax.text(0.5, 0.62, message, transform=ax.transAxes, ha="center", va="center",
            fontsize=16, color="#666666", zorder=5,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 6})


def plot_trend(
    rows: list[TrendRow],
    path: Path,
    *,
    title: str | None = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
) -> Path:
    """A two-panel PNG of ``rows``: the Goldstein sum per period, one line per direction,
    above stacked bars of the events per QuadClass (all directions together).

    ``include_negated`` / ``include_hypothetical`` only change the footnote: pass the
    values given to :func:`~eventcoder.trends.trend`.
    """
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    days = sorted({r.period for r in rows})
    by = _granularity(days)
    directions = _directions(rows)
    total = sum(r.events for r in rows)
    excluded = _excluded(include_negated, include_hypothetical)

    from matplotlib.layout_engine import ConstrainedLayoutEngine

    fig = _figure(layout=ConstrainedLayoutEngine(h_pad=0.1, rect=(0, 0.03, 1, 0.97)))
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[3, 2])
    fig.suptitle(title or _trend_title(directions, by), fontsize=16, fontweight="bold")
    if days:
        fmt = "%b %Y" if by == "month" else "%d %b %Y"
        span = f"{days[0]:{fmt}}" if len(days) == 1 else f"{days[0]:{fmt}} \u2013 {days[-1]:{fmt}}"
        unit = {"day": "day", "week": "ISO week", "month": "month"}.get(by or "", "period")
        note = (f"{total} event{'s' if total != 1 else ''}, {span}, per {unit}; {excluded}. "
                "Goldstein score of an event: \u221210 (most conflictual) to +10 (most cooperative).")
    else:
        note = f"No events to show; {excluded}."
    fig.text(0.01, 0.005, note, fontsize=9, color="#444444", ha="left", va="bottom", wrap=True)

    for ax in (top, bottom):
        ax.set_axisbelow(True)
        ax.grid(True, axis="y", color="#e3e3e3")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    top.set_ylabel("Goldstein sum\n(+ cooperation, \u2212 conflict)")
    bottom.set_ylabel("Events")
    bottom.set_xlabel({"day": "Day", "week": "Week starting (Monday)", "month": "Month"}.get(by or "", "Period"))

    if not days:
        _no_events(top)
        _no_events(bottom)
        for ax in (top, bottom):
            ax.set_xticks([])
            ax.set_yticks([])
        return _save(fig, path)

    x = [_num(d) for d in days]
    step = _step_days(days, by)
    top.axhline(0, color="#555555", linewidth=1.2, zorder=2)
    if total == 0:
        _no_events(top, "no events in this period" if len(days) == 1 else "no events in these periods")
        _no_events(bottom)
        top.set_ylim(-1, 1)
        bottom.set_ylim(0, 1)
    else:
        for i, direction in enumerate(directions):
            mine = {r.period: r for r in rows if r.direction == direction}
            y = [mine[d].goldstein_sum if d in mine else 0.0 for d in days]
            n = sum(r.events for r in mine.values())
            arrow = direction.replace("->", " \u2192 ")
            top.plot(x, y, color=LINE_COLOURS[i % len(LINE_COLOURS)], linewidth=2,
                     marker="o", markersize=8 if len(days) == 1 else 4 if len(days) <= 60 else 0,
                     label=f"{arrow} ({n} event{'s' if n != 1 else ''})", zorder=3)
        top.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=len(directions),
                   frameon=False, fontsize=10, borderaxespad=0.2)
        lim = max(max(abs(v) for v in top.get_ylim()), 1.0) * 1.08
        top.set_ylim(-lim, lim)

        base = [0] * len(days)
        for q, name in QUAD_CLASSES.items():
            counts = [sum(getattr(r, f"quad{q}") for r in rows if r.period == d) for d in days]
            bottom.bar(x, counts, width=step * 0.8, bottom=base, color=QUAD_COLOURS[q],
                       label=name, edgecolor="white", linewidth=0.5 if len(days) <= 60 else 0,
                       zorder=3)
            base = [b + c for b, c in zip(base, counts)]
        unclassed = sum(r.events - r.quad1 - r.quad2 - r.quad3 - r.quad4 for r in rows)
        handles = [Patch(color=QUAD_COLOURS[q], label=n) for q, n in QUAD_CLASSES.items()]
        if unclassed:
            handles.append(Patch(color="white", label=f"({unclassed} without a QuadClass, not shown)"))
        bottom.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, 1.0),
                      ncols=len(handles), frameon=False, fontsize=10, borderaxespad=0.2)
        bottom.set_ylim(0, max(max(base), 1) * 1.08)
    bottom.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.set_xlim(x[0] - step * 0.6, x[-1] + step * 0.6)
    _date_axis(bottom, days, by)
    return _save(fig, path)


def _num(d: dt.date) -> float:
    import matplotlib.dates as mdates

    return float(mdates.date2num(d))  # type: ignore[no-untyped-call]


def _step_days(days: list[dt.date], by: Granularity | None) -> float:
    if by is not None:
        return {"day": 1.0, "week": 7.0, "month": 30.0}[by]
    if len(days) >= 2:
        return float(min((b - a).days for a, b in zip(days, days[1:])))
    return 1.0


def _date_axis(ax: Axes, days: list[dt.date], by: Granularity | None) -> None:
    """Date labels: with few periods one tick per period start (a weekly chart is
    labelled with its Mondays), the year under the first tick and under each January;
    with many, matplotlib's concise date labels."""
    import matplotlib.dates as mdates

    if len(days) > 16:
        auto = mdates.AutoDateLocator(minticks=3, maxticks=12)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(auto)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(auto))  # type: ignore[no-untyped-call]
        return
    labels = []
    for i, d in enumerate(days):
        label = f"{d:%b}" if by == "month" else f"{d.day} {d:%b}"
        new_year = i == 0 or d.year != days[i - 1].year
        labels.append(f"{label}\n{d.year}" if new_year else label)
    ax.set_xticks([_num(d) for d in days], labels)


def _layout(graph: Any, tries: int = 4) -> dict[str, Any]:
    """Node positions that spread the nodes: stress majorisation (the Kamada-Kawai
    objective: screen distances follow graph distances, so every edge has about the same
    length and hubs do not swallow their neighbours), started from spring layouts with
    fixed seeds; of ``tries`` the layout is kept whose nodes keep furthest from each other
    and from the edges they are not on. Separate components sit one step beyond the
    furthest nodes instead of drifting to the corners. Deterministic; numpy only."""
    import networkx as nx
    import numpy as np

    und = nx.Graph()
    und.add_nodes_from(sorted(graph.nodes))
    und.add_edges_from((u, v) for u, v in graph.edges if u != v)
    names = list(und.nodes)
    n = len(names)
    if n == 1:
        return {names[0]: np.zeros(2)}
    index = {v: i for i, v in enumerate(names)}
    hops = np.full((n, n), np.inf)
    for u, lengths in nx.all_pairs_shortest_path_length(und):
        for v, d in lengths.items():
            hops[index[u], index[v]] = d
    finite = hops[np.isfinite(hops)]
    hops[~np.isfinite(hops)] = finite.max() + 1.0
    np.fill_diagonal(hops, 0.0)
    weight = np.zeros_like(hops)
    weight[hops > 0] = hops[hops > 0] ** -2.0
    drawn = [(u, v) for u, v in graph.edges if u != v]
    best: dict[str, Any] = {}
    best_score = -1.0
    for seed in range(tries):
        start = nx.spring_layout(und, seed=seed)
        x = np.array([start[v] for v in names], dtype=float) * float(hops.max())
        for _ in range(200):
            delta = x[:, None, :] - x[None, :, :]
            dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-9)
            target = x[None, :, :] + (hops / dist)[:, :, None] * delta
            x = (weight[:, :, None] * target).sum(axis=1) / weight.sum(axis=1)[:, None]
        pos = {v: x[index[v]] for v in names}
        score = _spread(pos, drawn)
        if score > best_score:
            best, best_score = pos, score
    return best


def _spread(pos: dict[str, Any], edges: list[tuple[str, str]]) -> float:
    """The smallest distance between two nodes or between a node and an edge it is not
    on, in a layout scaled to the unit square (bigger is more readable)."""
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    w, h = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    unit = {v: ((float(p[0]) - min(xs)) / w, (float(p[1]) - min(ys)) / h) for v, p in pos.items()}
    names = list(unit)
    best = math.inf
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            best = min(best, math.dist(unit[a], unit[b]))
    for u, v in edges:
        (x1, y1), (x2, y2) = unit[u], unit[v]
        seg = (x2 - x1) ** 2 + (y2 - y1) ** 2 or 1e-12
        for c in names:
            if c in (u, v):
                continue
            px, py = unit[c]
            t = min(1.0, max(0.0, ((px - x1) * (x2 - x1) + (py - y1) * (y2 - y1)) / seg))
            best = min(best, math.dist((px, py), (x1 + t * (x2 - x1), y1 + t * (y2 - y1))))
    return 0.0 if best == math.inf else best


def _edge_cmap() -> Any:
    from matplotlib.colors import LinearSegmentedColormap

    # red - grey - green: a pale yellow middle (RdYlGn) vanishes on white
    return LinearSegmentedColormap.from_list(
        "goldstein", ["#b2182b", "#ef8a62", "#a6a6a6", "#7fbf7b", "#1b7837"])


def plot_network(
    edges: list[Edge],
    path: Path,
    *,
    title: str | None = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
) -> Path:
    """A directed-graph PNG of ``edges``: node size by the events an actor takes part in,
    edge width by the events on the edge, edge colour by their mean Goldstein score.

    ``include_negated`` / ``include_hypothetical`` only change the footnote.
    """
    import networkx as nx
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import Normalize
    from matplotlib.lines import Line2D

    fig = _figure()
    ax = fig.add_axes((0.02, 0.08, 0.84, 0.82))
    ax.set_axis_off()
    total = sum(e.events for e in edges)
    loops = {e.source: e.events for e in edges if e.source == e.target}
    default = (f"Event network: the {len(edges)} busiest edges" if len(edges) > 1
               else "Event network")
    fig.suptitle(title or default, fontsize=16, fontweight="bold", y=0.97)
    fig.text(0.01, 0.01,
             f"{len(edges)} edge{'s' if len(edges) != 1 else ''}, {total} events; "
             f"{_excluded(include_negated, include_hypothetical)}.\n"
             "Node size: events an actor takes part in. Edge width: events. "
             "Edge colour: mean Goldstein (\u221210 conflict \u2026 +10 cooperation)."
             + (" \u201cN within\u201d: an actor's events towards itself." if loops else ""),
             fontsize=9, color="#444444", ha="left", va="bottom", linespacing=1.4)
    if not edges:
        _no_events(ax)
        return _save(fig, path)

    graph: Any = nx.DiGraph()
    volume: dict[str, int] = {}
    for e in edges:
        graph.add_node(e.source)
        graph.add_node(e.target)
        volume[e.source] = volume.get(e.source, 0) + e.events
        if e.target != e.source:
            graph.add_edge(e.source, e.target)
            volume[e.target] = volume.get(e.target, 0) + e.events
    nodes = list(graph.nodes)
    pos = _layout(graph)

    most = max(volume.values())
    size_of = {v: 250 + 1500 * math.sqrt(volume[v] / most) for v in nodes}
    max_events = max(e.events for e in edges)
    means = [abs(e.goldstein_mean) for e in edges if e.goldstein_mean is not None]
    # at least +-5 so that a mildly negative mean is not drawn as deep red
    bound = min(10.0, max(5.0, math.ceil(max(means, default=0.0))))
    norm = Normalize(vmin=-bound, vmax=bound)
    cmap = _edge_cmap()

    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_size=[size_of[v] for v in nodes],
                           node_color="#f2f2f2", edgecolors="#555555", linewidths=1.2)
    for e in sorted(edges, key=lambda e: e.events):  # busiest drawn last, on top
        if e.source == e.target:
            continue
        mean = e.goldstein_mean if e.goldstein_mean is not None else 0.0
        reciprocal = graph.has_edge(e.target, e.source)
        nx.draw_networkx_edges(
            graph, pos, ax=ax, edgelist=[(e.source, e.target)],
            width=_width(e.events, max_events), edge_color=[cmap(norm(mean))],
            arrows=True, arrowstyle="-|>", arrowsize=14 + 8 * e.events / max_events,
            connectionstyle="arc3,rad=0.15" if reciprocal else "arc3,rad=0.0",
            node_size=[size_of[e.source], size_of[e.target]],
            nodelist=[e.source, e.target], min_source_margin=4, min_target_margin=6)
    labels = {v: f"{v}\n{loops[v]} within" if v in loops else v for v in nodes}
    nx.draw_networkx_labels(graph, pos, labels=labels, ax=ax, font_size=10, font_weight="bold")
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    share = 0.08 if len(nodes) > 3 else 0.3
    padx = max(max(xs) - min(xs), 1.0) * share
    pady = max(max(ys) - min(ys), 1.0) * (share + 0.02)
    ax.set_xlim(min(xs) - padx, max(xs) + padx)
    ax.set_ylim(min(ys) - pady, max(ys) + pady)

    cax = fig.add_axes((0.89, 0.25, 0.018, 0.55))
    bar = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), cax=cax)
    bar.set_label("mean Goldstein")
    widths = sorted({1, max(1, max_events // 2), max_events})
    ax.legend(handles=[Line2D([], [], color="#777777", linewidth=_width(w, max_events),
                              label=f"{w} event{'s' if w != 1 else ''}") for w in widths],
              loc="lower left", bbox_to_anchor=(1.0, 0.0), frameon=False, fontsize=9,
              title="edge width", title_fontsize=9)
    return _save(fig, path)


def _width(events: int, most: int) -> float:
    return 1.0 + 7.0 * events / most
