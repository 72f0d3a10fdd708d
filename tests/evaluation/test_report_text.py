"""The words of the report: grammatical, consistent with their evidence, and at the right turns.

Run over every report the corpus can make (both scenarios, real calls, the example scripts and
odd styles of speech), because template text breaks in the combinations nobody looked at.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from sotenbori.engine.analyse import analyse
from sotenbori.engine.events import TranscriptLine
from sotenbori.evaluation.signals import (
    apologises,
    describes_experience,
    fog,
    label_list,
    observes_pattern,
    owns,
    shared_words,
)
from sotenbori.scenarios.models import Scenario
from tests.evaluation.conftest import Scored

#: Fragments that only a broken template produces.
BROKEN = ("no a ", "no an ", "a a ", "an a ", "  ", "{", "}", "None", " ,", " .", "..", "()")
_QUOTED = re.compile(r"'[^']*'")
_TURNS = re.compile(r"\(turns? ([\d, and]+)\)")


def _unquoted(text: str) -> str:
    """The report's own words, with quoted speech and labels taken out."""
    return _QUOTED.sub("'…'", text)


def test_there_is_a_wide_corpus_of_reports(corpus_reports: list[Scored]) -> None:
    """The checks below are only as good as the variety they run over."""
    assert len(corpus_reports) >= 30
    assert {s.scenario.id if s.scenario else None for s in corpus_reports} == {
        "the-escalation-escalator",
        "the-missed-deadline",
        None,
    }


def test_explanations_and_suggestions_read_as_finished_sentences(
    corpus_reports: list[Scored],
) -> None:
    for s in corpus_reports:
        for dimension, score in s.report.dimensions.items():
            where = (s.name, dimension)
            for text in (score.explanation, score.suggestion):
                for fragment in BROKEN:
                    assert fragment not in text, (*where, fragment, text)
            own = _unquoted(score.explanation)
            assert own[0].isupper() and own.endswith("."), (*where, own)
            # Every sentence of the report's own starts with a capital letter.
            assert not re.search(r"[.!?] [a-z]", own), (*where, own)
            assert not re.search(r"\b(\w+) \1\b", own, re.IGNORECASE), (*where, own)
            assert not re.search(r"\b(?:and|or|but|with|of|the|a|an|no),?[.;]", own), (*where, own)


def test_a_missing_piece_of_the_close_is_named_in_plain_english(
    corpus_reports: list[Scored],
) -> None:
    """The QA report: 'there was no a dated action of your own and no a concrete ...'."""
    held = [
        s.report.dimensions["commitment"].explanation
        for s in corpus_reports
        if "there was no" in s.report.dimensions["commitment"].explanation
    ]
    assert held, "expected some closes with a missing piece"
    for text in held:
        missing = text.split("there was no", 1)[1]
        assert not re.search(r"\bno (?:a|an) ", f"no{missing}"), text


# --- explanation and evidence agree ------------------------------------------------------

Check = Callable[[str, Scenario | None], bool]


#: A sentence with one of these earns nothing, whatever else it does ("I'll answer within 30
#: minutes, around the clock" is an over-promise, not a dated action).
HARMFUL = {"over_promise", "blame", "lecture", "excuse", "dismiss", "hostile", "give_in"}


def _moves(*moves: str) -> Check:
    return lambda quote, scenario: bool(set(analyse(quote, scenario).move_ids) & set(moves))


def _credits(*moves: str) -> Check:
    """The quote makes one of these moves and nothing that would cancel the credit."""

    def check(quote: str, scenario: Scenario | None) -> bool:
        found = set(analyse(quote, scenario).move_ids)
        return bool(found & set(moves)) and not found & HARMFUL

    return check


def _any(*checks: Check) -> Check:
    return lambda quote, scenario: any(check(quote, scenario) for check in checks)


def _observes_pattern(quote: str, scenario: Scenario | None) -> bool:
    """Names a pattern as an observation: not inside a telling-off, not a plan's route."""
    moves = set(analyse(quote, scenario).move_ids)
    judging = {"lecture", "blame", "hostile", "dismiss"}
    return "name_pattern" in moves and not moves & judging and observes_pattern(quote, scenario)


