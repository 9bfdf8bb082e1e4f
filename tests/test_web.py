"""The web UI and its JSON API (issue 7), through FastAPI's TestClient, over a small store
ingested from data/web_articles.jsonl (the `web_store` fixture in conftest)."""

from __future__ import annotations

import html
import re

import pytest
from click.testing import CliRunner

from eventcoder.store import Store, StoreError
from eventcoder.web import create_app
from eventcoder.web.highlight import Sentence, Span, highlight, locate_sentences
from eventcoder.web.svg import Bar, Segment, conflict_cooperation

pytestmark = [
    pytest.mark.issue(7),
    # starlette's TestClient now prefers the httpx2 package; httpx still works
    pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`"),
]

EVIL = "/articles/evil-%3Cscript%3E"


@pytest.fixture(scope="module")
def app(web_store, coder):
    return create_app(web_store, coder_factory=lambda: coder)


@pytest.fixture(scope="module")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def count(page: str) -> int:
    """The number of events a listing says it found."""
    m = re.search(r'id="result-count"><strong>([\d,]+)</strong>', page)
    assert m, "no result count on the page"
    return int(m.group(1).replace(",", ""))


def hrefs(page: str, pattern: str) -> list[str]:
    """The (unescaped) link targets on the page that match ``pattern``."""
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', page) if re.search(pattern, html.unescape(h))]


# -- pages ----------------------------------------------------------------------------

def test_dashboard_shows_counts_dyads_and_chart(client, web_store):
    with Store(web_store, read_only=True) as store:
        counts = store.counts()
    r = client.get("/")
    assert r.status_code == 200
    page = r.text
    for table in ("articles", "events", "mentions"):
        m = re.search(rf'id="count-{table}">(?:<a [^>]*>)?([\d,]+)', page)
        assert m and int(m.group(1)) == counts[table]
    assert counts["articles"] == 9
    assert 'href="/dyads/RUS/UKR"' in page                      # the busiest dyad, first
    assert page.index("/dyads/RUS/UKR") < page.index("/dyads/CHN/USA")
    assert "<svg" in page and "Conflict and cooperation of the busiest dyads" in page
    assert "Missiles strike Kyiv" in page                        # latest articles


def test_every_chart_bar_drills_down_to_its_events(client):
    page = client.get("/").text
    svg = page[page.index("<svg"):page.index("</svg>")]
    segments = re.findall(r'<a href="([^"]+)" class="seg"><title>([^<]+)</title>', svg)
    assert segments, "the dyad chart has no linked bars"
    for href, title in segments:
        n = int(re.search(r": (\d+) ", html.unescape(title)).group(1))
        assert count(client.get(html.unescape(href)).text) == n, title


def test_events_table_filters_narrow_it(client):
    everything = count(client.get("/events?negated=include").text)
    default = count(client.get("/events").text)
    russia = count(client.get("/events?source=RUS").text)
    russia_assaults = count(client.get("/events?source=RUS&root=19").text)
    assert everything == 34 and default == 33                   # one negated event left out
    assert everything > default > russia > russia_assaults > 0
    page = client.get("/events?source=RUS&target=UKR&plover=ASSAULT&since=2024-03-20&until=2024-03-31").text
    assert count(page) == 1
    assert "Russia fired missiles at Kyiv" in page
    assert count(client.get("/events?quad=1&source=CHN").text) == 2
    negated = client.get("/events?negated=only").text
    assert count(negated) == 1 and "did not shell" in negated
    # with the agreed prisoner swap, and the headline's "Berlin to send armoured vehicles to Kyiv"
    assert count(client.get("/events?hypothetical=only").text) == 5
    assert count(client.get("/events?hypothetical=exclude").text) == default - 5
    assert count(client.get("/events?article=german-vehicles&hypothetical=only").text) == 3


def test_events_table_pages(client):
    first = client.get("/events?per_page=10").text
    last = client.get("/events?per_page=10&page=4").text
    assert count(first) == 33 and "page 1 of 4" in first
    assert len(re.findall(r'class="event-link"', first)) == 10
    assert len(re.findall(r'class="event-link"', last)) == 3
    assert hrefs(first, r"page=2") and not hrefs(last, r"page=5")
    ids = lambda p: set(re.findall(r'href="/events/([0-9a-f]+)"', p))  # noqa: E731
    pages = [ids(client.get(f"/events?per_page=10&page={n}").text) for n in (1, 2, 3, 4)]
    assert len(set.union(*pages)) == 33                           # no event twice, none missed


def test_bad_filters_are_explained(client):
    r = client.get("/events?root=99")
    assert r.status_code == 400 and "use 01 to 20" in r.text
    r = client.get("/events?since=March")
    assert r.status_code == 400 and "YYYY-MM-DD" in r.text
    assert client.get("/events?page=0").status_code == 400
    r = client.get("/api/events?quad=7")
    assert r.status_code == 400 and "QuadClass" in r.json()["detail"]


def test_article_marks_triggers_actors_and_sentences(client):
    r = client.get("/articles/kharkiv-shelling")
    assert r.status_code == 200
    page = r.text
    assert re.search(r'<mark class="hl hl-trigger"[^>]*>shelled</mark>', page)
    assert re.search(r'<mark class="hl hl-source"[^>]*>Russian forces</mark>', page)
    assert re.search(r'<mark class="hl hl-target"[^>]*>the Ukrainian city of Kharkiv</mark>', page)
    # every evidence sentence is an anchor, and each trigger links to its event card
    sent = re.search(r'<span class="sent" id="s2">(.*?)</span>', page).group(1)
    assert "Ukraine" in sent and "accused" in sent and "residential buildings." in sent
    card_ids = re.findall(r'<article class="event-card[^"]*" id="(ev-[0-9a-f]+)"', page)
    assert len(card_ids) == 4   # with the victims' accusation reported by Ukrainian officials
    # each of the three triggers links to an event card ("shelled" is the attack and the accusation)
    linked = {h.lstrip("#") for h in hrefs(page, r"^#ev-")}
    assert len(linked) == 3 and linked <= set(card_ids)
    # explanation, speaker, quantities
    assert "matched pattern" in page and "Why this was coded" in page
    assert "Ukrainian officials" in page and "four civilians" in page
    assert "President Volodymyr Zelensky" in page


def test_events_link_to_their_evidence_sentence(client):
    page = client.get("/events?source=UKR&target=TUR").text
    (link,) = hrefs(page, r"^/articles/")
    assert link == "/articles/prisoner-swap#s3"   # sentence 0 is the headline
    article = client.get(link.split("#")[0]).text
    sentence = re.search(r'<span class="sent" id="s3">(.*?)</span>', article).group(1)
    assert re.sub(r"<[^>]+>", "", sentence) == "Ukraine thanked Turkey for its help."
    (event,) = hrefs(page, r"^/events/[0-9a-f]+$")
    detail = client.get(event).text
    assert "Praise or endorse" in detail and "/articles/prisoner-swap#s3" in detail


HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>Evil</b>")


@pytest.mark.parametrize("url", ["/", EVIL, "/events", "/events?source=RUS", "/dyads/RUS/UKR",
                                 "/events?article=evil-%3Cscript%3E"])
def test_hostile_article_renders_as_text(client, url):
    page = client.get(url).text
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "<b>Evil" not in page
    assert 'href="javascript:' not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_hostile_article_page(client):
    r = client.get(EVIL)
    assert r.status_code == 200
    page = r.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;Evil&lt;/b&gt;" in page
    assert re.search(r'<mark class="hl hl-trigger"[^>]*>accused</mark>', page)
    assert "javascript:alert(1)" in page and 'href="javascript' not in page   # shown, not linked
    assert "script-src" not in r.headers["content-security-policy"]        # default-src 'none'
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_dyad_page_charts_both_directions(client):
    page = client.get("/dyads/RUS/UKR").text
    assert "RUS → UKR" in page and "UKR → RUS" in page
    links = re.findall(r'<a href="([^"]+)" class="(?:pt|seg)"><title>([^<]+)</title>', page)
    assert len([1 for _h, t in links if "mean Goldstein" in t]) == 8    # 4 weeks with events each way
    for href, title in links:                        # every point and bar drills down to its events
        n = int(re.search(r": (\d+) ", html.unescape(title)).group(1))
        assert count(client.get(html.unescape(href)).text) == n, title
    assert "RUS → UKR, week of 2024-03-18: 3 events" in html.unescape(page)  # with the refinery accusation
    monthly = client.get("/dyads/RUS/UKR?by=month").text
    assert "since=2024-03-01&until=2024-03-31" in html.unescape(monthly)
    assert client.get("/dyads/RUS/UKR?by=year").status_code == 400


def test_network_page(client):
    page = client.get("/network").text
    assert 'class="edge"' in page and 'class="node"' in page
    assert 'href="/dyads/RUS/UKR"' in page                               # the table links the dyads
    edges = re.findall(r'<a href="([^"]+)" class="edge"><title>([^<]+)</title>', page)
    # with Turkey's mediation between Russia and Ukraine; Germany's vehicles are only announced
    assert len(edges) == 12
    for href, title in edges:                                            # each arrow drills down
        n = int(re.search(r": (\d+) event", html.unescape(title)).group(1))
        assert count(client.get(html.unescape(href)).text) == n, title
    actor = client.get("/network?level=actor&top=5").text
    assert actor.count('class="edge"') == 5


def test_docs_page_and_openapi_work_offline(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/summary", "/api/events", "/api/events/{event_id}", "/api/articles/{article_id}",
                 "/api/dyads/{source}/{target}", "/api/network", "/api/code"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/code"]
    assert not any(p.startswith(("/events", "/articles", "/dyads")) for p in spec["paths"])  # pages are not API
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/dyads/{source}/{target}" in docs.text
    assert "<script" not in docs.text and "cdn" not in docs.text.lower()
    assert client.get("/redoc").status_code == 404


# -- JSON API ---------------------------------------------------------------------------

def test_api_summary(client):
    data = client.get("/api/summary").json()
    assert data["counts"]["articles"] == 9 and data["counts"]["events"] == 34
    assert data["first_date"] == "2024-03-04" and data["last_date"] == "2024-03-27"
    assert data["negated"] == 1 and data["hypothetical"] == 5
    top = data["top_dyads"][0]
    assert (top["a"], top["b"], top["a_to_b"], top["b_to_a"]) == ("RUS", "UKR", 6, 6)   # with the prisoner swap


def test_api_events_filters_and_evidence(client):
    data = client.get("/api/events", params={"source": "RUS", "target": "UKR", "per_page": 2}).json()
    assert data["total"] == 7 and data["pages"] == 4 and len(data["events"]) == 2
    first = data["events"][0]
    assert first["date"] == "2024-03-27" and first["cameo_code"] == "1123"
    ev = first["evidence"]
    assert ev["article_id"] == "evil-<script>" and "Russia accused Ukraine" in ev["sentence"]
    assert ev["url"] == "/articles/evil-%3Cscript%3E#s1"
    detail = client.get(f"/api/events/{first['event_id']}").json()
    assert detail["mentions"][0]["trigger"] == "accused"
    assert detail["mentions"][0]["record"]["provenance"]["pattern_id"]


def test_api_article(client):
    data = client.get("/api/articles/kharkiv-shelling").json()
    assert data["title"] == "Russian shelling kills four in Kharkiv"
    assert [e["record"]["cameo"]["code"] for e in data["events"]] == ["1123", "194", "112", "0212"]
    shelled = data["events"][0]
    assert data["text"][shelled["char_start"]:shelled["char_end"]] == "shelled"
    assert "matched pattern" in shelled["explanation"]
    assert any(s["text"].startswith("Ukraine accused Russia") for s in data["sentences"])


def test_api_dyad_and_network(client):
    data = client.get("/api/dyads/rus/ukr", params={"by": "week"}).json()
    assert (data["source"], data["target"]) == ("RUS", "UKR")
    directions = {r["direction"] for r in data["rows"]}
    assert directions == {"RUS->UKR", "UKR->RUS"}
    assert sum(r["events"] for r in data["rows"] if r["direction"] == "RUS->UKR") == 6
    edges = client.get("/api/network").json()["edges"]
    assert edges[0]["source"] == "RUS" and edges[0]["target"] == "UKR" and edges[0]["events"] == 6


# -- /code ----------------------------------------------------------------------------

def test_code_builds_the_coder_lazily_and_stores_nothing(web_store, coder):
    from fastapi.testclient import TestClient

    built = []

    def factory():
        built.append(1)
        return coder

    app = create_app(web_store, coder_factory=factory)
    with TestClient(app) as c:
        assert c.get("/").status_code == 200 and c.get("/code").status_code == 200
        assert built == [] and app.state.settings.coder is None
        r = c.post("/code", data={"text": "Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant.",
                                  "date": "2024-04-02"})
        assert r.status_code == 200
        assert re.search(r'<mark class="hl hl-trigger"[^>]*>accused</mark>', r.text)
        assert "Accuse of aggression" in r.text and "2024-04-02" in r.text
        c.post("/code", data={"text": "China praised the United States."})
        assert built == [1]                                              # once per app
        assert c.get("/api/summary").json()["counts"]["articles"] == 9   # nothing stored


def test_code_upload_and_api(client):
    page = b"<html><body><p>Israeli aircraft struck Hezbollah positions in southern Lebanon.</p></body></html>"
    r = client.post("/code", files={"file": ("../../etc/story.html", page, "text/html")})
    assert r.status_code == 200
    assert re.search(r'<mark class="hl hl-trigger"[^>]*>struck</mark>', r.text)
    assert "&lt;p&gt;" not in r.text                                     # read as HTML, not shown as markup
    data = client.post("/api/code", json={"text": "Russia accused Ukraine of shelling the plant.",
                                          "date": "2024-04-02"}).json()
    assert [(e["source"]["code"], e["target"]["code"], e["cameo"]["code"]) for e in data["events"]] == [
        ("RUS", "UKR", "1123")]
    assert data["events"][0]["date"] == "2024-04-02" and "matched pattern" in data["explanations"][0]
    assert client.post("/code", data={"text": "  "}).status_code == 400


def test_code_rejects_oversize_input(web_store, coder):
    from fastapi.testclient import TestClient

    big = "Russia accused Ukraine. " * 11_000                             # 264 kB
    with TestClient(create_app(web_store, coder_factory=lambda: coder)) as c:
        r = c.post("/code", data={"text": big})
        assert r.status_code == 413 and "200 kB" in r.text
        r = c.post("/api/code", json={"text": big})
        assert r.status_code == 413 and "200 kB" in r.json()["detail"]
        r = c.post("/code", files={"file": ("big.txt", big.encode(), "text/plain")})
        assert r.status_code == 413
    small = create_app(web_store, max_upload=2_000, coder_factory=lambda: coder)
    with TestClient(small) as c:                                       # under the body limit: the form says it
        r = c.post("/code", data={"text": "x" * 3_000})
        assert r.status_code == 413 and "larger than the limit of 2 kB" in r.text and "<textarea" in r.text
        r = c.post("/api/code", json={"text": "x" * 3_000})
        assert r.status_code == 413


# -- safety -------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "/articles/..%2F..%2Fetc%2Fpasswd", "/articles/../../etc/passwd", "/api/articles/..%2F..%2Fpyproject.toml",
    "/static/..%2F..%2F..%2Fpyproject.toml", "/static/%2e%2e/%2e%2e/__init__.py", "/static/../app.py",
    "/dyads/..%2F..%2Fetc/passwd", "/events/..%2F..%2Fetc%2Fpasswd", "/api/events/..%2Fx",
    "/articles/%00", "/nothing-here",
])
def test_path_traversal_is_404(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "root:" not in r.text and "[project]" not in r.text and "import" not in r.text


def test_static_css_is_served(client):
    r = client.get("/static/style.css")
    assert r.status_code == 200 and "--q4" in r.text


def test_store_is_read_only_and_not_held_between_requests(client, web_store):
    assert client.get("/api/summary").status_code == 200
    with Store(web_store) as store:                # a writer can open it: the app holds no handle
        assert store.counts()["articles"] == 9
    assert client.get("/api/summary").status_code == 200


def test_store_being_written_answers_503_until_the_writer_is_done(web_store, tmp_path):
    import shutil
    import subprocess
    import sys

    from fastapi.testclient import TestClient

    busy = tmp_path / "busy.duckdb"
    shutil.copy(web_store, busy)
    writer = subprocess.Popen(                   # an ingest holds DuckDB's write lock
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('locked', flush=True); time.sleep(60)", str(busy)], stdout=subprocess.PIPE, text=True)
    with TestClient(create_app(busy)) as c:
        try:
            assert writer.stdout.readline().strip() == "locked"
            r = c.get("/")
            assert r.status_code == 503 and "being written by another process" in r.text
            assert r.headers["retry-after"]
            assert c.get("/api/summary").status_code == 503
        finally:
            writer.kill()
            writer.wait()
        assert c.get("/").status_code == 200


def test_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no such event store"):
        create_app(tmp_path / "nope.duckdb")


def test_serve_command_is_thin(monkeypatch, web_store):
    import uvicorn

    from eventcoder.cli import cli

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_store), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].title == "eventcoder"
    assert seen["app"].state.settings.coder is None          # built on the first use of /code
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_store.parent / "missing.duckdb")])
    assert result.exit_code != 0 and "no such event store" in str(result.exception)


# -- building blocks -------------------------------------------------------------------

def test_highlight_escapes_every_piece_and_handles_overlaps():
    text = 'A <b>"x"</b> & Russia attacked Ukraine.'
    start = text.index("Russia")
    spans = [Span(start, start + 6, "source", "m1", "source <1>"),
             Span(start + 7, start + 15, "trigger", "m1", "trigger"),
             Span(start, start + 15, "target", "m2", "target")]            # overlaps both
    out = str(highlight(text, spans, [Sentence(0, 0, len(text))]))
    assert "<b>" not in out and "&lt;b&gt;&#34;x&#34;&lt;/b&gt; &amp; " in out
    assert '<mark class="hl hl-source" title="source &lt;1&gt;; target">Russia</mark>' in out
    assert '<a class="hl-link" href="#ev-m1"><mark class="hl hl-trigger" title="trigger; target">attacked</mark></a>' in out
    assert out.startswith('<span class="sent" id="s0">') and out.endswith("</span>")
    # offsets outside the text are ignored, not a crash
    assert str(highlight("abc", [Span(2, 99, "trigger", "x", "")])) == "abc"


def test_locate_sentences_prefers_the_occurrence_with_the_trigger():
    text = "He said no. Later: He said no."
    (s,) = locate_sentences(text, [(3, "He said no.")], {3: 22})
    assert (s.start, s.end) == (19, 30)


def test_svg_bars_are_links_and_labels_are_escaped():
    bar = Bar("<RUS> → UKR", "/dyads/RUS/UKR", [Segment(4, 3, "/events?a=1&b=2", 'x"y')])
    out = str(conflict_cooperation([bar]))
    assert '<a href="/events?a=1&amp;b=2" class="seg"><title>x&#34;y</title><rect' in out
    assert "&lt;RUS&gt;" in out and "<RUS>" not in out
