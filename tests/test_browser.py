"""The web UI in a real browser (issue 7): Debian's Chromium driven by Playwright, against
the app served by uvicorn on a free localhost port over the `web_store` fixture.

Screenshots of each page go to $EVENTCODER_SCREENSHOTS when it is set. Without
/usr/bin/chromium the tests are skipped (scripts/ensure-chromium.sh installs it); the
Playwright package is used with that browser only, never with a downloaded one.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run"]

pytestmark = [
    pytest.mark.issue(7),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed: apt-get install chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed: pip install -e '.[dev]'")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_store, coder) -> Iterator[str]:
    """The app on http://127.0.0.1:PORT, served by uvicorn in a thread of this process."""
    import uvicorn

    from eventcoder.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(web_store, coder_factory=lambda: coder), host="127.0.0.1",
                            port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that fails the test on any JavaScript dialog or page error."""
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    dialogs: list[str] = []
    errors: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert dialogs == [], f"a dialog fired: {dialogs}"
    assert errors == [], f"page errors: {errors}"


def shot(pg, name: str) -> None:
    """Save a full-page screenshot as $EVENTCODER_SCREENSHOTS/NAME.png when that is set."""
    where = os.environ.get("EVENTCODER_SCREENSHOTS")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(Path(where) / f"{name}.png"), full_page=True)


def test_dashboard_to_dyad_to_event_to_article(server, page):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Dashboard"
    assert page.locator("#count-articles").inner_text() == "9"
    assert page.locator("svg.chart a.seg").count() > 10
    shot(page, "01-dashboard")

    page.locator("#top-dyads a.dyad-link").first.click()
    page.wait_for_url(re.compile(r"/dyads/RUS/UKR$"))
    assert page.locator("h1").inner_text() == "RUS ↔ UKR"
    assert page.locator("svg.chart a.pt").count() == 8
    shot(page, "02-dyad")

    page.locator("table.events a.event-link").first.click()
    page.wait_for_url(re.compile(r"/events/[0-9a-f]+$"))
    assert "Accuse of aggression" in page.locator("h1").inner_text()
    assert "matched pattern" in page.locator("pre.explain-block").inner_text()
    shot(page, "03-event")

    page.locator("#reports a.article-link").first.click()
    page.wait_for_url(re.compile(r"/articles/evil-%3Cscript%3E#s1$"))
    target = page.locator(".sent:target")
    assert target.count() == 1                                # the evidence sentence is the anchor
    assert "Russia accused Ukraine" in target.inner_text()
    assert target.locator("mark.hl-trigger").inner_text() == "accused"
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    shot(page, "04-article-evidence")


def test_chart_bar_drills_down_to_its_events(server, page):
    page.goto(server + "/dyads/RUS/UKR")
    bar = page.locator("svg.chart a.seg").first
    title = bar.locator("title").text_content()
    expected = int(re.search(r": (\d+) ", title).group(1))
    bar.locator("rect").click()
    page.wait_for_url(re.compile(r"/events\?"))
    assert page.locator("#result-count strong").inner_text() == str(expected)
    assert page.locator("table.events tbody tr").count() == expected
    shot(page, "05-events-drilldown")


def test_hostile_article_shows_literal_text_and_runs_nothing(server, page):
    page.goto(server + "/articles/evil-%3Cscript%3E")
    text = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script> Russia accused Ukraine" in text
    assert "<img src=x onerror=alert(1)> Ukraine rejected the claim." in text
    assert page.locator("h1").inner_text() == "<script>alert(1)</script> Plant dispute"
    assert page.locator("script").count() == 0
    assert page.locator("main img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    page.locator("mark.hl-trigger", has_text="rejected").click()     # a trigger jumps to its card
    assert page.locator(".event-card:target").inner_text().count("Reject") == 1
    page.wait_for_timeout(300)                                       # a dialog would have fired by now
    shot(page, "06-hostile-article")
    for url in ("/", "/events", "/events?source=UKR&target=RUS"):
        page.goto(server + url)
    assert "<img src=x onerror=alert(1)> Ukraine rejected" in page.locator("table.events").inner_text()


def test_events_filters_and_pages(server, page):
    page.goto(server + "/events")
    page.fill("input[name=source]", "RUS")
    page.select_option("select[name=root]", "19")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"source=RUS"))
    # the Kharkiv shelling (its killing of four civilians is the same act) and the missiles on Kyiv
    assert page.locator("#result-count strong").inner_text() == "2"
    page.goto(server + "/events?per_page=10")
    page.click("a[rel=next]")
    page.wait_for_url(re.compile(r"page=2"))
    assert "page 2 of 4" in page.locator("#result-count").inner_text()
    shot(page, "07-events")


def test_network_and_docs(server, page):
    page.goto(server + "/network")
    assert page.locator("svg.chart a.edge").count() == 12  # (the headline's German vehicles are only announced)
    shot(page, "08-network")
    page.locator("svg.chart a.node", has_text="CHN").locator("circle").click()   # the dot, as a person would
    page.wait_for_url(re.compile(r"/events\?source=CHN"))
    page.goto(server + "/docs")
    assert page.locator(".op").count() == 7
    shot(page, "09-api-docs")


def test_code_a_pasted_text(server, page):
    page.goto(server + "/code")
    page.fill("textarea[name=text]", "Russia fired missiles at Kyiv on Sunday. "
              "Ukraine condemned the attack and appealed to Germany for Patriot systems.")
    page.fill("input[name=date]", "2024-04-02")
    page.click("form.code-form button")
    page.wait_for_selector("#result-count", timeout=60_000)
    assert page.locator("#result-count strong").inner_text() == "3"
    assert page.locator(".article-text mark.hl-trigger").all_inner_texts() == ["fired", "condemned", "appealed"]
    assert page.locator(".event-card").count() == 3
    shot(page, "10-code")
