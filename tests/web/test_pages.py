"""The web pages in process: what a learner sees and can do, with JavaScript off."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from sotenbori.evaluation.dimensions import DIMENSIONS
from tests.web.conftest import AGREEMENT, FLAGSHIP, Learner, finished_session


def cards(html: str) -> list[str]:
    return re.findall(r'<a href="/personas/([a-z0-9-]+)" class="stretched">', html)


def test_catalogue_shows_a_card_per_persona(client: TestClient) -> None:
    html = client.get("/").text
    assert set(cards(html)) == {FLAGSHIP, "the-missed-deadline"}
    card = next(c for c in html.split('<li class="card persona-card">') if FLAGSHIP in c)
    card = card[: card.index("</li>")]
    for expected in (
        "Customer Success",
        "Advanced",
        "The Escalation Escalator",
        "escalates to the vendor",
        "16 min",
    ):
        assert expected in card.replace("&#39;", "'"), expected


def test_catalogue_filters_by_category_level_and_text(client: TestClient) -> None:
    assert cards(client.get("/", params={"level": "Beginner"}).text) == ["the-missed-deadline"]
    assert cards(client.get("/", params={"category": "Customer Success"}).text) == [FLAGSHIP]
    assert cards(client.get("/", params={"q": "billing ticket"}).text) == [FLAGSHIP]
    nothing = client.get("/", params={"q": "astronaut", "level": "Advanced"}).text
    assert cards(nothing) == []
    assert "No personas match those filters" in nothing
    assert "0 of 2 personas match" in nothing


def test_persona_page_has_every_section_and_the_rubric(visitor: Learner) -> None:
    html = visitor.client.get(f"/personas/{FLAGSHIP}").text
    for heading in (
        "About this persona",
        "Scenario",
        "Skills tested",
        "What you'll practise",
        "Personality traits",
        "Duration",
        "Practice this conversation",
    ):
        assert heading in html, heading
    assert "Mark Anderson is not unreasonable" in html
    assert "De-escalation of a habitual escalator" in html
    assert "respects demonstrated competence" in html
    for d in DIMENSIONS:
        assert d.name.replace("&", "&amp;") in html
    assert "Start practising free" in html
    assert f'href="/signup?next=/personas/{FLAGSHIP}"' in html


def test_starting_practice_needs_an_account(visitor: Learner) -> None:
    token = visitor.form_token("/")
    response = visitor.client.post(
        f"/personas/{FLAGSHIP}/practice", data={"csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/signup?next=/personas/{FLAGSHIP}"
    history = visitor.client.get("/history", follow_redirects=False)
    assert history.headers["location"] == "/login?next=/history"


def test_sign_up_log_out_and_log_in_with_forms(visitor: Learner) -> None:
    token = visitor.form_token("/signup")
    bad = visitor.client.post(
        "/signup",
        data={
            "csrf_token": token,
            "email": "not-an-email",
            "display_name": "Ana",
            "password": "longenough",
        },
    )
    assert bad.status_code == 400
    assert "Enter an email address" in bad.text
    assert 'value="Ana"' in bad.text
    short = visitor.client.post(
        "/signup",
        data={
            "csrf_token": token,
            "email": "ana@example.org",
            "display_name": "Ana",
            "password": "short",
        },
    )
    assert "at least 8 characters" in short.text

    done = visitor.client.post(
        "/signup",
        data={
            "csrf_token": token,
            "email": "ana@example.org",
            "display_name": "Ana Silva",
            "password": "a long enough password",
            "next": f"/personas/{FLAGSHIP}",
        },
        follow_redirects=False,
    )
    assert done.headers["location"] == f"/personas/{FLAGSHIP}"
    persona = visitor.client.get(f"/personas/{FLAGSHIP}").text
    assert "Ana Silva" in persona and "Start practising</button>" in persona

    visitor.client.post("/logout", data={"csrf_token": visitor.form_token("/")})
    assert "Ana Silva" not in visitor.client.get("/").text

    wrong = visitor.client.post(
        "/login",
        data={
            "csrf_token": visitor.form_token("/login"),
            "email": "ana@example.org",
            "password": "nope",
        },
    )
    assert wrong.status_code == 400
    assert "do not match an account" in wrong.text
    right = visitor.client.post(
        "/login",
        data={
            "csrf_token": visitor.form_token("/login"),
            "email": "ANA@example.org",
            "password": "a long enough password",
        },
    )
    assert right.status_code == 200 and "Ana Silva" in right.text


def test_practice_page_shows_briefing_chat_and_controls(learner: Learner) -> None:
    token = learner.form_token(f"/personas/{FLAGSHIP}")
    started = learner.client.post(
        f"/personas/{FLAGSHIP}/practice", data={"csrf_token": token}, follow_redirects=False
    )
    session_path = started.headers["location"]
    html = learner.client.get(session_path).text
    assert "Your briefing" in html
    assert "Ticket 48213 was opened 9 days ago" in html
    assert 'id="turn-1"' in html
    assert 'role="timer"' in html
    assert re.search(r'id="timer">1[56]:\d\d<', html)
    meta = re.search(r'name="csrf-token" content="([^"]+)"', html)
    fields = re.findall(r'name="csrf_token" value="([^"]*)"', html)
    assert meta and len(fields) >= 4 and set(fields) == {meta.group(1)}
    assert '<label for="say"' in html
    assert "Enter sends · Shift+Enter adds a line" in html
    assert "Take back my last turn" in html and "End and score" in html


def test_the_practice_forms_work_without_javascript(learner: Learner) -> None:
    session_id = learner.start()
    page = f"/sessions/{session_id}"
    said = learner.client.post(
        f"{page}/turn",
        data={
            "csrf_token": learner.form_token(page),
            "text": "Mark, I have ticket 48213 open here.",
        },
    )
    assert said.status_code == 200
    assert "Mark, I have ticket 48213 open here." in said.text
    assert 'id="turn-3"' in said.text

    empty = learner.client.post(
        f"{page}/turn",
        data={
            "csrf_token": learner.form_token(page),
            "text": "  ",
        },
    )
    assert empty.status_code == 422
    assert "Say something first" in empty.text

    back = learner.client.post(f"{page}/take-back", data={"csrf_token": learner.form_token(page)})
    assert "ticket 48213 open here" not in back.text
    assert 'id="turn-2"' not in back.text

    for text in AGREEMENT[:3]:
        learner.client.post(
            f"{page}/turn",
            data={
                "csrf_token": learner.form_token(page),
                "text": text,
            },
        )
    report = learner.client.post(f"{page}/end", data={"csrf_token": learner.form_token(page)})
    assert report.url.path == f"{page}/report"
    assert "Ended by you" in report.text
    assert learner.client.get(page, follow_redirects=False).status_code == 303


def test_report_page_charts_evidence_and_transcript(learner: Learner) -> None:
    session_id = finished_session(learner)
    html = learner.client.get(f"/sessions/{session_id}/report").text
    assert '<svg class="chart radar"' in html
    assert html.count('<svg class="bar"') == 6
    for d in DIMENSIONS:
        assert f'id="dim-{d.id}"' in html
    assert "Agreement reached" in html
    assert "Milestones" in html and "Reached" in html
    assert "Try this instead" in html

    links = set(re.findall(r'class="turn-link" href="#turn-(\d+)"', html))
    assert links, "evidence should link to turns"
    for turn in links:
        assert f'id="turn-{turn}"' in html
        item = html[html.index(f'id="turn-{turn}"') :]
        item = item[: item.index("</li>")]
        assert "<mark>" in item, f"turn {turn} should highlight its quote"
    overall = re.search(r'<span class="big">(\d+)</span>', html)
    assert overall and int(overall.group(1)) >= 75


def test_try_again_starts_a_fresh_session_with_the_same_persona(learner: Learner) -> None:
    session_id = finished_session(learner)
    report = f"/sessions/{session_id}/report"
    again = learner.client.post(
        f"/sessions/{session_id}/retry",
        data={"csrf_token": learner.form_token(report)},
        follow_redirects=False,
    )
    new_path = again.headers["location"]
    assert new_path != f"/sessions/{session_id}"
    fresh = learner.client.get(f"/api{new_path}").json()
    assert fresh["scenario_id"] == FLAGSHIP
    assert len(fresh["transcript"]) == 1 and fresh["ending"] is None


def test_history_lists_sessions_and_charts_progress(learner: Learner) -> None:
    empty = learner.client.get("/history").text
    assert "No sessions yet" in empty
    first = finished_session(learner)
    in_progress = learner.start("the-missed-deadline")
    html = learner.client.get("/history").text
    assert '<svg class="chart progress"' in html
    assert f'href="/sessions/{first}/report"' in html
    assert f'href="/sessions/{in_progress}"' in html
    assert "Agreement reached" in html and "In progress" in html
    assert "Empathy &amp; acknowledgement" in html
