"""`scenarios`, `show`, `--version` and `--help`: what a learner reads before starting."""

from __future__ import annotations

import json

import pytest

from sotenbori import __version__
from sotenbori.evaluation.dimensions import DIMENSIONS
from sotenbori.scenarios.models import Scenario
from tests.cli.conftest import MARK, Invoke, flat, one_line_error


def test_scenarios_lists_every_scenario_with_its_catalogue_facts(
    cli: Invoke, mark: Scenario, jordan: Scenario
) -> None:
    result = cli("scenarios")
    assert result.exit_code == 0
    text = flat(result.stdout)
    for s in (mark, jordan):
        assert s.id in text
        assert s.page.title in text
        assert s.page.level in text
        assert f"{s.page.duration_minutes} min" in text
        assert flat(s.page.tagline) in text
    assert "Customer Success" in text


def test_scenarios_json_is_machine_readable(cli: Invoke, mark: Scenario) -> None:
    rows = json.loads(cli("scenarios", "--json").stdout)
    row = next(r for r in rows if r["id"] == MARK)
    assert row["title"] == "The Escalation Escalator"
    assert row["duration_minutes"] == mark.page.duration_minutes


def test_show_prints_every_section_of_the_persona_page_and_the_rubric(
    cli: Invoke, mark: Scenario
) -> None:
    result = cli("show", MARK)
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    page = mark.page
    for heading in (
        "About this persona",
        "Scenario",
        "Skills tested",
        "What you'll practise",
        "Personality traits",
    ):
        assert heading in text
    assert page.title in text and flat(page.tagline) in text
    assert "Customer Success · Advanced · 16 min" in text
    assert flat(page.about)[:120] in text
    for item in page.skills_tested + page.what_you_will_practise + page.personality_traits:
        assert flat(item) in text
    # The learner sees the rubric before starting: all six dimensions and what earns each.
    for d in DIMENSIONS:
        assert d.name in text
        assert flat(d.what_earns_it)[:40] in text


def test_show_unknown_scenario_is_one_line_naming_the_real_ones(cli: Invoke) -> None:
    result = cli("show", "the-escalation-escalater")
    assert result.exit_code == 1
    err = one_line_error(result)
    assert "the-escalation-escalater" in err and MARK in err


def test_version(cli: Invoke) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize(
    ("command", "words"),
    [
        ((), "practice gym"),
        (("scenarios",), "scenarios"),
        (("show",), "persona page"),
        (("practice",), "--resume"),
        (("score",), '"scenario": null'),
        (("history",), "progress"),
        (("report",), "report"),
        (("analyse",), "moves"),
    ],
)
def test_every_command_has_help_with_an_example(
    cli: Invoke, command: tuple[str, ...], words: str
) -> None:
    result = cli(*command, "--help")
    assert result.exit_code == 0
    assert words in flat(result.stdout)
    assert "sotenbori" in result.stdout


def test_unknown_command_and_missing_argument_are_one_line(cli: Invoke) -> None:
    for args in (("practise-now",), ("show",), ("practice", MARK, "--bogus")):
        result = cli(*args)
        assert result.exit_code == 2
        assert "--help" in one_line_error(result)
