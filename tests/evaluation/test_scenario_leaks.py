"""Nothing from one scenario turns up in another's report, or in a real call's.

The evaluator knows six dimensions and a move taxonomy, nothing about Mark, Jordan or any
persona a trainer writes next: names, codes, protocol terms and model lines all come from the
scenario being scored, or from the generic lines for a call with no scenario.
"""

from __future__ import annotations

import re
from pathlib import Path

from sotenbori.engine.analyse import analyse
from sotenbori.evaluation import evaluate
from sotenbori.evaluation.generic_suggestions import GENERIC
from sotenbori.evaluation.signals import STOPWORDS
from sotenbori.scenarios.loader import catalogue
from sotenbori.scenarios.models import Scenario
from tests.evaluation.conftest import Scored
from tests.evaluation.scripts import call, play

SOURCE = Path(__file__).resolve().parents[2] / "src" / "sotenbori" / "evaluation"
_PROPER = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")
_CODE = re.compile(r"\b[A-Z]{2,}-\d+\b|\b\d{4,}\b")
_COMMON_WORDS = """I I'm I'll I've I'd If It Its The This That There These Those Then We You
    Your Our My What When Where Which Who Why How Here Let Let's So And But Or Not No Yes Before
    After Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Thanks Thank Hi Hey Okay Sorry Can
    Could Would Will Is Are Do Does Did Nothing Once Near Right Three Carer Telling Urgent
    Going Great Fine Sure"""
_COMMON = set(_COMMON_WORDS.split())
LINE = re.compile(r"you could have said: '(?P<line>.+)'$")


def _distinctive(scenario: Scenario) -> set[str]:
    """Names, companies and reference codes only this scenario uses."""
    texts = [
        scenario.briefing.situation,
        *scenario.briefing.facts,
        *scenario.briefing.authority,
        scenario.persona.backstory,
        *[s.line for lines in scenario.evaluation.suggestions.values() for s in lines],
    ]
    found = {
        scenario.persona.name,
        scenario.persona.first_name,
        scenario.persona.company,
        scenario.briefing.your_company,
    }
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            body = sentence.split(" ", 1)[1] if " " in sentence else ""
            found |= {m for m in _PROPER.findall(body) if m.split()[0] not in _COMMON}
            found |= set(_CODE.findall(sentence))
    return {term for term in found if len(term) > 2}


