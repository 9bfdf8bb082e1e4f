"""The FastAPI application: settings, middleware and error pages.

Pages live in :mod:`.pages`, the JSON API in :mod:`.api`, templates and links in
:mod:`.render`. The app reads one event store
file given by the server's operator, opening it read-only for each request; no request
names a file. Templates autoescape everything; article text reaches them only as escaped
pieces (:mod:`.highlight`) or as plain strings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import EventCoderError
from ..store import StoreError
from . import api, pages
from .deps import MAX_UPLOAD, Settings
from .render import render, template_env

if TYPE_CHECKING:
    from ..coder import Coder

#: what the browser may load: this server's CSS and images, nothing else, and no script
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
#: room for the form fields and multipart framing around an upload of ``max_upload`` bytes
FORM_OVERHEAD = 64 * 1024


def create_app(db: str | Path, *, max_upload: int = MAX_UPLOAD,
               coder_factory: Callable[[], Coder] | None = None) -> FastAPI:
    """The web UI and JSON API over the event store ``db`` (opened read-only).

    ``max_upload`` caps the text (bytes) that /code and /api/code accept; a request body
    larger than that (plus room for form fields) is refused with 413 before it is read.
    ``coder_factory`` builds the Coder on the first use of /code (default ``Coder()``);
    no Coder is built before that.

    >>> import uvicorn                                               # doctest: +SKIP
    >>> uvicorn.run(create_app("events.duckdb"), host="127.0.0.1", port=8000)
    """
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{path}: no such event store; create it with 'eventcoder ingest'")
    app = FastAPI(
        title="eventcoder",
        version=__version__,
        description="Browse, explain and chart the events of an eventcoder store. "
                    "The JSON API under /api serves the same data as the pages.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.settings = Settings(db=path, max_upload=max_upload, coder_factory=coder_factory)
    templates = Jinja2Templates(env=template_env())
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    _error_handlers(app, templates)
    app.add_middleware(BodyLimit, limit=max_upload + FORM_OVERHEAD, max_upload=max_upload,
                       templates=templates)
    app.add_middleware(SecurityHeaders)
    return app


# -- errors --------------------------------------------------------------------------

def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_handlers(app: FastAPI, templates: Jinja2Templates) -> None:
    def error(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        return render(request, "error.html", status, title=f"Error {status}", status=status, message=message)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 404 and not isinstance(exc.detail, str):
            return error(request, 404, "Not found")
        message = str(exc.detail) if exc.detail else "Error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"Nothing here: {request.url.path}"
        response = error(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def bad_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        if _wants_json(request):
            return JSONResponse({"detail": _jsonable(exc.errors())}, status_code=422)
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "request"
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return error(request, 400, "Bad request: " + "; ".join(parts))

    async def store_error(request: Request, exc: Exception) -> Response:
        response = error(request, 503, f"The event store cannot be read: {exc}. "
                                       "If an ingest is writing it, try again when it has finished.")
        response.headers["retry-after"] = "30"
        return response

    async def coder_error(request: Request, exc: Exception) -> Response:
        return error(request, 400, str(exc))

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, bad_request)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(EventCoderError, coder_error)


def _jsonable(errors: Any) -> Any:
    """Validation errors without the raw input objects (which may not be JSON)."""
    return [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in errors]


# -- middleware ----------------------------------------------------------------------

class SecurityHeaders:
    """Adds a strict Content-Security-Policy (no script at all) and friends to every
    response: even if some text escaped the templates, the browser would not run it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413 before the app sees them.

    The body is read here (it is small by definition) and handed on whole, so a client
    that sends no Content-Length, or a false one, is stopped too."""

    def __init__(self, app: ASGIApp, *, limit: int, max_upload: int, templates: Jinja2Templates) -> None:
        self.app = app
        self.limit = limit
        self.max_upload = max_upload
        self.templates = templates

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = (f"The request is too large: the limit is {self.max_upload // 1000} kB of text. "
                   "Paste or upload a shorter text, or code big files with 'eventcoder ingest'.")
        response: Response
        if str(scope.get("path", "")).startswith("/api/"):
            response = JSONResponse({"detail": message}, status_code=413)
        else:
            page = self.templates.get_template("error.html").render(
                title="Error 413", nav="", db_name="", status=413, message=message)
            response = HTMLResponse(page, status_code=413)
        response.headers["connection"] = "close"
        await response(scope, receive, send)
