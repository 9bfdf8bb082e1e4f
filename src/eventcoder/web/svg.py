"""Inline SVG charts for the web UI, drawn as text: no JavaScript, no chart library.

Every bar, point and edge is wrapped in an ``<a>`` that drills down to the events
behind it, and carries a ``<title>`` (the browser's tooltip). Every piece of text that
comes from the store (actor codes, labels, links) is escaped here; the functions return
:class:`markupsafe.Markup`, which templates insert as is.

* :func:`conflict_cooperation`: one diverging bar per dyad, conflict to the left and
  cooperation to the right, stacked by QuadClass.
* :func:`stacked_periods`: events per period stacked by QuadClass.
* :func:`goldstein_lines`: the mean Goldstein score per period, one line per direction.
* :func:`network_graph`: actors on a circle, one curved arrow per directed edge.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..charts import LINE_COLOURS, QUAD_COLOURS
from ..trends import QUAD_CLASSES, Edge

#: QuadClasses from the centre outwards: verbal before material, on either side
CONFLICT_ORDER = (3, 4)
COOPERATION_ORDER = (1, 2)
FONT = 'font-size="12"'


@dataclass(frozen=True)
class Segment:
    """One part of a bar: ``value`` events of QuadClass ``quad``, linking to ``href``."""

    quad: int
    value: int
    href: str
    title: str


@dataclass(frozen=True)
class Bar:
    """A labelled bar made of segments; ``href`` is where its label links."""

    label: str
    href: str
    segments: list[Segment] = field(default_factory=list)

    def total(self, quads: Sequence[int] = (1, 2, 3, 4)) -> int:
        return sum(s.value for s in self.segments if s.quad in quads)


@dataclass(frozen=True)
class Point:
    """A value on a line chart with its drill-down link and tooltip."""

    value: float
    href: str
    title: str


@dataclass(frozen=True)
class Series:
    """A line: a name (for the legend) and one point or ``None`` (a gap) per period."""

    name: str
    points: list[Point | None]


def events(n: int, kind: str = "") -> str:
    """"1 event", "3 events", "2 material conflict events"."""
    return f"{n} {kind + ' ' if kind else ''}event{'' if n == 1 else 's'}"


def _e(value: object) -> str:
    """Text or an attribute value, escaped (quotes too)."""
    return str(escape(str(value)))


def _n(x: float) -> str:
    """A coordinate: one decimal, no trailing noise."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    head = (f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'role="img" aria-label="{_e(label)}" xmlns="http://www.w3.org/2000/svg">')
    return Markup(head + "".join(body) + "</svg>")


def _empty(width: int, message: str) -> Markup:
    """A low chart that only says why it is empty."""
    return _svg(width, 60, message, [
        f'<rect x="0.5" y="0.5" width="{width - 1}" height="59" rx="4" fill="#f7f8fa" stroke="#dde1e7"/>',
        f'<text x="{width / 2}" y="35" text-anchor="middle" {FONT} fill="#667085">{_e(message)}</text>'])


def _link(href: str, title: str, inner: str, cls: str = "") -> str:
    klass = f' class="{_e(cls)}"' if cls else ""
    return f'<a href="{_e(href)}"{klass}><title>{_e(title)}</title>{inner}</a>'


def _legend(x: float, y: float, items: Sequence[tuple[str, str]]) -> list[str]:
    """Colour swatches with names in one row, starting at (x, y)."""
    out = []
    for colour, name in items:
        out.append(f'<rect x="{_n(x)}" y="{_n(y - 9)}" width="10" height="10" rx="2" fill="{_e(colour)}"/>')
        out.append(f'<text x="{_n(x + 14)}" y="{_n(y)}" font-size="11" fill="#333">{_e(name)}</text>')
        x += 28 + 6.0 * len(name)
    return out


def _quad_legend(x: float, y: float) -> list[str]:
    return _legend(x, y, [(QUAD_COLOURS[q], QUAD_CLASSES[q]) for q in (1, 2, 3, 4)])


def _ticks(top: int) -> list[int]:
    """Round tick values from 0 to at least ``top``."""
    if top <= 0:
        return [0, 1]
    raw = top / 4
    mag = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    return list(range(0, int(math.ceil(top / step) * step) + 1, int(step)))