def _mentions(text: str, terms: set[str]) -> list[str]:
    return sorted(t for t in terms if re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", text))


def test_the_terms_each_scenario_owns_are_found() -> None:
    """The check below means something only if it knows each scenario's own names."""
    scenarios = catalogue()
    assert {"Mark", "Priya", "48213"} <= _distinctive(scenarios["the-escalation-escalator"])
    assert {"Jordan", "PAY-212"} <= _distinctive(scenarios["the-missed-deadline"])


def test_the_evaluation_code_names_nothing_from_any_scenario() -> None:
    code = "\n".join(path.read_text(encoding="utf-8") for path in SOURCE.rglob("*.py"))
    for scenario in catalogue().values():
        assert not _mentions(code, _distinctive(scenario)), scenario.id
        for milestone in scenario.behaviour.milestones:
            assert milestone.label not in code, milestone.label


def test_a_report_uses_only_its_own_scenarios_words(corpus_reports: list[Scored]) -> None:
    """The QA report: 'a concrete working agreement (owner, response time, escalation path)'
    in a report on the missed deadline, and Mark's refund line for a real call."""
    scenarios = catalogue()
    for s in corpus_reports:
        others = set().union(
            *(
                _distinctive(other)
                for other in scenarios.values()
                if s.scenario is None or other.id != s.scenario.id
            )
        )
        for dimension, score in s.report.dimensions.items():
            for text in (score.explanation, score.suggestion):
                assert not _mentions(text, others), (s.name, dimension, text)
        words = " ".join(d.explanation + d.suggestion for d in s.report.dimensions.values())
        flagship: tuple[str, ...] = ("escalation path", "response time", "four business hours")
        if s.scenario is None:
            flagship += ("refund", "invoice")
        if s.scenario is None or s.scenario.id != "the-escalation-escalator":
            for term in flagship:
                assert term not in words.lower(), (s.name, term)


def test_each_suggestion_comes_from_the_scenario_scored_or_the_generic_set(
    corpus_reports: list[Scored],
) -> None:
    generic: dict[str, set[str]] = {d: {g.line for g in lines} for d, lines in GENERIC.items()}
    for s in corpus_reports:
        for dimension, score in s.report.dimensions.items():
            found = LINE.search(score.suggestion)
            assert found, score.suggestion
            line = found["line"].replace('"', "'")
            if s.scenario is None:
                pool = generic[dimension]
            else:
                authored = s.scenario.evaluation.suggestions.items()
                pool = {x.line for d, lines in authored if d == dimension for x in lines}
            assert line in pool, (s.name, dimension, line)


def _runs(text: str, size: int = 4) -> set[tuple[str, ...]]:
    """Runs of four words with at least two that carry a subject ("within four business
    hours"), so everyday glue ("I'll send you the") does not count as borrowing."""
    words = re.findall(r"[a-z0-9][a-z0-9']*", text.lower())
    runs = {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}
    return {r for r in runs if sum(w not in STOPWORDS and len(w) > 3 for w in r) >= 2}


def test_the_generic_lines_borrow_no_phrase_or_offer_from_a_scenario() -> None:
    """'four business hours' or 'a refund on that scale' would make a real call sound like
    the flagship; the generic lines must fit any conversation."""
    for scenario in catalogue().values():
        own = " ".join(
            [
                *[s.line for lines in scenario.evaluation.suggestions.values() for s in lines],
                *[line for lines in scenario.lines.values() for line in lines],
                *scenario.briefing.facts,
                *scenario.briefing.authority,
            ]
        )
        theirs = _runs(own)
        offers = scenario.move_cues.get("over_promise", []) + scenario.move_cues.get("give_in", [])
        for lines in GENERIC.values():
            for generic in lines:
                assert not _runs(generic.line) & theirs, (scenario.id, generic.line)
                for cue in offers:
                    assert not re.search(cue, generic.line, re.IGNORECASE), (cue, generic.line)
    every = " ".join(g.line for lines in GENERIC.values() for g in lines).lower()
    for term in ("refund", "four business hours", "escalate", "ceo", "invoice", "deadline"):
        assert term not in every, term


def _suggested(scenario: Scenario, learner: list[str], dimension: str) -> str:
    said, ending = play(scenario, learner)
    report = evaluate(scenario, said, ending)
    assert report.scored, report.reason
    found = LINE.search(report.dimensions[dimension].suggestion)
    assert found
    return found["line"]


def test_a_suggestion_does_not_turn_down_an_offer_nobody_made(mark: Scenario) -> None:
    """Nobody mentions a free month here, so 'A free month isn't mine to give' does not fit;
    the line chosen still shows something the learner missed."""
    learner = [
        "Mark, Sasha from Lumen. I saw the ticket has been open nine days with a single update.",
        "The seat change you signed never got into billing, which is why March came out at 340"
        " seats. I'm fixing the record now.",
        "We'll get the corrected invoice across to you.",
        "Anything else you want me to look at while I'm in the account?",
    ]
    said, _ = play(mark, learner)
    assert not any("free" in line.text.lower() for line in said)
    line = _suggested(mark, learner, "credibility")
    assert "free month" not in line.lower()
    authored = {s.line for s in mark.evaluation.suggestions["credibility"]}
    assert line.replace('"', "'") in authored
    moves = set(analyse(line, mark).move_ids)
    assert moves & {"share_facts", "own_action_with_time", "hold_boundary"}, line


def test_once_a_free_month_comes_up_the_line_about_it_is_fair_game(mark: Scenario) -> None:
    """The over-promiser offers free months; the line that holds that boundary is right there."""
    learner = [
        "Mark, I'm so sorry. Let me make it up to you.",
        "I'll give you two free months on the account, no questions asked.",
        "And I promise it will never happen again.",
        "So are we square?",
    ]
    line = _suggested(mark, learner, "credibility")
    assert analyse(line, mark).has("hold_boundary"), line


def test_a_suggestion_does_not_lean_on_something_the_persona_never_told(
    jordan: Scenario,
) -> None:
    """Jordan never mentioned their mum here, so carer's leave is not the line to offer."""
    learner = [
        "Jordan, PAY-212 slipped again and I need to understand why.",
        "I'll need the new estimate from you by Thursday.",
        "Is the sandbox still giving you trouble?",
        "Right. Let's aim for the next release then.",
    ]
    said, _ = play(jordan, learner)
    assert not any("mum" in line.text.lower() for line in said)
    assert "carer" not in _suggested(jordan, learner, "credibility").lower()


def test_a_real_call_gets_generic_lines_with_no_scenario_terms() -> None:
    pairs = [
        ("other", "The quarterly numbers were wrong again and finance noticed before I did."),
        ("learner", "That's on me. I'll rerun them today and send you the corrected file."),
        ("other", "Today when?"),
        ("learner", "By four this afternoon. What else did finance flag?"),
        ("other", "Just that. Fine."),
        ("learner", "I'll call you at four to walk you through the changes."),
    ]
    report = evaluate(None, call(pairs))
    assert report.scored
    generic: dict[str, set[str]] = {d: {g.line for g in lines} for d, lines in GENERIC.items()}
    for dimension, score in report.dimensions.items():
        found = LINE.search(score.suggestion)
        assert found and found["line"].replace('"', "'") in generic[dimension]
