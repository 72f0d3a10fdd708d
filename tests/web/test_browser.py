"""Browser tests: Debian's Chromium, driven by Playwright, against a real server on a free port.

The server is the real entry point (``python -m sotenbori.web.server``) in its own process,
outside development mode, over its own SQLite file. Screenshots of the main pages land in
``test-output/screenshots/`` (desktop 1280 px and phone 375 px).
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from tests.web.conftest import AGREEMENT, FLAGSHIP

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 375, "height": 812}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``sotenbori serve`` in production mode on a free port, with a fresh database."""
    folder = tmp_path_factory.mktemp("server")
    port = _free_port()
    env = {
        **os.environ,
        "SOTENBORI_DATABASE_URL": f"sqlite:///{folder / 'web.db'}",
        "SOTENBORI_SECRET_KEY": secrets.token_urlsafe(48),
    }
    log = (folder / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "sotenbori.web.server", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            pytest.fail(f"server exited: {(folder / 'server.log').read_text()}")
        try:
            if httpx.get(url + "/", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            process.terminate()
            pytest.fail("server did not start within 30 s")
        time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = os.environ.get("SOTENBORI_CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport=DESKTOP)
    ctx.set_default_timeout(15_000)
    yield ctx
    ctx.close()


def shoot(page: Page, name: str) -> None:
    """Save the page at desktop width and again at phone width (same cookies)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=SHOTS / f"{name}-desktop.png", full_page=True)
    assert page.context.browser is not None
    phone = page.context.browser.new_context(
        viewport=PHONE, storage_state=page.context.storage_state(), device_scale_factor=2
    )
    small = phone.new_page()
    small.goto(page.url)
    overflow = small.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    small.screenshot(path=SHOTS / f"{name}-phone.png", full_page=True)
    phone.close()
    assert overflow <= 0, f"{name} scrolls sideways at 375 px"


def say(page: Page, text: str) -> None:
    """Type a turn and send it with Enter, then wait for the whole reply to be shown."""
    before = page.locator("#log > li").count()
    page.fill("#say", text)
    page.press("#say", "Enter")
    expect(page.locator("#log > li")).to_have_count(before + 2)
    expect(page.locator("#typing")).to_be_hidden()
    expect(page.locator("#send")).to_be_enabled()


def sign_up(page: Page, name: str, email: str) -> None:
    page.fill("#display_name", name)
    page.fill("#email", email)
    page.fill("#password", "a very good password")
    page.click("button:has-text('Create account')")


def test_a_learner_holds_a_conversation_to_agreement(server: str, context: BrowserContext) -> None:
    page = context.new_page()
    page.goto(server + "/")
    expect(page.locator(".persona-card")).to_have_count(2)
    shoot(page, "catalogue")
    page.select_option("#level", "Advanced")
    expect(page.locator(".persona-card")).to_have_count(1)
    page.click("text=The Escalation Escalator")
    expect(page.locator("h1")).to_have_text("The Escalation Escalator")
    expect(page.get_by_role("heading", name="Personality traits")).to_be_visible()
    shoot(page, "persona")

    page.click("text=Start practising free")
    sign_up(page, "Jordan Lee", f"jordan.{secrets.token_hex(3)}@example.com")
    expect(page).to_have_url(f"{server}/personas/{FLAGSHIP}")
    page.click("button:has-text('Start practising')")
    expect(page).to_have_url(re.compile(r"/sessions/[0-9a-f]+$"))
    expect(page.locator("#turn-1.turn-persona .bubble")).not_to_be_empty()
    expect(page.get_by_text("Ticket 48213 was opened 9 days ago")).to_be_visible()
    timer = page.locator("#timer").inner_text()
    assert re.fullmatch(r"1[56]:\d\d", timer)

    # Shift+Enter adds a line; Enter sends; the typing indicator shows before the reply.
    page.fill("#say", AGREEMENT[0])
    page.press("#say", "Shift+Enter")
    page.keyboard.type("Is now a good time?")
    assert "\n" in page.input_value("#say")
    expect(page.locator("#log > li")).to_have_count(1)
    page.evaluate(
        """() => { window.__partials = new Set();
          new MutationObserver(() => {
            const last = document.querySelector('#log > li.turn-persona:last-child .bubble');
            if (last) window.__partials.add(last.textContent);
          }).observe(document.getElementById('log'),
                     {subtree: true, childList: true, characterData: true}); }"""
    )
    page.press("#say", "Enter")
    expect(page.locator("#typing")).to_be_visible()
    expect(page.locator("#log > li")).to_have_count(3)
    expect(page.locator("#typing")).to_be_hidden()
    expect(page.locator("#send")).to_be_enabled()
    assert page.evaluate("window.__partials.size") > 3, "the reply should appear word by word"
    expect(page.locator("#turn-2")).to_contain_text("Is now a good time?")

    # A turn regretted is taken back, and its words come back to the box.
    say(page, "Honestly, calm down, it's only a small billing thing.")
    page.click("#take-back")
    expect(page.locator("#log > li")).to_have_count(3)
    expect(page.locator("#say")).to_have_value(
        "Honestly, calm down, it's only a small billing thing."
    )
    page.fill("#say", "")

    for text in AGREEMENT[1:3]:
        say(page, text)
    shoot(page, "practice")

    # The connection drops mid-turn: nothing is lost, and the words are still there to resend.
    context.set_offline(True)
    page.fill("#say", AGREEMENT[3])
    page.press("#say", "Enter")
    expect(page.locator("#error")).to_contain_text("connection dropped")
    expect(page.locator("#say")).to_have_value(AGREEMENT[3])
    context.set_offline(False)
    page.reload()
    expect(page.locator("#log > li")).to_have_count(7)
    expect(page.locator("#turn-6")).to_contain_text("How did things go")
    assert page.locator("#timer").inner_text() != timer

    for text in AGREEMENT[3:]:
        say(page, text)
    expect(page.locator("#ended")).to_be_visible()
    expect(page.locator("#ended-title")).to_have_text("Agreement reached")
    expect(page.locator("#composer")).to_be_hidden()
    page.click("text=See your report")

    expect(page.locator("h1")).to_have_text("The Escalation Escalator")
    expect(page.locator("svg.radar")).to_be_visible()
    expect(page.locator(".bars > li")).to_have_count(6)
    assert int(page.locator(".overall-score .big").inner_text()) >= 75
    link = page.locator(".turn-link").first
    target = link.get_attribute("href")
    assert target and target.startswith("#turn-")
    link.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(page.locator(f"{target} mark").first).to_be_visible()
    shoot(page, "report")

    page.click("nav >> text=History")
    expect(page.locator("table.sessions tbody tr")).to_have_count(1)
    expect(page.locator("table.sessions")).to_contain_text("Agreement reached")
    expect(page.locator("svg.progress")).to_be_visible()
    shoot(page, "history")


def test_a_second_learner_cannot_open_the_first_ones_report(server: str, browser: Browser) -> None:
    with httpx.Client(base_url=server) as first:
        token = first.get("/api/auth/csrf").json()["csrf_token"]
        first.post(
            "/api/auth/signup",
            headers={"X-CSRF-Token": token},
            json={
                "email": f"first.{secrets.token_hex(3)}@example.com",
                "display_name": "First",
                "password": "first person's password",
            },
        )
        headers = {"X-CSRF-Token": first.get("/api/auth/csrf").json()["csrf_token"]}
        session_id = first.post(
            "/api/sessions", headers=headers, json={"scenario_id": FLAGSHIP}
        ).json()["id"]
        first.post(
            f"/api/sessions/{session_id}/turns",
            headers=headers,
            json={"text": "Mark, the $4,800 credit note goes out by Friday."},
        )
        assert first.post(f"/api/sessions/{session_id}/end", headers=headers).status_code == 200

    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(server + "/signup")
    sign_up(page, "Second Person", f"second.{secrets.token_hex(3)}@example.com")
    expect(page.locator(".who")).to_have_text("Second Person")

    response = page.goto(f"{server}/sessions/{session_id}/report")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("Page not found")
    expect(page.locator("body")).not_to_contain_text("$4,800")
    page.goto(server + "/history")
    expect(page.get_by_text("No sessions yet")).to_be_visible()

    # Their own words are shown as text, never run as code.
    page.goto(f"{server}/personas/{FLAGSHIP}")
    page.click("button:has-text('Start practising')")
    say(page, "<script>window.__owned = 1</script><b>bold?</b> Mark, about ticket 48213.")
    expect(page.locator("#turn-2")).to_contain_text("<script>window.__owned = 1</script>")
    page.reload()
    expect(page.locator("#turn-2")).to_contain_text("<b>bold?</b>")
    assert page.evaluate("typeof window.__owned") == "undefined"
    assert page.locator("#turn-2 b").count() == 0
    context.close()