def conflict_cooperation(bars: Sequence[Bar], *, width: int = 760) -> Markup:
    """Diverging stacked bars: conflict (QuadClass 3, 4) to the left of the centre line,
    cooperation (1, 2) to the right, one bar per dyad, on one scale."""
    if not bars:
        return _empty(width, "No events between two known actors yet")
    label_w, pad, row_h, top = 120, 36, 28, 44
    height = top + row_h * max(1, len(bars)) + 26
    centre = label_w + (width - label_w - pad) / 2
    half = (width - label_w - pad) / 2 - 4
    biggest = max([max(b.total(CONFLICT_ORDER), b.total(COOPERATION_ORDER)) for b in bars] + [1])
    scale = half / biggest
    body = _quad_legend(8, 16)
    body.append(f'<text x="{_n(centre - 8)}" y="36" text-anchor="end" {FONT} fill="#555">\u2190 conflict</text>')
    body.append(f'<text x="{_n(centre + 8)}" y="36" {FONT} fill="#555">cooperation \u2192</text>')
    for i, bar in enumerate(bars):
        y = top + i * row_h
        if i % 2:
            body.append(f'<rect x="0" y="{y}" width="{width}" height="{row_h}" fill="#f6f7f9"/>')
        body.append(_link(bar.href, f"{bar.label}: {events(bar.total())}",
                          f'<text x="{label_w - 8}" y="{y + 18}" text-anchor="end" {FONT} '
                          f'font-weight="600">{_e(bar.label)}</text>', "label"))
        for quads, sign in ((CONFLICT_ORDER, -1), (COOPERATION_ORDER, 1)):
            x = centre
            for q in quads:
                seg = next((s for s in bar.segments if s.quad == q and s.value > 0), None)
                if seg is None:
                    continue
                w = seg.value * scale
                left = x if sign > 0 else x - w
                shape = (f'<rect x="{_n(left)}" y="{y + 5}" width="{_n(w)}" height="{row_h - 10}" '
                         f'fill="{QUAD_COLOURS[q]}"/>')
                if w >= 18:
                    shape += (f'<text x="{_n(left + w / 2)}" y="{y + 18}" text-anchor="middle" {FONT} '
                              f'fill="{"#fff" if q in (2, 4) else "#222"}">{seg.value}</text>')
                body.append(_link(seg.href, seg.title, shape, "seg"))
                x += sign * w
    body.append(f'<line x1="{_n(centre)}" y1="{top - 4}" x2="{_n(centre)}" y2="{height - 22}" '
                f'stroke="#444" stroke-width="1"/>')
    for v in _ticks(biggest):
        for sign in (-1, 1):
            if v == 0 and sign < 0:
                continue
            x = centre + sign * v * scale
            if abs(x - centre) > half + 1:
                continue
            body.append(f'<text x="{_n(x)}" y="{height - 8}" text-anchor="middle" font-size="10" '
                        f'fill="#777">{v}</text>')
    return _svg(width, height, "Conflict and cooperation of the busiest dyads", body)