_ACKNOWLEDGES = _any(
    _moves("acknowledge_experience", "apologise_for_impact"),
    lambda q, _: describes_experience(q) or apologises(q),
)
#: "never/no/didn't X" in an explanation -> what an evidence quote crediting X looks like.
NEGATIONS: list[tuple[str, re.Pattern[str], Check]] = [
    ("empathy", re.compile(r"never (?:named|spelled out) what"), _ACKNOWLEDGES),
    ("listening", re.compile(r"never asked or checked"), _credits("open_question", "paraphrase")),
    ("listening", re.compile(r"never asked .* an open question"), _credits("open_question")),
    ("listening", re.compile(r"never put what you heard"), _credits("paraphrase")),
    ("clarity", re.compile(r"no sentence of yours stated a fact"), _credits("share_facts")),
    ("clarity", re.compile(r"stayed general: no numbers"), _credits("share_facts")),
    (
        "credibility",
        re.compile(r"never owned the problem in so many words"),
        lambda q, _: owns(q) is not None,
    ),
    (
        "credibility",
        re.compile(r"did not show that you owned the problem or could fix it"),
        _any(
            _credits("own_action_with_time", "share_facts", "hold_boundary"),
            lambda q, _: owns(q) is not None,
        ),
    ),
    (
        "composure",
        re.compile(r"never named the pattern or held a line"),
        _any(_credits("hold_boundary"), _observes_pattern),
    ),
    ("composure", re.compile(r"no lecturing, blame or defensiveness"), _moves("lecture", "blame")),
    (
        "commitment",
        re.compile(r"never turned the conversation into a plan"),
        _credits("own_action_with_time", "propose_protocol", "ask_for_commitment"),
    ),
    ("commitment", re.compile(r"no direct ask"), _credits("ask_for_commitment")),
]


def test_an_explanation_never_denies_what_its_own_evidence_credits(
    corpus_reports: list[Scored],
) -> None:
    """The QA report: 'you never named what they had been through', then quoting an apology
    that named it. Checked for every negative claim the explanations can make."""
    checked = 0
    for s in corpus_reports:
        for dimension, pattern, credits in NEGATIONS:
            score = s.report.dimensions[dimension]
            if not pattern.search(score.explanation):
                continue
            checked += 1
            for item in score.evidence:
                assert not credits(item.quote, s.scenario), (
                    s.name,
                    dimension,
                    score.explanation,
                    item,
                )
    assert checked >= 40


def test_a_real_call_apology_that_names_the_harm_is_credited_not_contradicted(
    corpus_reports: list[Scored],
) -> None:
    """The QA case itself: no scenario, a specific apology at turn 2."""
    late = next(s for s in corpus_reports if s.name == "call:late_report")
    empathy = late.report.dimensions["empathy"]
    assert "never" not in empathy.explanation, empathy.explanation
    assert "(turn 2)" in empathy.explanation
    assert [e.turn for e in empathy.evidence] == [2]
    assert empathy.score >= 50


# --- turns cited are the turns where it happened -----------------------------------------


def _said(turn: int, lines: dict[int, TranscriptLine]) -> str:
    line = lines[turn]
    assert line.speaker == "learner", line
    return line.text


def _sentences_check(check: Check) -> Check:
    """A check on a whole turn: true when any sentence of it passes."""

    def whole(text: str, scenario: Scenario | None) -> bool:
        parts = [p for p in re.split(r"(?<=[.?!])\s+", text) if p]
        return any(check(p, scenario) for p in parts) or check(text, scenario)

    return whole


