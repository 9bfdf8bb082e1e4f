"""The JSON API: the data of the pages, described by the OpenAPI document at /openapi.json.

Errors are JSON too: ``{"detail": "..."}`` with 400 (a bad filter value), 404, 413 (a text
over the upload limit), 422 (a malformed parameter) or 503 (the store cannot be read).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from ..explain import explain
from ..model import Article, Event
from ..store import Store
from ..trends import Edge, TrendRow, network, trend
from . import queries
from .deps import actor_code, check_event_id, event_query, open_store, settings
from .queries import EventQuery
from .render import url_article

router = APIRouter(prefix="/api", tags=["api"])

StoreDep = Annotated[Store, Depends(open_store)]
QueryDep = Annotated[EventQuery, Depends(event_query)]


class Evidence(BaseModel):
    """Where an event was first reported: the article, the sentence and its page link."""

    article_id: str | None
    sentence_index: int | None
    sentence: str | None
    mention_id: str | None
    url: str | None = Field(None, description="The article page, anchored at the sentence.")


class EventRow(BaseModel):
    """One de-duplicated event (a row of the ``events`` table) with its evidence."""

    event_id: str
    date: dt.date | None
    source_code: str | None
    source_text: str | None
    source_country: str | None
    target_code: str | None
    target_text: str | None
    target_country: str | None
    cameo_code: str
    root_code: str
    cameo_name: str | None
    goldstein: float | None
    quad_class: int | None
    plover_type: str | None
    plover_mode: str | None
    negated: bool | None
    hypothetical: bool | None
    location_name: str | None
    num_mentions: int
    num_articles: int
    num_sources: int
    confidence: float | None
    evidence: Evidence


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters.")
    page: int
    per_page: int
    pages: int
    events: list[EventRow]


class MentionOut(BaseModel):
    """One report of an event: the article, the sentence, the trigger and the record."""

    mention_id: str
    article_id: str
    sentence_index: int
    sentence: str | None
    trigger: str | None
    char_start: int | None
    char_end: int | None
    confidence: float | None
    record: dict[str, Any] | None = Field(description="The whole event record as coded.")


class EventDetail(EventRow):
    mentions: list[MentionOut]


class DyadOut(BaseModel):
    """Two actors (country level) and the events between them."""

    a: str
    b: str
    a_to_b: int
    b_to_a: int
    events: int
    goldstein_mean: float | None
    conflict: int
    cooperation: int


class Summary(BaseModel):
    counts: dict[str, int] = Field(description="Rows per table.")
    stale: bool = Field(description="True while the events table is older than the last ingest.")
    first_date: dt.date | None
    last_date: dt.date | None
    negated: int
    hypothetical: int
    quads: dict[str, int] = Field(description="Events per QuadClass (1 to 4).")
    top_dyads: list[DyadOut]


class SentenceOut(BaseModel):
    sentence_index: int
    text: str | None


class ArticleEvent(BaseModel):
    """An event coded in the article: its report (mention) and its de-duplicated event."""

    mention_id: str
    event_id: str
    sentence_index: int
    char_start: int | None
    char_end: int | None
    explanation: str | None
    record: dict[str, Any] | None


class ArticleOut(BaseModel):
    article_id: str
    title: str | None
    url: str | None
    publisher: str | None
    date: dt.date | None
    text: str | None
    n_events: int | None
    meta: dict[str, Any]
    sentences: list[SentenceOut]
    events: list[ArticleEvent]


class DyadTrend(BaseModel):
    source: str
    target: str
    by: str
    rows: list[TrendRow]


class NetworkOut(BaseModel):
    level: str
    edges: list[Edge]


class CodeIn(BaseModel):
    text: str = Field(description="The text to code (UTF-8, at most the server's upload limit).")
    date: dt.date | None = Field(None, description="The article date, for events without one.")


class CodeOut(BaseModel):
    text: str = Field(description="The text the offsets point into (a title put in front, if any).")
    events: list[Event]
    explanations: list[str] = Field(description="Why each event was coded, in the order of events.")


def _event_row(row: dict[str, Any]) -> EventRow:
    aid, idx = row.get("article_id"), row.get("sentence_index")
    evidence = Evidence(article_id=aid, sentence_index=idx, sentence=row.get("sentence"),
                        mention_id=row.get("mention_id"),
                        url=url_article(aid, idx) if aid is not None else None)
    return EventRow.model_validate({**row, "evidence": evidence})


@router.get("/summary", summary="Counts, date range and the busiest dyads")
def api_summary(store: StoreDep,
                top: Annotated[int, Query(ge=1, le=100, description="How many dyads.")] = 10) -> Summary:
    s = queries.summary(store)
    dyads = [DyadOut(a=d.a, b=d.b, a_to_b=d.a_to_b, b_to_a=d.b_to_a, events=d.events,
                     goldstein_mean=d.goldstein_mean, conflict=d.conflict, cooperation=d.cooperation)
             for d in queries.top_dyads(store, top)]
    return Summary(counts=s["counts"], stale=s["stale"], first_date=s["first_date"], last_date=s["last_date"],
                   negated=s["negated"], hypothetical=s["hypothetical"],
                   quads={str(q): n for q, n in s["quads"].items()}, top_dyads=dyads)


@router.get("/events", summary="De-duplicated events, newest first, filtered and paged")
def api_events(store: StoreDep, query: QueryDep, page: Page = 1, per_page: PerPage = 50) -> EventPage:
    result = queries.events_page(store, query, page=page, per_page=per_page)
    return EventPage(total=result.total, page=result.page, per_page=result.per_page, pages=result.pages,
                     events=[_event_row(r) for r in result.rows])


Page = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")]
PerPage = Annotated[int, Query(ge=1, le=500, description="Events per page.")]
Code = Annotated[str, Path(description="An actor code or code prefix (RUS matches RUSGOV).")]


@router.get("/events/{event_id}", summary="One event with every report of it")
def api_event(store: StoreDep,
              event_id: Annotated[str, Path(description="The de-duplicated event id.")]) -> EventDetail:
    row = queries.event(store, check_event_id(event_id))
    if row is None:
        raise HTTPException(404, "no such event")
    mentions = [MentionOut.model_validate(m) for m in queries.event_mentions(store, row["event_id"])]
    return EventDetail.model_validate({**_event_row(row).model_dump(), "mentions": mentions})


@router.get("/articles/{article_id:path}", summary="One article: text, sentences and coded events")
def api_article(store: StoreDep,
                article_id: Annotated[str, Path(description="The article id as stored.")]) -> ArticleOut:
    art = queries.article(store, article_id)
    if art is None:
        raise HTTPException(404, "no such article")
    events = []
    for m in queries.article_mentions(store, article_id):
        try:
            why: str | None = explain(Event.model_validate(m["record"] or {}))
        except ValueError:
            why = None
        events.append(ArticleEvent(mention_id=m["mention_id"], event_id=m["event_id"],
                                   sentence_index=m["sentence_index"], char_start=m["char_start"],
                                   char_end=m["char_end"], explanation=why, record=m["record"]))
    sentences = [SentenceOut.model_validate(s) for s in queries.article_sentences(store, article_id)]
    return ArticleOut.model_validate({**art, "sentences": sentences, "events": events})


@router.get("/dyads/{source}/{target}", summary="Goldstein and QuadClass series of a dyad, both directions")
def api_dyad(store: StoreDep, source: Code, target: Code,
             by: Annotated[Literal["day", "week", "month"], Query(description="Period length.")] = "week",
             since: Annotated[dt.date | None, Query(description="First event date.")] = None,
             until: Annotated[dt.date | None, Query(description="Last event date.")] = None) -> DyadTrend:
    a, b = actor_code(source), actor_code(target)
    rows = trend(store, a, b, by=by, both=True, since=since, until=until)
    return DyadTrend(source=a, target=b, by=by, rows=list(rows))


@router.get("/network", summary="The actor network: directed edges weighted by events")
def api_network(store: StoreDep,
                level: Annotated[Literal["country", "actor"], Query(
                    description="country: RUSGOV and RUSMIL count as RUS; actor: whole codes.")] = "country",
                top: Annotated[int, Query(ge=1, le=500, description="The busiest edges to keep.")] = 30,
                min_events: Annotated[int, Query(ge=1, description="Leave out edges with fewer events.")] = 1,
                ) -> NetworkOut:
    edges = network(store, level=level, top=top, min_events=min_events)
    return NetworkOut(level=level, edges=list(edges))


@router.post("/code", summary="Code a text without storing it")
def api_code(request: Request, body: CodeIn) -> CodeOut:
    cfg = settings(request)
    if len(body.text.encode("utf-8", "surrogatepass")) > cfg.max_upload:
        raise HTTPException(413, f"the text is larger than the limit of {cfg.max_upload // 1000} kB")
    if not body.text.strip():
        raise HTTPException(400, "the text is empty")
    article = Article(id="api-text", text=body.text, date=body.date)
    coded, events = cfg.code(lambda coder: next(coder.pipe([article])))
    return CodeOut(text=coded.text, events=events, explanations=[explain(e) for e in events])
