"""The HTML pages: dashboard, events, one event, article, dyad, network, /code and /docs."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse

from ..errors import EventCoderError, InputError
from ..explain import explain
from ..export import PLOVER_TYPES, EventFilter
from ..model import Article, Event
from ..ontology import load_ontology
from ..store import Store
from ..trends import QUAD_CLASSES, TrendRow, network, trend
from . import queries, svg
from .deps import (
    Settings,
    actor_code,
    check_event_id,
    event_query,
    open_store,
    parse_date,
    settings,
)
from .highlight import Sentence, highlight, locate_sentences, record_spans
from .queries import EventQuery
from .render import render, url_dyad, url_events

router = APIRouter(include_in_schema=False)

StoreDep = Annotated[Store, Depends(open_store)]
QueryDep = Annotated[EventQuery, Depends(event_query)]

#: the file name endings /code reads as such (anything else is sniffed as text)
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv")
#: chart widths (SVG units) that render at about one unit per pixel in a full-width panel
#: and in a half-width one on a laptop screen; smaller screens scale them down
FULL, HALF = 1200, 580


# -- dashboard ----------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, store: StoreDep) -> HTMLResponse:
    summary = queries.summary(store)
    directed = queries.directed_dyads(store, top=10)
    weeks = queries.weekly(store, weeks=26)
    bars = [_dyad_bar(d.source, d.target, d.quads) for d in directed]
    timeline = [_period_bar(r["period"], "week", {q: int(r[f"quad{q}"]) for q in (1, 2, 3, 4)})
                for r in weeks]
    return render(
        request, "dashboard.html", title="Dashboard", nav="dashboard", summary=summary,
        dyads=queries.top_dyads(store, top=10), articles=queries.recent_articles(store, 8),
        dyad_chart=svg.conflict_cooperation(bars, width=HALF),
        week_chart=svg.stacked_periods(timeline, width=HALF, height=max(220, 70 + 28 * len(bars)),
                                       title="Events per week by QuadClass"),
    )


def _dyad_bar(source: str, target: str, quads: dict[int, int]) -> svg.Bar:
    label = f"{source} \u2192 {target}"
    segments = [
        svg.Segment(q, n, url_events(source=source, target=target, quad=q, hypothetical="exclude"),
                    f"{label}: {svg.events(n, QUAD_CLASSES[q].lower())}")
        for q, n in quads.items() if n
    ]
    return svg.Bar(label, url_dyad(source, target), segments)


def _period_bar(start: dt.date, by: Literal["day", "week", "month"], quads: dict[int, int],
                source: str | None = None, target: str | None = None) -> svg.Bar:
    end = queries.period_end(start, by)
    who = f"{source} \u2192 {target}, " if source and target else ""
    when = start.isoformat() if by == "day" else f"{by} of {start.isoformat()}"
    segments = [
        svg.Segment(q, n, url_events(source=source, target=target, since=start.isoformat(), until=end.isoformat(),
                                     quad=q, hypothetical="exclude"),
                    f"{who}{when}: {svg.events(n, QUAD_CLASSES[q].lower())}")
        for q, n in quads.items() if n
    ]
    href = url_events(source=source, target=target, since=start.isoformat(), until=end.isoformat(),
                      hypothetical="exclude")
    return svg.Bar(start.isoformat(), href, segments)


# -- events -------------------------------------------------------------------------

@router.get("/events", response_class=HTMLResponse)
def events(request: Request, store: StoreDep, query: QueryDep,
           page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
           per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> HTMLResponse:
    result = queries.events_page(store, query, page=page, per_page=per_page)
    params = {k: v for k, v in request.query_params.items() if v}

    def page_url(n: int) -> str:
        return "/events?" + urlencode({**params, "page": n})

    ontology = load_ontology()
    return render(
        request, "events.html", title="Events", nav="events", result=result, params=params,
        page_url=page_url, filtered=bool({k for k in params if k not in ("page", "per_page")}),
        roots=[(r, ontology.get(r).name.capitalize()) for r in ontology.roots()],
        plover_types=PLOVER_TYPES,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    row = queries.event(store, check_event_id(event_id))
    if row is None:
        raise HTTPException(404, f"No event {event_id!r} in this store")
    mentions = queries.event_mentions(store, row["event_id"])
    cards = [_card(m) for m in mentions]
    return render(request, "event.html", title=f"Event {row['cameo_code']} {row['source_code']} \u2192 "
                  f"{row['target_code'] or '-'}", nav="events", event=row, mentions=mentions, cards=cards)


# -- articles -----------------------------------------------------------------------

@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    art = queries.article(store, article_id)
    if art is None:
        raise HTTPException(404, "No such article in this store")
    mentions = queries.article_mentions(store, article_id)
    sentences = queries.article_sentences(store, article_id)
    text = art["text"] or ""
    body = _marked(text, mentions, [(s["sentence_index"], s["text"] or "") for s in sentences])
    return render(request, "article.html", title=art["title"] or article_id, nav="", article=art,
                  body=body, cards=[_card(m) for m in mentions])


def _marked(text: str, mentions: list[dict[str, Any]], sentences: list[tuple[int, str]]) -> Any:
    """The article text with every event's trigger, source and target marked and each
    evidence sentence anchored (``#s{index}``)."""
    spans = [sp for m in mentions for sp in record_spans(m["record"] or {}, m["mention_id"])]
    hints: dict[int, int] = {}
    for m in mentions:
        if m.get("char_start") is not None:
            hints.setdefault(m["sentence_index"], m["char_start"])
    located = locate_sentences(text, sentences, hints)
    found = {s.index for s in located}
    for index, start in hints.items():  # a sentence not found verbatim: anchor its first trigger
        end = next((m["char_end"] for m in mentions if m["sentence_index"] == index and m.get("char_end")), None)
        if index in found or end is None or not 0 <= start < end <= len(text):
            continue
        if all(end <= s.start or start >= s.end for s in located):
            located.append(Sentence(index, start, end))
    located.sort(key=lambda s: s.start)
    return highlight(text, spans, located)


def _card(m: dict[str, Any]) -> dict[str, Any]:
    """What an event card shows: the mention's fields, its record's actors' words,
    speaker, quantities and location (flattened), and the explanation."""
    rec = m.get("record") or {}
    pv = rec.get("provenance") or {}
    speaker = rec.get("speaker") or {}
    location = rec.get("location") or {}
    card = {"event_id": None, "num_mentions": None, **m}
    card.update(
        source_text=(rec.get("source") or {}).get("text"), target_text=(rec.get("target") or {}).get("text"),
        plover_mode=(rec.get("plover") or {}).get("mode"), date=rec.get("date"),
        date_reason=pv.get("date_reason"), pattern_id=pv.get("pattern_id"),
        speaker_text=speaker.get("text"), speaker_code=speaker.get("code"),
        speaker_anonymous=bool(speaker.get("anonymous")),
        quantities=[q.get("text") for q in rec.get("quantities") or [] if isinstance(q, dict)],
        location_name=location.get("name"), location_country=location.get("country"),
    )
    try:
        card["explanation"] = explain(Event.model_validate(rec))
    except ValueError:  # a record written by another version: show what is there
        card["explanation"] = None
    return card


# -- dyads --------------------------------------------------------------------------

Granularity = Literal["day", "week", "month"]


@router.get("/dyads/{source}/{target}", response_class=HTMLResponse)
def dyad_page(request: Request, store: StoreDep, source: str, target: str, by: Granularity = "week") -> HTMLResponse:
    a, b = actor_code(source), actor_code(target)
    rows = trend(store, a, b, by=by, both=True)
    directions = [(a, b)] + ([(b, a)] if a != b else [])
    periods = sorted({r.period for r in rows})
    table = {(r.period, r.source, r.target): r for r in rows}
    series: list[svg.Series] = []
    quad_charts = []
    biggest = max([r.events for r in rows] + [1])
    for s, t in directions:
        points: list[svg.Point | None] = []
        bars = []
        for p in periods:
            r = table.get((p, s, t))
            if r is None or r.events == 0 or r.goldstein_mean is None:
                points.append(None)
            else:
                end = queries.period_end(p, by)
                points.append(svg.Point(
                    r.goldstein_mean,
                    url_events(source=s, target=t, since=p.isoformat(), until=end.isoformat(), hypothetical="exclude"),
                    f"{s} \u2192 {t}, {_when(p, by)}: {svg.events(r.events)}, mean Goldstein {r.goldstein_mean:+.1f}"))
            bars.append(_period_bar(p, by, _quads(r), s, t))
        series.append(svg.Series(f"{s} \u2192 {t}", points))
        quad_charts.append((s, t, svg.stacked_periods(bars, ymax=biggest, height=220, width=HALF,
                                                       title=f"{s} \u2192 {t}: events per {by} by QuadClass")))
    recent = [(s, t, queries.events_page(store, EventQuery(EventFilter(source=s, target=t)),
                                         per_page=10)) for s, t in directions]
    totals = {(s, t): _totals([r for r in rows if r.source == s and r.target == t]) for s, t in directions}
    return render(
        request, "dyad.html", title=f"{a} \u2194 {b}", nav="", a=a, b=b, by=by, rows=rows,
        directions=directions, totals=totals, recent=recent,
        goldstein_chart=svg.goldstein_lines([p.isoformat() for p in periods], series, width=FULL),
        quad_charts=quad_charts,
    )


def _when(p: dt.date, by: str) -> str:
    return p.isoformat() if by == "day" else f"{by} of {p.isoformat()}"


def _quads(r: TrendRow | None) -> dict[int, int]:
    if r is None:
        return {}
    return {1: r.quad1, 2: r.quad2, 3: r.quad3, 4: r.quad4}


def _totals(rows: list[TrendRow]) -> dict[str, Any]:
    n = sum(r.events for r in rows)
    gsum = sum(r.goldstein_sum for r in rows)
    conflict = sum(r.quad3 + r.quad4 for r in rows)
    return {"events": n, "goldstein_mean": gsum / n if n else None,
            "conflict_share": conflict / n if n else None}


# -- network ------------------------------------------------------------------------

@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, store: StoreDep,
                 level: Literal["country", "actor"] = "country",
                 top: Annotated[int, Query(ge=1, le=200)] = 30,
                 min_events: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
    edges = network(store, level=level, top=top, min_events=min_events)
    chart = svg.network_graph(edges, edge_href=lambda e: url_events(source=e.source, target=e.target,
                                                                     hypothetical="exclude"),
                              node_href=lambda code: url_events(source=code, hypothetical="exclude"),
                              width=FULL, height=640)
    return render(request, "network.html", title="Network", nav="network", edges=edges, chart=chart,
                  level=level, top=top, min_events=min_events)


# -- /code --------------------------------------------------------------------------

@router.get("/code", response_class=HTMLResponse)
def code_form(request: Request) -> HTMLResponse:
    return _code_page(request)


@router.post("/code", response_class=HTMLResponse)
def code_submit(request: Request, text: Annotated[str, Form()] = "", date: Annotated[str, Form()] = "",
                file: Annotated[UploadFile | None, File()] = None) -> HTMLResponse:
    cfg = settings(request)
    limit_kb = cfg.max_upload // 1000
    try:
        day = parse_date(date, "date")
        article, more = _read_input(cfg, text, file, day)
    except _TooLarge as exc:
        return _code_page(request, text=text[:cfg.max_upload], date=date, status=413,
                          error=f"{exc} is larger than the limit of {limit_kb} kB; "
                                "give a shorter text, or code big files with 'eventcoder ingest'.")
    except EventCoderError as exc:
        return _code_page(request, text=text[:cfg.max_upload], date=date, status=400, error=str(exc))
    coded, found = cfg.code(lambda coder: next(coder.pipe([article])))
    records = [e.to_dict() for e in found]
    mentions = [{"mention_id": e.id, "sentence_index": e.sentence_index, "char_start": e.provenance.trigger_offsets[0],
                 "char_end": e.provenance.trigger_offsets[1], "record": r, "event_id": None,
                 "cameo_code": e.cameo.code, "cameo_name": e.cameo.name, "quad_class": e.cameo.quad_class,
                 "source_code": e.source.code, "target_code": e.target.code, "negated": e.negated,
                 "hypothetical": e.hypothetical, "plover_type": e.plover.event_type, "goldstein": e.cameo.goldstein}
                for e, r in zip(found, records)]
    sentences = list(dict.fromkeys((e.sentence_index, e.sentence) for e in found))
    body = _marked(coded.text, mentions, sentences)
    note = f"The file holds {more + 1} articles; the first is shown." if more else None
    return _code_page(request, text=text if file is None or not file.filename else "", date=date,
                      body=body, cards=[_card(m) for m in mentions], coded=coded, note=note)


class _TooLarge(Exception):
    """The input is over the upload limit (the message names the input)."""


def _read_input(cfg: Settings, text: str, file: UploadFile | None, day: dt.date | None) -> tuple[Article, int]:
    """The article to code, and how many more the upload held. Only the upload's file name
    ending is used (to tell HTML, JSONL or CSV); no path from the request is ever opened."""
    from ..read import read_articles

    if file is not None and file.filename:
        data = file.file.read(cfg.max_upload + 1)
        if len(data) > cfg.max_upload:
            raise _TooLarge("The file")
        suffix = Path(file.filename).suffix.lower()
        stream = io.BytesIO(data)
        stream.name = "upload" + (suffix if suffix in UPLOAD_SUFFIXES else ".txt")
        articles = read_articles(stream, date=day)
        first = next(articles, None)
        if first is None:
            raise InputError("the file holds no article to code")
        return first, sum(1 for _ in articles)
    if not text.strip():
        raise InputError("Paste a text or choose a file to code.")
    if len(text.encode("utf-8", "surrogatepass")) > cfg.max_upload:
        raise _TooLarge("The text")
    return Article(id="pasted-text", text=text.replace("\r\n", "\n"), date=day), 0


def _code_page(request: Request, *, text: str = "", date: str = "", status: int = 200,
               error: str | None = None, body: Any = None, cards: list[dict[str, Any]] | None = None,
               coded: Article | None = None, note: str | None = None) -> HTMLResponse:
    cfg = settings(request)
    return render(request, "code.html", status, title="Code a text", nav="code", text=text, date=date,
                  error=error, body=body, cards=cards or [], coded=coded, note=note,
                  limit_kb=cfg.max_upload // 1000, coder_ready=cfg.coder is not None)


# -- /docs --------------------------------------------------------------------------

@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    """The API reference, rendered from the OpenAPI document (no external script)."""
    spec = request.app.openapi()
    ops = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            params = [{"name": p.get("name"), "in": p.get("in"), "required": p.get("required", False),
                       "description": p.get("description", ""),
                       "type": _schema_type(p.get("schema", {}))} for p in op.get("parameters", [])]
            content = op.get("requestBody", {}).get("content", {})
            fields = []
            for media in content.values():
                schema = _resolve(spec, media.get("schema", {}))
                required = set(schema.get("required", []))
                fields += [{"name": name, "in": "body", "required": name in required,
                            "description": _resolve(spec, prop).get("description", ""),
                            "type": _schema_type(_resolve(spec, prop))}
                           for name, prop in schema.get("properties", {}).items()]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params + fields,
                        "body": ", ".join(content), "responses": sorted(op.get("responses", {}))})
    return render(request, "docs.html", title="API", nav="docs", ops=ops, info=spec.get("info", {}))


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema``, or the component schema its ``$ref`` names."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        found = spec.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[1], {})
        return found if isinstance(found, dict) else {}
    return schema


def _schema_type(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"] if s.get("type") != "null") or "any"
    return str(schema.get("type", "any"))