#: What each kind of clause claims happened at the turns it cites.
CLAIMS: list[tuple[re.Pattern[str], Check]] = [
    (re.compile(r"named what .* had been through|acknowledged them"), _ACKNOWLEDGES),
    (re.compile(r"apologised"), _any(_moves("apologise_for_impact"), lambda q, _: apologises(q))),
    (re.compile(r"asked (?:an )?open questions?|followed up on"), _moves("open_question")),
    (re.compile(r"into your own words|confirmed the agreement"), _moves("paraphrase")),
    (re.compile(r"checked a detail"), _moves("closed_question")),
    (re.compile(r"own words in"), lambda q, _: True),  # checked separately below
    (re.compile(r"gave concrete facts|knew the details"), _moves("share_facts")),
    (
        re.compile(r"put a time on|actions with a time|dated next step"),
        _moves("own_action_with_time"),
    ),
    (re.compile(r"owned the problem"), lambda q, _: owns(q) is not None),
    (re.compile(r"authorise|held a limit"), _moves("hold_boundary")),
    (
        re.compile(r"had a plan|proposed a concrete plan"),
        _any(_moves("propose_protocol"), lambda q, s: s is not None),
    ),
    (re.compile(r"directly to commit|said yes when you asked"), _moves("ask_for_commitment")),
    (re.compile(r"named the pattern"), _observes_pattern),
    (re.compile(r"stock sympathy"), _moves("formulaic_filler")),
    (re.compile(r"how they felt"), _moves("empty_apology")),
    (re.compile(r"flattery"), _moves("flattery")),
    (re.compile(r"play(?:ed|ing) the problem down|spoke sharply"), _moves("dismiss", "hostile")),
    (re.compile(r"long speeches"), lambda q, _: len(q.split()) > 100),
    (re.compile(r"how to behave"), _moves("lecture")),
    (re.compile(r"foggy phrases"), lambda q, _: bool(fog(q))),
    (re.compile(r"impossible|ground you cannot hold"), _moves("over_promise")),
    (re.compile(r"blaming|fault on others"), _moves("blame")),
    (re.compile(r"excuses|defending"), _moves("excuse")),
    (re.compile(r"sharp or sarcastic"), _moves("hostile")),
    (re.compile(r"giving up the point"), _moves("give_in")),
    (re.compile(r"list of labels"), lambda q, _: bool(label_list(q))),
]


def _cited(explanation: str) -> list[tuple[str, list[int]]]:
    """Each '(turn N)' / '(turns N and M)' with the clause that leads up to it."""
    found: list[tuple[str, list[int]]] = []
    for match in _TURNS.finditer(explanation):
        before = explanation[: match.start()]
        clause = re.split(r"[;:]|\. |\(turns? [\d, and]+\)", before)[-1]
        turns = [int(t) for t in re.findall(r"\d+", match.group(1))]
        found.append((clause, turns))
    return found


def test_every_turn_an_explanation_cites_is_a_learner_turn_where_that_happened(
    corpus_reports: list[Scored],
) -> None:
    """The QA report: 'named the pattern (turn 10)' when turn 10 named no pattern."""
    cited = 0
    for s in corpus_reports:
        lines = {line.turn: line for line in s.transcript}
        for dimension, score in s.report.dimensions.items():
            for clause, turns in _cited(score.explanation):
                claims = [check for pattern, check in CLAIMS if pattern.search(clause.lower())]
                assert claims, (s.name, dimension, clause)
                for turn in turns:
                    text = _said(turn, lines)
                    cited += 1
                    assert _sentences_check(claims[0])(text, s.scenario), (
                        s.name,
                        dimension,
                        clause,
                        turn,
                        text,
                    )
                    if "own words in" in clause:
                        assert shared_words(text, lines[turn - 1].text), (s.name, turn)
    assert cited >= 150


def test_every_evidence_quote_is_from_the_learner_turn_it_names(
    corpus_reports: list[Scored],
) -> None:
    for s in corpus_reports:
        lines = {line.turn: line for line in s.transcript}
        for dimension, score in s.report.dimensions.items():
            for item in score.evidence:
                assert item.quote in _said(item.turn, lines), (s.name, dimension, item)


@pytest.mark.parametrize("name", ["mark:protocol_then_ask", "example:strong"])
def test_the_plan_is_cited_where_it_was_proposed_not_where_it_was_asked_about(
    corpus_reports: list[Scored], name: str
) -> None:
    """A closing question that repeats the plan's terms is the ask, not a second plan."""
    s = next(r for r in corpus_reports if r.name == name)
    explanation = s.report.dimensions["commitment"].explanation
    plan = next(turns for clause, turns in _cited(explanation) if "plan" in clause)
    ask = next(turns for clause, turns in _cited(explanation) if "to commit" in clause)
    assert not set(plan) & set(ask), explanation


def test_a_route_for_escalation_is_not_credited_as_naming_a_pattern(
    corpus_reports: list[Scored],
) -> None:
    """'If we miss it, the ticket goes straight to my VP' describes a route, not a habit."""
    s = next(r for r in corpus_reports if r.name == "mark:protocol_then_ask")
    assert "named the pattern" not in s.report.dimensions["composure"].explanation