def stacked_periods(bars: Sequence[Bar], *, width: int = 760, height: int = 220,
                    ymax: int | None = None, title: str = "Events per period") -> Markup:
    """Events per period (one bar per period, labelled with its date) stacked by
    QuadClass, material conflict on top. ``ymax`` fixes the scale so that charts can be
    compared side by side."""
    if not bars:
        return _empty(width, "No events")
    left, right, top, bottom = 40, 12, 28, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    biggest = ymax if ymax is not None else max([b.total() for b in bars] + [1])
    ticks = _ticks(biggest)
    scale = plot_h / max(ticks[-1], 1)
    body = _quad_legend(left, 14)
    for v in ticks:
        y = top + plot_h - v * scale
        body.append(f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" stroke="#e3e3e3"/>')
        body.append(f'<text x="{left - 6}" y="{_n(y + 4)}" text-anchor="end" font-size="10" fill="#777">{v}</text>')
    n = max(1, len(bars))
    slot = plot_w / n
    bar_w = max(2.0, min(48.0, slot * 0.7))
    every = max(1, math.ceil(n / max(1, plot_w // 64)))
    for i, bar in enumerate(bars):
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        for q in (1, 2, 3, 4):
            seg = next((s for s in bar.segments if s.quad == q and s.value > 0), None)
            if seg is None:
                continue
            h = seg.value * scale
            y -= h
            body.append(_link(seg.href, seg.title,
                              f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(bar_w)}" height="{_n(h)}" '
                              f'fill="{QUAD_COLOURS[q]}" stroke="#fff" stroke-width="0.5"/>', "seg"))
        if i % every == 0:
            body.append(_link(bar.href, f"{bar.label}: {events(bar.total())}",
                              f'<text x="{_n(x + bar_w / 2)}" y="{top + plot_h + 16}" text-anchor="middle" '
                              f'font-size="10" fill="#444">{_e(bar.label)}</text>', "label"))
    body.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="#444"/>')
    return _svg(width, height, title, body)


def goldstein_lines(labels: Sequence[str], series: Sequence[Series], *, width: int = 760,
                    height: int = 260) -> Markup:
    """The mean Goldstein score (-10 to +10) per period, one coloured line per series;
    periods without events are gaps. Each point links to its events."""
    if not any(p is not None for s in series for p in s.points):
        return _empty(width, "No events")
    left, right, top, bottom = 40, 12, 30, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(1, len(labels))
    slot = plot_w / n

    def y_of(v: float) -> float:
        return top + plot_h / 2 - max(-10.0, min(10.0, v)) * plot_h / 20

    body = _legend(left, 14, [(LINE_COLOURS[i % len(LINE_COLOURS)], s.name) for i, s in enumerate(series)])
    for v in (-10, -5, 0, 5, 10):
        y = y_of(v)
        stroke = "#444" if v == 0 else "#e3e3e3"
        body.append(f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" stroke="{stroke}"/>')
        body.append(f'<text x="{left - 6}" y="{_n(y + 4)}" text-anchor="end" font-size="10" fill="#777">'
                    f'{v:+d}</text>' if v else
                    f'<text x="{left - 6}" y="{_n(y + 4)}" text-anchor="end" font-size="10" fill="#777">0</text>')
    body.append(f'<text x="{width - right}" y="{top - 4}" text-anchor="end" font-size="10" fill="#777">'
                "cooperation \u2191</text>")
    body.append(f'<text x="{width - right}" y="{top + plot_h + 12}" text-anchor="end" font-size="10" '
                'fill="#777">conflict \u2193</text>')
    every = max(1, math.ceil(n / max(1, plot_w // 64)))
    for i, label in enumerate(labels):
        if i % every == 0:
            body.append(f'<text x="{_n(left + (i + 0.5) * slot)}" y="{top + plot_h + 26}" '
                        f'text-anchor="middle" font-size="10" fill="#444">{_e(label)}</text>')
    for k, s in enumerate(series):
        colour = LINE_COLOURS[k % len(LINE_COLOURS)]
        run: list[str] = []
        for i, p in enumerate([*s.points, None]):
            if p is not None:
                run.append(f"{_n(left + (i + 0.5) * slot)},{_n(y_of(p.value))}")
                continue
            if len(run) > 1:
                body.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" '
                            'stroke-width="2"/>')
            run = []
        for i, p in enumerate(s.points):
            if p is None:
                continue
            body.append(_link(p.href, p.title,
                              f'<circle cx="{_n(left + (i + 0.5) * slot)}" cy="{_n(y_of(p.value))}" r="5" '
                              f'fill="{colour}" stroke="#fff" stroke-width="1.5"/>', "pt"))
    return _svg(width, height, "Mean Goldstein score per period", body)


def _goldstein_colour(mean: float | None) -> str:
    """Red (conflict, -10) through grey (0) to green (cooperation, +10)."""
    if mean is None:
        return "#999999"
    t = max(-1.0, min(1.0, mean / 10))
    grey, red, green = (0x99, 0x99, 0x99), (0xd7, 0x30, 0x27), (0x1a, 0x98, 0x50)
    end = red if t < 0 else green
    rgb = [round(g + (e - g) * abs(t)) for g, e in zip(grey, end)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def network_graph(edges: Sequence[Edge], *, edge_href: Callable[[Edge], str],
                  node_href: Callable[[str], str], width: int = 760, height: int = 600) -> Markup:
    """Actors on a circle (busiest first, clockwise from the top), one curved arrow per
    directed edge: width by events, colour by mean Goldstein (red conflict, green
    cooperation). Edges link to ``edge_href(edge)``, actors to ``node_href(code)``."""
    if not edges:
        return _empty(width, "No edges between known actors")
    weight: dict[str, int] = {}
    for e in edges:
        weight[e.source] = weight.get(e.source, 0) + e.events
        weight[e.target] = weight.get(e.target, 0) + e.events
    nodes = sorted(weight, key=lambda c: (-weight[c], c))
    cx, cy = width / 2, height / 2 + 10
    radius = min(width, height) / 2 - 70
    pos: dict[str, tuple[float, float]] = {}
    for i, code in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(nodes))
        pos[code] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    most_node = max(weight.values(), default=1)
    most_edge = max((e.events for e in edges), default=1)

    def node_r(code: str) -> float:
        return 5 + 11 * math.sqrt(weight[code] / most_node)

    body = _legend(12, 18, [(_goldstein_colour(-10), "conflict (mean Goldstein \u221210)"),
                            (_goldstein_colour(0), "neutral (0)"),
                            (_goldstein_colour(10), "cooperation (+10)")])
    for e in edges:
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        dx, dy = x2 - x1, y2 - y1
        # bend to the left of the direction of travel, so A->B and B->A do not overlap
        bx, by = (x1 + x2) / 2 + dy * 0.15, (y1 + y2) / 2 - dx * 0.15
        ux1, uy1 = (bx - x1), (by - y1)
        l1 = math.hypot(ux1, uy1) or 1.0
        sx, sy = x1 + ux1 / l1 * node_r(e.source), y1 + uy1 / l1 * node_r(e.source)
        ux2, uy2 = (x2 - bx), (y2 - by)
        l2 = math.hypot(ux2, uy2) or 1.0
        tx, ty = x2 - ux2 / l2 * (node_r(e.target) + 1), y2 - uy2 / l2 * (node_r(e.target) + 1)
        stroke_w = 1.2 + 5 * math.sqrt(e.events / most_edge)
        colour = _goldstein_colour(e.goldstein_mean)
        head = 6 + stroke_w
        hx, hy = ux2 / l2, uy2 / l2
        bx2, by2 = tx - hx * head, ty - hy * head
        wing = head * 0.5
        arrow = (f"{_n(tx)},{_n(ty)} {_n(bx2 - hy * wing)},{_n(by2 + hx * wing)} "
                 f"{_n(bx2 + hy * wing)},{_n(by2 - hx * wing)}")
        path = f"M{_n(sx)},{_n(sy)} Q{_n(bx)},{_n(by)} {_n(bx2)},{_n(by2)}"
        mean = "n/a" if e.goldstein_mean is None else f"{e.goldstein_mean:+.1f}"
        title = f"{e.source} \u2192 {e.target}: {events(e.events)}, mean Goldstein {mean}"
        inner = (f'<path d="{path}" fill="none" stroke="transparent" stroke-width="12"/>'
                 f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="{_n(stroke_w)}" '
                 f'stroke-opacity="0.85"/><polygon points="{arrow}" fill="{colour}"/>')
        body.append(_link(edge_href(e), title, inner, "edge"))
    for code in nodes:
        x, y = pos[code]
        r = node_r(code)
        angle = math.atan2(y - cy, x - cx)
        lx, ly = x + math.cos(angle) * (r + 6), y + math.sin(angle) * (r + 6) + 4
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        if anchor == "middle":
            ly += 8 if math.sin(angle) > 0 else -4
        inner = (f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="#1f3b73" stroke="#fff" stroke-width="1.5"/>'
                 f'<text x="{_n(lx)}" y="{_n(ly)}" text-anchor="{anchor}" {FONT} font-weight="600" '
                 f'fill="#222">{_e(code)}</text>')
        body.append(_link(node_href(code), f"{code}: {events(weight[code])}", inner, "node"))
    return _svg(width, height, "Actor network", body)
