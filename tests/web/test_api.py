"""The JSON API, in process, route by route: what a script or the practice page relies on."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from sotenbori.engine.session import open_session
from sotenbori.scenarios.models import Scenario
from sotenbori.store.database import Store
from tests.web.conftest import AGREEMENT, FLAGSHIP, Learner, finished_session


def sse(text: str) -> list[tuple[str, dict[str, object]]]:
    """Server-sent events as (event name, JSON data) pairs."""
    found = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        found.append((fields["event"], json.loads(fields["data"])))
    return found


def test_scenarios_are_listed_filtered_and_searched(client: TestClient) -> None:
    everything = client.get("/api/scenarios").json()
    ids = {s["id"] for s in everything}
    assert {FLAGSHIP, "the-missed-deadline"} <= ids
    flagship = next(s for s in everything if s["id"] == FLAGSHIP)
    assert flagship["category"] == "Customer Success"
    assert flagship["level"] == "Advanced"
    assert flagship["duration_minutes"] == 16

    beginners = client.get("/api/scenarios", params={"level": "Beginner"}).json()
    assert beginners and all(s["level"] == "Beginner" for s in beginners)
    assert FLAGSHIP not in {s["id"] for s in beginners}

    cs = client.get("/api/scenarios", params={"category": "customer success"}).json()
    assert [s["id"] for s in cs] == [FLAGSHIP]

    found = client.get("/api/scenarios", params={"q": "northfield cto"}).json()
    assert [s["id"] for s in found] == [FLAGSHIP]
    assert client.get("/api/scenarios", params={"q": "zebra accountant"}).json() == []


def test_scenario_detail_has_every_section_and_the_rubric(client: TestClient) -> None:
    detail = client.get(f"/api/scenarios/{FLAGSHIP}").json()
    for key in (
        "about",
        "scenario",
        "skills_tested",
        "what_you_will_practise",
        "personality_traits",
        "duration_minutes",
        "briefing",
    ):
        assert detail[key], key
    assert [d["id"] for d in detail["dimensions"]] == [
        "empathy",
        "listening",
        "clarity",
        "credibility",
        "composure",
        "commitment",
    ]
    assert "48213" in " ".join(detail["briefing"]["facts"])
    missing = client.get("/api/scenarios/no-such-persona")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Not found."}


def test_a_visitor_must_log_in_to_practise(visitor: Learner) -> None:
    response = visitor.post("/api/sessions", {"scenario_id": FLAGSHIP})
    assert response.status_code == 401
    assert response.json()["detail"] == "Log in first."
    assert visitor.client.get("/api/history").status_code == 401


def test_starting_a_session_opens_with_the_persona(learner: Learner) -> None:
    response = learner.post("/api/sessions", {"scenario_id": FLAGSHIP})
    assert response.status_code == 201
    session = response.json()
    assert session["transcript"][0]["speaker"] == "persona"
    assert len(session["transcript"]) == 1
    assert session["ending"] is None
    assert 15 * 60 < session["remaining_seconds"] <= 16 * 60
    assert session["can_take_back"] is False

    unknown = learner.post("/api/sessions", {"scenario_id": "nobody-here"})
    assert unknown.status_code == 404


def test_a_turn_is_saved_with_its_reply_and_streamed_word_by_word(learner: Learner) -> None:
    session_id = learner.start()
    response = learner.say(session_id, "Hi Mark, it's Sam from Lumen. I've got your ticket open.")
    assert response.status_code == 201
    turn = response.json()
    assert turn["learner"] == {
        "turn": 2,
        "speaker": "learner",
        "text": "Hi Mark, it's Sam from Lumen. I've got your ticket open.",
    }
    assert turn["persona"]["turn"] == 3 and turn["persona"]["text"]

    stored = learner.client.get(f"/api/sessions/{session_id}").json()
    assert [line["turn"] for line in stored["transcript"]] == [1, 2, 3]
    assert stored["can_take_back"] is True

    stream = learner.client.get(turn["stream_url"])
    assert stream.headers["content-type"].startswith("text/event-stream")
    events = sse(stream.text)
    tokens = [data["text"] for name, data in events if name == "token"]
    assert len(tokens) > 3, "the reply should arrive in pieces"
    assert "".join(str(t) for t in tokens) == turn["persona"]["text"]
    assert events[-1] == ("done", {"turn": 3, "text": turn["persona"]["text"], "ending": None})

    learner_line = learner.client.get(f"/api/sessions/{session_id}/turns/2/stream")
    assert learner_line.status_code == 404
    assert learner.client.get(f"/api/sessions/{session_id}/turns/99/stream").status_code == 404


def test_bad_turns_are_refused_with_one_line_and_nothing_saved(learner: Learner) -> None:
    session_id = learner.start()
    empty = learner.say(session_id, "   \n\t ")
    assert empty.status_code == 422
    assert empty.json()["detail"] == "Say something first: the turn is empty."

    rambling = learner.say(session_id, "We value your business. " * 120)
    assert rambling.status_code == 422
    assert "keep it under 2,000" in rambling.json()["detail"]

    missing_text = learner.post(f"/api/sessions/{session_id}/turns", {"words": "hello"})
    assert missing_text.status_code == 422
    assert "\n" not in missing_text.json()["detail"]

    stored = learner.client.get(f"/api/sessions/{session_id}").json()
    assert len(stored["transcript"]) == 1


def test_take_back_removes_the_last_exchange(learner: Learner) -> None:
    session_id = learner.start()
    nothing = learner.post(f"/api/sessions/{session_id}/take-back")
    assert nothing.status_code == 409
    assert nothing.json()["detail"] == "There is no turn of yours to take back."

    learner.say(session_id, "Mark, I looked at ticket 48213 this morning.")
    learner.say(session_id, "Honestly, calm down, it is only a small billing thing.")
    response = learner.post(f"/api/sessions/{session_id}/take-back")
    assert response.status_code == 200
    lines = response.json()["transcript"]
    assert [line["speaker"] for line in lines] == ["persona", "learner", "persona"]
    assert "calm down" not in " ".join(line["text"] for line in lines)
    again = learner.client.get(f"/api/sessions/{session_id}").json()
    assert again["transcript"] == lines


def test_ending_scores_the_session_and_history_tracks_it(learner: Learner) -> None:
    session_id = learner.start()
    early = learner.client.get(f"/api/sessions/{session_id}/report")
    assert early.status_code == 409
    assert "still going" in early.json()["detail"]

    for text in AGREEMENT[:4]:
        assert learner.say(session_id, text).status_code == 201
    ended = learner.post(f"/api/sessions/{session_id}/end")
    assert ended.status_code == 200
    report = ended.json()["report"]
    assert report["scored"] is True
    assert report["outcome"]["ending"] == "ended"
    assert set(report["dimensions"]) == {
        "empathy",
        "listening",
        "clarity",
        "credibility",
        "composure",
        "commitment",
    }

    fetched = learner.client.get(f"/api/sessions/{session_id}/report").json()
    assert fetched["report"] == report
    assert learner.post(f"/api/sessions/{session_id}/end").json()["report"] == report

    after = learner.say(session_id, "One more thing, Mark.")
    assert after.status_code == 409
    assert learner.post(f"/api/sessions/{session_id}/take-back").status_code == 409

    history = learner.client.get("/api/history").json()
    assert [s["id"] for s in history["sessions"]] == [session_id]
    assert history["sessions"][0]["overall"] == report["overall"]
    assert history["progress"]["clarity"][0]["score"] == report["dimensions"]["clarity"]["score"]


def test_an_agreement_ends_the_session_from_the_persona_side(learner: Learner) -> None:
    session_id = finished_session(learner)
    state = learner.client.get(f"/api/sessions/{session_id}").json()
    assert state["ending"] == "agreement"
    report = learner.client.get(f"/api/sessions/{session_id}/report").json()["report"]
    assert report["outcome"]["ending"] == "agreement"
    assert report["outcome"]["missed"] == []
    assert report["overall"] >= 75


def test_accounts_over_the_api(visitor: Learner) -> None:
    assert visitor.client.get("/api/auth/me").status_code == 401
    visitor.sign_up("Casey")
    assert visitor.client.get("/api/auth/me").json()["display_name"] == "Casey"
    assert visitor.post("/api/auth/logout").status_code == 204
    assert visitor.client.get("/api/auth/me").status_code == 401

    wrong = visitor.post("/api/auth/login", {"email": visitor.email, "password": "not it at all"})
    assert wrong.status_code == 401
    right = visitor.post("/api/auth/login", {"email": visitor.email, "password": visitor.password})
    assert right.status_code == 200
    assert right.json()["email"] == visitor.email

    taken = visitor.post(
        "/api/auth/signup",
        {"email": visitor.email.upper(), "display_name": "Again", "password": "another password"},
    )
    assert taken.status_code == 400
    assert "already exists" in taken.json()["detail"]


def test_the_openapi_schema_lists_every_route(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/scenarios",
        "/api/scenarios/{scenario_id}",
        "/api/sessions",
        "/api/sessions/{session_id}",
        "/api/sessions/{session_id}/turns",
        "/api/sessions/{session_id}/turns/{turn}/stream",
        "/api/sessions/{session_id}/take-back",
        "/api/sessions/{session_id}/end",
        "/api/sessions/{session_id}/report",
        "/api/history",
        "/api/auth/csrf",
        "/api/auth/signup",
        "/api/auth/login",
        "/api/auth/logout",
        "/api/auth/me",
    }


def test_web_and_terminal_share_one_database(
    learner: Learner, database_url: str, mark: Scenario
) -> None:
    session_id = learner.start()
    learner.say(session_id, "Mark, the credit for $4,800 goes out by Friday.")
    terminal = Store(database_url)
    info = terminal.get_session(session_id)
    assert info is not None and info.scenario_id == FLAGSHIP
    assert len(terminal.events(session_id)) == 3

    terminal_only = terminal.create_session(FLAGSHIP, open_session(mark, "cli"), user_id=None)
    assert learner.client.get(f"/api/sessions/{terminal_only.id}").status_code == 404

    me = learner.client.get("/api/auth/me").json()["id"]
    as_account = terminal.create_session(FLAGSHIP, open_session(mark, "cli-user"), user_id=me)
    history = learner.client.get("/api/history").json()["sessions"]
    assert {s["id"] for s in history} == {session_id, as_account.id}
    opened = learner.client.get(f"/api/sessions/{as_account.id}").json()
    assert opened["transcript"][0]["speaker"] == "persona"


def test_the_turn_that_ended_it_can_be_taken_back_until_the_report_is_read(
    learner: Learner,
) -> None:
    session_id = finished_session(learner)
    back = learner.post(f"/api/sessions/{session_id}/take-back")
    assert back.status_code == 200
    assert back.json()["ending"] is None
    assert back.json()["transcript"][-1]["speaker"] == "persona"
    again = learner.say(session_id, AGREEMENT[-1])
    assert again.json()["ending"] == "agreement"

    assert learner.client.get(f"/api/sessions/{session_id}/report").status_code == 200
    final = learner.post(f"/api/sessions/{session_id}/take-back")
    assert final.status_code == 409
    assert "scored" in final.json()["detail"]
