"""The web UI: browse, explain and chart the events of a store (``eventcoder serve``).

Server-rendered pages (FastAPI and Jinja2, inline SVG charts, no script and nothing
loaded from elsewhere) and a JSON API under ``/api`` with its OpenAPI document at
``/openapi.json``. The store is opened read-only for each request.

Pages
-----
``/``                       counts, the busiest dyads and their conflict-cooperation chart
``/events``                 the events, filtered and paged; ``/events/{id}`` one event
``/articles/{id}``          an article with triggers and actors marked, and each event explained
``/dyads/{source}/{target}`` Goldstein and QuadClass series of a dyad, both directions
``/network``                the actor network
``/code``                   code a pasted or uploaded text without storing it
``/docs``                   the API reference

>>> import uvicorn                                                  # doctest: +SKIP
>>> uvicorn.run(create_app("events.duckdb"), host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from .app import create_app
from .deps import MAX_UPLOAD

__all__ = ["MAX_UPLOAD", "create_app"]
