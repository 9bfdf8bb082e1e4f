"""Templates and links: the Jinja2 environment (autoescaping everything), the URL
builders the templates use, and :func:`render`."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..trends import QUAD_CLASSES
from .deps import Settings


def template_env() -> jinja2.Environment:
    """The Jinja2 environment: the package's templates, autoescaping on for everything."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("eventcoder.web", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.globals.update(
        QUAD_CLASSES=QUAD_CLASSES, url_events=url_events, url_article=url_article,
        url_dyad=url_dyad, url_event=url_event, web_url=web_url,
    )
    env.filters.update(num=_num, gold=_gold, pct=_pct)
    return env


def url_events(**params: Any) -> str:
    """/events with the given filters (``None`` and empty values left out)."""
    kept = {k: v for k, v in params.items() if v is not None and v != ""}
    return "/events" + (f"?{urlencode(kept)}" if kept else "")


def url_article(article_id: str, sentence_index: int | None = None) -> str:
    anchor = f"#s{int(sentence_index)}" if sentence_index is not None else ""
    return f"/articles/{quote(article_id, safe='')}{anchor}"


def url_dyad(source: str, target: str, by: str | None = None) -> str:
    return f"/dyads/{quote(source, safe='')}/{quote(target, safe='')}" + (f"?by={quote(by)}" if by else "")


def url_event(event_id: str) -> str:
    return f"/events/{quote(event_id, safe='')}"


def web_url(value: Any) -> str | None:
    """``value`` when it is an http(s) URL, else ``None``: a stored URL is never made a
    link with another scheme (``javascript:``, ``data:``)."""
    if isinstance(value, str) and value.lower().startswith(("http://", "https://")) and " " not in value:
        return value
    return None


def _num(value: Any) -> str:
    if value is None:
        return "\u2013"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return f"{int(value):,}"


def _gold(value: Any) -> str:
    return "\u2013" if value is None else f"{float(value):+.1f}"


def _pct(value: Any) -> str:
    return "\u2013" if value is None else f"{100 * float(value):.0f}%"


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render template ``name`` with what every page shows (the store's file name)."""
    templates: Jinja2Templates = request.app.state.templates
    settings: Settings = request.app.state.settings
    context.setdefault("title", "")
    context.setdefault("nav", "")
    context.update(db_name=settings.db.name)
    return templates.TemplateResponse(request, name, context, status_code=status_code)
